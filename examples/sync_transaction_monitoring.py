"""Transaction monitoring with blocking calls: a blocklisted account, rule outcomes, a backlog.

The blocking twin of ``transaction_monitoring.py``, on ``Didit``.
"""

from __future__ import annotations

from collections import Counter

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


def main(sandbox: Sandbox | None = None) -> dict[str, object]:
    sandbox = sandbox or Sandbox(SandboxConfig(virtual_time=True))
    with sandbox.sync_client() as client:
        [accounts] = client.lists.list(list_type="blocklist", entry_type="bank_account")
        client.lists.entries.create(
            accounts.uuid, value="GB33BUKB20201555555555", comment="money mule"
        )
        outcomes = {}
        for row in (
            payment("pay-1", "49.90"),
            payment("pay-2", "18500.00"),
            payment("pay-3", "120.00", to="GB33BUKB20201555555555"),
        ):
            tx = client.transactions.create(**row)  # type: ignore[arg-type]
            outcomes[tx.transaction_id] = str(tx.status)
            print(tx.transaction_id, tx.status, [h.rule for h in tx.rule_hits or []])
        wallet = client.wallet_screening.screen(
            wallet_address="0x" + "5a" * 20, blockchain="ETH", direction="withdrawal"
        )
        print("Wallet risk:", wallet.severity, wallet.risk_score)
        backlog = (
            {
                **payment(f"batch-{i}", f"{10 + i % 90}.00"),
                "subject": {"vendor_data": f"c-{i % 40}"},
            }
            for i in range(200)
        )
        statuses: Counter[str] = Counter()
        for r in client.transactions.create_many(backlog, concurrency=16):
            statuses["ok" if r.ok else "failed"] += 1
        repeated = list(
            client.transactions.create_many(
                (payment(f"batch-{i}", "1.00") for i in range(200)), concurrency=16
            )
        )
        stored = list(client.transactions.list())
        print("Backlog:", dict(statuses), "| stored in all:", len(stored))
        return {
            "outcomes": outcomes,
            "sanctioned": wallet.sanctions_hit,
            "bulk_ok": statuses["ok"],
            "repeat_ok": sum(r.ok for r in repeated),
            "stored": len(stored),
        }


if __name__ == "__main__":
    main()
