"""Transaction monitoring: block a mule account, submit payments, and triage what gets flagged.

Steps: put a known mule's account on the bank-account blocklist, submit three payments one by
one (an ordinary one, a large one, one to the mule) and read each rule evaluation, screen a
crypto wallet before a withdrawal, then submit a day's backlog in bulk under the ``ingest-write``
limit, safe to re-run after a crash because ``transaction_id`` makes each submit idempotent.
"""

from __future__ import annotations

from collections import Counter

import anyio

from didit_async.sandbox import Sandbox, SandboxConfig


def payment(tid: str, amount: str, *, to: str | None = None) -> dict[str, object]:
    row: dict[str, object] = {
        "transaction_id": tid,
        "transaction_category": "finance",
        "transaction_details": {"amount": amount, "currency": "EUR", "direction": "outbound"},
        "subject": {"vendor_data": "customer-7"},
    }
    if to is not None:
        row["counterparty"] = {"payment_method": {"method_type": "bank_account", "account_id": to}}
    return row


async def main(sandbox: Sandbox | None = None) -> dict[str, object]:
    sandbox = sandbox or Sandbox(SandboxConfig(virtual_time=True))
    async with sandbox.client() as client:
        accounts = await client.lists.list(list_type="blocklist", entry_type="bank_account")
        blocklist = accounts.results[0]
        await client.lists.entries.create(
            blocklist.uuid, value="GB33BUKB20201555555555", comment="money mule (case 4411)"
        )

        outcomes = {}
        for row in (
            payment("pay-1", "49.90"),
            payment("pay-2", "18500.00"),
            payment("pay-3", "120.00", to="GB33BUKB20201555555555"),
        ):
            tx = await client.transactions.create(**row)  # type: ignore[arg-type]
            outcomes[tx.transaction_id] = str(tx.status)
            print(tx.transaction_id, tx.status, [h.rule for h in tx.rule_hits or []])

        wallet = await client.wallet_screening.screen(
            wallet_address="0x" + "5a" * 20, blockchain="ETH", direction="withdrawal"
        )
        print(
            "Wallet risk:", wallet.severity, wallet.risk_score, "sanctioned:", wallet.sanctions_hit
        )

        backlog = (
            {
                **payment(f"batch-{i}", f"{10 + i % 90}.00"),
                "subject": {"vendor_data": f"c-{i % 40}"},
            }
            for i in range(200)
        )
        statuses: Counter[str] = Counter()
        async with client.transactions.create_many(backlog, concurrency=16) as results:
            async for r in results:
                statuses["ok" if r.ok else "failed"] += 1
        # Running the same backlog again stores nothing new: each id is already there.
        async with client.transactions.create_many(
            ({**payment(f"batch-{i}", "1.00")} for i in range(200)), concurrency=16
        ) as again:
            repeated = [r async for r in again]
        stored = [tx async for tx in client.transactions.list()]
        print("Backlog:", dict(statuses), "| stored in all:", len(stored))
        return {
            "outcomes": outcomes,
            "sanctioned": wallet.sanctions_hit,
            "bulk_ok": statuses["ok"],
            "repeat_ok": sum(r.ok for r in repeated),
            "stored": len(stored),
        }


if __name__ == "__main__":
    anyio.run(main)
