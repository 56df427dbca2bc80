"""A client's own connection pool never outlives what owns it: no socket is left for the garbage
collector (which warns "unclosed socket" / "unclosed transport") when an ``AsyncDidit`` is
reused across several ``asyncio.run`` (or ``trio.run``) calls, or a ``Didit`` is dropped without
``close()``. Real sockets on loopback; the warnings are recorded, not just filtered.
"""

from __future__ import annotations

import asyncio
import gc
import warnings
from collections.abc import Iterator

import pytest

from didit_async import AsyncDidit, Didit
from didit_async.sandbox import Sandbox
from tests.loopback import serve_in_thread


@pytest.fixture(scope="module")
def origin() -> Iterator[tuple[str, str]]:
    sandbox = Sandbox()
    with serve_in_thread(sandbox.app) as (host, port):
        yield f"http://{host}:{port}", sandbox.api_key


def _resource_warnings(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]


def test_an_async_client_reused_across_asyncio_run_closes_each_loops_pool(
    origin: tuple[str, str],
) -> None:
    url, key = origin
    client = AsyncDidit(api_key=key, base_url=url)

    async def call() -> None:
        await client.workflows.list()

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            asyncio.run(call())  # each run ends its loop with the pool's sockets open
        gc.collect()
        assert _resource_warnings(caught) == []
        asyncio.run(client.aclose())
        gc.collect()
    assert _resource_warnings(caught) == []


def test_an_async_client_reused_across_trio_run_closes_each_loops_pool(
    origin: tuple[str, str],
) -> None:
    import trio

    url, key = origin
    client = AsyncDidit(api_key=key, base_url=url)

    async def call() -> None:
        await client.workflows.list()

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            trio.run(call)
        gc.collect()
    assert _resource_warnings(caught) == []


def test_a_client_closed_in_its_loop_stays_closed_and_the_guard_ends(
    origin: tuple[str, str],
) -> None:
    url, key = origin

    async def main() -> int:
        async with AsyncDidit(api_key=key, base_url=url) as client:
            await client.workflows.list()
        # Only this task is left: the pool's guard ended with aclose, it did not linger.
        return len(asyncio.all_tasks())

    assert asyncio.run(main()) == 1


def test_a_dropped_didit_closes_its_pool(origin: tuple[str, str]) -> None:
    url, key = origin
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client = Didit(api_key=key, base_url=url)
        client.workflows.list()
        derived = client.with_options(max_retries=1)
        del client
        gc.collect()
        derived.workflows.list()  # a copy still sharing the pool keeps it open
        del derived
        gc.collect()
    assert _resource_warnings(caught) == []


def test_a_pool_closed_by_cancelling_every_task_is_rebuilt_in_the_same_loop(
    origin: tuple[str, str],
) -> None:
    url, key = origin

    async def main() -> tuple[int, int]:
        client = AsyncDidit(api_key=key, base_url=url)
        before = await client.workflows.list()
        # A framework shutting down cancels every other task (the pool's guard among them)...
        me = asyncio.current_task()
        others = [t for t in asyncio.all_tasks() if t is not me]
        for t in others:
            t.cancel()
        await asyncio.gather(*others, return_exceptions=True)
        # ...and a call after that still works, on a new pool.
        after = await client.workflows.list()
        await client.aclose()
        return len(before.results), len(after.results)

    before, after = asyncio.run(main())
    assert before == after
