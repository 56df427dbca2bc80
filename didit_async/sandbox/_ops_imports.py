"""Handlers for session retrieval and session import jobs.

The sandbox never goes to the network, so an import's ``source_file_url`` must be a ``data:``
URL (``data:text/csv;base64,...``; the CLI builds one from a local file). Any other URL makes
a job that fails at once with one row error saying so. Rows are processed when the job is
created (the job answers ``completed`` or ``completed_with_errors``); each bad row is reported
with its 1-based number, the field and the reasons, and the good rows still go in:

* ``user_verification``: a finished session per row (``vendor_data``, ``status`` one of
  Approved/Declined/In Review, optional names, ``date_of_birth`` YYYY-MM-DD, ``document_number``,
  ``provider``), never billed and sending no webhooks, on ``workflow_id`` or the default workflow.
* ``business_verification``: a business per row (``vendor_data``, ``legal_name``,
  ``registration_number``, ``country_code``, optional ``status``).
* ``transactions``: a transaction per row (``transaction_id``, ``transaction_category``,
  ``vendor_data``, ``amount``, ``currency``), evaluated like a submitted one.
* ``status_rules``: a user status per row (``vendor_data``, ``status`` ACTIVE/FLAGGED/BLOCKED).
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import json
import re
import urllib.parse
import uuid
from typing import Any

from ._ops_businesses import new_business
from ._ops_sessions import default_workflow, new_session
from ._ops_transactions import transactions_create
from ._ops_users import user_record
from ._registry import Call, Result, _uuid_or_404, op
from ._state import NOT_FOUND, ApiError, _field_error, _iso

__all__ = ["COLUMNS"]

COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # import type -> (required columns, optional columns)
    "user_verification": (
        ("vendor_data", "status"),
        (
            "first_name",
            "last_name",
            "date_of_birth",
            "document_type",
            "document_number",
            "issuing_state",
            "verified_at",
            "provider",
        ),
    ),
    "business_verification": (
        ("vendor_data", "legal_name"),
        ("registration_number", "country_code", "status", "provider"),
    ),
    "transactions": (
        ("transaction_id", "transaction_category", "vendor_data", "amount"),
        ("currency", "transaction_at", "provider"),
    ),
    "status_rules": (("vendor_data", "status"), ("reason", "provider")),
}
SESSION_STATUSES = ("Approved", "Declined", "In Review")
ENTITY_STATUSES = ("ACTIVE", "FLAGGED", "BLOCKED")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@op("sessions_retrieve")
def sessions_retrieve(c: Call) -> Result:
    s = c.state.session(c.a, _uuid_or_404(c.path["sessionId"]))
    return 200, c.state.decision(s)


@op("sessions_imports_template")
def imports_template(c: Call) -> Result:
    kind = c.query.get("import_type", "user_verification")
    if kind not in COLUMNS:
        raise ApiError(400, {"import_type": [f'"{kind}" is not a valid choice.']})
    required, optional = COLUMNS[kind]
    return 200, {
        "import_type": kind,
        "columns": [*required, *optional],
        "required_columns": list(required),
        "formats": ["csv", "ndjson"],
        "example": ",".join([*required, *optional]) + "\nuser-1,Approved" + "," * len(optional),
        "columns_by_import_type": {
            kind: {"required": list(req), "optional": list(opt)}
            for kind, (req, opt) in COLUMNS.items()
        },
    }


def _fetch(url: str) -> bytes:
    if not url.startswith("data:") or "," not in url:
        raise ValueError("the sandbox only reads data: URLs (it never goes to the network)")
    head, _, data = url[5:].partition(",")
    if head.endswith(";base64"):
        try:
            return base64.b64decode(data, validate=True)
        except binascii.Error:
            raise ValueError("the data: URL is not valid base64") from None
    return urllib.parse.unquote_to_bytes(data)


def _rows(raw: bytes, fmt: str) -> list[dict[str, Any]]:
    text = raw.decode("utf-8-sig")
    if fmt == "ndjson":
        rows = []
        for line in text.splitlines():
            if line.strip():
                value = json.loads(line)
                rows.append(value if isinstance(value, dict) else {})
        return rows
    return [dict(r) for r in csv.DictReader(io.StringIO(text))]


def _row_errors(kind: str, row: dict[str, Any]) -> list[tuple[str, str]]:
    required, _ = COLUMNS[kind]
    errors = [(f, "This field is required.") for f in required if not str(row.get(f) or "")]
    status = row.get("status")
    if status:
        allowed = SESSION_STATUSES if kind == "user_verification" else ENTITY_STATUSES
        if status not in allowed:
            errors.append(("status", f'"{status}" is not a valid choice.'))
    dob = row.get("date_of_birth")
    if dob and not DATE.fullmatch(str(dob)):
        errors.append(("date_of_birth", "Use YYYY-MM-DD."))
    if kind == "transactions" and row.get("amount"):
        try:
            float(str(row["amount"]))
        except ValueError:
            errors.append(("amount", "A valid number is required."))
    return errors


def _store(c: Call, kind: str, row: dict[str, Any], job: dict[str, Any]) -> None:
    vendor = str(row["vendor_data"])
    if kind == "user_verification":
        wid = job["workflow_id"] or default_workflow(c)["uuid"]
        s = new_session(
            c,
            wid,
            vendor,
            callback=None,
            callback_method="initiator",
            metadata={"import_id": job["uuid"], "provider": row.get("provider") or "generic"},
            contact_details=None,
            expected_details=None,
        )
        s.status = str(row["status"])
        s.next_step_at = None
        s.billed = True  # imported history is never charged
        s.imported_from = job["uuid"]
    elif kind == "business_verification":
        b = new_business(c.state, c.a, vendor)
        for key in ("legal_name", "registration_number", "country_code"):
            if row.get(key):
                b[key] = row[key]
        if row.get("status"):
            b["status"] = row["status"]
    elif kind == "transactions":
        body = {
            "transaction_id": str(row["transaction_id"]),
            "transaction_category": str(row["transaction_category"]),
            "transaction_details": {"amount": str(row["amount"]), "currency": row.get("currency")},
            "subject": {"vendor_data": vendor},
        }
        transactions_create(
            type(c)(c.state, c.app, {}, {}, body, c.headers)  # the same call, this row's body
        )
    else:
        user = c.state.users.get((c.a.api_key, vendor))
        if user is None:
            user = user_record(vendor, c.state.clock.now())
            c.state.users[(c.a.api_key, vendor)] = user
        user["status"] = row["status"]


@op("sessions_imports_create")
def imports_create(c: Call) -> Result:
    url = str(c.field("source_file_url", required=True, kind=str))
    kind = c.field("import_type", kind=str) or "user_verification"
    if kind not in COLUMNS:
        raise _field_error("import_type", f'"{kind}" is not a valid choice.')
    fmt = c.field("source_format", kind=str) or "csv"
    if fmt not in ("csv", "ndjson"):
        raise _field_error("source_format", f'"{fmt}" is not a valid choice.')
    workflow_id = c.field("workflow_id", kind=str)
    if workflow_id is not None and workflow_id not in c.state.workflows:
        raise _field_error("workflow_id", "Workflow not found.")
    now = _iso(c.state.clock.now())
    job: dict[str, Any] = {
        "uuid": str(uuid.uuid4()),
        "status": "processing",
        "import_type": kind,
        "source_format": fmt,
        "source_file_url": url if len(url) < 200 else url[:197] + "...",
        "workflow_id": workflow_id,
        "total_rows": 0,
        "processed_rows": 0,
        "success_count": 0,
        "error_count": 0,
        "created_at": now,
        "completed_at": None,
        "app_key": c.a.api_key,
        "errors": [],
    }
    c.state.entities.imports[job["uuid"]] = job
    try:
        rows = _rows(_fetch(url), fmt)
    except (ValueError, UnicodeDecodeError) as exc:
        job["status"] = "failed"
        job["errors"].append({"row": 0, "field": "source_file_url", "errors": [str(exc)]})
        job["error_count"] = 1
        job["completed_at"] = now
        return 201, _view(job)
    for number, row in enumerate(rows, start=1):
        problems = _row_errors(kind, row)
        if problems:
            for field, message in problems:
                job["errors"].append(
                    {"row": number, "field": field, "errors": [message], "raw": row}
                )
            job["error_count"] += 1
        else:
            try:
                _store(c, kind, row, job)
                job["success_count"] += 1
            except ApiError as exc:
                job["errors"].append(
                    {"row": number, "field": None, "errors": [json.dumps(exc.body)], "raw": row}
                )
                job["error_count"] += 1
        job["processed_rows"] += 1
    job["total_rows"] = len(rows)
    job["status"] = "completed_with_errors" if job["error_count"] else "completed"
    job["completed_at"] = _iso(c.state.clock.now())
    return 201, _view(job)


def _view(job: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in job.items() if k not in ("app_key", "errors")}


def _job(c: Call) -> dict[str, Any]:
    job = c.state.entities.imports.get(_uuid_or_404(c.path["import_id"]))
    if job is None or job["app_key"] != c.a.api_key:
        raise ApiError(404, NOT_FOUND)
    return job


@op("sessions_imports_retrieve")
def imports_retrieve(c: Call) -> Result:
    return 200, _view(_job(c))


@op("sessions_imports_list_errors")
def imports_errors(c: Call) -> Result:
    job = _job(c)
    return 200, c.state.page(
        job["errors"], c.query, f"/v3/session/imports/{job['uuid']}/errors/", 50, max_limit=200
    )
