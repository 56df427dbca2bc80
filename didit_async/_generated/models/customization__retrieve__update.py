# Generated from openapi/didit.yaml by codegen. Do not edit.
"""attrs models of the 'customization__retrieve__update' group (see ``__init__.py``)."""

from __future__ import annotations

from typing import Any

import attrs


@attrs.define(frozen=True, kw_only=True, slots=False)
class Customization:
    """Branding of the verification UI: image URLs (unknown fields kept)."""

    image_square: str | None = attrs.field(default=None)
    image_rectangular: str | None = attrs.field(default=None)
    image_favicon: str | None = attrs.field(default=None)
    primary_color: str | None = attrs.field(default=None)
    updated_at: str | None = attrs.field(default=None)
    color_primary: str | None = attrs.field(default=None)
    color_secondary: str | None = attrs.field(default=None)
    color_background: str | None = attrs.field(default=None)
    color_panel: str | None = attrs.field(default=None)
    color_panel_10: str | None = attrs.field(default=None)
    color_on_panel_1: str | None = attrs.field(default=None)
    color_on_panel_2: str | None = attrs.field(default=None)
    color_on_background: str | None = attrs.field(default=None)
    color_button_1: str | None = attrs.field(default=None)
    color_button_2: str | None = attrs.field(default=None)
    color_button_text_1: str | None = attrs.field(default=None)
    color_button_text_2: str | None = attrs.field(default=None)
    color_pill_text: str | None = attrs.field(default=None)
    border_radius_panel: int | None = attrs.field(default=None)
    border_radius_buttons: int | None = attrs.field(default=None)
    font_family: str | None = attrs.field(default=None)
    font_weight: str | None = attrs.field(default=None)
    font_url: str | None = attrs.field(default=None)
    logo_square: str | None = attrs.field(default=None)
    logo_rectangular: str | None = attrs.field(default=None)
    favicon: str | None = attrs.field(default=None)
    app_public_name: str | None = attrs.field(default=None)
    privacy_policy_url: str | None = attrs.field(default=None)
    skip_welcome_screen: bool | None = attrs.field(default=None)
    disable_login_with_didit: bool | None = attrs.field(default=None)
    hide_progress_bar: bool | None = attrs.field(default=None)
    callback_seconds: int | None = attrs.field(default=None)
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
