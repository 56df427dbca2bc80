"""Helpers every command module shares: one-call commands, option filtering, JSON options."""

from __future__ import annotations

import functools
import inspect
import json
import sys
from collections.abc import Callable, Collection
from typing import Any

import click

from didit_async._client import AsyncDidit

from ._app import State, pass_state, run
from ._output import every_page

SESSION_COLS = [
    "session_id",
    "session_number",
    "status",
    "vendor_data",
    "workflow_id",
    "created_at",
]
"""The columns of a session table (``sessions list``)."""

STATUSES = click.Choice(["ACTIVE", "FLAGGED", "BLOCKED"])
"""A user's or business's status."""


def kw(**kwargs: Any) -> dict[str, Any]:
    """Only the options the user gave (the SDK omits ``None`` fields on the wire)."""
    return {k: v for k, v in kwargs.items() if v is not None}


def read_password(stdin: bool, *, confirm: bool) -> str:
    """A password from a hidden prompt, or from stdin on request."""
    # Passwords never come from argv (shell history, `ps`).
    # Prompts go to stderr so `--json` output on stdout stays parseable.
    if stdin:
        return sys.stdin.readline().rstrip("\n")
    value: str = click.prompt("Password", hide_input=True, confirmation_prompt=confirm, err=True)
    return value


def json_option(value: str | None, hint: str) -> Any:
    """An option holding a JSON object, parsed (``None`` when not given)."""
    if value is None:
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        raise click.BadParameter("not valid JSON", param_hint=hint) from None
    if not isinstance(parsed, dict):
        raise click.BadParameter("must be a JSON object", param_hint=hint)
    return parsed


ALL_PAGES = click.option("--all", "walk_all", is_flag=True, help="Walk every page.")
"""The ``--all`` flag of a listing."""


def listing(state: State, walk_all: bool, make: Any, *, columns: list[str] | None = None) -> None:
    """Emit one page of ``make(client)``, or every page with ``--all``."""

    async def work(c: AsyncDidit) -> Any:
        p = make(c)
        return every_page([x async for x in p]) if walk_all else await p

    state.out.emit(run(state, work), columns=columns)


def calls(
    operation: Callable[[AsyncDidit], Callable[..., Any]],
    *,
    columns: list[str] | None = None,
    keep: Collection[str] = (),
    bearer: bool = False,
    after: str | None = None,
) -> Callable[[Callable[[], None]], Callable[..., None]]:
    """Make the decorated command one SDK call whose result is printed.

    ``@calls(lambda c: c.users.retrieve)`` goes right above the command's function, which gives
    the command only its name and help (its docstring); the decorators above give its arguments
    and options. The arguments fill the operation's positional parameters (the ids in the path)
    in the order declared; every other value goes by its name, so an option is named as the SDK
    names it (``click.option("--status", "new_status")``), and an option not given is not sent.
    With ``--all`` (``ALL_PAGES``) the command prints one page, or every page. ``columns`` and
    ``keep`` are ``Output.emit``'s; ``bearer`` sends the access token stored by ``login``;
    ``after`` is a line for stderr once the result is printed (a warning about what it shows).
    """

    def decorate(f: Callable[[], None]) -> Callable[..., None]:
        @pass_state
        @functools.wraps(f)
        def command(state: State, /, **values: Any) -> None:
            walk_all = values.pop("walk_all", None)
            params = click.get_current_context().command.params
            arguments = [p.name for p in params if isinstance(p, click.Argument)]

            def call(c: AsyncDidit) -> Any:
                method = operation(c)
                slots = inspect.signature(method).parameters.values()
                ids = arguments[: sum(p.kind is p.POSITIONAL_ONLY for p in slots)]
                named = {
                    # click gives a repeated option as a tuple; the SDK takes a list
                    k: list(v) if isinstance(v, tuple) else v
                    for k, v in values.items()
                    if k not in ids and v is not None
                }
                return method(*(values[name] for name in ids), **named)

            if walk_all is None:
                result = run(state, call, bearer=bearer)
                state.out.emit(result, columns=columns, keep=frozenset(keep))
                if after is not None:
                    state.out.err.print(after)
            else:
                listing(state, walk_all, call, columns=columns)

        return command

    return decorate
