"""Request bodies read the way Django REST Framework reads them, which is what Didit runs on.

The spec's generated validators (the checks the SDK runs before sending) decide what is valid;
this module only bends them where DRF is more lenient and Didit's docs say nothing else:

- a field the serializer does not declare is ignored, not an error (the docs' own examples send
  such fields, e.g. ``callback_url`` to the management API);
- a whole-number float is an integer (``"aml_dob_weight": 25.0``), which JSON Schema agrees with;
- multipart form fields arrive as text and are parsed as DRF's form fields parse them
  (``"true"``/``"1"`` booleans, ``"25"`` integers); a file field given as text, or text given
  as a file, is reported as DRF reports it;
- errors are keyed by field, nested as DRF nests them (``{"contact_details": {"email": [...]}}``).
"""

from __future__ import annotations

import functools
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from didit_async._generated import _codec
from didit_async._generated.enums import (
    CasePriority,
    CaseSource,
    CaseStatus,
    NetworkPatternType,
    NetworkRiskBand,
    NetworkSignalType,
    NetworkStatus,
    RegulatoryReportFileFormat,
    RegulatoryReportStatus,
    RegulatoryReportType,
    SessionStatus,
    UserStatus,
)
from didit_async._generated.spec import PASS_THROUGH_SCHEMAS
from didit_async._seam import DiditValidationError, is_date, is_datetime, is_uuid

from ._state import ApiError

__all__ = ["check_idempotency_key", "check_query", "validate_body"]

# Each validation round converts one field; a body never has this many.
_MAX_ROUNDS = 10_000
_PATH_PART = re.compile(r"\[(\d+)\]")
_INTEGER_TEXT = re.compile(r"\s*[-+]?\d+(\.0*)?\s*")
_TRUE = frozenset({"true", "True", "TRUE", "on", "On", "ON", "yes", "Yes", "YES", "1", "y", "Y"})
_FALSE = frozenset(
    {"false", "False", "FALSE", "off", "Off", "OFF", "no", "No", "NO", "0", "n", "N"}
)
_NUMBER_TEXT = re.compile(r"\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*")


def _locate(data: Any, field: str) -> tuple[Any, Any] | None:
    """The container and key that a validator's dotted ``field`` path names inside ``data``."""
    if isinstance(data, dict):
        if field in data:
            return data, field
        for key in data:
            if not isinstance(key, str) or not field.startswith(key):
                continue
            rest = field[len(key) :]
            found = None
            if rest.startswith("."):
                found = _locate(data[key], rest[1:])
            elif rest.startswith("["):
                found = _locate(data[key], rest)
            if found is not None:
                return found
        return None
    if isinstance(data, list):
        m = _PATH_PART.match(field)
        if m is None or int(m.group(1)) >= len(data):
            return None
        rest = field[m.end() :]
        index = int(m.group(1))
        if not rest:
            return data, index
        return _locate(data[index], rest[1:] if rest.startswith(".") else rest)
    return None


def _lenient(value: Any, message: str, form: bool) -> tuple[bool, Any]:
    """DRF's reading of ``value`` where the validator wanted another type, if DRF has one."""
    if message.startswith("must be an integer"):
        if isinstance(value, float) and value.is_integer():
            return True, int(value)
        if form and isinstance(value, str) and _INTEGER_TEXT.fullmatch(value):
            return True, int(value.strip().split(".")[0])
    elif form and isinstance(value, str):
        if message.startswith("must be true or false"):
            if value in _TRUE:
                return True, True
            if value in _FALSE:
                return True, False
        elif message.startswith("must be a number") and _NUMBER_TEXT.fullmatch(value):
            number = float(value)
            return True, int(number) if number.is_integer() and "." not in value else number
    return False, None


def _error_body(field: str, text: str) -> dict[str, Any]:
    """``{"a": {"b": [text]}}`` for ``a.b``; list items as DRF's list of per-item errors."""
    parts: list[str | int] = []
    for piece in field.split("."):
        name, _, tail = piece.partition("[")
        parts.append(name)
        parts += [int(i) for i in _PATH_PART.findall("[" + tail)] if tail else []
    body: Any = [text]
    for part in reversed(parts):
        body = [{} for _ in range(part)] + [body] if isinstance(part, int) else {part: body}
    return body if isinstance(body, dict) else {"non_field_errors": [text]}


def _is_file_field(schema: str, name: str) -> bool:
    try:
        cls = _codec.model_class(schema)
    except KeyError:
        return False
    if name not in attrs.fields_dict(cls):
        return False
    hint = attrs.fields_dict(cls)[name].type
    # A string annotation until something resolves the model's types, then the union itself.
    return "FileInput" in hint if isinstance(hint, str) else bytes in typing.get_args(hint)


def validate_body(schema: str, data: Any, *, form: bool = False) -> Any:
    """``data`` as DRF would accept it for ``schema``, or the 400 DRF would answer.

    ``form`` marks a multipart body (text fields as strings, files as bytes). The result is
    a copy with undeclared fields dropped and lenient values converted.
    """
    if not isinstance(data, dict):
        kind = {list: "list", str: "str", int: "int", float: "float", bool: "bool"}
        got = kind.get(type(data), type(data).__name__)
        raise ApiError(
            400, {"non_field_errors": [f"Invalid data. Expected a dictionary, but got {got}."]}
        )
    validate = _codec.validator(schema)
    data = _declared_only(_codec.model_class(schema), data)
    # Each round fixes one field or ends; a body has finitely many fields.
    for _ in range(_MAX_ROUNDS):
        try:
            validate(data)
        except DiditValidationError as exc:
            spot = _locate(data, exc.field)
            if spot is not None and exc.reason == "type":
                ok, value = _lenient(spot[0][spot[1]], exc.message, form)
                if ok:
                    spot[0][spot[1]] = value
                    continue
            # A rule on the whole body (no field of its own) is DRF's non_field_errors.
            field = "non_field_errors" if exc.field == schema else exc.field
            raise ApiError(400, _error_body(field, _drf_message(schema, exc, form))) from None
        return data
    raise ApiError(400, {"detail": "Too many fields."})


def _drf_message(schema: str, exc: DiditValidationError, form: bool) -> str:
    if form and _is_file_field(schema, exc.field):
        if exc.reason == "required":
            return "No file was submitted."
        if exc.reason == "type":
            return "The submitted data was not a file. Check the encoding type on the form."
    if exc.reason == "required":
        return "This field is required."
    return exc.message[:1].upper() + exc.message[1:] + "."


@functools.cache
def _nested_models(cls: type) -> dict[str, type]:
    """Wire key -> the model its value (or each item of it) is, for ``cls``'s model fields."""
    hints = typing.get_type_hints(cls)  # resolved in the model's own module
    found: dict[str, type] = {}
    for wire in _codec.known_keys(cls.__name__):
        hint = hints.get(wire, hints.get(wire + "_"))
        stack: list[Any] = [hint]
        while stack:
            t = stack.pop()
            if isinstance(t, type) and attrs.has(t):
                found[wire] = t
                break
            stack += typing.get_args(t)
    return found


def _declared_only(cls: type, data: Any) -> Any:
    """A copy of ``data`` without the keys ``cls`` (and its nested models) does not declare."""
    if not isinstance(data, dict):
        return data
    if cls.__name__ in PASS_THROUGH_SCHEMAS:
        return data
    try:
        known = _codec.known_keys(cls.__name__)
    except KeyError:
        return data
    nested = _nested_models(cls)
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            continue  # DRF's serializer never looks at a field it does not declare
        inner = nested.get(key)
        if inner is not None and isinstance(value, list):
            value = [_declared_only(inner, item) for item in value]
        elif inner is not None:
            value = _declared_only(inner, value)
        out[key] = value
    return out


def _one_of(*values: str) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        return None if value in values else f'"{value}" is not a valid choice.'

    return check


def _each_of(*values: str) -> Callable[[str], str | None]:
    """A comma-separated list filter (``status=Approved,In%20Review``): every item a choice."""

    def check(value: str) -> str | None:
        bad = next((item for item in value.split(",") if item not in values), None)
        return None if bad is None else f'"{bad}" is not a valid choice.'

    return check


def _uuid(value: str) -> str | None:
    return None if is_uuid(value) else "Must be a valid UUID."


def _datetime(value: str) -> str | None:
    return (
        None
        if is_datetime(value)
        else "Datetime has wrong format. Use one of these formats instead: "
        "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."
    )


def _date(value: str) -> str | None:
    return None if is_date(value) else "Enter a valid date."


def _bool(value: str) -> str | None:
    return None if value in ("true", "false") else "Must be a valid boolean."


def _whole(least: int | None = None, most: int | None = None) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        if not value.lstrip("-").isdigit():
            return "A valid integer is required."
        if least is not None and int(value) < least:
            return f"Ensure this value is greater than or equal to {least}."
        if most is not None and int(value) > most:
            return f"Ensure this value is less than or equal to {most}."
        return None

    return check


def _values(enum: Any) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


_CASE_LIST = {
    "status__in": _each_of(*_values(CaseStatus)),
    "source__in": _each_of(*_values(CaseSource)),
    "priority": _one_of(*_values(CasePriority)),
    "blueprint": _uuid,
    "assigned_to": _uuid,
    "unassigned": _bool,
    "date_from": _date,
    "date_to": _date,
    "due_before": _datetime,
    "overdue": _bool,
    "ordering": _one_of("created_at", "-created_at", "due_at", "-due_at"),
}
_DATES: dict[str, Callable[[str], str | None]] = {"date_from": _date, "date_to": _date}
_BACK_OFFICE_RULES: dict[str, dict[str, Callable[[str], str | None]]] = {
    "list_cases": _CASE_LIST,
    "get_case_analytics": _DATES,
    "list_regulatory_reports": {
        "status": _one_of(*_values(RegulatoryReportStatus)),
        "report_type": _one_of(*_values(RegulatoryReportType)),
        "case": _uuid,
    },
    "get_regulatory_report_download_url": {"file": _one_of(*_values(RegulatoryReportFileFormat))},
    "list_networks": {
        **_DATES,
        "status": _one_of(*_values(NetworkStatus)),
        "signal_type": _one_of(*_values(NetworkSignalType)),
        "pattern_type": _one_of(*_values(NetworkPatternType)),
        "risk_band": _one_of(*_values(NetworkRiskBand)),
        "min_size": _whole(),
        "max_size": _whole(),
        "limit": _whole(1, 500),
        "offset": _whole(0),
    },
    "get_network_graph": {
        "depth": _one_of("1", "2", "3", "all"),
        "focus_kind": _one_of("vendor_user", "vendor_business", "transaction_party"),
        "focus_id": _uuid,
    },
}

_TEMPLATE_FILTERS: dict[str, Callable[[str], str | None]] = {
    "vendor_user_uuid": _uuid,
    "status": _one_of(
        "pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"
    ),
    "source_type": _one_of("session_delete", "automatic_retention", "backfill"),
    "retained_from": _datetime,
    "retained_to": _datetime,
}
_TEMPLATE_ORDERING = _one_of("retained_at", "-retained_at", "expires_at", "-expires_at")

# The query filters the spec constrains beyond plain text (limit and offset are the pager's, in
# SandboxState.page): a filter that cannot parse is a 400 under its own name, as django-filter's
# FilterSet answers, not silently ignored.
QUERY_RULES: dict[str, dict[str, Callable[[str], str | None]]] = {
    "sessions_list": {
        "session_kind": _one_of("user", "business", "all"),
        "status": _each_of(*(status.value for status in SessionStatus)),
        # Didit's published enum for the standalone API a session was made by.
        "api_service": _one_of(
            "ID_VERIFICATION",
            "FACE_MATCH",
            "AGE_ESTIMATION",
            "FACE_SEARCH",
            "POA",
            "AML",
            "KYB_REGISTRY",
            "PASSIVE_LIVENESS",
            "DATABASE_VALIDATION",
            "PHONE_VERIFICATION",
            "EMAIL_VERIFICATION",
        ),
        "workflow_id": _uuid,
        "date_from": _datetime,
        "date_to": _datetime,
    },
    "blocklist_list": {"item_type": _one_of("face", "document", "phone", "email")},
    "users_list": {
        "status": _one_of(*(status.value for status in UserStatus)),
        "date_from": _datetime,
        "date_to": _datetime,
    },
    **_BACK_OFFICE_RULES,
    "transactions_rules_list": {
        "source": _one_of("PRESET", "CUSTOM"),
        "mode": _one_of("ACTIVE", "DISABLED", "TEST"),
    },
    "biometric_templates_list": {**_TEMPLATE_FILTERS, "ordering": _TEMPLATE_ORDERING},
    "biometric_templates_count": _TEMPLATE_FILTERS,
}


def check_query(operation_id: str, query: Mapping[str, str]) -> None:
    """Raise the 400 DRF answers for query filters that do not parse, each under its name."""
    errors = {
        name: [message]
        for name, rule in QUERY_RULES.get(operation_id, {}).items()
        if name in query and (message := rule(query[name])) is not None
    }
    if errors:
        raise ApiError(400, errors)


def check_idempotency_key(headers: Mapping[str, str]) -> None:
    """The spec's 1-255 characters for ``Idempotency-Key``, when one is sent."""
    key = headers.get("idempotency-key")
    if key is not None and not 1 <= len(key) <= 255:
        raise ApiError(400, {"detail": "Idempotency-Key must be between 1 and 255 characters."})
