"""The one place the SDK reaches into httpx's internals (``_http._bound_by_deadline``): what it
relies on still exists in the installed httpx, and the blocking pool really connects through the
deadline backend, which is what cuts off a server trickling its answer past the deadline."""

from __future__ import annotations

import httpx

from didit_async import _http


def test_httpx_still_builds_its_pool_with_the_attribute_we_replace() -> None:
    transport = httpx.HTTPTransport()
    try:
        # If an httpx upgrade renames either attribute, this fails before any Didit is built.
        assert hasattr(transport, "_pool"), "httpx.HTTPTransport no longer has _pool"
        assert hasattr(transport._pool, "_network_backend"), "pool has no _network_backend"
    finally:
        transport.close()


def test_didits_own_blocking_pool_connects_through_the_deadline_backend() -> None:
    transport = _http.build_sync_transport()
    try:
        backend = transport._pool._network_backend
        assert isinstance(backend, _http._deadline_backend_type())
        # It wraps the backend httpx chose, so connecting still goes through httpcore's own.
        assert type(backend._inner).__module__.startswith("httpcore")
    finally:
        transport.close()
