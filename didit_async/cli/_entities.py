"""``didit businesses``, ``didit transactions``, ``didit lists`` and ``didit imports``.

Same conventions as the other groups: one SDK call per command, ``--json`` for machine output,
``--all`` walks every page, exit codes from the SDK error (see ``didit --help``).
"""

from __future__ import annotations

import base64
import csv
import json
import mimetypes
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from didit_async._client import AsyncDidit
from didit_async._errors import DiditError

from ._app import EXIT_ERROR, State, cli, example, one_line, pass_state, run
from ._output import every_page

__all__ = ["businesses", "imports", "lists", "transactions"]

STATUSES = click.Choice(["ACTIVE", "FLAGGED", "BLOCKED"])
ENTRY_TYPES = click.Choice(
    [
        "face",
        "document",
        "phone",
        "email",
        "ip_address",
        "device_fingerprint",
        "wallet_address",
        "bank_account",
        "user",
        "business",
        "country",
        "key",
    ]
)
CATEGORIES = click.Choice(
    [
        "finance",
        "kyc",
        "travel_rule",
        "user_event",
        "audit_trail_event",
        "gambling_bet",
        "gambling_limit_change",
        "gambling_bonus_change",
    ]
)


def _kw(**kwargs: Any) -> dict[str, Any]:
    """Only the options the user gave."""
    return {k: v for k, v in kwargs.items() if v is not None}


def _json_option(value: str | None, hint: str) -> Any:
    if value is None:
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        raise click.BadParameter("not valid JSON", param_hint=hint) from None
    if not isinstance(parsed, dict):
        raise click.BadParameter("must be a JSON object", param_hint=hint)
    return parsed


def _listing(state: State, walk_all: bool, make: Any) -> None:
    async def work(c: AsyncDidit) -> Any:
        p = make(c)
        return every_page([x async for x in p]) if walk_all else await p

    state.out.emit(run(state, work))


# --- businesses -------------------------------------------------------------------------------


@cli.group()
def businesses() -> None:
    """Business entities (KYB) and company-registry search."""


@businesses.command("list")
@click.option("--status", type=STATUSES)
@click.option("--search")
@click.option("--all", "walk_all", is_flag=True, help="Walk every page.")
@pass_state
@example("didit businesses list --status FLAGGED --all")
def businesses_list(state: State, status: Any, search: str | None, walk_all: bool) -> None:
    """List businesses."""
    _listing(state, walk_all, lambda c: c.businesses.list(**_kw(status=status, search=search)))


@businesses.command("get")
@click.argument("vendor_data")
@pass_state
@example("didit businesses get acme-ltd")
def businesses_get(state: State, vendor_data: str) -> None:
    """Show one business."""
    state.out.emit(run(state, lambda c: c.businesses.retrieve(vendor_data)))


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
    kwargs = _kw(**opts)
    if "metadata" in kwargs:
        kwargs["metadata"] = _json_option(kwargs["metadata"], "--metadata")
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
@pass_state
@example("didit businesses update-status acme-ltd --status BLOCKED --reason fraud")
def businesses_update_status(
    state: State, vendor_data: str, status: Any, reason: str | None
) -> None:
    """Flag, block or reactivate a business."""
    state.out.emit(
        run(
            state,
            lambda c: c.businesses.update_status(vendor_data, status=status, **_kw(reason=reason)),
        )
    )


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
    kwargs = _kw(name=name, registration_number=registration_number, search_type=search_type)
    state.out.emit(run(state, lambda c: c.kyb.search(country_code=country_code, **kwargs)))


@businesses.command("select")
@click.argument("kyb_response_id")
@click.option("--vendor-data", help="Store the record on this business.")
@pass_state
@example("didit businesses select 5f0c... --vendor-data acme-ltd")
def businesses_select(state: State, kyb_response_id: str, vendor_data: str | None) -> None:
    """Pull a registry candidate's full record (optionally onto a business)."""
    kwargs = _kw(vendor_data=vendor_data)
    state.out.emit(run(state, lambda c: c.kyb.select(kyb_response_id=kyb_response_id, **kwargs)))


# --- transactions -----------------------------------------------------------------------------


@cli.group()
def transactions() -> None:
    """Transaction monitoring and wallet screening."""


@transactions.command("list")
@click.option("--vendor-data", help="Only this subject's transactions.")
@click.option("--all", "walk_all", is_flag=True, help="Walk every page.")
@pass_state
@example("didit transactions list --vendor-data user-42 --all")
def transactions_list(state: State, vendor_data: str | None, walk_all: bool) -> None:
    """List transactions, newest first."""
    _listing(state, walk_all, lambda c: c.transactions.list(**_kw(vendor_data=vendor_data)))


@transactions.command("get")
@click.argument("transaction_id")
@pass_state
@example("didit transactions get tx-1001")
def transactions_get(state: State, transaction_id: str) -> None:
    """Show one transaction and its rule evaluation."""
    state.out.emit(run(state, lambda c: c.transactions.retrieve(transaction_id)))


@transactions.command("create")
@click.argument("transaction_id")
@click.option(
    "--category", "transaction_category", type=CATEGORIES, default="finance", show_default=True
)
@click.option("--vendor-data", required=True, help="The subject (who initiates it).")
@click.option("--amount", help="transaction_details.amount")
@click.option("--currency", help="transaction_details.currency")
@click.option("--details", help="transaction_details as a JSON object (merged over --amount).")
@click.option("--counterparty", help="A JSON object.")
@pass_state
@example("didit transactions create tx-1001 --vendor-data user-42 --amount 250 --currency EUR")
def transactions_create(
    state: State,
    transaction_id: str,
    transaction_category: Any,
    vendor_data: str,
    amount: str | None,
    currency: str | None,
    details: str | None,
    counterparty: str | None,
) -> None:
    """Submit a transaction for monitoring."""
    body = {
        **_kw(amount=amount, currency=currency),
        **(_json_option(details, "--details") or {}),
    }
    kwargs = _kw(counterparty=_json_option(counterparty, "--counterparty"))
    state.out.emit(
        run(
            state,
            lambda c: c.transactions.create(
                transaction_id=transaction_id,
                transaction_category=transaction_category,
                transaction_details=body,
                subject={"vendor_data": vendor_data},
                **kwargs,
            ),
        )
    )


TX_RESULT_COLUMNS = ["row", "transaction_id", "status", "risk_score", "error"]
TX_REQUIRED = ("transaction_id", "vendor_data")


def _tx_rows(path: Path, category: str) -> Iterator[dict[str, Any]]:
    """Requests from the CSV, lazily: transaction_id, vendor_data, amount, currency, ..."""
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cells = {k: v.strip() for k, v in row.items() if k and v and v.strip()}
            details = {k: cells[k] for k in ("amount", "currency", "direction") if k in cells}
            req: dict[str, Any] = {
                "transaction_id": cells.get("transaction_id", ""),
                "transaction_category": cells.get("transaction_category", category),
                "transaction_details": details,
                "subject": {"vendor_data": cells.get("vendor_data", "")},
            }
            if "counterparty_vendor_data" in cells:
                req["counterparty"] = {"vendor_data": cells["counterparty_vendor_data"]}
            if "transaction_at" in cells:
                req["transaction_at"] = cells["transaction_at"]
            yield req


@transactions.command("bulk-create")
@click.option("--from-csv", "source", type=click.Path(exists=True, dir_okay=False), required=True)
@click.option(
    "--category",
    type=CATEGORIES,
    default="finance",
    show_default=True,
    help="For rows without a transaction_category column.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Results CSV.")
@click.option("--concurrency", type=click.IntRange(1, 256), default=8, show_default=True)
@pass_state
@example("didit transactions bulk-create --from-csv payments.csv -o results.csv")
def transactions_bulk_create(
    state: State, source: str, category: str, output: str | None, concurrency: int
) -> None:
    """Submit a transaction per CSV row (transaction_id, vendor_data, amount, currency, ...).

    Safe to run again after an interruption: a transaction_id already stored is not stored
    twice. Writes a results CSV with each row's status or error; exits 1 when any row failed.
    """
    src = Path(source)
    with src.open(newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh), [])
    missing = [c for c in TX_REQUIRED if c not in header]
    if missing:
        raise click.BadParameter(
            f"missing column(s): {', '.join(missing)}", param_hint="--from-csv"
        )
    dest = Path(output) if output else src.with_name(src.stem + ".results.csv")
    counts = {"ok": 0, "failed": 0}

    async def work(c: AsyncDidit) -> None:
        with dest.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(TX_RESULT_COLUMNS)
            rows = _tx_rows(src, category)
            async with c.transactions.create_many(rows, concurrency=concurrency) as results:
                async for r in results:
                    tid = r.request.get("transaction_id", "")
                    if r.ok and r.session is not None:
                        counts["ok"] += 1
                        tx = r.session
                        line = [r.index + 1, tid, tx.status or "", tx.risk_score, ""]
                    else:
                        counts["failed"] += 1
                        line = [r.index + 1, tid, "", "", one_line(r.error or DiditError("?"))]
                    writer.writerow(line)
                    if state.as_json:
                        state.out.line(dict(zip(TX_RESULT_COLUMNS, line, strict=True)))

    run(state, work)
    state.out.message(f"{counts['ok']} submitted, {counts['failed']} failed; results in {dest}")
    if counts["failed"]:
        sys.exit(EXIT_ERROR)


@transactions.command("screen-wallet")
@click.argument("wallet_address")
@click.option(
    "--chain",
    "blockchain",
    required=True,
    type=click.Choice(
        ["BTC", "ETH", "LTC", "XRP", "BCH", "DOGE", "TRX", "SOL", "MATIC", "BNB", "USDT", "USDC"]
    ),
)
@click.option("--direction", type=click.Choice(["inbound", "outbound", "deposit", "withdrawal"]))
@pass_state
@example("didit transactions screen-wallet 0xab12... --chain ETH")
def transactions_screen_wallet(
    state: State, wallet_address: str, blockchain: Any, direction: Any
) -> None:
    """Screen a crypto address for AML risk (no transaction is created)."""
    kwargs = _kw(direction=direction)
    state.out.emit(
        run(
            state,
            lambda c: c.wallet_screening.screen(
                wallet_address=wallet_address, blockchain=blockchain, **kwargs
            ),
        )
    )


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
    kwargs = _kw(list_type=list_type, entry_type=entry_type)
    _listing(state, walk_all, lambda c: c.lists.list(**kwargs))


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
    kwargs = _kw(description=description)
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
    kwargs = _kw(name=name, description=description)
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
    _listing(state, walk_all, lambda c: c.lists.entries.list(list_uuid, **_kw(search=search)))


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
    kwargs = _kw(
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
    kwargs = _kw(display_label=display_label, comment=comment)
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


# --- imports ----------------------------------------------------------------------------------


@cli.group()
def imports() -> None:
    """Bulk imports of historical verifications, businesses or transactions."""


@imports.command("template")
@pass_state
@example("didit imports template")
def imports_template(state: State) -> None:
    """Show the columns an import file uses."""
    state.out.emit(run(state, lambda c: c.sessions.imports.template()))


def _source_url(url: str | None, file: str | None) -> str:
    if (url is None) == (file is None):
        raise click.UsageError("give exactly one of --url and --file")
    if url is not None:
        return url
    path = Path(str(file))
    mime = mimetypes.guess_type(path.name)[0] or "text/csv"
    # A local file travels inline as a data: URL (what the sandbox reads; Didit fetches URLs).
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode()


@imports.command("create")
@click.option("--url", help="Publicly fetchable URL of the file.")
@click.option(
    "--file", type=click.Path(exists=True, dir_okay=False), help="A local file, sent inline."
)
@click.option(
    "--type",
    "import_type",
    type=click.Choice(
        ["user_verification", "business_verification", "status_rules", "transactions"]
    ),
)
@click.option("--format", "source_format", type=click.Choice(["csv", "ndjson"]))
@click.option("--workflow-id")
@pass_state
@example(
    "didit imports create --url https://files.example.com/history.csv --type user_verification"
)
def imports_create(
    state: State,
    url: str | None,
    file: str | None,
    import_type: Any,
    source_format: Any,
    workflow_id: str | None,
) -> None:
    """Start an import job from a CSV/NDJSON file."""
    source = _source_url(url, file)
    kwargs = _kw(import_type=import_type, source_format=source_format, workflow_id=workflow_id)
    state.out.emit(
        run(state, lambda c: c.sessions.imports.create(source_file_url=source, **kwargs))
    )


@imports.command("get")
@click.argument("import_id")
@pass_state
@example("didit imports get 3c4d...")
def imports_get(state: State, import_id: str) -> None:
    """Show an import job's status and counters."""
    state.out.emit(run(state, lambda c: c.sessions.imports.retrieve(import_id)))


@imports.command("errors")
@click.argument("import_id")
@click.option("--all", "walk_all", is_flag=True, help="Walk every page.")
@pass_state
@example("didit imports errors 3c4d... --all")
def imports_errors(state: State, import_id: str, walk_all: bool) -> None:
    """List the rows an import job could not take, with the reasons."""
    _listing(state, walk_all, lambda c: c.sessions.imports.list_errors(import_id))
