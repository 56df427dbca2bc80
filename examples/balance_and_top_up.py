"""Check the balance and top up when it runs low (the sandbox pays the checkout for you)."""

from __future__ import annotations

from decimal import Decimal

import anyio
import httpx

from didit_async import DiditValidationError
from didit_async.sandbox import Sandbox, SandboxConfig

THRESHOLD = Decimal("300")


async def main(sandbox: Sandbox | None = None) -> Decimal:
    sandbox = sandbox or Sandbox(SandboxConfig(virtual_time=True))
    async with sandbox.client() as client:
        balance = Decimal(str((await client.billing.get_balance()).balance))
        print("Balance:", balance)
        try:
            await client.billing.top_up(amount_in_dollars=10)
        except DiditValidationError as exc:
            print("Below Didit's minimum:", exc.message)
        if balance < THRESHOLD:
            checkout = await client.billing.top_up(
                amount_in_dollars=100, success_url="https://app.example/paid"
            )
            print("Pay here:", checkout.checkout_session_url)
            # In the sandbox, visiting the checkout URL (as the payer's browser would) pays it.
            async with httpx.AsyncClient(transport=sandbox.transport()) as browser:
                await browser.get(str(checkout.checkout_session_url))
        after = Decimal(str((await client.billing.get_balance()).balance))
        print("Balance now:", after)
        return after


if __name__ == "__main__":
    anyio.run(main)
