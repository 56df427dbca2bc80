# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'cases_links__create' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uuid

from ..enums import CaseLinkEntityType
from ..models.cases_links__create import CaseLinkCreateRequest
from . import (
    Table,
    _E_CaseLinkEntityType,
    _M_CaseLinkEntityType,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_CaseLinkCreateRequest: Table = (
    (
        "entity_type",
        "entity_type",
        lambda v: v.value if isinstance(v, CaseLinkEntityType) else v,
        True,
    ),
    ("entity_uuid", "entity_uuid", None, True),
)


def unstructure_CaseLinkCreateRequest(o: CaseLinkCreateRequest) -> dict[str, Any]:
    """Encode :class:`CaseLinkCreateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CaseLinkCreateRequest)


def structure_CaseLinkCreateRequest(d: Any) -> CaseLinkCreateRequest:
    """Decode a JSON object into :class:`CaseLinkCreateRequest`."""
    v: Any
    o = new_object(CaseLinkCreateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CaseLinkCreateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CaseLinkCreateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "entity_type" in vals:
        v = vals["entity_type"]
        if v.__class__ is str:
            vals["entity_type"] = _M_CaseLinkEntityType[v]
    return o


def validate_CaseLinkCreateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CaseLinkCreateRequest."""
    check_model(d, at, _V_CaseLinkCreateRequest, _K_CaseLinkCreateRequest)


_K_CaseLinkCreateRequest = keys_of(_U_CaseLinkCreateRequest)

_V_CaseLinkCreateRequest: Any = (
    "CaseLinkCreateRequest",
    False,
    0,
    (
        (
            "entity_type",
            True,
            False,
            ("enum", _E_CaseLinkEntityType, "session, business_session, transaction"),
        ),
        ("entity_uuid", True, False, ("str", None, None, None, (is_uuid, "uuid"), ())),
    ),
    (),
)
