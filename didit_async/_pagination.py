"""Lazy pagination over Didit's ``{count, next, previous, results}`` lists.

A list method returns a :class:`Paginator`::

    page = await client.sessions.list(status="Approved")           # one page
    async for session in client.sessions.list(status="Approved"):  # every item, lazily
        ...
    async for page in client.sessions.list().pages(max_pages=3):   # page by page
        ...
    async for s in client.sessions.list().items(max_items=100):    # a capped walk
        ...

Rules: every filter the caller passed is carried to every page from the caller's own
arguments; only the positioning parameters (``offset``, ``limit``, ...) are read from Didit's
``next`` URL, and the request always goes to the operation's own host and path, so a ``next``
pointing elsewhere can never receive the API key. A ``next`` that does not advance raises
:class:`~didit_async.DiditPaginationError` instead of looping. One page is held at a time, so
memory stays flat however many items pass through. Each page fetch is an ordinary request: rate
limited, retried and captured like any other call.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Mapping
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

import attrs

from ._constants import PAGINATION_PARAMS
from ._errors import DiditPaginationError, DiditResponseDecodeError
from ._seam import Page

__all__ = ["Paginator"]

T = TypeVar("T")

FetchPage = Callable[[dict[str, Any]], Awaitable[Any]]


def _wrong_shape(what: str) -> DiditResponseDecodeError:
    return DiditResponseDecodeError(f"Didit answered a list call with {what}.")


def _items(raw: list[Any], decode_item: Callable[[Any], T]) -> list[T]:
    if not all(isinstance(x, Mapping) for x in raw):
        raise _wrong_shape("a page whose `results` hold something other than objects")
    return [decode_item(x) for x in raw]


def _to_page(body: Any, decode_item: Callable[[Any], T]) -> Page[T]:
    if isinstance(body, list):
        # A plain array (tolerated): one page holding everything.
        return Page(count=len(body), next=None, previous=None, results=_items(body, decode_item))
    if not isinstance(body, Mapping):
        raise _wrong_shape(f"JSON {type(body).__name__} instead of a page object")
    raw = body.get("results")
    if not isinstance(raw, list):
        # `{"detail": ...}` with a 200, or `results: null`: not an empty page, a wrong answer.
        raise _wrong_shape("an object without a `results` list")
    count = body.get("count")
    nxt = _link(body.get("next"))
    prev = _link(body.get("previous"))
    extra = {k: v for k, v in body.items() if k not in {"count", "next", "previous", "results"}}
    return Page(
        count=count if isinstance(count, int) else None,
        next=nxt,
        previous=prev,
        results=_items(raw, decode_item),
        extra=extra,
    )


def _link(value: Any) -> str | None:
    """A page link: Didit's URL, or (networks) the bare offset as an integer, kept as the
    relative ``?offset=N`` it stands for so both walk the same way."""
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return f"?offset={value}"
    return None


def _positioning(query: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    position = {k: str(v) for k, v in query.items() if k in PAGINATION_PARAMS}
    # No offset means the first page: `?offset=0` must not look like progress.
    position.setdefault("offset", "0")
    return tuple(sorted(position.items()))


class Paginator(Generic[T]):
    """``await`` for the first page, ``async for`` for every item, ``.pages()`` for pages."""

    def __init__(
        self,
        fetch: FetchPage,
        decode_item: Callable[[Any], T],
        query: Mapping[str, Any] | None = None,
        *,
        max_items: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._decode = decode_item
        self._query = {k: v for k, v in (query or {}).items() if v is not None}
        self._max_items = max_items

    def __repr__(self) -> str:
        return f"Paginator(filters={sorted(self._query)!r}, max_items={self._max_items!r})"

    async def first_page(self) -> Page[T]:
        """Fetch the first page (what ``await paginator`` does)."""
        return await self._page_at(dict(self._query))

    async def _page_at(self, query: dict[str, Any]) -> Page[T]:
        page = _to_page(await self._fetch(dict(query)), self._decode)

        async def fetch_next() -> Page[T]:
            following = self.next_query(query, page)
            if following is None:
                raise RuntimeError("this is the last page; check has_next_page() first")
            return await self._page_at(following)

        return attrs.evolve(page, fetch_next=fetch_next)

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()

    def __aiter__(self) -> AsyncIterator[T]:
        return _ItemIterator(_PageIterator(self, None), self._max_items)

    def pages(self, *, max_pages: int | None = None) -> AsyncIterator[Page[T]]:
        """Every page in order, fetched lazily; at most ``max_pages`` when given."""
        return _PageIterator(self, max_pages)

    def items(self, *, max_items: int | None = None) -> AsyncIterator[T]:
        """Every item in order, fetched lazily; at most ``max_items`` when given."""
        cap = max_items if max_items is not None else self._max_items
        return _ItemIterator(_PageIterator(self, None), cap)

    def next_query(self, current: Mapping[str, Any], page: Page[Any]) -> dict[str, Any] | None:
        """The query for the page after ``page`` (fetched with ``current``), or None at the end."""
        if page.next is None or not page.results:
            return None
        from_next = {
            k: v for k, v in parse_qsl(urlsplit(page.next).query) if k in PAGINATION_PARAMS
        }
        query = {k: v for k, v in self._query.items() if k not in PAGINATION_PARAMS}
        query.update({k: v for k, v in current.items() if k in PAGINATION_PARAMS})
        query.update(from_next)
        if not from_next or _positioning(query) == _positioning(current):
            raise DiditPaginationError(
                f"Didit's next link does not advance (stuck at {dict(_positioning(current))!r}); "
                "stopping instead of fetching the same page forever."
            )
        return query


# Iterators are classes rather than async generators: breaking out of an `async for` over an
# async generator leaves it to be finalised by the garbage collector, which trio reports.
class _PageIterator(AsyncIterator[Page[T]]):
    def __init__(self, paginator: Paginator[T], max_pages: int | None) -> None:
        self._p = paginator
        self._query: dict[str, Any] | None = dict(paginator._query)
        self._left = max_pages
        self._seen: set[tuple[tuple[str, str], ...]] = set()

    async def __anext__(self) -> Page[T]:
        if self._query is None or (self._left is not None and self._left <= 0):
            raise StopAsyncIteration
        query = self._query
        position = _positioning(query)
        if position in self._seen:
            raise DiditPaginationError(
                "Didit's next link went back to a page already seen; stopping instead of looping."
            )
        self._seen.add(position)
        page = await self._p._page_at(query)
        if self._left is not None:
            self._left -= 1
        self._query = self._p.next_query(query, page)
        return page


class _ItemIterator(AsyncIterator[T]):
    def __init__(self, pages: _PageIterator[T], max_items: int | None) -> None:
        self._pages = pages
        self._buffer: list[T] = []
        self._index = 0
        self._left = max_items

    async def __anext__(self) -> T:
        if self._left is not None and self._left <= 0:
            raise StopAsyncIteration
        while self._index >= len(self._buffer):
            page = await self._pages.__anext__()  # StopAsyncIteration ends the walk
            self._buffer, self._index = page.results, 0
        item = self._buffer[self._index]
        self._index += 1
        if self._left is not None:
            self._left -= 1
        return item
