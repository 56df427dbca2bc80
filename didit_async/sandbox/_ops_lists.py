"""Handlers for lists (blocklists, allowlists, custom lists) and their entries.

Each application gets one system blocklist per entry type the first time it touches lists;
those cannot be created, renamed or deleted (403). Allowlists and custom lists are created
with a name unique per application (400 on a repeat).

A blocklist entry acts like the legacy blocklist: a session created afterwards whose simulated
person matches it (face, document number, phone, email, or the session's ``vendor_data`` for
``user``/``business`` entries) ends Declined with a ``*_IN_BLOCKLIST`` warning. A ``user`` or
``business`` entry also sets that entity's status to BLOCKED; removing the entry sets it back
to ACTIVE (each change sends ``user.status.updated`` or ``business.status.updated``). An
entry's value is given, or extracted from ``reference_session_id`` by the list's entry type;
a face upload stores ``face-`` plus a digest of the image (it matches no simulated face, as a
stranger's photo would not).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import ipaddress
import uuid
from typing import Any

from didit_async._generated.enums import ListEntryType

from ._entity_events import emit_entity
from ._ops_businesses import new_business
from ._registry import Call, Result, _uuid_or_404, op
from ._scenarios import identity_for
from ._state import NOT_FOUND, ApiError, Application, SandboxState, Session, _field_error, _iso

__all__ = ["list_risks"]

ENTRY_TYPES = tuple(t.value for t in ListEntryType)  # from the spec's enum
LIST_TYPES = ("blocklist", "allowlist", "custom")
RISKS = {
    "face": "FACE_IN_BLOCKLIST",
    "document": "ID_DOCUMENT_IN_BLOCKLIST",
    "phone": "PHONE_NUMBER_IN_BLOCKLIST",
    "email": "EMAIL_IN_BLOCKLIST",
    "user": "USER_IN_BLOCKLIST",
    "business": "BUSINESS_IN_BLOCKLIST",
}
FORBIDDEN = {"detail": "System blocklists cannot be modified."}


def _provision(state: SandboxState, app: Application) -> None:
    if app.api_key in state.entities.provisioned:
        return
    state.entities.provisioned.add(app.api_key)
    now = _iso(state.clock.now())
    for kind in ENTRY_TYPES:
        lid = str(uuid.uuid4())
        state.entities.lists[lid] = {
            "uuid": lid,
            "name": f"{kind.replace('_', ' ').capitalize()} blocklist",
            "list_type": "blocklist",
            "entry_type": kind,
            "description": f"System blocklist of {kind.replace('_', ' ')} values.",
            "is_system": True,
            "created_at": now,
            "updated_at": now,
            "app_key": app.api_key,
        }


def _session_values(s: Session) -> dict[str, str | None]:
    who = identity_for(s.vendor_data, s.contact_details)
    return {
        "face": who["face"],
        "document": who["document_number"],
        "phone": who["phone"],
        "email": who["email"],
        "ip_address": "203.0.113." + str(1 + s.number % 250),
        "device_fingerprint": "dev-" + hashlib.sha256(s.session_id.encode()).hexdigest()[:16],
        "user": s.vendor_data if s.kind == "user" else None,
        "business": s.vendor_data if s.kind == "business" else None,
    }


def list_risks(state: SandboxState, app_key: str, s: Session) -> list[str]:
    """The blocklist warnings a new session ``s`` earns from the lists' blocklist entries."""
    values = _session_values(s)
    risks = set()
    for entry in state.entities.entries.values():
        lst = state.entities.lists.get(entry["list_uuid"])
        if lst is None or lst["app_key"] != app_key or lst["list_type"] != "blocklist":
            continue
        kind = lst["entry_type"]
        if kind in RISKS and values.get(kind) == entry["value"]:
            risks.add(RISKS[kind])
    return sorted(risks)


def _view(state: SandboxState, lst: dict[str, Any]) -> dict[str, Any]:
    count = sum(1 for e in state.entities.entries.values() if e["list_uuid"] == lst["uuid"])
    return {**{k: v for k, v in lst.items() if k != "app_key"}, "entry_count": count}


def _entry_view(e: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in e.items() if k != "app_key"}


def _get(c: Call) -> dict[str, Any]:
    _provision(c.state, c.a)
    lst = c.state.entities.lists.get(_uuid_or_404(c.path["list_uuid"]))
    if lst is None or lst["app_key"] != c.a.api_key:
        raise ApiError(404, NOT_FOUND)
    return lst


def _choice(name: str, value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise _field_error(name, f'"{value}" is not a valid choice.')
    return str(value)


def _unique_name(c: Call, name: str, but: str | None = None) -> None:
    for other in c.state.entities.lists.values():
        if other["app_key"] == c.a.api_key and other["name"] == name and other["uuid"] != but:
            raise _field_error("name", "A list with this name already exists.")


@op("lists_list")
def lists_list(c: Call) -> Result:
    _provision(c.state, c.a)
    list_type = c.query.get("list_type")
    entry_type = c.query.get("entry_type")
    if list_type is not None:
        _choice("list_type", list_type, LIST_TYPES)
    if entry_type is not None:
        _choice("entry_type", entry_type, ENTRY_TYPES)
    rows = [
        lst
        for lst in c.state.entities.lists.values()
        if lst["app_key"] == c.a.api_key
        and (list_type is None or lst["list_type"] == list_type)
        and (entry_type is None or lst["entry_type"] == entry_type)
    ]
    return 200, c.state.page(
        rows, c.query, "/v3/lists/", 50, render=lambda x: _view(c.state, x), max_limit=200
    )


@op("lists_create")
def lists_create(c: Call) -> Result:
    _provision(c.state, c.a)
    name = str(c.field("name", required=True, kind=str))
    list_type = str(c.field("list_type", required=True, kind=str))
    if list_type == "blocklist":
        raise _field_error(
            "list_type", "Blocklists are provisioned by Didit and cannot be created."
        )
    _choice("list_type", list_type, ("allowlist", "custom"))
    entry_type = _choice("entry_type", c.field("entry_type", required=True), ENTRY_TYPES)
    _unique_name(c, name)
    lid = str(uuid.uuid4())
    now = _iso(c.state.clock.now())
    lst = {
        "uuid": lid,
        "name": name,
        "list_type": list_type,
        "entry_type": entry_type,
        "description": c.field("description", kind=str),
        "is_system": False,
        "created_at": now,
        "updated_at": now,
        "app_key": c.a.api_key,
    }
    c.state.entities.lists[lid] = lst
    return 201, _view(c.state, lst)


@op("lists_retrieve")
def lists_retrieve(c: Call) -> Result:
    return 200, _view(c.state, _get(c))


@op("lists_update")
def lists_update(c: Call) -> Result:
    lst = _get(c)
    if lst["is_system"]:
        raise ApiError(403, FORBIDDEN)
    name = c.field("name", kind=str)
    if name is not None:
        _unique_name(c, name, but=lst["uuid"])
        lst["name"] = name
    if "description" in (c.body or {}):
        lst["description"] = c.field("description", kind=str)
    lst["updated_at"] = _iso(c.state.clock.now())
    return 200, _view(c.state, lst)


@op("lists_delete")
def lists_delete(c: Call) -> Result:
    lst = _get(c)
    if lst["is_system"]:
        raise ApiError(403, FORBIDDEN)
    for eid in [e for e, v in c.state.entities.entries.items() if v["list_uuid"] == lst["uuid"]]:
        del c.state.entities.entries[eid]
    del c.state.entities.lists[lst["uuid"]]
    return 204, None


@op("lists_entries_list")
def entries_list(c: Call) -> Result:
    lst = _get(c)
    search = (c.query.get("search") or "").lower()
    rows = [
        e
        for e in c.state.entities.entries.values()
        if e["list_uuid"] == lst["uuid"]
        and (
            not search
            or search in str(e["value"]).lower()
            or search in str(e.get("display_label") or "").lower()
        )
    ]
    rows.reverse()  # newest first
    return 200, c.state.page(
        rows, c.query, f"/v3/lists/{lst['uuid']}/entries/", 50, render=_entry_view, max_limit=200
    )


def _check_value(kind: str, value: str) -> str:
    value = value.strip()
    if not value:
        raise _field_error("value", "This field may not be blank.")
    if kind == "email" and "@" not in value:
        raise _field_error("value", "Enter a valid email address.")
    if kind == "ip_address":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            raise _field_error("value", "Enter a valid IPv4 or IPv6 address.") from None
    if kind == "country" and not (len(value) == 2 and value.isalpha() and value.isupper()):
        raise _field_error("value", "Enter an ISO 3166-1 alpha-2 country code.")
    return value


def _set_entity_status(c: Call, lst: dict[str, Any], value: str, status: str) -> None:
    if lst["list_type"] != "blocklist" or lst["entry_type"] not in ("user", "business"):
        return
    kind = lst["entry_type"]
    if kind == "user":
        entity = c.state.users.get((c.a.api_key, value))
        if entity is None:
            return
    else:
        entity = new_business(c.state, c.a, value)
    previous = entity["status"]
    if previous == status:
        return
    entity["status"] = status
    entity["updated_at"] = _iso(c.state.clock.now())
    emit_entity(
        c.state,
        c.a,
        f"{kind}.status.updated",
        {
            "vendor_data": value,
            "uuid": entity["didit_internal_id"],
            "status": status,
            "previous_status": previous,
        },
    )


def _add(c: Call, lst: dict[str, Any], value: str, **fields: Any) -> dict[str, Any]:
    if any(
        e["list_uuid"] == lst["uuid"] and e["value"] == value
        for e in c.state.entities.entries.values()
    ):
        raise _field_error("value", "This value is already in the list.")
    eid = str(uuid.uuid4())
    entry = {
        "uuid": eid,
        "list_uuid": lst["uuid"],
        "entry_type": lst["entry_type"],
        "value": value,
        "display_label": fields.get("display_label"),
        "comment": fields.get("comment"),
        "reference_session_id": fields.get("reference_session_id"),
        "reference_object_uuid": fields.get("reference_object_uuid"),
        "metadata": fields.get("metadata") or {},
        "created_at": _iso(c.state.clock.now()),
    }
    c.state.entities.entries[eid] = entry
    _set_entity_status(c, lst, value, "BLOCKED")
    return entry


@op("lists_entries_create")
def entries_create(c: Call) -> Result:
    lst = _get(c)
    value = c.field("value", kind=str)
    ref = c.field("reference_session_id", kind=str)
    if value is None and ref is None:
        raise _field_error("value", "Provide value or reference_session_id.")
    if ref is not None:
        try:
            s = c.state.session(c.a, str(uuid.UUID(ref)))
        except (ValueError, ApiError):
            raise _field_error("reference_session_id", "Session not found.") from None
        extracted = _session_values(s).get(lst["entry_type"])
        if extracted is None:
            raise _field_error(
                "reference_session_id",
                f"No {lst['entry_type'].replace('_', ' ')} can be taken from this session.",
            )
        value = value or extracted
    assert value is not None
    entry = _add(
        c,
        lst,
        _check_value(lst["entry_type"], value),
        **{
            k: c.field(k)
            for k in (
                "display_label",
                "comment",
                "reference_session_id",
                "reference_object_uuid",
                "metadata",
            )
        },
    )
    return 201, _entry_view(entry)


@op("lists_entries_upload_face")
def entries_upload_face(c: Call) -> Result:
    lst = _get(c)
    if lst["entry_type"] != "face":
        raise _field_error("image", "Face uploads need a face list.")
    encoded = str(c.field("image", required=True, kind=str))
    try:
        image = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise _field_error("image", "Not valid base64.") from None
    if not image:
        raise _field_error("image", "The image is empty.")
    value = "face-" + hashlib.sha256(image).hexdigest()[:16]
    entry = _add(c, lst, value, display_label=c.field("display_label"), comment=c.field("comment"))
    return 201, _entry_view(entry)


@op("lists_entries_delete")
def entries_delete(c: Call) -> Result:
    lst = _get(c)
    entry = c.state.entities.entries.get(_uuid_or_404(c.path["entry_uuid"]))
    if entry is None or entry["list_uuid"] != lst["uuid"]:
        raise ApiError(404, NOT_FOUND)
    del c.state.entities.entries[entry["uuid"]]
    _set_entity_status(c, lst, entry["value"], "ACTIVE")
    return 204, None
