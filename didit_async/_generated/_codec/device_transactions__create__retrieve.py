# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'device_transactions__create__retrieve' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models.device_transactions__create__retrieve import (
    DeviceTransaction,
    DeviceTransactionActionRequired,
    DeviceTransactionActivity,
    DeviceTransactionAlert,
    DeviceTransactionDocument,
    DeviceTransactionDocumentFile,
    DeviceTransactionNetworkSnapshot,
    DeviceTransactionParty,
    DeviceTransactionPartyDevice,
    DeviceTransactionPartyDeviceNetworkContext,
    DeviceTransactionPaymentMethod,
    DeviceTransactionProviderResult,
    DeviceTransactionRemediation,
    DeviceTransactionRuleRun,
    DeviceTransactionTag,
    DeviceTransactionTravelRule,
)
from . import Table, encode_by_table, keys_of, new_object

_U_DeviceTransactionTag: Table = (
    ("uuid", "uuid", None, False),
    ("name", "name", None, False),
    ("color", "color", None, False),
    ("description", "description", None, False),
    ("source", "source", None, False),
)


def unstructure_DeviceTransactionTag(o: DeviceTransactionTag) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionTag` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionTag)


def structure_DeviceTransactionTag(d: Any) -> DeviceTransactionTag:
    """Decode a JSON object into :class:`DeviceTransactionTag`."""
    o = new_object(DeviceTransactionTag)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionTag.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionTag
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionPartyDeviceNetworkContext: Table = (
    ("ip_address", "ip_address", None, False),
    ("ip_country_code", "ip_country_code", None, False),
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
)


def unstructure_DeviceTransactionPartyDeviceNetworkContext(
    o: DeviceTransactionPartyDeviceNetworkContext,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionPartyDeviceNetworkContext` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionPartyDeviceNetworkContext)


def structure_DeviceTransactionPartyDeviceNetworkContext(
    d: Any,
) -> DeviceTransactionPartyDeviceNetworkContext:
    """Decode a JSON object into :class:`DeviceTransactionPartyDeviceNetworkContext`."""
    o = new_object(DeviceTransactionPartyDeviceNetworkContext)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionPartyDeviceNetworkContext.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionPartyDeviceNetworkContext
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionPartyDevice: Table = (
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
            unstructure_DeviceTransactionPartyDeviceNetworkContext(v)
            if isinstance(v, DeviceTransactionPartyDeviceNetworkContext)
            else v
        ),
        False,
    ),
)


def unstructure_DeviceTransactionPartyDevice(o: DeviceTransactionPartyDevice) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionPartyDevice` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionPartyDevice)


def structure_DeviceTransactionPartyDevice(d: Any) -> DeviceTransactionPartyDevice:
    """Decode a JSON object into :class:`DeviceTransactionPartyDevice`."""
    v: Any
    o = new_object(DeviceTransactionPartyDevice)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionPartyDevice.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionPartyDevice
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "network_context" in vals:
        v = vals["network_context"]
        if v.__class__ is dict:
            vals["network_context"] = structure_DeviceTransactionPartyDeviceNetworkContext(v)
    return o


_U_DeviceTransactionParty: Table = (
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
            unstructure_DeviceTransactionPartyDevice(v)
            if isinstance(v, DeviceTransactionPartyDevice)
            else v
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


def unstructure_DeviceTransactionParty(o: DeviceTransactionParty) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionParty` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionParty)


def structure_DeviceTransactionParty(d: Any) -> DeviceTransactionParty:
    """Decode a JSON object into :class:`DeviceTransactionParty`."""
    v: Any
    o = new_object(DeviceTransactionParty)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionParty.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionParty
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "device" in vals:
        v = vals["device"]
        if v.__class__ is dict:
            vals["device"] = structure_DeviceTransactionPartyDevice(v)
    return o


_U_DeviceTransactionPaymentMethod: Table = (
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


def unstructure_DeviceTransactionPaymentMethod(o: DeviceTransactionPaymentMethod) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionPaymentMethod` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionPaymentMethod)


def structure_DeviceTransactionPaymentMethod(d: Any) -> DeviceTransactionPaymentMethod:
    """Decode a JSON object into :class:`DeviceTransactionPaymentMethod`."""
    o = new_object(DeviceTransactionPaymentMethod)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionPaymentMethod.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionPaymentMethod
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionDocumentFile: Table = (
    ("uuid", "uuid", None, False),
    ("file_url", "file_url", None, False),
    ("original_filename", "original_filename", None, False),
    ("file_size", "file_size", None, False),
)


def unstructure_DeviceTransactionDocumentFile(o: DeviceTransactionDocumentFile) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionDocumentFile` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionDocumentFile)


def structure_DeviceTransactionDocumentFile(d: Any) -> DeviceTransactionDocumentFile:
    """Decode a JSON object into :class:`DeviceTransactionDocumentFile`."""
    o = new_object(DeviceTransactionDocumentFile)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionDocumentFile.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionDocumentFile
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionDocument: Table = (
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
                unstructure_DeviceTransactionDocumentFile(x)
                if isinstance(x, DeviceTransactionDocumentFile)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_DeviceTransactionDocument(o: DeviceTransactionDocument) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionDocument` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionDocument)


def structure_DeviceTransactionDocument(d: Any) -> DeviceTransactionDocument:
    """Decode a JSON object into :class:`DeviceTransactionDocument`."""
    v: Any
    o = new_object(DeviceTransactionDocument)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionDocument.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionDocument
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "files" in vals:
        v = vals["files"]
        if v and v.__class__ is list:
            vals["files"] = [
                structure_DeviceTransactionDocumentFile(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_DeviceTransactionActivity: Table = (
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


def unstructure_DeviceTransactionActivity(o: DeviceTransactionActivity) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionActivity` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionActivity)


def structure_DeviceTransactionActivity(d: Any) -> DeviceTransactionActivity:
    """Decode a JSON object into :class:`DeviceTransactionActivity`."""
    o = new_object(DeviceTransactionActivity)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionActivity.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionActivity
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionAlert: Table = (
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


def unstructure_DeviceTransactionAlert(o: DeviceTransactionAlert) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionAlert` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionAlert)


def structure_DeviceTransactionAlert(d: Any) -> DeviceTransactionAlert:
    """Decode a JSON object into :class:`DeviceTransactionAlert`."""
    o = new_object(DeviceTransactionAlert)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionAlert.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionAlert
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionRuleRun: Table = (
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


def unstructure_DeviceTransactionRuleRun(o: DeviceTransactionRuleRun) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRuleRun` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionRuleRun)


def structure_DeviceTransactionRuleRun(d: Any) -> DeviceTransactionRuleRun:
    """Decode a JSON object into :class:`DeviceTransactionRuleRun`."""
    o = new_object(DeviceTransactionRuleRun)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRuleRun.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRuleRun
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionProviderResult: Table = (
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


def unstructure_DeviceTransactionProviderResult(
    o: DeviceTransactionProviderResult,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionProviderResult` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionProviderResult)


def structure_DeviceTransactionProviderResult(d: Any) -> DeviceTransactionProviderResult:
    """Decode a JSON object into :class:`DeviceTransactionProviderResult`."""
    o = new_object(DeviceTransactionProviderResult)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionProviderResult.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionProviderResult
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionTravelRule: Table = (
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


def unstructure_DeviceTransactionTravelRule(o: DeviceTransactionTravelRule) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionTravelRule` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionTravelRule)


def structure_DeviceTransactionTravelRule(d: Any) -> DeviceTransactionTravelRule:
    """Decode a JSON object into :class:`DeviceTransactionTravelRule`."""
    o = new_object(DeviceTransactionTravelRule)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionTravelRule.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionTravelRule
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionNetworkSnapshot: Table = (
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


def unstructure_DeviceTransactionNetworkSnapshot(
    o: DeviceTransactionNetworkSnapshot,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionNetworkSnapshot` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionNetworkSnapshot)


def structure_DeviceTransactionNetworkSnapshot(d: Any) -> DeviceTransactionNetworkSnapshot:
    """Decode a JSON object into :class:`DeviceTransactionNetworkSnapshot`."""
    o = new_object(DeviceTransactionNetworkSnapshot)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionNetworkSnapshot.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionNetworkSnapshot
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionRemediation: Table = (
    ("session_id", "session_id", None, False),
    ("session_token", "session_token", None, False),
    ("url", "url", None, False),
    ("status", "status", None, False),
)


def unstructure_DeviceTransactionRemediation(o: DeviceTransactionRemediation) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionRemediation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionRemediation)


def structure_DeviceTransactionRemediation(d: Any) -> DeviceTransactionRemediation:
    """Decode a JSON object into :class:`DeviceTransactionRemediation`."""
    o = new_object(DeviceTransactionRemediation)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionRemediation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionRemediation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransactionActionRequired: Table = (
    ("type", "type", None, True),
    ("url", "url", None, True),
    ("session_id", "session_id", None, False),
    ("session_token", "session_token", None, False),
    ("status", "status", None, False),
    ("widget_session_id", "widget_session_id", None, False),
    ("expires_at", "expires_at", None, False),
)


def unstructure_DeviceTransactionActionRequired(
    o: DeviceTransactionActionRequired,
) -> dict[str, Any]:
    """Encode :class:`DeviceTransactionActionRequired` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransactionActionRequired)


def structure_DeviceTransactionActionRequired(d: Any) -> DeviceTransactionActionRequired:
    """Decode a JSON object into :class:`DeviceTransactionActionRequired`."""
    o = new_object(DeviceTransactionActionRequired)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransactionActionRequired.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransactionActionRequired
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_DeviceTransaction: Table = (
    ("uuid", "uuid", None, False),
    ("environment", "environment", None, False),
    ("transaction_number", "transaction_number", None, False),
    ("txn_id", "txn_id", None, False),
    ("txn_date", "txn_date", None, False),
    ("zone_id", "zone_id", None, False),
    ("transaction_type", "transaction_type", None, False),
    ("action_type", "action_type", None, False),
    ("direction", "direction", None, False),
    ("status", "status", None, False),
    ("source", "source", None, False),
    ("amount", "amount", None, False),
    ("currency", "currency", None, False),
    ("currency_type", "currency_type", None, False),
    ("amount_in_default_currency", "amount_in_default_currency", None, False),
    ("default_currency_code", "default_currency_code", None, False),
    ("preferred_currency_amount", "preferred_currency_amount", None, False),
    ("preferred_currency_code", "preferred_currency_code", None, False),
    ("payment_details", "payment_details", None, False),
    ("payment_txn_id", "payment_txn_id", None, False),
    ("score", "score", None, False),
    ("severity", "severity", None, False),
    ("decision_reason_code", "decision_reason_code", None, False),
    ("decision_reason_label", "decision_reason_label", None, False),
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
        "tags",
        "tags",
        lambda v: (
            [
                unstructure_DeviceTransactionTag(x) if isinstance(x, DeviceTransactionTag) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "parties",
        "parties",
        lambda v: (
            [
                unstructure_DeviceTransactionParty(x)
                if isinstance(x, DeviceTransactionParty)
                else x
                for x in v
            ]
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
                unstructure_DeviceTransactionPaymentMethod(x)
                if isinstance(x, DeviceTransactionPaymentMethod)
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
                unstructure_DeviceTransactionDocument(x)
                if isinstance(x, DeviceTransactionDocument)
                else x
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
                unstructure_DeviceTransactionActivity(x)
                if isinstance(x, DeviceTransactionActivity)
                else x
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
            [
                unstructure_DeviceTransactionAlert(x)
                if isinstance(x, DeviceTransactionAlert)
                else x
                for x in v
            ]
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
                unstructure_DeviceTransactionRuleRun(x)
                if isinstance(x, DeviceTransactionRuleRun)
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
                unstructure_DeviceTransactionProviderResult(x)
                if isinstance(x, DeviceTransactionProviderResult)
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
            unstructure_DeviceTransactionTravelRule(v)
            if isinstance(v, DeviceTransactionTravelRule)
            else v
        ),
        False,
    ),
    (
        "network_snapshot",
        "network_snapshot",
        lambda v: (
            unstructure_DeviceTransactionNetworkSnapshot(v)
            if isinstance(v, DeviceTransactionNetworkSnapshot)
            else v
        ),
        False,
    ),
    (
        "remediation",
        "remediation",
        lambda v: (
            unstructure_DeviceTransactionRemediation(v)
            if isinstance(v, DeviceTransactionRemediation)
            else v
        ),
        False,
    ),
    (
        "action_required",
        "action_required",
        lambda v: (
            unstructure_DeviceTransactionActionRequired(v)
            if isinstance(v, DeviceTransactionActionRequired)
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


def unstructure_DeviceTransaction(o: DeviceTransaction) -> dict[str, Any]:
    """Encode :class:`DeviceTransaction` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DeviceTransaction)


def structure_DeviceTransaction(d: Any) -> DeviceTransaction:
    """Decode a JSON object into :class:`DeviceTransaction`."""
    v: Any
    o = new_object(DeviceTransaction)
    vals = o.__dict__
    vals.update(d)
    if _K_DeviceTransaction.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DeviceTransaction
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "tags" in vals:
        v = vals["tags"]
        if v and v.__class__ is list:
            vals["tags"] = [
                structure_DeviceTransactionTag(x) if x.__class__ is dict else x for x in v
            ]
    if "parties" in vals:
        v = vals["parties"]
        if v and v.__class__ is list:
            vals["parties"] = [
                structure_DeviceTransactionParty(x) if x.__class__ is dict else x for x in v
            ]
    if "payment_methods" in vals:
        v = vals["payment_methods"]
        if v and v.__class__ is list:
            vals["payment_methods"] = [
                structure_DeviceTransactionPaymentMethod(x) if x.__class__ is dict else x for x in v
            ]
    if "documents" in vals:
        v = vals["documents"]
        if v and v.__class__ is list:
            vals["documents"] = [
                structure_DeviceTransactionDocument(x) if x.__class__ is dict else x for x in v
            ]
    if "activities" in vals:
        v = vals["activities"]
        if v and v.__class__ is list:
            vals["activities"] = [
                structure_DeviceTransactionActivity(x) if x.__class__ is dict else x for x in v
            ]
    if "alerts" in vals:
        v = vals["alerts"]
        if v and v.__class__ is list:
            vals["alerts"] = [
                structure_DeviceTransactionAlert(x) if x.__class__ is dict else x for x in v
            ]
    if "rule_runs" in vals:
        v = vals["rule_runs"]
        if v and v.__class__ is list:
            vals["rule_runs"] = [
                structure_DeviceTransactionRuleRun(x) if x.__class__ is dict else x for x in v
            ]
    if "provider_results" in vals:
        v = vals["provider_results"]
        if v and v.__class__ is list:
            vals["provider_results"] = [
                structure_DeviceTransactionProviderResult(x) if x.__class__ is dict else x
                for x in v
            ]
    if "travel_rule" in vals:
        v = vals["travel_rule"]
        if v.__class__ is dict:
            vals["travel_rule"] = structure_DeviceTransactionTravelRule(v)
    if "network_snapshot" in vals:
        v = vals["network_snapshot"]
        if v.__class__ is dict:
            vals["network_snapshot"] = structure_DeviceTransactionNetworkSnapshot(v)
    if "remediation" in vals:
        v = vals["remediation"]
        if v.__class__ is dict:
            vals["remediation"] = structure_DeviceTransactionRemediation(v)
    if "action_required" in vals:
        v = vals["action_required"]
        if v.__class__ is dict:
            vals["action_required"] = structure_DeviceTransactionActionRequired(v)
    return o


_K_DeviceTransactionTag = keys_of(_U_DeviceTransactionTag)
_K_DeviceTransactionPartyDeviceNetworkContext = keys_of(
    _U_DeviceTransactionPartyDeviceNetworkContext
)
_K_DeviceTransactionPartyDevice = keys_of(_U_DeviceTransactionPartyDevice)
_K_DeviceTransactionParty = keys_of(_U_DeviceTransactionParty)
_K_DeviceTransactionPaymentMethod = keys_of(_U_DeviceTransactionPaymentMethod)
_K_DeviceTransactionDocumentFile = keys_of(_U_DeviceTransactionDocumentFile)
_K_DeviceTransactionDocument = keys_of(_U_DeviceTransactionDocument)
_K_DeviceTransactionActivity = keys_of(_U_DeviceTransactionActivity)
_K_DeviceTransactionAlert = keys_of(_U_DeviceTransactionAlert)
_K_DeviceTransactionRuleRun = keys_of(_U_DeviceTransactionRuleRun)
_K_DeviceTransactionProviderResult = keys_of(_U_DeviceTransactionProviderResult)
_K_DeviceTransactionTravelRule = keys_of(_U_DeviceTransactionTravelRule)
_K_DeviceTransactionNetworkSnapshot = keys_of(_U_DeviceTransactionNetworkSnapshot)
_K_DeviceTransactionRemediation = keys_of(_U_DeviceTransactionRemediation)
_K_DeviceTransactionActionRequired = keys_of(_U_DeviceTransactionActionRequired)
_K_DeviceTransaction = keys_of(_U_DeviceTransaction)
