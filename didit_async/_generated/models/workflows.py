# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'workflows' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs

from ..enums import WorkflowType


@attrs.define(frozen=True, kw_only=True, slots=False)
class WorkflowFeature:
    """One step of a simple v3 workflow."""

    feature: str
    """OCR, LIVENESS, FACE_MATCH, AML, QUESTIONNAIRE, EMAIL_VERIFICATION, PHONE_VERIFICATION,
    PROOF_OF_ADDRESS, NFC, IP_ANALYSIS, DATABASE_VALIDATION, ... A workflow with a KYB_* feature
    verifies businesses (its sessions have session_kind business), per Didit's MCP server 4.0.0.
    """
    config: dict[str, Any] | None = attrs.field(default=None)
    """Feature configuration (see Didit's feature-configs page)."""
    label: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WorkflowCreatedBy:
    """WorkflowCreatedBy"""

    name: str | None = attrs.field(default=None)
    email: str | None = attrs.field(default=None)
    type: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class Workflow:
    """A workflow version."""

    uuid: str
    """Per-version id (`settings_uuid`)."""
    workflow_id: str | None = attrs.field(default=None)
    """Stable id shared by versions."""
    workflow_label: str | None = attrs.field(default=None)
    workflow_type: WorkflowType | None = attrs.field(default=None)
    is_default: bool | None = attrs.field(default=None)
    is_archived: bool | None = attrs.field(default=None)
    total_price: float | str | None = attrs.field(default=None)
    """A number in Didit's published schema, which we follow; the docs pages print a decimal string
    in USD (`"0.10"`), which is still accepted and kept as sent.
    """
    min_price: float | str | None = attrs.field(default=None)
    """A number in Didit's published schema, which we follow; the docs pages print a decimal string
    in USD (`"0.10"`), which is still accepted and kept as sent.
    """
    max_price: float | str | None = attrs.field(default=None)
    """A number in Didit's published schema, which we follow; the docs pages print a decimal string
    in USD (`"0.10"`), which is still accepted and kept as sent.
    """
    features: str | list[str | WorkflowFeature] | None = attrs.field(default=None)
    """Didit's published list item gives a string of feature names; detail answers give a list of
    names or feature objects. Both are read.
    """
    is_simple_workflow: bool | None = attrs.field(default=None)
    is_editable: bool | None = attrs.field(default=None)
    workflow_url: str | None = attrs.field(default=None)
    max_retry_attempts: int | None = attrs.field(default=None)
    retry_window_days: int | None = attrs.field(default=None)
    special_add_on_prices: dict[str, Any] | None = attrs.field(default=None)
    version: int | None = attrs.field(default=None)
    created_at: str | None = attrs.field(default=None)
    is_white_label_enabled: bool | None = attrs.field(default=None)
    session_expiration_time: int | None = attrs.field(default=None)
    status: str | None = attrs.field(default=None)
    has_draft: bool | None = attrs.field(default=None)
    created_by: WorkflowCreatedBy | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
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
