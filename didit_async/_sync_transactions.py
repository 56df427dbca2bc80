"""``Didit.transactions``: the generated blocking operations plus bulk submission, as an iterator.

``create_many`` runs :meth:`AsyncDidit.transactions.create_many <didit_async._transactions.
Transactions.create_many>` on the calling thread's loop, exactly as ``Didit.sessions.create_many``
runs the session batch: same guarantees (one transaction per ``transaction_id``, lost answers
resolved by lookup), results from a plain iterator.

::

    for r in client.transactions.create_many(rows):
        print(r.index, r.session.status if r.ok else r.error)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ._bulk import BulkProgress
from ._constants import DEFAULT_BULK_CONCURRENCY
from ._generated.models import Transaction
from ._generated.resources.transactions import SyncTransactionsResource
from ._sync_runtime import LoopRunner
from ._sync_streams import SyncBulkRun
from ._transactions import Transactions

__all__ = ["SyncTransactions"]


class SyncTransactions(SyncTransactionsResource):
    """Transaction monitoring, blocking: every documented operation, plus bulk submission.

    ::

        tx = client.transactions.create(transaction_id="tx-1", transaction_category="finance",
                                        transaction_details={"amount": "5"},
                                        subject={"vendor_data": "user-42"})
    """

    _async: Transactions

    def __init__(self, runner: LoopRunner, resource: Transactions) -> None:
        super().__init__(runner, resource)
        self._loops = runner

    def create_many(
        self,
        requests: Iterable[Mapping[str, Any]],
        *,
        concurrency: int = DEFAULT_BULK_CONCURRENCY,
        on_progress: Callable[[BulkProgress], None] | None = None,
        on_send: Callable[[int, Mapping[str, Any]], None] | None = None,
    ) -> SyncBulkRun[Transaction]:
        """Submit many transactions under ``ingest-write``; iterate for one result per request.

        See ``AsyncDidit.transactions.create_many``: never two transactions for one
        ``transaction_id``; ``result.session`` holds the :class:`Transaction`. Leaving the loop
        early stops the batch; ``reconcile()`` then reports the rows that were in flight, looked
        up by ``transaction_id``.

        ::

            for r in client.transactions.create_many(rows, concurrency=8):
                print(r.index, r.ok)
        """
        run = self._async.create_many(
            requests, concurrency=concurrency, on_progress=on_progress, on_send=on_send
        )
        return SyncBulkRun(self._loops, run)
