# Generated from openapi/didit.yaml by codegen. Do not edit.
"""Decoders, encoders and validators of the 'customization__retrieve__update' models (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

from ..models.customization__retrieve__update import Customization
from . import Table, encode_by_table, keys_of, new_object

_U_Customization: Table = (
    ("image_square", "image_square", None, False),
    ("image_rectangular", "image_rectangular", None, False),
    ("image_favicon", "image_favicon", None, False),
    ("primary_color", "primary_color", None, False),
    ("updated_at", "updated_at", None, False),
    ("color_primary", "color_primary", None, False),
    ("color_secondary", "color_secondary", None, False),
    ("color_background", "color_background", None, False),
    ("color_panel", "color_panel", None, False),
    ("color_panel_10", "color_panel_10", None, False),
    ("color_on_panel_1", "color_on_panel_1", None, False),
    ("color_on_panel_2", "color_on_panel_2", None, False),
    ("color_on_background", "color_on_background", None, False),
    ("color_button_1", "color_button_1", None, False),
    ("color_button_2", "color_button_2", None, False),
    ("color_button_text_1", "color_button_text_1", None, False),
    ("color_button_text_2", "color_button_text_2", None, False),
    ("color_pill_text", "color_pill_text", None, False),
    ("border_radius_panel", "border_radius_panel", None, False),
    ("border_radius_buttons", "border_radius_buttons", None, False),
    ("font_family", "font_family", None, False),
    ("font_weight", "font_weight", None, False),
    ("font_url", "font_url", None, False),
    ("logo_square", "logo_square", None, False),
    ("logo_rectangular", "logo_rectangular", None, False),
    ("favicon", "favicon", None, False),
    ("app_public_name", "app_public_name", None, False),
    ("privacy_policy_url", "privacy_policy_url", None, False),
    ("skip_welcome_screen", "skip_welcome_screen", None, False),
    ("disable_login_with_didit", "disable_login_with_didit", None, False),
    ("hide_progress_bar", "hide_progress_bar", None, False),
    ("callback_seconds", "callback_seconds", None, False),
)


def unstructure_Customization(o: Customization) -> dict[str, Any]:
    """Encode :class:`Customization` as a JSON object (absent fields stay absent)."""
    return encode_by_table(o, _U_Customization)


def structure_Customization(d: Any) -> Customization:
    """Decode a JSON object into :class:`Customization`."""
    o = new_object(Customization)
    vals = o.__dict__
    vals.update(d)
    if _K_Customization.issuperset(d):
        vals["additional_properties"] = {}
    else:
        ex = d.keys() - _K_Customization
        vals["additional_properties"] = {k: vals.pop(k) for k in ex}
    return o


_K_Customization = keys_of(_U_Customization)
