"""The built spec: every model, enum and operation the emitters write out, in spec order.

:class:`Generator` reads ``components/schemas`` through ``schema_reader.py`` and ``paths``
through ``operation_reader.py``, then works out which models a request body can reach. It emits
nothing: each ``*_emitter.py`` turns the built generator into one or two generated files, and
``pipeline.py`` runs them, formats the result with ruff and writes or compares it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .ir import Model, Operation
from .operation_reader import OperationReader
from .schema_reader import SchemaReader
from .types import Array, CodegenError, Enum, Map, Nullable, Ref, TypeNode
from .unions import Union

__all__ = ["Generator"]

_METHODS = ("get", "post", "put", "patch", "delete")


class Generator:
    """One spec document, read into the IR every emitter works from (after :meth:`build`)."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.schemas: Mapping[str, Any] = spec.get("components", {}).get("schemas", {})
        # Top-level facts the client layer reads (emitted into spec.py).
        self.secret_fields: list[str] = [str(k) for k in spec.get("x-secret-fields", [])]
        self.hosts: dict[str, str] = dict(spec.get("x-hosts", {}))
        self.scopes: dict[str, tuple[int, float]] = {
            name: (int(v["limit"]), float(v["window_seconds"]))
            for name, v in spec.get("x-rate-limit-scopes", {}).items()
        }
        # Scopes counted per value of a request-body field (phone risk: per phone number).
        self.scope_keys: dict[str, str] = {
            name: str(v["key-body-field"])
            for name, v in spec.get("x-rate-limit-scopes", {}).items()
            if "key-body-field" in v
        }
        self._types = SchemaReader(self.schemas, self.secret_fields)
        # The reader's own collections (shared, not copied: build() fills them).
        self.models: dict[str, Model] = self._types.models
        self.enums: dict[str, Enum] = self._types.enums
        self.patterns: dict[str, str] = self._types.patterns  # pattern → module constant name
        self.inline_enums: dict[tuple[str, ...], str] = self._types.inline_enums
        self.operations: list[Operation] = []
        self.request_models: set[str] = set()
        self.body_models: set[str] = set()

    def build(self) -> None:
        """Read every schema and operation; stops with a ``CodegenError`` on anything
        unsupported."""
        for name in self.schemas:
            self._types.named(name)
        reader = OperationReader(self.spec, self.hosts, self._types)
        for path, item in self.spec.get("paths", {}).items():
            for method in _METHODS:
                if method in item:
                    self.operations.append(reader.read(path, method, item[method]))
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


def _refs(node: TypeNode) -> list[str]:
    """The models a node refers to directly (through lists, maps, nullables and unions)."""
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
