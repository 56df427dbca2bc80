"""The public API used the way the README does. Type-checked by mypy --strict, never executed."""

from __future__ import annotations

import anyio

import didit_async
from didit_async import (
    AsyncDidit,
    DiditError,
    DiditRateLimitError,
    DiditValidationError,
    DiditWriteOutcomeUnknownError,
    RetryEvent,
    ScopeLimit,
    capture_response,
)
from didit_async.models import SessionStatus


def log_retry(event: RetryEvent) -> None:
    print(event.operation_id, event.attempt, event.delay, event.reason)


async def main() -> None:
    async with AsyncDidit(
        "sk_test",
        timeout=30.0,
        max_retries=5,
        on_retry=log_retry,
        rate_limits={"session-generate-pdf": ScopeLimit(25, 60.0)},
        default_headers={"X-App": "demo"},
    ) as client:
        patient: AsyncDidit = client.with_options(timeout=120.0)
        with capture_response() as cap:
            session = await client.sessions.create(workflow_id="wf", vendor_data="user-42")
        session_id: str = session.session_id
        decision = await client.sessions.retrieve_decision(session_id, timeout=10.0)
        print(decision)
        page = await client.sessions.list(vendor_data="user-42")
        total: int | None = page.count
        for item in page.results:
            print(item)
        async for listed in client.sessions.list(status="Approved"):
            print(listed)
        both = client.sessions.list(status=["Approved", SessionStatus.IN_REVIEW])
        print(await both, client.sessions.list(status=("Declined",)))
        # A misspelled status in a list is a type error (and a DiditValidationError at run time).
        print(client.sessions.list(status=["Aproved"]))  # type: ignore[list-item]
        async for review in client.sessions.reviews.list(session_id):
            print(review)
        pdf: bytes = await client.sessions.generate_pdf(session_id, extra_headers={"X-Trace": "t"})
        print(total, len(pdf))
        if cap.responses:
            status: int = cap.response.status_code
            request_id: str | None = cap.response.request_id
            print(status, request_id, patient)
        try:
            pass
        except DiditValidationError as exc:
            field: str = exc.field
            print(field)
        except DiditRateLimitError as exc:
            wait: float | None = exc.retry_after
            print(wait)
        except DiditWriteOutcomeUnknownError as exc:
            print(exc.method, exc.path)
        except DiditError as exc:
            code: int | None = exc.status
            print(code, exc.request_id)

    await current_api(AsyncDidit("sk_test"))
    other = AsyncDidit(rate_limiting=False)
    await other.aclose()
    print(didit_async.__version__)


async def current_api(client: AsyncDidit) -> None:
    """The resources taken from Didit's MCP server (businesses, transactions, lists, ...), as the
    examples use them."""
    business = await client.businesses.create(vendor_data="acme", country_code="GB")
    approved: int | None = business.approved_count
    tx = await client.transactions.create(
        transaction_id="tx-1",
        transaction_category="finance",
        transaction_details={"amount": "10"},
        subject={"vendor_data": "user-42"},
    )
    risk: float | None = tx.risk_score
    rows = [{"transaction_id": "tx-2"}]
    async with client.transactions.create_many(rows, concurrency=4) as results:
        async for r in results:
            stored: str | None = r.session.transaction_id if r.session else None
            print(stored, r.recovered)
    async for entry in client.lists.entries.list("list-uuid", search="x"):
        value: str | None = entry.value
        print(value)
    job = await client.sessions.imports.create(source_file_url="https://files.example/h.csv")
    wallet = await client.wallet_screening.screen(wallet_address="0x00", blockchain="ETH")
    print(approved, risk, job.uuid, wallet.sanctions_hit)


if __name__ == "__main__":
    anyio.run(main)
