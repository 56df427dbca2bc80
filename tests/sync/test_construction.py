"""``Didit`` builds its ``AsyncDidit`` through the declared construction hook, not by writing
the async client's private attributes afterwards: a derived client keeps the thread-aware parts,
and the lost-write lookups reach every transport through its constructor."""

from __future__ import annotations

from didit_async import AsyncDidit, Didit
from didit_async._client import AsyncDidit as Base
from didit_async._lost_writes import RESOLVERS
from didit_async._sync_client import ThreadedAsyncDidit
from didit_async._sync_runtime import PerThreadLimiter, ThreadedShared


def test_didit_runs_an_async_client_configured_through_the_hook() -> None:
    assert ThreadedAsyncDidit._configure is not Base._configure
    client = Didit(api_key="k")
    try:
        inner = client.async_client
        assert isinstance(inner, AsyncDidit)
        assert isinstance(inner.transport.shared, ThreadedShared)
        assert isinstance(inner.transport.limiter, PerThreadLimiter)
        derived = client.with_options(timeout=3.0).async_client
        assert type(derived) is ThreadedAsyncDidit
        assert derived.transport.shared is inner.transport.shared
        assert derived.transport.limiter is inner.transport.limiter
    finally:
        client.close()


def test_every_transport_gets_the_lost_write_lookups_from_its_constructor() -> None:
    client = AsyncDidit("k")
    # Before any resource is used: the lookups do not depend on a resource registering them.
    assert "sessions" not in vars(client)
    assert dict(client.transport.resolvers) == dict(RESOLVERS)
    assert set(RESOLVERS) == {"sessions_create", "transactions_create"}
    assert dict(client.with_options(max_retries=1).transport.resolvers) == dict(RESOLVERS)
