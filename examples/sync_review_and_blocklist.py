"""Programmatic review: approve a session after checking its AML hit; decline and blocklist one.

The blocking twin of ``review_and_blocklist.py``, on ``Didit``.
"""

from __future__ import annotations

from didit_async.sandbox import Sandbox, SandboxConfig


def main(sandbox: Sandbox | None = None) -> list[str]:
    sandbox = sandbox or Sandbox(SandboxConfig(virtual_time=True))
    with sandbox.sync_client() as client:
        wf = client.workflows.create(workflow_label="KYC + AML", is_aml_enabled=True)
        good = client.sessions.create(
            workflow_id=wf.uuid, vendor_data="alice", sandbox_scenario="review_aml_possible_match"
        )
        bad = client.sessions.create(
            workflow_id=wf.uuid,
            vendor_data="mallory",
            sandbox_scenario="review_face_match_borderline",
        )
        sandbox.advance(10)
        decision = client.sessions.retrieve_decision(good.session_id)
        for screening in decision.aml_screenings or []:
            for hit in screening.hits or []:
                client.sessions.update_aml_hit_status(
                    good.session_id, hit_id=str(hit.id), review_status="False Positive"
                )
        client.sessions.update_status(
            good.session_id, new_status="Approved", comment="AML hit reviewed: false positive"
        )
        client.sessions.update_status(
            bad.session_id, new_status="Declined", comment="Face does not match the document"
        )
        client.blocklist.add(
            session_id=bad.session_id, blocklist_face=True, blocklist_document=True
        )
        retry = client.sessions.create(workflow_id=wf.uuid, vendor_data="mallory")
        sandbox.advance(10)
        again = client.sessions.retrieve_decision(retry.session_id)
        risks = [w.risk for r in again.id_verifications or [] for w in r.warnings or []]
        print("Mallory's next attempt:", again.status, risks)
        return [str(risk) for risk in risks]


if __name__ == "__main__":
    main()
