# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'cases_regulatory_reports__create' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset

from ..enums import RegulatoryReportSubmissionCode, RegulatoryReportType
from .shared__cases_regulatory_reports import RegulatoryReportNarrative


@attrs.define(frozen=True, kw_only=True, slots=False)
class RegulatoryReportCaseCreateRequest:
    """RegulatoryReportCaseCreateRequest"""

    report_type: (
        RegulatoryReportType
        | Literal["SAR", "STR", "CTR", "TTR", "UTR", "IFT", "CBR", "TFR"]
        | None
    ) = attrs.field(default=None)
    jurisdiction: str | None = attrs.field(default=None)
    template: str | None | Unset = attrs.field(default=UNSET)
    transactions: Sequence[str] | None | Unset = attrs.field(default=UNSET)
    rentity_id: str | None | Unset = attrs.field(default=UNSET)
    rentity_branch: str | None | Unset = attrs.field(default=UNSET)
    submission_code: RegulatoryReportSubmissionCode | Literal["E", "M"] | None = attrs.field(
        default=None
    )
    entity_reference: str | None | Unset = attrs.field(default=UNSET)
    fiu_ref_number: str | None | Unset = attrs.field(default=UNSET)
    currency_code_local: str | None | Unset = attrs.field(default=UNSET)
    submission_date: str | None | Unset = attrs.field(default=UNSET)
    reporting_person: Mapping[str, Any] | None = attrs.field(default=None)
    location: Mapping[str, Any] | None = attrs.field(default=None)
    reason: str | None | Unset = attrs.field(default=UNSET)
    action: str | None | Unset = attrs.field(default=UNSET)
    activity: str | None | Unset = attrs.field(default=UNSET)
    narrative: RegulatoryReportNarrative | Mapping[str, Any] | None = attrs.field(default=None)
    report_indicators: Sequence[str] | None = attrs.field(default=None)
    included_fields: Sequence[str] | None = attrs.field(default=None)
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
