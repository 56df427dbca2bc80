"""Every documented case and report transition, allowed and refused, through both clients.

Each test runs twice: through the blocking ``Didit``, and through ``AsyncDidit`` driven by an
event loop of the test's own (``Driven``), so both clients see the same sandbox answers.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from didit_async import (
    DiditBadRequestError,
    DiditConflictError,
    DiditNotFoundError,
    DiditPermissionError,
)
from didit_async.sandbox import Sandbox, SandboxConfig
from tests.sync._case_management import POOL, REPORT_FIELDS

A, B = POOL


class Driven:
    """``AsyncDidit`` (or one of its resources) called like the blocking client: each call
    runs to completion on the test's own event loop."""

    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._target, self._loop = target, loop

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if not callable(attr):
            return Driven(attr, self._loop)

        def call(*args: Any, **kwargs: Any) -> Any:
            result = attr(*args, **kwargs)
            if inspect.isawaitable(result):

                async def wait() -> Any:
                    return await result

                return self._loop.run_until_complete(wait())
            return result

        return call


@pytest.fixture(params=["Didit", "AsyncDidit"])
def client(request: pytest.FixtureRequest) -> Iterator[Any]:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    if request.param == "Didit":
        with sandbox.sync_client() as sync:
            yield sync
        return
    loop = asyncio.new_event_loop()
    async_client = sandbox.client()
    try:
        yield Driven(async_client, loop)
    finally:
        loop.run_until_complete(async_client.aclose())
        loop.close()


def _detail(err: pytest.ExceptionInfo[Any]) -> str:
    return str(err.value.body["detail"])


def _team(client: Any, **rules: Any) -> Any:
    checker = client.cases.blueprints.create(name="Checkers", assignee_pool=[B])
    rules.setdefault("four_eyes_checker_blueprint", checker.uuid)
    return client.cases.blueprints.create(name="Team", assignee_pool=[A, B], **rules)


def test_assignment_follows_the_blueprint_and_stops_at_resolution(client: Any) -> None:
    team = _team(client, four_eyes_checker_blueprint=None, max_active_cases=1)
    case = client.cases.create(title="Alert", blueprint=team.uuid)
    assert client.cases.assign(case.uuid, assignee_user_id=A).assigned_to.uuid == A
    with pytest.raises(DiditBadRequestError) as outsider:
        client.cases.assign(case.uuid, assignee_user_id="9" * 8 + "-0000-4000-8000-" + "0" * 12)
    assert "assignee pool" in _detail(outsider)
    second = client.cases.create(title="Second", blueprint=team.uuid)
    with pytest.raises(DiditBadRequestError) as full:
        client.cases.assign(second.uuid, assignee_user_id=A)
    assert "maximum" in _detail(full)
    assert client.cases.assign(case.uuid, assignee_user_id=None).assigned_to is None
    client.cases.resolve(case.uuid, resolution="FALSE_POSITIVE")
    with pytest.raises(DiditBadRequestError) as resolved:
        client.cases.assign(case.uuid, assignee_user_id=B)
    assert "resolved" in _detail(resolved)
    events = [e.event_type for e in client.cases.retrieve(case.uuid).events]
    assert events == ["CREATED", "ASSIGNED", "UNASSIGNED", "RESOLVED"]


def test_automatic_assignment_gives_a_new_case_to_the_least_busy_member(client: Any) -> None:
    team = _team(client, four_eyes_checker_blueprint=None, assignment_method="AUTOMATIC")
    first = client.cases.create(title="One", blueprint=team.uuid)
    second = client.cases.create(title="Two", blueprint=team.uuid)
    assert [first.assigned_to.uuid, second.assigned_to.uuid] == [A, B]


def test_waiting_for_the_user_resolving_and_reopening(client: Any) -> None:
    case = client.cases.create(title="Alert")
    assert client.cases.request_info(case.uuid).status == "AWAITING_USER"
    with pytest.raises(DiditBadRequestError) as twice:
        client.cases.request_info(case.uuid)
    assert "AWAITING_USER" in _detail(twice)
    with pytest.raises(DiditBadRequestError):
        client.cases.reopen(case.uuid)  # not resolved
    done = client.cases.resolve(case.uuid, resolution="VALID_THREAT", note="Confirmed")
    assert (done.status, done.resolution, done.resolution_notes) == (
        "RESOLVED",
        "VALID_THREAT",
        "Confirmed",
    )
    with pytest.raises(DiditBadRequestError) as again:
        client.cases.resolve(case.uuid, resolution="FALSE_POSITIVE")
    assert "already resolved" in _detail(again)
    with pytest.raises(DiditBadRequestError):
        client.cases.request_info(case.uuid)
    reopened = client.cases.reopen(case.uuid)
    assert (reopened.status, reopened.resolution) == ("OPEN", None)


def test_a_blueprint_that_requires_a_note_refuses_a_bare_resolution(client: Any) -> None:
    team = _team(client, four_eyes_checker_blueprint=None, require_resolution_note=True)
    case = client.cases.create(title="Alert", blueprint=team.uuid)
    with pytest.raises(DiditBadRequestError) as bare:
        client.cases.resolve(case.uuid, resolution="FALSE_POSITIVE")
    assert "note" in _detail(bare)
    assert client.cases.resolve(case.uuid, resolution="FALSE_POSITIVE", note="ok").status == (
        "RESOLVED"
    )


def test_four_eyes_resolution_waits_for_someone_other_than_its_maker(client: Any) -> None:
    team = _team(client)
    case = client.cases.create(title="Alert", blueprint=team.uuid)
    with pytest.raises(DiditConflictError):
        client.cases.approve_resolution(case.uuid)  # nothing staged yet
    with pytest.raises(DiditConflictError):
        client.cases.reject_resolution(case.uuid)
    staged = client.cases.resolve(case.uuid, resolution="VALID_THREAT")
    assert staged.status == "OPEN" and staged.pending_resolution.resolution == "VALID_THREAT"
    with pytest.raises(DiditBadRequestError) as pending:
        client.cases.resolve(case.uuid, resolution="FALSE_POSITIVE")
    assert "waiting for approval" in _detail(pending)
    # Nobody was assigned, so the caller made it and may not approve or reject it.
    with pytest.raises(DiditPermissionError):
        client.cases.approve_resolution(case.uuid)
    with pytest.raises(DiditPermissionError):
        client.cases.reject_resolution(case.uuid, notes="no")
    # Assigned to an officer, the officer is the maker and the key may check it.
    other = client.cases.create(title="Other", blueprint=team.uuid)
    client.cases.assign(other.uuid, assignee_user_id=A)
    client.cases.resolve(other.uuid, resolution="FALSE_POSITIVE")
    rejected = client.cases.reject_resolution(other.uuid, notes="Check the IBAN")
    assert rejected.pending_resolution is None and rejected.status == "OPEN"
    client.cases.resolve(other.uuid, resolution="FALSE_POSITIVE")
    approved = client.cases.approve_resolution(other.uuid)
    assert (approved.status, approved.resolution) == ("RESOLVED", "FALSE_POSITIVE")
    trail = [e.event_type for e in approved.events]
    assert trail[-4:] == [
        "APPROVAL_REJECTED",
        "SUBMITTED_FOR_APPROVAL",
        "APPROVAL_GRANTED",
        "RESOLVED",
    ]


def test_escalation_and_transfer_move_the_case_when_the_blueprint_allows(client: Any) -> None:
    senior = client.cases.blueprints.create(name="Senior", assignee_pool=[B])
    strict = client.cases.blueprints.create(name="Strict", assignee_pool=[A])
    team = _team(
        client,
        four_eyes_checker_blueprint=None,
        escalation_enabled=True,
        escalation_blueprint=senior.uuid,
        transfer_enabled=True,
    )
    locked = client.cases.create(title="Locked", blueprint=strict.uuid)
    with pytest.raises(DiditBadRequestError) as no_escalation:
        client.cases.escalate(locked.uuid)
    assert "escalation" in _detail(no_escalation)
    with pytest.raises(DiditBadRequestError) as no_transfer:
        client.cases.transfer(locked.uuid, target_blueprint=team.uuid)
    assert "transfers" in _detail(no_transfer)
    case = client.cases.create(title="Alert", blueprint=team.uuid, assigned_to=A)
    with pytest.raises(DiditBadRequestError):
        client.cases.transfer(case.uuid, target_blueprint=team.uuid)  # where it already is
    moved = client.cases.transfer(case.uuid, target_blueprint=strict.uuid)
    assert moved.blueprint.uuid == strict.uuid and moved.assigned_to is None
    other = client.cases.create(title="Other", blueprint=team.uuid)
    escalated = client.cases.escalate(other.uuid)
    assert escalated.blueprint.uuid == senior.uuid
    client.cases.resolve(other.uuid, resolution="FALSE_POSITIVE")
    with pytest.raises(DiditBadRequestError):
        client.cases.escalate(other.uuid)


def test_bulk_changes_report_each_case_they_could_not_change(client: Any) -> None:
    open_case = client.cases.create(title="Open")
    closed = client.cases.create(title="Closed")
    client.cases.resolve(closed.uuid, resolution="FALSE_POSITIVE")
    result = client.cases.bulk_update_status(
        case_uuids=[open_case.uuid, closed.uuid], status="AWAITING_USER"
    )
    assert result.updated == 1
    assert [(f.case_uuid, "reopened" in (f.detail or "")) for f in result.failures] == [
        (closed.uuid, True)
    ]
    with pytest.raises(DiditBadRequestError):
        client.cases.bulk_update_status(case_uuids=[open_case.uuid], status="RESOLVED")
    done = client.cases.bulk_update_status(
        case_uuids=[open_case.uuid], status="RESOLVED", resolution="VALID_THREAT"
    )
    assert done.updated == 1 and client.cases.retrieve(open_case.uuid).status == "RESOLVED"
    assigned = client.cases.bulk_assign(case_uuids=[open_case.uuid], assignee_user_id=A)
    assert assigned.updated == 0 and assigned.failures[0].case_uuid == open_case.uuid


def test_a_report_validates_finalizes_once_and_is_frozen_afterwards(client: Any) -> None:
    case = client.cases.create(title="Alert")
    with pytest.raises(DiditBadRequestError) as untyped:
        client.cases.regulatory_reports.create(case.uuid)
    assert "report_type" in _detail(untyped)
    template = client.report_templates.create(name="CTR", jurisdiction="ES", report_type="CTR")
    report = client.cases.regulatory_reports.create(case.uuid, template=template.uuid)
    with pytest.raises(DiditConflictError) as early:
        client.regulatory_reports.get_download_url(report.uuid)
    assert early.value.body["status"] == "DRAFT"
    check = client.regulatory_reports.validate(report.uuid)
    assert (check.status, check.is_valid) == ("DRAFT", False)
    assert {e.field for e in check.errors} >= {"rentity_id", "narrative.why", "transactions"}
    with pytest.raises(DiditBadRequestError) as incomplete:
        client.regulatory_reports.finalize(report.uuid)
    assert {e["field"] for e in incomplete.value.body["errors"]} >= {"transactions"}
    tx = client.transactions.create(
        transaction_id="ctr-1",
        transaction_category="finance",
        transaction_details={"amount": "12000"},
        subject={"vendor_data": "u-1"},
    )
    client.regulatory_reports.delete(report.uuid)  # a draft may go
    report = client.regulatory_reports.create(
        case=case.uuid, template=template.uuid, transactions=[tx.uuid]
    )
    client.regulatory_reports.update(report.uuid, **REPORT_FIELDS)
    assert client.regulatory_reports.validate(report.uuid).status == "VALIDATED"
    # Any change sends a validated report back to draft.
    assert client.regulatory_reports.update(report.uuid, reason="Cash").status == "DRAFT"
    filed = client.regulatory_reports.finalize(report.uuid)
    assert filed.status == "FINALIZED" and filed.report_number.startswith("ES-CTR-")
    for refused in (
        lambda: client.regulatory_reports.finalize(report.uuid),
        lambda: client.regulatory_reports.update(report.uuid, reason="x"),
        lambda: client.regulatory_reports.delete(report.uuid),
    ):
        with pytest.raises(DiditConflictError):
            refused()
    pdf = client.regulatory_reports.get_download_url(report.uuid)
    assert pdf.file == "pdf" and "/sandbox/files/" in str(pdf.download_url)
    trail = [e.event_type for e in client.cases.retrieve(case.uuid).events]
    assert trail[-2:] == ["REPORT_CREATED", "REPORT_FINALIZED"]


def test_objects_of_another_application_or_path_are_not_found(client: Any) -> None:
    case = client.cases.create(title="Alert")
    with pytest.raises(DiditNotFoundError):
        client.cases.notes.delete(case.uuid, case.uuid)
    with pytest.raises(DiditBadRequestError) as bad_link:
        client.cases.links.create(case.uuid, entity_type="session", entity_uuid=case.uuid)
    assert "No session" in _detail(bad_link)
    with pytest.raises(DiditNotFoundError):
        client.cases.retrieve(case.uuid, organization_id=case.uuid)
