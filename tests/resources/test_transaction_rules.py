"""Transaction rules, the rule library, backtests, the transaction SDK token with the device
client, and the wallet screening PDF, through both clients against the sandbox: rules the user
writes decide what happens to the transactions that follow."""

from __future__ import annotations

from typing import Any

import pytest

from didit_async import (
    DiditAuthenticationError,
    DiditBadRequestError,
    DiditNotFoundError,
)
from didit_async.sandbox import Sandbox, SandboxConfig

pytestmark = pytest.mark.anyio
DECLINE_BIG = {
    "title": "Decline 900 or more",
    "category": "amount",
    "mode": "ACTIVE",
    "conditions": [{"field": "amount", "operator": "gte", "value": 900}],
    "actions": [{"type": "change_status", "value": "DECLINED"}],
}


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(virtual_time=True))


def tx(tid: str, amount: Any, vendor: str = "u-1", **details: Any) -> dict[str, Any]:
    return {
        "transaction_id": tid,
        "transaction_category": "finance",
        "transaction_details": {"amount": amount, "currency": "EUR", **details},
        "subject": {"vendor_data": vendor},
    }


async def test_an_active_rule_decides_the_transactions_that_follow(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        small = await client.transactions.create(**tx("t-1", 100))
        rule = await client.transactions.rules.create(**DECLINE_BIG)
        big = await client.transactions.create(**tx("t-2", 950))
        assert (small.status, big.status) == ("APPROVED", "DECLINED")
        assert [h.rule for h in big.rule_hits or []] == ["Decline 900 or more"]
        counted = await client.transactions.rules.retrieve(str(rule.uuid))
        assert counted.run_count == 1 and counted.declined_count == 1
        # TEST records without acting; DISABLED does not run.
        await client.transactions.rules.update(str(rule.uuid), mode="TEST")
        tested = await client.transactions.create(**tx("t-3", 990))
        assert tested.status == "APPROVED"
        await client.transactions.rules.update(str(rule.uuid), mode="DISABLED")
        await client.transactions.create(**tx("t-4", 990))
        final = await client.transactions.rules.retrieve(str(rule.uuid))
        assert final.run_count == 2  # the TEST run counted, the DISABLED one did not
        await client.transactions.rules.delete(str(rule.uuid))
        with pytest.raises(DiditNotFoundError):
            await client.transactions.rules.retrieve(str(rule.uuid))


async def test_grouped_conditions_aggregation_and_scope(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        await client.transactions.rules.create(
            title="Outbound USD or GBP over 100, third in an hour",
            category="velocity",
            mode="ACTIVE",
            scope={"directions": ["OUTBOUND"]},
            conditions=[
                {"field": "currency", "operator": "in", "value": ["USD", "GBP"], "group_index": 0},
                {"field": "amount", "operator": "gt", "value": 100, "group_index": 0},
            ],
            aggregation=[{"metric": "count", "operator": "gte", "value": 3, "window": "1h"}],
            actions=[{"type": "change_status", "value": "IN_REVIEW"}],
        )

        async def send(tid: str, amount: int, currency: str, direction: str) -> str:
            body = tx(tid, amount, direction=direction)
            body["transaction_details"]["currency"] = currency
            return str((await client.transactions.create(**body)).status)

        assert await send("a", 200, "USD", "outbound") == "APPROVED"  # 1st in the hour
        assert await send("b", 200, "GBP", "outbound") == "APPROVED"  # 2nd
        assert await send("c", 200, "EUR", "outbound") == "APPROVED"  # 3rd, wrong currency
        assert await send("d", 200, "USD", "inbound") == "APPROVED"  # out of scope
        assert await send("e", 200, "USD", "outbound") == "IN_REVIEW"  # 5th, matches


async def test_the_library_installs_once_and_uninstalls(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        rules = client.transactions.rules
        first = await rules.install(bundle="fintech_basics")
        again = await rules.install(bundle="fintech_basics")
        assert first.installed_count == 2 and again.installed_count == 0
        listed = [e async for e in rules.list_library()]
        assert {e.library_key for e in listed if e.is_installed} == {
            "high_value_transfer",
            "rapid_succession",
        }
        presets = [r async for r in rules.list(source="PRESET")]
        assert {r.library_key for r in presets} == {"high_value_transfer", "rapid_succession"}
        # the preset rule acts: 5,000 or more goes to review with 30 points
        reviewed = await client.transactions.create(**tx("big", 7000))
        assert reviewed.status == "IN_REVIEW"
        gone = await rules.uninstall(library_keys=["high_value_transfer"])
        assert gone.uninstalled_count == 1
        # uninstalled: 7,000 is under the built-in 10,000 review, so it passes
        assert (await client.transactions.create(**tx("big-2", 7000, "u-2"))).status == ("APPROVED")
        with pytest.raises(DiditBadRequestError):
            await rules.install(library_keys=["no_such_rule"])


async def test_a_backtest_reports_what_a_definition_would_have_flagged(sandbox: Sandbox) -> None:
    async with sandbox.client() as client:
        for i, (amount, vendor) in enumerate([(50, "a"), (500, "b"), (700, "b"), (900, "c")]):
            await client.transactions.create(**tx(f"bt-{i}", amount, vendor))
        result = await client.transactions.rules.backtest(
            conditions=[{"field": "amount", "operator": "gte", "value": 500}], period_days=7
        )
        assert (result.evaluated, result.matched, result.affected_entities) == (4, 3, 2)
        sandbox.advance(8 * 86400)
        later = await client.transactions.rules.backtest(period_days=7)
        assert later.evaluated == 0  # outside the period


async def test_sdk_tokens_are_scoped_to_one_user_and_expire(sandbox: Sandbox) -> None:
    submit = {
        "txn_id": "d-1",
        "type": "transfer",
        "info": {"direction": "OUTBOUND", "amount": 20, "currency": "EUR"},
        "subject": {"fullName": "Ana Silva"},
    }
    async with sandbox.client() as client:
        await client.transactions.rules.create(**{**DECLINE_BIG, "title": "big"})
        minted = await client.transactions.create_sdk_token(
            vendor_data="phone-user", ttl_seconds=60, max_uses=2
        )
        device = client.device(str(minted.sdk_token))
        made = await device.transactions.create(**submit)
        declined = await device.transactions.create(
            **{**submit, "txn_id": "d-2", "info": {**submit["info"], "amount": 999}}
        )
        assert (made.status, declined.status) == ("APPROVED", "DECLINED")
        assert made.vendor_data == "phone-user"
        # visible to the server side too
        assert (await client.transactions.retrieve("d-2")).status == "DECLINED"
        with pytest.raises(DiditAuthenticationError):  # max_uses spent
            await device.transactions.create(**{**submit, "txn_id": "d-3"})
        other = await client.transactions.create_sdk_token(vendor_data="someone-else")
        with pytest.raises(DiditNotFoundError):  # another user's transaction
            await client.device(str(other.sdk_token)).transactions.retrieve(str(made.uuid))
        sandbox.advance(61)
        with pytest.raises(DiditAuthenticationError):  # expired
            await device.transactions.retrieve(str(made.uuid))


def test_rules_and_the_device_through_the_blocking_client(sandbox: Sandbox) -> None:
    with sandbox.sync_client() as client:
        rule = client.transactions.rules.create(**DECLINE_BIG)
        token = client.transactions.create_sdk_token(vendor_data="u-9").sdk_token
        device = client.device(str(token))
        made = device.transactions.create(
            txn_id="s-1",
            type="transfer",
            info={"direction": "OUTBOUND", "amount": 901, "currency": "EUR"},
            subject={"fullName": "Ben Okafor"},
        )
        assert made.status == "DECLINED"
        assert [r.rule_title for r in made.rule_runs or [] if r.matched] == [rule.title]
        assert device.transactions.retrieve(str(made.uuid)).txn_id == "s-1"
        assert [r.title for r in client.transactions.rules.list()] == [rule.title]


def test_the_screening_pdf_needs_an_untouched_signature(sandbox: Sandbox) -> None:
    with sandbox.sync_client() as client:
        screening = client.wallet_screening.screen(
            wallet_address="0x" + "ef" * 20, blockchain="ETH"
        )
        fields: dict[str, Any] = {
            "provider": screening.provider,
            "screening_type": "WALLET_SCREENING",
            "risk_score": screening.risk_score,
            "severity": str(screening.severity).upper().replace("SEVERE", "CRITICAL"),
            "status": "SCREENED",
            "summary": screening.summary,
            "wallet_address": screening.wallet_address,
            "blockchain": "ETH",
            "sanctions_hit": screening.sanctions_hit,
            "dominant_risk_category": None,
            "source_of_funds": [],
            "destination_of_funds": [],
            "counterparty_connections": [],
            "report_signature": screening.report_signature,
        }
        assert client.wallet_screening.generate_pdf(**fields).startswith(b"%PDF")
        with pytest.raises(DiditBadRequestError, match="report_signature"):
            client.wallet_screening.generate_pdf(**{**fields, "risk_score": 0})
