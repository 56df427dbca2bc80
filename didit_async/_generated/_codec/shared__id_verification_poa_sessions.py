# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'shared__id_verification_poa_sessions' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.shared__id_verification_poa_sessions import (
    ParsedAddress,
    ParsedAddressDocumentLocation,
    ParsedAddressRawResults,
    ParsedAddressRawResultsAddressComponent,
    ParsedAddressRawResultsGeometry,
    ParsedAddressRawResultsGeometryLocation,
    ParsedAddressRawResultsGeometryViewport,
    ParsedAddressRawResultsGeometryViewportNortheast,
    ParsedAddressRawResultsGeometryViewportSouthwest,
    ParsedAddressRawResultsNavigationPoint,
    ParsedAddressRawResultsNavigationPointLocation,
)
from . import Table, encode_by_table, keys_of, new_object

_U_ParsedAddressRawResultsGeometryLocation: Table = (
    ("lat", "lat", None, False),
    ("lng", "lng", None, False),
)


def unstructure_ParsedAddressRawResultsGeometryLocation(
    o: ParsedAddressRawResultsGeometryLocation,
) -> dict[str, Any]:
    """Encode :class:`ParsedAddressRawResultsGeometryLocation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ParsedAddressRawResultsGeometryLocation)


def structure_ParsedAddressRawResultsGeometryLocation(
    d: Any,
) -> ParsedAddressRawResultsGeometryLocation:
    """Decode a JSON object into :class:`ParsedAddressRawResultsGeometryLocation`."""
    o = new_object(ParsedAddressRawResultsGeometryLocation)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddressRawResultsGeometryLocation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddressRawResultsGeometryLocation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ParsedAddressRawResultsGeometryViewportNortheast: Table = (
    ("lat", "lat", None, False),
    ("lng", "lng", None, False),
)


def unstructure_ParsedAddressRawResultsGeometryViewportNortheast(
    o: ParsedAddressRawResultsGeometryViewportNortheast,
) -> dict[str, Any]:
    """Encode :class:`ParsedAddressRawResultsGeometryViewportNortheast` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ParsedAddressRawResultsGeometryViewportNortheast)


def structure_ParsedAddressRawResultsGeometryViewportNortheast(
    d: Any,
) -> ParsedAddressRawResultsGeometryViewportNortheast:
    """Decode a JSON object into :class:`ParsedAddressRawResultsGeometryViewportNortheast`."""
    o = new_object(ParsedAddressRawResultsGeometryViewportNortheast)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddressRawResultsGeometryViewportNortheast.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddressRawResultsGeometryViewportNortheast
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ParsedAddressRawResultsGeometryViewportSouthwest: Table = (
    ("lat", "lat", None, False),
    ("lng", "lng", None, False),
)


def unstructure_ParsedAddressRawResultsGeometryViewportSouthwest(
    o: ParsedAddressRawResultsGeometryViewportSouthwest,
) -> dict[str, Any]:
    """Encode :class:`ParsedAddressRawResultsGeometryViewportSouthwest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ParsedAddressRawResultsGeometryViewportSouthwest)


def structure_ParsedAddressRawResultsGeometryViewportSouthwest(
    d: Any,
) -> ParsedAddressRawResultsGeometryViewportSouthwest:
    """Decode a JSON object into :class:`ParsedAddressRawResultsGeometryViewportSouthwest`."""
    o = new_object(ParsedAddressRawResultsGeometryViewportSouthwest)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddressRawResultsGeometryViewportSouthwest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddressRawResultsGeometryViewportSouthwest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ParsedAddressRawResultsGeometryViewport: Table = (
    (
        "northeast",
        "northeast",
        lambda v: (
            unstructure_ParsedAddressRawResultsGeometryViewportNortheast(v)
            if isinstance(v, ParsedAddressRawResultsGeometryViewportNortheast)
            else v
        ),
        False,
    ),
    (
        "southwest",
        "southwest",
        lambda v: (
            unstructure_ParsedAddressRawResultsGeometryViewportSouthwest(v)
            if isinstance(v, ParsedAddressRawResultsGeometryViewportSouthwest)
            else v
        ),
        False,
    ),
)


def unstructure_ParsedAddressRawResultsGeometryViewport(
    o: ParsedAddressRawResultsGeometryViewport,
) -> dict[str, Any]:
    """Encode :class:`ParsedAddressRawResultsGeometryViewport` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ParsedAddressRawResultsGeometryViewport)


def structure_ParsedAddressRawResultsGeometryViewport(
    d: Any,
) -> ParsedAddressRawResultsGeometryViewport:
    """Decode a JSON object into :class:`ParsedAddressRawResultsGeometryViewport`."""
    v: Any
    o = new_object(ParsedAddressRawResultsGeometryViewport)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddressRawResultsGeometryViewport.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddressRawResultsGeometryViewport
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "northeast" in vals:
        v = vals["northeast"]
        if v.__class__ is dict:
            vals["northeast"] = structure_ParsedAddressRawResultsGeometryViewportNortheast(v)
    if "southwest" in vals:
        v = vals["southwest"]
        if v.__class__ is dict:
            vals["southwest"] = structure_ParsedAddressRawResultsGeometryViewportSouthwest(v)
    return o


_U_ParsedAddressRawResultsGeometry: Table = (
    (
        "location",
        "location",
        lambda v: (
            unstructure_ParsedAddressRawResultsGeometryLocation(v)
            if isinstance(v, ParsedAddressRawResultsGeometryLocation)
            else v
        ),
        False,
    ),
    (
        "viewport",
        "viewport",
        lambda v: (
            unstructure_ParsedAddressRawResultsGeometryViewport(v)
            if isinstance(v, ParsedAddressRawResultsGeometryViewport)
            else v
        ),
        False,
    ),
    ("location_type", "location_type", None, False),
)


def unstructure_ParsedAddressRawResultsGeometry(
    o: ParsedAddressRawResultsGeometry,
) -> dict[str, Any]:
    """Encode :class:`ParsedAddressRawResultsGeometry` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ParsedAddressRawResultsGeometry)


def structure_ParsedAddressRawResultsGeometry(d: Any) -> ParsedAddressRawResultsGeometry:
    """Decode a JSON object into :class:`ParsedAddressRawResultsGeometry`."""
    v: Any
    o = new_object(ParsedAddressRawResultsGeometry)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddressRawResultsGeometry.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddressRawResultsGeometry
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "location" in vals:
        v = vals["location"]
        if v.__class__ is dict:
            vals["location"] = structure_ParsedAddressRawResultsGeometryLocation(v)
    if "viewport" in vals:
        v = vals["viewport"]
        if v.__class__ is dict:
            vals["viewport"] = structure_ParsedAddressRawResultsGeometryViewport(v)
    return o


_U_ParsedAddressRawResultsNavigationPointLocation: Table = (
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
)


def unstructure_ParsedAddressRawResultsNavigationPointLocation(
    o: ParsedAddressRawResultsNavigationPointLocation,
) -> dict[str, Any]:
    """Encode :class:`ParsedAddressRawResultsNavigationPointLocation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ParsedAddressRawResultsNavigationPointLocation)


def structure_ParsedAddressRawResultsNavigationPointLocation(
    d: Any,
) -> ParsedAddressRawResultsNavigationPointLocation:
    """Decode a JSON object into :class:`ParsedAddressRawResultsNavigationPointLocation`."""
    o = new_object(ParsedAddressRawResultsNavigationPointLocation)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddressRawResultsNavigationPointLocation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddressRawResultsNavigationPointLocation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ParsedAddressRawResultsNavigationPoint: Table = (
    (
        "location",
        "location",
        lambda v: (
            unstructure_ParsedAddressRawResultsNavigationPointLocation(v)
            if isinstance(v, ParsedAddressRawResultsNavigationPointLocation)
            else v
        ),
        False,
    ),
)


def unstructure_ParsedAddressRawResultsNavigationPoint(
    o: ParsedAddressRawResultsNavigationPoint,
) -> dict[str, Any]:
    """Encode :class:`ParsedAddressRawResultsNavigationPoint` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ParsedAddressRawResultsNavigationPoint)


def structure_ParsedAddressRawResultsNavigationPoint(
    d: Any,
) -> ParsedAddressRawResultsNavigationPoint:
    """Decode a JSON object into :class:`ParsedAddressRawResultsNavigationPoint`."""
    v: Any
    o = new_object(ParsedAddressRawResultsNavigationPoint)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddressRawResultsNavigationPoint.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddressRawResultsNavigationPoint
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "location" in vals:
        v = vals["location"]
        if v.__class__ is dict:
            vals["location"] = structure_ParsedAddressRawResultsNavigationPointLocation(v)
    return o


_U_ParsedAddressRawResultsAddressComponent: Table = (
    ("types", "types", None, False),
    ("long_name", "long_name", None, False),
    ("short_name", "short_name", None, False),
)


def unstructure_ParsedAddressRawResultsAddressComponent(
    o: ParsedAddressRawResultsAddressComponent,
) -> dict[str, Any]:
    """Encode :class:`ParsedAddressRawResultsAddressComponent` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ParsedAddressRawResultsAddressComponent)


def structure_ParsedAddressRawResultsAddressComponent(
    d: Any,
) -> ParsedAddressRawResultsAddressComponent:
    """Decode a JSON object into :class:`ParsedAddressRawResultsAddressComponent`."""
    o = new_object(ParsedAddressRawResultsAddressComponent)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddressRawResultsAddressComponent.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddressRawResultsAddressComponent
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ParsedAddressRawResults: Table = (
    ("types", "types", None, False),
    (
        "geometry",
        "geometry",
        lambda v: (
            unstructure_ParsedAddressRawResultsGeometry(v)
            if isinstance(v, ParsedAddressRawResultsGeometry)
            else v
        ),
        False,
    ),
    ("place_id", "place_id", None, False),
    ("formatted_address", "formatted_address", None, False),
    (
        "navigation_points",
        "navigation_points",
        lambda v: (
            [
                unstructure_ParsedAddressRawResultsNavigationPoint(x)
                if isinstance(x, ParsedAddressRawResultsNavigationPoint)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
    (
        "address_components",
        "address_components",
        lambda v: (
            [
                unstructure_ParsedAddressRawResultsAddressComponent(x)
                if isinstance(x, ParsedAddressRawResultsAddressComponent)
                else x
                for x in v
            ]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_ParsedAddressRawResults(o: ParsedAddressRawResults) -> dict[str, Any]:
    """Encode :class:`ParsedAddressRawResults` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ParsedAddressRawResults)


def structure_ParsedAddressRawResults(d: Any) -> ParsedAddressRawResults:
    """Decode a JSON object into :class:`ParsedAddressRawResults`."""
    v: Any
    o = new_object(ParsedAddressRawResults)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddressRawResults.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddressRawResults
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "geometry" in vals:
        v = vals["geometry"]
        if v.__class__ is dict:
            vals["geometry"] = structure_ParsedAddressRawResultsGeometry(v)
    if "navigation_points" in vals:
        v = vals["navigation_points"]
        if v and v.__class__ is list:
            vals["navigation_points"] = [
                structure_ParsedAddressRawResultsNavigationPoint(x) if x.__class__ is dict else x
                for x in v
            ]
    if "address_components" in vals:
        v = vals["address_components"]
        if v and v.__class__ is list:
            vals["address_components"] = [
                structure_ParsedAddressRawResultsAddressComponent(x) if x.__class__ is dict else x
                for x in v
            ]
    return o


_U_ParsedAddressDocumentLocation: Table = (
    ("latitude", "latitude", None, False),
    ("longitude", "longitude", None, False),
)


def unstructure_ParsedAddressDocumentLocation(o: ParsedAddressDocumentLocation) -> dict[str, Any]:
    """Encode :class:`ParsedAddressDocumentLocation` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ParsedAddressDocumentLocation)


def structure_ParsedAddressDocumentLocation(d: Any) -> ParsedAddressDocumentLocation:
    """Decode a JSON object into :class:`ParsedAddressDocumentLocation`."""
    o = new_object(ParsedAddressDocumentLocation)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddressDocumentLocation.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddressDocumentLocation
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_U_ParsedAddress: Table = (
    ("street_1", "street_1", None, False),
    ("street_2", "street_2", None, False),
    ("city", "city", None, False),
    ("region", "region", None, False),
    ("postal_code", "postal_code", None, False),
    ("country", "country", None, False),
    ("address_type", "address_type", None, False),
    (
        "raw_results",
        "raw_results",
        lambda v: (
            unstructure_ParsedAddressRawResults(v) if isinstance(v, ParsedAddressRawResults) else v
        ),
        False,
    ),
    ("label", "label", None, False),
    ("category", "category", None, False),
    ("is_verified", "is_verified", None, False),
    (
        "document_location",
        "document_location",
        lambda v: (
            unstructure_ParsedAddressDocumentLocation(v)
            if isinstance(v, ParsedAddressDocumentLocation)
            else v
        ),
        False,
    ),
    ("formatted_address", "formatted_address", None, False),
)


def unstructure_ParsedAddress(o: ParsedAddress) -> dict[str, Any]:
    """Encode :class:`ParsedAddress` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_ParsedAddress)


def structure_ParsedAddress(d: Any) -> ParsedAddress:
    """Decode a JSON object into :class:`ParsedAddress`."""
    v: Any
    o = new_object(ParsedAddress)
    vals = o.__dict__
    vals.update(d)
    if _K_ParsedAddress.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_ParsedAddress
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "raw_results" in vals:
        v = vals["raw_results"]
        if v.__class__ is dict:
            vals["raw_results"] = structure_ParsedAddressRawResults(v)
    if "document_location" in vals:
        v = vals["document_location"]
        if v.__class__ is dict:
            vals["document_location"] = structure_ParsedAddressDocumentLocation(v)
    return o


_K_ParsedAddressRawResultsGeometryLocation = keys_of(_U_ParsedAddressRawResultsGeometryLocation)
_K_ParsedAddressRawResultsGeometryViewportNortheast = keys_of(
    _U_ParsedAddressRawResultsGeometryViewportNortheast
)
_K_ParsedAddressRawResultsGeometryViewportSouthwest = keys_of(
    _U_ParsedAddressRawResultsGeometryViewportSouthwest
)
_K_ParsedAddressRawResultsGeometryViewport = keys_of(_U_ParsedAddressRawResultsGeometryViewport)
_K_ParsedAddressRawResultsGeometry = keys_of(_U_ParsedAddressRawResultsGeometry)
_K_ParsedAddressRawResultsNavigationPointLocation = keys_of(
    _U_ParsedAddressRawResultsNavigationPointLocation
)
_K_ParsedAddressRawResultsNavigationPoint = keys_of(_U_ParsedAddressRawResultsNavigationPoint)
_K_ParsedAddressRawResultsAddressComponent = keys_of(_U_ParsedAddressRawResultsAddressComponent)
_K_ParsedAddressRawResults = keys_of(_U_ParsedAddressRawResults)
_K_ParsedAddressDocumentLocation = keys_of(_U_ParsedAddressDocumentLocation)
_K_ParsedAddress = keys_of(_U_ParsedAddress)
