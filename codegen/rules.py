"""Request validation as data: each node of the type tree as a rule (a small tuple, written out
as Python source), read at run time by one validator (``check`` in the generated
``_codec/__init__.py``, from :data:`VALIDATOR`).

Validating a request body costs microseconds of a call that takes hundreds, so unrolling it into
straight-line code bought nothing but size; the decoders, on the hot path, stay straight-line.
A rule is ``None`` when nothing needs checking. The shapes (first item the kind):

- ``("str", min_length, max_length, base64_max_bytes, format, ((regex, pattern), ...))``,
  ``format`` being ``(checker, name)`` or None; ``("file", max_bytes)``; ``("bool",)``;
  ``("int" | "num", minimum, maximum)``; ``("obj",)`` (any JSON object);
- ``("enum", allowed, shown)``; ``("model", validate_<Model>)``; ``("opt", rule)`` (None allowed);
- ``("list", min_items, max_items, item_rule, items_nullable)``;
  ``("map", min_properties, value_rule)``;
- ``("union", kinds, members)``: ``kinds`` the JSON kinds allowed, ``members`` ``(kind, rule)``
  in the spec's order, or ``("objects", keyed, fallback, names)`` choosing among several object
  members by the key only one of them declares.

A model's own table (fields, closedness, ``minProperties``, ``if``/``then`` conditions) is
written by ``codec_emitter._validator``.
"""

from __future__ import annotations

from .types import Any_, Array, Enum, Map, Nullable, Ref, Scalar, TypeNode
from .unions import Union, _json_kind

__all__ = ["rule"]

_CHECKERS = {
    "uuid": "is_uuid",
    "email": "is_email",
    "uri": "is_uri",
    "date": "is_date",
    "date-time": "is_datetime",
}


def rule(node: TypeNode) -> str | None:
    """The rule for ``node`` as Python source, or None when a value needs no check."""
    if isinstance(node, Nullable):
        inner = rule(node.inner)
        return None if inner is None else f"('opt', {inner})"
    if isinstance(node, Scalar):
        return _scalar(node)
    if isinstance(node, Any_):
        return "('obj',)" if node.obj else None
    if isinstance(node, Enum):
        return f"('enum', {node.const_name}, {', '.join(node.values)!r})"
    if isinstance(node, Ref):
        return f"('model', validate_{node.name})"
    if isinstance(node, Array):
        c = node.constraints
        items = rule(node.items)
        nullable = isinstance(node.items, Nullable)
        return f"('list', {c.get('minItems')!r}, {c.get('maxItems')!r}, {items}, {nullable})"
    if isinstance(node, Map):
        return f"('map', {node.min_properties!r}, {rule(node.values)})"
    if isinstance(node, Union):
        return _union(node)
    raise AssertionError(f"no rule for {type(node).__name__}")  # a request body cannot reach it


def _scalar(node: Scalar) -> str:
    c = node.constraints
    if node.kind == "string" and node.fmt == "binary":
        return f"('file', {node.binary_max!r})"
    if node.kind == "string":
        checker = _CHECKERS.get(node.fmt or "")
        fmt = f"({checker}, {node.fmt!r})" if checker else "None"
        shown = c.get("pattern", "")
        patterns = "".join(f"({p}, {shown!r}), " for p in node.patterns)
        return (
            f"('str', {c.get('minLength')!r}, {c.get('maxLength')!r}, {node.binary_max!r}, "
            f"{fmt}, ({patterns}))"
        )
    if node.kind == "boolean":
        return "('bool',)"
    kind = "int" if node.kind == "integer" else "num"
    return f"({kind!r}, {c.get('minimum')!r}, {c.get('maximum')!r})"


def _union(node: Union) -> str:
    kinds = list(dict.fromkeys(_json_kind(m) for m in node.members))
    objects = [m for m in node.members if _json_kind(m) == "object"]
    members: list[str] = []
    done_objects = False
    for m in node.members:
        kind = _json_kind(m)
        if kind == "object" and len(objects) > 1:
            if done_objects:
                continue
            done_objects = True
            keyed = [o for o in objects if isinstance(o, Ref) and o.name in node.keys]
            rest = [o for o in objects if o not in keyed]
            pairs = "".join(
                f"({node.keys[o.name]!r}, {rule(o)}), " for o in keyed if isinstance(o, Ref)
            )
            fallback = rule(rest[0]) if rest else None
            names = ", ".join(repr(node.keys[o.name]) for o in keyed if isinstance(o, Ref))
            members.append(f"('objects', ({pairs}), {fallback}, {names!r})")
            continue
        inner = rule(m)
        if inner is not None and kind != "any":
            members.append(f"({kind!r}, {inner})")
    return f"('union', {tuple(kinds)!r}, ({''.join(m + ', ' for m in members)}))"
