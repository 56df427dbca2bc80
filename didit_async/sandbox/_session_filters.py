"""The filters of ``GET /v3/sessions/`` that read a session's list row, as Didit documents them.

Each filter keeps the sessions whose row (the same row the list answers) matches; a boolean
filter that is not ``true``/``false`` answers 400 under its name, as a Django filter does.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from ._state import ApiError, Session

__all__ = ["ROW_FILTERS", "row_filter"]

Row = dict[str, Any]

# The one-letter codes Didit also accepts for a document type.
_DOCUMENT_CODES = {
    "Passport": "P",
    "Identity Card": "ID",
    "Driver's License": "DL",
    "Residence Permit": "RP",
    "Health Insurance Card": "HIC",
    "Tax Card": "TC",
}
# The region of each country the sandbox issues documents in.
_REGIONS = {"ESP": "Europe"}


def _contains(value: str | None, wanted: str) -> bool:
    return value is not None and wanted.lower() in value.lower()


def _document_type(row: Row, s: Session, wanted: str) -> bool:
    shown = row["document_type"]
    return shown is not None and wanted.upper() in (shown.upper(), _DOCUMENT_CODES[shown])


def _warning(row: Row, s: Session, wanted: str) -> bool:
    return wanted.upper() in {r.upper() for r in (*s.outcome.risks, *s.blocklist_risks)}


def _organization(row: Row, s: Session, wanted: str) -> bool:
    return s.kind == "business" and _contains(
        (s.expected_details or {}).get("company_name"), wanted
    )


ROW_FILTERS: dict[str, Callable[[Row, Session, str], bool]] = {
    "country": lambda row, s, v: (row["country"] or "").upper() == v.upper(),
    "document_type": _document_type,
    "document_name": lambda row, s, v: _contains(f"{row['country']} {row['document_type']}", v),
    "region": lambda row, s, v: _REGIONS.get(row["country"] or "", "").lower() == v.lower(),
    "didit_internal_id": lambda row, s, v: row["didit_internal_id"] == v,
    "euuid": lambda row, s, v: row["didit_internal_id"] == v,
    # Sessions created through the API are the sandbox's only kind: no standalone-API session
    # (with an `api_service`) is ever listed.
    "session_type": lambda row, s, v: v.upper() == "API",
    "api_service": lambda row, s, v: False,
    "screened_full_name": lambda row, s, v: _contains(row["full_name"], v),
    "warning": _warning,
    "organization_name": _organization,
}
_BOOLEAN_FILTERS: dict[str, Callable[[Row, Session], bool]] = {
    "is_kyc_to_be_reviewed": lambda row, s: s.status == "In Review",
    "status_initialized_as_in_review": lambda row, s: s.status == "In Review" and not s.reviews,
}


def row_filter(query: dict[str, str]) -> Callable[[Row, Session], bool] | None:
    """One predicate for every row filter in ``query`` (None when there is none)."""
    given = {name: query[name] for name in ROW_FILTERS if query.get(name)}
    for name in ("didit_internal_id", "euuid"):
        if name in query:  # an empty value is not a UUID either
            try:
                uuid.UUID(query[name])
            except ValueError:
                raise ApiError(400, {name: ["Must be a valid UUID."]}) from None
    flags: dict[str, bool] = {}
    for name in _BOOLEAN_FILTERS:
        if name in query:
            raw = query[name].lower()
            if raw not in ("true", "false", "1", "0"):
                raise ApiError(400, {name: ["Must be a valid boolean."]})
            flags[name] = raw in ("true", "1")
    if not given and not flags:
        return None

    def keep(row: Row, s: Session) -> bool:
        return all(ROW_FILTERS[n](row, s, v) for n, v in given.items()) and all(
            _BOOLEAN_FILTERS[n](row, s) is want for n, want in flags.items()
        )

    return keep
