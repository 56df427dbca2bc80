"""Handlers for a user's PDF report and the organization-scoped operations (face upload, the
bulk monitoring toggles and their jobs)."""

from __future__ import annotations

from ._pdf import minimal_pdf
from ._registry import Call, Result, op
from ._state import NOT_FOUND, ApiError


@op("users_generate_pdf")
def users_generate_pdf(c: Call) -> Result:
    user = c.state.users.get((c.a.api_key, c.path["vendor_data"]))
    if user is None:
        raise ApiError(404, NOT_FOUND)
    sessions = [
        s
        for s in c.state.sessions.values()
        if s.app_key == c.a.api_key and s.vendor_data == user["vendor_data"]
    ]
    lines = [
        "User report",
        f"vendor_data: {user['vendor_data']}",
        f"Status: {user['status']}",
        f"Sessions: {len(sessions)}",
        *(f"Session {s.number}: {s.status}" for s in sorted(sessions, key=lambda s: s.number)),
    ]
    return 200, minimal_pdf(lines)
