"""The blocking client used the way the README does. Type-checked by mypy --strict, never run."""

from __future__ import annotations

from didit_async import (
    Didit,
    DiditError,
    DiditValidationError,
    Page,
    RetryEvent,
    ScopeLimit,
    StatusChange,
    SyncPaginator,
    capture_response,
)
from didit_async.models import (
    BillingBalance,
    CreateSessionResponse,
    SessionDecision,
    SessionListItem,
    SessionReview,
    SessionStatus,
    Workflow,
)
from didit_async.sandbox import Sandbox


def log_retry(event: RetryEvent) -> None:
    print(event.operation_id, event.attempt)


def main() -> None:
    with Didit(
        "sk_test",
        timeout=30.0,
        on_retry=log_retry,
        rate_limits={"session-generate-pdf": ScopeLimit(25, 60.0)},
    ) as client:
        patient: Didit = client.with_options(timeout=120.0)
        workflow: Workflow = client.workflows.create(workflow_label="KYC", workflow_type="kyc")
        with capture_response() as cap:
            session: CreateSessionResponse = client.sessions.create(
                workflow_id=workflow.uuid, vendor_data="user-42"
            )
        print(cap.response.status_code)
        decision: SessionDecision = client.sessions.retrieve_decision(session.session_id)
        final: SessionDecision = patient.sessions.wait_for_decision(session.session_id)
        listing: SyncPaginator[SessionListItem] = client.sessions.list(status="Approved")
        print(list(client.sessions.list(status=[SessionStatus.APPROVED, "In Review"])))
        for item in listing:
            item_id: str = item.session_id
            print(item_id)
        first: Page[SessionListItem] = listing.first_page()
        for page in listing.pages(max_pages=2):
            print(len(page.results), first.count)
        reviews: list[SessionReview] = list(client.sessions.reviews.list(session.session_id))
        pdf: bytes = client.sessions.generate_pdf(session.session_id)
        balance: BillingBalance = client.billing.get_balance()
        client.sessions.delete(session.session_id)
        rows = ({"workflow_id": workflow.uuid, "vendor_data": f"u{i}"} for i in range(3))
        with client.sessions.create_many(rows, concurrency=4) as results:
            for result in results:
                created: CreateSessionResponse | None = result.session
                print(result.index, created, results.progress.done)
        for change in client.sessions.watch([session.session_id], give_up_after=1.5):
            seen: StatusChange[SessionDecision] = change
            failed: DiditError | None = seen.error
            print(seen.status, failed)
        print(decision, final, reviews, len(pdf), balance)
        try:
            client.sessions.update_status(session.session_id, new_status="Approved")
        except DiditValidationError as exc:
            print(exc.field)
        except DiditError as exc:
            print(exc.status, exc.request_id)


def with_sandbox() -> None:
    sandbox = Sandbox()
    with sandbox.sync_client() as client:
        print(client.system.healthcheck().status)
