# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'account__create_application' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uri

from ..models.account__create_application import CreateApplicationRequest
from . import Table, check_model, encode_by_table, keys_of, new_object

_U_CreateApplicationRequest: Table = (
    ("name", "name", None, True),
    ("website_url", "website_url", None, False),
)


def unstructure_CreateApplicationRequest(o: CreateApplicationRequest) -> dict[str, Any]:
    """Encode :class:`CreateApplicationRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_CreateApplicationRequest)


def structure_CreateApplicationRequest(d: Any) -> CreateApplicationRequest:
    """Decode a JSON object into :class:`CreateApplicationRequest`."""
    o = new_object(CreateApplicationRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_CreateApplicationRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_CreateApplicationRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


def validate_CreateApplicationRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid CreateApplicationRequest."""
    check_model(d, at, _V_CreateApplicationRequest, _K_CreateApplicationRequest)


_K_CreateApplicationRequest = keys_of(_U_CreateApplicationRequest)

_V_CreateApplicationRequest: Any = (
    "CreateApplicationRequest",
    False,
    0,
    (
        ("name", True, False, ("str", 1, None, None, None, ())),
        ("website_url", False, False, ("str", None, None, None, (is_uri, "uri"), ())),
    ),
    (),
)
