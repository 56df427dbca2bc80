# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared__aml_sessions' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import AmlHitReviewStatus, FeatureStatus
from .shared import Warning


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlScoreBreakdown:
    """AmlScoreBreakdown"""

    name_score: float | None = attrs.field(default=None)
    name_weight: float | None = attrs.field(default=None)
    dob_score: float | None = attrs.field(default=None)
    dob_weight: float | None = attrs.field(default=None)
    country_score: float | None = attrs.field(default=None)
    country_weight: float | None = attrs.field(default=None)
    name_weight_normalized: float | None = attrs.field(default=None)
    name_contribution: float | None = attrs.field(default=None)
    dob_weight_normalized: float | None = attrs.field(default=None)
    dob_contribution: float | None = attrs.field(default=None)
    country_weight_normalized: float | None = attrs.field(default=None)
    country_contribution: float | None = attrs.field(default=None)
    document_number_match_type: str | None = attrs.field(default=None)
    document_number_effect: str | None = attrs.field(default=None)
    total_score: int | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitProperties:
    """AmlHitProperties"""

    name: list[str] | None = attrs.field(default=None)
    alias: list[str] | None = attrs.field(default=None)
    notes: list[str] | None = attrs.field(default=None)
    title: str | None = attrs.field(default=None)
    gender: list[str] | None = attrs.field(default=None)
    height: str | None = attrs.field(default=None)
    topics: str | None = attrs.field(default=None)
    weight: str | None = attrs.field(default=None)
    address: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    website: str | None = attrs.field(default=None)
    eye_color: str | None = attrs.field(default=None)
    keywords: str | None = attrs.field(default=None)
    last_name: list[str] | None = attrs.field(default=None)
    position: str | None = attrs.field(default=None)
    religion: str | None = attrs.field(default=None)
    birth_date: list[str] | None = attrs.field(default=None)
    education: list[str] | None = attrs.field(default=None)
    ethnicity: str | None = attrs.field(default=None)
    first_name: list[str] | None = attrs.field(default=None)
    hair_color: str | None = attrs.field(default=None)
    weak_alias: str | None = attrs.field(default=None)
    birth_place: list[str] | None = attrs.field(default=None)
    modified_at: str | None = attrs.field(default=None)
    wikidata_id: str | None = attrs.field(default=None)
    citizenship: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitRiskViewCrimes:
    """AmlHitRiskViewCrimes"""

    score: int | None = attrs.field(default=None)
    weightage: int | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    risk_scores: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitRiskViewCountries:
    """AmlHitRiskViewCountries"""

    score: int | None = attrs.field(default=None)
    weightage: int | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    risk_scores: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitRiskViewCategories:
    """AmlHitRiskViewCategories"""

    score: int | None = attrs.field(default=None)
    weightage: int | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    risk_scores: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitRiskView:
    """AmlHitRiskView"""

    crimes: AmlHitRiskViewCrimes | None = attrs.field(default=None)
    countries: AmlHitRiskViewCountries | None = attrs.field(default=None)
    categories: AmlHitRiskViewCategories | None = attrs.field(default=None)
    custom_list: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitPepMatch:
    """AmlHitPepMatch"""

    aliases: list[str] | None = attrs.field(default=None)
    education: list[str] | None = attrs.field(default=None)
    list_name: str | None = attrs.field(default=None)
    publisher: str | None = attrs.field(default=None)
    source_url: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    matched_name: str | None = attrs.field(default=None)
    pep_position: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    other_sources: list[str] | None = attrs.field(default=None)
    place_of_birth: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitLinkedEntity:
    """AmlHitLinkedEntity"""

    name: list[str] | None = attrs.field(default=None)
    active: list[str] | None = attrs.field(default=None)
    status: list[str] | None = attrs.field(default=None)
    details: list[str] | None = attrs.field(default=None)
    relation: list[str] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitWarningMatchAdditionalDataDataCaseDetail:
    """AmlHitWarningMatchAdditionalDataDataCaseDetail"""

    case_type: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitWarningMatchAdditionalDataData:
    """AmlHitWarningMatchAdditionalDataData"""

    case_details: list[AmlHitWarningMatchAdditionalDataDataCaseDetail] | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitWarningMatchAdditionalData:
    """AmlHitWarningMatchAdditionalData"""

    data: AmlHitWarningMatchAdditionalDataData | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitWarningMatch:
    """AmlHitWarningMatch"""

    list_name: str | None = attrs.field(default=None)
    matched_name: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    publisher: str | None = attrs.field(default=None)
    source_url: str | None = attrs.field(default=None)
    other_sources: list[str] | None = attrs.field(default=None)
    countries: list[str] | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_data: AmlHitWarningMatchAdditionalData | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitSanctionMatch:
    """AmlHitSanctionMatch"""

    list_name: list[str] | None = attrs.field(default=None)
    matched_name: str | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    reason: str | None = attrs.field(default=None)
    source_url: str | None = attrs.field(default=None)
    other_sources: list[str] | None = attrs.field(default=None)
    details: list[str] | None = attrs.field(default=None)
    legal_basis: list[str] | None = attrs.field(default=None)
    listed_on: list[str] | None = attrs.field(default=None)
    sanction_list: list[str] | None = attrs.field(default=None)
    sanction_program: list[str] | None = attrs.field(default=None)
    sanctioning_authority: list[str] | None = attrs.field(default=None)
    updated_on: list[str] | None = attrs.field(default=None)
    additional_data: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitAdverseMediaDetails:
    """AmlHitAdverseMediaDetails"""

    sentiment: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    sentiment_score: int | None = attrs.field(default=None)
    adverse_keywords: dict[str, int] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHitAdverseMediaMatch:
    """AmlHitAdverseMediaMatch"""

    country: str | None = attrs.field(default=None)
    summary: str | None = attrs.field(default=None)
    headline: str | None = attrs.field(default=None)
    sentiment: str | None = attrs.field(default=None)
    thumbnail: str | None = attrs.field(default=None)
    source_url: str | None = attrs.field(default=None)
    author_name: str | None = attrs.field(default=None)
    other_sources: list[str] | None = attrs.field(default=None)
    adverse_keywords: list[str] | None = attrs.field(default=None)
    sentiment_score: float | None = attrs.field(default=None)
    publication_date: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlHit:
    """One possible match on a sanctions, PEP or adverse-media list."""

    id: str | None = attrs.field(default=None)
    """Use with update-aml-hit-status."""
    caption: str | None = attrs.field(default=None)
    match_score: float | None = attrs.field(default=None)
    risk_score: float | None = attrs.field(default=None)
    review_status: AmlHitReviewStatus | None = attrs.field(default=None)
    datasets: list[str] | None = attrs.field(default=None)
    properties: AmlHitProperties | None = attrs.field(default=None)
    url: str | None = attrs.field(default=None)
    score_breakdown: AmlScoreBreakdown | None = attrs.field(default=None)
    first_seen: str | None = attrs.field(default=None)
    last_seen: str | None = attrs.field(default=None)
    match: bool | None = attrs.field(default=None)
    score: float | None = attrs.field(default=None)
    target: bool | None = attrs.field(default=None)
    features: dict[str, Any] | None = attrs.field(default=None)
    rca_name: str | None = attrs.field(default=None)
    risk_view: AmlHitRiskView | None = attrs.field(default=None)
    pep_matches: list[AmlHitPepMatch] | None = attrs.field(default=None)
    linked_entities: list[AmlHitLinkedEntity] | None = attrs.field(default=None)
    warning_matches: list[AmlHitWarningMatch] | None = attrs.field(default=None)
    sanction_matches: list[AmlHitSanctionMatch] | None = attrs.field(default=None)
    adverse_media_details: AmlHitAdverseMediaDetails | None = attrs.field(default=None)
    adverse_media_matches: list[AmlHitAdverseMediaMatch] | None = attrs.field(default=None)
    additional_information: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlReportScreenedData:
    """AmlReportScreenedData"""

    full_name: str | None = attrs.field(default=None)
    nationality: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class AmlReport:
    """Result of an AML screening."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    total_hits: int | None = attrs.field(default=None)
    score: float | None = attrs.field(default=None)
    hits: list[AmlHit] | None = attrs.field(default=None)
    screened_data: AmlReportScreenedData | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    is_ongoing_monitoring: bool | None = attrs.field(default=None)
    is_ongoing_monitoring_enabled: bool | None = attrs.field(default=None)
    next_ongoing_monitoring_bill_date: str | None = attrs.field(default=None)
    last_ongoing_screening_at: str | None = attrs.field(default=None)
    last_ongoing_screening_datasets_updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


for _cls in list(globals().values()):
    if not isinstance(_cls, type) or _cls.__module__ != __name__ or not attrs.has(_cls):
        continue  # not one of this module's models
    for _field in attrs.fields(_cls):
        if _field.name != "additional_properties":
            setattr(_cls, _field.name, None)
    _cls._present = True  # type: ignore[attr-defined]
