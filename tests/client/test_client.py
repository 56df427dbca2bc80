"""AsyncDidit: configuration, lifecycle, derived clients, concurrency, resource wiring."""

from __future__ import annotations

import importlib
from typing import Any

import anyio
import pytest

from didit_async import AsyncDidit, DiditConnectionError, DiditError, DiditValidationError
from didit_async._http import AsyncClient, Response

pytestmark = pytest.mark.anyio

DEST = "9f2c3a1e-8d4b-4c5a-9e6f-1a2b3c4d5e6f"


async def test_key_from_environment_and_repr_hides_it(
    monkeypatch: Any, router: Any, ops: Any
) -> None:
    monkeypatch.setenv("DIDIT_API_KEY", "env-SECRET-key")
    route = router.get(f"{ops.V}/v3/things/").mock(return_value=Response(200, json={}))
    async with AsyncDidit(access_token="tok-SECRET") as client:
        assert client.has_api_key
        assert "env-SECRET-key" not in repr(client)
        assert "tok-SECRET" not in repr(client)
        assert "SECRET" not in repr(client.transport.credentials)
        await client.transport.request(ops.make())
    assert route.calls[0].request.headers["x-api-key"] == "env-SECRET-key"


async def test_explicit_key_wins_over_environment(monkeypatch: Any) -> None:
    monkeypatch.setenv("DIDIT_API_KEY", "env")
    async with AsyncDidit("explicit") as client:
        assert client.transport.credentials.api_key.get() == "explicit"


async def test_base_urls_are_overridable_by_argument_and_environment(
    monkeypatch: Any, router: Any, ops: Any
) -> None:
    monkeypatch.setenv("DIDIT_APX_BASE_URL", "http://localhost:9000")
    route = router.get("https://sandbox.local/v3/things/").mock(return_value=Response(200, json={}))
    async with AsyncDidit("k", verification_base_url="https://sandbox.local") as client:
        assert client.base_urls["apx"] == "http://localhost:9000"
        assert client.base_urls["auth"] == "https://apx.didit.me/auth/v2"
        await client.transport.request(ops.make())
    assert route.called


async def test_with_options_shares_the_pool_and_the_limiter(
    client_factory: Any, router: Any, ops: Any
) -> None:
    route = router.get(f"{ops.V}/v3/things/").mock(return_value=Response(200, json={}))
    async with client_factory(default_headers={"X-App": "one"}) as client:
        derived = client.with_options(timeout=5.0, max_retries=0, default_headers={"X-Two": "2"})
        await client.transport.request(ops.make())
        await derived.transport.request(ops.make())
        assert derived.transport.shared is client.transport.shared
        assert derived.transport.limiter is client.transport.limiter
        assert derived.transport.shared.client() is client.transport.shared.client()
        assert derived.transport.retry_policy.max_retries == 0
        other = client.with_options(api_key="other-key")
        assert other.transport.credentials is not client.transport.credentials
    second = route.calls[1].request
    assert second.headers["x-app"] == "one"
    assert second.headers["x-two"] == "2"
    assert second.extensions["timeout"]["read"] == 5.0
    assert "x-two" not in route.calls[0].request.headers


async def test_aclose_closes_our_pool_but_not_an_injected_one(ops: Any, router: Any) -> None:
    router.get(f"{ops.V}/v3/things/").mock(return_value=Response(200, json={}))
    injected = AsyncClient()
    async with AsyncDidit("k", http_client=injected) as client:
        await client.transport.request(ops.make())
    assert not injected.is_closed
    await injected.aclose()

    own = AsyncDidit("k")
    await own.transport.request(ops.make())
    pool = own.transport.shared.client()
    await own.aclose()
    assert pool.is_closed
    with pytest.raises(DiditConnectionError, match="closed"):
        await own.transport.request(ops.make())


async def test_a_burst_waits_for_a_slot_instead_of_exhausting_the_pool(
    client_factory: Any, router: Any, ops: Any
) -> None:
    in_flight = 0
    peak = 0

    async def slow(request: Any) -> Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        for _ in range(5):
            await anyio.lowlevel.checkpoint()
        in_flight -= 1
        return Response(200, json={})

    router.get(f"{ops.V}/v3/things/").mock(side_effect=slow)
    async with (
        client_factory(max_concurrency=3, rate_limiting=False) as client,
        anyio.create_task_group() as tg,
    ):
        for _ in range(30):
            tg.start_soon(client.transport.request, ops.make())
    assert peak == 3


async def test_generated_validation_errors_are_didit_validation_errors_naming_the_operation(
    client: Any, router: Any
) -> None:
    with pytest.raises(DiditError) as info:  # the class users catch, raised by generated code
        await client.sessions.reviews.create("", new_status="Approved")
    err = info.value
    assert isinstance(err, DiditValidationError)
    assert (err.field, err.method, err.path) == (
        "session_id",
        "POST",
        "/v3/sessions/{session_id}/reviews/",
    )
    with pytest.raises(DiditValidationError, match="limit") as listed:
        client.sessions.list(limit="ten")  # plain-def (paginated) methods raise at the call
    assert (listed.value.method, listed.value.path) == ("GET", "/v3/sessions/")
    assert not router.calls


def test_a_client_reused_under_a_second_event_loop_rebuilds_its_pool(
    ops: Any, router: Any, caplog: Any
) -> None:
    router.get(f"{ops.V}/v3/things/").mock(return_value=Response(200, json={}))
    client = AsyncDidit("k")
    pools = []

    async def call() -> None:
        await client.transport.request(ops.make())
        pools.append(client.transport.shared.client())

    anyio.run(call)
    anyio.run(call)
    anyio.run(client.aclose)
    assert pools[0] is not pools[1]  # no "Event loop is closed" from a pool of a dead loop
    assert "new event loop" in caplog.text


async def test_every_root_resource_is_wired_once_per_client_on_its_transport(
    router: Any, ops: Any
) -> None:
    from didit_async._generated.operations import OPERATIONS
    from didit_async._generated.resources import sessions
    from didit_async._generated.resources.device_transactions import DeviceTransactionsResource
    from didit_async._sessions import Sessions

    route = router.get(f"{ops.APX}/v3/webhook/destinations/{DEST}/").mock(
        return_value=Response(200, json={"uuid": DEST, "url": "https://example.com/h"})
    )
    async with AsyncDidit("k") as client:
        for root in {op.resource.split(".")[0] for op in OPERATIONS.values()} - {"device"}:
            module = importlib.import_module(f"didit_async._generated.resources.{root}")
            generated = getattr(module, root.title().replace("_", "") + "Resource")
            resource = getattr(client, root)  # a root added to the spec needs one line in _build
            assert isinstance(resource, generated), root
            assert resource._transport is client.transport, root
        # The device-facing operations live on a device client, on a transport of its own.
        device = client.device("txsdk_token")
        assert isinstance(device.transactions, DeviceTransactionsResource)
        assert device.transport is not client.transport
        assert isinstance(client.sessions, Sessions)
        assert isinstance(client.sessions, sessions.SessionsResource)
        destination = await client.webhooks.destinations.retrieve(DEST)
        assert destination.uuid == DEST
        derived = client.with_options(timeout=1.0)
        assert derived.sessions is not client.sessions  # rebuilt on the derived transport
        assert derived.webhooks.destinations._transport is derived.transport
    assert route.calls[0].request.headers["x-api-key"] == "k"
