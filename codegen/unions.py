"""Unions (``anyOf``/``oneOf``) of the type tree: members told apart by JSON type, models by a key.

Kept apart from ``types.py`` because a union is the one node that reasons about its members'
JSON kinds (to decode, encode and validate by the first test that matches) rather than about one
value of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

from .types import (
    Any_,
    Array,
    CodegenError,
    Enum,
    Map,
    Nullable,
    Ref,
    Scalar,
    TypeNode,
    raise_invalid,
)

__all__ = ["Union"]


@attrs.define
class Union(TypeNode):
    """``anyOf``/``oneOf`` whose members are told apart by JSON type, and object members (models)
    by a required key only that member declares (``keys``: model name → key, the last model may
    go without one and is then the fallback).
    """

    members: list[TypeNode]
    pointer: str = ""
    keys: Mapping[str, str] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        seen: dict[str, TypeNode] = {}
        for m in self.members:
            key = _json_kind(m)
            if key == "object" and isinstance(m, Ref) and m.name in self.keys:
                continue
            if key in seen:
                raise CodegenError(
                    self.pointer,
                    "a union with two members of the same JSON "
                    f"type ({key}) cannot be decoded without a discriminating required key",
                )
            seen[key] = m

    def annotation(self, lenient: bool = False) -> str:
        return " | ".join(m.annotation(lenient) for m in self.members)

    def param_annotation(self) -> str:
        return " | ".join(m.param_annotation() for m in self.members)

    def _of_kind(self, kind: str) -> list[TypeNode]:
        return [m for m in self.members if _json_kind(m) == kind]

    def _objects(self, v: str, what: Callable[[TypeNode], str]) -> str:
        """An expression choosing among object members by their discriminating keys."""
        members = self._of_kind("object")
        keyed = [m for m in members if isinstance(m, Ref) and m.name in self.keys]
        rest = [m for m in members if m not in keyed]
        expr = what(rest[0]) if rest else what(keyed.pop())
        for m in reversed(keyed):
            assert isinstance(m, Ref)
            expr = f"({what(m)}) if {self.keys[m.name]!r} in {v} else ({expr})"
        return expr

    def decode_guarded(self, v: str) -> tuple[str, str] | None:
        if not any(m.needs_decode() for m in self.members):
            return None
        expr = v
        tests = (
            ("string", f"{v}.__class__ is str"),
            ("array", f"{v}.__class__ is list"),
            ("object", f"{v}.__class__ is dict"),
        )
        for kind, test in tests:
            members = self._of_kind(kind)
            if not members or not any(m.needs_decode() for m in members):
                continue
            if kind == "object":
                chosen = self._objects(v, lambda m: _decoded(m, v))
            else:
                chosen = _decoded(members[0], v)
            expr = f"({chosen}) if {test} else ({expr})"
        return f"{v} is not None", expr

    def encode(self, v: str) -> str:
        expr = v
        # Later tests take precedence, so models (checked by class) go last.
        for m in sorted(self.members, key=lambda m: isinstance(m, Ref)):
            if not m.needs_encode():
                continue
            if isinstance(m, (Ref, Enum)):
                test = f"isinstance({v}, {m.name})"
            elif _json_kind(m) == "array":
                test = f"isinstance({v}, (list, tuple))"
            else:
                test = f"isinstance({v}, Mapping)"
            expr = f"({m.encode(v)}) if {test} else {expr}"
        return expr

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        checks = {
            "object": "isinstance({v}, Mapping)",
            "array": "isinstance({v}, (list, tuple))",
            "string": "isinstance({v}, str)",
            "integer": "(isinstance({v}, int) and not isinstance({v}, bool))",
            "number": "(isinstance({v}, (int, float)) and not isinstance({v}, bool))",
            "boolean": "isinstance({v}, bool)",
            "any": "True",
        }
        kinds = list(dict.fromkeys(_json_kind(m) for m in self.members))
        cond = " or ".join(checks[k].format(v=v) for k in kinds)
        emit(f"if not ({cond}):")
        emit("    " + raise_invalid(label, "type", "must be one of: " + ", ".join(kinds), v))
        done_objects = False
        for m in self.members:
            kind = _json_kind(m)
            if kind == "object" and len(self._of_kind("object")) > 1:
                if done_objects:
                    continue
                done_objects = True
                objects = self._of_kind("object")
                emit(f"if {checks['object'].format(v=v)}:")
                keyed = [o for o in objects if isinstance(o, Ref) and o.name in self.keys]
                rest = [o for o in objects if o not in keyed]
                branches = [
                    (f"{self.keys[o.name]!r} in {v}", o) for o in keyed if isinstance(o, Ref)
                ]
                fallback = rest[0] if rest else None
                for i, (test, o) in enumerate(branches):
                    emit(f"    {'if' if i == 0 else 'elif'} {test}:")
                    inner: list[str] = []
                    o.validate(v, label, inner.append, depth)
                    for line in inner or ["pass"]:
                        emit("        " + line)
                emit("    else:")
                if fallback is None:
                    names = ", ".join(repr(self.keys[o.name]) for o in keyed if isinstance(o, Ref))
                    emit(
                        "        "
                        + raise_invalid(
                            label, "type", f"must be an object with one of the keys {names}"
                        )
                    )
                else:
                    inner = []
                    fallback.validate(v, label, inner.append, depth)
                    for line in inner or ["pass"]:
                        emit("        " + line)
                continue
            inner = []
            m.validate(v, label, inner.append, depth)
            if inner and kind != "any":
                emit(f"if {checks[kind].format(v=v)}:")
                for line in inner:
                    emit("    " + line)


def _decoded(node: TypeNode, v: str) -> str:
    """The expression decoding ``v`` once its JSON type is known to be the node's."""
    guarded = node.decode_guarded(v)
    return v if guarded is None else guarded[1]


def _json_kind(node: TypeNode) -> str:
    if isinstance(node, Nullable):
        return _json_kind(node.inner)
    if isinstance(node, (Ref, Map)):
        return "object"
    if isinstance(node, Any_):
        return "object" if node.obj else "any"
    if isinstance(node, Array):
        return "array"
    if isinstance(node, Enum):
        return "string"
    if isinstance(node, Scalar):
        return node.kind
    return "any"
