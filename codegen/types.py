"""The generator's view of a schema: a small tree of types that knows how to emit itself.

Every OpenAPI schema the generator supports becomes one of these nodes. Each node can write the
Python annotation for it, the straight-line expression that decodes a JSON value into it, the
expression that encodes it back, and the statements that validate a request value against it.
Anything else stops the generator with the JSON pointer of the construct (loud, not lossy).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

__all__ = [
    "Any_",
    "Array",
    "CodegenError",
    "Enum",
    "Field",
    "Map",
    "Model",
    "Nullable",
    "Ref",
    "Scalar",
    "TypeNode",
    "Union",
    "py_name",
]


class CodegenError(Exception):
    """An unsupported or malformed construct, with the spec location (a JSON pointer)."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(f"{pointer}: {message}")
        self.pointer = pointer


_IDENT = re.compile(r"[^0-9a-zA-Z_]")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def py_name(name: str) -> str:
    """A safe snake_case Python identifier for a wire name (``sessionId`` → ``session_id``)."""
    out = _IDENT.sub("_", _CAMEL.sub("_", name)).lower().strip("_") or "field"
    if out[0].isdigit():
        out = "f_" + out
    if keyword.iskeyword(out) or out in {"self", "additional_properties"}:
        out += "_"
    return out


def enum_member(value: str) -> str:
    """A member name for an enum value (``In Review`` → ``IN_REVIEW``)."""
    out = _IDENT.sub("_", value).upper().strip("_") or "EMPTY"
    if out[0].isdigit():
        out = "V_" + out
    return out


class TypeNode:
    """Base of the type tree."""

    nullable = False

    def annotation(self) -> str:
        raise NotImplementedError

    def param_annotation(self) -> str:
        """What a resource method accepts for this type (models also accept mappings)."""
        return self.annotation()

    def decode(self, v: str) -> str:
        """An expression decoding JSON value ``v`` (known not to be None)."""
        return v

    def encode(self, v: str) -> str:
        """An expression encoding Python value ``v`` (known not to be None) to JSON."""
        return v

    def needs_decode(self) -> bool:
        return self.decode("v") != "v"

    def needs_encode(self) -> bool:
        return self.encode("v") != "v"

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        """Emit statements that raise when ``v`` (not None) is not a valid request value."""


def _err(label: str, reason: str, message: str) -> str:
    return f"raise RequestValidationError({label}, {reason!r}, {message!r})"


@attrs.define
class Scalar(TypeNode):
    """string, integer, number, boolean (with their formats and bounds)."""

    kind: str  # string | integer | number | boolean
    fmt: str | None = None
    constraints: Mapping[str, Any] = attrs.field(factory=dict)
    patterns: list[str] = attrs.field(factory=list)  # module-level names of compiled patterns
    binary_max: int | None = None

    def annotation(self) -> str:
        if self.kind == "string" and self.fmt == "binary":
            return "FileInput"
        return {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}[self.kind]

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        c = self.constraints
        if self.kind == "string" and self.fmt == "binary":
            emit(f"check_file({v}, {label}, {self.binary_max!r})")
            return
        if self.kind == "string":
            emit(f"if not isinstance({v}, str):")
            emit("    " + _err(label, "type", "must be a string"))
            if "minLength" in c:
                emit(f"if len({v}) < {c['minLength']}:")
                emit(
                    "    "
                    + _err(label, "min_length", f"must have at least {c['minLength']} characters")
                )
            if "maxLength" in c:
                emit(f"if len({v}) > {c['maxLength']}:")
                emit(
                    "    "
                    + _err(label, "max_length", f"must have at most {c['maxLength']} characters")
                )
            checker = {
                "uuid": "is_uuid",
                "email": "is_email",
                "uri": "is_uri",
                "date": "is_date",
                "date-time": "is_datetime",
            }.get(self.fmt or "")
            if checker:
                emit(f"if not {checker}({v}):")
                emit("    " + _err(label, "format", f"must be a valid {self.fmt}"))
            for pat in self.patterns:
                emit(f"if {pat}.search({v}) is None:")
                emit(
                    "    "
                    + _err(
                        label,
                        "pattern",
                        f"does not have the expected format ({c.get('pattern', '')})",
                    )
                )
            return
        if self.kind == "boolean":
            emit(f"if not isinstance({v}, bool):")
            emit("    " + _err(label, "type", "must be true or false"))
            return
        types = "int" if self.kind == "integer" else "(int, float)"
        what = "an integer" if self.kind == "integer" else "a number"
        emit(f"if isinstance({v}, bool) or not isinstance({v}, {types}):")
        emit("    " + _err(label, "type", f"must be {what}"))
        if "minimum" in c:
            emit(f"if {v} < {c['minimum']!r}:")
            emit("    " + _err(label, "min", f"must be at least {c['minimum']}"))
        if "maximum" in c:
            emit(f"if {v} > {c['maximum']!r}:")
            emit("    " + _err(label, "max", f"must be at most {c['maximum']}"))


@attrs.define
class Any_(TypeNode):
    """Any JSON value, or a free-form object when ``obj`` is set."""

    obj: bool = False

    def annotation(self) -> str:
        return "dict[str, Any]" if self.obj else "Any"

    def param_annotation(self) -> str:
        return "Mapping[str, Any]" if self.obj else "Any"

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        if self.obj:
            emit(f"if not isinstance({v}, Mapping):")
            emit("    " + _err(label, "type", "must be an object"))

    def encode(self, v: str) -> str:
        return f"dict({v})" if self.obj else v


@attrs.define
class Enum(TypeNode):
    """A named string enum (``name``) or an inline one (``name`` is None: a Literal)."""

    values: list[str]
    name: str | None = None
    const_name: str = ""  # module-level frozenset of allowed values

    def annotation(self) -> str:
        if self.name is None:
            return "str"
        return f"{self.name} | str"

    def param_annotation(self) -> str:
        if self.name and len(self.values) > 12:
            # A Literal of dozens of language codes helps nobody; validation still checks them.
            return f"{self.name} | str"
        lit = "Literal[" + ", ".join(repr(x) for x in self.values) + "]"
        return f"{self.name} | {lit}" if self.name else lit

    def decode(self, v: str) -> str:
        if self.name is None:
            return v
        return f"_M_{self.name}.get({v}, {v})"

    def encode(self, v: str) -> str:
        return f"str({v})" if self.name else v

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        shown = ", ".join(self.values)
        emit(f"if not isinstance({v}, str) or {v} not in {self.const_name}:")
        emit("    " + _err(label, "enum", f"must be one of: {shown}"))


@attrs.define
class Ref(TypeNode):
    """A named object model."""

    name: str

    def annotation(self) -> str:
        return self.name

    def param_annotation(self) -> str:
        return f"{self.name} | Mapping[str, Any]"

    def decode(self, v: str) -> str:
        return f"structure_{self.name}({v}) if {v}.__class__ is dict else {v}"

    def encode(self, v: str) -> str:
        return f"unstructure_{self.name}({v}) if isinstance({v}, {self.name}) else {v}"

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        emit(f"validate_{self.name}({v}, {label} + '.')")


@attrs.define
class Array(TypeNode):
    items: TypeNode
    constraints: Mapping[str, Any] = attrs.field(factory=dict)

    def annotation(self) -> str:
        return f"list[{self.items.annotation()}]"

    def param_annotation(self) -> str:
        return f"Sequence[{self.items.param_annotation()}]"

    def decode(self, v: str) -> str:
        if not self.items.needs_decode():
            return v
        # Nested comprehensions may all use ``x``: each inner iterable is evaluated in the
        # enclosing comprehension's scope, so the names never clash.
        return f"[{self.items.decode('x')} for x in {v}]"

    def encode(self, v: str) -> str:
        return f"[{self.items.encode('x')} for x in {v}]"

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        c = self.constraints
        emit(f"if not isinstance({v}, (list, tuple)):")
        emit("    " + _err(label, "type", "must be a list"))
        if "minItems" in c:
            emit(f"if len({v}) < {c['minItems']}:")
            emit("    " + _err(label, "min_items", f"must have at least {c['minItems']} items"))
        if "maxItems" in c:
            emit(f"if len({v}) > {c['maxItems']}:")
            emit("    " + _err(label, "max_items", f"must have at most {c['maxItems']} items"))
        inner: list[str] = []
        i, x = f"i{depth}", f"x{depth}"
        self.items.validate(x, f"{label} + '[' + str({i}) + ']'", inner.append, depth + 1)
        if inner:
            emit(f"for {i}, {x} in enumerate({v}):")
            if not isinstance(self.items, Nullable):
                emit(f"    if {x} is None:")
                emit("        " + _err(label, "type", "must not contain null"))
            for line in inner:
                emit("    " + line)


@attrs.define
class Map(TypeNode):
    """An object with ``additionalProperties: <schema>`` and no properties."""

    values: TypeNode

    def annotation(self) -> str:
        return f"dict[str, {self.values.annotation()}]"

    def param_annotation(self) -> str:
        return f"Mapping[str, {self.values.param_annotation()}]"

    def decode(self, v: str) -> str:
        if not self.values.needs_decode():
            return v
        return f"{{k: {self.values.decode('x')} for k, x in {v}.items()}}"

    def encode(self, v: str) -> str:
        return f"{{k: {self.values.encode('x')} for k, x in {v}.items()}}"

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        emit(f"if not isinstance({v}, Mapping):")
        emit("    " + _err(label, "type", "must be an object"))
        inner: list[str] = []
        k, x = f"k{depth}", f"x{depth}"
        self.values.validate(x, f"{label} + '.' + str({k})", inner.append, depth + 1)
        if inner:
            emit(f"for {k}, {x} in {v}.items():")
            for line in inner:
                emit("    " + line)


@attrs.define
class Nullable(TypeNode):
    inner: TypeNode
    nullable = True

    def annotation(self) -> str:
        return f"{self.inner.annotation()} | None"

    def param_annotation(self) -> str:
        return f"{self.inner.param_annotation()} | None"

    def decode(self, v: str) -> str:
        if not self.inner.needs_decode():
            return v
        return f"None if {v} is None else ({self.inner.decode(v)})"

    def encode(self, v: str) -> str:
        if not self.inner.needs_encode():
            return v
        return f"None if {v} is None else ({self.inner.encode(v)})"

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        inner: list[str] = []
        self.inner.validate(v, label, inner.append, depth)
        if inner:
            emit(f"if {v} is not None:")
            for line in inner:
                emit("    " + line)


@attrs.define
class Union(TypeNode):
    """``anyOf``/``oneOf`` of members told apart by JSON type (at most one per JSON type)."""

    members: list[TypeNode]
    pointer: str = ""

    def __attrs_post_init__(self) -> None:
        seen: dict[str, TypeNode] = {}
        for m in self.members:
            key = _json_kind(m)
            if key in seen:
                raise CodegenError(
                    self.pointer,
                    "a union with two members of the same JSON "
                    f"type ({key}) cannot be decoded without a discriminator",
                )
            seen[key] = m

    def annotation(self) -> str:
        return " | ".join(m.annotation() for m in self.members)

    def param_annotation(self) -> str:
        return " | ".join(m.param_annotation() for m in self.members)

    def _member(self, kind: str) -> TypeNode | None:
        for m in self.members:
            if _json_kind(m) == kind:
                return m
        return None

    def decode(self, v: str) -> str:
        expr = v
        for kind, test in (
            ("object", f"{v}.__class__ is dict"),
            ("array", f"{v}.__class__ is list"),
        ):
            m = self._member(kind)
            if m is not None and m.needs_decode():
                expr = f"({m.decode(v)}) if {test} else {expr}"
        return expr

    def encode(self, v: str) -> str:
        expr = v
        # Later tests take precedence, so models (checked by class) go last.
        for m in sorted(self.members, key=lambda m: isinstance(m, Ref)):
            if not m.needs_encode():
                continue
            if isinstance(m, Ref):
                test = f"isinstance({v}, {m.name})"
            elif _json_kind(m) == "array":
                test = f"isinstance({v}, list)"
            else:
                test = f"isinstance({v}, dict)"
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
        kinds = [_json_kind(m) for m in self.members]
        cond = " or ".join(checks[k].format(v=v) for k in kinds)
        emit(f"if not ({cond}):")
        emit("    " + _err(label, "type", "must be one of: " + ", ".join(kinds)))
        for m in self.members:
            inner: list[str] = []
            m.validate(v, label, inner.append, depth)
            kind = _json_kind(m)
            if inner and kind != "any":
                emit(f"if {checks[kind].format(v=v)}:")
                for line in inner:
                    emit("    " + line)


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


@attrs.define
class Field:
    """One property of a model."""

    wire: str
    name: str
    type: TypeNode
    required: bool
    nullable: bool
    description: str
    secret: bool = False


@attrs.define
class Model:
    """A named object schema."""

    name: str
    fields: list[Field]
    closed: bool
    description: str
    pointer: str
    conditions: list[tuple[dict[str, Any], list[str], list[str]]] = attrs.field(factory=list)
