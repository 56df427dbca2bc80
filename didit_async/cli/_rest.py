"""``didit risk``, ``didit biometrics``, ``didit travel-rule`` and ``didit transactions rules``:
the common tasks of risk scoring, biometric templates, the Travel Rule and transaction rules
(every other operation: ``didit api``)."""

from __future__ import annotations

import click

from ._app import cli, example
from ._shared import ALL_PAGES, calls
from ._transactions import transactions


@cli.group()
def risk() -> None:
    """Score an email, an IP address or a phone number (no session)."""


@risk.command("email")
@click.option("--email", required=True)
@click.option("--vendor-data", "vendor_data")
@calls(lambda c: c.risk.email)
@example("didit risk email --email ana@example.org")
def risk_email() -> None:
    """Risk-score an email address."""


@risk.command("ip")
@click.option("--ip", "ip_address", required=True)
@calls(lambda c: c.risk.ip)
@example("didit risk ip --ip 81.2.69.160")
def risk_ip() -> None:
    """Risk-score an IP address."""


@risk.command("phone")
@click.option("--phone", "phone_number", required=True)
@calls(lambda c: c.risk.phone)
@example("didit risk phone --phone +14155552671")
def risk_phone() -> None:
    """Risk-score a phone number (at most 4 times an hour per number)."""


@cli.group()
def biometrics() -> None:
    """Stored biometric (face) templates."""


@biometrics.command("list")
@click.option("--vendor-data", "vendor_data")
@click.option("--status")
@ALL_PAGES
@calls(lambda c: c.biometric_templates.list)
@example("didit biometrics list --status active --all")
def biometrics_list() -> None:
    """List biometric templates."""


@biometrics.command("count")
@click.option("--vendor-data", "vendor_data")
@click.option("--status")
@calls(lambda c: c.biometric_templates.count)
@example("didit biometrics count --status active")
def biometrics_count() -> None:
    """Count biometric templates."""


@biometrics.command("purge")
@click.argument("template_uuids", nargs=-1, required=True, metavar="TEMPLATE_UUID...")
@calls(lambda c: c.biometric_templates.bulk_purge)
@example("didit biometrics purge 3f8e...")
def biometrics_purge() -> None:
    """Erase biometric templates for good."""


@cli.group("travel-rule")
def travel_rule() -> None:
    """Travel Rule settings, wallet addresses and the VASP directory."""


@travel_rule.command("settings")
@calls(lambda c: c.travel_rule.settings.retrieve)
@example("didit travel-rule settings")
def travel_rule_settings() -> None:
    """Show the Travel Rule settings."""


@travel_rule.command("set")
@click.option("--enabled/--disabled", "is_enabled", default=None)
@click.option("--threshold", "threshold_amount")
@calls(lambda c: c.travel_rule.settings.update)
@example("didit travel-rule set --enabled --threshold 1000")
def travel_rule_set() -> None:
    """Turn the Travel Rule on or off, or change its threshold."""


@travel_rule.command("wallets")
@ALL_PAGES
@calls(lambda c: c.travel_rule.wallet_addresses.list)
@example("didit travel-rule wallets --all")
def travel_rule_wallets() -> None:
    """List the registered wallet addresses."""


@travel_rule.command("add-wallet")
@click.argument("address")
@click.option("--chain")
@click.option("--holder-name", "holder_name")
@click.option("--holder-vendor-data", "holder_vendor_data")
@calls(lambda c: c.travel_rule.wallet_addresses.create)
@example("didit travel-rule add-wallet 0xab... --chain ETH --holder-name 'Ana Silva'")
def travel_rule_add_wallet() -> None:
    """Register a customer's wallet address."""


@travel_rule.command("vasps")
@click.option("--search")
@ALL_PAGES
@calls(lambda c: c.travel_rule.vasps.list)
@example("didit travel-rule vasps --search alpine")
def travel_rule_vasps() -> None:
    """Search the VASP directory."""


@transactions.group("rules")
def rules() -> None:
    """Transaction monitoring rules and the rule library."""


@rules.command("list")
@click.option("--mode", type=click.Choice(["ACTIVE", "DISABLED", "TEST"]))
@click.option("--source", type=click.Choice(["PRESET", "CUSTOM"]))
@ALL_PAGES
@calls(lambda c: c.transactions.rules.list)
@example("didit transactions rules list --mode ACTIVE --all")
def rules_list() -> None:
    """List transaction rules."""


@rules.command("library")
@click.option("--bundle")
@ALL_PAGES
@calls(lambda c: c.transactions.rules.list_library)
@example("didit transactions rules library --bundle fintech_basics")
def rules_library() -> None:
    """List Didit's ready-made rules."""


@rules.command("install")
@click.option("--bundle")
@click.option("--key", "library_keys", multiple=True)
@calls(lambda c: c.transactions.rules.install)
@example("didit transactions rules install --bundle fintech_basics")
def rules_install() -> None:
    """Install library rules (by --key or a whole --bundle)."""


@rules.command("set-mode")
@click.argument("rule_uuid")
@click.option("--mode", required=True, type=click.Choice(["ACTIVE", "DISABLED", "TEST"]))
@calls(lambda c: c.transactions.rules.update)
@example("didit transactions rules set-mode 3f8e... --mode TEST")
def rules_set_mode() -> None:
    """Switch a rule on, off or to TEST."""


@rules.command("delete")
@click.argument("rule_uuid")
@calls(lambda c: c.transactions.rules.delete)
@example("didit transactions rules delete 3f8e...")
def rules_delete() -> None:
    """Delete a rule."""
