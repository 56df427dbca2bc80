# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared__cases_regulatory_reports' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import RegulatoryReportStatus, RegulatoryReportSubmissionCode, RegulatoryReportType


@attrs.define(frozen=True, kw_only=True, slots=False)
class RegulatoryReportNarrative:
    """RegulatoryReportNarrative"""

    who: str | None = attrs.field(default=None)
    what: str | None = attrs.field(default=None)
    when: str | None = attrs.field(default=None)
    where: str | None = attrs.field(default=None)
    why: str | None = attrs.field(default=None)
    how: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RegulatoryReportValidationError:
    """RegulatoryReportValidationError"""

    field: str | None = attrs.field(default=None)
    message: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RegulatoryReportDetail:
    """A regulatory report (SAR, STR, ...) on a case, from draft to finalized."""

    uuid: str
    case_uuid: str | None = attrs.field(default=None)
    case_number: str | None = attrs.field(default=None)
    report_type: RegulatoryReportType | None = attrs.field(default=None)
    report_type_display: str | None = attrs.field(default=None)
    report_code: str | None = attrs.field(default=None)
    report_number: str | None = attrs.field(default=None)
    status: RegulatoryReportStatus | None = attrs.field(default=None)
    status_display: str | None = attrs.field(default=None)
    jurisdiction: str | None = attrs.field(default=None)
    rentity_id: str | None = attrs.field(default=None)
    rentity_branch: str | None = attrs.field(default=None)
    submission_code: RegulatoryReportSubmissionCode | None = attrs.field(default=None)
    entity_reference: str | None = attrs.field(default=None)
    fiu_ref_number: str | None = attrs.field(default=None)
    currency_code_local: str | None = attrs.field(default=None)
    submission_date: str | None = attrs.field(default=None)
    reporting_person: dict[str, Any] | None = attrs.field(default=None)
    location: dict[str, Any] | None = attrs.field(default=None)
    reason: str | None = attrs.field(default=None)
    action: str | None = attrs.field(default=None)
    activity: str | None = attrs.field(default=None)
    narrative: RegulatoryReportNarrative | None = attrs.field(default=None)
    report_indicators: list[str] | None = attrs.field(default=None)
    included_fields: list[str] | None = attrs.field(default=None)
    transactions: list[str] | None = attrs.field(default=None)
    validation_errors: list[RegulatoryReportValidationError] | None = attrs.field(default=None)
    validated_at: str | None = attrs.field(default=None)
    finalized_at: str | None = attrs.field(default=None)
    created_by_email: str | None = attrs.field(default=None)
    created_by_name: str | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class RegulatoryReportPage:
    """A page of RegulatoryReportDetail items."""

    results: list[RegulatoryReportDetail]
    count: int | None = attrs.field(default=None)
    """Total matching items."""
    next: str | None = attrs.field(default=None)
    """Full URL of the next page, or null."""
    previous: str | None = attrs.field(default=None)
    """Full URL of the previous page, or null."""
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
