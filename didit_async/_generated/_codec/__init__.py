# Generated from openapi/didit.yaml by codegen. Do not edit.

"""How every model is decoded, encoded and (for requests) validated, one module per group of
models (the groups of ``models/``), and the named functions the rest of the package reaches
them by: :func:`decoder`, :func:`encoder`, :func:`validator`, :func:`known_keys`,
:func:`model_class`, :func:`decoder_for` / :func:`encoder_for` (by class) and
:func:`register_hooks`. A group's
module is imported when one of its functions is first asked for.

Decoders are forward-compatible: unknown keys go to ``additional_properties``, unknown enum
values stay plain strings, a value of a surprising JSON type is kept as it is. Keys that were
present with a JSON null are remembered, so encoding gives back the same document.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from typing import Any

import cattrs

from didit_async._seam import UNSET, DiditValidationError, EnumTable, check_file

from ..enums import (
    AmlHitReviewStatus,
    CallbackMethod,
    CaseAssignmentMethod,
    CaseEntityAction,
    CaseEventType,
    CaseLinkEntityType,
    CasePriority,
    CaseResolution,
    CaseSource,
    CaseStatus,
    CaseSubjectType,
    CheckAction,
    Environment,
    FeatureStatus,
    Language,
    ListEntryType,
    ListType,
    NetworkNodeStatus,
    NetworkPatternType,
    NetworkRiskBand,
    NetworkSignalType,
    NetworkStatus,
    NetworkSubjectKind,
    RegulatoryReportFileFormat,
    RegulatoryReportStatus,
    RegulatoryReportSubmissionCode,
    RegulatoryReportType,
    SessionImportType,
    SessionKind,
    SessionStatus,
    TransactionCategory,
    UserStatus,
    WarningLogType,
    WebhookEventType,
    WebhookVersion,
    WorkflowType,
)
from ..models import GROUPS

Table = tuple[tuple[str, str, "Callable[[Any], Any] | None", bool], ...]
"""An encoder table: (attribute, wire key, encoder or None, whether a hand-built None is sent)."""

new_object = object.__new__


def encode_by_table(o: Any, table: Table) -> dict[str, Any]:
    """Encode a model by its table. A decoded object's __dict__ holds exactly the keys its
    payload had, so a None there whose key was present was a JSON null and goes back out as one;
    on an object built by hand, None is sent only where the table says so.
    """
    d: dict[str, Any] = {}
    seen = o.__dict__ if o._present else None
    for name, wire, enc, null_by_hand in table:
        v = getattr(o, name)
        if v is None:
            if (seen is None and null_by_hand) or (seen is not None and name in seen):
                d[wire] = None
        elif v is not UNSET:
            d[wire] = v if enc is None else enc(v)
    if o.additional_properties:
        d.update(o.additional_properties)
    return d


def keys_of(table: Table) -> frozenset[str]:
    """The wire keys a model declares, read from its encoder table."""
    return frozenset(row[1] for row in table)


_P0 = re.compile("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[!@#$%^&*()_+\\-=\\[\\]{}|;:,.<>?]).{8,}$")
_P1 = re.compile("^[A-Za-z0-9]{6}$")
_P2 = re.compile("^(https://|http://(localhost|127(\\.[0-9]{1,3}){3}|\\[::1\\])(:[0-9]+)?(/|$))")
_P3 = re.compile("^\\d+(m|h|d)$")
_M_SessionStatus = EnumTable(SessionStatus)
_E_SessionStatus = frozenset(_M_SessionStatus)
_M_FeatureStatus = EnumTable(FeatureStatus)
_M_SessionKind = EnumTable(SessionKind)
_M_Environment = EnumTable(Environment)
_M_WarningLogType = EnumTable(WarningLogType)
_M_CallbackMethod = EnumTable(CallbackMethod)
_E_CallbackMethod = frozenset(_M_CallbackMethod)
_M_Language = EnumTable(Language)
_E_Language = frozenset(_M_Language)
_M_WebhookEventType = EnumTable(WebhookEventType)
_E_WebhookEventType = frozenset(_M_WebhookEventType)
_M_WebhookVersion = EnumTable(WebhookVersion)
_E_WebhookVersion = frozenset(_M_WebhookVersion)
_M_WorkflowType = EnumTable(WorkflowType)
_E_WorkflowType = frozenset(_M_WorkflowType)
_M_UserStatus = EnumTable(UserStatus)
_E_UserStatus = frozenset(_M_UserStatus)
_M_AmlHitReviewStatus = EnumTable(AmlHitReviewStatus)
_E_AmlHitReviewStatus = frozenset(_M_AmlHitReviewStatus)
_M_CheckAction = EnumTable(CheckAction)
_E_CheckAction = frozenset(_M_CheckAction)
_M_SessionImportType = EnumTable(SessionImportType)
_E_SessionImportType = frozenset(_M_SessionImportType)
_M_TransactionCategory = EnumTable(TransactionCategory)
_E_TransactionCategory = frozenset(_M_TransactionCategory)
_M_ListType = EnumTable(ListType)
_E_ListType = frozenset(_M_ListType)
_M_ListEntryType = EnumTable(ListEntryType)
_E_ListEntryType = frozenset(_M_ListEntryType)
_M_CaseAssignmentMethod = EnumTable(CaseAssignmentMethod)
_E_CaseAssignmentMethod = frozenset(_M_CaseAssignmentMethod)
_M_CaseStatus = EnumTable(CaseStatus)
_E_CaseStatus = frozenset(_M_CaseStatus)
_M_CaseResolution = EnumTable(CaseResolution)
_E_CaseResolution = frozenset(_M_CaseResolution)
_M_CasePriority = EnumTable(CasePriority)
_E_CasePriority = frozenset(_M_CasePriority)
_M_CaseSubjectType = EnumTable(CaseSubjectType)
_E_CaseSubjectType = frozenset(_M_CaseSubjectType)
_M_CaseSource = EnumTable(CaseSource)
_E_CaseSource = frozenset(_M_CaseSource)
_M_CaseEventType = EnumTable(CaseEventType)
_M_CaseLinkEntityType = EnumTable(CaseLinkEntityType)
_E_CaseLinkEntityType = frozenset(_M_CaseLinkEntityType)
_M_CaseEntityAction = EnumTable(CaseEntityAction)
_E_CaseEntityAction = frozenset(_M_CaseEntityAction)
_M_RegulatoryReportType = EnumTable(RegulatoryReportType)
_E_RegulatoryReportType = frozenset(_M_RegulatoryReportType)
_M_RegulatoryReportSubmissionCode = EnumTable(RegulatoryReportSubmissionCode)
_E_RegulatoryReportSubmissionCode = frozenset(_M_RegulatoryReportSubmissionCode)
_M_RegulatoryReportStatus = EnumTable(RegulatoryReportStatus)
_E_RegulatoryReportStatus = frozenset(_M_RegulatoryReportStatus)
_M_RegulatoryReportFileFormat = EnumTable(RegulatoryReportFileFormat)
_E_RegulatoryReportFileFormat = frozenset(_M_RegulatoryReportFileFormat)
_M_NetworkStatus = EnumTable(NetworkStatus)
_E_NetworkStatus = frozenset(_M_NetworkStatus)
_M_NetworkRiskBand = EnumTable(NetworkRiskBand)
_E_NetworkRiskBand = frozenset(_M_NetworkRiskBand)
_M_NetworkPatternType = EnumTable(NetworkPatternType)
_E_NetworkPatternType = frozenset(_M_NetworkPatternType)
_M_NetworkSignalType = EnumTable(NetworkSignalType)
_E_NetworkSignalType = frozenset(_M_NetworkSignalType)
_M_NetworkSubjectKind = EnumTable(NetworkSubjectKind)
_E_NetworkSubjectKind = frozenset(_M_NetworkSubjectKind)
_M_NetworkNodeStatus = EnumTable(NetworkNodeStatus)
_E_inline0 = frozenset(["M", "F"])
_E_inline29 = frozenset(["person", "company"])
_E_inline36 = frozenset(["operational_session_delete", "privacy_erasure"])
_E_inline38 = frozenset(["Approved", "Declined", "Resubmitted"])
_E_inline40 = frozenset(
    [
        "Approved",
        "Declined",
        "In Review",
        "Not Started",
        "In Progress",
        "Expired",
        "Abandoned",
        "Kyc Expired",
        "Resubmitted",
        "Awaiting User",
    ]
)
_E_inline41 = frozenset(["Approved", "Declined", "In Review"])
_E_inline42 = frozenset(["SINGLE", "MARRIED", "DIVORCED", "WIDOWED", "UNKNOWN"])
_E_inline45 = frozenset(
    [
        "OCR",
        "LIVENESS",
        "FACE_MATCH",
        "AML",
        "QUESTIONNAIRE",
        "EMAIL_VERIFICATION",
        "PHONE_VERIFICATION",
        "PROOF_OF_ADDRESS",
        "NFC",
        "IP_ANALYSIS",
        "DATABASE_VALIDATION",
        "AGE_ESTIMATION",
        "KYB_REGISTRY",
        "KYB_DOCUMENTS",
        "KYB_KEY_PEOPLE",
        "DOCUMENT_AI",
    ]
)
_E_inline46 = frozenset(["passive", "active_3d", "flashing"])
_E_inline47 = frozenset(["no_action", "review", "decline"])
_E_inline48 = frozenset(["draft", "published"])
_E_inline50 = frozenset(
    [
        "short_text",
        "long_text",
        "multiple_choice",
        "checkbox",
        "file_upload",
        "date",
        "number",
        "dropdown",
        "single_choice",
        "image",
        "time",
        "email",
        "address",
        "phone",
        "country",
        "date_picker",
        "consent",
        "section_header",
        "separator",
        "heading",
        "paragraph",
    ]
)
_E_inline54 = frozenset(["mobile", "desktop", "both"])
_E_inline55 = frozenset(["latin", "non_latin"])
_E_inline56 = frozenset(["NO_ACTION", "DECLINE"])
_E_inline57 = frozenset(["most_similar", "blocklisted_or_approved"])
_E_inline58 = frozenset(["DECLINE", "NO_ACTION"])
_E_inline59 = frozenset(["android", "ios", "ipados", "tvos", "web"])
_E_inline60 = frozenset(["whatsapp", "sms", "telegram", "voice", "rcs", "viber", "zalo"])
_E_inline61 = frozenset(
    ["P", "DL", "ID", "RP", "SSC", "HIC", "WP", "TC", "VISA", "PSC", "BC", "OTHER"]
)
_E_inline62 = frozenset(["M", "F", "X"])
_E_inline69 = frozenset(["csv", "ndjson"])
_E_inline70 = frozenset(["contains", "start_with", "fuzzy"])
_E_inline74 = frozenset(
    [
        "active",
        "dissolved",
        "deregistered",
        "see full details",
        "authorised",
        "appointed representative",
        "unauthorised",
        "inactive",
        "no longer authorised",
        "closed",
        "struck off",
    ]
)
_E_inline77 = frozenset(["inbound", "outbound", "in", "out"])
_E_inline78 = frozenset(["INBOUND", "OUTBOUND"])
_E_inline79 = frozenset(["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"])
_E_inline89 = frozenset(["ACTIVE", "DISABLED", "TEST"])
_E_inline92 = frozenset(
    [
        "BTC",
        "ETH",
        "LTC",
        "XRP",
        "BCH",
        "DOGE",
        "TRX",
        "SOL",
        "MATIC",
        "BNB",
        "USDT",
        "USDC",
        "LIGHTNING",
    ]
)
_E_inline93 = frozenset(["inbound", "outbound", "deposit", "withdrawal"])
_E_inline94 = frozenset(["incoming", "outgoing", "connected"])
_E_inline95 = frozenset(["direct", "indirect"])
_E_inline96 = frozenset(["WALLET_SCREENING"])
_E_inline97 = frozenset(["SCREENED", "PENDING", "ERROR"])
_E_inline98 = frozenset(["attribution", "exposure"])
_E_inline99 = frozenset(["incoming", "outgoing", "connected", "unknown", "attribution"])
_E_inline100 = frozenset(["direct", "indirect", "unknown", "attribution"])
_E_inline101 = frozenset(["allowlist", "custom"])
_E_inline112 = frozenset(["DECLINE", "REVIEW", "NO_ACTION"])
_E_inline116 = frozenset(["ALL", "ANY"])
_E_inline117 = frozenset(
    [
        "eq",
        "ne",
        "gt",
        "gte",
        "lt",
        "lte",
        "in",
        "not_in",
        "contains",
        "not_contains",
        "contains_any",
        "regex",
        "fuzzy_match",
        "exists",
        "is_not_empty",
        "is_not_null",
        "not_exists",
        "is_empty",
        "is_null",
    ]
)
_E_inline118 = frozenset(["list", "field", "relative_date"])
_E_inline119 = frozenset(["AND", "OR"])
_E_inline120 = frozenset(["count", "sum", "max", "min", "avg", "distinct_count"])
_E_inline121 = frozenset(["eq", "ne", "gt", "gte", "lt", "lte"])
_E_inline122 = frozenset(
    ["add_score", "change_status", "add_tags", "add_note", "add_to_list", "open_case"]
)
_E_inline123 = frozenset(["by_applicant", "by_rule_and_applicant"])
_E_inline124 = frozenset(["PRESET", "CUSTOM"])
_E_inline127 = frozenset(["NONE", "STRICT", "DEFAULT", "FUZZY"])
_E_inline128 = frozenset(["HOLD", "REJECT", "PROCEED"])
_E_inline129 = frozenset(["GTR", "TRUST", "VERIFYVASP", "SYGNA"])
_E_inline137 = frozenset(["cancel", "resend"])
_E_inline139 = frozenset(["accept", "decline"])
_E_inline143 = frozenset(["session_delete", "automatic_retention", "backfill"])
_E_inline149 = frozenset(
    ["pending", "active", "expired", "held_out_of_use", "purge_pending", "purge_failed"]
)
_E_inline152 = frozenset(["Unreviewed", "Confirmed Match", "False Positive", "Inconclusive"])
_E_inline153 = frozenset(["verified", "failed", "unknown"])
_E_inline154 = frozenset(["events"])
_E_inline155 = frozenset(["user", "business", "all"])
_E_inline156 = frozenset(
    [
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
    ]
)
_E_inline157 = frozenset(["face", "document", "phone", "email"])
_E_inline158 = frozenset(
    ["user_verification", "business_verification", "status_rules", "transactions"]
)
_E_inline159 = frozenset(["created_at", "-created_at", "due_at", "-due_at"])
_E_inline160 = frozenset(["1", "2", "3", "all"])
_E_inline161 = frozenset(["retained_at", "-retained_at", "expires_at", "-expires_at"])


# --- request validation: each model's rule table (its module's ``_V_<Model>``) read here ------

_KIND_CHECKS: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, Mapping),
    "array": lambda v: isinstance(v, (list, tuple)),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "any": lambda v: True,
}


def _invalid(label: str, reason: str, message: str, got: Any = None, *, typed: bool = False) -> Any:
    # Only the type of a wrong value is shown, never the value: it may be a misplaced secret.
    if typed:
        message += ", not " + type(got).__name__
    return DiditValidationError(label, reason, message)


def check(v: Any, rule: Any, label: str) -> None:
    """Raise DiditValidationError (naming ``label``) unless ``v`` (not None) satisfies
    ``rule`` (``codegen/rules.py`` describes the shapes)."""
    kind = rule[0]
    if kind == "str":
        _, min_length, max_length, b64_max, fmt, patterns = rule
        if not isinstance(v, str):
            raise _invalid(label, "type", "must be a string", v, typed=True)
        if min_length is not None and len(v) < min_length:
            raise _invalid(label, "min_length", f"must have at least {min_length} characters")
        # A base64 string: 4 characters carry 3 bytes (padding aside).
        if b64_max is not None and (len(v) * 3) // 4 - v.count("=", -2) > b64_max:
            raise _invalid(label, "max_bytes", f"decodes to more than {b64_max} bytes")
        if max_length is not None and len(v) > max_length:
            raise _invalid(label, "max_length", f"must have at most {max_length} characters")
        if fmt is not None and not fmt[0](v):
            raise _invalid(label, "format", f"must be a valid {fmt[1]}")
        for regex, shown in patterns:
            if regex.search(v) is None:
                raise _invalid(label, "pattern", f"does not have the expected format ({shown})")
    elif kind == "enum":
        if not isinstance(v, str) or v not in rule[1]:
            got = ", not " + (repr(v[:40]) if isinstance(v, str) else type(v).__name__)
            raise DiditValidationError(label, "enum", "must be one of: " + rule[2] + got)
    elif kind == "model":
        rule[1](v, label + ".")
    elif kind == "opt":
        if v is not None:
            check(v, rule[1], label)
    elif kind == "list":
        _, min_items, max_items, items, items_nullable = rule
        if not isinstance(v, (list, tuple)):
            raise _invalid(label, "type", "must be a list", v, typed=True)
        if min_items is not None and len(v) < min_items:
            raise _invalid(label, "min_items", f"must have at least {min_items} items")
        if max_items is not None and len(v) > max_items:
            raise _invalid(label, "max_items", f"must have at most {max_items} items")
        if items is not None:
            for i, x in enumerate(v):
                if x is None and not items_nullable:
                    raise _invalid(label, "type", "must not contain null")
                check(x, items, label + "[" + str(i) + "]")
    elif kind == "map":
        _, min_properties, values = rule
        if not isinstance(v, Mapping):
            raise _invalid(label, "type", "must be an object", v, typed=True)
        if min_properties and len(v) < min_properties:
            entries = "entry" if min_properties == 1 else "entries"
            raise _invalid(
                label, "min_properties", f"must have at least {min_properties} {entries}"
            )
        if values is not None:
            for k, x in v.items():
                check(x, values, label + "." + str(k))
    elif kind == "union":
        _check_union(v, rule, label)
    elif kind == "obj":
        if not isinstance(v, Mapping):
            raise _invalid(label, "type", "must be an object", v, typed=True)
    elif kind == "bool":
        if not isinstance(v, bool):
            raise _invalid(label, "type", "must be true or false", v, typed=True)
    elif kind == "int" or kind == "num":
        what = "an integer" if kind == "int" else "a number"
        types = int if kind == "int" else (int, float)
        if isinstance(v, bool) or not isinstance(v, types):
            raise _invalid(label, "type", f"must be {what}", v, typed=True)
        if rule[1] is not None and v < rule[1]:
            raise _invalid(label, "min", f"must be at least {rule[1]}")
        if rule[2] is not None and v > rule[2]:
            raise _invalid(label, "max", f"must be at most {rule[2]}")
    elif kind == "file":
        check_file(v, label, rule[1])


def _check_union(v: Any, rule: Any, label: str) -> None:
    _, kinds, members = rule
    if not any(_KIND_CHECKS[k](v) for k in kinds):
        raise _invalid(label, "type", "must be one of: " + ", ".join(kinds), v, typed=True)
    for member in members:
        if member[0] == "objects":
            if isinstance(v, Mapping):
                _, keyed, fallback, names = member
                # The first member whose own key is present; else the one without a key.
                chosen = next((r for key, r in keyed if key in v), fallback)
                if chosen is None:
                    raise _invalid(label, "type", f"must be an object with one of the keys {names}")
                check(v, chosen, label)
        elif _KIND_CHECKS[member[0]](v):
            check(v, member[1], label)


def check_model(d: Any, at: str, rules: Any, keys: frozenset[str]) -> None:
    """Raise DiditValidationError unless ``d`` is a valid request body (or nested object) for
    the model whose rule table is ``rules`` and whose declared keys are ``keys``."""
    name, closed, min_properties, fields, conditions = rules
    if not isinstance(d, Mapping):
        raise DiditValidationError(
            at.rstrip(".") or name, "type", "must be an object, not " + type(d).__name__
        )
    if closed:
        for k in d.keys() - keys:
            raise DiditValidationError(at + str(k), "unknown", f"is not a field of {name}")
    for wire, required, nullable, field_rule in fields:
        if required and wire not in d:
            raise DiditValidationError(at + wire, "required", "is required")
        if field_rule is None:
            continue
        v = d.get(wire)
        if v is None:
            if not nullable and wire in d:
                raise DiditValidationError(at + wire, "type", "must not be null")
        else:
            check(v, field_rule, at + wire)
    if min_properties and len(d) < min_properties:
        s = "s" if min_properties > 1 else ""
        raise DiditValidationError(
            at.rstrip(".") or name,
            "min_properties",
            f"must have at least {min_properties} field{s}",
        )
    for present, consts, then, when in conditions:
        if all(k in d for k in present) and all(d.get(k) == c for k, c in consts):
            for req in then:
                if req not in d:
                    raise DiditValidationError(at + req, "depends", f"is required when {when}")


def _group(schema: str) -> Any:
    group = GROUPS.get(schema)
    if group is None:
        raise KeyError(f"no model named {schema!r}")
    return importlib.import_module(f"{__name__}.{group}")


def model_class(schema: str) -> type[Any]:
    """The attrs class of model ``schema`` (``KeyError`` when there is none)."""
    if schema not in GROUPS:
        raise KeyError(f"no model named {schema!r}")
    cls: type[Any] = getattr(importlib.import_module(f"{_MODELS}.{GROUPS[schema]}"), schema)
    return cls


def decoder(schema: str) -> Callable[[Any], Any]:
    """The decoder of model ``schema`` (a JSON object → its model)."""
    fn: Callable[[Any], Any] = getattr(_group(schema), "structure_" + schema)
    return fn


def encoder(schema: str) -> Callable[[Any], dict[str, Any]]:
    """The encoder of model ``schema`` (its model → a JSON object)."""
    fn: Callable[[Any], dict[str, Any]] = getattr(_group(schema), "unstructure_" + schema)
    return fn


def validator(schema: str) -> Callable[..., None]:
    """The validator of request model ``schema``: raises ``DiditValidationError`` (naming the
    field) unless a JSON object is a valid body; only models a request body can reach have
    one (``KeyError`` for others)."""
    if schema not in REQUEST_MODELS:
        raise KeyError(f"{schema!r} is not a request model")
    fn: Callable[..., None] = getattr(_group(schema), "validate_" + schema)
    return fn


def known_keys(schema: str) -> frozenset[str]:
    """The wire keys model ``schema`` declares."""
    keys: frozenset[str] = getattr(_group(schema), "_K_" + schema)
    return keys


def _ours(cls: Any) -> bool:
    name = getattr(cls, "__name__", None)
    group = GROUPS.get(name) if isinstance(name, str) else None
    return group is not None and getattr(cls, "__module__", None) == f"{_MODELS}.{group}"


_DECODERS: dict[Any, Callable[[Any], Any] | None] = {}
_ENCODERS: dict[Any, Callable[[Any], dict[str, Any]] | None] = {}


def decoder_for(cls: Any) -> Callable[[Any], Any] | None:
    """The decoder of a generated model class, None for anything else."""
    try:
        return _DECODERS[cls]
    except KeyError:
        found = _DECODERS[cls] = decoder(cls.__name__) if _ours(cls) else None
        return found
    except TypeError:  # unhashable (a typing construct such as list[dict[str, Any]])
        return None


def encoder_for(cls: Any) -> Callable[[Any], dict[str, Any]] | None:
    """The encoder of a generated model class, None for anything else."""
    try:
        return _ENCODERS[cls]
    except KeyError:
        found = _ENCODERS[cls] = encoder(cls.__name__) if _ours(cls) else None
        return found


def register_hooks(converter: cattrs.Converter) -> None:
    """Let ``converter`` decode and encode every model with its generated functions (a model's
    group is loaded the first time the converter meets one of its classes)."""
    converter.register_structure_hook_factory(_ours, _structure_hook)
    converter.register_unstructure_hook_factory(_ours, lambda cls: encoder(cls.__name__))


def _structure_hook(cls: Any) -> Callable[[Any, Any], Any]:
    # cattrs passes (data, type); the generated decoders only need the data.
    structure = decoder(cls.__name__)
    return lambda data, _type: structure(data)


_MODELS = __name__.rpartition(".")[0] + ".models"
# Models a request body can reach: only these have a validator.
REQUEST_MODELS = frozenset(
    {
        "AccountLoginRequest",
        "AccountRegisterRequest",
        "AccountResendOtpRequest",
        "AccountVerifyEmailRequest",
        "AgeEstimationRequest",
        "AmlHitBulkUpdateItem",
        "AmlHitBulkUpdateRequest",
        "AmlMonitoringBulkToggleRequest",
        "AmlMonitoringBusinessesRequest",
        "AmlMonitoringUsersRequest",
        "AmlRequest",
        "BatchDeleteSessionsRequest",
        "BillingTopUpRequest",
        "BiometricTemplateBulkPurgeRequest",
        "BlocklistAddRequest",
        "BlocklistRemoveRequest",
        "BusinessBatchDeleteRequest",
        "BusinessCreateRequest",
        "BusinessUpdateRequest",
        "BusinessUpdateStatusRequest",
        "CaseAssignRequest",
        "CaseBlueprintCreateRequest",
        "CaseBlueprintPresetInstallRequest",
        "CaseBlueprintUpdateRequest",
        "CaseBulkAssignRequest",
        "CaseBulkStatusRequest",
        "CaseChecklistItemUpdateRequest",
        "CaseContentAmlControl",
        "CaseContentChecklist",
        "CaseContentChecklistItem",
        "CaseContentConfig",
        "CaseContentFinancial",
        "CaseContentIdentity",
        "CaseContentReporting",
        "CaseContentVerifications",
        "CaseCreateRequest",
        "CaseEntityActionRequest",
        "CaseLinkCreateRequest",
        "CaseNoteAttachmentReference",
        "CaseNoteAttachmentUploadRequest",
        "CaseNoteCreateRequest",
        "CaseRejectResolutionRequest",
        "CaseResolveRequest",
        "CaseSubjectReference",
        "CaseTransferRequest",
        "CaseUpdateRequest",
        "ContactDetails",
        "CreateApplicationRequest",
        "CreateReviewRequest",
        "CreateSessionRequest",
        "CustomizationUpdateRequest",
        "DatabaseValidationRequest",
        "DatabaseValidationRequestAddress",
        "DeviceTransactionRequest",
        "DeviceTransactionRequestCounterparty",
        "DeviceTransactionRequestInfo",
        "DeviceTransactionRequestSubject",
        "DeviceTransactionRequestSubjectPaymentMethod",
        "DeviceTransactionRequestTravelRule",
        "DocumentAiRequest",
        "EmailCheckRequest",
        "EmailRiskRequest",
        "EmailSendOptions",
        "EmailSendRequest",
        "EventBatchIngestRequest",
        "EventIngestRequest",
        "ExpectedDetails",
        "FaceMatchRequest",
        "FaceSearchRequest",
        "IdVerificationRequest",
        "ImportSharedSessionRequest",
        "IpRiskRequest",
        "KybCompanyUpdateRequest",
        "KybPartyUpdateRequest",
        "KybSearchRequest",
        "KybSelectRequest",
        "KybShareholdersRequest",
        "KybUboRequest",
        "ListCreateRequest",
        "ListEntryCreateRequest",
        "ListFaceUploadRequest",
        "ListUpdateRequest",
        "NodeToResubmit",
        "PassiveLivenessRequest",
        "PhoneCheckRequest",
        "PhoneRiskRequest",
        "PhoneSendOptions",
        "PhoneSendRequest",
        "PoaRequest",
        "QuestionnaireBranchRule",
        "QuestionnaireCreateRequest",
        "QuestionnaireFormElement",
        "QuestionnaireFormElementValidation",
        "QuestionnaireOption",
        "QuestionnaireQuestion",
        "QuestionnaireQuestionOption",
        "QuestionnaireUpdateRequest",
        "RegulatoryReportCaseCreateRequest",
        "RegulatoryReportCreateRequest",
        "RegulatoryReportNarrative",
        "RegulatoryReportUpdateRequest",
        "ReportTemplateCreateRequest",
        "ReportTemplateUpdateRequest",
        "RequestSignals",
        "RiskSignals",
        "SandboxArmRequest",
        "SessionImportCreateRequest",
        "ShareSessionRequest",
        "TransactionCreateRequest",
        "TransactionCreateRequestCounterparty",
        "TransactionCreateRequestCounterpartyDeviceContext",
        "TransactionCreateRequestCounterpartyDeviceContextNetworkContext",
        "TransactionCreateRequestCounterpartyPaymentMethod",
        "TransactionCreateRequestNetworkSnapshot",
        "TransactionCreateRequestSubject",
        "TransactionCreateRequestSubjectAddress",
        "TransactionCreateRequestSubjectDeviceContext",
        "TransactionCreateRequestSubjectDeviceContextNetworkContext",
        "TransactionCreateRequestSubjectInstitutionDetails",
        "TransactionCreateRequestSubjectPaymentMethod",
        "TransactionCreateRequestTransactionDetails",
        "TransactionCreateRequestTravelRuleDetails",
        "TransactionRuleAction",
        "TransactionRuleAggregation",
        "TransactionRuleBacktestRequest",
        "TransactionRuleCondition",
        "TransactionRuleCreateRequest",
        "TransactionRuleInstallRequest",
        "TransactionRuleScope",
        "TransactionRuleUpdateRequest",
        "TransactionSdkTokenRequest",
        "TravelRuleInboundRequest",
        "TravelRuleInboundRequestOriginatingVasp",
        "TravelRuleOwnershipConfirmRequest",
        "TravelRulePickupRespondRequest",
        "TravelRuleSettingsUpdateRequest",
        "TravelRuleTransferUpdateRequest",
        "TravelRuleWalletAddressCreateRequest",
        "TravelRuleWalletAddressUpdateRequest",
        "TravelRuleWidgetSessionCreateRequest",
        "UpdateAmlHitStatusRequest",
        "UpdateFeatureStatusRequest",
        "UpdatePoaDataRequest",
        "UpdatePoaDataRequestPoaParsedAddress",
        "UpdateSessionDataRequest",
        "UpdateSessionDataRequestParsedAddress",
        "UpdateStatusRequest",
        "UserBatchDeleteRequest",
        "UserCreateRequest",
        "UserFaceUploadRequest",
        "UserUpdateRequest",
        "UserUpdateStatusRequest",
        "WalletScreeningReportCounterparty",
        "WalletScreeningReportFundFlow",
        "WalletScreeningReportRequest",
        "WalletScreeningReportRiskFactor",
        "WalletScreeningRequest",
        "WebhookConfigUpdateRequest",
        "WebhookDestinationCreateRequest",
        "WebhookDestinationUpdateRequest",
        "WorkflowCreateRequest",
        "WorkflowFeature",
        "WorkflowUpdateRequest",
    }
)
