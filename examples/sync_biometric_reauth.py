"""Biometric re-authentication: a session that compares a selfie to a stored portrait.

The blocking twin of ``biometric_reauth.py``, on ``Didit``.
"""

from __future__ import annotations

import base64

from didit_async import DiditValidationError
from didit_async.sandbox import Sandbox, SandboxConfig


def main(sandbox: Sandbox | None = None) -> str:
    sandbox = sandbox or Sandbox(SandboxConfig(virtual_time=True))
    portrait = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 2048).decode()
    with sandbox.sync_client() as client:
        wf = client.workflows.create(
            workflow_label="Re-auth",
            workflow_type="biometric_authentication",
            is_liveness_enabled=True,
            is_face_match_enabled=True,
        )
        try:  # a portrait over Didit's 1 MB limit never leaves the process
            client.sessions.create(workflow_id=wf.uuid, portrait_image="A" * 1_500_000)
        except DiditValidationError as exc:
            print("Rejected before sending:", exc.field, exc.reason)
        session = client.sessions.create(
            workflow_id=wf.uuid, vendor_data="user-123", portrait_image=portrait
        )
        sandbox.advance(10)
        decision = client.sessions.retrieve_decision(session.session_id)
        match = decision.face_matches[0] if decision.face_matches else None
        print(
            "Re-authentication:",
            decision.status,
            "face match score",
            match.score if match else None,
        )
        return str(decision.status)


if __name__ == "__main__":
    main()
