"""``client.transactions``: the generated operations plus bulk submission.

Bulk submission reuses the session batch's machinery (:class:`~didit_async._bulk.BulkRun`:
streaming input, bounded concurrency, results in completion order tagged with their index,
progress counts) and changes only how a lost answer is resolved, because a transaction carries
its own key: ``transaction_id`` is required and unique per application, so a repeat never makes
a second transaction (the spec records our reading: Didit answers the stored one, or 409).

* The transport already retries a submit whose answer was lost (the spec marks it idempotent
  by ``transaction_id``).
* When the retries run out with the outcome unknown (connection lost, 5xx, timeout), the batch
  looks the transaction up by its id: found means this request made it (``recovered=True``);
  404 means it never arrived, and it is sent once more (safe for the same reason).
* A 409 (Didit refusing a repeated id) is resolved the same way: the stored transaction is
  looked up and returned as recovered.

Every request counts against ``ingest-write`` (600/min), which the client's limiter paces.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Callable, Iterable, Mapping
from typing import Any

from ._bulk import _RESOLVABLE, BulkProgress, BulkResult, BulkRun, lookup_failed
from ._constants import DEFAULT_BULK_CONCURRENCY
from ._errors import DiditConflictError, DiditError, DiditNotFoundError
from ._generated._codec import decoder
from ._generated.models import Transaction
from ._generated.resources.transactions import (
    TRANSACTIONS_RETRIEVE,
    TransactionsResource,
)
from ._seam import Transport

__all__ = ["TransactionBulkRun", "Transactions", "find_transaction"]

_RESOLVE_ATTEMPTS = 3


class TransactionBulkRun(BulkRun[Transaction]):
    """A running batch of transaction submissions (see :meth:`Transactions.create_many`).

    Each result's ``session`` attribute holds the ``Transaction`` (the field name is shared
    with session batches); ``recovered`` says it was found by ``transaction_id`` after a lost
    answer or a 409.
    """

    _lookup_key = "transaction_id"

    async def _one(
        self, index: int, request: Mapping[str, Any], since: float
    ) -> BulkResult[Transaction]:
        try:
            return await self._created(index, request)
        except (*_RESOLVABLE, DiditConflictError) as exc:
            return await self._resolve(index, request, exc, since)
        except DiditError as exc:
            return BulkResult(index, request, error=exc)

    async def _resolve(
        self, index: int, request: Mapping[str, Any], first_error: DiditError, since: float
    ) -> BulkResult[Transaction]:
        """Find out whether a submit whose answer was lost happened; never duplicate."""
        error: DiditError = first_error
        for _ in range(_RESOLVE_ATTEMPTS):
            try:
                found = await self._find_existing(request, since)
            except DiditError as exc:
                # The transaction may be stored: the lookup's failure is no answer about it.
                return BulkResult(index, request, error=lookup_failed(request, exc))
            if found is not None:
                return BulkResult(index, request, session=found, recovered=True)
            try:
                # Not stored: the submit never reached Didit, and a repeat of the same
                # transaction_id cannot make a second one, so sending again is safe.
                return await self._created(index, request)
            except (*_RESOLVABLE, DiditConflictError) as exc:
                error = exc
            except DiditError as exc:
                return BulkResult(index, request, error=exc)
        return BulkResult(index, request, error=error)


class Transactions(TransactionsResource):
    """Transaction monitoring: every documented operation, plus bulk submission.

    >>> async def main(client):  # doctest: +SKIP
    ...     tx = await client.transactions.create(
    ...         transaction_id="tx-1", transaction_category="finance",
    ...         transaction_details={"amount": "120.00", "currency": "EUR"},
    ...         subject={"vendor_data": "user-42"})
    ...     print(tx.status, tx.rule_hits)
    """

    def create_many(
        self,
        requests: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        concurrency: int = DEFAULT_BULK_CONCURRENCY,
        on_progress: Callable[[BulkProgress], None] | None = None,
        on_send: Callable[[int, Mapping[str, Any]], None] | None = None,
    ) -> TransactionBulkRun:
        """Submit many transactions under ``ingest-write``; one result per request.

        ``requests`` is any iterable or async iterable of keyword-argument mappings for
        :meth:`create`, read lazily. Results come in completion order with their input
        ``index``; ``result.session`` is the ``Transaction``. Nothing is ever submitted
        twice into two transactions: a lost answer or a 409 is resolved by looking the
        transaction up by ``transaction_id`` (``recovered=True``), and re-sent only when it is
        not stored. ``on_send(index, request)`` is called just before a row's first request
        leaves (as for sessions).

        >>> async def main(client):  # doctest: +SKIP
        ...     rows = ({"transaction_id": f"tx-{i}", "transaction_category": "finance",
        ...              "transaction_details": {"amount": i}, "subject": {"vendor_data": "u"}}
        ...             for i in range(1000))
        ...     async with client.transactions.create_many(rows) as results:
        ...         async for r in results:
        ...             print(r.index, r.session.status if r.ok else r.error)
        """
        return TransactionBulkRun(
            requests,
            create=self.create,
            find_existing=self._find_stored,
            concurrency=concurrency,
            on_progress=on_progress,
            on_send=on_send,
        )

    async def _find_raw(self, request: Mapping[str, Any], since: float) -> Any:
        return await find_transaction(self._transport, request, since)

    async def _find_stored(self, request: Mapping[str, Any], since: float) -> Transaction | None:
        """The transaction with this request's ``transaction_id``, or None if Didit has none
        (the id is unique per application, so when it was sent does not matter)."""
        raw = await self._find_raw(request, since)
        return None if raw is None else decoder("Transaction")(raw)


async def find_transaction(transport: Transport, request: Mapping[str, Any], since: float) -> Any:
    """The stored transaction's JSON for a submit whose answer was lost, or None: looked up by
    its ``transaction_id`` before the transport sends it again. Found, that answer is the
    result; not found, resending the same id cannot make a second transaction."""
    try:
        return await transport.request(
            TRANSACTIONS_RETRIEVE,
            path_params={"transaction_id": str(request["transaction_id"])},
        )
    except DiditNotFoundError:
        return None
