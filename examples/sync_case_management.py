"""Case management with blocking calls: the twin of ``case_management.py``, on ``Didit``."""

from __future__ import annotations

from didit_async import Didit
from didit_async.sandbox import Sandbox, SandboxConfig

OFFICER = "0f8f1f6e-6b7e-4c59-9a52-9d5f7a1b2c01"  # a member of your compliance team
REPORTING = {
    "rentity_id": "RE-0042",  # your reporting entity id at the FIU
    "reporting_person": {"first_name": "Ana", "last_name": "Silva"},
    "location": {"city": "Madrid", "country_code": "ES"},
    "currency_code_local": "EUR",
}


def run(client: Didit) -> dict[str, str]:
    """The whole flow on one client; returns what a compliance lead would check."""
    customer = client.users.create(vendor_data="customer-7")
    tx = client.transactions.create(
        transaction_id="pay-18500",
        transaction_category="finance",
        transaction_details={"amount": "18500.00", "currency": "EUR", "direction": "outbound"},
        subject={"vendor_data": "customer-7"},
    )
    case = client.cases.create(
        title=f"Large transfer {tx.transaction_id}",
        priority="HIGH",
        subject={"type": "user", "uuid": customer.didit_internal_id},
    )
    client.cases.links.create(case.uuid, entity_type="transaction", entity_uuid=str(tx.uuid))
    client.cases.assign(case.uuid, assignee_user_id=OFFICER, assignee_name="Ana Silva")
    client.cases.notes.create(case.uuid, comment="Customer could not explain the source of funds.")
    case = client.cases.resolve(case.uuid, resolution="VALID_THREAT", note="Reported")
    template = client.report_templates.create(
        name="Spain STR", jurisdiction="ES", report_type="STR", field_config=REPORTING
    )
    report = client.cases.regulatory_reports.create(
        case.uuid,
        template=template.uuid,
        transactions=[str(tx.uuid)],
        submission_date="2026-12-08T09:00:00Z",
        reason="Transfer inconsistent with the customer's profile",
        action="Account restricted, relationship under review",
        narrative={"what": "EUR 18,500 outbound transfer", "why": "Unexplained source of funds"},
    )
    client.regulatory_reports.validate(report.uuid)
    filed = client.regulatory_reports.finalize(report.uuid)
    link = client.regulatory_reports.get_download_url(report.uuid, file="xml")
    print("Filed", filed.report_number, "download:", link.download_url)
    return {
        "case": str(case.status),
        "report": str(filed.status),
        "number": str(filed.report_number),
    }


def main(sandbox: Sandbox | None = None) -> dict[str, str]:
    sandbox = sandbox or Sandbox(SandboxConfig(virtual_time=True))
    with sandbox.sync_client() as client:  # the sandbox's ids are set for you
        return run(client)


if __name__ == "__main__":
    main()
