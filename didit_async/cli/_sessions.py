"""``didit sessions``: create, decide, list, bulk-create, watch and more."""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import click

from didit_async._bulk import BulkResult
from didit_async._client import AsyncDidit
from didit_async._errors import DiditAuthenticationError, DiditError
from didit_async._polling import stop_reason

from ._app import EXIT_ERROR, State, cli, example, exit_code_for, fail, one_line, pass_state, run
from ._resume import EXIT_INTERRUPTED, Counts, ResumableJob, run_job, summary
from ._shared import ALL_PAGES, SESSION_COLS, calls, json_option, kw

# --- sessions ---------------------------------------------------------------------------------


REVIEW_STATUSES = click.Choice(["Approved", "Declined", "In Review"])
"""What a reviewer decides for a session or one of its features."""


@cli.group()
def sessions() -> None:
    """Verification sessions: create, decision, list, bulk-create, watch and more."""


def session_create_kwargs(
    workflow_id: str,
    vendor_data: str | None,
    callback: str | None,
    language: str | None,
    metadata: str | None,
    scenario: str | None,
) -> dict[str, Any]:
    return kw(
        workflow_id=workflow_id,
        vendor_data=vendor_data,
        callback=callback,
        language=language,
        metadata=json_option(metadata, "--metadata"),
        sandbox_scenario=scenario,
    )


def session_create_options(f: Any) -> Any:
    """Options of `sessions create` and `kyc session`."""
    for opt in reversed(
        [
            click.option("--workflow-id", required=True),
            click.option("--vendor-data", help="Your id for the user (reuses an open session)."),
            click.option("--callback", help="Where Didit sends the user afterwards."),
            click.option("--language"),
            click.option("--metadata", help="A JSON object stored with the session."),
            click.option("--sandbox-scenario", "scenario", help="Sandbox only: the outcome."),
        ]
    ):
        f = opt(f)
    return f


@sessions.command("create")
@session_create_options
@pass_state
@example("didit sessions create --workflow-id 1b2c... --vendor-data user-123")
def sessions_create(state: State, /, **opts: Any) -> None:
    """Create a session; prints its id and the URL to send the user to."""
    kwargs = session_create_kwargs(**opts)
    result = run(state, lambda c: c.sessions.create(**kwargs))
    state.out.emit(result)


@sessions.command("decision")
@click.argument("session_id")
@calls(lambda c: c.sessions.retrieve_decision)
@example("didit sessions decision 11111111-2222-...")
def sessions_decision() -> None:
    """A session's decision (status and every feature's result)."""


@sessions.command("list")
@click.option("--kind", "session_kind", type=click.Choice(["user", "business", "all"]))
@click.option("--vendor-data")
@click.option("--status", help="One status, or several comma-separated: 'Approved,In Review'.")
@click.option("--workflow-id")
@click.option("--country")
@click.option("--date-from")
@click.option("--date-to")
@click.option("--search")
@click.option("--document-type", help="Passport, Identity Card, ... or its code (P, ID, DL).")
@click.option("--document-name")
@click.option("--region")
@click.option("--didit-internal-id")
@click.option("--session-type")
@click.option("--api-service", help="Sessions of one standalone API (AML, POA, ...).")
@click.option("--screened-full-name")
@click.option("--warning", help="Sessions with this warning (a risk code).")
@click.option(
    "--initialized-in-review/--not-initialized-in-review",
    "status_initialized_as_in_review",
    default=None,
)
@click.option("--kyc-to-review/--no-kyc-to-review", "is_kyc_to_be_reviewed", default=None)
@click.option("--euuid")
@click.option("--organization-name")
@click.option("--limit", type=int)
@click.option("--offset", type=int)
@ALL_PAGES
@calls(lambda c: c.sessions.list, columns=SESSION_COLS)
@example("didit sessions list --status Approved --all")
def sessions_list() -> None:
    """List sessions (one page, or every page with --all)."""


@sessions.command("delete")
@click.argument("session_id")
@pass_state
@example("didit sessions delete 11111111-2222-...")
def sessions_delete(state: State, session_id: str) -> None:
    """Delete a session."""
    run(state, lambda c: c.sessions.delete(session_id))
    state.out.emit({"deleted": session_id})


@sessions.command("batch-delete")
@click.option("--session-number", "numbers", multiple=True, type=int, help="Repeat for each.")
@click.option("--everything", is_flag=True, help="Delete every session (asks first).")
@click.option("--yes", is_flag=True, help="Do not ask.")
@pass_state
@example("didit sessions batch-delete --session-number 12 --session-number 13")
def sessions_batch_delete(
    state: State, numbers: tuple[int, ...], everything: bool, yes: bool
) -> None:
    """Delete sessions by number, or all of them."""
    if not numbers and not everything:
        raise click.UsageError("give --session-number (repeatable) or --everything")
    if everything and not yes:
        click.confirm("Delete EVERY session?", abort=True, err=True)
    kwargs = {"delete_all": True} if everything else {"session_numbers": list(numbers)}
    state.out.emit(run(state, lambda c: c.sessions.batch_delete(**kwargs)))


@sessions.command("update-status")
@click.argument("session_id")
@click.option(
    "--status",
    "new_status",
    required=True,
    type=click.Choice(["Approved", "Declined", "Resubmitted"]),
)
@click.option("--comment")
@calls(lambda c: c.sessions.update_status)
@example("didit sessions update-status 1111... --status Declined --comment 'document expired'")
def sessions_update_status() -> None:
    """Approve, decline or ask for resubmission."""


@sessions.command("pdf")
@click.argument("session_id")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), required=True)
@pass_state
@example("didit sessions pdf 1111... -o report.pdf   # or -o - | lpr")
def sessions_pdf(state: State, session_id: str, output: str) -> None:
    """Download the session's PDF report (-o - writes the PDF to stdout, for a pipe)."""
    data = run(state, lambda c: c.sessions.generate_pdf(session_id))
    if output == "-":
        state.out.binary(data)
        state.out.message(f"{len(data)} bytes of PDF written to stdout")
        return
    Path(output).write_bytes(data)
    state.out.emit({"session_id": session_id, "file": output, "bytes": len(data)})


@sessions.command("share")
@click.argument("session_id")
@click.option("--for-application-id", required=True)
@click.option("--ttl", "ttl_in_seconds", type=int)
@calls(lambda c: c.sessions.share)
@example("didit sessions share 1111... --for-application-id 2222...")
def sessions_share() -> None:
    """Share a finished session with another application (prints the share token)."""


@sessions.command("import")
@click.option("--share-token", required=True)
@click.option("--workflow-id", required=True)
@click.option("--vendor-data")
@click.option("--trust-review/--no-trust-review", default=None)
@calls(lambda c: c.sessions.import_shared)
@example("didit sessions import --share-token TOKEN --workflow-id 1b2c...")
def sessions_import() -> None:
    """Import a session another application shared."""


@sessions.command("events")
@click.argument("session_id")
@ALL_PAGES
@calls(lambda c: c.sessions.list_events)
@example("didit sessions events 1111... --all")
def sessions_events() -> None:
    """A session's event log."""


@sessions.group("reviews")
def reviews() -> None:
    """Manual reviews of a session."""


@reviews.command("list")
@click.argument("session_id")
@click.option("--ordering", help="created_at (oldest first) or -created_at (newest first).")
@pass_state
@example("didit sessions reviews list 1111... --ordering created_at")
def reviews_list(state: State, session_id: str, ordering: str | None) -> None:
    """List a session's reviews."""

    async def work(c: AsyncDidit) -> Any:
        return [r async for r in c.sessions.reviews.list(session_id, ordering=ordering)]

    state.out.emit(run(state, work))


@reviews.command("create")
@click.argument("session_id")
@click.option("--status", "new_status", required=True, type=REVIEW_STATUSES)
@click.option("--comment")
@calls(lambda c: c.sessions.reviews.create)
@example("didit sessions reviews create 1111... --status Approved --comment ok")
def reviews_create() -> None:
    """Record a review decision."""


# --- bulk and watch ---------------------------------------------------------------------------

RESULT_COLUMNS = ["row", "vendor_data", "session_id", "url", "error"]
CSV_FIELDS = ("vendor_data", "callback", "language", "metadata", "workflow_id", "sandbox_scenario")


def _csv_rows(path: Path, workflow_id: str | None) -> Iterator[dict[str, Any]]:
    """Requests from the CSV, lazily (a file of any size streams)."""
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            req: dict[str, Any] = {
                k: v.strip() for k, v in row.items() if k in CSV_FIELDS and v and v.strip()
            }
            if "metadata" in req:
                # A JSON object when it parses; otherwise Didit receives the text as-is (it
                # accepts a string too), so one odd cell never stops the run.
                with contextlib.suppress(ValueError):
                    req["metadata"] = json.loads(req["metadata"])
            req.setdefault("workflow_id", workflow_id)
            yield req


def _check_csv_header(path: Path, workflow_id: str | None) -> None:
    """Fail before any request when the file cannot produce valid rows."""
    with path.open(newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh), [])
    if not header:
        raise click.BadParameter("the CSV is empty", param_hint="--from-csv")
    if workflow_id is None and "workflow_id" not in header:
        raise click.UsageError("give --workflow-id, or a workflow_id column in the CSV")
    if not set(header) & set(CSV_FIELDS):
        raise click.BadParameter(
            f"no known column (expected some of {', '.join(CSV_FIELDS)})", param_hint="--from-csv"
        )


@sessions.command("bulk-create")
@click.option("--from-csv", "source", type=click.Path(exists=True, dir_okay=False), required=True)
@click.option("--workflow-id", help="For rows without a workflow_id column.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Results CSV.")
@click.option("--concurrency", type=click.IntRange(1, 256), default=8, show_default=True)
@pass_state
@example("didit sessions bulk-create --from-csv users.csv --workflow-id 1b2c... -o results.csv")
def sessions_bulk_create(
    state: State, source: str, workflow_id: str | None, output: str | None, concurrency: int
) -> None:
    """Create a session per CSV row (columns: vendor_data, callback, language, metadata, ...).

    Resumable: each row's session id and URL, or its error, is appended to the results CSV as
    it finishes, and a run stopped by Ctrl-C, a crash or a kill is finished by running the same
    command again: rows with a result are skipped, and a row sent without a recorded result
    (listed in RESULTS.journal) is looked up by vendor_data before it is sent again, so no row
    gets two sessions. Ctrl-C looks up the rows in flight before stopping (exit 130). Exits 1
    when any row failed.
    """
    src = Path(source)
    _check_csv_header(src, workflow_id)
    dest = Path(output) if output else src.with_name(src.stem + ".results.csv")
    with src.open(encoding="utf-8") as fh:
        total = max(sum(1 for _ in fh) - 1, 0)  # a cheap line count for the progress bar
    job = ResumableJob(dest, RESULT_COLUMNS, journal=True)
    job.check(_csv_rows(src, workflow_id))

    def line_for(row: int, r: BulkResult[Any]) -> list[Any]:
        vendor = r.request.get("vendor_data", "")
        if r.ok and r.session is not None:
            return [row, vendor, r.session.session_id, r.session.url or "", ""]
        return [row, vendor, "", "", one_line(r.error or DiditError("?"))]

    async def work(c: AsyncDidit) -> Counts:
        from rich.progress import Progress

        progress = Progress(console=state.out.err, disable=state.as_json, transient=True)
        task = progress.add_task("creating sessions", total=total, completed=len(job.done))

        def emit(line: list[Any]) -> None:
            if state.as_json:
                state.out.line(dict(zip(RESULT_COLUMNS, line, strict=True)))
            progress.update(task, advance=1)

        async def look_up(request: Mapping[str, Any], sent_at: float) -> Any:
            return await c.sessions.find_created(
                request["vendor_data"], since=sent_at, workflow_id=request.get("workflow_id")
            )

        with progress:
            return await run_job(
                job,
                job.pending(_csv_rows(src, workflow_id)),
                start=lambda rows, **kw: c.sessions.create_many(
                    rows, concurrency=concurrency, **kw
                ),
                line_for=line_for,
                emit=emit,
                look_up=look_up,
            )

    counts = run(state, work)
    state.out.message(summary(counts, dest, "created"))
    if counts.interrupted:
        sys.exit(EXIT_INTERRUPTED)
    if counts.failed or counts.unknown:
        sys.exit(EXIT_ERROR)


@sessions.command("watch")
@click.argument("session_ids", nargs=-1, required=True)
@click.option("--until", multiple=True, help="Also stop at these statuses (e.g. 'In Review').")
@click.option(
    "--interval", type=float, default=1.0, show_default=True, help="Min seconds between polls."
)
@pass_state
@example("didit sessions watch 1111... 2222... --until 'In Review'")
def sessions_watch(
    state: State, session_ids: tuple[str, ...], until: tuple[str, ...], interval: float
) -> None:
    """Show the sessions' statuses live until every one is final (JSON lines with --json).

    A session that cannot be watched (a malformed id, not found, a bad request, Didit or the
    network down for 5 minutes) shows its error and the others go on; the command then exits
    with the first such error's exit code. A key Didit refuses (401/403) stops it at once
    (exit 3), since every other session would be refused too.
    """
    statuses: dict[str, str] = dict.fromkeys(session_ids, "…")
    errors: list[DiditError] = []

    async def work(c: AsyncDidit) -> dict[str, str]:
        from rich.live import Live
        from rich.table import Table

        def render() -> Table:
            table = Table("session_id", "status")
            for sid, st in statuses.items():
                table.add_row(sid, st)
            return table

        watcher = c.sessions.watch(
            list(session_ids), until=set(until) or None, min_interval=interval
        )
        # JSON mode streams lines instead of redrawing a table.
        live_view: Any = (
            contextlib.nullcontext(None)
            if state.as_json
            else Live(render(), console=state.out.console, auto_refresh=False)
        )
        with live_view as live:
            async with watcher as changes:
                async for change in changes:
                    statuses[change.session_id] = (
                        f"error: {one_line(change.error)}" if change.error else str(change.status)
                    )
                    if state.as_json:
                        state.out.line(
                            {
                                "session_id": change.session_id,
                                "previous": change.previous,
                                "status": change.status,
                                "final": change.final,
                                "ended_by": change.ended_by,
                                "error": one_line(change.error) if change.error else None,
                            }
                        )
                    if live is not None:
                        live.update(render(), refresh=True)
                    if change.needs_review and not change.final:
                        state.out.err.print(
                            f"{change.session_id} is In Review: it waits for a person and will "
                            "not move on by itself. Approve or decline it in Didit's console or "
                            f"with `didit sessions update-status {change.session_id} --status "
                            "Approved` (or Declined); --until 'In Review' stops watching there."
                        )
                    if change.error is not None:
                        errors.append(change.error)
                        if isinstance(change.error, DiditAuthenticationError):
                            break
        return statuses

    run(state, work)
    if errors:
        more = len(errors) - 1
        also = f" ({more} more session{'s' * (more > 1)} ended with an error)" if more else ""
        fail(state.scrub(one_line(errors[0])) + also, exit_code_for(errors[0]))


@sessions.command("wait")
@click.argument("session_id")
@click.option("--timeout", type=float, default=600.0, show_default=True)
@click.option("--until", multiple=True, help="Also stop at these statuses (e.g. 'In Review').")
@pass_state
@example("didit sessions wait 1111... --timeout 300 --until 'In Review'")
def sessions_wait(state: State, session_id: str, timeout: float, until: tuple[str, ...]) -> None:
    """Wait for a session's final decision (or a status in --until) and print it.

    --until adds to the final statuses: an approved session ends the wait either way.
    """
    stop = set(until) or None
    decision = run(
        state, lambda c: c.sessions.wait_for_decision(session_id, timeout=timeout, until=stop)
    )
    reason = stop_reason(str(decision.status), stop)
    state.out.message(
        f"stopped at {decision.status!s}: "
        + ("a final status" if reason == "final" else "one of --until")
    )
    state.out.emit(decision)


@sessions.command("batch-delete-job")
@click.argument("job_id")
@calls(lambda c: c.sessions.retrieve_batch_delete_job)
@example("didit sessions batch-delete-job 5555...")
def sessions_batch_delete_job() -> None:
    """Progress of a batch deletion."""


@sessions.command("aml-hit")
@click.argument("session_id")
@click.option("--hit-id", required=True)
@click.option(
    "--status",
    "review_status",
    required=True,
    type=click.Choice(["Unreviewed", "Confirmed Match", "False Positive", "Inconclusive"]),
)
@calls(lambda c: c.sessions.update_aml_hit_status)
@example("didit sessions aml-hit 1111... --hit-id hit_1 --status 'False Positive'")
def sessions_aml_hit() -> None:
    """Review one AML hit of a session."""


@sessions.command("feature-status")
@click.argument("session_id")
@click.argument("node_id")
@click.option("--status", "new_status", required=True, type=REVIEW_STATUSES)
@click.option("--comment")
@calls(lambda c: c.sessions.update_feature_status)
@example("didit sessions feature-status 1111... node_liveness --status Approved")
def sessions_feature_status() -> None:
    """Approve or decline one feature (workflow node) of a session."""


def _pairs(values: tuple[str, ...]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"expected FIELD=VALUE, got {item!r}", param_hint="--set")
        fields[key] = value
    return fields


@sessions.command("update-data")
@click.argument("session_id")
@click.option("--set", "values", multiple=True, required=True, help="FIELD=VALUE (repeat).")
@click.option("--poa", is_flag=True, help="Proof-of-address data instead of KYC data.")
@pass_state
@example("didit sessions update-data 1111... --set first_name=Ada --set last_name=Lovelace")
def sessions_update_data(state: State, session_id: str, values: tuple[str, ...], poa: bool) -> None:
    """Correct the extracted KYC (or --poa) data of a session."""
    fields = _pairs(values)

    async def work(c: AsyncDidit) -> Any:
        if poa:
            return await c.sessions.update_poa_data(session_id, extra_body=fields)
        return await c.sessions.update_data(session_id, extra_body=fields)

    state.out.emit(run(state, work))
