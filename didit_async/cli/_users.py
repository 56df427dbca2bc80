"""``didit users``: your verified users, by vendor_data."""

from __future__ import annotations

import click

from ._app import State, cli, example, pass_state, run
from ._shared import ALL_PAGES, STATUSES, calls, json_option, kw


@cli.group()
def users() -> None:
    """Your verified users (by vendor_data)."""


@users.command("list")
@click.option("--status", type=STATUSES)
@click.option("--search")
@ALL_PAGES
@calls(lambda c: c.users.list)
@example("didit users list --status FLAGGED --all")
def users_list() -> None:
    """List users."""


@users.command("get")
@click.argument("vendor_data")
@calls(lambda c: c.users.retrieve)
@example("didit users get user-123")
def users_get() -> None:
    """Show one user."""


@users.command("create")
@click.argument("vendor_data")
@click.option("--display-name")
@calls(lambda c: c.users.create)
@example("didit users create user-123 --display-name 'Ada L.'")
def users_create() -> None:
    """Create a user."""


@users.command("update-status")
@click.argument("vendor_data")
@click.option("--status", required=True, type=STATUSES)
@click.option("--reason")
@calls(lambda c: c.users.update_status)
@example("didit users update-status user-123 --status BLOCKED --reason fraud")
def users_update_status() -> None:
    """Flag, block or reactivate a user."""


@users.command("delete")
@click.argument("vendor_data_list", nargs=-1, required=True, metavar="VENDOR_DATA...")
@calls(lambda c: c.users.batch_delete)
@example("didit users delete user-123 user-124")
def users_delete() -> None:
    """Delete users."""


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
    kwargs = kw(display_name=display_name, metadata=json_option(metadata, "--metadata"))
    state.out.emit(run(state, lambda c: c.users.update(vendor_data, **kwargs)))
