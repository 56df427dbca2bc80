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
    "CommaList",
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

    def annotation(self, lenient: bool = False) -> str:
        """The Python annotation; ``lenient`` (request models) also admits plain ``str`` enums."""
        raise NotImplementedError

    def param_annotation(self) -> str:
        """What a resource method accepts for this type (models also accept mappings)."""
        return self.annotation(lenient=True)

    def decode_guarded(self, v: str) -> tuple[str, str] | None:
        """``(condition, expression)``: when the condition holds for JSON value ``v`` the
        expression decodes it; otherwise ``v`` is kept as it is (None, or a value of a JSON type
        the spec did not promise: tolerated, never a crash). None when nothing needs decoding.
        """
        return None

    def decode(self, v: str) -> str:
        """An expression decoding any JSON value ``v`` (None and odd types pass through)."""
        guarded = self.decode_guarded(v)
        if guarded is None:
            return v
        cond, expr = guarded
        return f"{expr} if {cond} else {v}"

    def encode(self, v: str) -> str:
        """An expression encoding Python value ``v`` to JSON; like decoding, it leaves a value
        that is not of the node's type (None included) as it is, so odd data round-trips.
        """
        return v

    def needs_decode(self) -> bool:
        return self.decode("v") != "v"

    def needs_encode(self) -> bool:
        return self.encode("v") != "v"

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        """Emit statements that raise when ``v`` (not None) is not a valid request value."""


def _err(label: str, reason: str, message: str, got: str | None = None) -> str:
    """A raise statement; with ``got`` (a variable) the message names that value's type.

    Only the type is shown, never the value: a misplaced secret must not end up in a log.
    """
    if got is None:
        return f"raise DiditValidationError({label}, {reason!r}, {message!r})"
    return (
        f"raise DiditValidationError({label}, {reason!r}, "
        f"{message + ', not '!r} + type({got}).__name__)"
    )


@attrs.define
class Scalar(TypeNode):
    """string, integer, number, boolean (with their formats and bounds)."""

    kind: str  # string | integer | number | boolean
    fmt: str | None = None
    constraints: Mapping[str, Any] = attrs.field(factory=dict)
    patterns: list[str] = attrs.field(factory=list)  # module-level names of compiled patterns
    binary_max: int | None = None

    def annotation(self, lenient: bool = False) -> str:
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
            emit("    " + _err(label, "type", "must be a string", v))
            if "minLength" in c:
                emit(f"if len({v}) < {c['minLength']}:")
                emit(
                    "    "
                    + _err(label, "min_length", f"must have at least {c['minLength']} characters")
                )
            if self.binary_max is not None:
                # A base64 string: 4 characters carry 3 bytes (padding aside).
                emit(f"if (len({v}) * 3) // 4 - {v}.count('=', -2) > {self.binary_max}:")
                emit(
                    "    "
                    + _err(label, "max_bytes", f"decodes to more than {self.binary_max} bytes")
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
            emit("    " + _err(label, "type", "must be true or false", v))
            return
        types = "int" if self.kind == "integer" else "(int, float)"
        what = "an integer" if self.kind == "integer" else "a number"
        emit(f"if isinstance({v}, bool) or not isinstance({v}, {types}):")
        emit("    " + _err(label, "type", f"must be {what}", v))
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

    def annotation(self, lenient: bool = False) -> str:
        return "dict[str, Any]" if self.obj else "Any"

    def param_annotation(self) -> str:
        return "Mapping[str, Any]" if self.obj else "Any"

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        if self.obj:
            emit(f"if not isinstance({v}, Mapping):")
            emit("    " + _err(label, "type", "must be an object", v))

    def encode(self, v: str) -> str:
        if not self.obj:
            return v
        return f"dict({v}) if {v}.__class__ is not dict and isinstance({v}, Mapping) else {v}"


@attrs.define
class Enum(TypeNode):
    """A named string enum (``name``) or an inline one (``name`` is None: a Literal)."""

    values: list[str]
    name: str | None = None
    const_name: str = ""  # module-level frozenset of allowed values

    def annotation(self, lenient: bool = False) -> str:
        if self.name is None:
            return "str"
        # Decoding always gives a member (or a pseudo-member for an unknown value), so responses
        # say just the enum; request models take plain strings too.
        return f"{self.name} | str" if lenient else self.name

    def param_annotation(self) -> str:
        if self.name and len(self.values) > 12:
            # A Literal of dozens of language codes helps nobody; validation still checks them.
            return f"{self.name} | str"
        lit = "Literal[" + ", ".join(repr(x) for x in self.values) + "]"
        return f"{self.name} | {lit}" if self.name else lit

    def decode_guarded(self, v: str) -> tuple[str, str] | None:
        if self.name is None:
            return None
        return f"{v}.__class__ is str", f"_M_{self.name}[{v}]"

    def encode(self, v: str) -> str:
        # A member (or pseudo-member) goes out as its plain string value.
        return f"{v}.value if isinstance({v}, {self.name}) else {v}" if self.name else v

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        shown = ", ".join(self.values)
        emit(f"if not isinstance({v}, str) or {v} not in {self.const_name}:")
        emit(
            f"    raise DiditValidationError({label}, 'enum', {'must be one of: ' + shown!r} + "
            f"(', not ' + repr({v}[:40]) if isinstance({v}, str) else ', not ' "
            f"+ type({v}).__name__))"
        )


@attrs.define
class Ref(TypeNode):
    """A named object model."""

    name: str

    def annotation(self, lenient: bool = False) -> str:
        return self.name

    def param_annotation(self) -> str:
        return f"{self.name} | Mapping[str, Any]"

    def decode_guarded(self, v: str) -> tuple[str, str] | None:
        return f"{v}.__class__ is dict", f"structure_{self.name}({v})"

    def encode(self, v: str) -> str:
        return f"unstructure_{self.name}({v}) if isinstance({v}, {self.name}) else {v}"

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        emit(f"validate_{self.name}({v}, {label} + '.')")


@attrs.define
class Array(TypeNode):
    items: TypeNode
    constraints: Mapping[str, Any] = attrs.field(factory=dict)

    def annotation(self, lenient: bool = False) -> str:
        return f"list[{self.items.annotation(lenient)}]"

    def param_annotation(self) -> str:
        return f"Sequence[{self.items.param_annotation()}]"

    def decode_guarded(self, v: str) -> tuple[str, str] | None:
        if not self.items.needs_decode():
            return None
        # An empty list is kept as it is (no comprehension to run: `warnings: []` is common).
        # Nested comprehensions may all use ``x``: each inner iterable is evaluated in the
        # enclosing comprehension's scope, so the names never clash.
        return f"{v} and {v}.__class__ is list", f"[{self.items.decode('x')} for x in {v}]"

    def encode(self, v: str) -> str:
        if not self.items.needs_encode():
            return v
        return f"[{self.items.encode('x')} for x in {v}] if isinstance({v}, (list, tuple)) else {v}"

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        c = self.constraints
        emit(f"if not isinstance({v}, (list, tuple)):")
        emit("    " + _err(label, "type", "must be a list", v))
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
class CommaList(TypeNode):
    """A query parameter holding several enum values as one comma-joined value (OpenAPI
    ``type: array``, ``style: form``, ``explode: false``: ``status=Approved,In%20Review``).

    A method takes either that one comma-separated string, spelled as on the wire, or a list
    or tuple of values (enum members or their strings); every value is checked against the
    enum. Either form goes to the transport as given: it sends a string as it is and joins a
    list with commas, so both put the same bytes on the wire.
    """

    items: Enum
    non_empty: bool = False  # minItems: 1

    def annotation(self, lenient: bool = False) -> str:
        return f"str | Sequence[{self.items.param_annotation()}]"

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        emit(f"if not isinstance({v}, (str, list, tuple)):")
        emit("    " + _err(label, "type", "must be a string or a list", v))
        if self.non_empty:
            emit(f"if not {v}:")
            emit("    " + _err(label, "min_items", "must name at least one value"))
        x = f"x{depth}"
        emit(f"for {x} in {v}.split(',') if isinstance({v}, str) else {v}:")
        self.items.validate(x, label, lambda line: emit("    " + line), depth + 1)


@attrs.define
class Map(TypeNode):
    """An object with ``additionalProperties: <schema>`` and no properties."""

    values: TypeNode
    min_properties: int = 0

    def annotation(self, lenient: bool = False) -> str:
        return f"dict[str, {self.values.annotation(lenient)}]"

    def param_annotation(self) -> str:
        return f"Mapping[str, {self.values.param_annotation()}]"

    def decode_guarded(self, v: str) -> tuple[str, str] | None:
        if not self.values.needs_decode():
            return None
        return (
            f"{v} and {v}.__class__ is dict",
            f"{{k: {self.values.decode('x')} for k, x in {v}.items()}}",
        )

    def encode(self, v: str) -> str:
        if not self.values.needs_encode():
            return v
        return (
            f"{{k: {self.values.encode('x')} for k, x in {v}.items()}} "
            f"if isinstance({v}, Mapping) else {v}"
        )

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        emit(f"if not isinstance({v}, Mapping):")
        emit("    " + _err(label, "type", "must be an object", v))
        if self.min_properties:
            emit(f"if len({v}) < {self.min_properties}:")
            n = self.min_properties
            entries = "entry" if n == 1 else "entries"
            emit("    " + _err(label, "min_properties", f"must have at least {n} {entries}"))
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

    def annotation(self, lenient: bool = False) -> str:
        return f"{self.inner.annotation(lenient)} | None"

    def param_annotation(self) -> str:
        return f"{self.inner.param_annotation()} | None"

    def decode_guarded(self, v: str) -> tuple[str, str] | None:
        # Every guard already rejects None (its class is never dict, list or str).
        return self.inner.decode_guarded(v)

    def encode(self, v: str) -> str:
        return self.inner.encode(v)  # every encoder already passes None through

    def validate(self, v: str, label: str, emit: Callable[[str], None], depth: int) -> None:
        inner: list[str] = []
        self.inner.validate(v, label, inner.append, depth)
        if inner:
            emit(f"if {v} is not None:")
            for line in inner:
                emit("    " + line)


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
        emit("    " + _err(label, "type", "must be one of: " + ", ".join(kinds), v))
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
                        + _err(label, "type", f"must be an object with one of the keys {names}")
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
    min_properties: int = 0
