# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'wallet_screening__generate_pdf' group (see ``__init__.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs

from didit_async._seam import UNSET, Unset


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningReportRiskFactor:
    """WalletScreeningReportRiskFactor"""

    source: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    label: str | None = attrs.field(default=None)
    entity_name: str | None | Unset = attrs.field(default=UNSET)
    direction: str | None = attrs.field(default=None)
    exposure_type: str | None = attrs.field(default=None)
    amount_usd: float | None | Unset = attrs.field(default=UNSET)
    percentage: float | None = attrs.field(default=None)
    is_high_risk: bool | None = attrs.field(default=None)
    description: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningReportFundFlow:
    """WalletScreeningReportFundFlow"""

    category: str | None = attrs.field(default=None)
    entity_name: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    entity_subtype: str | None = attrs.field(default=None)
    exposure_direction: str | None = attrs.field(default=None)
    exposure_type: str | None = attrs.field(default=None)
    is_direct: bool | None = attrs.field(default=None)
    amount_usd: float | None = attrs.field(default=None)
    percentage: float | None = attrs.field(default=None)
    hops: int | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningReportCounterparty:
    """WalletScreeningReportCounterparty"""

    entity_name: str | None = attrs.field(default=None)
    entity_type: str | None = attrs.field(default=None)
    entity_subtype: str | None = attrs.field(default=None)
    risk_level: str | None = attrs.field(default=None)
    categories: list[str] | None = attrs.field(default=None)
    received_usd: float | None = attrs.field(default=None)
    sent_usd: float | None = attrs.field(default=None)
    received_hops: int | None = attrs.field(default=None)
    sent_hops: int | None = attrs.field(default=None)
    percentage: float | None = attrs.field(default=None)
    is_direct: bool | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class WalletScreeningReportRequest:
    """A wallet screening result as it was returned, with its `report_signature`, to render as a
    PDF.
    """

    provider: str
    screening_type: Literal["WALLET_SCREENING"]
    risk_score: int
    severity: Literal["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"]
    status: Literal["SCREENED", "PENDING", "ERROR"]
    summary: str
    wallet_address: str
    blockchain: str
    sanctions_hit: bool
    dominant_risk_category: str | None
    source_of_funds: Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]]
    destination_of_funds: Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]]
    counterparty_connections: Sequence[WalletScreeningReportCounterparty | Mapping[str, Any]]
    report_signature: str
    risk_factors: Sequence[WalletScreeningReportRiskFactor | Mapping[str, Any]] | None = (
        attrs.field(default=None)
    )
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
