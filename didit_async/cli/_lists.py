"""``didit lists``: custom lists and their entries.

Same conventions as the other groups: one SDK call per command, ``--json`` for machine output,
``--all`` walks every page, exit codes from the SDK error (see ``didit --help``).
"""

from __future__ import annotations

import base64
from pathlib import Path

import click

from didit_async._generated.enums import ListEntryType

from ._app import State, cli, example, pass_state, run
from ._shared import ALL_PAGES, calls, kw

ENTRY_TYPES = click.Choice([t.value for t in ListEntryType])  # from the spec's enum


# --- lists ------------------------------------------------------------------------------------


@cli.group()
def lists() -> None:
    """Blocklists, allowlists and custom lists, and their entries."""


@lists.command("list")
@click.option("--type", "list_type", type=click.Choice(["blocklist", "allowlist", "custom"]))
@click.option("--entry-type", type=ENTRY_TYPES)
@ALL_PAGES
@calls(lambda c: c.lists.list)
@example("didit lists list --type blocklist --entry-type email")
def lists_list() -> None:
    """List lists."""


@lists.command("get")
@click.argument("list_uuid")
@calls(lambda c: c.lists.retrieve)
@example("didit lists get 7d3e...")
def lists_get() -> None:
    """Show one list."""


@lists.command("create")
@click.argument("name")
@click.option("--type", "list_type", required=True, type=click.Choice(["allowlist", "custom"]))
@click.option("--entry-type", required=True, type=ENTRY_TYPES)
@click.option("--description")
@calls(lambda c: c.lists.create)
@example("didit lists create 'VIP emails' --type allowlist --entry-type email")
def lists_create() -> None:
    """Create an allowlist or custom list (blocklists come with the application)."""


@lists.command("update")
@click.argument("list_uuid")
@click.option("--name")
@click.option("--description")
@calls(lambda c: c.lists.update)
@example("didit lists update 7d3e... --name 'VIP customers'")
def lists_update() -> None:
    """Rename a list or change its description."""


@lists.command("delete")
@click.argument("list_uuid")
@pass_state
@example("didit lists delete 7d3e...")
def lists_delete(state: State, list_uuid: str) -> None:
    """Delete a list and its entries."""
    run(state, lambda c: c.lists.delete(list_uuid))
    state.out.message(f"deleted {list_uuid}")


@lists.command("entries")
@click.argument("list_uuid")
@click.option("--search", help="Match the value or the label.")
@ALL_PAGES
@calls(lambda c: c.lists.entries.list)
@example("didit lists entries 7d3e... --search gmail --all")
def lists_entries() -> None:
    """List a list's entries."""


@lists.command("add")
@click.argument("list_uuid")
@click.argument("value", required=False)
@click.option("--from-session", "reference_session_id", help="Take the value from this session.")
@click.option("--label", "display_label")
@click.option("--comment")
@pass_state
@example("didit lists add 7d3e... fraud@example.com --comment 'chargeback'")
def lists_add(
    state: State,
    list_uuid: str,
    value: str | None,
    reference_session_id: str | None,
    display_label: str | None,
    comment: str | None,
) -> None:
    """Add VALUE (or the value found in --from-session) to a list."""
    if value is None and reference_session_id is None:
        raise click.UsageError("give a VALUE or --from-session")
    kwargs = kw(
        value=value,
        reference_session_id=reference_session_id,
        display_label=display_label,
        comment=comment,
    )
    state.out.emit(run(state, lambda c: c.lists.entries.create(list_uuid, **kwargs)))


@lists.command("add-face")
@click.argument("list_uuid")
@click.argument("image", type=click.Path(exists=True, dir_okay=False))
@click.option("--label", "display_label")
@click.option("--comment")
@pass_state
@example("didit lists add-face 7d3e... suspect.jpg --label 'Known fraudster'")
def lists_add_face(
    state: State, list_uuid: str, image: str, display_label: str | None, comment: str | None
) -> None:
    """Add a face to a face list from an image file."""
    encoded = base64.b64encode(Path(image).read_bytes()).decode()
    kwargs = kw(display_label=display_label, comment=comment)
    state.out.emit(
        run(state, lambda c: c.lists.entries.upload_face(list_uuid, image=encoded, **kwargs))
    )


@lists.command("remove")
@click.argument("list_uuid")
@click.argument("entry_uuid")
@pass_state
@example("didit lists remove 7d3e... 9a8b...")
def lists_remove(state: State, list_uuid: str, entry_uuid: str) -> None:
    """Remove an entry (a blocked user or business is unblocked)."""
    run(state, lambda c: c.lists.entries.delete(list_uuid, entry_uuid))
    state.out.message(f"removed {entry_uuid}")
