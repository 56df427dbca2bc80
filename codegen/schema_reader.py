"""Read schemas into the type tree: named models and enums, inline nodes, unions, ``allOf``.

:class:`SchemaReader` turns ``components/schemas`` (and any inline schema an operation holds)
into nodes of ``types.py``/``unions.py``, collecting every named model (``ir.Model``), named
enum, regex pattern and inline enum the emitters later write out. A schema keyword it does not
support stops generation with the JSON pointer of the construct.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .ir import Field, Model
from .types import Any_, Array, CodegenError, Enum, Map, Nullable, Ref, Scalar, TypeNode, py_name
from .unions import Union

__all__ = ["SchemaReader"]

_SUPPORTED_SCHEMA_KEYS = frozenset(
    {
        "type",
        "properties",
        "required",
        "description",
        "additionalProperties",
        "items",
        "enum",
        "format",
        "default",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "anyOf",
        "oneOf",
        "allOf",
        "$ref",
        "example",
        "examples",
        "if",
        "then",
        "readOnly",
        "writeOnly",
        "contentEncoding",
        "contentMediaType",
        "x-max-bytes",
        "title",
        "minProperties",
        "deprecated",
        "const",
    }
)


class SchemaReader:
    """The nodes for the schemas of one spec, and the named things found on the way."""

    def __init__(self, schemas: Mapping[str, Any], secret_fields: list[str]) -> None:
        self.schemas = schemas
        self.secret_fields = secret_fields  # x-secret-fields: these properties repr as '***'
        self.models: dict[str, Model] = {}
        self.enums: dict[str, Enum] = {}
        self.patterns: dict[str, str] = {}  # pattern → module constant name
        self.inline_enums: dict[tuple[str, ...], str] = {}
        self._building: set[str] = set()

    def _check_keys(self, schema: Mapping[str, Any], pointer: str) -> None:
        for key in schema:
            if key not in _SUPPORTED_SCHEMA_KEYS and not key.startswith("x-"):
                raise CodegenError(f"{pointer}/{key}", f"unsupported schema keyword {key!r}")

    def resolve(self, ref: str, pointer: str) -> tuple[str, Mapping[str, Any]]:
        """The name and schema a ``#/components/schemas/...`` reference points at."""
        prefix = "#/components/schemas/"
        if not ref.startswith(prefix) or ref[len(prefix) :] not in self.schemas:
            raise CodegenError(pointer, f"unknown $ref {ref!r}")
        name = ref[len(prefix) :]
        return name, self.schemas[name]

    def _pattern(self, pattern: str) -> str:
        if pattern not in self.patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise CodegenError("pattern", f"invalid pattern {pattern!r}: {exc}") from exc
            self.patterns[pattern] = f"_P{len(self.patterns)}"
        return self.patterns[pattern]

    def named(self, name: str) -> TypeNode:
        """The node for ``#/components/schemas/<name>``."""
        schema = self.schemas[name]
        pointer = f"#/components/schemas/{name}"
        if "enum" in schema and schema.get("type") == "string":
            if name not in self.enums:
                self.enums[name] = Enum(
                    [str(v) for v in schema["enum"] if v is not None], name, f"_E_{name}"
                )
            return self.enums[name]
        if self._is_model(schema):
            if name not in self.models and name not in self._building:
                self._building.add(name)
                self.models[name] = self._model(name, schema, pointer)
                self._building.discard(name)
            return Ref(name)
        return self.node(schema, pointer)

    @staticmethod
    def _is_model(schema: Mapping[str, Any]) -> bool:
        return "properties" in schema or "allOf" in schema

    def node(self, schema: Mapping[str, Any], pointer: str) -> TypeNode:
        """The node for an inline schema."""
        self._check_keys(schema, pointer)
        if "$ref" in schema:
            name, _ = self.resolve(schema["$ref"], pointer)
            return self.named(name)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return self._union(schema[key], f"{pointer}/{key}")
        if "allOf" in schema or "properties" in schema:
            raise CodegenError(
                pointer, "inline object with properties: name it in components/schemas"
            )
        t = schema.get("type")
        if isinstance(t, list):
            kinds = [k for k in t if k != "null"]
            if len(kinds) != 1:
                raise CodegenError(pointer, f"unsupported type list {t!r}")
            inner = self.node({**schema, "type": kinds[0]}, pointer)
            return Nullable(inner) if "null" in t else inner
        if "enum" in schema:
            # null in a nullable enum is the Nullable wrapper, not a member.
            values = [str(v) for v in schema["enum"] if v is not None]
            enum_key = tuple(values)
            if enum_key not in self.inline_enums:
                self.inline_enums[enum_key] = f"_E_inline{len(self.inline_enums)}"
            return Enum(values, None, self.inline_enums[enum_key])
        if t in ("string", "integer", "number", "boolean"):
            constraints = {
                k: schema[k]
                for k in ("minimum", "maximum", "minLength", "maxLength", "pattern")
                if k in schema
            }
            patterns = [self._pattern(schema["pattern"])] if "pattern" in schema else []
            return Scalar(t, schema.get("format"), constraints, patterns, schema.get("x-max-bytes"))
        if t == "array":
            if "items" not in schema:
                raise CodegenError(pointer, "array without items")
            items = self.node(schema["items"], f"{pointer}/items")
            return Array(items, {k: schema[k] for k in ("minItems", "maxItems") if k in schema})
        if t == "object" or (t is None and "additionalProperties" in schema):
            extra = schema.get("additionalProperties", True)
            if isinstance(extra, Mapping) and extra:
                value_type = self.node(extra, f"{pointer}/additionalProperties")
                return Map(value_type, int(schema.get("minProperties", 0)))
            return Any_(obj=True)
        if t is None:
            return Any_()
        if t == "null":
            raise CodegenError(pointer, "a bare null type is only supported inside anyOf/oneOf")
        raise CodegenError(pointer, f"unsupported type {t!r}")

    def _union(self, members: list[Any], pointer: str) -> TypeNode:
        nodes: list[TypeNode] = []
        nullable = False
        for i, member in enumerate(members):
            if member.get("type") == "null" and len(member) == 1:
                nullable = True
                continue
            nodes.append(self.node(member, f"{pointer}/{i}"))
        if not nodes:
            raise CodegenError(pointer, "a union of nothing but null")
        result: TypeNode = (
            nodes[0] if len(nodes) == 1 else Union(nodes, pointer, self.union_keys(nodes, pointer))
        )
        return Nullable(result) if nullable else result

    def union_keys(self, nodes: list[TypeNode], pointer: str) -> dict[str, str]:
        """For a union of several models: a required key each model alone declares.

        One model may lack such a key; it is then what an object without any of the keys
        decodes as. Without keys the union cannot be decoded (and the generator says so).
        """
        refs = [n for n in nodes if isinstance(n, Ref)]
        if len(refs) < 2:
            return {}
        declared: dict[str, set[str]] = {}
        required: dict[str, list[str]] = {}
        for ref in refs:
            merged = self._merged(self.schemas[ref.name], f"#/components/schemas/{ref.name}")
            declared[ref.name] = set(merged.get("properties", {}))
            required[ref.name] = list(merged.get("required", []))
        keys: dict[str, str] = {}
        for ref in refs:
            others = set().union(*(declared[o.name] for o in refs if o is not ref))
            own = [k for k in required[ref.name] if k not in others]
            if own:
                keys[ref.name] = own[0]
        if len(keys) < len(refs) - 1:
            raise CodegenError(
                pointer,
                "a union of models needs, for all but one of them, a required property that "
                "the other members do not declare",
            )
        return keys

    def _merged(self, schema: Mapping[str, Any], pointer: str) -> dict[str, Any]:
        """``allOf`` flattened into one object schema (properties and required merged).

        A member that is only a condition (``{if, then}``) adds to the schema's conditions
        (``__conditions__``): that is how a schema states more than one.
        """
        if "allOf" in schema and all(set(p) <= {"if", "then"} for p in schema["allOf"]):
            merged_conditional = {k: v for k, v in schema.items() if k != "allOf"}
            merged_conditional["__conditions__"] = [
                (p, f"{pointer}/allOf/{i}") for i, p in enumerate(schema["allOf"])
            ]
            return self._merged(merged_conditional, pointer)
        if "allOf" not in schema:
            merged_plain = dict(schema)
            merged_plain["__origins__"] = {
                k: f"{pointer}/properties/{k}" for k in schema.get("properties", {})
            }
            return merged_plain
        props: dict[str, Any] = {}
        origins: dict[str, str] = {}  # property → the JSON pointer where it is declared
        required: list[str] = []
        closed = schema.get("additionalProperties") is False
        for i, part in enumerate(schema["allOf"]):
            if "$ref" in part:
                ref_name, part = self.resolve(part["$ref"], f"{pointer}/allOf/{i}")
                part = self._merged(part, f"#/components/schemas/{ref_name}")
            else:
                part = self._merged(part, f"{pointer}/allOf/{i}")
            if "properties" not in part:
                raise CodegenError(f"{pointer}/allOf/{i}", "allOf members must be objects")
            props.update(part["properties"])
            origins.update(part["__origins__"])
            required += [r for r in part.get("required", []) if r not in required]
            closed = closed or part.get("additionalProperties") is False
        props.update(schema.get("properties", {}))
        origins.update({k: f"{pointer}/properties/{k}" for k in schema.get("properties", {})})
        required += [r for r in schema.get("required", []) if r not in required]
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        merged.update(properties=props, required=required, __origins__=origins)
        if closed:
            merged["additionalProperties"] = False
        return merged

    def _model(self, name: str, schema: Mapping[str, Any], pointer: str) -> Model:
        self._check_keys(schema, pointer)
        schema = self._merged(schema, pointer)
        required = list(schema.get("required", []))
        fields: list[Field] = []
        used: set[str] = set()
        for wire, prop in schema["properties"].items():
            ptr = schema["__origins__"][wire]
            node = self.node(prop, ptr)
            fname = py_name(wire)
            while fname in used:
                fname += "_"
            used.add(fname)
            secret = wire in self.secret_fields or bool(prop.get("writeOnly"))
            if prop.get("x-secret"):
                secret = True
            fields.append(
                Field(
                    wire,
                    fname,
                    node,
                    wire in required,
                    node.nullable,
                    str(prop.get("description", "")),
                    secret,
                )
            )
        for r in required:
            if r not in schema["properties"]:
                raise CodegenError(pointer, f"required property {r!r} is not defined")
        extra = schema.get("additionalProperties", True)
        if isinstance(extra, Mapping) and extra:
            raise CodegenError(pointer, "properties together with an additionalProperties schema")
        conditions = []
        if "if" in schema:
            conditions.append(self._condition(schema, pointer))
        conditions += [self._condition(c, ptr) for c, ptr in schema.get("__conditions__", [])]
        return Model(
            name,
            fields,
            extra is False,
            str(schema.get("description", "")),
            pointer,
            conditions,
            int(schema.get("minProperties", 0)),
        )

    @staticmethod
    def _condition(
        schema: Mapping[str, Any], pointer: str
    ) -> tuple[dict[str, Any], list[str], list[str]]:
        cond, then = schema["if"], schema.get("then")
        consts: dict[str, Any] = {}
        for key, sub in cond.get("properties", {}).items():
            if set(sub) != {"const"}:
                raise CodegenError(
                    f"{pointer}/if", "only `properties: {x: {const: ...}}` conditions are supported"
                )
            consts[key] = sub["const"]
        if set(cond) - {"properties", "required"} or not then or set(then) != {"required"}:
            raise CodegenError(
                f"{pointer}/if",
                "only if{properties/const, required} with then{required} is supported",
            )
        if "else" in schema:
            raise CodegenError(f"{pointer}/else", "else is not supported")
        return consts, list(cond.get("required", [])), list(then["required"])
