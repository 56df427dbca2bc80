"""``didit businesses``: business verification (KYB).

Same conventions as the other groups: one SDK call per command, ``--json`` for machine output,
``--all`` walks every page, exit codes from the SDK error (see ``didit --help``).
"""

from __future__ import annotations

from typing import Any

import click

from ._app import State, cli, example, pass_state, run
from ._shared import ALL_PAGES, STATUSES, calls, json_option, kw

# --- businesses -------------------------------------------------------------------------------


@cli.group()
def businesses() -> None:
    """Business entities (KYB) and company-registry search."""


@businesses.command("list")
@click.option("--status", type=STATUSES)
@click.option("--search")
@ALL_PAGES
@calls(lambda c: c.businesses.list)
@example("didit businesses list --status FLAGGED --all")
def businesses_list() -> None:
    """List businesses."""


@businesses.command("get")
@click.argument("vendor_data")
@calls(lambda c: c.businesses.retrieve)
@example("didit businesses get acme-ltd")
def businesses_get() -> None:
    """Show one business."""


def business_options(f: Any) -> Any:
    for option in reversed(
        [
            click.option("--display-name"),
            click.option("--legal-name"),
            click.option("--registration-number"),
            click.option("--country-code", help="ISO 3166-1 alpha-2."),
            click.option("--status", type=STATUSES),
            click.option("--metadata", help="A JSON object."),
        ]
    ):
        f = option(f)
    return f


def _business_kwargs(opts: dict[str, Any]) -> dict[str, Any]:
    kwargs = kw(**opts)
    if "metadata" in kwargs:
        kwargs["metadata"] = json_option(kwargs["metadata"], "--metadata")
    return kwargs


@businesses.command("create")
@click.argument("vendor_data")
@business_options
@pass_state
@example("didit businesses create acme-ltd --legal-name 'Acme Ltd' --country-code GB")
def businesses_create(state: State, /, vendor_data: str, **opts: Any) -> None:
    """Create a business."""
    kwargs = _business_kwargs(opts)
    state.out.emit(run(state, lambda c: c.businesses.create(vendor_data=vendor_data, **kwargs)))


@businesses.command("update")
@click.argument("vendor_data")
@business_options
@pass_state
@example("didit businesses update acme-ltd --display-name Acme")
def businesses_update(state: State, /, vendor_data: str, **opts: Any) -> None:
    """Change a business's profile fields (only those given)."""
    kwargs = _business_kwargs(opts)
    state.out.emit(run(state, lambda c: c.businesses.update(vendor_data, **kwargs)))


@businesses.command("update-status")
@click.argument("vendor_data")
@click.option("--status", required=True, type=STATUSES)
@click.option("--reason")
@calls(lambda c: c.businesses.update_status)
@example("didit businesses update-status acme-ltd --status BLOCKED --reason fraud")
def businesses_update_status() -> None:
    """Flag, block or reactivate a business."""


@businesses.command("delete")
@click.argument("vendor_data", nargs=-1)
@click.option("--id", "internal_ids", multiple=True, help="A didit_internal_id (repeatable).")
@click.option("--everything", is_flag=True, help="Delete every business (asks first).")
@click.option("--yes", is_flag=True, help="Do not ask.")
@pass_state
@example("didit businesses delete acme-ltd globex")
def businesses_delete(
    state: State,
    vendor_data: tuple[str, ...],
    internal_ids: tuple[str, ...],
    everything: bool,
    yes: bool,
) -> None:
    """Delete businesses by vendor_data or internal id, or all of them."""
    if not (vendor_data or internal_ids or everything):
        raise click.UsageError("name businesses to delete, or pass --everything")
    if everything and not yes:
        click.confirm("Delete EVERY business of this application?", abort=True, err=True)
    kwargs: dict[str, Any] = {}
    if vendor_data:
        kwargs["vendor_data_list"] = list(vendor_data)
    if internal_ids:
        kwargs["didit_internal_id_list"] = list(internal_ids)
    if everything:
        kwargs["delete_all"] = True
    state.out.emit(run(state, lambda c: c.businesses.batch_delete(**kwargs)))


@businesses.command("search")
@click.option("--country-code", required=True, help="ISO 3166-1 alpha-2.")
@click.option("--name")
@click.option("--registration-number")
@click.option("--match", "search_type", type=click.Choice(["contains", "start_with", "fuzzy"]))
@pass_state
@example("didit businesses search --country-code GB --name Acme")
def businesses_search(
    state: State,
    country_code: str,
    name: str | None,
    registration_number: str | None,
    search_type: Any,
) -> None:
    """Search company registries; each candidate has a kyb_response_id for `select`."""
    if not name and not registration_number:
        raise click.UsageError("give --name, --registration-number, or both")
    kwargs = kw(name=name, registration_number=registration_number, search_type=search_type)
    state.out.emit(run(state, lambda c: c.kyb.search(country_code=country_code, **kwargs)))


@businesses.command("select")
@click.argument("kyb_response_id")
@click.option("--vendor-data", help="Store the record on this business.")
@calls(lambda c: c.kyb.select)
@example("didit businesses select 5f0c... --vendor-data acme-ltd")
def businesses_select() -> None:
    """Pull a registry candidate's full record (optionally onto a business)."""
