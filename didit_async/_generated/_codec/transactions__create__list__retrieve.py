# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'transactions__create__list__retrieve' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.transactions__create__list__retrieve import (
    Transaction,
    TransactionActionRequired,
    TransactionActivity,
    TransactionAlert,
    TransactionDocument,
    TransactionDocumentFile,
    TransactionEvaluatedRule,
    TransactionNetworkSnapshot,
    TransactionParty,
    TransactionPartyDevice,
    TransactionPartyDeviceNetworkContext,
    TransactionPaymentMethod,
    TransactionProviderResult,
    TransactionRemediation,
    TransactionRuleHit,
    TransactionTag,
    TransactionTravelRule,
)
from . import Table, encode_by_table, keys_of, new_object

_U_TransactionRuleHit: Table = (
    ("rule", "rule", None, False),
    ("action", "action", None, False),
    ("description", "description", None, False),
)


def unstructure_TransactionRuleHit(o: TransactionRuleHit) -> dict[str, Any]:
    """Encode :class:`TransactionRuleHit` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRuleHit)


def structure_TransactionRuleHit(d: Any) -> TransactionRuleHit:
    """Decode a JSON object into :class:`TransactionRuleHit`."""
    o = new_object(TransactionRuleHit)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRuleHit.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRuleHit
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionTag: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("color", "color", None, False),
    ("description", "description", None, False),
    ("source", "source", None, False),
)


def unstructure_TransactionTag(o: TransactionTag) -> dict[str, Any]:
    """Encode :class:`TransactionTag` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionTag)


def structure_TransactionTag(d: Any) -> TransactionTag:
    """Decode a JSON object into :class:`TransactionTag`."""
    o = new_object(TransactionTag)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionTag.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionTag
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionPartyDeviceNetworkContext: Table = (
    ("ip_address", "ip_address", None, False),
    ("ip_country_code", "ip_country_code", None, False),
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
)


def unstructure_TransactionPartyDeviceNetworkContext(
    o: TransactionPartyDeviceNetworkContext,
) -> dict[str, Any]:
    """Encode :class:`TransactionPartyDeviceNetworkContext` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionPartyDeviceNetworkContext)


def structure_TransactionPartyDeviceNetworkContext(d: Any) -> TransactionPartyDeviceNetworkContext:
    """Decode a JSON object into :class:`TransactionPartyDeviceNetworkContext`."""
    o = new_object(TransactionPartyDeviceNetworkContext)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionPartyDeviceNetworkContext.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionPartyDeviceNetworkContext
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionPartyDevice: Table = (
    ("fingerprint", "fingerprint", None, False),
    ("persistent_device_id", "persistent_device_id", None, False),
    ("user_agent", "user_agent", None, False),
    ("browser_family", "browser_family", None, False),
    ("browser_version", "browser_version", None, False),
    ("platform", "platform", None, False),
    ("os_family", "os_family", None, False),
    ("os_version", "os_version", None, False),
    ("accept_language", "accept_language", None, False),
    ("session_id", "session_id", None, False),
    ("session_age_ms", "session_age_ms", None, False),
    (
        "network_context",
        "network_context",
        lambda v: (
            unstructure_TransactionPartyDeviceNetworkContext(v)
            if isinstance(v, TransactionPartyDeviceNetworkContext)
            else v
        ),
        False,
    ),
)


def unstructure_TransactionPartyDevice(o: TransactionPartyDevice) -> dict[str, Any]:
    """Encode :class:`TransactionPartyDevice` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionPartyDevice)


def structure_TransactionPartyDevice(d: Any) -> TransactionPartyDevice:
    """Decode a JSON object into :class:`TransactionPartyDevice`."""
    v: Any
    o = new_object(TransactionPartyDevice)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionPartyDevice.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionPartyDevice
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "network_context" in vals:
        v = vals["network_context"]
        if v.__class__ is dict:
            vals["network_context"] = structure_TransactionPartyDeviceNetworkContext(v)
    return o


_U_TransactionParty: Table = (
    ("uuid", "uuid", None, False),
    ("role", "role", None, False),
    ("entity_type", "entity_type", None, False),
    ("kind", "kind", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("full_name", "full_name", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("country_code", "country_code", None, False),
    ("dob", "dob", None, False),
    (
        "address",
        "address",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "institution_info",
        "institution_info",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "device",
        "device",
        lambda v: (
            unstructure_TransactionPartyDevice(v) if isinstance(v, TransactionPartyDevice) else v
        ),
        False,
    ),
    (
        "external_party_snapshot",
        "external_party_snapshot",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_TransactionParty(o: TransactionParty) -> dict[str, Any]:
    """Encode :class:`TransactionParty` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionParty)


def structure_TransactionParty(d: Any) -> TransactionParty:
    """Decode a JSON object into :class:`TransactionParty`."""
    v: Any
    o = new_object(TransactionParty)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionParty.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionParty
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "device" in vals:
        v = vals["device"]
        if v.__class__ is dict:
            vals["device"] = structure_TransactionPartyDevice(v)
    return o


_U_TransactionPaymentMethod: Table = (
    ("uuid", "uuid", None, False),
    ("payment_method_type", "payment_method_type", None, False),
    ("label", "label", None, False),
    ("fingerprint", "fingerprint", None, False),
    ("account_id", "account_id", None, False),
    ("issuing_country", "issuing_country", None, False),
    ("owner_kind", "owner_kind", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("owner_name", "owner_name", None, False),
    (
        "institution_info",
        "institution_info",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "details",
        "details",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "external_owner_snapshot",
        "external_owner_snapshot",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("role", "role", None, False),
)


def unstructure_TransactionPaymentMethod(o: TransactionPaymentMethod) -> dict[str, Any]:
    """Encode :class:`TransactionPaymentMethod` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionPaymentMethod)


def structure_TransactionPaymentMethod(d: Any) -> TransactionPaymentMethod:
    """Decode a JSON object into :class:`TransactionPaymentMethod`."""
    o = new_object(TransactionPaymentMethod)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionPaymentMethod.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionPaymentMethod
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionDocumentFile: Table = (
    ("uuid", "uuid", None, False),
    ("file_url", "file_url", None, False),
    ("original_filename", "original_filename", None, False),
    ("file_size", "file_size", None, False),
)


def unstructure_TransactionDocumentFile(o: TransactionDocumentFile) -> dict[str, Any]:
    """Encode :class:`TransactionDocumentFile` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionDocumentFile)


def structure_TransactionDocumentFile(d: Any) -> TransactionDocumentFile:
    """Decode a JSON object into :class:`TransactionDocumentFile`."""
    o = new_object(TransactionDocumentFile)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionDocumentFile.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionDocumentFile
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionDocument: Table = (
    ("uuid", "uuid", None, False),
    ("label", "label", None, False),
    ("note", "note", None, False),
    ("uploaded_by", "uploaded_by", None, False),
    ("created_at", "created_at", None, False),
    (
        "files",
        "files",
        lambda v: (
            [
                unstructure_TransactionDocumentFile(x)
                if isinstance(x, TransactionDocumentFile)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_TransactionDocument(o: TransactionDocument) -> dict[str, Any]:
    """Encode :class:`TransactionDocument` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionDocument)


def structure_TransactionDocument(d: Any) -> TransactionDocument:
    """Decode a JSON object into :class:`TransactionDocument`."""
    v: Any
    o = new_object(TransactionDocument)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionDocument.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionDocument
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "files" in vals:
        v = vals["files"]
        if v and v.__class__ is list:
            vals["files"] = [
                structure_TransactionDocumentFile(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_TransactionActivity: Table = (
    ("uuid", "uuid", None, False),
    ("activity_type", "activity_type", None, False),
    ("source", "source", None, False),
    ("status", "status", None, False),
    ("title", "title", None, False),
    ("description", "description", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("occurred_at", "occurred_at", None, False),
)


def unstructure_TransactionActivity(o: TransactionActivity) -> dict[str, Any]:
    """Encode :class:`TransactionActivity` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionActivity)


def structure_TransactionActivity(d: Any) -> TransactionActivity:
    """Decode a JSON object into :class:`TransactionActivity`."""
    o = new_object(TransactionActivity)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionActivity.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionActivity
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionAlert: Table = (
    ("uuid", "uuid", None, False),
    ("title", "title", None, False),
    ("description", "description", None, False),
    ("severity", "severity", None, False),
    ("status", "status", None, False),
    ("source", "source", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
    ("due_at", "due_at", None, False),
)


def unstructure_TransactionAlert(o: TransactionAlert) -> dict[str, Any]:
    """Encode :class:`TransactionAlert` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionAlert)


def structure_TransactionAlert(d: Any) -> TransactionAlert:
    """Decode a JSON object into :class:`TransactionAlert`."""
    o = new_object(TransactionAlert)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionAlert.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionAlert
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionEvaluatedRule: Table = (
    ("uuid", "uuid", None, False),
    ("rule", "rule", None, False),
    ("rule_title", "rule_title", None, False),
    ("rule_description", "rule_description", None, False),
    ("rule_category", "rule_category", None, False),
    ("matched", "matched", None, False),
    ("is_test", "is_test", None, False),
    ("mode", "mode", None, False),
    ("severity", "severity", None, False),
    ("score_delta", "score_delta", None, False),
    ("status_target", "status_target", None, False),
    ("action_summary", "action_summary", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_TransactionEvaluatedRule(o: TransactionEvaluatedRule) -> dict[str, Any]:
    """Encode :class:`TransactionEvaluatedRule` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionEvaluatedRule)


def structure_TransactionEvaluatedRule(d: Any) -> TransactionEvaluatedRule:
    """Decode a JSON object into :class:`TransactionEvaluatedRule`."""
    o = new_object(TransactionEvaluatedRule)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionEvaluatedRule.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionEvaluatedRule
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionProviderResult: Table = (
    ("uuid", "uuid", None, False),
    ("provider", "provider", None, False),
    ("result_type", "result_type", None, False),
    ("status", "status", None, False),
    ("severity", "severity", None, False),
    ("score", "score", None, False),
    ("summary", "summary", None, False),
    (
        "payload",
        "payload",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("created_at", "created_at", None, False),
)


def unstructure_TransactionProviderResult(o: TransactionProviderResult) -> dict[str, Any]:
    """Encode :class:`TransactionProviderResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionProviderResult)


def structure_TransactionProviderResult(d: Any) -> TransactionProviderResult:
    """Decode a JSON object into :class:`TransactionProviderResult`."""
    o = new_object(TransactionProviderResult)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionProviderResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionProviderResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionTravelRule: Table = (
    ("uuid", "uuid", None, False),
    ("status", "status", None, False),
    ("protocol", "protocol", None, False),
    ("required", "required", None, False),
    ("obligations_count", "obligations_count", None, False),
    (
        "originator_data",
        "originator_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "beneficiary_data",
        "beneficiary_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_TransactionTravelRule(o: TransactionTravelRule) -> dict[str, Any]:
    """Encode :class:`TransactionTravelRule` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionTravelRule)


def structure_TransactionTravelRule(d: Any) -> TransactionTravelRule:
    """Decode a JSON object into :class:`TransactionTravelRule`."""
    o = new_object(TransactionTravelRule)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionTravelRule.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionTravelRule
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionNetworkSnapshot: Table = (
    ("uuid", "uuid", None, False),
    (
        "nodes",
        "nodes",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "edges",
        "edges",
        lambda v: (
            [dict(x) if x.__class__ is not dict and isinstance(x, Mapping) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "metrics",
        "metrics",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_TransactionNetworkSnapshot(o: TransactionNetworkSnapshot) -> dict[str, Any]:
    """Encode :class:`TransactionNetworkSnapshot` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionNetworkSnapshot)


def structure_TransactionNetworkSnapshot(d: Any) -> TransactionNetworkSnapshot:
    """Decode a JSON object into :class:`TransactionNetworkSnapshot`."""
    o = new_object(TransactionNetworkSnapshot)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionNetworkSnapshot.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionNetworkSnapshot
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionRemediation: Table = (
    ("session_id", "session_id", None, False),
    ("session_token", "session_token", None, False),
    ("url", "url", None, False),
    ("status", "status", None, False),
)


def unstructure_TransactionRemediation(o: TransactionRemediation) -> dict[str, Any]:
    """Encode :class:`TransactionRemediation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionRemediation)


def structure_TransactionRemediation(d: Any) -> TransactionRemediation:
    """Decode a JSON object into :class:`TransactionRemediation`."""
    o = new_object(TransactionRemediation)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionRemediation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionRemediation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_TransactionActionRequired: Table = (
    ("type", "type", None, False),
    ("url", "url", None, False),
    ("session_id", "session_id", None, False),
    ("session_token", "session_token", None, False),
    ("status", "status", None, False),
    ("widget_session_id", "widget_session_id", None, False),
    ("expires_at", "expires_at", None, False),
)


def unstructure_TransactionActionRequired(o: TransactionActionRequired) -> dict[str, Any]:
    """Encode :class:`TransactionActionRequired` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_TransactionActionRequired)


def structure_TransactionActionRequired(d: Any) -> TransactionActionRequired:
    """Decode a JSON object into :class:`TransactionActionRequired`."""
    o = new_object(TransactionActionRequired)
    vals = o.__dict__
    vals.update(d)
    if _K_TransactionActionRequired.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_TransactionActionRequired
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_Transaction: Table = (
    ("uuid", "uuid", None, False),
    ("transaction_id", "transaction_id", None, True),
    ("transaction_category", "transaction_category", None, False),
    ("status", "status", None, False),
    ("risk_score", "risk_score", None, False),
    (
        "rule_hits",
        "rule_hits",
        lambda v: (
            [
                unstructure_TransactionRuleHit(x) if isinstance(x, TransactionRuleHit) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "transaction_details",
        "transaction_details",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "subject",
        "subject",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "counterparty",
        "counterparty",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "custom_properties",
        "custom_properties",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("transaction_at", "transaction_at", None, False),
    ("time_zone", "time_zone", None, False),
    ("created_at", "created_at", None, False),
    ("transaction_number", "transaction_number", None, False),
    ("txn_id", "txn_id", None, False),
    ("transaction_type", "transaction_type", None, False),
    ("action_type", "action_type", None, False),
    ("direction", "direction", None, False),
    ("amount", "amount", None, False),
    ("currency", "currency", None, False),
    ("preferred_currency_amount", "preferred_currency_amount", None, False),
    ("preferred_currency_code", "preferred_currency_code", None, False),
    ("payment_details", "payment_details", None, False),
    ("score", "score", None, False),
    ("severity", "severity", None, False),
    ("subject_name", "subject_name", None, False),
    ("subject_vendor_data", "subject_vendor_data", None, False),
    ("subject_country", "subject_country", None, False),
    ("counterparty_name", "counterparty_name", None, False),
    ("counterparty_vendor_data", "counterparty_vendor_data", None, False),
    ("counterparty_country", "counterparty_country", None, False),
    (
        "tags",
        "tags",
        lambda v: (
            [unstructure_TransactionTag(x) if isinstance(x, TransactionTag) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("txn_date", "txn_date", None, False),
    ("decision_reason_code", "decision_reason_code", None, False),
    ("decision_reason_label", "decision_reason_label", None, False),
    ("assigned_to_name", "assigned_to_name", None, False),
    ("environment", "environment", None, False),
    ("zone_id", "zone_id", None, False),
    ("source", "source", None, False),
    ("currency_type", "currency_type", None, False),
    ("amount_in_default_currency", "amount_in_default_currency", None, False),
    ("default_currency_code", "default_currency_code", None, False),
    ("payment_txn_id", "payment_txn_id", None, False),
    ("vendor_data", "vendor_data", None, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "props",
        "props",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "parties",
        "parties",
        lambda v: (
            [unstructure_TransactionParty(x) if isinstance(x, TransactionParty) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "payment_methods",
        "payment_methods",
        lambda v: (
            [
                unstructure_TransactionPaymentMethod(x)
                if isinstance(x, TransactionPaymentMethod)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "documents",
        "documents",
        lambda v: (
            [
                unstructure_TransactionDocument(x) if isinstance(x, TransactionDocument) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "activities",
        "activities",
        lambda v: (
            [
                unstructure_TransactionActivity(x) if isinstance(x, TransactionActivity) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "alerts",
        "alerts",
        lambda v: (
            [unstructure_TransactionAlert(x) if isinstance(x, TransactionAlert) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "rule_runs",
        "rule_runs",
        lambda v: (
            [
                unstructure_TransactionEvaluatedRule(x)
                if isinstance(x, TransactionEvaluatedRule)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "provider_results",
        "provider_results",
        lambda v: (
            [
                unstructure_TransactionProviderResult(x)
                if isinstance(x, TransactionProviderResult)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "travel_rule",
        "travel_rule",
        lambda v: (
            unstructure_TransactionTravelRule(v) if isinstance(v, TransactionTravelRule) else v
        ),
        False,
    ),
    (
        "network_snapshot",
        "network_snapshot",
        lambda v: (
            unstructure_TransactionNetworkSnapshot(v)
            if isinstance(v, TransactionNetworkSnapshot)
            else v
        ),
        False,
    ),
    (
        "remediation",
        "remediation",
        lambda v: (
            unstructure_TransactionRemediation(v) if isinstance(v, TransactionRemediation) else v
        ),
        False,
    ),
    (
        "action_required",
        "action_required",
        lambda v: (
            unstructure_TransactionActionRequired(v)
            if isinstance(v, TransactionActionRequired)
            else v
        ),
        False,
    ),
    (
        "cost_breakdown",
        "cost_breakdown",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_Transaction(o: Transaction) -> dict[str, Any]:
    """Encode :class:`Transaction` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_Transaction)


def structure_Transaction(d: Any) -> Transaction:
    """Decode a JSON object into :class:`Transaction`."""
    v: Any
    o = new_object(Transaction)
    vals = o.__dict__
    vals.update(d)
    if _K_Transaction.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Transaction
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "rule_hits" in vals:
        v = vals["rule_hits"]
        if v and v.__class__ is list:
            vals["rule_hits"] = [
                structure_TransactionRuleHit(x) if x.__class__ is dict else x for x in v
            ]
    if "tags" in vals:
        v = vals["tags"]
        if v and v.__class__ is list:
            vals["tags"] = [structure_TransactionTag(x) if x.__class__ is dict else x for x in v]
    if "parties" in vals:
        v = vals["parties"]
        if v and v.__class__ is list:
            vals["parties"] = [
                structure_TransactionParty(x) if x.__class__ is dict else x for x in v
            ]
    if "payment_methods" in vals:
        v = vals["payment_methods"]
        if v and v.__class__ is list:
            vals["payment_methods"] = [
                structure_TransactionPaymentMethod(x) if x.__class__ is dict else x for x in v
            ]
    if "documents" in vals:
        v = vals["documents"]
        if v and v.__class__ is list:
            vals["documents"] = [
                structure_TransactionDocument(x) if x.__class__ is dict else x for x in v
            ]
    if "activities" in vals:
        v = vals["activities"]
        if v and v.__class__ is list:
            vals["activities"] = [
                structure_TransactionActivity(x) if x.__class__ is dict else x for x in v
            ]
    if "alerts" in vals:
        v = vals["alerts"]
        if v and v.__class__ is list:
            vals["alerts"] = [
                structure_TransactionAlert(x) if x.__class__ is dict else x for x in v
            ]
    if "rule_runs" in vals:
        v = vals["rule_runs"]
        if v and v.__class__ is list:
            vals["rule_runs"] = [
                structure_TransactionEvaluatedRule(x) if x.__class__ is dict else x for x in v
            ]
    if "provider_results" in vals:
        v = vals["provider_results"]
        if v and v.__class__ is list:
            vals["provider_results"] = [
                structure_TransactionProviderResult(x) if x.__class__ is dict else x for x in v
            ]
    if "travel_rule" in vals:
        v = vals["travel_rule"]
        if v.__class__ is dict:
            vals["travel_rule"] = structure_TransactionTravelRule(v)
    if "network_snapshot" in vals:
        v = vals["network_snapshot"]
        if v.__class__ is dict:
            vals["network_snapshot"] = structure_TransactionNetworkSnapshot(v)
    if "remediation" in vals:
        v = vals["remediation"]
        if v.__class__ is dict:
            vals["remediation"] = structure_TransactionRemediation(v)
    if "action_required" in vals:
        v = vals["action_required"]
        if v.__class__ is dict:
            vals["action_required"] = structure_TransactionActionRequired(v)
    return o


_K_TransactionRuleHit = keys_of(_U_TransactionRuleHit)
_K_TransactionTag = keys_of(_U_TransactionTag)
_K_TransactionPartyDeviceNetworkContext = keys_of(_U_TransactionPartyDeviceNetworkContext)
_K_TransactionPartyDevice = keys_of(_U_TransactionPartyDevice)
_K_TransactionParty = keys_of(_U_TransactionParty)
_K_TransactionPaymentMethod = keys_of(_U_TransactionPaymentMethod)
_K_TransactionDocumentFile = keys_of(_U_TransactionDocumentFile)
_K_TransactionDocument = keys_of(_U_TransactionDocument)
_K_TransactionActivity = keys_of(_U_TransactionActivity)
_K_TransactionAlert = keys_of(_U_TransactionAlert)
_K_TransactionEvaluatedRule = keys_of(_U_TransactionEvaluatedRule)
_K_TransactionProviderResult = keys_of(_U_TransactionProviderResult)
_K_TransactionTravelRule = keys_of(_U_TransactionTravelRule)
_K_TransactionNetworkSnapshot = keys_of(_U_TransactionNetworkSnapshot)
_K_TransactionRemediation = keys_of(_U_TransactionRemediation)
_K_TransactionActionRequired = keys_of(_U_TransactionActionRequired)
_K_Transaction = keys_of(_U_Transaction)
