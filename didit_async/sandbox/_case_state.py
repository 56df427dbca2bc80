"""Shared helpers of the sandbox's compliance back office: scope, actor, event trail, files.

The records live in ``state.entities.casework`` (:class:`._entities.CaseWork`); the handlers
in ``_ops_cases``, ``_ops_case_items``, ``_ops_case_blueprints``, ``_ops_reports`` and
``_ops_networks``.
Every route sits under ``/v3/organization/{organization_id}/application/{application_id}/``:
ids that are not the calling application's own answer 404, as for any object outside the
key's scope. Files (note attachments, printed cases, finalized reports) are kept here and
served by the sandbox itself at ``/sandbox/files/<token>``, the short-lived "presigned" URLs
the operations answer.
"""

from __future__ import annotations

import secrets
import uuid
from typing import Any

from ._registry import Call
from ._state import NOT_FOUND, ApiError, Application, SandboxState, _iso

__all__ = [
    "KINDS",
    "actor",
    "add_event",
    "attachment_url",
    "check_scope",
    "file_url",
    "note_view",
    "now_iso",
    "serve_file",
]


def now_iso(state: SandboxState) -> str:
    return _iso(state.clock.now())


def check_scope(c: Call) -> Application:
    """The calling application, if the path's organization and application ids are its own."""
    app = c.a
    org, application = c.path.get("organization_id", ""), c.path.get("application_id", "")
    if org.lower() != app.org_id.lower() or application.lower() != app.uuid.lower():
        raise ApiError(404, NOT_FOUND)
    return app


def actor(c: Call) -> tuple[str, str]:
    """(email, name) of whoever made the call: the account behind a Bearer token, or the
    application's API key, which acts as a team member of its own."""
    auth = c.headers.get("authorization", "")
    if not c.headers.get("x-api-key") and auth.lower().startswith("bearer "):
        entry = c.state.tokens.get(auth[7:].strip())
        if entry is not None:
            return entry[0], entry[0].split("@")[0]
    return f"api-key+{c.a.client_id}@sandbox.didit.me", "API key"


def add_event(
    c: Call,
    case: dict[str, Any],
    event_type: str,
    *,
    previous: str | None = None,
    new: str | None = None,
    **metadata: Any,
) -> None:
    """Record one change on the case's trail, by the caller."""
    email, name = actor(c)
    case["events"].append(
        {
            "uuid": str(uuid.uuid4()),
            "event_type": event_type,
            "actor_email": email,
            "actor_name": name,
            "previous_status": previous,
            "new_status": new,
            "metadata": metadata,
            "created_at": now_iso(c.state),
            "_at": c.state.clock.now(),
        }
    )
    case["updated_at"] = now_iso(c.state)


def file_url(state: SandboxState, content: bytes, content_type: str) -> str:
    """Store ``content`` and answer the sandbox URL that serves it."""
    token = secrets.token_urlsafe(16)
    state.entities.casework.files[token] = (content_type, content)
    return f"{state.base_url}/sandbox/files/{token}"


def serve_file(state: SandboxState, token: str) -> tuple[int, Any, dict[str, str]]:
    """``GET /sandbox/files/<token>``: the stored bytes with their content type, or 404."""
    found = state.entities.casework.files.get(token)
    if found is None:
        return 404, {"detail": "Not found."}, {}
    return 200, found[1], {"content-type": found[0]}


KINDS = {b"%PDF": ("pdf", "application/pdf"), b"\x89PNG": ("png", "image/png")}


def attachment_url(c: Call, key: str) -> str:
    content = c.state.entities.casework.attachments[key][2]
    ctype = next((t for magic, (_, t) in KINDS.items() if content.startswith(magic)), None)
    return file_url(c.state, content, ctype or "application/octet-stream")


def note_view(c: Call, note: dict[str, Any]) -> dict[str, Any]:
    """A note as Didit shows it: each attachment with a fresh download URL."""
    return {
        **note,
        "attachments": [{**a, "url": attachment_url(c, a["s3_key"])} for a in note["attachments"]],
    }
