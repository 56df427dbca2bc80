# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__aml_sessions' models (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..enums import AmlHitReviewStatus, FeatureStatus
from ..models.shared import Warning
from ..models.shared__aml_sessions import (
    AmlHit,
    AmlHitAdverseMediaDetails,
    AmlHitAdverseMediaMatch,
    AmlHitLinkedEntity,
    AmlHitPepMatch,
    AmlHitProperties,
    AmlHitRiskView,
    AmlHitRiskViewCategories,
    AmlHitRiskViewCountries,
    AmlHitRiskViewCrimes,
    AmlHitSanctionMatch,
    AmlHitWarningMatch,
    AmlHitWarningMatchAdditionalData,
    AmlHitWarningMatchAdditionalDataData,
    AmlHitWarningMatchAdditionalDataDataCaseDetail,
    AmlReport,
    AmlReportScreenedData,
    AmlScoreBreakdown,
)
from . import Table, _M_AmlHitReviewStatus, _M_FeatureStatus, encode_by_table, keys_of, new_object
from .shared import structure_Warning, unstructure_Warning

_U_AmlScoreBreakdown: Table = (
    ("name_score", "name_score", None, False),
    ("name_weight", "name_weight", None, False),
    ("dob_score", "dob_score", None, False),
    ("dob_weight", "dob_weight", None, False),
    ("country_score", "country_score", None, False),
    ("country_weight", "country_weight", None, False),
    ("name_weight_normalized", "name_weight_normalized", None, False),
    ("name_contribution", "name_contribution", None, False),
    ("dob_weight_normalized", "dob_weight_normalized", None, False),
    ("dob_contribution", "dob_contribution", None, False),
    ("country_weight_normalized", "country_weight_normalized", None, False),
    ("country_contribution", "country_contribution", None, False),
    ("document_number_match_type", "document_number_match_type", None, False),
    ("document_number_effect", "document_number_effect", None, False),
    ("total_score", "total_score", None, False),
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


_U_AmlHitProperties: Table = (
    ("name", "name", None, False),
    ("alias", "alias", None, False),
    ("notes", "notes", None, False),
    ("title", "title", None, False),
    ("gender", "gender", None, False),
    ("height", "height", None, False),
    ("topics", "topics", None, False),
    ("weight", "weight", None, False),
    ("address", "address", None, False),
    ("country", "country", None, False),
    ("website", "website", None, False),
    ("eye_color", "eyeColor", None, False),
    ("keywords", "keywords", None, False),
    ("last_name", "lastName", None, False),
    ("position", "position", None, False),
    ("religion", "religion", None, False),
    ("birth_date", "birthDate", None, False),
    ("education", "education", None, False),
    ("ethnicity", "ethnicity", None, False),
    ("first_name", "firstName", None, False),
    ("hair_color", "hairColor", None, False),
    ("weak_alias", "weakAlias", None, False),
    ("birth_place", "birthPlace", None, False),
    ("modified_at", "modifiedAt", None, False),
    ("wikidata_id", "wikidataId", None, False),
    ("citizenship", "citizenship", None, False),
    ("nationality", "nationality", None, False),
)


def unstructure_AmlHitProperties(o: AmlHitProperties) -> dict[str, Any]:
    """Encode :class:`AmlHitProperties` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitProperties)


def structure_AmlHitProperties(d: Any) -> AmlHitProperties:
    """Decode a JSON object into :class:`AmlHitProperties`."""
    o = new_object(AmlHitProperties)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitProperties.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitProperties
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "eyeColor" in vals:
        vals["eye_color"] = vals.pop("eyeColor")
    if "lastName" in vals:
        vals["last_name"] = vals.pop("lastName")
    if "birthDate" in vals:
        vals["birth_date"] = vals.pop("birthDate")
    if "firstName" in vals:
        vals["first_name"] = vals.pop("firstName")
    if "hairColor" in vals:
        vals["hair_color"] = vals.pop("hairColor")
    if "weakAlias" in vals:
        vals["weak_alias"] = vals.pop("weakAlias")
    if "birthPlace" in vals:
        vals["birth_place"] = vals.pop("birthPlace")
    if "modifiedAt" in vals:
        vals["modified_at"] = vals.pop("modifiedAt")
    if "wikidataId" in vals:
        vals["wikidata_id"] = vals.pop("wikidataId")
    return o


_U_AmlHitRiskViewCrimes: Table = (
    ("score", "score", None, False),
    ("weightage", "weightage", None, False),
    ("risk_level", "risk_level", None, False),
    (
        "risk_scores",
        "risk_scores",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_AmlHitRiskViewCrimes(o: AmlHitRiskViewCrimes) -> dict[str, Any]:
    """Encode :class:`AmlHitRiskViewCrimes` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitRiskViewCrimes)


def structure_AmlHitRiskViewCrimes(d: Any) -> AmlHitRiskViewCrimes:
    """Decode a JSON object into :class:`AmlHitRiskViewCrimes`."""
    o = new_object(AmlHitRiskViewCrimes)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitRiskViewCrimes.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitRiskViewCrimes
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlHitRiskViewCountries: Table = (
    ("score", "score", None, False),
    ("weightage", "weightage", None, False),
    ("risk_level", "risk_level", None, False),
    (
        "risk_scores",
        "risk_scores",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_AmlHitRiskViewCountries(o: AmlHitRiskViewCountries) -> dict[str, Any]:
    """Encode :class:`AmlHitRiskViewCountries` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitRiskViewCountries)


def structure_AmlHitRiskViewCountries(d: Any) -> AmlHitRiskViewCountries:
    """Decode a JSON object into :class:`AmlHitRiskViewCountries`."""
    o = new_object(AmlHitRiskViewCountries)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitRiskViewCountries.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitRiskViewCountries
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlHitRiskViewCategories: Table = (
    ("score", "score", None, False),
    ("weightage", "weightage", None, False),
    ("risk_level", "risk_level", None, False),
    (
        "risk_scores",
        "risk_scores",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_AmlHitRiskViewCategories(o: AmlHitRiskViewCategories) -> dict[str, Any]:
    """Encode :class:`AmlHitRiskViewCategories` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitRiskViewCategories)


def structure_AmlHitRiskViewCategories(d: Any) -> AmlHitRiskViewCategories:
    """Decode a JSON object into :class:`AmlHitRiskViewCategories`."""
    o = new_object(AmlHitRiskViewCategories)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitRiskViewCategories.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitRiskViewCategories
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlHitRiskView: Table = (
    (
        "crimes",
        "crimes",
        lambda v: unstructure_AmlHitRiskViewCrimes(v) if isinstance(v, AmlHitRiskViewCrimes) else v,
        False,
    ),
    (
        "countries",
        "countries",
        lambda v: (
            unstructure_AmlHitRiskViewCountries(v) if isinstance(v, AmlHitRiskViewCountries) else v
        ),
        False,
    ),
    (
        "categories",
        "categories",
        lambda v: (
            unstructure_AmlHitRiskViewCategories(v)
            if isinstance(v, AmlHitRiskViewCategories)
            else v
        ),
        False,
    ),
    (
        "custom_list",
        "custom_list",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_AmlHitRiskView(o: AmlHitRiskView) -> dict[str, Any]:
    """Encode :class:`AmlHitRiskView` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitRiskView)


def structure_AmlHitRiskView(d: Any) -> AmlHitRiskView:
    """Decode a JSON object into :class:`AmlHitRiskView`."""
    v: Any
    o = new_object(AmlHitRiskView)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitRiskView.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitRiskView
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "crimes" in vals:
        v = vals["crimes"]
        if v.__class__ is dict:
            vals["crimes"] = structure_AmlHitRiskViewCrimes(v)
    if "countries" in vals:
        v = vals["countries"]
        if v.__class__ is dict:
            vals["countries"] = structure_AmlHitRiskViewCountries(v)
    if "categories" in vals:
        v = vals["categories"]
        if v.__class__ is dict:
            vals["categories"] = structure_AmlHitRiskViewCategories(v)
    return o


_U_AmlHitPepMatch: Table = (
    ("aliases", "aliases", None, False),
    ("education", "education", None, False),
    ("list_name", "list_name", None, False),
    ("publisher", "publisher", None, False),
    ("source_url", "source_url", None, False),
    ("description", "description", None, False),
    ("matched_name", "matched_name", None, False),
    ("pep_position", "pep_position", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("other_sources", "other_sources", None, False),
    ("place_of_birth", "place_of_birth", None, False),
)


def unstructure_AmlHitPepMatch(o: AmlHitPepMatch) -> dict[str, Any]:
    """Encode :class:`AmlHitPepMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitPepMatch)


def structure_AmlHitPepMatch(d: Any) -> AmlHitPepMatch:
    """Decode a JSON object into :class:`AmlHitPepMatch`."""
    o = new_object(AmlHitPepMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitPepMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitPepMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlHitLinkedEntity: Table = (
    ("name", "name", None, False),
    ("active", "active", None, False),
    ("status", "status", None, False),
    ("details", "details", None, False),
    ("relation", "relation", None, False),
)


def unstructure_AmlHitLinkedEntity(o: AmlHitLinkedEntity) -> dict[str, Any]:
    """Encode :class:`AmlHitLinkedEntity` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitLinkedEntity)


def structure_AmlHitLinkedEntity(d: Any) -> AmlHitLinkedEntity:
    """Decode a JSON object into :class:`AmlHitLinkedEntity`."""
    o = new_object(AmlHitLinkedEntity)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitLinkedEntity.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitLinkedEntity
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlHitWarningMatchAdditionalDataDataCaseDetail: Table = (
    ("case_type", "case_type", None, False),
)


def unstructure_AmlHitWarningMatchAdditionalDataDataCaseDetail(
    o: AmlHitWarningMatchAdditionalDataDataCaseDetail,
) -> dict[str, Any]:
    """Encode :class:`AmlHitWarningMatchAdditionalDataDataCaseDetail` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitWarningMatchAdditionalDataDataCaseDetail)


def structure_AmlHitWarningMatchAdditionalDataDataCaseDetail(
    d: Any,
) -> AmlHitWarningMatchAdditionalDataDataCaseDetail:
    """Decode a JSON object into :class:`AmlHitWarningMatchAdditionalDataDataCaseDetail`."""
    o = new_object(AmlHitWarningMatchAdditionalDataDataCaseDetail)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitWarningMatchAdditionalDataDataCaseDetail.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitWarningMatchAdditionalDataDataCaseDetail
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlHitWarningMatchAdditionalDataData: Table = (
    (
        "case_details",
        "case_details",
        lambda v: (
            [
                unstructure_AmlHitWarningMatchAdditionalDataDataCaseDetail(x)
                if isinstance(x, AmlHitWarningMatchAdditionalDataDataCaseDetail)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_AmlHitWarningMatchAdditionalDataData(
    o: AmlHitWarningMatchAdditionalDataData,
) -> dict[str, Any]:
    """Encode :class:`AmlHitWarningMatchAdditionalDataData` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitWarningMatchAdditionalDataData)


def structure_AmlHitWarningMatchAdditionalDataData(d: Any) -> AmlHitWarningMatchAdditionalDataData:
    """Decode a JSON object into :class:`AmlHitWarningMatchAdditionalDataData`."""
    v: Any
    o = new_object(AmlHitWarningMatchAdditionalDataData)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitWarningMatchAdditionalDataData.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitWarningMatchAdditionalDataData
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "case_details" in vals:
        v = vals["case_details"]
        if v and v.__class__ is list:
            vals["case_details"] = [
                structure_AmlHitWarningMatchAdditionalDataDataCaseDetail(x)
                if x.__class__ is dict
                else x
                for x in v
            ]
    return o


_U_AmlHitWarningMatchAdditionalData: Table = (
    (
        "data",
        "data",
        lambda v: (
            unstructure_AmlHitWarningMatchAdditionalDataData(v)
            if isinstance(v, AmlHitWarningMatchAdditionalDataData)
            else v
        ),
        False,
    ),
)


def unstructure_AmlHitWarningMatchAdditionalData(
    o: AmlHitWarningMatchAdditionalData,
) -> dict[str, Any]:
    """Encode :class:`AmlHitWarningMatchAdditionalData` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitWarningMatchAdditionalData)


def structure_AmlHitWarningMatchAdditionalData(d: Any) -> AmlHitWarningMatchAdditionalData:
    """Decode a JSON object into :class:`AmlHitWarningMatchAdditionalData`."""
    v: Any
    o = new_object(AmlHitWarningMatchAdditionalData)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitWarningMatchAdditionalData.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitWarningMatchAdditionalData
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "data" in vals:
        v = vals["data"]
        if v.__class__ is dict:
            vals["data"] = structure_AmlHitWarningMatchAdditionalDataData(v)
    return o


_U_AmlHitWarningMatch: Table = (
    ("list_name", "list_name", None, False),
    ("matched_name", "matched_name", None, False),
    ("description", "description", None, False),
    ("publisher", "publisher", None, False),
    ("source_url", "source_url", None, False),
    ("other_sources", "other_sources", None, False),
    ("countries", "countries", None, False),
    ("created_at", "created_at", None, False),
    ("updated_at", "updated_at", None, False),
    (
        "additional_data",
        "additional_data",
        lambda v: (
            unstructure_AmlHitWarningMatchAdditionalData(v)
            if isinstance(v, AmlHitWarningMatchAdditionalData)
            else v
        ),
        False,
    ),
)


def unstructure_AmlHitWarningMatch(o: AmlHitWarningMatch) -> dict[str, Any]:
    """Encode :class:`AmlHitWarningMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitWarningMatch)


def structure_AmlHitWarningMatch(d: Any) -> AmlHitWarningMatch:
    """Decode a JSON object into :class:`AmlHitWarningMatch`."""
    v: Any
    o = new_object(AmlHitWarningMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitWarningMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitWarningMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "additional_data" in vals:
        v = vals["additional_data"]
        if v.__class__ is dict:
            vals["additional_data"] = structure_AmlHitWarningMatchAdditionalData(v)
    return o


_U_AmlHitSanctionMatch: Table = (
    ("list_name", "list_name", None, False),
    ("matched_name", "matched_name", None, False),
    ("description", "description", None, False),
    ("reason", "reason", None, False),
    ("source_url", "source_url", None, False),
    ("other_sources", "other_sources", None, False),
    ("details", "details", None, False),
    ("legal_basis", "legal_basis", None, False),
    ("listed_on", "listed_on", None, False),
    ("sanction_list", "sanction_list", None, False),
    ("sanction_program", "sanction_program", None, False),
    ("sanctioning_authority", "sanctioning_authority", None, False),
    ("updated_on", "updated_on", None, False),
    (
        "additional_data",
        "additional_data",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
)


def unstructure_AmlHitSanctionMatch(o: AmlHitSanctionMatch) -> dict[str, Any]:
    """Encode :class:`AmlHitSanctionMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitSanctionMatch)


def structure_AmlHitSanctionMatch(d: Any) -> AmlHitSanctionMatch:
    """Decode a JSON object into :class:`AmlHitSanctionMatch`."""
    o = new_object(AmlHitSanctionMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitSanctionMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitSanctionMatch
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlHitAdverseMediaDetails: Table = (
    ("sentiment", "sentiment", None, False),
    ("entity_type", "entity_type", None, False),
    ("sentiment_score", "sentiment_score", None, False),
    ("adverse_keywords", "adverse_keywords", None, False),
)


def unstructure_AmlHitAdverseMediaDetails(o: AmlHitAdverseMediaDetails) -> dict[str, Any]:
    """Encode :class:`AmlHitAdverseMediaDetails` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitAdverseMediaDetails)


def structure_AmlHitAdverseMediaDetails(d: Any) -> AmlHitAdverseMediaDetails:
    """Decode a JSON object into :class:`AmlHitAdverseMediaDetails`."""
    o = new_object(AmlHitAdverseMediaDetails)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitAdverseMediaDetails.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitAdverseMediaDetails
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_AmlHitAdverseMediaMatch: Table = (
    ("country", "country", None, False),
    ("summary", "summary", None, False),
    ("headline", "headline", None, False),
    ("sentiment", "sentiment", None, False),
    ("thumbnail", "thumbnail", None, False),
    ("source_url", "source_url", None, False),
    ("author_name", "author_name", None, False),
    ("other_sources", "other_sources", None, False),
    ("adverse_keywords", "adverse_keywords", None, False),
    ("sentiment_score", "sentiment_score", None, False),
    ("publication_date", "publication_date", None, False),
)


def unstructure_AmlHitAdverseMediaMatch(o: AmlHitAdverseMediaMatch) -> dict[str, Any]:
    """Encode :class:`AmlHitAdverseMediaMatch` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlHitAdverseMediaMatch)


def structure_AmlHitAdverseMediaMatch(d: Any) -> AmlHitAdverseMediaMatch:
    """Decode a JSON object into :class:`AmlHitAdverseMediaMatch`."""
    o = new_object(AmlHitAdverseMediaMatch)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlHitAdverseMediaMatch.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlHitAdverseMediaMatch
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
        lambda v: unstructure_AmlHitProperties(v) if isinstance(v, AmlHitProperties) else v,
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
    ("match", "match", None, False),
    ("score", "score", None, False),
    ("target", "target", None, False),
    (
        "features",
        "features",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
    ("rca_name", "rca_name", None, False),
    (
        "risk_view",
        "risk_view",
        lambda v: unstructure_AmlHitRiskView(v) if isinstance(v, AmlHitRiskView) else v,
        False,
    ),
    (
        "pep_matches",
        "pep_matches",
        lambda v: (
            [unstructure_AmlHitPepMatch(x) if isinstance(x, AmlHitPepMatch) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "linked_entities",
        "linked_entities",
        lambda v: (
            [
                unstructure_AmlHitLinkedEntity(x) if isinstance(x, AmlHitLinkedEntity) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "warning_matches",
        "warning_matches",
        lambda v: (
            [
                unstructure_AmlHitWarningMatch(x) if isinstance(x, AmlHitWarningMatch) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "sanction_matches",
        "sanction_matches",
        lambda v: (
            [
                unstructure_AmlHitSanctionMatch(x) if isinstance(x, AmlHitSanctionMatch) else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "adverse_media_details",
        "adverse_media_details",
        lambda v: (
            unstructure_AmlHitAdverseMediaDetails(v)
            if isinstance(v, AmlHitAdverseMediaDetails)
            else v
        ),
        False,
    ),
    (
        "adverse_media_matches",
        "adverse_media_matches",
        lambda v: (
            [
                unstructure_AmlHitAdverseMediaMatch(x)
                if isinstance(x, AmlHitAdverseMediaMatch)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "additional_information",
        "additional_information",
        lambda v: dict(v) if v.__class__ is not dict and isinstance(v, Mapping) else v,
        False,
    ),
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
    if "properties" in vals:
        v = vals["properties"]
        if v.__class__ is dict:
            vals["properties"] = structure_AmlHitProperties(v)
    if "score_breakdown" in vals:
        v = vals["score_breakdown"]
        if v.__class__ is dict:
            vals["score_breakdown"] = structure_AmlScoreBreakdown(v)
    if "risk_view" in vals:
        v = vals["risk_view"]
        if v.__class__ is dict:
            vals["risk_view"] = structure_AmlHitRiskView(v)
    if "pep_matches" in vals:
        v = vals["pep_matches"]
        if v and v.__class__ is list:
            vals["pep_matches"] = [
                structure_AmlHitPepMatch(x) if x.__class__ is dict else x for x in v
            ]
    if "linked_entities" in vals:
        v = vals["linked_entities"]
        if v and v.__class__ is list:
            vals["linked_entities"] = [
                structure_AmlHitLinkedEntity(x) if x.__class__ is dict else x for x in v
            ]
    if "warning_matches" in vals:
        v = vals["warning_matches"]
        if v and v.__class__ is list:
            vals["warning_matches"] = [
                structure_AmlHitWarningMatch(x) if x.__class__ is dict else x for x in v
            ]
    if "sanction_matches" in vals:
        v = vals["sanction_matches"]
        if v and v.__class__ is list:
            vals["sanction_matches"] = [
                structure_AmlHitSanctionMatch(x) if x.__class__ is dict else x for x in v
            ]
    if "adverse_media_details" in vals:
        v = vals["adverse_media_details"]
        if v.__class__ is dict:
            vals["adverse_media_details"] = structure_AmlHitAdverseMediaDetails(v)
    if "adverse_media_matches" in vals:
        v = vals["adverse_media_matches"]
        if v and v.__class__ is list:
            vals["adverse_media_matches"] = [
                structure_AmlHitAdverseMediaMatch(x) if x.__class__ is dict else x for x in v
            ]
    return o


_U_AmlReportScreenedData: Table = (
    ("full_name", "full_name", None, False),
    ("nationality", "nationality", None, False),
    ("date_of_birth", "date_of_birth", None, False),
    ("document_number", "document_number", None, False),
)


def unstructure_AmlReportScreenedData(o: AmlReportScreenedData) -> dict[str, Any]:
    """Encode :class:`AmlReportScreenedData` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_AmlReportScreenedData)


def structure_AmlReportScreenedData(d: Any) -> AmlReportScreenedData:
    """Decode a JSON object into :class:`AmlReportScreenedData`."""
    o = new_object(AmlReportScreenedData)
    vals = o.__dict__
    vals.update(d)
    if _K_AmlReportScreenedData.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_AmlReportScreenedData
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
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
        lambda v: (
            unstructure_AmlReportScreenedData(v) if isinstance(v, AmlReportScreenedData) else v
        ),
        False,
    ),
    ("entity_type", "entity_type", None, False),
    ("is_ongoing_monitoring", "is_ongoing_monitoring", None, False),
    ("is_ongoing_monitoring_enabled", "is_ongoing_monitoring_enabled", None, False),
    ("next_ongoing_monitoring_bill_date", "next_ongoing_monitoring_bill_date", None, False),
    ("last_ongoing_screening_at", "last_ongoing_screening_at", None, False),
    (
        "last_ongoing_screening_datasets_updated_at",
        "last_ongoing_screening_datasets_updated_at",
        None,
        False,
    ),
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
    if "screened_data" in vals:
        v = vals["screened_data"]
        if v.__class__ is dict:
            vals["screened_data"] = structure_AmlReportScreenedData(v)
    return o


_K_AmlScoreBreakdown = keys_of(_U_AmlScoreBreakdown)
_K_AmlHitProperties = keys_of(_U_AmlHitProperties)
_K_AmlHitRiskViewCrimes = keys_of(_U_AmlHitRiskViewCrimes)
_K_AmlHitRiskViewCountries = keys_of(_U_AmlHitRiskViewCountries)
_K_AmlHitRiskViewCategories = keys_of(_U_AmlHitRiskViewCategories)
_K_AmlHitRiskView = keys_of(_U_AmlHitRiskView)
_K_AmlHitPepMatch = keys_of(_U_AmlHitPepMatch)
_K_AmlHitLinkedEntity = keys_of(_U_AmlHitLinkedEntity)
_K_AmlHitWarningMatchAdditionalDataDataCaseDetail = keys_of(
    _U_AmlHitWarningMatchAdditionalDataDataCaseDetail
)
_K_AmlHitWarningMatchAdditionalDataData = keys_of(_U_AmlHitWarningMatchAdditionalDataData)
_K_AmlHitWarningMatchAdditionalData = keys_of(_U_AmlHitWarningMatchAdditionalData)
_K_AmlHitWarningMatch = keys_of(_U_AmlHitWarningMatch)
_K_AmlHitSanctionMatch = keys_of(_U_AmlHitSanctionMatch)
_K_AmlHitAdverseMediaDetails = keys_of(_U_AmlHitAdverseMediaDetails)
_K_AmlHitAdverseMediaMatch = keys_of(_U_AmlHitAdverseMediaMatch)
_K_AmlHit = keys_of(_U_AmlHit)
_K_AmlReportScreenedData = keys_of(_U_AmlReportScreenedData)
_K_AmlReport = keys_of(_U_AmlReport)
