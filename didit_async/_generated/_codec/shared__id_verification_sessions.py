# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__id_verification_sessions' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import FeatureStatus
from ..models.shared import Warning
from ..models.shared__id_verification_poa_sessions import ParsedAddress
from ..models.shared__id_verification_sessions import (
    IdVerificationReport,
    IdVerificationReportBackImageQualityScore,
    IdVerificationReportBarcode,
    IdVerificationReportDocumentLiveness,
    IdVerificationReportDocumentLivenessPortraitReplace,
    IdVerificationReportDocumentLivenessPrintedCopy,
    IdVerificationReportDocumentLivenessScreenReplay,
    IdVerificationReportExtraFields,
    IdVerificationReportFallbackFrom,
    IdVerificationReportFrontImageQualityScore,
    IdVerificationReportIdLookup,
    IdVerificationReportIdLookupComparison,
    IdVerificationReportMatch,
    IdVerificationReportMatchUserDetails,
    IdVerificationReportMrz,
    IdVerificationReportWalletVerification,
)
from . import Table, _M_FeatureStatus, encode_by_table, keys_of, new_object
from .shared import structure_Warning, unstructure_Warning
from .shared__id_verification_poa_sessions import structure_ParsedAddress, unstructure_ParsedAddress

_U_IdVerificationReportMrz: Table = (
    ("surname", "surname", None, False),
    ("name", "name", None, False),
    ("country", "country", None, False),
    ("nationality", "nationality", None, False),
    ("birth_date", "birth_date", None, False),
    ("expiry_date", "expiry_date", None, False),
    ("sex", "sex", None, False),
    ("document_type", "document_type", None, False),
    ("document_number", "document_number", None, False),
    ("optional_data", "optional_data", None, False),
    ("optional_data_2", "optional_data_2", None, False),
    ("birth_date_hash", "birth_date_hash", None, False),
    ("expiry_date_hash", "expiry_date_hash", None, False),
    ("document_number_hash", "document_number_hash", None, False),
    ("final_hash", "final_hash", None, False),
    ("personal_number", "personal_number", None, False),
    ("warnings", "warnings", None, False),
    ("errors", "errors", None, False),
    ("mrz_type", "mrz_type", None, False),
    ("mrz_string", "mrz_string", None, False),
    ("mrz_key", "mrz_key", None, False),
)


def unstructure_IdVerificationReportMrz(o: IdVerificationReportMrz) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportMrz` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportMrz)


def structure_IdVerificationReportMrz(d: Any) -> IdVerificationReportMrz:
    """Decode a JSON object into :class:`IdVerificationReportMrz`."""
    o = new_object(IdVerificationReportMrz)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportMrz.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportMrz
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IdVerificationReportExtraFields: Table = (
    ("dl_categories", "dl_categories", None, False),
    ("blood_group", "blood_group", None, False),
    ("first_name_non_latin", "first_name_non_latin", None, False),
    ("last_name_non_latin", "last_name_non_latin", None, False),
    ("middle_name_non_latin", "middle_name_non_latin", None, False),
    ("full_name_non_latin", "full_name_non_latin", None, False),
    ("address_non_latin", "address_non_latin", None, False),
    ("place_of_birth_non_latin", "place_of_birth_non_latin", None, False),
    ("first_name_latin", "first_name_latin", None, False),
    ("last_name_latin", "last_name_latin", None, False),
    ("middle_name_latin", "middle_name_latin", None, False),
    ("full_name_latin", "full_name_latin", None, False),
    ("address_latin", "address_latin", None, False),
    ("place_of_birth_latin", "place_of_birth_latin", None, False),
)


def unstructure_IdVerificationReportExtraFields(
    o: IdVerificationReportExtraFields,
) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportExtraFields` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportExtraFields)


def structure_IdVerificationReportExtraFields(d: Any) -> IdVerificationReportExtraFields:
    """Decode a JSON object into :class:`IdVerificationReportExtraFields`."""
    o = new_object(IdVerificationReportExtraFields)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportExtraFields.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportExtraFields
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IdVerificationReportFallbackFrom: Table = (
    ("method", "method", None, False),
    ("reason", "reason", None, False),
    ("action", "action", None, False),
)


def unstructure_IdVerificationReportFallbackFrom(
    o: IdVerificationReportFallbackFrom,
) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportFallbackFrom` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportFallbackFrom)


def structure_IdVerificationReportFallbackFrom(d: Any) -> IdVerificationReportFallbackFrom:
    """Decode a JSON object into :class:`IdVerificationReportFallbackFrom`."""
    o = new_object(IdVerificationReportFallbackFrom)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportFallbackFrom.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportFallbackFrom
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IdVerificationReportIdLookupComparison: Table = (
    ("field", "field", None, False),
    ("label", "label", None, False),
    ("provided", "provided", None, False),
    ("record", "record", None, False),
    ("result", "result", None, False),
)


def unstructure_IdVerificationReportIdLookupComparison(
    o: IdVerificationReportIdLookupComparison,
) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportIdLookupComparison` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportIdLookupComparison)


def structure_IdVerificationReportIdLookupComparison(
    d: Any,
) -> IdVerificationReportIdLookupComparison:
    """Decode a JSON object into :class:`IdVerificationReportIdLookupComparison`."""
    o = new_object(IdVerificationReportIdLookupComparison)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportIdLookupComparison.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportIdLookupComparison
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IdVerificationReportIdLookup: Table = (
    ("source", "source", None, False),
    ("checked_at", "checked_at", None, False),
    ("attempts", "attempts", None, False),
    ("max_attempts", "max_attempts", None, False),
    ("outcome", "outcome", None, False),
    (
        "comparison",
        "comparison",
        lambda v: (
            [
                unstructure_IdVerificationReportIdLookupComparison(x)
                if isinstance(x, IdVerificationReportIdLookupComparison)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    ("registry_portrait", "registry_portrait", None, False),
    ("face_match_score", "face_match_score", None, False),
)


def unstructure_IdVerificationReportIdLookup(o: IdVerificationReportIdLookup) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportIdLookup` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportIdLookup)


def structure_IdVerificationReportIdLookup(d: Any) -> IdVerificationReportIdLookup:
    """Decode a JSON object into :class:`IdVerificationReportIdLookup`."""
    v: Any
    o = new_object(IdVerificationReportIdLookup)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportIdLookup.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportIdLookup
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "comparison" in vals:
        v = vals["comparison"]
        if v and v.__class__ is list:
            vals["comparison"] = [
                structure_IdVerificationReportIdLookupComparison(x) if x.__class__ is dict else x
                for x in v
            ]
    return o


_U_IdVerificationReportWalletVerification: Table = (
    ("provider", "provider", None, False),
    ("provider_name", "provider_name", None, False),
    ("issuing_authority", "issuing_authority", None, False),
    ("issuing_country", "issuing_country", None, False),
    ("credential_type", "credential_type", None, False),
    ("level_of_assurance", "level_of_assurance", None, False),
    ("verified_at", "verified_at", None, False),
    ("signature_valid", "signature_valid", None, False),
    (
        "attributes",
        "attributes",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("portrait", "portrait", None, False),
    ("face_match_score", "face_match_score", None, False),
)


def unstructure_IdVerificationReportWalletVerification(
    o: IdVerificationReportWalletVerification,
) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportWalletVerification` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportWalletVerification)


def structure_IdVerificationReportWalletVerification(
    d: Any,
) -> IdVerificationReportWalletVerification:
    """Decode a JSON object into :class:`IdVerificationReportWalletVerification`."""
    o = new_object(IdVerificationReportWalletVerification)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportWalletVerification.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportWalletVerification
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IdVerificationReportFrontImageQualityScore: Table = (
    ("focus_score", "focus_score", None, False),
    ("brightness_score", "brightness_score", None, False),
    ("brightness_issue", "brightness_issue", None, False),
    ("is_document_fully_visible", "is_document_fully_visible", None, False),
    ("resolution_score", "resolution_score", None, False),
    ("overall_score", "overall_score", None, False),
)


def unstructure_IdVerificationReportFrontImageQualityScore(
    o: IdVerificationReportFrontImageQualityScore,
) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportFrontImageQualityScore` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportFrontImageQualityScore)


def structure_IdVerificationReportFrontImageQualityScore(
    d: Any,
) -> IdVerificationReportFrontImageQualityScore:
    """Decode a JSON object into :class:`IdVerificationReportFrontImageQualityScore`."""
    o = new_object(IdVerificationReportFrontImageQualityScore)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportFrontImageQualityScore.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportFrontImageQualityScore
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IdVerificationReportBackImageQualityScore: Table = (
    ("focus_score", "focus_score", None, False),
    ("brightness_score", "brightness_score", None, False),
    ("brightness_issue", "brightness_issue", None, False),
    ("is_document_fully_visible", "is_document_fully_visible", None, False),
    ("resolution_score", "resolution_score", None, False),
    ("overall_score", "overall_score", None, False),
)


def unstructure_IdVerificationReportBackImageQualityScore(
    o: IdVerificationReportBackImageQualityScore,
) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportBackImageQualityScore` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportBackImageQualityScore)


def structure_IdVerificationReportBackImageQualityScore(
    d: Any,
) -> IdVerificationReportBackImageQualityScore:
    """Decode a JSON object into :class:`IdVerificationReportBackImageQualityScore`."""
    o = new_object(IdVerificationReportBackImageQualityScore)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportBackImageQualityScore.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportBackImageQualityScore
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IdVerificationReportMatchUserDetails: Table = (
    ("name", "name", None, False),
    ("document_type", "document_type", None, False),
    ("document_number", "document_number", None, False),
)


def unstructure_IdVerificationReportMatchUserDetails(
    o: IdVerificationReportMatchUserDetails,
) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportMatchUserDetails` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportMatchUserDetails)


def structure_IdVerificationReportMatchUserDetails(d: Any) -> IdVerificationReportMatchUserDetails:
    """Decode a JSON object into :class:`IdVerificationReportMatchUserDetails`."""
    o = new_object(IdVerificationReportMatchUserDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportMatchUserDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportMatchUserDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IdVerificationReportMatch: Table = (
    ("session_id", "session_id", None, False),
    ("session_number", "session_number", None, False),
    ("vendor_data", "vendor_data", None, False),
    ("verification_date", "verification_date", None, False),
    (
        "user_details",
        "user_details",
        lambda v: (
            unstructure_IdVerificationReportMatchUserDetails(v)
            if isinstance(v, IdVerificationReportMatchUserDetails)
            else v
        ),
        False,
    ),
    ("status", "status", None, False),
    ("is_blocklisted", "is_blocklisted", None, False),
    ("api_service", "api_service", None, False),
    ("front_image_url", "front_image_url", None, False),
)


def unstructure_IdVerificationReportMatch(o: IdVerificationReportMatch) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportMatch)


def structure_IdVerificationReportMatch(d: Any) -> IdVerificationReportMatch:
    """Decode a JSON object into :class:`IdVerificationReportMatch`."""
    v: Any
    o = new_object(IdVerificationReportMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "user_details" in vals:
        v = vals["user_details"]
        if v.__class__ is dict:
            vals["user_details"] = structure_IdVerificationReportMatchUserDetails(v)
    return o


_U_IdVerificationReportDocumentLivenessPortraitReplace: Table = (
    ("score", "score", None, False),
    ("front", "front", None, False),
    ("back", "back", None, False),
    ("decline_threshold", "decline_threshold", None, False),
    ("review_threshold", "review_threshold", None, False),
    ("bucket", "bucket", None, False),
)


def unstructure_IdVerificationReportDocumentLivenessPortraitReplace(
    o: IdVerificationReportDocumentLivenessPortraitReplace,
) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportDocumentLivenessPortraitReplace` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportDocumentLivenessPortraitReplace)


def structure_IdVerificationReportDocumentLivenessPortraitReplace(
    d: Any,
) -> IdVerificationReportDocumentLivenessPortraitReplace:
    """Decode a JSON object into :class:`IdVerificationReportDocumentLivenessPortraitReplace`."""
    o = new_object(IdVerificationReportDocumentLivenessPortraitReplace)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportDocumentLivenessPortraitReplace.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportDocumentLivenessPortraitReplace
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IdVerificationReportDocumentLivenessPrintedCopy: Table = (
    ("score", "score", None, False),
    ("front", "front", None, False),
    ("back", "back", None, False),
    ("decline_threshold", "decline_threshold", None, False),
    ("review_threshold", "review_threshold", None, False),
    ("bucket", "bucket", None, False),
)


def unstructure_IdVerificationReportDocumentLivenessPrintedCopy(
    o: IdVerificationReportDocumentLivenessPrintedCopy,
) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportDocumentLivenessPrintedCopy` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportDocumentLivenessPrintedCopy)


def structure_IdVerificationReportDocumentLivenessPrintedCopy(
    d: Any,
) -> IdVerificationReportDocumentLivenessPrintedCopy:
    """Decode a JSON object into :class:`IdVerificationReportDocumentLivenessPrintedCopy`."""
    o = new_object(IdVerificationReportDocumentLivenessPrintedCopy)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportDocumentLivenessPrintedCopy.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportDocumentLivenessPrintedCopy
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IdVerificationReportDocumentLivenessScreenReplay: Table = (
    ("score", "score", None, False),
    ("front", "front", None, False),
    ("back", "back", None, False),
    ("decline_threshold", "decline_threshold", None, False),
    ("review_threshold", "review_threshold", None, False),
    ("bucket", "bucket", None, False),
)


def unstructure_IdVerificationReportDocumentLivenessScreenReplay(
    o: IdVerificationReportDocumentLivenessScreenReplay,
) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportDocumentLivenessScreenReplay` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportDocumentLivenessScreenReplay)


def structure_IdVerificationReportDocumentLivenessScreenReplay(
    d: Any,
) -> IdVerificationReportDocumentLivenessScreenReplay:
    """Decode a JSON object into :class:`IdVerificationReportDocumentLivenessScreenReplay`."""
    o = new_object(IdVerificationReportDocumentLivenessScreenReplay)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportDocumentLivenessScreenReplay.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportDocumentLivenessScreenReplay
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_IdVerificationReportDocumentLiveness: Table = (
    (
        "portrait_replace",
        "portrait_replace",
        lambda v: (
            unstructure_IdVerificationReportDocumentLivenessPortraitReplace(v)
            if isinstance(v, IdVerificationReportDocumentLivenessPortraitReplace)
            else v
        ),
        False,
    ),
    (
        "printed_copy",
        "printed_copy",
        lambda v: (
            unstructure_IdVerificationReportDocumentLivenessPrintedCopy(v)
            if isinstance(v, IdVerificationReportDocumentLivenessPrintedCopy)
            else v
        ),
        False,
    ),
    (
        "screen_replay",
        "screen_replay",
        lambda v: (
            unstructure_IdVerificationReportDocumentLivenessScreenReplay(v)
            if isinstance(v, IdVerificationReportDocumentLivenessScreenReplay)
            else v
        ),
        False,
    ),
)


def unstructure_IdVerificationReportDocumentLiveness(
    o: IdVerificationReportDocumentLiveness,
) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportDocumentLiveness` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportDocumentLiveness)


def structure_IdVerificationReportDocumentLiveness(d: Any) -> IdVerificationReportDocumentLiveness:
    """Decode a JSON object into :class:`IdVerificationReportDocumentLiveness`."""
    v: Any
    o = new_object(IdVerificationReportDocumentLiveness)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportDocumentLiveness.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportDocumentLiveness
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "portrait_replace" in vals:
        v = vals["portrait_replace"]
        if v.__class__ is dict:
            vals["portrait_replace"] = (
                structure_IdVerificationReportDocumentLivenessPortraitReplace(v)
            )
    if "printed_copy" in vals:
        v = vals["printed_copy"]
        if v.__class__ is dict:
            vals["printed_copy"] = structure_IdVerificationReportDocumentLivenessPrintedCopy(v)
    if "screen_replay" in vals:
        v = vals["screen_replay"]
        if v.__class__ is dict:
            vals["screen_replay"] = structure_IdVerificationReportDocumentLivenessScreenReplay(v)
    return o


_U_IdVerificationReportBarcode: Table = (
    ("type", "type", None, False),
    (
        "position",
        "position",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("data", "data", None, False),
    ("data_raw", "data_raw", None, False),
    ("side", "side", None, False),
)


def unstructure_IdVerificationReportBarcode(o: IdVerificationReportBarcode) -> dict[str, Any]:
    """Encode :class:`IdVerificationReportBarcode` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_IdVerificationReportBarcode)


def structure_IdVerificationReportBarcode(d: Any) -> IdVerificationReportBarcode:
    """Decode a JSON object into :class:`IdVerificationReportBarcode`."""
    o = new_object(IdVerificationReportBarcode)
    vals = o.__dict__
    vals.update(d)
    if _K_IdVerificationReportBarcode.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_IdVerificationReportBarcode
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
    (
        "mrz",
        "mrz",
        lambda v: (
            unstructure_IdVerificationReportMrz(v) if isinstance(v, IdVerificationReportMrz) else v
        ),
        False,
    ),
    (
        "extra_fields",
        "extra_fields",
        lambda v: (
            unstructure_IdVerificationReportExtraFields(v)
            if isinstance(v, IdVerificationReportExtraFields)
            else v
        ),
        False,
    ),
    ("extra_files", "extra_files", None, False),
    ("verification_method", "verification_method", None, False),
    ("assurance", "assurance", None, False),
    ("wallet_provider", "wallet_provider", None, False),
    (
        "fallback_from",
        "fallback_from",
        lambda v: (
            unstructure_IdVerificationReportFallbackFrom(v)
            if isinstance(v, IdVerificationReportFallbackFrom)
            else v
        ),
        False,
    ),
    (
        "id_lookup",
        "id_lookup",
        lambda v: (
            unstructure_IdVerificationReportIdLookup(v)
            if isinstance(v, IdVerificationReportIdLookup)
            else v
        ),
        False,
    ),
    (
        "wallet_verification",
        "wallet_verification",
        lambda v: (
            unstructure_IdVerificationReportWalletVerification(v)
            if isinstance(v, IdVerificationReportWalletVerification)
            else v
        ),
        False,
    ),
    ("document_subtype", "document_subtype", None, False),
    ("front_image_camera_front", "front_image_camera_front", None, False),
    ("back_image_camera_front", "back_image_camera_front", None, False),
    (
        "front_image_camera_front_face_match_score",
        "front_image_camera_front_face_match_score",
        None,
        False,
    ),
    (
        "back_image_camera_front_face_match_score",
        "back_image_camera_front_face_match_score",
        None,
        False,
    ),
    (
        "front_image_quality_score",
        "front_image_quality_score",
        lambda v: (
            unstructure_IdVerificationReportFrontImageQualityScore(v)
            if isinstance(v, IdVerificationReportFrontImageQualityScore)
            else v
        ),
        False,
    ),
    (
        "back_image_quality_score",
        "back_image_quality_score",
        lambda v: (
            unstructure_IdVerificationReportBackImageQualityScore(v)
            if isinstance(v, IdVerificationReportBackImageQualityScore)
            else v
        ),
        False,
    ),
    (
        "matches",
        "matches",
        lambda v: (
            [
                unstructure_IdVerificationReportMatch(x)
                if isinstance(x, IdVerificationReportMatch)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "document_liveness",
        "document_liveness",
        lambda v: (
            unstructure_IdVerificationReportDocumentLiveness(v)
            if isinstance(v, IdVerificationReportDocumentLiveness)
            else v
        ),
        False,
    ),
    (
        "barcodes",
        "barcodes",
        lambda v: (
            [
                unstructure_IdVerificationReportBarcode(x)
                if isinstance(x, IdVerificationReportBarcode)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
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
    if "mrz" in vals:
        v = vals["mrz"]
        if v.__class__ is dict:
            vals["mrz"] = structure_IdVerificationReportMrz(v)
    if "extra_fields" in vals:
        v = vals["extra_fields"]
        if v.__class__ is dict:
            vals["extra_fields"] = structure_IdVerificationReportExtraFields(v)
    if "fallback_from" in vals:
        v = vals["fallback_from"]
        if v.__class__ is dict:
            vals["fallback_from"] = structure_IdVerificationReportFallbackFrom(v)
    if "id_lookup" in vals:
        v = vals["id_lookup"]
        if v.__class__ is dict:
            vals["id_lookup"] = structure_IdVerificationReportIdLookup(v)
    if "wallet_verification" in vals:
        v = vals["wallet_verification"]
        if v.__class__ is dict:
            vals["wallet_verification"] = structure_IdVerificationReportWalletVerification(v)
    if "front_image_quality_score" in vals:
        v = vals["front_image_quality_score"]
        if v.__class__ is dict:
            vals["front_image_quality_score"] = (
                structure_IdVerificationReportFrontImageQualityScore(v)
            )
    if "back_image_quality_score" in vals:
        v = vals["back_image_quality_score"]
        if v.__class__ is dict:
            vals["back_image_quality_score"] = structure_IdVerificationReportBackImageQualityScore(
                v
            )
    if "matches" in vals:
        v = vals["matches"]
        if v and v.__class__ is list:
            vals["matches"] = [
                structure_IdVerificationReportMatch(x) if x.__class__ is dict else x for x in v
            ]
    if "document_liveness" in vals:
        v = vals["document_liveness"]
        if v.__class__ is dict:
            vals["document_liveness"] = structure_IdVerificationReportDocumentLiveness(v)
    if "barcodes" in vals:
        v = vals["barcodes"]
        if v and v.__class__ is list:
            vals["barcodes"] = [
                structure_IdVerificationReportBarcode(x) if x.__class__ is dict else x for x in v
            ]
    return o


_K_IdVerificationReportMrz = keys_of(_U_IdVerificationReportMrz)
_K_IdVerificationReportExtraFields = keys_of(_U_IdVerificationReportExtraFields)
_K_IdVerificationReportFallbackFrom = keys_of(_U_IdVerificationReportFallbackFrom)
_K_IdVerificationReportIdLookupComparison = keys_of(_U_IdVerificationReportIdLookupComparison)
_K_IdVerificationReportIdLookup = keys_of(_U_IdVerificationReportIdLookup)
_K_IdVerificationReportWalletVerification = keys_of(_U_IdVerificationReportWalletVerification)
_K_IdVerificationReportFrontImageQualityScore = keys_of(
    _U_IdVerificationReportFrontImageQualityScore
)
_K_IdVerificationReportBackImageQualityScore = keys_of(_U_IdVerificationReportBackImageQualityScore)
_K_IdVerificationReportMatchUserDetails = keys_of(_U_IdVerificationReportMatchUserDetails)
_K_IdVerificationReportMatch = keys_of(_U_IdVerificationReportMatch)
_K_IdVerificationReportDocumentLivenessPortraitReplace = keys_of(
    _U_IdVerificationReportDocumentLivenessPortraitReplace
)
_K_IdVerificationReportDocumentLivenessPrintedCopy = keys_of(
    _U_IdVerificationReportDocumentLivenessPrintedCopy
)
_K_IdVerificationReportDocumentLivenessScreenReplay = keys_of(
    _U_IdVerificationReportDocumentLivenessScreenReplay
)
_K_IdVerificationReportDocumentLiveness = keys_of(_U_IdVerificationReportDocumentLiveness)
_K_IdVerificationReportBarcode = keys_of(_U_IdVerificationReportBarcode)
_K_IdVerificationReport = keys_of(_U_IdVerificationReport)
