# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'shared__id_verification_poa_sessions' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsGeometryLocation:
    """ParsedAddressRawResultsGeometryLocation"""

    lat: float | None = attrs.field(default=None)
    lng: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsGeometryViewportNortheast:
    """ParsedAddressRawResultsGeometryViewportNortheast"""

    lat: float | None = attrs.field(default=None)
    lng: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsGeometryViewportSouthwest:
    """ParsedAddressRawResultsGeometryViewportSouthwest"""

    lat: float | None = attrs.field(default=None)
    lng: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsGeometryViewport:
    """ParsedAddressRawResultsGeometryViewport"""

    northeast: ParsedAddressRawResultsGeometryViewportNortheast | None = attrs.field(default=None)
    southwest: ParsedAddressRawResultsGeometryViewportSouthwest | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsGeometry:
    """ParsedAddressRawResultsGeometry"""

    location: ParsedAddressRawResultsGeometryLocation | None = attrs.field(default=None)
    viewport: ParsedAddressRawResultsGeometryViewport | None = attrs.field(default=None)
    location_type: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsNavigationPointLocation:
    """ParsedAddressRawResultsNavigationPointLocation"""

    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsNavigationPoint:
    """ParsedAddressRawResultsNavigationPoint"""

    location: ParsedAddressRawResultsNavigationPointLocation | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResultsAddressComponent:
    """ParsedAddressRawResultsAddressComponent"""

    types: list[str] | None = attrs.field(default=None)
    long_name: str | None = attrs.field(default=None)
    short_name: str | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressRawResults:
    """ParsedAddressRawResults"""

    types: list[str] | None = attrs.field(default=None)
    geometry: ParsedAddressRawResultsGeometry | None = attrs.field(default=None)
    place_id: str | None = attrs.field(default=None)
    formatted_address: str | None = attrs.field(default=None)
    navigation_points: list[ParsedAddressRawResultsNavigationPoint] | None = attrs.field(
        default=None
    )
    address_components: list[ParsedAddressRawResultsAddressComponent] | None = attrs.field(
        default=None
    )
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddressDocumentLocation:
    """ParsedAddressDocumentLocation"""

    latitude: float | None = attrs.field(default=None)
    longitude: float | None = attrs.field(default=None)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields Didit sent that this version of the SDK does not know."""
    _present: bool | None = attrs.field(default=None, init=False, repr=False, eq=False)


@attrs.define(frozen=True, kw_only=True, slots=False)
class ParsedAddress:
    """A structured address."""

    street_1: str | None = attrs.field(default=None)
    street_2: str | None = attrs.field(default=None)
    city: str | None = attrs.field(default=None)
    region: str | None = attrs.field(default=None)
    postal_code: str | None = attrs.field(default=None)
    country: str | None = attrs.field(default=None)
    address_type: str | None = attrs.field(default=None)
    raw_results: ParsedAddressRawResults | None = attrs.field(default=None)
    """Geocoder output (any JSON)."""
    label: str | None = attrs.field(default=None)
    category: str | None = attrs.field(default=None)
    is_verified: bool | None = attrs.field(default=None)
    document_location: ParsedAddressDocumentLocation | None = attrs.field(default=None)
    formatted_address: str | None = attrs.field(default=None)
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
