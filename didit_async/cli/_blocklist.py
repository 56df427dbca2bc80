"""``didit blocklist``: block or unblock a session's face, document, phone or email."""

from __future__ import annotations

from typing import Any

import click

from ._app import State, cli, example, pass_state, run
from ._shared import ALL_PAGES, calls


@cli.group()
def blocklist() -> None:
    """Block or unblock a session's face, document, phone or email."""


def _which(f: Any) -> Any:
    for name in ("face", "document", "phone", "email"):
        f = click.option(f"--{name}", is_flag=True, help=f"The session's {name}.")(f)
    return f


@blocklist.command("add")
@click.argument("session_id")
@_which
@pass_state
@example("didit blocklist add 1111... --face --document")
def blocklist_add(state: State, /, session_id: str, **which: bool) -> None:
    """Add a session's data to the blocklist."""
    kwargs: dict[str, Any] = {f"blocklist_{k}": True for k, v in which.items() if v}
    state.out.emit(run(state, lambda c: c.blocklist.add(session_id=session_id, **kwargs)))


@blocklist.command("remove")
@click.argument("session_id")
@_which
@pass_state
@example("didit blocklist remove 1111... --face")
def blocklist_remove(state: State, /, session_id: str, **which: bool) -> None:
    """Remove a session's data from the blocklist."""
    kwargs: dict[str, Any] = {f"unblock_{k}": True for k, v in which.items() if v}
    state.out.emit(run(state, lambda c: c.blocklist.remove(session_id=session_id, **kwargs)))


@blocklist.command("list")
@click.option("--type", "item_type", type=click.Choice(["face", "document", "phone", "email"]))
@ALL_PAGES
@calls(lambda c: c.blocklist.list)
@example("didit blocklist list --type face")
def blocklist_list() -> None:
    """List blocklist entries."""
