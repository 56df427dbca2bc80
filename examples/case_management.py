"""Case management: a transaction alert opens a case, it is assigned, noted, resolved, and a
suspicious transaction report (STR) is filed.

Runs against the built-in sandbox; pass your own ``AsyncDidit`` to run it against Didit (the
client needs your organization and application ids: ``organization_id=``/``application_id=``
or ``DIDIT_ORGANIZATION_ID``/``DIDIT_APPLICATION_ID``).
"""

from __future__ import annotations

import anyio

from didit_async import AsyncDidit
from didit_async.sandbox import Sandbox, SandboxConfig

OFFICER = "0f8f1f6e-6b7e-4c59-9a52-9d5f7a1b2c01"  # a member of your compliance team
REPORTING = {
    "rentity_id": "RE-0042",  # your reporting entity id at the FIU
    "reporting_person": {"first_name": "Ana", "last_name": "Silva"},
    "location": {"city": "Madrid", "country_code": "ES"},
    "currency_code_local": "EUR",
}


async def run(client: AsyncDidit) -> dict[str, str]:
    """The whole flow on one client; returns what a compliance lead would check."""
    customer = await client.users.create(vendor_data="customer-7")
    tx = await client.transactions.create(
        transaction_id="pay-18500",
        transaction_category="finance",
        transaction_details={"amount": "18500.00", "currency": "EUR", "direction": "outbound"},
        subject={"vendor_data": "customer-7"},
    )
    print("Transaction", tx.transaction_id, tx.status)
    # The alert opens a case about the customer, with the transaction attached.
    case = await client.cases.create(
        title=f"Large transfer {tx.transaction_id}",
        priority="HIGH",
        subject={"type": "user", "uuid": customer.didit_internal_id},
    )
    await client.cases.links.create(case.uuid, entity_type="transaction", entity_uuid=str(tx.uuid))
    await client.cases.assign(case.uuid, assignee_user_id=OFFICER, assignee_name="Ana Silva")
    await client.cases.notes.create(
        case.uuid, comment="Customer could not explain the source of funds."
    )
    case = await client.cases.resolve(case.uuid, resolution="VALID_THREAT", note="Reported")
    print("Case", case.case_number, case.status, case.resolution)
    # File the report: a template gives the entity's fixed fields, the case the rest.
    template = await client.report_templates.create(
        name="Spain STR", jurisdiction="ES", report_type="STR", field_config=REPORTING
    )
    report = await client.cases.regulatory_reports.create(
        case.uuid,
        template=template.uuid,
        transactions=[str(tx.uuid)],
        submission_date="2026-12-08T09:00:00Z",
        reason="Transfer inconsistent with the customer's profile",
        action="Account restricted, relationship under review",
        narrative={"what": "EUR 18,500 outbound transfer", "why": "Unexplained source of funds"},
    )
    check = await client.regulatory_reports.validate(report.uuid)
    print("Validation", check.status, [e.field for e in check.errors or []])
    filed = await client.regulatory_reports.finalize(report.uuid)
    link = await client.regulatory_reports.get_download_url(report.uuid, file="xml")
    print("Filed", filed.report_number, "download:", link.download_url)
    return {
        "case": str(case.status),
        "report": str(filed.status),
        "number": str(filed.report_number),
    }


async def main(sandbox: Sandbox | None = None) -> dict[str, str]:
    sandbox = sandbox or Sandbox(SandboxConfig(virtual_time=True))
    async with sandbox.client() as client:  # the sandbox's ids are set for you
        return await run(client)


if __name__ == "__main__":
    anyio.run(main)
