"""The Travel Rule through both clients against the sandbox: settings persist, a transfer that
needs Travel Rule data waits until the counterparty (pickup) or the customer (ownership) gives
it, inbound registrations complete or are answered again, and the widget expires."""

from __future__ import annotations

from typing import Any

import pytest

from didit_async import DiditAPIError, DiditConflictError, DiditValidationError
from didit_async.sandbox import Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(virtual_time=True))


def outbound(tid: str, amount: str, wallet: str, currency: str = "ETH") -> dict[str, Any]:
    return {
        "transaction_id": tid,
        "transaction_category": "finance",
        "transaction_details": {"amount": amount, "currency": currency, "direction": "outbound"},
        "subject": {"vendor_data": "u-1"},
        "counterparty": {"payment_method": {"account_id": wallet}},
    }


def _pickup_token(transfer: Any) -> str:
    return str(transfer.timeline[-1].detail).split("/pickup/")[1].strip("/")


async def test_settings_persist_and_decide_which_transfers_wait(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        assert (await client.travel_rule.settings.retrieve()).is_enabled is False
        below = await client.transactions.create(**outbound("t-0", "5000", "0xfar"))
        assert below.status == "APPROVED"  # off: nothing waits
        await client.travel_rule.settings.update(is_enabled=True, threshold_amount="1000")
        settings = await client.travel_rule.settings.retrieve()
        assert (settings.is_enabled, settings.threshold_amount) == (True, "1000")
        small = await client.transactions.create(**outbound("t-1", "999", "0xfar"))
        fiat = await client.transactions.create(**outbound("t-2", "5000", "0xfar", "EUR"))
        big = await client.transactions.create(**outbound("t-3", "1000", "0xfar"))
        assert (small.status, fiat.status, big.status) == ("APPROVED", "APPROVED", "AWAITING_USER")


async def test_a_transfer_waits_until_the_counterparty_accepts_its_pickup(
    sandbox: Sandbox,
) -> None:
    async with sandbox.client() as client:
        await client.travel_rule.settings.update(is_enabled=True, threshold_amount="100")
        tx = await client.transactions.create(**outbound("t-1", "250", "0xfar"))
        transfer = await client.travel_rule.transfers.update(str(tx.uuid))
        assert transfer.status == "AWAITING_COUNTERPARTY" and transfer.required
        token = _pickup_token(transfer)
        anonymous = sandbox.client(api_key="sk_not_needed")
        async with anonymous:
            pickup = await anonymous.travel_rule.pickups.retrieve(token)
        assert (pickup.amount, pickup.currency, pickup.beneficiary_wallet) == (
            "250",
            "ETH",
            "0xfar",
        )
        assert (await client.transactions.retrieve("t-1")).status == "AWAITING_USER"
        answer = await client.travel_rule.pickups.respond(token, decision="accept")
        assert answer.status == "COMPLETED"
        assert (await client.transactions.retrieve("t-1")).status == "APPROVED"
        with pytest.raises(DiditAPIError) as gone:  # an answered pickup is gone
            await client.travel_rule.pickups.retrieve(token)
        assert gone.value.status == 410
        with pytest.raises(DiditConflictError):  # finished: nothing to cancel
            await client.travel_rule.transfers.update(str(tx.uuid), action="cancel")


async def test_resend_replaces_the_link_and_cancel_declines(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        await client.travel_rule.settings.update(is_enabled=True, threshold_amount="1")
        tx = await client.transactions.create(**outbound("t-1", "5", "0xfar", "BTC"))
        first = _pickup_token(await client.travel_rule.transfers.update(str(tx.uuid)))
        second = _pickup_token(
            await client.travel_rule.transfers.update(str(tx.uuid), action="resend")
        )
        assert first != second
        with pytest.raises(DiditAPIError) as gone:
            await client.travel_rule.pickups.retrieve(first)
        assert gone.value.status == 410
        cancelled = await client.travel_rule.transfers.update(str(tx.uuid), action="cancel")
        assert cancelled.status == "CANCELLED"
        assert (await client.transactions.retrieve("t-1")).status == "DECLINED"


async def test_a_self_hosted_wallet_waits_for_the_ownership_confirmation(
    sandbox: Sandbox,
) -> None:
    async with sandbox.client() as client:
        wallets = client.travel_rule.wallet_addresses
        entry = await wallets.create(address="0xmine", chain="ETH", holder_name="Ana Silva")
        updated = await wallets.update(str(entry.uuid), holder_vendor_data="u-1")
        assert updated.holder_vendor_data == "u-1"
        assert [e.holder_vendor_data async for e in wallets.list()] == ["u-1"]
        tx = await client.transactions.create(
            **{**outbound("t-1", "10", "0xmine"), "travel_rule_details": {}}
        )
        assert tx.status == "AWAITING_USER"
        done = await client.travel_rule.transfers.confirm_ownership(str(tx.uuid), confirmed=True)
        assert (done.status, done.ownership_confirmed) == ("COMPLETED", True)
        assert (await client.transactions.retrieve("t-1")).status == "APPROVED"
        with pytest.raises(DiditConflictError):
            await client.travel_rule.transfers.confirm_ownership(str(tx.uuid), confirmed=True)
        await wallets.delete(str(entry.uuid))
        assert [e async for e in wallets.list()] == []


def test_inbound_registration_and_widget_through_the_blocking_client(sandbox: Sandbox) -> None:
    with sandbox.sync_client() as client:
        tr = client.travel_rule
        args = {"chain": "ETH", "txid": "0x9", "wallet_address": "0xmine", "currency": "ETH"}
        waiting = tr.inbound.register(amount="2", **args)
        assert waiting.created and waiting.travel_rule.status == "AWAITING_COUNTERPARTY"  # type: ignore[union-attr]
        again = tr.inbound.register(amount="2", **args)
        assert (again.created, again.transaction_id) == (False, waiting.transaction_id)
        tr.settings.update(inbound_auto_accept=True)
        auto = tr.inbound.register(amount="2", **{**args, "txid": "0xa"})
        assert auto.travel_rule.status == "COMPLETED"  # type: ignore[union-attr]
        widget = tr.widget_sessions.create(wallet_address="0xw", chain="ETH", expires_in_minutes=5)
        context = tr.widget_sessions.retrieve_context(str(widget.token))
        assert context.wallet_address == "0xw" and "SELF_DECLARATION" in (
            context.allowed_methods or []
        )
        sandbox.advance(301)
        with pytest.raises(DiditAPIError) as gone:
            tr.widget_sessions.retrieve_context(str(widget.token))
        assert gone.value.status == 410
        assert [v.name for v in tr.vasps.list(search="549300BALTIC")] == ["Baltic Crypto UAB"]
        with pytest.raises(DiditValidationError):
            tr.settings.update(timeout_outcome="WAIT")  # type: ignore[arg-type]
