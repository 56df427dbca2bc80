"""Payloads with every documented field present, built from Didit's published OpenAPI facts.

Used by the round-trip tests (each shared operation's answer decodes and re-encodes unchanged)
and by the decode benchmark (a decision as full as Didit documents it). Values are plausible
and deterministic: the first enum value, a fixed UUID, a date-time in 2025, one item per array.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tools.facts_check import Resolver, flatten

UUID = "3f2c1a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f"
FORMATS: dict[str, Any] = {
    "uuid": UUID,
    "date-time": "2025-06-01T12:00:00Z",
    "date": "2025-06-01",
    "uri": "https://example.com/media/file.jpg",
    "url": "https://example.com/media/file.jpg",
    "email": "ana@example.com",
    "ipv4": "203.0.113.7",
    "ip": "203.0.113.7",
    "byte": "aGVsbG8=",
    "decimal": "12.50",
}

# Plausible values for strings Didit's schema leaves open but which hold known words.
NAMED: dict[str, str] = {"log_type": "warning", "status": "Approved"}


def build(facts: Mapping[str, Any], schema: Any, name: str = "value", depth: int = 0) -> Any:
    """A JSON value for ``schema`` (of the facts document) with every property filled."""
    res = Resolver(facts)
    return _build(res, schema, name, depth)


def _build(res: Resolver, schema: Any, name: str, depth: int) -> Any:
    raw = res.deref(schema)
    union = raw.get("oneOf") or raw.get("anyOf")
    if union and not raw.get("properties"):
        return _build(res, union[0], name, depth)
    flat, _ = flatten(res, raw)
    kinds = flat["type"]
    if flat["properties"] or "object" in kinds:
        if depth > 14:
            return {}
        if not flat["properties"]:
            extra = flat.get("additionalProperties")
            if isinstance(extra, Mapping) and extra:
                return {"key": _build(res, extra, name, depth + 1)}
            return {"note": f"{name} detail"}
        return {prop: _build(res, sub, prop, depth + 1) for prop, sub in flat["properties"].items()}
    if "array" in kinds:
        items = flat.get("items") or {}
        return [_build(res, items, name, depth + 1)]
    enum = [v for v in flat.get("enum") or [] if v is not None]
    if enum:
        return enum[0]
    kind = kinds[0] if kinds else "string"
    if kind == "integer":
        return max(int(flat.get("minimum", 0)), min(3, int(flat.get("maximum", 3))))
    if kind == "number":
        return max(float(flat.get("minimum", 0)), min(42.5, float(flat.get("maximum", 42.5))))
    if kind == "boolean":
        return True
    fmt = flat.get("format")
    if fmt in FORMATS:
        return FORMATS[fmt]
    if name in NAMED:
        return NAMED[name]
    text = f"sample {name}"
    if "maxLength" in flat:
        text = text[: int(flat["maxLength"])]
    return text


def success_schema(op: Mapping[str, Any]) -> tuple[str, Any] | None:
    """The first documented JSON success answer of one of Didit's operations."""
    for status, response in (op.get("responses") or {}).items():
        if not status.startswith("2"):
            continue
        media = (response.get("content") or {}).get("application/json")
        if media and media.get("schema"):
            return status, media["schema"]
    return None
