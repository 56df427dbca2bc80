"""Which credential goes on which operation: the API key, the transaction SDK token (device
client) and, for the sandbox-arm call, the session's own token. Each on its operations only,
never the API key where a token is required, and every token masked in reprs, logs and errors."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from didit_async import (
    AsyncDidit,
    AsyncDiditDevice,
    Didit,
    DiditAuthenticationError,
    DiditBadRequestError,
    DiditDevice,
    DiditValidationError,
)
from didit_async._generated.operations import OPERATIONS

from .conftest import API_KEY, V

pytestmark = pytest.mark.anyio
TOKEN = "txsdk_DEVICE_SECRET_abcdef0123456789"
DEVICE_TX = {"uuid": "4b1c7c52-8a3b-4a34-9a53-2f7d7f0f0a11", "status": "APPROVED", "score": 0}
SUBMIT = {
    "txn_id": "t-1",
    "type": "transfer",
    "info": {"direction": "OUTBOUND", "amount": 10, "currency": "EUR"},
    "subject": {"fullName": "Ana Silva"},
}


def _lower(request: httpx.Request) -> dict[str, str]:
    return {k.lower(): v for k, v in request.headers.items()}


def test_the_spec_names_one_credential_per_token_operation() -> None:
    assert OPERATIONS["device_transactions_create"].auth == ("transaction_token",)
    assert OPERATIONS["device_transactions_retrieve"].auth == ("transaction_token",)
    assert OPERATIONS["transactions_create_sdk_token"].auth == ("api_key",)


async def test_a_device_sends_the_token_and_never_the_api_key(
    router: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIDIT_API_KEY", API_KEY)  # a device never reads it
    route = router.post(f"{V}/v1/transactions/").mock(
        return_value=httpx.Response(201, json=DEVICE_TX)
    )
    get = router.get(f"{V}/v1/transactions/{DEVICE_TX['uuid']}/").mock(
        return_value=httpx.Response(200, json=DEVICE_TX)
    )
    async with AsyncDiditDevice(TOKEN) as device:
        tx = await device.transactions.create(**SUBMIT)
        await device.transactions.retrieve(str(tx.uuid))
    for request in (route.calls.last.request, get.calls.last.request):
        headers = _lower(request)
        assert headers["x-transaction-token"] == TOKEN
        assert "x-api-key" not in headers and "authorization" not in headers


async def test_a_device_made_from_a_keyed_client_still_never_sends_the_key(
    router: respx.MockRouter,
) -> None:
    route = router.post(f"{V}/v1/transactions/").mock(
        return_value=httpx.Response(201, json=DEVICE_TX)
    )
    keyed = router.post(f"{V}/v3/transactions/sdk-token/").mock(
        return_value=httpx.Response(201, json={"sdk_token": TOKEN, "expires_at": None})
    )
    async with AsyncDidit(API_KEY) as client:
        minted = await client.transactions.create_sdk_token(vendor_data="u-1")
        await client.device(str(minted.sdk_token)).transactions.create(**SUBMIT)
    assert _lower(keyed.calls.last.request)["x-api-key"] == API_KEY
    assert "x-transaction-token" not in _lower(keyed.calls.last.request)
    headers = _lower(route.calls.last.request)
    assert headers["x-transaction-token"] == TOKEN and "x-api-key" not in headers


async def test_device_operations_without_a_token_fail_before_sending(
    router: respx.MockRouter,
) -> None:
    from didit_async._client import resolve_operation

    route = router.post(f"{V}/v1/transactions/")
    async with AsyncDidit(API_KEY) as client:
        create = resolve_operation(client, OPERATIONS["device_transactions_create"])
        with pytest.raises(DiditAuthenticationError, match="create_sdk_token"):
            await create(**SUBMIT)
    assert not route.called
    with pytest.raises(DiditValidationError):
        AsyncDiditDevice("")


async def test_tokens_are_masked_in_reprs_logs_and_errors(
    router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="didit_async")
    router.post(f"{V}/v1/transactions/").mock(
        return_value=httpx.Response(400, json={"detail": f"bad token {TOKEN}"})
    )
    router.post(f"{V}/v3/transactions/sdk-token/").mock(
        return_value=httpx.Response(201, json={"sdk_token": TOKEN, "expires_at": None})
    )
    async with AsyncDidit(API_KEY) as client:
        minted = await client.transactions.create_sdk_token(vendor_data="u-1")
        device = client.device(TOKEN)
        with pytest.raises(DiditBadRequestError) as caught:
            await device.transactions.create(**SUBMIT)
    shown = [repr(minted), str(minted), repr(device), repr(caught.value), str(caught.value)]
    shown += [repr(caught.value.body), caplog.text]
    for text in shown:
        assert TOKEN not in text and API_KEY not in text
    assert minted.sdk_token == TOKEN  # the value itself is still there for the device


def test_the_blocking_device_sends_the_token_only() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json=DEVICE_TX)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with DiditDevice(TOKEN, base_url="https://verification.didit.me", http_client=http) as device:
        assert device.transactions.create(**SUBMIT).status == "APPROVED"
        assert TOKEN not in repr(device)
    headers = _lower(seen[0])
    assert headers["x-transaction-token"] == TOKEN and "x-api-key" not in headers
    with Didit(
        api_key=API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(answer))
    ) as client:
        client.device(TOKEN).transactions.retrieve(str(DEVICE_TX["uuid"]))
    assert "x-api-key" not in _lower(seen[-1])


SESSION_TOKEN = "sess_SECRET_TOKEN_0123456789abcdef"
SID = "7a3f0c8e-1b2d-4c5e-8f90-a1b2c3d4e5f6"


async def test_the_sandbox_arm_call_sends_the_session_token_and_never_the_key(
    router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="didit_async")
    route = router.post(f"{V}/v3/session/{SID}/sandbox/arm/").mock(
        side_effect=[
            httpx.Response(200, json={"session_id": SID, "scenario": "approve"}),
            httpx.Response(400, json={"detail": f"token {SESSION_TOKEN} already used"}),
        ]
    )
    keyed = router.get(f"{V}/v3/session/{SID}/decision/").mock(
        return_value=httpx.Response(200, json={"session_id": SID})
    )
    async with AsyncDidit(API_KEY) as client:
        await client.sessions.arm_sandbox(SID, scenario="approve", session_token=SESSION_TOKEN)
        await client.sessions.retrieve_decision(SID)  # the next call goes back to the key
        with pytest.raises(DiditBadRequestError) as caught:
            await client.sessions.arm_sandbox(SID, scenario="approve", session_token=SESSION_TOKEN)
    headers = _lower(route.calls[0].request)
    assert headers["session-token"] == SESSION_TOKEN
    assert "x-api-key" not in headers and "authorization" not in headers
    assert _lower(keyed.calls.last.request)["x-api-key"] == API_KEY
    assert "session-token" not in _lower(keyed.calls.last.request)
    for text in (repr(caught.value), str(caught.value), repr(caught.value.body), caplog.text):
        assert SESSION_TOKEN not in text


async def test_the_session_token_is_required_and_checked_before_sending(
    router: respx.MockRouter,
) -> None:
    route = router.post(f"{V}/v3/session/{SID}/sandbox/arm/")
    async with AsyncDidit(API_KEY) as client:
        with pytest.raises(DiditValidationError):
            await client.sessions.arm_sandbox(SID, scenario="approve", session_token="")
        with pytest.raises(TypeError):
            await client.sessions.arm_sandbox(SID, scenario="approve")  # type: ignore[call-arg]
    assert not route.called


async def test_organization_scoped_toggles_send_the_key_or_else_the_access_token(
    router: respx.MockRouter,
) -> None:
    org, app = "0f1e2d3c-4b5a-4968-8776-655443322110", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
    url = f"https://apx.didit.me/v3/organization/{org}/application/{app}/vendor-users/toggle-ongoing-monitoring/"
    route = router.patch(url).mock(return_value=httpx.Response(202, json={"job_id": SID}))
    async with AsyncDidit(API_KEY) as client:
        await client.users.bulk_toggle_aml_monitoring(
            organization_id=org, application_id=app, is_enabled=True, update_all=True
        )
    assert _lower(route.calls.last.request)["x-api-key"] == API_KEY
    async with AsyncDidit(api_key="", access_token="eyJ.account.token") as client:
        await client.users.bulk_toggle_aml_monitoring(
            organization_id=org, application_id=app, is_enabled=True, update_all=True
        )
    headers = _lower(route.calls.last.request)
    assert headers["authorization"] == "Bearer eyJ.account.token" and "x-api-key" not in headers
