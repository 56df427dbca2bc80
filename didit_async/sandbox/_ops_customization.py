"""Handlers for the verification UI's branding images.

Each application keeps its customization; an update stores a URL per uploaded image (a
digest of its bytes in the name, so the same image gives the same URL) and leaves the others.
An update with no image, or an empty file, answers 400. Images must start like a PNG, JPEG,
GIF, WebP, ICO or SVG file.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ._registry import Call, Result, op
from ._state import _field_error, _iso

__all__ = ["IMAGE_FIELDS"]

IMAGE_FIELDS = ("image_square", "image_rectangular", "image_favicon")
SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"\x00\x00\x01\x00", b"<svg", b"<?xml")


def _current(c: Call) -> dict[str, Any]:
    return c.state.entities.customization.setdefault(
        c.a.api_key,
        {**dict.fromkeys(IMAGE_FIELDS), "primary_color": "#2567FF", "updated_at": None},
    )


@op("customization_retrieve")
def customization_retrieve(c: Call) -> Result:
    return 200, _current(c)


@op("customization_update")
def customization_update(c: Call) -> Result:
    given = {k: v for k, v in c.files.items() if k in IMAGE_FIELDS}
    if not given:
        raise _field_error(
            "image_square", "Provide at least one of " + ", ".join(IMAGE_FIELDS) + "."
        )
    for name, content in given.items():
        if not content:
            raise _field_error(name, "The submitted file is empty.")
        if not content.startswith(SIGNATURES):
            raise _field_error(name, "Upload a valid image.")
    current = _current(c)
    for name, content in given.items():
        digest = hashlib.sha256(content).hexdigest()[:16]
        current[name] = f"{c.state.base_url}/media/customization/{c.a.uuid}/{name}-{digest}"
    current["updated_at"] = _iso(c.state.clock.now())
    return 200, current
