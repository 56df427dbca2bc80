"""``didit lists``: custom lists and their entries.

Same conventions as the other groups: one SDK call per command, ``--json`` for machine output,
``--all`` walks every page, exit codes from the SDK error (see ``didit --help``).
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import click

from didit_async._generated.enums import ListEntryType

from ._app import State, cli, example, pass_state, run
from ._shared import kw, listing

ENTRY_TYPES = click.Choice([t.value for t in ListEntryType])  # from the spec's enum


# --- lists ------------------------------------------------------------------------------------


@cli.group()
def lists() -> None:
    """Blocklists, allowlists and custom lists, and their entries."""


@lists.command("list")
@click.option("--type", "list_type", type=click.Choice(["blocklist", "allowlist", "custom"]))
@click.option("--entry-type", type=ENTRY_TYPES)
@click.option("--all", "walk_all", is_flag=True, help="Walk every page.")
@pass_state
@example("didit lists list --type blocklist --entry-type email")
def lists_list(state: State, list_type: Any, entry_type: Any, walk_all: bool) -> None:
    """List lists."""
    kwargs = kw(list_type=list_type, entry_type=entry_type)
    listing(state, walk_all, lambda c: c.lists.list(**kwargs))


@lists.command("get")
@click.argument("list_uuid")
@pass_state
@example("didit lists get 7d3e...")
def lists_get(state: State, list_uuid: str) -> None:
    """Show one list."""
    state.out.emit(run(state, lambda c: c.lists.retrieve(list_uuid)))


@lists.command("create")
@click.argument("name")
@click.option("--type", "list_type", required=True, type=click.Choice(["allowlist", "custom"]))
@click.option("--entry-type", required=True, type=ENTRY_TYPES)
@click.option("--description")
@pass_state
@example("didit lists create 'VIP emails' --type allowlist --entry-type email")
def lists_create(
    state: State, name: str, list_type: Any, entry_type: Any, description: str | None
) -> None:
    """Create an allowlist or custom list (blocklists come with the application)."""
    kwargs = kw(description=description)
    state.out.emit(
        run(
            state,
            lambda c: c.lists.create(
                name=name, list_type=list_type, entry_type=entry_type, **kwargs
            ),
        )
    )


@lists.command("update")
@click.argument("list_uuid")
@click.option("--name")
@click.option("--description")
@pass_state
@example("didit lists update 7d3e... --name 'VIP customers'")
def lists_update(state: State, list_uuid: str, name: str | None, description: str | None) -> None:
    """Rename a list or change its description."""
    kwargs = kw(name=name, description=description)
    state.out.emit(run(state, lambda c: c.lists.update(list_uuid, **kwargs)))


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
@click.option("--all", "walk_all", is_flag=True, help="Walk every page.")
@pass_state
@example("didit lists entries 7d3e... --search gmail --all")
def lists_entries(state: State, list_uuid: str, search: str | None, walk_all: bool) -> None:
    """List a list's entries."""
    listing(state, walk_all, lambda c: c.lists.entries.list(list_uuid, **kw(search=search)))


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
