"""``didit billing``: the credit balance and top-ups."""

from __future__ import annotations

import click

from ._app import cli, example
from ._shared import calls


@cli.group()
def billing() -> None:
    """Credit balance and top-ups."""


@billing.command("balance")
@calls(lambda c: c.billing.get_balance)
@example("didit billing balance")
def billing_balance() -> None:
    """Show the credit balance."""


@billing.command("top-up")
@click.argument("amount_in_dollars", metavar="AMOUNT", type=click.FloatRange(min=0, min_open=True))
@calls(lambda c: c.billing.top_up)
@example("didit billing top-up 50")
def billing_top_up() -> None:
    """Start a top-up of AMOUNT dollars; prints the checkout URL."""
