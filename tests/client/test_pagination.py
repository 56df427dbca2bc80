"""Auto-pagination: filters carried, loops refused, walks capped, pages lazy and rate limited."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import anyio
import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st

from didit_async import DiditPaginationError, FakeClock, Page, ScopeLimit, capture_response
from didit_async._generated.operations import OPERATIONS
from didit_async._http import Response

pytestmark = pytest.mark.anyio

URL = "https://verification.didit.me/v3/sessions/"


def paged(total: int, *, per_page: int = 2, drop_filters: bool = True) -> Any:
    """A fake Didit list whose `next` links (like a sloppy server) drop the filters."""

    def handler(request: Any) -> Response:
        query = parse_qs(urlsplit(str(request.url)).query)
        offset = int(query.get("offset", ["0"])[0])
        items = [{"n": i} for i in range(offset, min(offset + per_page, total))]
        nxt = (
            f"{URL}?limit={per_page}&offset={offset + per_page}"
            if offset + per_page < total
            else None
        )
        if nxt and not drop_filters:
            nxt += "&status=Approved"
        return Response(200, json={"count": total, "next": nxt, "previous": None, "results": items})

    return handler


async def test_await_gives_one_page(client: Any, router: Any, ops: Any) -> None:
    router.get(URL).mock(side_effect=paged(5))
    page = await client.transport.paginate(ops.SESSIONS_LIST, decode_item=lambda x: x["n"])
    assert isinstance(page, Page)
    assert page.count == 5
    assert page.results == [0, 1]
    assert page.next is not None


async def test_async_for_walks_every_item_and_carries_every_filter(
    client: Any, router: Any, ops: Any
) -> None:
    route = router.get(URL).mock(side_effect=paged(5))
    paginator = client.transport.paginate(
        ops.SESSIONS_LIST,
        decode_item=lambda x: x["n"],
        query={"status": "Approved", "vendor_data": "u-1", "country": None},
    )
    items = [item async for item in paginator]
    assert items == [0, 1, 2, 3, 4]
    assert route.call_count == 3
    for call in route.calls:
        query = parse_qs(urlsplit(str(call.request.url)).query)
        assert query["status"] == ["Approved"]
        assert query["vendor_data"] == ["u-1"]
        assert "country" not in query


async def test_pages_and_max_items_and_max_pages(client: Any, router: Any, ops: Any) -> None:
    route = router.get(URL).mock(side_effect=paged(100))
    paginator = client.transport.paginate(ops.SESSIONS_LIST, decode_item=lambda x: x["n"])
    pages = [p async for p in paginator.pages(max_pages=3)]
    assert [p.results for p in pages] == [[0, 1], [2, 3], [4, 5]]
    before = route.call_count
    items = [i async for i in paginator.items(max_items=5)]
    assert items == [0, 1, 2, 3, 4]
    assert route.call_count - before == 3  # never fetched a page it did not need


async def test_a_next_link_that_does_not_advance_raises_instead_of_looping(
    client: Any, router: Any, ops: Any
) -> None:
    stuck = {"count": 10, "next": f"{URL}?offset=0", "previous": None, "results": [{"n": 1}]}
    route = router.get(URL).mock(return_value=Response(200, json=stuck))
    with pytest.raises(DiditPaginationError):
        _ = [i async for i in client.transport.paginate(ops.SESSIONS_LIST, decode_item=dict)]
    assert route.call_count == 1


async def test_a_next_link_that_goes_back_raises(client: Any, router: Any, ops: Any) -> None:
    def handler(request: Any) -> Response:
        offset = parse_qs(urlsplit(str(request.url)).query).get("offset", ["0"])[0]
        nxt = f"{URL}?offset={'2' if offset == '0' else '0'}"
        return Response(200, json={"count": 9, "next": nxt, "results": [{"n": offset}]})

    router.get(URL).mock(side_effect=handler)
    with pytest.raises(DiditPaginationError):
        _ = [i async for i in client.transport.paginate(ops.SESSIONS_LIST, decode_item=dict)]


async def test_next_never_redirects_the_key_to_another_host(
    client: Any, router: Any, ops: Any
) -> None:
    evil = {"count": 4, "next": "https://evil.example/steal?offset=2", "results": [{"n": 0}]}
    route = router.get(URL).mock(
        side_effect=[Response(200, json=evil), Response(200, json={"count": 4, "results": []})]
    )
    _ = [i async for i in client.transport.paginate(ops.SESSIONS_LIST, decode_item=dict)]
    assert all(call.request.url.host == "verification.didit.me" for call in route.calls)
    assert parse_qs(urlsplit(str(route.calls[1].request.url)).query)["offset"] == ["2"]


async def test_items_are_yielded_before_the_next_page_is_fetched(
    client: Any, router: Any, ops: Any
) -> None:
    route = router.get(URL).mock(side_effect=paged(1000, per_page=10))
    seen = 0
    async for _ in client.transport.paginate(ops.SESSIONS_LIST, decode_item=dict):
        seen += 1
        # Lazy and flat: never more than one page ahead of the consumer.
        assert route.call_count == (seen - 1) // 10 + 1
    assert seen == 1000


async def test_every_page_fetch_goes_through_the_rate_limiter(
    client_factory: Any, router: Any, ops: Any, clock: FakeClock
) -> None:
    router.get(URL).mock(side_effect=paged(10))
    async with client_factory(rate_limits={"generic-get": ScopeLimit(2, 60.0)}) as client:
        with capture_response() as cap:
            items = [
                i async for i in client.transport.paginate(ops.SESSIONS_LIST, decode_item=dict)
            ]
    assert len(items) == 10
    assert len(cap.responses) == 5  # one per page
    assert clock.now() >= 2 * 60.0  # 5 pages at 2 per minute


async def test_a_plain_array_is_one_page(client: Any, router: Any, ops: Any) -> None:
    router.get(URL).mock(return_value=Response(200, json=[{"n": 1}, {"n": 2}]))
    page = await client.transport.paginate(ops.SESSIONS_LIST, decode_item=lambda x: x["n"])
    assert page.results == [1, 2]
    assert page.next is None


async def test_empty_path_parameter_is_rejected_when_the_list_is_made(
    client: Any, ops: Any
) -> None:
    from didit_async import DiditValidationError

    op = OPERATIONS["sessions_reviews_list"]
    with pytest.raises(DiditValidationError):
        client.transport.paginate(op, decode_item=dict, path_params={"session_id": ""})


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@given(
    total=st.integers(min_value=0, max_value=40),
    per_page=st.integers(min_value=1, max_value=7),
    filters=st.dictionaries(
        st.sampled_from(["status", "vendor_data", "country", "workflow_id"]),
        st.text(alphabet="abcXYZ019-", min_size=1, max_size=8),
    ),
    cap=st.none() | st.integers(min_value=0, max_value=50),
)
@settings(max_examples=40, deadline=None)
def test_walk_invariants(
    backend: str, total: int, per_page: int, filters: dict[str, str], cap: int | None
) -> None:
    """Any list size, page size, filters and cap: every item once, in order, filters on every
    page, and never a page beyond what the cap needs."""
    from didit_async import AsyncDidit

    op = OPERATIONS["sessions_list"]

    async def walk() -> tuple[list[int], Any]:
        with respx.mock(assert_all_called=False) as router:
            route = router.get(URL).mock(side_effect=paged(total, per_page=per_page))
            async with AsyncDidit("k", clock=FakeClock()) as client:
                paginator = client.transport.paginate(
                    op, decode_item=lambda x: x["n"], query=filters
                )
                items = [i async for i in paginator.items(max_items=cap)]
            return items, route

    items, route = anyio.run(walk, backend=backend)
    expected = list(range(total))[: cap if cap is not None else None]
    assert items == expected
    needed = max(1, -(-len(expected) // per_page)) if cap != 0 else 0
    assert route.call_count <= max(needed, 1)
    for call in route.calls:
        query = parse_qs(urlsplit(str(call.request.url)).query)
        for key, value in filters.items():
            assert query[key] == [value]
