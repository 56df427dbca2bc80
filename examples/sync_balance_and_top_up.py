"""Check the balance and top up when it runs low (the sandbox pays the checkout for you).

The blocking twin of ``balance_and_top_up.py``, on ``Didit``.
"""

from __future__ import annotations

from decimal import Decimal

import httpx

from didit_async import DiditValidationError
from didit_async.sandbox import Sandbox, SandboxConfig

THRESHOLD = Decimal("300")


def main(sandbox: Sandbox | None = None) -> Decimal:
    sandbox = sandbox or Sandbox(SandboxConfig(virtual_time=True))
    with sandbox.sync_client() as client:
        balance = Decimal(str((client.billing.get_balance()).balance))
        print("Balance:", balance)
        try:
            client.billing.top_up(amount_in_dollars=10)
        except DiditValidationError as exc:
            print("Below Didit's minimum:", exc.message)
        if balance < THRESHOLD:
            checkout = client.billing.top_up(
                amount_in_dollars=100, success_url="https://app.example/paid"
            )
            print("Pay here:", checkout.checkout_session_url)
            # In the sandbox, visiting the checkout URL completes the payment.
            with httpx.Client(transport=sandbox.sync_transport()) as browser:
                browser.get(str(checkout.checkout_session_url))
        after = Decimal(str((client.billing.get_balance()).balance))
        print("Balance now:", after)
        return after


if __name__ == "__main__":
    main()
