"""AsyncDidit: configuration, lifecycle, derived clients, concurrency, resource wiring."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from didit_async import AsyncDidit, DiditConnectionError, DiditError, DiditValidationError
from didit_async._client import RESOURCE_CLASSES, build_resource
from didit_async._http import AsyncClient, Response
from didit_async._seam import RequestValidationError

pytestmark = pytest.mark.anyio


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


class FakeReviewsResource:
    """Stands in for a generated sub-resource."""

    def __init__(self, transport: Any) -> None:
        self._transport = transport

    async def create(self, session_id: str, /) -> Any:
        if not session_id:
            raise RequestValidationError("session_id", "empty", "must not be empty")
        return session_id

    def list(self, session_id: str, /) -> Any:
        raise RequestValidationError("session_id", "format", "must be a UUID")


class FakeSessionsResource:
    def __init__(self, transport: Any) -> None:
        self._transport = transport
        self.reviews = FakeReviewsResource(transport)

    async def retrieve(self, session_id: str, /) -> str:
        return f"got {session_id}"


async def test_generated_validation_errors_surface_as_didit_validation_error(
    client: Any,
) -> None:
    sessions = build_resource("fake_sessions", FakeSessionsResource, client.transport)
    assert isinstance(sessions, FakeSessionsResource)
    assert isinstance(sessions.reviews, FakeReviewsResource)
    assert await sessions.retrieve("s1") == "got s1"
    assert await sessions.reviews.create("x") == "x"
    with pytest.raises(DiditError) as info:  # the class users catch
        await sessions.reviews.create("")
    assert isinstance(info.value, DiditValidationError)
    assert info.value.field == "session_id"
    with pytest.raises(DiditValidationError, match="UUID"):
        sessions.reviews.list("nope")  # plain-def (paginated) methods too


async def test_resource_classes_mapping_substitutes_a_subclass(client: Any) -> None:
    class WithBulk(FakeReviewsResource):
        async def create_many(self, ids: list[str]) -> list[str]:
            return ids

    RESOURCE_CLASSES["fake_sessions.reviews"] = WithBulk
    try:
        sessions = build_resource("fake_sessions", FakeSessionsResource, client.transport)
        assert await sessions.reviews.create_many(["a"]) == ["a"]
        assert isinstance(sessions.reviews, WithBulk)
    finally:
        del RESOURCE_CLASSES["fake_sessions.reviews"]


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


class FakeWebhooksDestinationsResource:
    def __init__(self, transport: Any) -> None:
        self._transport = transport

    async def retrieve(self, destination_uuid: str, /) -> Any:
        from didit_async._seam import Idempotency, OperationMeta

        op = OperationMeta(
            operation_id="webhooks_destinations_retrieve",
            method="GET",
            path="/v3/webhook/destinations/{destination_uuid}/",
            host="apx",
            auth=("api_key", "bearer"),
            rate_limit_scopes=("generic-get",),
            idempotency=Idempotency("always"),
            paginated=False,
            success_statuses=(200,),
            response_kind="json",
            request_kind="none",
            tag="Webhooks",
            resource="webhooks.destinations",
            method_name="retrieve",
        )
        return await self._transport.request(op, path_params={"destination_uuid": destination_uuid})


class FakeWebhooksResource:
    def __init__(self, transport: Any) -> None:
        self._transport = transport
        self.destinations = FakeWebhooksDestinationsResource(transport)


async def test_root_resources_become_client_attributes_built_once(
    monkeypatch: Any, router: Any, ops: Any
) -> None:
    import sys
    import types

    fake = types.ModuleType("didit_async._generated.resources")
    fake.ROOT_RESOURCES = {  # type: ignore[attr-defined]
        "sessions": FakeSessionsResource,
        "webhooks": FakeWebhooksResource,
    }
    monkeypatch.setitem(sys.modules, "didit_async._generated.resources", fake)
    route = router.get(f"{ops.APX}/v3/webhook/destinations/d-1/").mock(
        return_value=Response(200, json={"uuid": "d-1"})
    )
    async with AsyncDidit("k") as client:
        assert client.sessions is client.sessions
        assert await client.webhooks.destinations.retrieve("d-1") == {"uuid": "d-1"}
        with pytest.raises(DiditValidationError):
            await client.sessions.reviews.create("", new_status="Approved")
        derived = client.with_options(timeout=1.0)
        assert derived.sessions is not client.sessions  # rebuilt on the derived transport
        assert derived.webhooks.destinations._transport is derived.transport
    assert route.calls[0].request.headers["x-api-key"] == "k"
