"""Read the spec, build the type tree, and emit the async side of ``didit_async/_generated/``.

The output is deterministic (spec order, no timestamps); ``pipeline.py`` adds the blocking
twins, formats everything with ruff and writes it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .ir import Field, Model, Operation, Param
from .types import (
    Any_,
    Array,
    CodegenError,
    CommaList,
    Enum,
    Map,
    Nullable,
    Ref,
    Scalar,
    TypeNode,
    py_name,
)
from .unions import Union

__all__ = ["Generator"]

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
_METHODS = ("get", "post", "put", "patch", "delete")


class Generator:
    """Turns one spec document into the source of every generated module."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.schemas: Mapping[str, Any] = spec.get("components", {}).get("schemas", {})
        self.models: dict[str, Model] = {}
        self.enums: dict[str, Enum] = {}
        self.patterns: dict[str, str] = {}  # pattern → module constant name
        self.inline_enums: dict[tuple[str, ...], str] = {}
        self.operations: list[Operation] = []
        self._building: set[str] = set()
        self.request_models: set[str] = set()
        self.body_models: set[str] = set()
        # Top-level facts the client layer reads (emitted into spec.py).
        self.secret_fields: list[str] = [str(k) for k in spec.get("x-secret-fields", [])]
        self.hosts: dict[str, str] = dict(spec.get("x-hosts", {}))
        self.scopes: dict[str, tuple[int, float]] = {
            name: (int(v["limit"]), float(v["window_seconds"]))
            for name, v in spec.get("x-rate-limit-scopes", {}).items()
        }

    # --- schemas -------------------------------------------------------------------------

    def _check_keys(self, schema: Mapping[str, Any], pointer: str) -> None:
        for key in schema:
            if key not in _SUPPORTED_SCHEMA_KEYS and not key.startswith("x-"):
                raise CodegenError(f"{pointer}/{key}", f"unsupported schema keyword {key!r}")

    def _resolve(self, ref: str, pointer: str) -> tuple[str, Mapping[str, Any]]:
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
                self.enums[name] = Enum([str(v) for v in schema["enum"]], name, f"_E_{name}")
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
            name, _ = self._resolve(schema["$ref"], pointer)
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
            values = [str(v) for v in schema["enum"]]
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
            nodes[0] if len(nodes) == 1 else Union(nodes, pointer, self._union_keys(nodes, pointer))
        )
        return Nullable(result) if nullable else result

    def _union_keys(self, nodes: list[TypeNode], pointer: str) -> dict[str, str]:
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
                ref_name, part = self._resolve(part["$ref"], f"{pointer}/allOf/{i}")
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

    # --- operations ----------------------------------------------------------------------

    def build(self) -> None:
        for name in self.schemas:
            self.named(name)
        for path, item in self.spec.get("paths", {}).items():
            for method in _METHODS:
                if method in item:
                    self.operations.append(self._operation(path, method, item[method]))
            for key in item:
                if key not in _METHODS and key not in ("parameters", "summary", "description"):
                    raise CodegenError(f"#/paths/{path}/{key}", f"unsupported path item key {key}")
        self.request_models = self._request_models()
        self.body_models = {op.body_model for op in self.operations if op.body_model}
        ids = [op.op_id for op in self.operations]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise CodegenError("#/paths", f"duplicate operationIds: {sorted(dupes)}")

    def _request_models(self) -> set[str]:
        """Models reachable from a request body: only these default nullable fields to UNSET."""
        found: set[str] = set()
        todo = [op.body_model for op in self.operations if op.body_model]
        while todo:
            name = todo.pop()
            if name in found:
                continue
            found.add(name)
            for f in self.models[name].fields:
                todo.extend(_refs(f.type))
        return found

    @staticmethod
    def _comma_list(node: TypeNode, pointer: str) -> CommaList:
        """A comma-joined query list (``style: form, explode: false``) of enum values."""
        if not isinstance(node, Array) or not isinstance(node.items, Enum):
            raise CodegenError(
                f"{pointer}/schema", "a comma-separated parameter must be an array of an enum"
            )
        if set(node.constraints.items()) - {("minItems", 1)}:
            raise CodegenError(f"{pointer}/schema", "a comma-separated list takes only minItems: 1")
        return CommaList(node.items, non_empty=bool(node.constraints))

    def _operation(self, path: str, method: str, op: Mapping[str, Any]) -> Operation:
        ptr = f"#/paths/{path.replace('/', '~1')}/{method}"
        for key in ("operationId", "x-sdk", "x-host", "x-rate-limit-scopes"):
            if key not in op:
                raise CodegenError(ptr, f"missing {key}")
        host = op["x-host"]
        if host not in self.hosts:
            raise CodegenError(f"{ptr}/x-host", f"unknown host {host!r}")
        security = op.get("security", self.spec.get("security", []))
        auth: list[str] = []
        for req in security:
            for scheme in req:
                kind = {"ApiKeyAuth": "api_key", "BearerAuth": "bearer"}.get(scheme)
                if kind is None:
                    raise CodegenError(f"{ptr}/security", f"unknown security scheme {scheme!r}")
                auth.append(kind)
        idem_raw = op.get("x-idempotent", False)
        idem: tuple[str, str | None]
        if idem_raw is True:
            idem = ("always", None)
        elif idem_raw is False:
            idem = ("never", None)
        elif isinstance(idem_raw, Mapping) and "if-body-field" in idem_raw:
            idem = ("if_body_field", str(idem_raw["if-body-field"]))
        elif isinstance(idem_raw, Mapping) and "key-header" in idem_raw:
            idem = ("key_header", str(idem_raw["key-header"]))
        else:
            raise CodegenError(f"{ptr}/x-idempotent", f"unsupported value {idem_raw!r}")
        params: list[Param] = []
        for i, p in enumerate(op.get("parameters", [])):
            pptr = f"{ptr}/parameters/{i}"
            if "$ref" in p:
                raise CodegenError(pptr, "parameter $refs are not supported")
            loc = p["in"]
            if loc not in ("path", "query", "header"):
                raise CodegenError(pptr, f"parameters in {loc!r} are not supported")
            node = self.node(p.get("schema", {}), f"{pptr}/schema")
            if (p.get("style"), p.get("explode")) == ("form", False) and loc == "query":
                node = self._comma_list(node, pptr)
            elif p.get("style") or p.get("explode") is not None:
                raise CodegenError(
                    pptr, "only query parameters with style: form, explode: false are supported"
                )
            params.append(
                Param(
                    p["name"],
                    py_name(p["name"]),
                    loc,
                    bool(p.get("required")) or loc == "path",
                    node,
                    str(p.get("description", "")),
                )
            )
        for name in re.findall(r"{([^}]+)}", path):
            if not any(p.location == "path" and p.wire == name for p in params):
                raise CodegenError(ptr, f"path parameter {name!r} is not declared")
        body_kind, body_model = "none", None
        if "requestBody" in op:
            content = op["requestBody"].get("content", {})
            if len(content) != 1:
                raise CodegenError(f"{ptr}/requestBody", "exactly one content type is supported")
            ctype, media = next(iter(content.items()))
            body_kind = {"application/json": "json", "multipart/form-data": "multipart"}.get(
                ctype, ""
            )
            if not body_kind:
                raise CodegenError(f"{ptr}/requestBody", f"unsupported content type {ctype}")
            ref = media.get("schema", {}).get("$ref")
            if not ref:
                raise CodegenError(f"{ptr}/requestBody", "the body must be a $ref to a schema")
            body_model, _ = self._resolve(ref, f"{ptr}/requestBody")
            if body_model not in self.models:
                raise CodegenError(f"{ptr}/requestBody", "the body must be an object schema")
        success: list[int] = []
        kinds: set[str] = set()
        types: list[TypeNode] = []
        for code, resp in op.get("responses", {}).items():
            if not str(code).startswith("2"):
                continue
            success.append(int(code))
            content = resp.get("content")
            if not content:
                kinds.add("empty")
                continue
            if "application/json" in content:
                kinds.add("json")
                types.append(
                    self.node(
                        content["application/json"].get("schema", {}), f"{ptr}/responses/{code}"
                    )
                )
            elif (
                len(content) == 1
                and next(iter(content.values())).get("schema", {}).get("format") == "binary"
            ):
                kinds.add("binary")
            else:
                raise CodegenError(f"{ptr}/responses/{code}", "unsupported response content")
        if len(kinds) != 1:
            raise CodegenError(f"{ptr}/responses", f"success responses mix kinds {sorted(kinds)}")
        shapes = list({t.annotation(): t for t in types}.values())
        if len(shapes) > 1:
            # Two success shapes (say 200 with results, 202 with a job): the transport returns
            # only the body, so tell them apart by shape, like any union of models.
            if not all(isinstance(t, Ref) for t in shapes):
                raise CodegenError(
                    f"{ptr}/responses", "success responses with different non-model schemas"
                )
            types = [
                Union(shapes, f"{ptr}/responses", self._union_keys(shapes, f"{ptr}/responses"))
            ]
        pag = "x-pagination" in op
        if pag:
            rt = types[0] if types else None
            if not isinstance(rt, Ref):
                raise CodegenError(f"{ptr}/x-pagination", "a paginated response must be a $ref")
            results = next((f for f in self.models[rt.name].fields if f.wire == "results"), None)
            if results is None or not isinstance(results.type, Array):
                raise CodegenError(f"{ptr}/x-pagination", "page schema without results[]")
        sdk = op["x-sdk"]
        return Operation(
            op["operationId"],
            method.upper(),
            path,
            ptr,
            (op.get("tags") or ["Default"])[0],
            str(op.get("summary", "")),
            str(op.get("description", "")),
            host,
            tuple(auth),
            list(op["x-rate-limit-scopes"]),
            idem,
            pag,
            params,
            body_kind,
            body_model,
            sorted(success),
            next(iter(kinds)),
            types[0] if types else None,
            str(sdk["resource"]),
            str(sdk["method"]),
            recovery_hint=op.get("x-recovery-hint"),
            issues_token=bool(op.get("x-issues-token")),
        )


def _refs(node: TypeNode) -> list[str]:
    if isinstance(node, Ref):
        return [node.name]
    if isinstance(node, Nullable):
        return _refs(node.inner)
    if isinstance(node, Array):
        return _refs(node.items)
    if isinstance(node, Map):
        return _refs(node.values)
    if isinstance(node, Union):
        return [r for m in node.members for r in _refs(m)]
    return []
