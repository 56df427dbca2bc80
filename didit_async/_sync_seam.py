"""The seam between the generated sync resources and the hand-written sync client.

``didit_async/_generated/sync_resources.py`` imports from here (and from ``_seam``) only. Each
generated sync method forwards its arguments, unchanged, to the async method of the same name
through a :class:`SyncRunner`, which the client layer implements in ``_sync_runtime.py``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import ParamSpec, Protocol, TypeVar

from ._seam import AsyncPaginator, Page

__all__ = ["SyncPaginator", "SyncRunner"]

T = TypeVar("T")
P = ParamSpec("P")


class SyncPaginator(Protocol[T]):
    """What a sync list method returns: iterate it for every item, or ask for pages.

    ``for s in client.sessions.list(status="Approved")`` walks every item lazily (one page in
    memory at a time) with the filters kept; ``.first_page()`` is one page, ``.pages()`` every
    page, ``.items(max_items=...)`` a capped walk.
    """

    def first_page(self) -> Page[T]:
        """The first page (what ``await`` gives on the async client)."""
        ...

    def __iter__(self) -> Iterator[T]: ...

    def pages(self, *, max_pages: int | None = None) -> Iterator[Page[T]]:
        """Every page, lazily (at most ``max_pages``)."""
        ...

    def items(self, *, max_items: int | None = None) -> Iterator[T]:
        """Every item, lazily (at most ``max_items``)."""
        ...


class SyncRunner(Protocol):
    """Runs the async client's coroutines to completion for a blocking caller."""

    def call(self, fn: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """``fn(*args, **kwargs)`` run to completion; its result, or its exception raised."""
        ...

    def paginate(self, paginator: AsyncPaginator[T]) -> SyncPaginator[T]:
        """A blocking view of an async paginator."""
        ...
