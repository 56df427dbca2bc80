"""Handlers for case blueprints: the teams and rules cases follow, and Didit's four presets.

A blueprint names its team (``assignee_pool``: a case assigned under it must go to one of
them, when the pool is not empty), how cases are assigned (``AUTOMATIC``: a new case goes to
the member holding the fewest open cases), a cap on each member's open cases, the blueprint
cases escalate to, whether they may be transferred, a four-eyes checker blueprint (resolutions
then wait for approval) and whether resolving needs a note. Its ``content_config.checklist``
becomes each new case's checklist. Installing presets is idempotent: 201 with the keys created,
200 with none when every preset is installed already.
"""

from __future__ import annotations

import uuid
from typing import Any

from ._case_state import check_scope, now_iso
from ._registry import Call, Result, _uuid_or_404, op
from ._state import NOT_FOUND, ApiError, _field_error

__all__ = [
    "blueprint_detail",
    "blueprint_of",
    "blueprint_summary",
    "checklist_from",
    "referenced",
]

SECTIONS = ("aml_control", "identity", "verifications", "reporting", "financial")


def _config(checklist: list[str], *enabled: str) -> dict[str, Any]:
    config: dict[str, Any] = {
        "checklist": {
            "enabled": bool(checklist),
            "optional": False,
            "items": [{"label": label, "order": i + 1} for i, label in enumerate(checklist)],
        }
    }
    for section in SECTIONS:
        config[section] = {"enabled": section in enabled}
    return config


PRESETS: dict[str, dict[str, Any]] = {
    "screening_hit": {
        "name": "Screening hit",
        "description": "Review a sanctions or PEP screening match.",
        "content_config": _config(
            ["Compare the match with the applicant", "Record the decision"], "aml_control"
        ),
    },
    "aml_investigation": {
        "name": "AML investigation",
        "description": "Investigate suspicious funds and decide whether to report.",
        "content_config": _config(
            ["Review transactions", "Check source of funds", "Decide on a report"],
            "aml_control",
            "financial",
            "reporting",
        ),
    },
    "suspicious_activity": {
        "name": "Suspicious activity",
        "description": "Activity a rule flagged: confirm or dismiss it.",
        "content_config": _config(["Review the alert", "Contact the user"], "financial"),
    },
    "kyc": {
        "name": "KYC review",
        "description": "A verification that needs a human decision.",
        "content_config": _config(["Check the documents", "Check the selfie"], "identity"),
    },
}


def blueprint_of(c: Call, blueprint_uuid: str | None) -> dict[str, Any] | None:
    """The application's blueprint with this id (None for None), or 404."""
    if blueprint_uuid is None:
        return None
    bp = c.state.entities.casework.blueprints.get(_uuid_or_404(blueprint_uuid))
    if bp is None or bp["app_key"] != c.a.api_key:
        raise ApiError(404, NOT_FOUND)
    return bp


def referenced(c: Call, field: str, value: Any) -> str | None:
    """A blueprint named in a body: None, or an existing blueprint of the application."""
    if value is None:
        return None
    bp = c.state.entities.casework.blueprints.get(str(value))
    if bp is None or bp["app_key"] != c.a.api_key:
        raise _field_error(field, f'Invalid pk "{value}" - object does not exist.')
    return str(bp["uuid"])


def checklist_from(bp: dict[str, Any] | None) -> list[dict[str, Any]]:
    """A new case's checklist items, from its blueprint's ``content_config.checklist``."""
    if bp is None:
        return []
    checklist = (bp["content_config"] or {}).get("checklist") or {}
    if not checklist.get("enabled"):
        return []
    items = sorted(checklist.get("items") or [], key=lambda x: x.get("order") or 0)
    return [
        {
            "uuid": str(uuid.uuid4()),
            "label": str(item.get("label") or f"Step {i + 1}"),
            "is_completed": False,
            "completed_by": None,
            "completed_at": None,
            "order": i + 1,
        }
        for i, item in enumerate(items)
    ]


def blueprint_summary(c: Call, blueprint_uuid: str | None) -> dict[str, Any] | None:
    bp = c.state.entities.casework.blueprints.get(blueprint_uuid or "")
    return None if bp is None else {"uuid": bp["uuid"], "name": bp["name"]}


def _row(bp: dict[str, Any]) -> dict[str, Any]:
    keys = [
        "uuid",
        "name",
        "description",
        "assignment_method",
        "assignee_pool",
        "max_active_cases",
        "escalation_enabled",
        "transfer_enabled",
        "require_resolution_note",
        "is_active",
        "preset_key",
        "created_at",
    ]
    return {k: bp[k] for k in keys}


def blueprint_detail(c: Call, bp: dict[str, Any]) -> dict[str, Any]:
    """The whole blueprint, with the names of the blueprints it points to and from."""
    every = c.state.entities.casework.blueprints

    def name(ref: str | None) -> str | None:
        return every[ref]["name"] if ref in every else None

    return {
        **_row(bp),
        "escalation_blueprint": bp["escalation_blueprint"],
        "escalation_blueprint_name": name(bp["escalation_blueprint"]),
        "four_eyes_checker_blueprint": bp["four_eyes_checker_blueprint"],
        "four_eyes_checker_blueprint_name": name(bp["four_eyes_checker_blueprint"]),
        "content_config": bp["content_config"],
        "creation_sources": [],
        "receives_escalation_from": [
            {"id": other["uuid"], "name": other["name"]}
            for other in every.values()
            if other["escalation_blueprint"] == bp["uuid"] and other["app_key"] == bp["app_key"]
        ],
        "updated_at": bp["updated_at"],
    }


FIELDS = (
    "name",
    "description",
    "assignee_pool",
    "assignment_method",
    "max_active_cases",
    "escalation_enabled",
    "transfer_enabled",
    "require_resolution_note",
    "content_config",
    "is_active",
)


def _apply(c: Call, bp: dict[str, Any]) -> None:
    body = c.body if isinstance(c.body, dict) else {}
    for field in FIELDS:
        if field in body:
            bp[field] = body[field]
    for field in ("escalation_blueprint", "four_eyes_checker_blueprint"):
        if field in body:
            ref = referenced(c, field, body[field])
            if ref is not None and ref == bp["uuid"]:
                raise _field_error(field, "A blueprint cannot point to itself.")
            bp[field] = ref
    if bp["escalation_enabled"] and bp["escalation_blueprint"] is None:
        raise _field_error("escalation_blueprint", "Escalation needs an escalation blueprint.")
    bp["updated_at"] = now_iso(c.state)


def _new(c: Call, preset_key: str | None = None) -> dict[str, Any]:
    now = now_iso(c.state)
    return {
        "uuid": str(uuid.uuid4()),
        "app_key": c.a.api_key,
        "name": "",
        "description": None,
        "assignment_method": "MANUAL",
        "assignee_pool": [],
        "max_active_cases": None,
        "escalation_enabled": False,
        "escalation_blueprint": None,
        "transfer_enabled": False,
        "four_eyes_checker_blueprint": None,
        "require_resolution_note": False,
        "content_config": _config([]),
        "is_active": True,
        "preset_key": preset_key,
        "created_at": now,
        "updated_at": now,
    }


def _mine(c: Call) -> list[dict[str, Any]]:
    return [
        bp for bp in c.state.entities.casework.blueprints.values() if bp["app_key"] == c.a.api_key
    ]


@op("list_case_blueprints")
def list_case_blueprints(c: Call) -> Result:
    app = check_scope(c)
    rows = sorted(_mine(c), key=lambda bp: bp["created_at"], reverse=True)
    path = f"/v3/organization/{app.org_id}/application/{app.uuid}/cases/blueprints/"
    return 200, c.state.page(rows, c.query, path, 50, render=_row)


@op("create_case_blueprint")
def create_case_blueprint(c: Call) -> Result:
    check_scope(c)
    bp = _new(c)
    _apply(c, bp)
    c.state.entities.casework.blueprints[bp["uuid"]] = bp
    return 201, blueprint_detail(c, bp)


@op("get_case_blueprint")
def get_case_blueprint(c: Call) -> Result:
    check_scope(c)
    bp = blueprint_of(c, c.path["blueprint_uuid"])
    assert bp is not None
    return 200, blueprint_detail(c, bp)


@op("update_case_blueprint")
def update_case_blueprint(c: Call) -> Result:
    check_scope(c)
    bp = blueprint_of(c, c.path["blueprint_uuid"])
    assert bp is not None
    _apply(c, bp)
    return 200, blueprint_detail(c, bp)


@op("delete_case_blueprint")
def delete_case_blueprint(c: Call) -> Result:
    check_scope(c)
    bp = blueprint_of(c, c.path["blueprint_uuid"])
    assert bp is not None
    work = c.state.entities.casework
    del work.blueprints[bp["uuid"]]
    for other in work.blueprints.values():
        for field in ("escalation_blueprint", "four_eyes_checker_blueprint"):
            if other[field] == bp["uuid"]:
                other[field] = None
                other["escalation_enabled"] = (
                    other["escalation_blueprint"] is not None and (other["escalation_enabled"])
                )
    for case in work.cases.values():
        if case["blueprint"] == bp["uuid"]:
            case["blueprint"] = None
    return 204, None


@op("list_case_blueprint_presets")
def list_case_blueprint_presets(c: Call) -> Result:
    check_scope(c)
    installed = {bp["preset_key"] for bp in _mine(c)}
    return 200, {
        "results": [
            {
                "preset_key": key,
                "name": preset["name"],
                "description": preset["description"],
                "content_config": preset["content_config"],
                "installed": key in installed,
            }
            for key, preset in PRESETS.items()
        ]
    }


@op("install_case_blueprint_presets")
def install_case_blueprint_presets(c: Call) -> Result:
    check_scope(c)
    keys = c.field("preset_keys", kind=list)
    wanted = list(PRESETS) if keys is None else [str(k) for k in keys]
    unknown = [k for k in wanted if k not in PRESETS]
    if unknown:
        raise _field_error("preset_keys", f'"{unknown[0]}" is not a valid choice.')
    installed = {bp["preset_key"] for bp in _mine(c)}
    created = []
    for key in dict.fromkeys(wanted):
        if key in installed:
            continue
        bp = _new(c, preset_key=key)
        preset = PRESETS[key]
        bp.update(
            name=preset["name"],
            description=preset["description"],
            content_config=preset["content_config"],
        )
        c.state.entities.casework.blueprints[bp["uuid"]] = bp
        created.append(key)
    return (201 if created else 200), {"created": created}
