"""B2B session sharing: one application shares a finished session, a partner imports it.

The blocking twin of ``share_and_import.py``, on ``Didit``.
"""

from __future__ import annotations

from didit_async.sandbox import Sandbox, SandboxConfig


def main(sandbox: Sandbox | None = None) -> str:
    sandbox = sandbox or Sandbox(SandboxConfig(virtual_time=True))
    partner_app = sandbox.state.add_application(
        "Partner bank", "sk_sandbox_partner_key_0001", sandbox.state.default_org
    )
    with sandbox.sync_client() as ours, sandbox.sync_client(partner_app.api_key) as partner:
        wf = ours.workflows.create(workflow_label="KYC")
        session = ours.sessions.create(workflow_id=wf.uuid, vendor_data="shared-user")
        sandbox.advance(10)
        share = ours.sessions.share(
            session.session_id, for_application_id=partner_app.uuid, ttl_in_seconds=7200
        )
        partner_wf = partner.workflows.create(workflow_label="Partner KYC")
        imported = partner.sessions.import_shared(
            share_token=share.share_token,
            workflow_id=partner_wf.uuid,
            vendor_data="partner-user-9",
            trust_review=True,
        )
        print("Imported as", imported.session_id, "with status", imported.status)
        return str(imported.status)


if __name__ == "__main__":
    main()
