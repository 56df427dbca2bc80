# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared__database_validation_sessions' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from didit_async._seam import mask

from ..enums import FeatureStatus
from .shared import Warning


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationReportServiceResult:
    """DatabaseValidationReportServiceResult"""

    service_id: str | None = attrs.field(default=None)
    service_name: str | None = attrs.field(default=None)
    validation: dict[str, str] | None = attrs.field(default=None)
    outcome_code: str | None = attrs.field(default=None)
    outcome_detail: str | None = attrs.field(default=None)
    source_data: dict[str, Any] | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationReportScreenedData:
    """DatabaseValidationReportScreenedData"""

    last_name: str | None = attrs.field(default=None)
    first_name: str | None = attrs.field(default=None)
    tax_number: str | None = attrs.field(default=None)
    personal_number: str | None = attrs.field(default=None)
    document_number: str | None = attrs.field(default=None)
    date_of_birth: str | None = attrs.field(default=None)
    document_type: str | None = attrs.field(default=None)
    expiration_date: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationReportError:
    """DatabaseValidationReportError"""

    service_id: str | None = attrs.field(default=None)
    code: str | None = attrs.field(default=None, repr=mask)
    message: str | None = attrs.field(default=None)
    retryable: bool | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class DatabaseValidationReport:
    """Result of validating identity data against a government or private database."""

    node_id: str | None = attrs.field(default=None)
    """The workflow node that produced it, e.g. `feature_ocr_1`."""
    status: FeatureStatus | None = attrs.field(default=None)
    warnings: list[Warning] | None = attrs.field(default=None)
    issuing_state: str | None = attrs.field(default=None)
    validation_type: str | None = attrs.field(default=None)
    match_type: str | None = attrs.field(default=None)
    validations: list[DatabaseValidationReportServiceResult] | dict[str, str] | None = attrs.field(
        default=None
    )
    """Per-field outcomes (object or array, by country)."""
    screened_data: DatabaseValidationReportScreenedData | None = attrs.field(default=None)
    errors: list[DatabaseValidationReportError] | None = attrs.field(default=None)
    services_used: list[str] | None = attrs.field(default=None)
    match_score: float | None = attrs.field(default=None)
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
