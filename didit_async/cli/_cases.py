"""``didit cases``, ``didit reports`` and ``didit networks``: the compliance back office.

Same conventions as the other groups: one SDK call per command where possible, ``--json`` for
machine output, ``--all`` walks every page. These routes are scoped to one organization and
application: set ``DIDIT_ORGANIZATION_ID`` and ``DIDIT_APPLICATION_ID`` (``didit sandbox``
prints both for the local sandbox; ``didit account`` lists yours).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from didit_async import UNSET, AsyncDidit
from didit_async._generated.enums import (
    CasePriority,
    CaseResolution,
    CaseStatus,
    NetworkStatus,
    RegulatoryReportFileFormat,
    RegulatoryReportStatus,
    RegulatoryReportType,
)

from ._app import State, cli, example, pass_state, run
from ._shared import ALL_PAGES, calls


def _choice(enum: Any) -> click.Choice[str]:
    return click.Choice([member.value for member in enum])  # from the spec's enum


# --- cases ------------------------------------------------------------------------------------


@cli.group()
def cases() -> None:
    """Compliance cases: list, show, open, assign, note, resolve."""


@cases.command("list")
@click.option("--status", "status__in", type=_choice(CaseStatus), multiple=True)
@click.option("--priority", type=_choice(CasePriority))
@click.option("--assigned-to", help="The assignee's user UUID.")
@click.option("--unassigned", is_flag=True, default=None, help="Only cases nobody holds.")
@click.option("--overdue", is_flag=True, default=None, help="Only open cases past due.")
@click.option("--tag")
@click.option("--search", help="Matches the title and the case number.")
@ALL_PAGES
@calls(
    lambda c: c.cases.list,
    columns=["uuid", "case_number", "title", "status", "priority", "assigned_to"],
)
@example("didit cases list --status OPEN --status AWAITING_USER --overdue")
def cases_list() -> None:
    """List cases, newest first."""


@cases.command("get")
@click.argument("case_uuid")
@calls(lambda c: c.cases.retrieve)
@example("didit cases get 3fa8...")
def cases_get() -> None:
    """Show one case with its notes, links, events and checklist."""


@cases.command("create")
@click.argument("title")
@click.option("--priority", type=_choice(CasePriority))
@click.option("--blueprint", help="The blueprint's UUID.")
@click.option("--assign-to", "assigned_to", help="The assignee's user UUID.")
@click.option("--tag", "tags", multiple=True)
@calls(lambda c: c.cases.create)
@example("didit cases create 'Structuring alert' --priority HIGH --tag aml")
def cases_create() -> None:
    """Open a case by hand."""


@cases.command("assign")
@click.argument("case_uuid")
@click.argument("assignee_user_id")
@click.option("--email", "assignee_email")
@click.option("--name", "assignee_name")
@calls(lambda c: c.cases.assign)
@example("didit cases assign 3fa8... 0f8f... --name 'Ana Silva'")
def cases_assign() -> None:
    """Give a case to a member of the team."""


@cases.command("resolve")
@click.argument("case_uuid")
@click.argument("resolution", type=_choice(CaseResolution))
@click.option("--note", help="Why (some blueprints require one).")
@calls(lambda c: c.cases.resolve)
@example("didit cases resolve 3fa8... VALID_THREAT --note 'Confirmed structuring'")
def cases_resolve() -> None:
    """Resolve a case (or stage the resolution when the blueprint wants a second pair of eyes)."""


@cases.command("approve")
@click.argument("case_uuid")
@calls(lambda c: c.cases.approve_resolution)
@example("didit cases approve 3fa8...")
def cases_approve() -> None:
    """Approve a resolution waiting for a checker."""


@cases.command("note")
@click.argument("case_uuid")
@click.argument("comment")
@click.option("--internal", is_flag=True, help="Only the team sees it.")
@click.option(
    "--attach",
    "attachments",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A file to attach (repeat for several).",
)
@pass_state
@example("didit cases note 3fa8... 'Bank statement received' --attach statement.pdf")
def cases_note(
    state: State, case_uuid: str, comment: str, internal: bool, attachments: tuple[Path, ...]
) -> None:
    """Add a note to a case, uploading its attachments first."""

    async def work(c: AsyncDidit) -> Any:
        uploaded = []
        for path in attachments:
            stored = await c.cases.notes.upload_attachment(
                case_uuid, file=(path.name, path.read_bytes(), "application/octet-stream")
            )
            uploaded.append({"s3_key": stored.s3_key})
        return await c.cases.notes.create(
            case_uuid, comment=comment, is_internal=internal, attachments=uploaded or None
        )

    state.out.emit(run(state, work))


# --- reports ----------------------------------------------------------------------------------


@cli.group()
def reports() -> None:
    """Regulatory reports (SAR, STR, ...): list, file, validate, finalize, download."""


@reports.command("list")
@click.option("--status", type=_choice(RegulatoryReportStatus))
@click.option("--type", "report_type", type=_choice(RegulatoryReportType))
@click.option("--case", help="Reports of this case.")
@ALL_PAGES
@calls(
    lambda c: c.regulatory_reports.list,
    columns=["uuid", "case_number", "report_type", "status", "report_number"],
)
@example("didit reports list --status DRAFT")
def reports_list() -> None:
    """List regulatory reports."""


@reports.command("get")
@click.argument("report_uuid")
@calls(lambda c: c.regulatory_reports.retrieve)
@example("didit reports get 9b1d...")
def reports_get() -> None:
    """Show one report with its validation errors."""


@reports.command("file")
@click.argument("case_uuid")
@click.option("--template", help="A report template's UUID (gives the defaults).")
@click.option("--type", "report_type", type=_choice(RegulatoryReportType))
@click.option("--jurisdiction", help="ISO 3166 alpha-2, e.g. ES.")
@click.option("--reason")
@click.option("--action")
@pass_state
@example("didit reports file 3fa8... --template 5c2e... --reason Structuring --action Frozen")
def reports_file(
    state: State,
    case_uuid: str,
    template: str | None,
    report_type: str | None,
    jurisdiction: str | None,
    reason: str | None,
    action: str | None,
) -> None:
    """Start a report on a case, then finalize it if it validates (else show what is missing)."""

    async def work(c: AsyncDidit) -> Any:
        report = await c.cases.regulatory_reports.create(
            case_uuid,
            template=UNSET if template is None else template,
            report_type=None if report_type is None else RegulatoryReportType(report_type),
            jurisdiction=jurisdiction,
            reason=UNSET if reason is None else reason,
            action=UNSET if action is None else action,
        )
        check = await c.regulatory_reports.validate(report.uuid)
        if not check.is_valid:
            return check
        return await c.regulatory_reports.finalize(report.uuid)

    state.out.emit(run(state, work))


@reports.command("validate")
@click.argument("report_uuid")
@calls(lambda c: c.regulatory_reports.validate)
@example("didit reports validate 9b1d...")
def reports_validate() -> None:
    """Check a report: VALIDATED, or the fields still missing."""


@reports.command("finalize")
@click.argument("report_uuid")
@calls(lambda c: c.regulatory_reports.finalize)
@example("didit reports finalize 9b1d...")
def reports_finalize() -> None:
    """Freeze a report and produce its files."""


@reports.command("download-url")
@click.argument("report_uuid")
@click.option("--file", type=_choice(RegulatoryReportFileFormat))
@calls(lambda c: c.regulatory_reports.get_download_url)
@example("didit reports download-url 9b1d... --file xml")
def reports_download_url() -> None:
    """A short-lived URL of a finalized report's PDF or XML."""


# --- networks ---------------------------------------------------------------------------------


@cli.group()
def networks() -> None:
    """Networks of users and businesses tied by shared signals."""


@networks.command("list")
@click.option("--status", type=_choice(NetworkStatus))
@click.option("--min-size", type=int)
@ALL_PAGES
@calls(lambda c: c.networks.list, columns=["uuid", "network_id", "status", "signal_types"])
@example("didit networks list --min-size 3")
def networks_list() -> None:
    """List networks, largest first."""


@networks.command("get")
@click.argument("network_uuid")
@calls(lambda c: c.networks.retrieve)
@example("didit networks get 6c0a...")
def networks_get() -> None:
    """Show one network."""


@networks.command("members")
@click.argument("network_uuid")
@calls(lambda c: c.networks.list_members)
@example("didit networks members 6c0a...")
def networks_members() -> None:
    """The subjects of a network."""


@networks.command("for-session")
@click.argument("session_id")
@calls(lambda c: c.networks.list_for_session)
@example("didit networks for-session 3fa8...")
def networks_for_session() -> None:
    """The networks a session's subject belongs to."""
