"""Every ``didit`` subcommand; each is a thin shell over one SDK call."""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from didit_async._client import AsyncDidit
from didit_async._errors import DiditAuthenticationError, DiditError

from . import _config
from ._app import (
    EXIT_ERROR,
    State,
    cli,
    example,
    one_line,
    pass_state,
    run,
)

SESSION_COLS = [
    "session_id",
    "session_number",
    "status",
    "vendor_data",
    "workflow_id",
    "created_at",
]


def _kw(**kwargs: Any) -> dict[str, Any]:
    """Only the options the user gave (the SDK omits ``None`` fields on the wire)."""
    return {k: v for k, v in kwargs.items() if v is not None}


def _read_password(stdin: bool, *, confirm: bool) -> str:
    # Passwords never come from argv (shell history, `ps`): a hidden prompt, or stdin on request.
    # Prompts go to stderr so `--json` output on stdout stays parseable.
    if stdin:
        return sys.stdin.readline().rstrip("\n")
    value: str = click.prompt("Password", hide_input=True, confirmation_prompt=confirm, err=True)
    return value


# --- config -----------------------------------------------------------------------------------


@cli.group()
def config() -> None:
    """The config file: path, show, set the API key."""


@config.command("path")
@example("didit config path")
def config_path_cmd() -> None:
    """Print the config file's path."""
    click.echo(str(_config.config_path()))


@config.command("show")
@click.option("--reveal", is_flag=True, help="Show the stored API key in full.")
@pass_state
@example("didit config show --reveal")
def config_show(state: State, reveal: bool) -> None:
    """Show the profile's settings (secrets masked unless --reveal)."""
    keep = frozenset({"api_key"}) if reveal else frozenset()
    state.out.emit({"profile": state.profile, **state.settings()}, keep=keep)


@config.command("set-key")
@click.option("--stdin", "from_stdin", is_flag=True, help="Read the key from stdin.")
@pass_state
@example("didit config set-key")
def config_set_key(state: State, from_stdin: bool) -> None:
    """Store an API key in the config file (prompted, hidden)."""
    key = (
        sys.stdin.readline().strip()
        if from_stdin
        else click.prompt("API key", hide_input=True, err=True)
    )
    path = _config.save(state.profile, {"api_key": key})
    state.out.message(f"Saved the API key ({_config.mask(key)}) to {path}")


@config.command("set")
@click.argument("name", type=click.Choice(["base_url", "webhook_secret"]))
@click.argument("value")
@pass_state
@example("didit config set base_url http://127.0.0.1:8765")
def config_set(state: State, name: str, value: str) -> None:
    """Store a non-key setting (base_url, webhook_secret)."""
    path = _config.save(state.profile, {name: value})
    state.out.message(f"Saved {name} to {path}")


# --- account ----------------------------------------------------------------------------------


@cli.group()
def account() -> None:
    """Register, verify, log in, organizations and application credentials."""


@account.command("register")
@click.argument("email")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
@pass_state
@example("didit account register you@example.com")
def account_register(state: State, email: str, password_stdin: bool) -> None:
    """Create an account; Didit emails a 6-character code (then `didit account verify`)."""
    password = _read_password(password_stdin, confirm=True)
    result = run(
        state, lambda c: c.account.register(email=email, password=password), hide=(password,)
    )
    state.out.emit(result)


@account.command("verify")
@click.argument("email")
@click.argument("code")
@click.option(
    "--save/--no-save",
    default=None,
    help="Save the API key and access token to the config file; --no-save writes nothing.",
)
@pass_state
@example("didit account verify you@example.com A3K9F2 --save")
def account_verify(state: State, email: str, code: str, save: bool | None) -> None:
    """Verify the emailed code: prints the API key and the organization and application ids.

    Without --save or --no-save it asks (with --json it stores the access token only).
    """
    result = run(state, lambda c: c.account.verify_email(email=email, code=code))
    org, app = result.organization, result.application
    shown = {
        "api_key": app.api_key if app else None,
        "organization_id": org.uuid if org else None,
        "application_id": app.uuid if app else None,
        "access_token": result.access_token,
    }
    # The key is what the user asked for here; the access token stays masked.
    state.out.emit(shown, keep=frozenset({"api_key"}))
    if save is None and not state.as_json and shown["api_key"]:
        save = click.confirm(
            "Save the API key and access token to the config file?", default=True, err=True
        )
    if save is False:  # asked not to: nothing goes to disk, not even the access token
        state.out.message("Not saved (run `didit account login` for a token later).")
        return
    updates = {"access_token": result.access_token}
    if save and shown["api_key"]:
        updates["api_key"] = str(shown["api_key"])
    path = _config.save(state.profile, updates)
    if save:
        state.out.message(f"Saved to {path}")


@account.command("login")
@click.argument("email")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin.")
@pass_state
@example("didit account login you@example.com")
def account_login(state: State, email: str, password_stdin: bool) -> None:
    """Log in; the access token is stored (owner-only) for `organizations` and `credentials`."""
    password = _read_password(password_stdin, confirm=False)

    async def login(client: AsyncDidit) -> Any:
        try:
            return await client.account.login(email=email, password=password)
        except DiditAuthenticationError as exc:
            # The SDK's 401 hint is about API keys and tokens; login sends neither.
            raise DiditAuthenticationError(
                f"Didit refused the login ({exc.status}): the email or password is wrong, the "
                "account is not verified yet (`didit account verify`), or it is locked for a "
                "while after repeated failures.",
                status=exc.status,
                method=exc.method,
                path=exc.path,
                body=exc.body,
                request_id=exc.request_id,
            ) from None

    result = run(state, login, hide=(password,))
    _config.save(state.profile, {"access_token": result.access_token})
    state.out.emit(result)


@account.command("organizations")
@pass_state
@example("didit account organizations")
def account_organizations(state: State) -> None:
    """List your organizations (uses the token from `login`)."""
    state.out.emit(
        run(state, lambda c: c.account.list_organizations(), bearer=True),
        columns=["uuid", "name", "contact_email"],
    )


@account.command("credentials")
@click.argument("org_id")
@click.argument("app_id")
@pass_state
@example("didit account credentials ORG_UUID APP_UUID")
def account_credentials(state: State, org_id: str, app_id: str) -> None:
    """An application's credentials, including its API key (shown: you asked for it)."""
    result = run(state, lambda c: c.account.get_credentials(org_id, app_id), bearer=True)
    state.out.emit(result, keep=frozenset({"api_key"}))


# --- workflows --------------------------------------------------------------------------------

WORKFLOW_TYPES = [
    "kyc",
    "adaptive_age_verification",
    "biometric_authentication",
    "address_verification",
    "questionnaire_verification",
    "email_verification",
    "phone_verification",
]


def workflow_options(f: Any) -> Any:
    """The workflow settings shared by `create`, `update` and `kyc setup`."""
    opts = [
        click.option("--type", "workflow_type", type=click.Choice(WORKFLOW_TYPES)),
        click.option("--liveness/--no-liveness", default=None, help="Liveness check."),
        click.option("--face-match/--no-face-match", default=None, help="Face match."),
        click.option("--aml/--no-aml", "--enable-aml", default=None, help="AML screening."),
        click.option("--aml-threshold", type=click.IntRange(0, 100)),
        click.option("--face-match-threshold", type=click.IntRange(0, 100)),
        click.option("--ocr/--no-ocr", default=None),
        click.option("--phone/--no-phone", default=None, help="Phone verification."),
        click.option("--email/--no-email", default=None, help="Email verification."),
        click.option("--nfc/--no-nfc", default=None),
        click.option("--ip-analysis/--no-ip-analysis", default=None),
        click.option("--database-validation/--no-database-validation", default=None),
        click.option("--default/--no-default", "is_default", default=None),
        click.option("--max-retry-attempts", type=int),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def _workflow_kwargs(o: dict[str, Any]) -> dict[str, Any]:
    return _kw(
        workflow_type=o.get("workflow_type"),
        is_liveness_enabled=o.get("liveness"),
        is_face_match_enabled=o.get("face_match"),
        is_aml_enabled=o.get("aml"),
        aml_decline_threshold=o.get("aml_threshold"),
        face_match_score_decline_threshold=o.get("face_match_threshold"),
        is_ocr_enabled=o.get("ocr"),
        is_phone_verification_enabled=o.get("phone"),
        is_email_verification_enabled=o.get("email"),
        is_nfc_enabled=o.get("nfc"),
        is_ip_analysis_enabled=o.get("ip_analysis"),
        is_database_validation_enabled=o.get("database_validation"),
        is_default=o.get("is_default"),
        max_retry_attempts=o.get("max_retry_attempts"),
    )


WORKFLOW_COLS = ["uuid", "workflow_label", "workflow_type", "is_default"]


@cli.group()
def workflows() -> None:
    """Verification workflows: list, get, create, update, delete."""


@workflows.command("list")
@pass_state
@example("didit workflows list")
def workflows_list(state: State) -> None:
    """List workflows."""
    state.out.emit(run(state, lambda c: c.workflows.list()), columns=WORKFLOW_COLS)


@workflows.command("get")
@click.argument("uuid")
@pass_state
@example("didit workflows get 1b2c...")
def workflows_get(state: State, uuid: str) -> None:
    """Show one workflow."""
    state.out.emit(run(state, lambda c: c.workflows.retrieve(uuid)))


@workflows.command("create")
@click.option("--label", required=True, help="The workflow's name.")
@workflow_options
@pass_state
@example('didit workflows create --label "My KYC" --type kyc --liveness --face-match --aml')
def workflows_create(state: State, /, label: str, **opts: Any) -> None:
    """Create a workflow."""
    kwargs = _workflow_kwargs(opts)
    state.out.emit(run(state, lambda c: c.workflows.create(workflow_label=label, **kwargs)))


@workflows.command("update")
@click.argument("uuid")
@click.option("--label")
@workflow_options
@pass_state
@example("didit workflows update 1b2c... --aml --aml-threshold 75")
def workflows_update(state: State, /, uuid: str, label: str | None, **opts: Any) -> None:
    """Change a workflow's settings (only the options given)."""
    kwargs = _workflow_kwargs(opts)
    if label:
        kwargs["workflow_label"] = label
    state.out.emit(run(state, lambda c: c.workflows.update(uuid, **kwargs)))


@workflows.command("delete")
@click.argument("uuid")
@pass_state
@example("didit workflows delete 1b2c...")
def workflows_delete(state: State, uuid: str) -> None:
    """Delete a workflow."""
    run(state, lambda c: c.workflows.delete(uuid))
    state.out.emit({"deleted": uuid})


# --- sessions ---------------------------------------------------------------------------------


@cli.group()
def sessions() -> None:
    """Verification sessions: create, decision, list, bulk-create, watch and more."""


def _session_create_kwargs(
    workflow_id: str,
    vendor_data: str | None,
    callback: str | None,
    language: str | None,
    metadata: str | None,
    scenario: str | None,
) -> dict[str, Any]:
    return _kw(
        workflow_id=workflow_id,
        vendor_data=vendor_data,
        callback=callback,
        language=language,
        metadata=json.loads(metadata) if metadata else None,
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
    kwargs = _session_create_kwargs(**opts)
    result = run(state, lambda c: c.sessions.create(**kwargs))
    state.out.emit(result)


@sessions.command("decision")
@click.argument("session_id")
@pass_state
@example("didit sessions decision 11111111-2222-...")
def sessions_decision(state: State, session_id: str) -> None:
    """A session's decision (status and every feature's result)."""
    state.out.emit(run(state, lambda c: c.sessions.retrieve_decision(session_id)))


@sessions.command("list")
@click.option("--kind", "session_kind", type=click.Choice(["user", "business", "all"]))
@click.option("--vendor-data")
@click.option("--status")
@click.option("--workflow-id")
@click.option("--country")
@click.option("--date-from")
@click.option("--date-to")
@click.option("--search")
@click.option("--limit", type=int)
@click.option("--offset", type=int)
@click.option("--all", "walk_all", is_flag=True, help="Walk every page.")
@pass_state
@example("didit sessions list --status Approved --all")
def sessions_list(state: State, /, walk_all: bool, **filters: Any) -> None:
    """List sessions (one page, or every page with --all)."""
    kwargs = _kw(**filters)

    async def work(c: AsyncDidit) -> Any:
        paginator = c.sessions.list(**kwargs)
        if walk_all:
            return [item async for item in paginator]
        return await paginator

    state.out.emit(run(state, work), columns=SESSION_COLS)


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
@click.option("--status", required=True, type=click.Choice(["Approved", "Declined", "Resubmitted"]))
@click.option("--comment")
@pass_state
@example("didit sessions update-status 1111... --status Declined --comment 'document expired'")
def sessions_update_status(state: State, session_id: str, status: Any, comment: str | None) -> None:
    """Approve, decline or ask for resubmission."""
    state.out.emit(
        run(
            state,
            lambda c: c.sessions.update_status(
                session_id, new_status=status, **_kw(comment=comment)
            ),
        )
    )


@sessions.command("pdf")
@click.argument("session_id")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), required=True)
@pass_state
@example("didit sessions pdf 1111... -o report.pdf")
def sessions_pdf(state: State, session_id: str, output: str) -> None:
    """Download the session's PDF report."""
    data = run(state, lambda c: c.sessions.generate_pdf(session_id))
    Path(output).write_bytes(data)
    state.out.emit({"session_id": session_id, "file": output, "bytes": len(data)})


@sessions.command("share")
@click.argument("session_id")
@click.option("--for-application-id", required=True)
@click.option("--ttl", "ttl_in_seconds", type=int)
@pass_state
@example("didit sessions share 1111... --for-application-id 2222...")
def sessions_share(
    state: State, session_id: str, for_application_id: str, ttl_in_seconds: int | None
) -> None:
    """Share a finished session with another application (prints the share token)."""
    kwargs = _kw(for_application_id=for_application_id, ttl_in_seconds=ttl_in_seconds)
    state.out.emit(run(state, lambda c: c.sessions.share(session_id, **kwargs)))


@sessions.command("import")
@click.option("--share-token", required=True)
@click.option("--workflow-id", required=True)
@click.option("--vendor-data")
@click.option("--trust-review/--no-trust-review", default=None)
@pass_state
@example("didit sessions import --share-token TOKEN --workflow-id 1b2c...")
def sessions_import(state: State, /, **opts: Any) -> None:
    """Import a session another application shared."""
    kwargs = _kw(**opts)
    state.out.emit(run(state, lambda c: c.sessions.import_shared(**kwargs)))


@sessions.command("events")
@click.argument("session_id")
@click.option("--all", "walk_all", is_flag=True, help="Walk every page.")
@pass_state
@example("didit sessions events 1111... --all")
def sessions_events(state: State, session_id: str, walk_all: bool) -> None:
    """A session's event log."""

    async def work(c: AsyncDidit) -> Any:
        p = c.sessions.list_events(session_id)
        return [e async for e in p] if walk_all else await p

    state.out.emit(run(state, work))


@sessions.group("reviews")
def reviews() -> None:
    """Manual reviews of a session."""


@reviews.command("list")
@click.argument("session_id")
@pass_state
@example("didit sessions reviews list 1111...")
def reviews_list(state: State, session_id: str) -> None:
    """List a session's reviews."""

    async def work(c: AsyncDidit) -> Any:
        return [r async for r in c.sessions.reviews.list(session_id)]

    state.out.emit(run(state, work))


@reviews.command("create")
@click.argument("session_id")
@click.option("--status", required=True, type=click.Choice(["Approved", "Declined", "In Review"]))
@click.option("--comment")
@pass_state
@example("didit sessions reviews create 1111... --status Approved --comment ok")
def reviews_create(state: State, session_id: str, status: Any, comment: str | None) -> None:
    """Record a review decision."""
    state.out.emit(
        run(
            state,
            lambda c: c.sessions.reviews.create(
                session_id, new_status=status, **_kw(comment=comment)
            ),
        )
    )


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

    Writes a results CSV with the session id and URL, or the error, of every row. Exits 1 when
    any row failed.
    """
    src = Path(source)
    _check_csv_header(src, workflow_id)
    dest = Path(output) if output else src.with_name(src.stem + ".results.csv")
    with src.open(encoding="utf-8") as fh:
        total = max(sum(1 for _ in fh) - 1, 0)  # a cheap line count for the progress bar
    counts = {"ok": 0, "failed": 0}

    async def work(c: AsyncDidit) -> None:
        from rich.progress import Progress

        progress = Progress(console=state.out.err, disable=state.as_json, transient=True)
        task = progress.add_task("creating sessions", total=total)
        with dest.open("w", newline="", encoding="utf-8") as fh, progress:
            writer = csv.writer(fh)
            writer.writerow(RESULT_COLUMNS)
            rows = _csv_rows(src, workflow_id)
            async with c.sessions.create_many(rows, concurrency=concurrency) as results:
                async for r in results:
                    vendor = r.request.get("vendor_data", "")
                    if r.ok and r.session is not None:
                        counts["ok"] += 1
                        line = [r.index + 1, vendor, r.session.session_id, r.session.url or "", ""]
                    else:
                        counts["failed"] += 1
                        line = [r.index + 1, vendor, "", "", one_line(r.error or DiditError("?"))]
                    writer.writerow(line)
                    if state.as_json:
                        state.out.line(dict(zip(RESULT_COLUMNS, line, strict=True)))
                    progress.update(task, advance=1)

    run(state, work)
    summary = f"{counts['ok']} created, {counts['failed']} failed; results in {dest}"
    state.out.message(summary)
    if counts["failed"]:
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
    """Show the sessions' statuses live until every one is final (JSON lines with --json)."""
    statuses: dict[str, str] = dict.fromkeys(session_ids, "…")

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
                                "error": one_line(change.error) if change.error else None,
                            }
                        )
                    if live is not None:
                        live.update(render(), refresh=True)
        return statuses

    run(state, work)


@sessions.command("wait")
@click.argument("session_id")
@click.option("--timeout", type=float, default=600.0, show_default=True)
@click.option("--until", multiple=True, help="Also stop at these statuses (e.g. 'In Review').")
@pass_state
@example("didit sessions wait 1111... --timeout 300 --until 'In Review'")
def sessions_wait(state: State, session_id: str, timeout: float, until: tuple[str, ...]) -> None:
    """Wait for a session's final decision (or a status in --until) and print it."""
    stop = set(until) or None
    state.out.emit(
        run(state, lambda c: c.sessions.wait_for_decision(session_id, timeout=timeout, until=stop))
    )


# --- kyc (run_kyc.py) -------------------------------------------------------------------------


@cli.group()
def kyc() -> None:
    """KYC end to end, as run_kyc.py: setup, session, decision, full."""


@kyc.command("setup")
@click.option("--label", default="KYC", show_default=True)
@workflow_options
@pass_state
@example('didit kyc setup --label "My KYC" --liveness --face-match')
def kyc_setup(state: State, /, label: str, **opts: Any) -> None:
    """Create a KYC workflow."""
    kwargs = {"workflow_type": "kyc", **_workflow_kwargs(opts)}
    state.out.emit(run(state, lambda c: c.workflows.create(workflow_label=label, **kwargs)))


@kyc.command("session")
@session_create_options
@pass_state
@example("didit kyc session --workflow-id 1b2c... --vendor-data user-123")
def kyc_session(state: State, /, **opts: Any) -> None:
    """Create a KYC session and print its URL."""
    kwargs = _session_create_kwargs(**opts)
    state.out.emit(run(state, lambda c: c.sessions.create(**kwargs)))


@kyc.command("decision")
@click.argument("session_id")
@pass_state
@example("didit kyc decision 1111...")
def kyc_decision(state: State, session_id: str) -> None:
    """Show the decision of a KYC session."""
    state.out.emit(run(state, lambda c: c.sessions.retrieve_decision(session_id)))


@kyc.command("full")
@click.option("--vendor-data", required=True)
@click.option("--callback")
@click.option("--label", default="KYC", show_default=True)
@click.option("--workflow-id", help="Reuse a workflow instead of creating one.")
@click.option("--wait/--no-wait", default=False, help="Wait for the final decision.")
@click.option("--timeout", type=float, default=600.0, show_default=True)
@click.option("--sandbox-scenario", "scenario", help="Sandbox only: the outcome.")
@pass_state
@example("didit kyc full --vendor-data user-123 --callback https://myapp.com/done")
def kyc_full(
    state: State,
    vendor_data: str,
    callback: str | None,
    label: str,
    workflow_id: str | None,
    wait: bool,
    timeout: float,
    scenario: str | None,
) -> None:
    """Workflow (liveness + face match), session, URL, and with --wait the decision."""

    async def work(c: AsyncDidit) -> dict[str, Any]:
        wid = workflow_id
        if wid is None:
            wf = await c.workflows.create(
                workflow_label=label,
                workflow_type="kyc",
                is_liveness_enabled=True,
                is_face_match_enabled=True,
            )
            wid = wf.uuid
        session = await c.sessions.create(
            **_kw(
                workflow_id=wid,
                vendor_data=vendor_data,
                callback=callback,
                sandbox_scenario=scenario,
            )
        )
        result: dict[str, Any] = {
            "workflow_id": wid,
            "session_id": session.session_id,
            "url": session.url,
        }
        if wait:
            decision = await c.sessions.wait_for_decision(session.session_id, timeout=timeout)
            result["status"] = str(decision.status)
        return result

    state.out.emit(run(state, work))


# --- users, billing, blocklist, questionnaires ------------------------------------------------

USER_STATUSES = click.Choice(["ACTIVE", "FLAGGED", "BLOCKED"])


@cli.group()
def users() -> None:
    """Your verified users (by vendor_data)."""


@users.command("list")
@click.option("--status", type=USER_STATUSES)
@click.option("--search")
@click.option("--all", "walk_all", is_flag=True)
@pass_state
@example("didit users list --status FLAGGED --all")
def users_list(state: State, status: Any, search: str | None, walk_all: bool) -> None:
    """List users."""
    kwargs = _kw(status=status, search=search)

    async def work(c: AsyncDidit) -> Any:
        p = c.users.list(**kwargs)
        return [u async for u in p] if walk_all else await p

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
    kwargs = _kw(vendor_data=vendor_data, display_name=display_name)
    state.out.emit(run(state, lambda c: c.users.create(**kwargs)))


@users.command("update-status")
@click.argument("vendor_data")
@click.option("--status", required=True, type=USER_STATUSES)
@click.option("--reason")
@pass_state
@example("didit users update-status user-123 --status BLOCKED --reason fraud")
def users_update_status(state: State, vendor_data: str, status: Any, reason: str | None) -> None:
    """Flag, block or reactivate a user."""
    state.out.emit(
        run(
            state, lambda c: c.users.update_status(vendor_data, status=status, **_kw(reason=reason))
        )
    )


@users.command("delete")
@click.argument("vendor_data", nargs=-1, required=True)
@pass_state
@example("didit users delete user-123 user-124")
def users_delete(state: State, vendor_data: tuple[str, ...]) -> None:
    """Delete users."""
    state.out.emit(run(state, lambda c: c.users.batch_delete(vendor_data_list=list(vendor_data))))


@cli.group()
def billing() -> None:
    """Credit balance and top-ups."""


@billing.command("balance")
@pass_state
@example("didit billing balance")
def billing_balance(state: State) -> None:
    """Show the credit balance."""
    state.out.emit(run(state, lambda c: c.billing.get_balance()))


@billing.command("top-up")
@click.argument("amount", type=click.FloatRange(min=0, min_open=True))
@pass_state
@example("didit billing top-up 50")
def billing_top_up(state: State, amount: float) -> None:
    """Start a top-up of AMOUNT dollars; prints the checkout URL."""
    state.out.emit(run(state, lambda c: c.billing.top_up(amount_in_dollars=amount)))


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
        p = c.blocklist.list(**_kw(item_type=item_type))
        return [e async for e in p] if walk_all else await p

    state.out.emit(run(state, work))


@cli.group()
def questionnaires() -> None:
    """Questionnaires for questionnaire workflows."""


@questionnaires.command("list")
@pass_state
@example("didit questionnaires list")
def questionnaires_list(state: State) -> None:
    """List questionnaires."""
    state.out.emit(run(state, lambda c: c.questionnaires.list()))


@questionnaires.command("get")
@click.argument("uuid")
@pass_state
@example("didit questionnaires get 3333...")
def questionnaires_get(state: State, uuid: str) -> None:
    """Show one questionnaire."""
    state.out.emit(run(state, lambda c: c.questionnaires.retrieve(uuid)))


@questionnaires.command("create")
@click.option("--title", required=True)
@click.option("--elements", type=click.File("r"), required=True, help="JSON file: form_elements.")
@click.option("--description")
@pass_state
@example("didit questionnaires create --title Onboarding --elements form.json")
def questionnaires_create(state: State, title: str, elements: Any, description: str | None) -> None:
    """Create a questionnaire from a JSON list of form elements."""
    try:
        form = json.load(elements)
    except ValueError as exc:
        raise click.BadParameter(f"not JSON: {exc}", param_hint="--elements") from None
    state.out.emit(
        run(
            state,
            lambda c: c.questionnaires.create(
                title=title, form_elements=form, **_kw(description=description)
            ),
        )
    )


@questionnaires.command("delete")
@click.argument("uuid")
@pass_state
@example("didit questionnaires delete 3333...")
def questionnaires_delete(state: State, uuid: str) -> None:
    """Delete a questionnaire."""
    run(state, lambda c: c.questionnaires.delete(uuid))
    state.out.emit({"deleted": uuid})


# --- the rest of the SDK surface --------------------------------------------------------------


@cli.command("health")
@pass_state
@example("didit health")
def health(state: State) -> None:
    """Check that Didit (or the sandbox at --base-url) answers."""
    state.out.emit(run(state, lambda c: c.system.healthcheck()))


@account.command("resend-otp")
@click.argument("email")
@pass_state
@example("didit account resend-otp you@example.com")
def account_resend_otp(state: State, email: str) -> None:
    """Email a new verification code."""
    state.out.emit(run(state, lambda c: c.account.resend_otp(email=email)))


@account.command("create-application")
@click.argument("org_id")
@click.option("--name", required=True)
@click.option("--website-url")
@pass_state
@example("didit account create-application ORG_UUID --name 'Staging'")
def account_create_application(
    state: State, org_id: str, name: str, website_url: str | None
) -> None:
    """Create an application in an organization (prints its API key: you asked for it)."""
    kwargs = _kw(name=name, website_url=website_url)
    result = run(state, lambda c: c.account.create_application(org_id, **kwargs), bearer=True)
    state.out.emit(result, keep=frozenset({"api_key"}))


@sessions.command("batch-delete-job")
@click.argument("job_id")
@pass_state
@example("didit sessions batch-delete-job 5555...")
def sessions_batch_delete_job(state: State, job_id: str) -> None:
    """Progress of a batch deletion."""
    state.out.emit(run(state, lambda c: c.sessions.retrieve_batch_delete_job(job_id)))


@sessions.command("aml-hit")
@click.argument("session_id")
@click.option("--hit-id", required=True)
@click.option(
    "--status",
    required=True,
    type=click.Choice(["Unreviewed", "Confirmed Match", "False Positive", "Inconclusive"]),
)
@pass_state
@example("didit sessions aml-hit 1111... --hit-id hit_1 --status 'False Positive'")
def sessions_aml_hit(state: State, session_id: str, hit_id: str, status: Any) -> None:
    """Review one AML hit of a session."""
    state.out.emit(
        run(
            state,
            lambda c: c.sessions.update_aml_hit_status(
                session_id, hit_id=hit_id, review_status=status
            ),
        )
    )


@sessions.command("feature-status")
@click.argument("session_id")
@click.argument("node_id")
@click.option("--status", required=True, type=click.Choice(["Approved", "Declined", "In Review"]))
@click.option("--comment")
@pass_state
@example("didit sessions feature-status 1111... node_liveness --status Approved")
def sessions_feature_status(
    state: State, session_id: str, node_id: str, status: Any, comment: str | None
) -> None:
    """Approve or decline one feature (workflow node) of a session."""
    state.out.emit(
        run(
            state,
            lambda c: c.sessions.update_feature_status(
                session_id, node_id, new_status=status, **_kw(comment=comment)
            ),
        )
    )


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
    kwargs = _kw(display_name=display_name, metadata=json.loads(metadata) if metadata else None)
    state.out.emit(run(state, lambda c: c.users.update(vendor_data, **kwargs)))


@questionnaires.command("update")
@click.argument("uuid")
@click.option("--title")
@click.option("--description")
@click.option("--elements", type=click.File("r"), help="JSON file: form_elements.")
@pass_state
@example("didit questionnaires update 3333... --title 'Onboarding v2'")
def questionnaires_update(
    state: State, uuid: str, title: str | None, description: str | None, elements: Any
) -> None:
    """Change a questionnaire."""
    kwargs: dict[str, Any] = _kw(title=title, description=description)
    if elements is not None:
        kwargs["form_elements"] = json.load(elements)
    state.out.emit(run(state, lambda c: c.questionnaires.update(uuid, **kwargs)))
