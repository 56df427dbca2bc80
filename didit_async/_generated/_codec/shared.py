# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import (
    AmlHitReviewStatus,
    FeatureStatus,
    RegulatoryReportStatus,
    RegulatoryReportSubmissionCode,
    RegulatoryReportType,
    UserStatus,
    WarningLogType,
)
from ..models.shared import (
    AmlHit,
    AmlReport,
    AmlScoreBreakdown,
    Business,
    DatabaseValidationReport,
    EmailBreach,
    EmailLifecycleEvent,
    EmailReport,
    FaceEntity,
    FaceImageInfo,
    FaceMatchReport,
    FaceSearchMatch,
    FaceSearchReport,
    FaceSearchUserDetails,
    IdVerificationReport,
    LivenessReport,
    MessageResponse,
    ParsedAddress,
    PhoneReport,
    PoaReport,
    RegulatoryReportDetail,
    RegulatoryReportNarrative,
    RegulatoryReportPage,
    RegulatoryReportValidationError,
    RequestSignals,
    Warning,
)
from . import (
    Table,
    _E_inline12,
    _M_AmlHitReviewStatus,
    _M_FeatureStatus,
    _M_RegulatoryReportStatus,
    _M_RegulatoryReportSubmissionCode,
    _M_RegulatoryReportType,
    _M_UserStatus,
    _M_WarningLogType,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_Warning: Table = (
    ("feature", "feature", None, False),
    ("risk", "risk", None, False),
    ("additional_data", "additional_data", None, False),
    ("log_type", "log_type", lambda v: v.value if isinstance(v, WarningLogType) else v, False),
    ("short_description", "short_description", None, False),
    ("long_description", "long_description", None, False),
    ("node_id", "node_id", None, False),
)


def unstructure_Warning(o: Warning) -> dict[str, Any]:
    """Encode :class:`Warning` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_Warning)


def structure_Warning(d: Any) -> Warning:
    """Decode a JSON object into :class:`Warning`."""
    v: Any
    o = new_object(Warning)
    vals = o.__dict__
    vals.update(d)
    if _K_Warning.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Warning
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "log_type" in vals:
        v = vals["log_type"]
        if v.__class__ is str:
            vals["log_type"] = _M_WarningLogType[v]
    return o


_U_FaceEntity: Table = (
    ("age", "age", None, False),
    ("bbox", "bbox", None, False),
    ("confidence", "confidence", None, False),
    ("gender", "gender", None, False),
)


def unstructure_FaceEntity(o: FaceEntity) -> dict[str, Any]:
    """Encode :class:`FaceEntity` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceEntity)


def structure_FaceEntity(d: Any) -> FaceEntity:
    """Decode a JSON object into :class:`FaceEntity`."""
    o = new_object(FaceEntity)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceEntity.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceEntity
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_FaceImageInfo: Table = (
    (
        "entities",
        "entities",
        lambda v: (
            [unstructure_FaceEntity(x) if isinstance(x, FaceEntity) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("best_angle", "best_angle", None, False),
)


def unstructure_FaceImageInfo(o: FaceImageInfo) -> dict[str, Any]:
    """Encode :class:`FaceImageInfo` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceImageInfo)


def structure_FaceImageInfo(d: Any) -> FaceImageInfo:
    """Decode a JSON object into :class:`FaceImageInfo`."""
    v: Any
    o = new_object(FaceImageInfo)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceImageInfo.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceImageInfo
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "entities" in vals:
        v = vals["entities"]
        if v and v.__class__ is list:
            vals["entities"] = [structure_FaceEntity(x) if x.__class__ is dict else x for x in v]
    return o


_U_ParsedAddress: Table = (
    ("street_1", "street_1", None, False),
    ("street_2", "street_2", None, False),
    ("city", "city", None, False),
    ("region", "region", None, False),
    ("postal_code", "postal_code", None, False),
    ("country", "country", None, False),
    ("address_type", "address_type", None, False),
    ("raw_results", "raw_results", None, False),
)


def unstructure_ParsedAddress(o: ParsedAddress) -> dict[str, Any]:
    """Encode :class:`ParsedAddress` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ParsedAddress)


def structure_ParsedAddress(d: Any) -> ParsedAddress:
    """Decode a JSON object into :class:`ParsedAddress`."""
    o = new_object(ParsedAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IdVerificationReport: Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("document_type", "document_type", None, False),
    ("document_number", "document_number", None, False),
    ("personal_number", "personal_number", None, False),
    ("first_name", "first_name", None, False),
    ("last_name", "last_name", None, False),
    ("full_name", "full_name", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("age", "age", None, False),
    ("gender", "gender", None, False),
    ("nationality", "nationality", None, False),
    ("issuing_state", "issuing_state", None, False),
    ("issuing_state_name", "issuing_state_name", None, False),
    ("expiration_date", "expiration_date", None, False),
    ("expiry_date", "expiry_date", None, False),
    ("issuing_country", "issuing_country", None, False),
    ("date_of_issue", "date_of_issue", None, False),
    ("address", "address", None, False),
    ("formatted_address", "formatted_address", None, False),
    (
        "parsed_address",
        "parsed_address",
        lambda v: unstructure_ParsedAddress(v) if isinstance(v, ParsedAddress) else v,
        False,
    ),
    ("place_of_birth", "place_of_birth", None, False),
    ("marital_status", "marital_status", None, False),
    ("portrait_image", "portrait_image", None, False),
    ("front_image", "front_image", None, False),
    ("back_image", "back_image", None, False),
    ("front_document_image", "front_document_image", None, False),
    ("back_document_image", "back_document_image", None, False),
    ("front_video", "front_video", None, False),
    ("back_video", "back_video", None, False),
    ("full_front_image", "full_front_image", None, False),
    ("full_back_image", "full_back_image", None, False),
    ("mrz", "mrz", None, False),
    (
        "extra_fields",
        "extra_fields",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("extra_files", "extra_files", None, False),
)


def unstructure_IdVerificationReport(o: IdVerificationReport) -> dict[str, Any]:
    """Encode :class:`IdVerificationReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReport)


def structure_IdVerificationReport(d: Any) -> IdVerificationReport:
    """Decode a JSON object into :class:`IdVerificationReport`."""
    v: Any
    o = new_object(IdVerificationReport)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "parsed_address" in vals:
        v = vals["parsed_address"]
        if v.__class__ is dict:
            vals["parsed_address"] = structure_ParsedAddress(v)
    return o


_U_LivenessReport: Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("method", "method", None, False),
    ("score", "score", None, False),
    ("reference_image", "reference_image", None, False),
    ("video_url", "video_url", None, False),
    ("age_estimation", "age_estimation", None, False),
    (
        "user_image",
        "user_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
    ("face_quality", "face_quality", None, False),
    ("face_luminance", "face_luminance", None, False),
)


def unstructure_LivenessReport(o: LivenessReport) -> dict[str, Any]:
    """Encode :class:`LivenessReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_LivenessReport)


def structure_LivenessReport(d: Any) -> LivenessReport:
    """Decode a JSON object into :class:`LivenessReport`."""
    v: Any
    o = new_object(LivenessReport)
    vals = o.__dict__
    vals.update(d)
    if _K_LivenessReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_LivenessReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "user_image" in vals:
        v = vals["user_image"]
        if v.__class__ is dict:
            vals["user_image"] = structure_FaceImageInfo(v)
    return o


_U_FaceMatchReport: Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("score", "score", None, False),
    ("source_image", "source_image", None, False),
    ("target_image", "target_image", None, False),
    (
        "user_image",
        "user_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
    (
        "ref_image",
        "ref_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
)


def unstructure_FaceMatchReport(o: FaceMatchReport) -> dict[str, Any]:
    """Encode :class:`FaceMatchReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceMatchReport)


def structure_FaceMatchReport(d: Any) -> FaceMatchReport:
    """Decode a JSON object into :class:`FaceMatchReport`."""
    v: Any
    o = new_object(FaceMatchReport)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceMatchReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceMatchReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "user_image" in vals:
        v = vals["user_image"]
        if v.__class__ is dict:
            vals["user_image"] = structure_FaceImageInfo(v)
    if "ref_image" in vals:
        v = vals["ref_image"]
        if v.__class__ is dict:
            vals["ref_image"] = structure_FaceImageInfo(v)
    return o


_U_FaceSearchUserDetails: Table = (
    ("name", "name", None, False),
    ("document_type", "document_type", None, False),
    ("document_number", "document_number", None, False),
)


def unstructure_FaceSearchUserDetails(o: FaceSearchUserDetails) -> dict[str, Any]:
    """Encode :class:`FaceSearchUserDetails` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceSearchUserDetails)


def structure_FaceSearchUserDetails(d: Any) -> FaceSearchUserDetails:
    """Decode a JSON object into :class:`FaceSearchUserDetails`."""
    o = new_object(FaceSearchUserDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchUserDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchUserDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_FaceSearchMatch: Table = (
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("similarity_percentage", "similarity_percentage", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("verification_date", "verification_date", None, False),
    (
        "user_details",
        "user_details",
        lambda v: (
            unstructure_FaceSearchUserDetails(v) if isinstance(v, FaceSearchUserDetails) else v
        ),
        False,
    ),
    ("match_image_url", "match_image_url", None, False),
    ("status", "status", None, False),
    ("is_blocklisted", "is_blocklisted", None, False),
)


def unstructure_FaceSearchMatch(o: FaceSearchMatch) -> dict[str, Any]:
    """Encode :class:`FaceSearchMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceSearchMatch)


def structure_FaceSearchMatch(d: Any) -> FaceSearchMatch:
    """Decode a JSON object into :class:`FaceSearchMatch`."""
    v: Any
    o = new_object(FaceSearchMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "user_details" in vals:
        v = vals["user_details"]
        if v.__class__ is dict:
            vals["user_details"] = structure_FaceSearchUserDetails(v)
    return o


_U_FaceSearchReport: Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("total_matches", "total_matches", None, False),
    (
        "matches",
        "matches",
        lambda v: (
            [unstructure_FaceSearchMatch(x) if isinstance(x, FaceSearchMatch) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "user_image",
        "user_image",
        lambda v: unstructure_FaceImageInfo(v) if isinstance(v, FaceImageInfo) else v,
        False,
    ),
)


def unstructure_FaceSearchReport(o: FaceSearchReport) -> dict[str, Any]:
    """Encode :class:`FaceSearchReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_FaceSearchReport)


def structure_FaceSearchReport(d: Any) -> FaceSearchReport:
    """Decode a JSON object into :class:`FaceSearchReport`."""
    v: Any
    o = new_object(FaceSearchReport)
    vals = o.__dict__
    vals.update(d)
    if _K_FaceSearchReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_FaceSearchReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "matches" in vals:
        v = vals["matches"]
        if v and v.__class__ is list:
            vals["matches"] = [
                structure_FaceSearchMatch(x) if x.__class__ is dict else x for x in v
            ]
    if "user_image" in vals:
        v = vals["user_image"]
        if v.__class__ is dict:
            vals["user_image"] = structure_FaceImageInfo(v)
    return o


_U_PoaReport: Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("document_type", "document_type", None, False),
    ("issuer", "issuer", None, False),
    ("poa_address", "poa_address", None, False),
    ("poa_formatted_address", "poa_formatted_address", None, False),
    (
        "poa_parsed_address",
        "poa_parsed_address",
        lambda v: unstructure_ParsedAddress(v) if isinstance(v, ParsedAddress) else v,
        False,
    ),
    ("issue_date", "issue_date", None, False),
    ("document_file", "document_file", None, False),
    ("document_language", "document_language", None, False),
    ("name_on_document", "name_on_document", None, False),
)


def unstructure_PoaReport(o: PoaReport) -> dict[str, Any]:
    """Encode :class:`PoaReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PoaReport)


def structure_PoaReport(d: Any) -> PoaReport:
    """Decode a JSON object into :class:`PoaReport`."""
    v: Any
    o = new_object(PoaReport)
    vals = o.__dict__
    vals.update(d)
    if _K_PoaReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PoaReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "poa_parsed_address" in vals:
        v = vals["poa_parsed_address"]
        if v.__class__ is dict:
            vals["poa_parsed_address"] = structure_ParsedAddress(v)
    return o


_U_EmailBreach: Table = (
    ("name", "name", None, False),
    ("domain", "domain", None, False),
    ("breach_date", "breach_date", None, False),
    ("data_classes", "data_classes", None, False),
)


def unstructure_EmailBreach(o: EmailBreach) -> dict[str, Any]:
    """Encode :class:`EmailBreach` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailBreach)


def structure_EmailBreach(d: Any) -> EmailBreach:
    """Decode a JSON object into :class:`EmailBreach`."""
    o = new_object(EmailBreach)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailBreach.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailBreach
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailLifecycleEvent: Table = (
    ("type", "type", None, False),
    ("timestamp", "timestamp", None, False),
    ("fee", "fee", None, False),
)


def unstructure_EmailLifecycleEvent(o: EmailLifecycleEvent) -> dict[str, Any]:
    """Encode :class:`EmailLifecycleEvent` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailLifecycleEvent)


def structure_EmailLifecycleEvent(d: Any) -> EmailLifecycleEvent:
    """Decode a JSON object into :class:`EmailLifecycleEvent`."""
    o = new_object(EmailLifecycleEvent)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailLifecycleEvent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailLifecycleEvent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_EmailReport: Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("email", "email", None, False),
    ("is_breached", "is_breached", None, False),
    (
        "breaches",
        "breaches",
        lambda v: (
            [unstructure_EmailBreach(x) if isinstance(x, EmailBreach) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("is_disposable", "is_disposable", None, False),
    ("is_undeliverable", "is_undeliverable", None, False),
    ("verification_attempts", "verification_attempts", None, False),
    ("verified_at", "verified_at", None, False),
    (
        "lifecycle",
        "lifecycle",
        lambda v: (
            [
                unstructure_EmailLifecycleEvent(x) if isinstance(x, EmailLifecycleEvent) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_EmailReport(o: EmailReport) -> dict[str, Any]:
    """Encode :class:`EmailReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_EmailReport)


def structure_EmailReport(d: Any) -> EmailReport:
    """Decode a JSON object into :class:`EmailReport`."""
    v: Any
    o = new_object(EmailReport)
    vals = o.__dict__
    vals.update(d)
    if _K_EmailReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_EmailReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "breaches" in vals:
        v = vals["breaches"]
        if v and v.__class__ is list:
            vals["breaches"] = [structure_EmailBreach(x) if x.__class__ is dict else x for x in v]
    if "lifecycle" in vals:
        v = vals["lifecycle"]
        if v and v.__class__ is list:
            vals["lifecycle"] = [
                structure_EmailLifecycleEvent(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_PhoneReport: Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("full_number", "full_number", None, False),
    ("phone_number", "phone_number", None, False),
    ("country_code", "country_code", None, False),
    ("country_name", "country_name", None, False),
    (
        "carrier",
        "carrier",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("is_disposable", "is_disposable", None, False),
    ("is_virtual", "is_virtual", None, False),
    ("verification_method", "verification_method", None, False),
    ("verification_attempts", "verification_attempts", None, False),
    ("verified_at", "verified_at", None, False),
    (
        "lifecycle",
        "lifecycle",
        lambda v: (
            [
                unstructure_EmailLifecycleEvent(x) if isinstance(x, EmailLifecycleEvent) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_PhoneReport(o: PhoneReport) -> dict[str, Any]:
    """Encode :class:`PhoneReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_PhoneReport)


def structure_PhoneReport(d: Any) -> PhoneReport:
    """Decode a JSON object into :class:`PhoneReport`."""
    v: Any
    o = new_object(PhoneReport)
    vals = o.__dict__
    vals.update(d)
    if _K_PhoneReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_PhoneReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "lifecycle" in vals:
        v = vals["lifecycle"]
        if v and v.__class__ is list:
            vals["lifecycle"] = [
                structure_EmailLifecycleEvent(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_AmlScoreBreakdown: Table = (
    ("name_score", "name_score", None, False),
    ("name_weight", "name_weight", None, False),
    ("dob_score", "dob_score", None, False),
    ("dob_weight", "dob_weight", None, False),
    ("country_score", "country_score", None, False),
    ("country_weight", "country_weight", None, False),
)


def unstructure_AmlScoreBreakdown(o: AmlScoreBreakdown) -> dict[str, Any]:
    """Encode :class:`AmlScoreBreakdown` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlScoreBreakdown)


def structure_AmlScoreBreakdown(d: Any) -> AmlScoreBreakdown:
    """Decode a JSON object into :class:`AmlScoreBreakdown`."""
    o = new_object(AmlScoreBreakdown)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlScoreBreakdown.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlScoreBreakdown
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlHit: Table = (
    ("id", "id", None, False),
    ("caption", "caption", None, False),
    ("match_score", "match_score", None, False),
    ("risk_score", "risk_score", None, False),
    (
        "review_status",
        "review_status",
        lambda v: v.value if isinstance(v, AmlHitReviewStatus) else v,
        False,
    ),
    ("datasets", "datasets", None, False),
    (
        "properties",
        "properties",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("url", "url", None, False),
    (
        "score_breakdown",
        "score_breakdown",
        lambda v: unstructure_AmlScoreBreakdown(v) if isinstance(v, AmlScoreBreakdown) else v,
        False,
    ),
    ("first_seen", "first_seen", None, False),
    ("last_seen", "last_seen", None, False),
)


def unstructure_AmlHit(o: AmlHit) -> dict[str, Any]:
    """Encode :class:`AmlHit` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHit)


def structure_AmlHit(d: Any) -> AmlHit:
    """Decode a JSON object into :class:`AmlHit`."""
    v: Any
    o = new_object(AmlHit)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHit.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHit
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "review_status" in vals:
        v = vals["review_status"]
        if v.__class__ is str:
            vals["review_status"] = _M_AmlHitReviewStatus[v]
    if "score_breakdown" in vals:
        v = vals["score_breakdown"]
        if v.__class__ is dict:
            vals["score_breakdown"] = structure_AmlScoreBreakdown(v)
    return o


_U_AmlReport: Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("total_hits", "total_hits", None, False),
    ("score", "score", None, False),
    (
        "hits",
        "hits",
        lambda v: (
            [unstructure_AmlHit(x) if isinstance(x, AmlHit) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "screened_data",
        "screened_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("entity_type", "entity_type", None, False),
    ("is_ongoing_monitoring", "is_ongoing_monitoring", None, False),
)


def unstructure_AmlReport(o: AmlReport) -> dict[str, Any]:
    """Encode :class:`AmlReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlReport)


def structure_AmlReport(d: Any) -> AmlReport:
    """Decode a JSON object into :class:`AmlReport`."""
    v: Any
    o = new_object(AmlReport)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    if "hits" in vals:
        v = vals["hits"]
        if v and v.__class__ is list:
            vals["hits"] = [structure_AmlHit(x) if x.__class__ is dict else x for x in v]
    return o


_U_DatabaseValidationReport: Table = (
    ("node_id", "node_id", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, FeatureStatus) else v, False),
    (
        "warnings",
        "warnings",
        lambda v: (
            [unstructure_Warning(x) if isinstance(x, Warning) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("issuing_state", "issuing_state", None, False),
    ("validation_type", "validation_type", None, False),
    ("match_type", "match_type", None, False),
    ("validations", "validations", None, False),
    (
        "screened_data",
        "screened_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_DatabaseValidationReport(o: DatabaseValidationReport) -> dict[str, Any]:
    """Encode :class:`DatabaseValidationReport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_DatabaseValidationReport)


def structure_DatabaseValidationReport(d: Any) -> DatabaseValidationReport:
    """Decode a JSON object into :class:`DatabaseValidationReport`."""
    v: Any
    o = new_object(DatabaseValidationReport)
    vals = o.__dict__
    vals.update(d)
    if _K_DatabaseValidationReport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_DatabaseValidationReport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_FeatureStatus[v]
    if "warnings" in vals:
        v = vals["warnings"]
        if v and v.__class__ is list:
            vals["warnings"] = [structure_Warning(x) if x.__class__ is dict else x for x in v]
    return o


_U_MessageResponse: Table = (("message", "message", None, False),)


def unstructure_MessageResponse(o: MessageResponse) -> dict[str, Any]:
    """Encode :class:`MessageResponse` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_MessageResponse)


def structure_MessageResponse(d: Any) -> MessageResponse:
    """Decode a JSON object into :class:`MessageResponse`."""
    o = new_object(MessageResponse)
    vals = o.__dict__
    vals.update(d)
    if _K_MessageResponse.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_MessageResponse
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RequestSignals: Table = (
    ("ip", "ip", None, False),
    ("device_id", "device_id", None, False),
    ("user_agent", "user_agent", None, False),
    ("device_platform", "device_platform", None, False),
    ("device_model", "device_model", None, False),
    ("os_version", "os_version", None, False),
    ("app_version", "app_version", None, False),
)


def unstructure_RequestSignals(o: RequestSignals) -> dict[str, Any]:
    """Encode :class:`RequestSignals` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RequestSignals)


def structure_RequestSignals(d: Any) -> RequestSignals:
    """Decode a JSON object into :class:`RequestSignals`."""
    o = new_object(RequestSignals)
    vals = o.__dict__
    vals.update(d)
    if _K_RequestSignals.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RequestSignals
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_RequestSignals(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid RequestSignals."""
    check_model(d, at, _V_RequestSignals, _K_RequestSignals)


_U_Business: Table = (
    ("vendor_data", "vendor_data", None, True),
    ("didit_internal_id", "didit_internal_id", None, False),
    ("display_name", "display_name", None, False),
    ("legal_name", "legal_name", None, False),
    ("registration_number", "registration_number", None, False),
    ("country_code", "country_code", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, UserStatus) else v, False),
    (
        "metadata",
        "metadata",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("session_count", "session_count", None, False),
    ("approved_count", "approved_count", None, False),
    ("declined_count", "declined_count", None, False),
    ("in_review_count", "in_review_count", None, False),
    ("last_session_at", "last_session_at", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_Business(o: Business) -> dict[str, Any]:
    """Encode :class:`Business` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_Business)


def structure_Business(d: Any) -> Business:
    """Decode a JSON object into :class:`Business`."""
    v: Any
    o = new_object(Business)
    vals = o.__dict__
    vals.update(d)
    if _K_Business.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Business
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_UserStatus[v]
    return o


_U_RegulatoryReportNarrative: Table = (
    ("who", "who", None, False),
    ("what", "what", None, False),
    ("when", "when", None, False),
    ("where", "where", None, False),
    ("why", "why", None, False),
    ("how", "how", None, False),
)


def unstructure_RegulatoryReportNarrative(o: RegulatoryReportNarrative) -> dict[str, Any]:
    """Encode :class:`RegulatoryReportNarrative` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RegulatoryReportNarrative)


def structure_RegulatoryReportNarrative(d: Any) -> RegulatoryReportNarrative:
    """Decode a JSON object into :class:`RegulatoryReportNarrative`."""
    o = new_object(RegulatoryReportNarrative)
    vals = o.__dict__
    vals.update(d)
    if _K_RegulatoryReportNarrative.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RegulatoryReportNarrative
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_RegulatoryReportNarrative(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid RegulatoryReportNarrative."""
    check_model(d, at, _V_RegulatoryReportNarrative, _K_RegulatoryReportNarrative)


_U_RegulatoryReportValidationError: Table = (
    ("field", "field", None, False),
    ("message", "message", None, False),
)


def unstructure_RegulatoryReportValidationError(
    o: RegulatoryReportValidationError,
) -> dict[str, Any]:
    """Encode :class:`RegulatoryReportValidationError` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RegulatoryReportValidationError)


def structure_RegulatoryReportValidationError(d: Any) -> RegulatoryReportValidationError:
    """Decode a JSON object into :class:`RegulatoryReportValidationError`."""
    o = new_object(RegulatoryReportValidationError)
    vals = o.__dict__
    vals.update(d)
    if _K_RegulatoryReportValidationError.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RegulatoryReportValidationError
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_RegulatoryReportDetail: Table = (
    ("uuid", "uuid", None, True),
    ("case_uuid", "case_uuid", None, False),
    ("case_number", "case_number", None, False),
    (
        "report_type",
        "report_type",
        lambda v: v.value if isinstance(v, RegulatoryReportType) else v,
        False,
    ),
    ("report_type_display", "report_type_display", None, False),
    ("report_code", "report_code", None, False),
    ("report_number", "report_number", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, RegulatoryReportStatus) else v, False),
    ("status_display", "status_display", None, False),
    ("jurisdiction", "jurisdiction", None, False),
    ("rentity_id", "rentity_id", None, False),
    ("rentity_branch", "rentity_branch", None, False),
    (
        "submission_code",
        "submission_code",
        lambda v: v.value if isinstance(v, RegulatoryReportSubmissionCode) else v,
        False,
    ),
    ("entity_reference", "entity_reference", None, False),
    ("fiu_ref_number", "fiu_ref_number", None, False),
    ("currency_code_local", "currency_code_local", None, False),
    ("submission_date", "submission_date", None, False),
    (
        "reporting_person",
        "reporting_person",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    (
        "location",
        "location",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("reason", "reason", None, False),
    ("action", "action", None, False),
    ("activity", "activity", None, False),
    (
        "narrative",
        "narrative",
        lambda v: (
            unstructure_RegulatoryReportNarrative(v)
            if isinstance(v, RegulatoryReportNarrative)
            else v
        ),
        False,
    ),
    ("report_indicators", "report_indicators", None, False),
    ("included_fields", "included_fields", None, False),
    ("transactions", "transactions", None, False),
    (
        "validation_errors",
        "validation_errors",
        lambda v: (
            [
                unstructure_RegulatoryReportValidationError(x)
                if isinstance(x, RegulatoryReportValidationError)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("validated_at", "validated_at", None, False),
    ("finalized_at", "finalized_at", None, False),
    ("created_by_email", "created_by_email", None, False),
    ("created_by_name", "created_by_name", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
)


def unstructure_RegulatoryReportDetail(o: RegulatoryReportDetail) -> dict[str, Any]:
    """Encode :class:`RegulatoryReportDetail` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RegulatoryReportDetail)


def structure_RegulatoryReportDetail(d: Any) -> RegulatoryReportDetail:
    """Decode a JSON object into :class:`RegulatoryReportDetail`."""
    v: Any
    o = new_object(RegulatoryReportDetail)
    vals = o.__dict__
    vals.update(d)
    if _K_RegulatoryReportDetail.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RegulatoryReportDetail
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "report_type" in vals:
        v = vals["report_type"]
        if v.__class__ is str:
            vals["report_type"] = _M_RegulatoryReportType[v]
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_RegulatoryReportStatus[v]
    if "submission_code" in vals:
        v = vals["submission_code"]
        if v.__class__ is str:
            vals["submission_code"] = _M_RegulatoryReportSubmissionCode[v]
    if "narrative" in vals:
        v = vals["narrative"]
        if v.__class__ is dict:
            vals["narrative"] = structure_RegulatoryReportNarrative(v)
    if "validation_errors" in vals:
        v = vals["validation_errors"]
        if v and v.__class__ is list:
            vals["validation_errors"] = [
                structure_RegulatoryReportValidationError(x) if x.__class__ is dict else x
                for x in v
            ]
    return o


_U_RegulatoryReportPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [
                unstructure_RegulatoryReportDetail(x)
                if isinstance(x, RegulatoryReportDetail)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_RegulatoryReportPage(o: RegulatoryReportPage) -> dict[str, Any]:
    """Encode :class:`RegulatoryReportPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_RegulatoryReportPage)


def structure_RegulatoryReportPage(d: Any) -> RegulatoryReportPage:
    """Decode a JSON object into :class:`RegulatoryReportPage`."""
    v: Any
    o = new_object(RegulatoryReportPage)
    vals = o.__dict__
    vals.update(d)
    if _K_RegulatoryReportPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_RegulatoryReportPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_RegulatoryReportDetail(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_Warning = keys_of(_U_Warning)
_K_FaceEntity = keys_of(_U_FaceEntity)
_K_FaceImageInfo = keys_of(_U_FaceImageInfo)
_K_ParsedAddress = keys_of(_U_ParsedAddress)
_K_IdVerificationReport = keys_of(_U_IdVerificationReport)
_K_LivenessReport = keys_of(_U_LivenessReport)
_K_FaceMatchReport = keys_of(_U_FaceMatchReport)
_K_FaceSearchUserDetails = keys_of(_U_FaceSearchUserDetails)
_K_FaceSearchMatch = keys_of(_U_FaceSearchMatch)
_K_FaceSearchReport = keys_of(_U_FaceSearchReport)
_K_PoaReport = keys_of(_U_PoaReport)
_K_EmailBreach = keys_of(_U_EmailBreach)
_K_EmailLifecycleEvent = keys_of(_U_EmailLifecycleEvent)
_K_EmailReport = keys_of(_U_EmailReport)
_K_PhoneReport = keys_of(_U_PhoneReport)
_K_AmlScoreBreakdown = keys_of(_U_AmlScoreBreakdown)
_K_AmlHit = keys_of(_U_AmlHit)
_K_AmlReport = keys_of(_U_AmlReport)
_K_DatabaseValidationReport = keys_of(_U_DatabaseValidationReport)
_K_MessageResponse = keys_of(_U_MessageResponse)
_K_RequestSignals = keys_of(_U_RequestSignals)
_K_Business = keys_of(_U_Business)
_K_RegulatoryReportNarrative = keys_of(_U_RegulatoryReportNarrative)
_K_RegulatoryReportValidationError = keys_of(_U_RegulatoryReportValidationError)
_K_RegulatoryReportDetail = keys_of(_U_RegulatoryReportDetail)
_K_RegulatoryReportPage = keys_of(_U_RegulatoryReportPage)

_V_RequestSignals: Any = (
    "RequestSignals",
    False,
    0,
    (
        ("ip", False, False, ("str", None, None, None, None, ())),
        ("device_id", False, False, ("str", None, 255, None, None, ())),
        ("user_agent", False, False, ("str", None, 512, None, None, ())),
        ("device_platform", False, False, ("enum", _E_inline12, "android, ios, ipados, tvos, web")),
        ("device_model", False, False, ("str", None, None, None, None, ())),
        ("os_version", False, False, ("str", None, None, None, None, ())),
        ("app_version", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)

_V_RegulatoryReportNarrative: Any = (
    "RegulatoryReportNarrative",
    False,
    0,
    (
        ("who", False, False, ("str", None, None, None, None, ())),
        ("what", False, False, ("str", None, None, None, None, ())),
        ("when", False, False, ("str", None, None, None, None, ())),
        ("where", False, False, ("str", None, None, None, None, ())),
        ("why", False, False, ("str", None, None, None, None, ())),
        ("how", False, False, ("str", None, None, None, None, ())),
    ),
    (),
)
