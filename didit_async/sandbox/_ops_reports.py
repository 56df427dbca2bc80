"""Handlers for report templates and regulatory reports (SAR, STR, CTR, ...).

A report starts ``DRAFT`` (from a template's ``field_config`` defaults, then the fields
given), becomes ``VALIDATED`` when ``validate`` finds nothing missing, and ``FINALIZED`` when
``finalize`` freezes it and produces its files: a PDF and a goAML-style XML, downloadable
from the sandbox itself through ``download-url``. Changing a validated report puts it back to
``DRAFT``; a finalized one refuses changes and deletion (409).

What ``validate`` requires (each missing field is one ``{field, message}`` error):
``rentity_id``, ``reporting_person`` (with ``first_name`` and ``last_name``), ``location``,
``reason``, ``action``, ``submission_date``, ``currency_code_local``, the narrative's
``what`` and ``why``, and, for the transaction-based types (CTR, TTR, IFT, TFR), at least
one transaction.
"""

from __future__ import annotations

import uuid
from typing import Any
from xml.sax.saxutils import escape

from ._case_state import actor, add_event, check_scope, file_url, now_iso
from ._ops_cases import get_case, refuse
from ._pdf import minimal_pdf
from ._registry import Call, Result, _uuid_or_404, op
from ._state import NOT_FOUND, ApiError

__all__: list[str] = []

TYPES = {
    "SAR": "Suspicious Activity Report",
    "STR": "Suspicious Transaction Report",
    "CTR": "Currency Transaction Report",
    "TTR": "Threshold Transaction Report",
    "UTR": "Unusual Transaction Report",
    "IFT": "International Funds Transfer",
    "CBR": "Cross-Border Report",
    "TFR": "Terrorist Financing Report",
}
WITH_TRANSACTIONS = {"CTR", "TTR", "IFT", "TFR"}
FIELDS = (
    "rentity_id",
    "rentity_branch",
    "submission_code",
    "entity_reference",
    "fiu_ref_number",
    "currency_code_local",
    "submission_date",
    "reporting_person",
    "location",
    "reason",
    "action",
    "activity",
    "narrative",
    "report_indicators",
    "included_fields",
)
REQUIRED = (
    "rentity_id",
    "location",
    "reason",
    "action",
    "submission_date",
    "currency_code_local",
)


def _mine(c: Call, store: dict[str, dict[str, Any]], key: str) -> dict[str, Any]:
    check_scope(c)
    found = store.get(_uuid_or_404(c.path[key]))
    if found is None or found["app_key"] != c.a.api_key:
        raise ApiError(404, NOT_FOUND)
    return found


def _prefix(c: Call) -> str:
    return f"/v3/organization/{c.a.org_id}/application/{c.a.uuid}/"


# --- templates -----------------------------------------------------------------------------


def _template_errors(body: dict[str, Any]) -> list[str]:
    errors = []
    jurisdiction = body.get("jurisdiction")
    if jurisdiction is not None and not (str(jurisdiction).isalpha() and jurisdiction.isupper()):
        errors.append("jurisdiction: an ISO 3166 alpha-2 code in capitals, e.g. ES.")
    config = body.get("field_config")
    if isinstance(config, dict):
        errors += [f"field_config: unknown report field {k!r}." for k in config if k not in FIELDS]
    return errors


def _template_view(t: dict[str, Any]) -> dict[str, Any]:
    view = {k: v for k, v in t.items() if k != "app_key"}
    view["report_type_display"] = TYPES[t["report_type"]]
    return view


def _apply_template(c: Call, template: dict[str, Any]) -> None:
    body = c.body if isinstance(c.body, dict) else {}
    errors = _template_errors(body)
    if errors:
        raise ApiError(400, {"errors": errors})
    for key in ("name", "jurisdiction", "report_type", "field_config"):
        if key in body and body[key] is not None:
            template[key] = body[key]
    template["updated_at"] = now_iso(c.state)


@op("list_report_templates")
def list_report_templates(c: Call) -> Result:
    app = check_scope(c)
    rows = [t for t in c.state.entities.casework.templates.values() if t["app_key"] == app.api_key]
    rows.reverse()
    path = _prefix(c) + "report-templates/"
    return 200, c.state.page(rows, c.query, path, 50, render=_template_view)


@op("create_report_template")
def create_report_template(c: Call) -> Result:
    check_scope(c)
    now = now_iso(c.state)
    template: dict[str, Any] = {"uuid": str(uuid.uuid4()), "app_key": c.a.api_key}
    template.update(field_config={}, created_at=now)
    _apply_template(c, template)
    c.state.entities.casework.templates[template["uuid"]] = template
    return 201, _template_view(template)


@op("get_report_template")
def get_report_template(c: Call) -> Result:
    return 200, _template_view(_mine(c, c.state.entities.casework.templates, "template_uuid"))


@op("update_report_template")
def update_report_template(c: Call) -> Result:
    template = _mine(c, c.state.entities.casework.templates, "template_uuid")
    _apply_template(c, template)
    return 200, _template_view(template)


@op("delete_report_template")
def delete_report_template(c: Call) -> Result:
    template = _mine(c, c.state.entities.casework.templates, "template_uuid")
    del c.state.entities.casework.templates[template["uuid"]]
    return 204, None


# --- reports -------------------------------------------------------------------------------


def _view(r: dict[str, Any]) -> dict[str, Any]:
    view = {k: v for k, v in r.items() if k not in ("app_key", "_files")}
    view["report_type_display"] = TYPES[r["report_type"]]
    view["status_display"] = r["status"].capitalize()
    return view


def _errors(r: dict[str, Any]) -> list[dict[str, str]]:
    """What keeps a report from being filed, field by field."""
    missing = [f for f in REQUIRED if not r.get(f)]
    person = r.get("reporting_person") or {}
    missing += [f"reporting_person.{k}" for k in ("first_name", "last_name") if not person.get(k)]
    narrative = r.get("narrative") or {}
    missing += [f"narrative.{k}" for k in ("what", "why") if not narrative.get(k)]
    errors = [{"field": f, "message": "This field is required."} for f in missing]
    if r["report_type"] in WITH_TRANSACTIONS and not r["transactions"]:
        errors.append({"field": "transactions", "message": "Name at least one transaction."})
    return errors


def _transactions(c: Call, given: Any) -> list[str]:
    known = {
        tx["uuid"]
        for (app_key, _), tx in c.state.entities.transactions.items()
        if app_key == c.a.api_key
    }
    wanted = [str(t).lower() for t in given or []]
    unknown = [t for t in wanted if t not in known]
    if unknown:
        raise refuse(f"No transaction {unknown[0]} in this application.")
    return wanted


def _set_fields(c: Call, r: dict[str, Any], *, creating: bool = False) -> None:
    body = c.body if isinstance(c.body, dict) else {}
    for key in (*FIELDS, "jurisdiction"):
        if key in body:
            r[key] = body[key]
    if creating and body.get("transactions") is not None:
        # Only a create names the transactions (an update does not take them).
        r["transactions"] = _transactions(c, body["transactions"])


def _create(c: Call, case: dict[str, Any], template_uuid: str | None) -> Result:
    work = c.state.entities.casework
    template = work.templates.get(template_uuid or "")
    if template_uuid and (template is None or template["app_key"] != c.a.api_key):
        raise refuse(f"No report template {template_uuid} in this application.")
    defaults = dict(template["field_config"]) if template else {}
    body = c.body if isinstance(c.body, dict) else {}
    report_type = body.get("report_type") or (template or {}).get("report_type")
    jurisdiction = body.get("jurisdiction") or (template or {}).get("jurisdiction")
    if not report_type or not jurisdiction:
        raise refuse("Give report_type and jurisdiction, or a template that has them.")
    email, name = actor(c)
    now = now_iso(c.state)
    r: dict[str, Any] = {
        "uuid": str(uuid.uuid4()),
        "app_key": c.a.api_key,
        "case_uuid": case["uuid"],
        "case_number": case["case_number"],
        "report_type": report_type,
        "report_code": report_type,
        "report_number": None,
        "status": "DRAFT",
        "jurisdiction": jurisdiction,
        **dict.fromkeys(FIELDS),
        "submission_code": "E",
        "reporting_person": {},
        "location": {},
        "narrative": {},
        "report_indicators": [],
        "included_fields": [],
        **{k: v for k, v in defaults.items() if k in FIELDS},
        "transactions": [],
        "validation_errors": [],
        "validated_at": None,
        "finalized_at": None,
        "created_by_email": email,
        "created_by_name": name,
        "created_at": now,
        "updated_at": now,
    }
    _set_fields(c, r, creating=True)
    work.reports[r["uuid"]] = r
    add_event(c, case, "REPORT_CREATED", report_uuid=r["uuid"], report_type=report_type)
    return 201, _view(r)


@op("list_case_regulatory_reports")
def list_case_regulatory_reports(c: Call) -> Result:
    case = get_case(c)
    rows = [r for r in c.state.entities.casework.reports.values() if r["case_uuid"] == case["uuid"]]
    path = _prefix(c) + f"cases/{case['uuid']}/regulatory-reports/"
    return 200, c.state.page(rows[::-1], c.query, path, 50, render=_view)


@op("create_case_regulatory_report")
def create_case_regulatory_report(c: Call) -> Result:
    case = get_case(c)
    template = c.body.get("template") if isinstance(c.body, dict) else None
    return _create(c, case, template)


@op("list_regulatory_reports")
def list_regulatory_reports(c: Call) -> Result:
    check_scope(c)
    q = c.query
    rows = [
        r
        for r in c.state.entities.casework.reports.values()
        if r["app_key"] == c.a.api_key
        and ("status" not in q or r["status"] == q["status"])
        and ("report_type" not in q or r["report_type"] == q["report_type"])
        and ("case" not in q or r["case_uuid"] == q["case"])
    ]
    return 200, c.state.page(rows[::-1], q, _prefix(c) + "regulatory-reports/", 50, render=_view)


@op("create_standalone_regulatory_report")
def create_standalone_regulatory_report(c: Call) -> Result:
    check_scope(c)
    wanted = str(c.field("case", required=True, kind=str)).lower()
    case = c.state.entities.casework.cases.get(wanted)
    if case is None or case["app_key"] != c.a.api_key:
        raise refuse(f"No case {wanted} in this application.")
    return _create(c, case, c.field("template", required=True, kind=str))


def _report(c: Call) -> dict[str, Any]:
    return _mine(c, c.state.entities.casework.reports, "report_uuid")


def _unfinalized(r: dict[str, Any], doing: str) -> None:
    if r["status"] == "FINALIZED":
        raise ApiError(
            409, {"detail": f"A finalized report cannot be {doing}.", "code": "in_filed_report"}
        )


@op("get_regulatory_report")
def get_regulatory_report(c: Call) -> Result:
    return 200, _view(_report(c))


@op("update_regulatory_report")
def update_regulatory_report(c: Call) -> Result:
    r = _report(c)
    _unfinalized(r, "changed")
    _set_fields(c, r)
    r.update(status="DRAFT", validated_at=None, updated_at=now_iso(c.state))
    return 200, _view(r)


@op("delete_regulatory_report")
def delete_regulatory_report(c: Call) -> Result:
    r = _report(c)
    _unfinalized(r, "deleted")
    del c.state.entities.casework.reports[r["uuid"]]
    return 204, None


def _check(c: Call, r: dict[str, Any]) -> list[dict[str, str]]:
    errors = _errors(r)
    r["validation_errors"] = errors
    if r["status"] != "FINALIZED":
        r["status"] = "DRAFT" if errors else "VALIDATED"
        r["validated_at"] = None if errors else now_iso(c.state)
    return errors


@op("validate_regulatory_report")
def validate_regulatory_report(c: Call) -> Result:
    r = _report(c)
    errors = [] if r["status"] == "FINALIZED" else _check(c, r)
    return 200, {"status": r["status"], "is_valid": not errors, "errors": errors}


def _xml(r: dict[str, Any]) -> bytes:
    """The report in goAML's shape, as far as the sandbox keeps its fields."""
    fields = ("rentity_id", "submission_code", "report_code", "reason", "action")
    parts = [f"<{k}>{escape(str(r[k]))}</{k}>" for k in fields]
    parts += [
        f"<transaction><transactionnumber>{t}</transactionnumber></transaction>"
        for t in r["transactions"]
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<report>' + "".join(parts) + "</report>\n"
    ).encode()


@op("finalize_regulatory_report")
def finalize_regulatory_report(c: Call) -> Result:
    r = _report(c)
    _unfinalized(r, "finalized again")
    errors = _check(c, r)
    if errors:
        raise ApiError(400, {"detail": "The report does not validate.", "errors": errors})
    work = c.state.entities.casework
    number = 1 + sum(1 for x in work.reports.values() if x["status"] == "FINALIZED")
    now = now_iso(c.state)
    r.update(status="FINALIZED", finalized_at=now, updated_at=now)
    r["report_number"] = f"{r['jurisdiction']}-{r['report_type']}-{number:06d}"
    lines = [f"{TYPES[r['report_type']]} {r['report_number']}", f"Case {r['case_number']}"]
    lines += [f"{k}: {r[k]}" for k in ("jurisdiction", "rentity_id", "reason", "action")]
    r["_files"] = {"pdf": minimal_pdf(lines), "xml": _xml(r)}
    case = work.cases.get(r["case_uuid"])
    if case is not None:
        add_event(c, case, "REPORT_FINALIZED", report_uuid=r["uuid"])
    return 200, _view(r)


@op("get_regulatory_report_download_url")
def get_regulatory_report_download_url(c: Call) -> Result:
    r = _report(c)
    kind = c.query.get("file", "pdf")
    if r["status"] != "FINALIZED":
        raise ApiError(409, {"detail": "Only a finalized report has files.", "status": r["status"]})
    ctype = "application/pdf" if kind == "pdf" else "application/xml"
    return 200, {"download_url": file_url(c.state, r["_files"][kind], ctype), "file": kind}
