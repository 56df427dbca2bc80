"""Handlers for users (by vendor_data)."""

from __future__ import annotations

import uuid
from typing import Any

from ._registry import Call, Result, op
from ._state import (
    NOT_FOUND,
    ApiError,
    _field_error,
    _iso,
)

__all__ = ["user_record"]


# --- users -----------------------------------------------------------------------------------


def user_record(vendor_data: str, now: float) -> dict[str, Any]:
    return {
        "vendor_data": vendor_data,
        "didit_internal_id": str(uuid.uuid4()),
        "display_name": None,
        "status": "ACTIVE",
        "metadata": {},
        "session_count": 0,
        "approved_count": 0,
        "declined_count": 0,
        "in_review_count": 0,
        "first_session_at": None,
        "last_session_at": None,
        "created_at": _iso(now),
        "updated_at": _iso(now),
    }


def _get_user(c: Call) -> dict[str, Any]:
    user = c.state.users.get((c.a.api_key, c.path["vendor_data"]))
    if user is None:
        raise ApiError(404, NOT_FOUND)
    return user


@op("users_list")
def users_list(c: Call) -> Result:
    status = c.query.get("status")
    rows = [
        u
        for (key, _), u in sorted(
            c.state.users.items(), key=lambda kv: kv[1]["created_at"], reverse=True
        )
        if key == c.a.api_key
        and (status is None or u["status"] == status)
        and (not c.query.get("search") or c.query["search"] in u["vendor_data"])
    ]
    return 200, c.state.page(rows, c.query, "/v3/users/", 50, max_limit=200)


@op("users_retrieve")
def users_retrieve(c: Call) -> Result:
    return 200, _get_user(c)


@op("users_create")
def users_create(c: Call) -> Result:
    vendor_data = str(c.field("vendor_data", required=True, kind=str))
    if (c.a.api_key, vendor_data) in c.state.users:
        raise ApiError(409, {"detail": "A user with this vendor_data already exists."})
    user = user_record(vendor_data, c.state.clock.now())
    for key in (
        "display_name",
        "metadata",
        "status",
        "full_name",
        "date_of_birth",
        "issuing_states",
        "approved_emails",
        "approved_phones",
    ):
        if c.field(key) is not None:
            user[key] = c.body[key]
    c.state.users[(c.a.api_key, vendor_data)] = user
    return 201, user


@op("users_update")
def users_update(c: Call) -> Result:
    user = _get_user(c)
    for key in (
        "display_name",
        "metadata",
        "status",
        "full_name",
        "date_of_birth",
        "issuing_states",
        "approved_emails",
        "approved_phones",
    ):
        if key in (c.body or {}):
            user[key] = c.body[key]
    user["updated_at"] = _iso(c.state.clock.now())
    return 200, user


@op("users_update_status")
def users_update_status(c: Call) -> Result:
    user = _get_user(c)
    status = str(c.field("status", required=True, kind=str))
    if status not in ("ACTIVE", "FLAGGED", "BLOCKED"):
        raise _field_error("status", f'"{status}" is not a valid choice.')
    user["status"] = status
    return 200, user


@op("users_batch_delete")
def users_batch_delete(c: Call) -> Result:
    wanted = set(c.field("vendor_data_list", kind=list) or [])
    every = c.field("delete_all") is True
    if not wanted and not every:
        raise _field_error("vendor_data_list", "Provide vendor_data_list or delete_all.")
    doomed = [k for k in c.state.users if k[0] == c.a.api_key and (every or k[1] in wanted)]
    for k in doomed:
        del c.state.users[k]
    return 200, {
        "deleted": len(doomed),  # Didit's published field; deleted_count as the docs pages say
        "deleted_count": len(doomed),
        "message": f"Deleted {len(doomed)} users.",
    }
