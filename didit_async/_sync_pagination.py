"""Blocking pagination: a plain iterator over the async paginator, one page per round trip.

::

    for session in client.sessions.list(status="Approved"):       # every item, lazily
        ...
    page = client.sessions.list(status="Approved").first_page()   # one page
    for page in client.sessions.list().pages(max_pages=3):         # page by page
        ...

The async :class:`~didit_async.Paginator` does the work (filters carried to every page, the
``next`` link checked, one page in memory); each page is fetched by one blocking call on the
calling thread's loop, and its items are handed out from that page without further calls.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Generic, TypeVar

from ._seam import AsyncPaginator, Page
from ._sync_seam import SyncRunner

__all__ = ["BlockingPaginator"]

T = TypeVar("T")


class BlockingPaginator(Generic[T]):
    """Iterate for every item; ``first_page()``, ``pages()`` and ``items()`` as on the async side.

    Iterating twice walks the list twice (each walk starts from the first page).
    """

    def __init__(self, runner: SyncRunner, paginator: AsyncPaginator[T]) -> None:
        self._runner = runner
        self._paginator = paginator

    def __repr__(self) -> str:
        return f"Blocking{self._paginator!r}"

    def first_page(self) -> Page[T]:
        """Fetch the first page."""
        paginator = self._paginator

        async def first() -> Page[T]:
            return await paginator

        return self._runner.call(first)

    def __iter__(self) -> Iterator[T]:
        return self.items()

    def pages(self, *, max_pages: int | None = None) -> Iterator[Page[T]]:
        """Every page in order, fetched lazily; at most ``max_pages`` when given."""
        return _pages(self._runner, self._paginator.pages(max_pages=max_pages))

    def items(self, *, max_items: int | None = None) -> Iterator[T]:
        """Every item in order, fetched page by page; at most ``max_items`` when given."""
        left = max_items
        if left is not None and left <= 0:
            return
        for page in self.pages():
            for item in page.results:
                yield item
                if left is not None:
                    left -= 1
                    if left <= 0:
                        return


def _pages(runner: SyncRunner, pages: AsyncIterator[Page[T]]) -> Iterator[Page[T]]:
    while True:
        try:
            page = runner.call(pages.__anext__)
        except StopAsyncIteration:
            return
        yield page
