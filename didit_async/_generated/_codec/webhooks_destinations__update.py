# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'webhooks_destinations__update' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from didit_async._seam import is_uri

from ..enums import WebhookEventType, WebhookVersion
from ..models.webhooks_destinations__update import WebhookDestinationUpdateRequest
from . import (
    _P2,
    Table,
    _E_WebhookEventType,
    _E_WebhookVersion,
    _M_WebhookEventType,
    _M_WebhookVersion,
    check_model,
    encode_by_table,
    keys_of,
    new_object,
)

_U_WebhookDestinationUpdateRequest: Table = (
    ("label", "label", None, False),
    ("url", "url", None, False),
    ("enabled", "enabled", None, False),
    (
        "webhook_version",
        "webhook_version",
        lambda v: v.value if isinstance(v, WebhookVersion) else v,
        False,
    ),
    (
        "subscribed_events",
        "subscribed_events",
        lambda v: (
            [x.value if isinstance(x, WebhookEventType) else x for x in v]
            if isinstance(v, (list, tuple))
            else v
        ),
        False,
    ),
)


def unstructure_WebhookDestinationUpdateRequest(
    o: WebhookDestinationUpdateRequest,
) -> dict[str, Any]:
    """Encode :class:`WebhookDestinationUpdateRequest` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_WebhookDestinationUpdateRequest)


def structure_WebhookDestinationUpdateRequest(d: Any) -> WebhookDestinationUpdateRequest:
    """Decode a JSON object into :class:`WebhookDestinationUpdateRequest`."""
    v: Any
    o = new_object(WebhookDestinationUpdateRequest)
    vals = o.__dict__
    vals.update(d)
    if _K_WebhookDestinationUpdateRequest.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_WebhookDestinationUpdateRequest
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    if "webhook_version" in vals:
        v = vals["webhook_version"]
        if v.__class__ is str:
            vals["webhook_version"] = _M_WebhookVersion[v]
    if "subscribed_events" in vals:
        v = vals["subscribed_events"]
        if v and v.__class__ is list:
            vals["subscribed_events"] = [
                _M_WebhookEventType[x] if x.__class__ is str else x for x in v
            ]
    return o


def validate_WebhookDestinationUpdateRequest(d: Any, at: str = "") -> None:
    """Raise DiditValidationError unless ``d`` is a valid WebhookDestinationUpdateRequest."""
    check_model(d, at, _V_WebhookDestinationUpdateRequest, _K_WebhookDestinationUpdateRequest)


_K_WebhookDestinationUpdateRequest = keys_of(_U_WebhookDestinationUpdateRequest)

_V_WebhookDestinationUpdateRequest: Any = (
    "WebhookDestinationUpdateRequest",
    False,
    0,
    (
        ("label", False, False, ("str", 1, None, None, None, ())),
        (
            "url",
            False,
            False,
            (
                "str",
                None,
                None,
                None,
                (is_uri, "uri"),
                (
                    (
                        _P2,
                        "^(https://|http://(localhost|127(\\.[0-9]{1,3}){3}|\\[::1\\])(:[0-9]+)?(/|$))",
                    ),
                ),
            ),
        ),
        ("enabled", False, False, ("bool",)),
        ("webhook_version", False, False, ("enum", _E_WebhookVersion, "v1, v2, v3")),
        (
            "subscribed_events",
            False,
            False,
            (
                "list",
                1,
                None,
                (
                    "enum",
                    _E_WebhookEventType,
                    "status.updated, data.updated, user.status.updated, user.data.updated, business.status.updated, business.data.updated, activity.created, transaction.created, transaction.status.updated, travel_rule.status.updated",
                ),
                False,
            ),
        ),
    ),
    (),
)
