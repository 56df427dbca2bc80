"""Handlers for a user's PDF report and the organization-scoped operations (face upload, the
bulk monitoring toggles and their jobs).

The organization-scoped paths must name the caller's own organization and application (404
otherwise). Bulk toggles run as the jobs of :mod:`._ops_monitoring`; a job is read back on the
job path of the family that started it. The KYB-session toggle acts on the businesses that have
a KYB session.
"""

from __future__ import annotations

import base64
import binascii
import uuid

from ._ops_monitoring import find_job, job_view, start_job
from ._pdf import minimal_pdf
from ._registry import Call, Result, op
from ._state import NOT_FOUND, ApiError, _field_error, _iso


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


def _own(c: Call) -> None:
    if (c.path["organization_id"], c.path["application_id"]) != (c.a.org_id, c.a.uuid):
        raise ApiError(404, NOT_FOUND)


@op("users_upload_face")
def users_upload_face(c: Call) -> Result:
    _own(c)
    wanted = c.path["didit_internal_id"]
    user = next(
        (
            u
            for (app, _), u in c.state.users.items()
            if app == c.a.api_key and u["didit_internal_id"] == wanted
        ),
        None,
    )
    if user is None:
        raise ApiError(404, NOT_FOUND)
    try:
        image = base64.b64decode(str(c.field("image", required=True, kind=str)), validate=True)
    except (binascii.Error, ValueError):
        raise _field_error("image", "Upload a valid base64-encoded image.") from None
    if not image:
        raise _field_error("image", "The submitted file is empty.")
    face_id = str(uuid.uuid4())
    return 201, {
        "uuid": face_id,
        "image_url": f"https://sandbox.didit.invalid/faces/{face_id}.jpg",
        "comment": c.field("comment", kind=str) or "",
        "uploaded_by": "api",
        "created_at": _iso(c.state.clock.now()),
    }


@op("users_bulk_toggle_aml_monitoring")
def users_bulk_toggle(c: Call) -> Result:
    _own(c)
    return start_job(c, "user", scope="vendor-users")


@op("users_retrieve_aml_monitoring_job")
def users_job(c: Call) -> Result:
    _own(c)
    return 200, job_view(c.state.clock.now(), find_job(c, "vendor-users"))


@op("businesses_bulk_toggle_aml_monitoring")
def businesses_bulk_toggle(c: Call) -> Result:
    _own(c)
    return start_job(c, "business", scope="vendor-businesses")


@op("businesses_retrieve_aml_monitoring_job")
def businesses_job(c: Call) -> Result:
    _own(c)
    return 200, job_view(c.state.clock.now(), find_job(c, "vendor-businesses"))


@op("businesses_bulk_toggle_session_aml_monitoring")
def business_sessions_toggle(c: Call) -> Result:
    _own(c)
    verified = {
        str(s.vendor_data)
        for s in c.state.sessions.values()
        if s.app_key == c.a.api_key and s.kind == "business" and s.vendor_data
    }
    return start_job(c, "business", scope="business-sessions", only=verified)


@op("businesses_retrieve_session_aml_monitoring_job")
def business_sessions_job(c: Call) -> Result:
    _own(c)
    return 200, job_view(c.state.clock.now(), find_job(c, "business-sessions"))
