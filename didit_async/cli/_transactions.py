"""``didit transactions``: transaction monitoring and wallet screening.

Same conventions as the other groups: one SDK call per command, ``--json`` for machine output,
``--all`` walks every page, exit codes from the SDK error (see ``didit --help``).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from didit_async._bulk import BulkResult
from didit_async._client import AsyncDidit
from didit_async._errors import DiditError

from ._app import EXIT_ERROR, State, cli, example, one_line, pass_state, run
from ._resume import EXIT_INTERRUPTED, Counts, ResumableJob, run_job, summary
from ._shared import ALL_PAGES, calls, json_option, kw

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


# --- transactions -----------------------------------------------------------------------------


@cli.group()
def transactions() -> None:
    """Transaction monitoring and wallet screening."""


@transactions.command("list")
@click.option("--vendor-data", help="Only this subject's transactions.")
@ALL_PAGES
@calls(lambda c: c.transactions.list)
@example("didit transactions list --vendor-data user-42 --all")
def transactions_list() -> None:
    """List transactions, newest first."""


@transactions.command("get")
@click.argument("transaction_id")
@calls(lambda c: c.transactions.retrieve)
@example("didit transactions get tx-1001")
def transactions_get() -> None:
    """Show one transaction and its rule evaluation."""


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
        **kw(amount=amount, currency=currency),
        **(json_option(details, "--details") or {}),
    }
    kwargs = kw(counterparty=json_option(counterparty, "--counterparty"))
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

    Resumable: each row's status or error is appended to the results CSV as it finishes, and
    running the same command again skips the rows recorded; a transaction_id already stored is
    never stored twice. Ctrl-C records the rows in flight before stopping (exit 130). Exits 1
    when any row failed.
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
    # No journal: re-sending a row whose outcome is unknown cannot store it twice.
    job = ResumableJob(dest, TX_RESULT_COLUMNS, journal=False)
    job.check(_tx_rows(src, category))

    def line_for(row: int, r: BulkResult[Any]) -> list[Any]:
        tid = r.request.get("transaction_id", "")
        if r.ok and r.session is not None:
            return [row, tid, r.session.status or "", r.session.risk_score, ""]
        return [row, tid, "", "", one_line(r.error or DiditError("?"))]

    def emit(line: list[Any]) -> None:
        if state.as_json:
            state.out.line(dict(zip(TX_RESULT_COLUMNS, line, strict=True)))

    async def work(c: AsyncDidit) -> Counts:
        return await run_job(
            job,
            job.pending(_tx_rows(src, category)),
            start=lambda rows, **kw: c.transactions.create_many(
                rows, concurrency=concurrency, **kw
            ),
            line_for=line_for,
            emit=emit,
            look_up=None,
        )

    counts = run(state, work)
    state.out.message(summary(counts, dest, "submitted"))
    if counts.interrupted:
        sys.exit(EXIT_INTERRUPTED)
    if counts.failed or counts.unknown:
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
@calls(lambda c: c.wallet_screening.screen)
@example("didit transactions screen-wallet 0xab12... --chain ETH")
def transactions_screen_wallet() -> None:
    """Screen a crypto address for AML risk (no transaction is created)."""
