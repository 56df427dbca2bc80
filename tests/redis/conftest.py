"""A real redis-server for these tests: ``DIDIT_TEST_REDIS_URL`` (``.ci/run`` sets it) or one
started here on a loopback port. Nothing is mocked. redis-py's client runs on asyncio only, so
these tests run on asyncio; ``test_trio.py`` checks the error trio users get."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
from redis.asyncio import Redis

from bench.redis_server import ENV_URL, RedisServer


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    url = os.environ.get(ENV_URL)
    if url:
        yield url
        return
    if not RedisServer.available():
        pytest.skip(
            f"NO REDIS: set {ENV_URL} or install redis-server (.ci/run does both); the shared "
            "rate-limit store and deduplicator are UNTESTED in this run"
        )
    server = RedisServer()
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def own_server() -> Iterator[RedisServer]:
    """A server this test owns and may stop, pause or restart mid-run."""
    if not RedisServer.available():
        pytest.skip("NO redis-server on PATH: the down-Redis policy is UNTESTED in this run")
    server = RedisServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def prefix() -> str:
    """Each test its own key space, so tests sharing one server never see each other's keys."""
    return f"test:{uuid.uuid4().hex[:12]}:"


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_url)
    try:
        yield client
    finally:
        await client.aclose()
