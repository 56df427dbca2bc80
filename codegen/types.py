"""The generator's view of a schema: a small tree of types that knows how to emit itself.

Every OpenAPI schema the generator supports becomes one of these nodes. Each node can write the
Python annotation for it, the straight-line expression that decodes a JSON value into it, the
expression that encodes it back, and the statements that validate a request value against it.
Anything else stops the generator with the JSON pointer of the construct (loud, not lossy).
Unions of these nodes live in ``unions.py``.
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
    "Map",
    "Nullable",
    "Ref",
    "Scalar",
    "TypeNode",
    "enum_member",
    "py_name",
    "raise_invalid",
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


def raise_invalid(label: str, reason: str, message: str, got: str | None = None) -> str:
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
            emit("    " + raise_invalid(label, "type", "must be a string", v))
            if "minLength" in c:
                emit(f"if len({v}) < {c['minLength']}:")
                emit(
                    "    "
                    + raise_invalid(
                        label, "min_length", f"must have at least {c['minLength']} characters"
                    )
                )
            if self.binary_max is not None:
                # A base64 string: 4 characters carry 3 bytes (padding aside).
                emit(f"if (len({v}) * 3) // 4 - {v}.count('=', -2) > {self.binary_max}:")
                emit(
                    "    "
                    + raise_invalid(
                        label, "max_bytes", f"decodes to more than {self.binary_max} bytes"
                    )
                )
            if "maxLength" in c:
                emit(f"if len({v}) > {c['maxLength']}:")
                emit(
                    "    "
                    + raise_invalid(
                        label, "max_length", f"must have at most {c['maxLength']} characters"
                    )
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
                emit("    " + raise_invalid(label, "format", f"must be a valid {self.fmt}"))
            for pat in self.patterns:
                emit(f"if {pat}.search({v}) is None:")
                emit(
                    "    "
                    + raise_invalid(
                        label,
                        "pattern",
                        f"does not have the expected format ({c.get('pattern', '')})",
                    )
                )
            return
        if self.kind == "boolean":
            emit(f"if not isinstance({v}, bool):")
            emit("    " + raise_invalid(label, "type", "must be true or false", v))
            return
        types = "int" if self.kind == "integer" else "(int, float)"
        what = "an integer" if self.kind == "integer" else "a number"
        emit(f"if isinstance({v}, bool) or not isinstance({v}, {types}):")
        emit("    " + raise_invalid(label, "type", f"must be {what}", v))
        if "minimum" in c:
            emit(f"if {v} < {c['minimum']!r}:")
            emit("    " + raise_invalid(label, "min", f"must be at least {c['minimum']}"))
        if "maximum" in c:
            emit(f"if {v} > {c['maximum']!r}:")
            emit("    " + raise_invalid(label, "max", f"must be at most {c['maximum']}"))


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
            emit("    " + raise_invalid(label, "type", "must be an object", v))

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
        emit("    " + raise_invalid(label, "type", "must be a list", v))
        if "minItems" in c:
            emit(f"if len({v}) < {c['minItems']}:")
            emit(
                "    "
                + raise_invalid(label, "min_items", f"must have at least {c['minItems']} items")
            )
        if "maxItems" in c:
            emit(f"if len({v}) > {c['maxItems']}:")
            emit(
                "    "
                + raise_invalid(label, "max_items", f"must have at most {c['maxItems']} items")
            )
        inner: list[str] = []
        i, x = f"i{depth}", f"x{depth}"
        self.items.validate(x, f"{label} + '[' + str({i}) + ']'", inner.append, depth + 1)
        if inner:
            emit(f"for {i}, {x} in enumerate({v}):")
            if not isinstance(self.items, Nullable):
                emit(f"    if {x} is None:")
                emit("        " + raise_invalid(label, "type", "must not contain null"))
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
        emit("    " + raise_invalid(label, "type", "must be a string or a list", v))
        if self.non_empty:
            emit(f"if not {v}:")
            emit("    " + raise_invalid(label, "min_items", "must name at least one value"))
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
        emit("    " + raise_invalid(label, "type", "must be an object", v))
        if self.min_properties:
            emit(f"if len({v}) < {self.min_properties}:")
            n = self.min_properties
            entries = "entry" if n == 1 else "entries"
            emit(
                "    " + raise_invalid(label, "min_properties", f"must have at least {n} {entries}")
            )
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
