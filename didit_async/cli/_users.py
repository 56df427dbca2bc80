"""``didit users`` and ``didit blocklist``."""

from __future__ import annotations

import json
from typing import Any

import click

from didit_async._client import AsyncDidit

from ._app import State, cli, example, pass_state, run
from ._output import every_page
from ._shared import STATUSES, kw


@cli.group()
def users() -> None:
    """Your verified users (by vendor_data)."""


@users.command("list")
@click.option("--status", type=STATUSES)
@click.option("--search")
@click.option("--all", "walk_all", is_flag=True)
@pass_state
@example("didit users list --status FLAGGED --all")
def users_list(state: State, status: Any, search: str | None, walk_all: bool) -> None:
    """List users."""
    kwargs = kw(status=status, search=search)

    async def work(c: AsyncDidit) -> Any:
        p = c.users.list(**kwargs)
        return every_page([u async for u in p]) if walk_all else await p

    state.out.emit(run(state, work))


@users.command("get")
@click.argument("vendor_data")
@pass_state
@example("didit users get user-123")
def users_get(state: State, vendor_data: str) -> None:
    """Show one user."""
    state.out.emit(run(state, lambda c: c.users.retrieve(vendor_data)))


@users.command("create")
@click.argument("vendor_data")
@click.option("--display-name")
@pass_state
@example("didit users create user-123 --display-name 'Ada L.'")
def users_create(state: State, vendor_data: str, display_name: str | None) -> None:
    """Create a user."""
    kwargs = kw(vendor_data=vendor_data, display_name=display_name)
    state.out.emit(run(state, lambda c: c.users.create(**kwargs)))


@users.command("update-status")
@click.argument("vendor_data")
@click.option("--status", required=True, type=STATUSES)
@click.option("--reason")
@pass_state
@example("didit users update-status user-123 --status BLOCKED --reason fraud")
def users_update_status(state: State, vendor_data: str, status: Any, reason: str | None) -> None:
    """Flag, block or reactivate a user."""
    state.out.emit(
        run(state, lambda c: c.users.update_status(vendor_data, status=status, **kw(reason=reason)))
    )


@users.command("delete")
@click.argument("vendor_data", nargs=-1, required=True)
@pass_state
@example("didit users delete user-123 user-124")
def users_delete(state: State, vendor_data: tuple[str, ...]) -> None:
    """Delete users."""
    state.out.emit(run(state, lambda c: c.users.batch_delete(vendor_data_list=list(vendor_data))))


@users.command("update")
@click.argument("vendor_data")
@click.option("--display-name")
@click.option("--metadata", help="A JSON object.")
@pass_state
@example("didit users update user-123 --display-name 'Ada L.'")
def users_update(
    state: State, vendor_data: str, display_name: str | None, metadata: str | None
) -> None:
    """Change a user's display name or metadata."""
    kwargs = kw(display_name=display_name, metadata=json.loads(metadata) if metadata else None)
    state.out.emit(run(state, lambda c: c.users.update(vendor_data, **kwargs)))


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
@click.option("--all", "walk_all", is_flag=True)
@pass_state
@example("didit blocklist list --type face")
def blocklist_list(state: State, item_type: Any, walk_all: bool) -> None:
    """List blocklist entries."""

    async def work(c: AsyncDidit) -> Any:
        p = c.blocklist.list(**kw(item_type=item_type))
        return every_page([e async for e in p]) if walk_all else await p

    state.out.emit(run(state, work))
