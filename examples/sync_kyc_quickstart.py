"""KYC quick start (seed: run_kyc.py): workflow → session → the user finishes → decision.

The blocking twin of ``kyc_quickstart.py``, on ``Didit``.
"""

from __future__ import annotations

from didit_async.sandbox import Sandbox, SandboxConfig


def main(sandbox: Sandbox | None = None) -> str:
    sandbox = sandbox or Sandbox(SandboxConfig(virtual_time=True))
    with sandbox.sync_client() as client:
        workflow = client.workflows.create(
            workflow_label="KYC Onboarding",
            workflow_type="kyc",
            is_liveness_enabled=True,
            is_face_match_enabled=True,
        )
        session = client.sessions.create(
            workflow_id=workflow.uuid,
            vendor_data="user-123",
            callback="https://yourapp.example/verification-complete",
        )
        print("Send the user to:", session.url)
        sandbox.advance(10)  # the simulated user scans a passport and takes a selfie
        decision = client.sessions.retrieve_decision(session.session_id)
        doc = decision.id_verifications[0] if decision.id_verifications else None
        print("Decision:", decision.status, "for", doc.full_name if doc else "?")
        return str(decision.status)


if __name__ == "__main__":
    main()
