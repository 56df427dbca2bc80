# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'sessions__list' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..enums import SessionKind, SessionStatus
from ..models.sessions__list import (
    SessionListAdditionalDetails,
    SessionListAdditionalDetailsDatabaseValidation,
    SessionListAdditionalDetailsEmailVerification,
    SessionListAdditionalDetailsPhoneVerification,
    SessionListAdditionalDetailsPoa,
    SessionListAml,
    SessionListAmlScreenedData,
    SessionListEmail,
    SessionListFaceMatch,
    SessionListFeature,
    SessionListItem,
    SessionListLiveness,
    SessionListPage,
    SessionListPhone,
)
from . import Table, _M_SessionKind, _M_SessionStatus, encode_by_table, keys_of, new_object

_U_SessionListFeature: Table = (
    ("feature", "feature", None, False),
    ("status", "status", None, False),
)


def unstructure_SessionListFeature(o: SessionListFeature) -> dict[str, Any]:
    """Encode :class:`SessionListFeature` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListFeature)


def structure_SessionListFeature(d: Any) -> SessionListFeature:
    """Decode a JSON object into :class:`SessionListFeature`."""
    o = new_object(SessionListFeature)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListFeature.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListFeature
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListPhone: Table = (
    ("number", "number", None, False),
    ("is_verified", "is_verified", None, False),
)


def unstructure_SessionListPhone(o: SessionListPhone) -> dict[str, Any]:
    """Encode :class:`SessionListPhone` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListPhone)


def structure_SessionListPhone(d: Any) -> SessionListPhone:
    """Decode a JSON object into :class:`SessionListPhone`."""
    o = new_object(SessionListPhone)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListPhone.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListPhone
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListEmail: Table = (
    ("email", "email", None, False),
    ("is_verified", "is_verified", None, False),
)


def unstructure_SessionListEmail(o: SessionListEmail) -> dict[str, Any]:
    """Encode :class:`SessionListEmail` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListEmail)


def structure_SessionListEmail(d: Any) -> SessionListEmail:
    """Decode a JSON object into :class:`SessionListEmail`."""
    o = new_object(SessionListEmail)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListEmail.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListEmail
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListAmlScreenedData: Table = (
    ("nationality", "nationality", None, False),
    ("document_number", "document_number", None, False),
    ("date_of_birth", "date_of_birth", None, False),
)


def unstructure_SessionListAmlScreenedData(o: SessionListAmlScreenedData) -> dict[str, Any]:
    """Encode :class:`SessionListAmlScreenedData` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListAmlScreenedData)


def structure_SessionListAmlScreenedData(d: Any) -> SessionListAmlScreenedData:
    """Decode a JSON object into :class:`SessionListAmlScreenedData`."""
    o = new_object(SessionListAmlScreenedData)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListAmlScreenedData.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListAmlScreenedData
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListAml: Table = (
    ("total_hits", "total_hits", None, False),
    ("entity_type", "entity_type", None, False),
    ("is_adverse_media_fetched", "is_adverse_media_fetched", None, False),
    (
        "screened_data",
        "screened_data",
        lambda v: (
            unstructure_SessionListAmlScreenedData(v)
            if isinstance(v, SessionListAmlScreenedData)
            else v
        ),
        False,
    ),
)


def unstructure_SessionListAml(o: SessionListAml) -> dict[str, Any]:
    """Encode :class:`SessionListAml` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListAml)


def structure_SessionListAml(d: Any) -> SessionListAml:
    """Decode a JSON object into :class:`SessionListAml`."""
    v: Any
    o = new_object(SessionListAml)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListAml.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListAml
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "screened_data" in vals:
        v = vals["screened_data"]
        if v.__class__ is dict:
            vals["screened_data"] = structure_SessionListAmlScreenedData(v)
    return o


_U_SessionListLiveness: Table = (
    ("method", "method", None, False),
    ("score", "score", None, False),
)


def unstructure_SessionListLiveness(o: SessionListLiveness) -> dict[str, Any]:
    """Encode :class:`SessionListLiveness` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListLiveness)


def structure_SessionListLiveness(d: Any) -> SessionListLiveness:
    """Decode a JSON object into :class:`SessionListLiveness`."""
    o = new_object(SessionListLiveness)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListLiveness.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListLiveness
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListFaceMatch: Table = (
    ("score", "score", None, False),
    ("source_image", "source_image", None, False),
    ("target_image", "target_image", None, False),
)


def unstructure_SessionListFaceMatch(o: SessionListFaceMatch) -> dict[str, Any]:
    """Encode :class:`SessionListFaceMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListFaceMatch)


def structure_SessionListFaceMatch(d: Any) -> SessionListFaceMatch:
    """Decode a JSON object into :class:`SessionListFaceMatch`."""
    o = new_object(SessionListFaceMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListFaceMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListFaceMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListAdditionalDetailsDatabaseValidation: Table = (
    ("validation_type", "validation_type", None, False),
    ("match_type", "match_type", None, False),
    ("identification_number", "identification_number", None, False),
)


def unstructure_SessionListAdditionalDetailsDatabaseValidation(
    o: SessionListAdditionalDetailsDatabaseValidation,
) -> dict[str, Any]:
    """Encode :class:`SessionListAdditionalDetailsDatabaseValidation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListAdditionalDetailsDatabaseValidation)


def structure_SessionListAdditionalDetailsDatabaseValidation(
    d: Any,
) -> SessionListAdditionalDetailsDatabaseValidation:
    """Decode a JSON object into :class:`SessionListAdditionalDetailsDatabaseValidation`."""
    o = new_object(SessionListAdditionalDetailsDatabaseValidation)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListAdditionalDetailsDatabaseValidation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListAdditionalDetailsDatabaseValidation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListAdditionalDetailsPoa: Table = (
    ("document_type", "document_type", None, False),
    ("issuer", "issuer", None, False),
    ("address", "address", None, False),
    ("name_on_document", "name_on_document", None, False),
)


def unstructure_SessionListAdditionalDetailsPoa(
    o: SessionListAdditionalDetailsPoa,
) -> dict[str, Any]:
    """Encode :class:`SessionListAdditionalDetailsPoa` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListAdditionalDetailsPoa)


def structure_SessionListAdditionalDetailsPoa(d: Any) -> SessionListAdditionalDetailsPoa:
    """Decode a JSON object into :class:`SessionListAdditionalDetailsPoa`."""
    o = new_object(SessionListAdditionalDetailsPoa)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListAdditionalDetailsPoa.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListAdditionalDetailsPoa
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListAdditionalDetailsPhoneVerification: Table = (
    ("country_code", "country_code", None, False),
    ("is_temporary", "is_temporary", None, False),
    ("is_ported", "is_ported", None, False),
    ("is_blocked", "is_blocked", None, False),
)


def unstructure_SessionListAdditionalDetailsPhoneVerification(
    o: SessionListAdditionalDetailsPhoneVerification,
) -> dict[str, Any]:
    """Encode :class:`SessionListAdditionalDetailsPhoneVerification` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListAdditionalDetailsPhoneVerification)


def structure_SessionListAdditionalDetailsPhoneVerification(
    d: Any,
) -> SessionListAdditionalDetailsPhoneVerification:
    """Decode a JSON object into :class:`SessionListAdditionalDetailsPhoneVerification`."""
    o = new_object(SessionListAdditionalDetailsPhoneVerification)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListAdditionalDetailsPhoneVerification.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListAdditionalDetailsPhoneVerification
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListAdditionalDetailsEmailVerification: Table = (
    ("is_breached", "is_breached", None, False),
    ("is_disposable", "is_disposable", None, False),
    ("is_undeliverable", "is_undeliverable", None, False),
    ("is_blocklisted", "is_blocklisted", None, False),
)


def unstructure_SessionListAdditionalDetailsEmailVerification(
    o: SessionListAdditionalDetailsEmailVerification,
) -> dict[str, Any]:
    """Encode :class:`SessionListAdditionalDetailsEmailVerification` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListAdditionalDetailsEmailVerification)


def structure_SessionListAdditionalDetailsEmailVerification(
    d: Any,
) -> SessionListAdditionalDetailsEmailVerification:
    """Decode a JSON object into :class:`SessionListAdditionalDetailsEmailVerification`."""
    o = new_object(SessionListAdditionalDetailsEmailVerification)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListAdditionalDetailsEmailVerification.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListAdditionalDetailsEmailVerification
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_SessionListAdditionalDetails: Table = (
    (
        "aml",
        "aml",
        lambda v: unstructure_SessionListAml(v) if isinstance(v, SessionListAml) else v,
        False,
    ),
    (
        "liveness",
        "liveness",
        lambda v: unstructure_SessionListLiveness(v) if isinstance(v, SessionListLiveness) else v,
        False,
    ),
    (
        "face_match",
        "face_match",
        lambda v: unstructure_SessionListFaceMatch(v) if isinstance(v, SessionListFaceMatch) else v,
        False,
    ),
    (
        "database_validation",
        "database_validation",
        lambda v: (
            unstructure_SessionListAdditionalDetailsDatabaseValidation(v)
            if isinstance(v, SessionListAdditionalDetailsDatabaseValidation)
            else v
        ),
        False,
    ),
    (
        "poa",
        "poa",
        lambda v: (
            unstructure_SessionListAdditionalDetailsPoa(v)
            if isinstance(v, SessionListAdditionalDetailsPoa)
            else v
        ),
        False,
    ),
    (
        "phone_verification",
        "phone_verification",
        lambda v: (
            unstructure_SessionListAdditionalDetailsPhoneVerification(v)
            if isinstance(v, SessionListAdditionalDetailsPhoneVerification)
            else v
        ),
        False,
    ),
    (
        "email_verification",
        "email_verification",
        lambda v: (
            unstructure_SessionListAdditionalDetailsEmailVerification(v)
            if isinstance(v, SessionListAdditionalDetailsEmailVerification)
            else v
        ),
        False,
    ),
)


def unstructure_SessionListAdditionalDetails(o: SessionListAdditionalDetails) -> dict[str, Any]:
    """Encode :class:`SessionListAdditionalDetails` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListAdditionalDetails)


def structure_SessionListAdditionalDetails(d: Any) -> SessionListAdditionalDetails:
    """Decode a JSON object into :class:`SessionListAdditionalDetails`."""
    v: Any
    o = new_object(SessionListAdditionalDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListAdditionalDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListAdditionalDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "aml" in vals:
        v = vals["aml"]
        if v.__class__ is dict:
            vals["aml"] = structure_SessionListAml(v)
    if "liveness" in vals:
        v = vals["liveness"]
        if v.__class__ is dict:
            vals["liveness"] = structure_SessionListLiveness(v)
    if "face_match" in vals:
        v = vals["face_match"]
        if v.__class__ is dict:
            vals["face_match"] = structure_SessionListFaceMatch(v)
    if "database_validation" in vals:
        v = vals["database_validation"]
        if v.__class__ is dict:
            vals["database_validation"] = structure_SessionListAdditionalDetailsDatabaseValidation(
                v
            )
    if "poa" in vals:
        v = vals["poa"]
        if v.__class__ is dict:
            vals["poa"] = structure_SessionListAdditionalDetailsPoa(v)
    if "phone_verification" in vals:
        v = vals["phone_verification"]
        if v.__class__ is dict:
            vals["phone_verification"] = structure_SessionListAdditionalDetailsPhoneVerification(v)
    if "email_verification" in vals:
        v = vals["email_verification"]
        if v.__class__ is dict:
            vals["email_verification"] = structure_SessionListAdditionalDetailsEmailVerification(v)
    return o


_U_SessionListItem: Table = (
    ("session_id", "session_id", None, True),
    ("session_kind", "session_kind", lambda v: v.value if isinstance(v, SessionKind) else v, False),
    ("session_number", "session_number", None, False),
    ("session_url", "session_url", None, False),
    ("portrait_image", "portrait_image", None, False),
    ("document_type", "document_type", None, False),
    ("full_name", "full_name", None, False),
    ("country", "country", None, False),
    ("status", "status", lambda v: v.value if isinstance(v, SessionStatus) else v, False),
    ("vendor_data", "vendor_data", None, False),
    ("didit_internal_id", "didit_internal_id", None, False),
    ("created_at", "created_at", None, False),
    (
        "features",
        "features",
        lambda v: (
            [
                unstructure_SessionListFeature(x) if isinstance(x, SessionListFeature) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "phone_number",
        "phone_number",
        lambda v: unstructure_SessionListPhone(v) if isinstance(v, SessionListPhone) else v,
        False,
    ),
    (
        "email_address",
        "email_address",
        lambda v: unstructure_SessionListEmail(v) if isinstance(v, SessionListEmail) else v,
        False,
    ),
    (
        "additional_details",
        "additional_details",
        lambda v: (
            unstructure_SessionListAdditionalDetails(v)
            if isinstance(v, SessionListAdditionalDetails)
            else v
        ),
        False,
    ),
    ("workflow_id", "workflow_id", None, False),
    ("workflow_type", "workflow_type", None, False),
    ("workflow_label", "workflow_label", None, False),
    ("company_name", "company_name", None, False),
    ("registration_number", "registration_number", None, False),
)


def unstructure_SessionListItem(o: SessionListItem) -> dict[str, Any]:
    """Encode :class:`SessionListItem` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListItem)


def structure_SessionListItem(d: Any) -> SessionListItem:
    """Decode a JSON object into :class:`SessionListItem`."""
    v: Any
    o = new_object(SessionListItem)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListItem.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListItem
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "session_kind" in vals:
        v = vals["session_kind"]
        if v.__class__ is str:
            vals["session_kind"] = _M_SessionKind[v]
    if "status" in vals:
        v = vals["status"]
        if v.__class__ is str:
            vals["status"] = _M_SessionStatus[v]
    if "features" in vals:
        v = vals["features"]
        if v and v.__class__ is list:
            vals["features"] = [
                structure_SessionListFeature(x) if x.__class__ is dict else x for x in v
            ]
    if "phone_number" in vals:
        v = vals["phone_number"]
        if v.__class__ is dict:
            vals["phone_number"] = structure_SessionListPhone(v)
    if "email_address" in vals:
        v = vals["email_address"]
        if v.__class__ is dict:
            vals["email_address"] = structure_SessionListEmail(v)
    if "additional_details" in vals:
        v = vals["additional_details"]
        if v.__class__ is dict:
            vals["additional_details"] = structure_SessionListAdditionalDetails(v)
    return o


_U_SessionListPage: Table = (
    ("count", "count", None, False),
    ("next", "next", None, False),
    ("previous", "previous", None, False),
    (
        "results",
        "results",
        lambda v: (
            [unstructure_SessionListItem(x) if isinstance(x, SessionListItem) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        True,
    ),
)


def unstructure_SessionListPage(o: SessionListPage) -> dict[str, Any]:
    """Encode :class:`SessionListPage` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_SessionListPage)


def structure_SessionListPage(d: Any) -> SessionListPage:
    """Decode a JSON object into :class:`SessionListPage`."""
    v: Any
    o = new_object(SessionListPage)
    vals = o.__dict__
    vals.update(d)
    if _K_SessionListPage.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_SessionListPage
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "results" in vals:
        v = vals["results"]
        if v and v.__class__ is list:
            vals["results"] = [
                structure_SessionListItem(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_SessionListFeature = keys_of(_U_SessionListFeature)
_K_SessionListPhone = keys_of(_U_SessionListPhone)
_K_SessionListEmail = keys_of(_U_SessionListEmail)
_K_SessionListAmlScreenedData = keys_of(_U_SessionListAmlScreenedData)
_K_SessionListAml = keys_of(_U_SessionListAml)
_K_SessionListLiveness = keys_of(_U_SessionListLiveness)
_K_SessionListFaceMatch = keys_of(_U_SessionListFaceMatch)
_K_SessionListAdditionalDetailsDatabaseValidation = keys_of(
    _U_SessionListAdditionalDetailsDatabaseValidation
)
_K_SessionListAdditionalDetailsPoa = keys_of(_U_SessionListAdditionalDetailsPoa)
_K_SessionListAdditionalDetailsPhoneVerification = keys_of(
    _U_SessionListAdditionalDetailsPhoneVerification
)
_K_SessionListAdditionalDetailsEmailVerification = keys_of(
    _U_SessionListAdditionalDetailsEmailVerification
)
_K_SessionListAdditionalDetails = keys_of(_U_SessionListAdditionalDetails)
_K_SessionListItem = keys_of(_U_SessionListItem)
_K_SessionListPage = keys_of(_U_SessionListPage)
