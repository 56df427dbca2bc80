"""Handlers for workflows and questionnaires."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from ._questions import check_questions
from ._registry import Call, Result, _uuid_or_404, op
from ._state import (
    NOT_FOUND,
    ApiError,
    _iso,
)

__all__ = ["create_workflow"]


# --- workflows -------------------------------------------------------------------------------

_FLAG_FEATURES = {
    "is_liveness_enabled": "LIVENESS",
    "is_face_match_enabled": "FACE_MATCH",
    "is_aml_enabled": "AML",
    "is_phone_verification_enabled": "PHONE",
    "is_email_verification_enabled": "EMAIL",
    "is_database_validation_enabled": "DATABASE_VALIDATION",
    "is_ip_analysis_enabled": "IP_ANALYSIS",
    "is_nfc_enabled": "NFC",
}


def _workflow_view(wf: dict[str, Any]) -> dict[str, Any]:
    hidden = ("app_key", "features_list", "config", "feature_configs")
    return {k: v for k, v in wf.items() if k not in hidden}


def _apply_workflow(wf: dict[str, Any], body: dict[str, Any]) -> None:
    for key in (
        "workflow_label",
        "workflow_type",
        "is_default",
        "max_retry_attempts",
        "retry_window_days",
        "status",
        "session_expiration_time",
        "is_desktop_allowed",
        "is_white_label_enabled",
    ):
        if key in body:
            wf[key] = body[key]
    if isinstance(wf.get("session_expiration_time"), float):
        # Didit's published schema takes a number and answers an integer: whole seconds.
        wf["session_expiration_time"] = int(wf["session_expiration_time"])
    wf["config"].update({k: v for k, v in body.items() if k.startswith(("is_", "face_", "aml_"))})
    if "features" in body:
        features = [str(f.get("feature")) for f in body["features"] if isinstance(f, dict)]
        wf["feature_configs"] = [f for f in body["features"] if isinstance(f, dict)]
    elif "features" in wf and not any(flag in body for flag in _FLAG_FEATURES):
        return  # a partial update leaves the features as they are, as Didit's PATCH does
    else:
        features = ["ID_VERIFICATION"] + [
            name for flag, name in _FLAG_FEATURES.items() if wf["config"].get(flag)
        ]
    wf["features"] = features
    wf["features_list"] = features
    # A decimal string, as the docs' examples print it (Didit's published schema says number;
    # the spec and the client read both).
    wf["total_price"] = f"{Decimal('0.15') * len(features):.2f}"
    wf["min_price"] = wf["total_price"]
    wf["max_price"] = wf["total_price"]


def create_workflow(c: Call, body: dict[str, Any]) -> dict[str, Any]:
    wid = str(uuid.uuid4())
    wf: dict[str, Any] = {
        "uuid": wid,
        "workflow_id": wid,
        "workflow_label": None,
        "workflow_type": "kyc",
        "is_default": False,
        "is_archived": False,
        "is_simple_workflow": True,
        "is_editable": True,
        "workflow_url": f"https://verify.didit.me/workflow/{wid}",
        "max_retry_attempts": 3,
        "retry_window_days": 7,
        "version": 1,
        "special_add_on_prices": {},
        "created_at": _iso(c.state.clock.now()),
        "app_key": c.a.api_key,
        "config": {},
    }
    _apply_workflow(wf, body)
    c.state.workflows[wid] = wf
    return wf


def _workflow(c: Call) -> dict[str, Any]:
    wf = c.state.workflows.get(_uuid_or_404(c.path["settings_uuid"]))
    if wf is None or wf["app_key"] != c.a.api_key:
        raise ApiError(404, NOT_FOUND)
    return wf


@op("workflows_list")
def workflows_list(c: Call) -> Result:
    # A page, as Didit's published schema answers (older answers were a bare array).
    mine = [w for w in c.state.workflows.values() if w["app_key"] == c.a.api_key]
    return 200, c.state.page(mine, c.query, "/v3/workflows/", 50, render=_workflow_view)


@op("workflows_create")
def workflows_create(c: Call) -> Result:
    return 201, _workflow_view(create_workflow(c, c.body))


@op("workflows_retrieve")
def workflows_retrieve(c: Call) -> Result:
    return 200, _workflow_view(_workflow(c))


@op("workflows_update")
def workflows_update(c: Call) -> Result:
    wf = _workflow(c)
    _apply_workflow(wf, c.body or {})
    wf["version"] += 1
    return 200, _workflow_view(wf)


@op("workflows_delete")
def workflows_delete(c: Call) -> Result:
    del c.state.workflows[_workflow(c)["uuid"]]
    return 204, None


# --- questionnaires --------------------------------------------------------------------------


def _questionnaire(c: Call) -> dict[str, Any]:
    q = c.state.questionnaires.get(_uuid_or_404(c.path["questionnaire_uuid"]))
    if q is None or q["app_key"] != c.a.api_key:
        raise ApiError(404, NOT_FOUND)
    return q


def _q_view(q: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in q.items() if k != "app_key"}


@op("questionnaires_list")
def questionnaires_list(c: Call) -> Result:
    # A page, as Didit's published schema answers (older answers were a bare array).
    mine = [q for q in c.state.questionnaires.values() if q["app_key"] == c.a.api_key]
    return 200, c.state.page(mine, c.query, "/v3/questionnaires/", 50, render=_q_view)


@op("questionnaires_create")
def questionnaires_create(c: Call) -> Result:
    title = c.field("title", required=True, kind=str)
    questions = c.field("questions", kind=list)
    elements = c.field("form_elements", required=questions is None, kind=list)
    if questions is not None:
        check_questions(questions)
    qid = str(uuid.uuid4())
    now = _iso(c.state.clock.now())
    q = {
        "uuid": qid,
        "questionnaire_id": qid,
        "status": "published",
        "version": 1,
        "is_active": True,
        "is_editable": True,
        "is_simple_questionnaire": True,
        "questionnaire_group_id": qid,
        "published_at": now,
        "graph": {},
        "sections": [{"title": title, "elements": elements or questions or []}],
        "question_types": sorted(
            {str(e.get("element_type") or e.get("type")) for e in (elements or questions or [])}
        ),
        "workflow_names": [],
        "title": title,
        "description": c.field("description"),
        "default_language": c.field("default_language") or "en",
        "languages": c.field("languages") or ["en"],
        "form_elements": elements,
        "questions": questions,
        "created_at": now,
        "updated_at": now,
        "app_key": c.a.api_key,
    }
    c.state.questionnaires[qid] = q
    return 201, _q_view(q)


@op("questionnaires_retrieve")
def questionnaires_retrieve(c: Call) -> Result:
    return 200, _q_view(_questionnaire(c))


@op("questionnaires_update")
def questionnaires_update(c: Call) -> Result:
    q = _questionnaire(c)
    if c.field("questions") is not None:
        check_questions(c.field("questions", kind=list))
    for key in (
        "title",
        "description",
        "default_language",
        "languages",
        "form_elements",
        "questions",
    ):
        if key in (c.body or {}):
            q[key] = c.body[key]
    q["updated_at"] = _iso(c.state.clock.now())
    return 200, _q_view(q)


@op("questionnaires_delete")
def questionnaires_delete(c: Call) -> Result:
    del c.state.questionnaires[_questionnaire(c)["uuid"]]
    return 204, None
