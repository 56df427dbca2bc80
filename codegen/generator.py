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
        # model → the module group it is written to (models/<group>.py, _codec/<group>.py).
        self.groups: dict[str, str] = {}

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
        self.groups = self._groups()
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

    def _groups(self) -> dict[str, str]:
        """Each model's group: the deepest resource whose operations (its own and its
        sub-resources') are the only ones that reach it, so using ``client.cases.notes`` loads
        the notes' models and not every case model (``cases_notes``, ``cases``); ``shared``
        when several root resources reach it, ``standalone`` when no operation does (webhook
        payloads and the like).

        What a model refers to is reached by at least every resource that reaches the model, so
        its group is the model's group, one of that group's ancestors, or ``shared``: a group
        imports only from itself, its ancestors and ``shared``, and ``shared`` only from itself,
        so the groups never import each other in a circle.
        """
        reached: dict[str, set[str]] = {name: set() for name in self.models}
        for op in self.operations:
            todo = [op.body_model] if op.body_model else []
            todo += _refs(op.response_type) if op.response_type is not None else []
            seen: set[str] = set()
            while todo:
                name = todo.pop()
                if name in seen:
                    continue
                seen.add(name)
                reached[name].add(f"{op.resource}.{op.method_name}")
                for f in self.models[name].fields:
                    todo.extend(_refs(f.type))
        groups = {name: _group_of(calls) for name, calls in reached.items()}
        return self._split_large(groups)

    def _split_large(self, groups: dict[str, str]) -> dict[str, str]:
        """A group whose models have more than ``_MAX_GROUP_FIELDS`` fields in all is cut into
        parts (``<group>_2``, ...), each model after every model it refers to in the group (a
        model that refers to itself through others stays with them), so a part imports only
        earlier parts of its group: no generated module grows past what one file should hold."""
        by_group: dict[str, list[str]] = {}
        for name, group in groups.items():
            by_group.setdefault(group, []).append(name)
        out = dict(groups)
        for group, names in by_group.items():
            if sum(len(self.models[n].fields) for n in names) <= _MAX_GROUP_FIELDS:
                continue
            members = set(names)
            part, size = 1, 0
            for component in _ordered_components(self, names, members):
                weight = sum(len(self.models[n].fields) for n in component)
                if size and size + weight > _MAX_GROUP_FIELDS:
                    part, size = part + 1, 0
                size += weight
                for n in component:
                    out[n] = group if part == 1 else f"{group}_{part}"
        return out


# Models several root resources reach are grouped by that set of roots while it is small (so a
# decision's report models, which sessions and users both return, do not join every other
# shared model in one module); past this many roots they go to ``shared``.
_MAX_ROOTS_NAMED = 3
_MAX_METHODS_NAMED = 3
# About 2,000 lines of codec (decoder, encoder and rule table for each field) per module.
_MAX_GROUP_FIELDS = 400


def _ordered_components(gen: Generator, names: list[str], members: set[str]) -> list[list[str]]:
    """``names`` as strongly connected components of their references within ``members``,
    each component after the components it refers to (Tarjan's algorithm emits them in that
    order), keeping the spec's order among independent ones."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def refs(n: str) -> list[str]:
        found = [r for f in gen.models[n].fields for r in _refs(f.type)]
        return [r for r in dict.fromkeys(found) if r in members]

    def visit(n: str) -> None:
        index[n] = low[n] = len(index)
        stack.append(n)
        on_stack.add(n)
        for r in refs(n):
            if r not in index:
                visit(r)
                low[n] = min(low[n], low[r])
            elif r in on_stack:
                low[n] = min(low[n], index[r])
        if low[n] == index[n]:
            component: list[str] = []
            while True:
                m = stack.pop()
                on_stack.discard(m)
                component.append(m)
                if m == n:
                    break
            out.append(component)

    for n in names:
        if n not in index:
            visit(n)
    return out


def _group_of(calls: set[str]) -> str:
    """The group of a model reached by ``calls`` (``resource.method`` paths): within one root
    resource, a few methods of one resource by their names (``sessions__retrieve_decision``),
    else their deepest common resource (``cases.notes`` → ``cases_notes``); across a few roots,
    ``shared__`` and the roots (``shared__sessions_users``); else ``shared``.

    A model refers only to models reached by the same calls or more, and each rule names a
    larger set of calls no smaller group, so groups import each other in one direction only."""
    if not calls:
        return "standalone"
    roots = sorted({c.split(".")[0] for c in calls})
    if len(roots) > 1:
        return "shared" if len(roots) > _MAX_ROOTS_NAMED else "shared__" + "_".join(roots)
    resources = [c.split(".")[:-1] for c in calls]
    if len(calls) <= _MAX_METHODS_NAMED and len({tuple(r) for r in resources}) == 1:
        # A few methods of one resource (a decision's report models, which only the decision
        # and the data updates return): named by them, so they do not swell the resource's
        # group, which every method of the resource loads.
        methods = sorted(c.split(".")[-1] for c in calls)
        return "_".join(resources[0]) + "__" + "__".join(methods)
    common: list[str] = []
    for parts in zip(*resources, strict=False):
        if len(set(parts)) > 1:
            break
        common.append(parts[0])
    return "_".join(common)


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
