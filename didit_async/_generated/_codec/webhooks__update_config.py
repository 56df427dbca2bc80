# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'webhooks__update_config' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uri

from ..enums import WebhookVersion
from ..models.webhooks__update_config import WebhookConfigUpdateRequest
from . import (
    Table,
    _E_inline54,
    _E_WebhookVersion,
    _M_WebhookVersion,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_WebhookConfigUpdateRequest: Table = (
    ("webhook_url", "webhook_url", None, True),
    (
        "webhook_version",
        "webhook_version",
        lambda v: v.value if isinstance(v, WebhookVersion) else v,
        False,
    ),
    ("rotate_secret_key", "rotate_secret_key", None, False),
    ("capture_method", "capture_method", None, False),
    ("data_retention_months", "data_retention_months", None, True),
    ("allowed_domains", "allowed_domains", None, False),
)


def unstructure_WebhookConfigUpdateRequest(o: WebhookConfigUpdateRequest) -> dict[str, Any]:
    """Encode :class:`WebhookConfigUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WebhookConfigUpdateRequest)


def structure_WebhookConfigUpdateRequest(d: Any) -> WebhookConfigUpdateRequest:
    """Decode a JSON object into :class:`WebhookConfigUpdateRequest`."""
    v: Any
    o = new_object(WebhookConfigUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookConfigUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookConfigUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "webhook_version" in vals:
        v = vals["webhook_version"]
        if v.__class__ is str:
            vals["webhook_version"] = _M_WebhookVersion[v]
    return o


def validate_WebhookConfigUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WebhookConfigUpdateRequest."""
    check_model(d, at, _V_WebhookConfigUpdateRequest, _K_WebhookConfigUpdateRequest)


_K_WebhookConfigUpdateRequest = keys_of(_U_WebhookConfigUpdateRequest)

_V_WebhookConfigUpdateRequest: Any = (
    "WebhookConfigUpdateRequest",
    False,
    0,
    (
        ("webhook_url", False, True, ("str", 1, None, None, (is_uri, "uri"), ())),
        ("webhook_version", False, False, ("enum", _E_WebhookVersion, "v1, v2, v3")),
        ("rotate_secret_key", False, False, ("bool",)),
        ("capture_method", False, False, ("enum", _E_inline54, "mobile, desktop, both")),
        ("data_retention_months", False, True, ("int", 1, 120)),
        (
            "allowed_domains",
            False,
            False,
            ("list", None, None, ("str", None, None, None, None, ()), False),
        ),
    ),
    (),
)
