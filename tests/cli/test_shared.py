"""`calls`: the commands that are one SDK call, checked against the SDK's own signatures."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import click
import pytest

from didit_async import AsyncDidit
from didit_async.cli._main import cli
from tests.cli.conftest import Didit, table_rows


def _one_call_commands(
    group: click.Group, prefix: tuple[str, ...] = ()
) -> Iterator[tuple[str, click.Command, Callable[..., Any]]]:
    """Every command made by ``calls``, with its operation (read from the callback's closure)."""
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            yield from _one_call_commands(cmd, (*prefix, name))
            continue
        inner = getattr(cmd.callback, "__wrapped__", None)
        operation = inspect.getclosurevars(inner).nonlocals.get("operation") if inner else None
        if operation is not None:
            yield " ".join((*prefix, name)), cmd, operation


ONE_CALL = list(_one_call_commands(cli))


def test_the_one_call_commands_are_found() -> None:
    # The folded wrappers: if this drops, the test below checks less than it seems to.
    assert len(ONE_CALL) == 90
    assert {"users get", "sessions list", "checks phone check", "health"} <= {
        n for n, *_ in ONE_CALL
    }


@pytest.mark.parametrize(("path", "cmd", "operation"), ONE_CALL, ids=[n for n, *_ in ONE_CALL])
def test_every_value_reaches_a_parameter_of_its_operation(
    path: str, cmd: click.Command, operation: Callable[..., Any]
) -> None:
    method = operation(AsyncDidit(api_key="sk_test_signature_only"))
    params = inspect.signature(method).parameters.values()
    by_position = [p.name for p in params if p.kind is p.POSITIONAL_ONLY]
    by_name = {p.name for p in params if p.kind is p.KEYWORD_ONLY}
    arguments = [p for p in cmd.params if isinstance(p, click.Argument)]
    # The path's ids come from the first arguments, in order; a required id has one.
    assert len(arguments) >= len(by_position), (path, by_position)
    rest = [p.name for p in cmd.params if p not in arguments[: len(by_position)]]
    if "walk_all" in rest:
        rest.remove("walk_all")
        # --all walks pages: the operation is a listing, not a coroutine.
        assert not inspect.iscoroutinefunction(method), path
    assert set(rest) <= by_name, (path, set(rest) - by_name)


def test_an_option_left_out_is_not_sent(didit: Didit) -> None:
    created = didit.json(
        "webhooks",
        "destinations",
        "create",
        "--label",
        "ops",
        "--url",
        "https://ops.example/hook",
        "--event",
        "status.updated",
        "--event",
        "data.updated",
        "--version",
        "v2",
    )
    assert created["subscribed_events"] == ["status.updated", "data.updated"]
    assert created["webhook_version"] == "v2"
    # Only --disabled is sent: the label and URL stay (a null would have cleared them).
    updated = didit.json("webhooks", "destinations", "update", created["uuid"], "--disabled")
    assert (updated["label"], updated["url"], updated["enabled"]) == (
        "ops",
        "https://ops.example/hook",
        False,
    )
    renamed = didit.json(
        "webhooks", "destinations", "update", created["uuid"], "--label", "ops-2", "--enabled"
    )
    assert (renamed["label"], renamed["enabled"]) == ("ops-2", True)


def test_columns_choose_what_the_table_shows(didit: Didit, workflow_id: str) -> None:
    [workflow] = didit.json("workflows", "list")["results"]  # a page, like every list
    assert len(workflow) > 4  # the JSON keeps every field
    table = didit("workflows", "list")
    assert table.exit_code == 0, table.output
    # The table only the four columns the command names, the id first and whole.
    assert table_rows(table.stdout) == [[workflow_id, "KYC", "kyc", "False"]]
