"""Emit ``sync_resources.py``: the blocking twin of every generated resource class.

Read from the same intermediate representation as the async resources (``Generator.operations``
and the request models), never from the async source text. A sync method has the async method's
name, parameters, defaults and return type (a paginated one returns ``SyncPaginator[Item]``
instead of ``AsyncPaginator[Item]``) and forwards every argument, unchanged, to it through the
client's ``SyncRunner``: validation, retries, rate limiting and decoding stay in one place.

``tests/codegen/test_sync_emitter.py`` compares every sync signature with its async one, so a
per-call option added on the async side (``extra_query=``) fails the build until it is added to
:data:`PER_CALL_OPTIONS` here too.
"""

from __future__ import annotations

import textwrap

from .generator import Generator
from .ir import Operation
from .resource_emitter import class_name, resource_tree
from .source import HEADER, docstring, first_sentence, import_lines
from .types import Array, Ref

__all__ = ["PER_CALL_OPTIONS", "render_sync"]

# (parameter, annotation and default) every method takes after its own arguments, in order,
# exactly as the async resources declare them. `extra_body` only exists on methods that send a
# request body (see `_signature`).
PER_CALL_OPTIONS: tuple[tuple[str, str], ...] = (
    ("extra_query", "Mapping[str, Any] | None = None"),
    ("timeout", "Timeout = NOT_GIVEN"),
    ("extra_headers", "Mapping[str, str] | None = None"),
)


def sync_class_name(resource: str) -> str:
    """``sessions.reviews`` → ``SyncSessionsReviewsResource`` (the async name, prefixed)."""
    return "Sync" + class_name(resource)


def _signature(gen: Generator, op: Operation) -> tuple[list[str], list[str]]:
    """The parameter list (as source) and the forwarding arguments, in the async order."""
    path = [p for p in op.params if p.location == "path"]
    query = [p for p in op.params if p.location == "query"]
    headers = [p for p in op.params if p.location == "header"]
    body = gen.models[op.body_model] if op.body_model else None
    fields = body.fields if body else []
    params = ["self", *(f"{p.name}: str" for p in path)]
    if path:
        params.append("/")
    params.append("*")
    keyword: list[str] = []
    for f in fields:
        if f.required:
            params.append(f"{f.name}: {f.type.param_annotation()}")
            keyword.append(f.name)
    for p in query:
        if p.required:
            params.append(f"{p.name}: {p.type.param_annotation()}")
            keyword.append(p.name)
    for p in op.params:
        if p.location == "credential":
            params.append(f"{p.name}: str")
            keyword.append(p.name)
    for f in fields:
        if not f.required:
            default = "| Unset = UNSET" if f.nullable else "| None = None"
            params.append(f"{f.name}: {f.type.param_annotation()} {default}")
            keyword.append(f.name)
    for p in query:
        if not p.required:
            params.append(f"{p.name}: {p.type.param_annotation()} | None = None")
            keyword.append(p.name)
    for p in headers:
        params.append(f"{p.name}: str | None = None")
        keyword.append(p.name)
    options = list(PER_CALL_OPTIONS)
    if body is not None:
        options.insert(0, ("extra_body", "Mapping[str, Any] | None = None"))
    for name, annotation in options:
        params.append(f"{name}: {annotation}")
        keyword.append(name)
    return params, [p.name for p in path] + [f"{k}={k}" for k in keyword]


def _item_type(gen: Generator, op: Operation) -> str:
    rt = op.response_type
    assert isinstance(rt, Ref)
    results = next(f for f in gen.models[rt.name].fields if f.wire == "results")
    assert isinstance(results.type, Array)
    assert isinstance(results.type.items, Ref)
    return results.type.items.name


def _return_type(gen: Generator, op: Operation) -> str:
    if op.paginated:
        return f"SyncPaginator[{_item_type(gen, op)}]"
    if op.response_kind == "binary":
        return "bytes"
    if op.response_kind == "empty":
        return "None"
    assert op.response_type is not None
    return op.response_type.annotation()


def _docstring(gen: Generator, op: Operation, ret: str) -> str:
    summary = op.summary or op.op_id.replace("_", " ").capitalize()
    doc = summary.rstrip(".") + "." + ("\n\n" + op.description if op.description else "")
    doc += f"\n\n``{op.method} {op.path}``. Blocks until Didit answers."
    args = [(p.name, p.description) for p in op.params if p.location == "path" and p.description]
    if op.body_model:
        args += [(f.name, f.description) for f in gen.models[op.body_model].fields if f.description]
    args += [(p.name, p.description) for p in op.params if p.location != "path" and p.description]
    if args:
        doc += "\n\nArgs:\n" + "\n".join(f"  {n}: {first_sentence(t)}" for n, t in args)
    if op.paginated:
        doc += "\n\nReturns: ``" + ret + "`` (iterate it for every item, lazily)."
    elif ret not in ("None", "bytes"):
        doc += f"\n\nReturns: ``{ret}``."
    example = ['"…"' for p in op.params if p.location == "path"]
    if op.body_model:
        example += [f"{f.name}=…" for f in gen.models[op.body_model].fields if f.required]
    example += [f"{p.name}=…" for p in op.params if p.location == "query" and p.required]
    doc += f"\n\nExample: ``client.{op.resource}.{op.method_name}({', '.join(example)})``"
    return docstring(doc, 8).rstrip("\n")


def _method(gen: Generator, op: Operation) -> str:
    params, forward = _signature(gen, op)
    ret = _return_type(gen, op)
    target = f"self._async.{op.method_name}"
    lines = [
        f"\n    def {op.method_name}(",
        *(f"        {p}," for p in params),
        f"    ) -> {ret}:",
        _docstring(gen, op, ret),
    ]
    if op.paginated:
        lines.append(f"        return self._runner.paginate({target}({', '.join(forward)}))")
    elif ret == "None":
        lines.append(f"        self._runner.call({target}, {', '.join(forward)})")
    else:
        lines.append(f"        return self._runner.call({target}, {', '.join(forward)})")
    return "\n".join(lines) + "\n"


def render_sync(gen: Generator) -> str:
    """The source of ``sync_resources.py`` for an already built generator."""
    tree = resource_tree(gen.operations)
    async_names = {r: class_name(r) for r in tree}
    head = [
        HEADER,
        textwrap.dedent('''\
        """Blocking twins of the resource classes in ``resources.py``, for ``Didit``.

        Each method takes exactly the async method's arguments and runs it to completion through
        the client's ``SyncRunner``; list methods return a ``SyncPaginator``.
        """

        from __future__ import annotations

        '''),
    ]
    out = [
        "from .enums import *  # noqa: F403\n",
        "from .models import *  # noqa: F403\n",
        "from .resources import " + ", ".join(sorted(async_names.values())) + "\n\n",
        f"__all__ = {sorted(sync_class_name(r) for r in tree)!r}\n",
    ]
    # Children before parents, so a parent can build its sub-resources.
    for res in sorted(tree, key=lambda r: (-r.count("."), r)):
        children = sorted(
            r for r in tree if r.startswith(res + ".") and r.count(".") == res.count(".") + 1
        )
        names = ", ".join(o.method_name for o in tree[res]) or "sub-resources"
        lines = [
            f"\n\nclass {sync_class_name(res)}:",
            f'    """``client.{res}`` of ``Didit``: {names} (blocking)."""',
            "",
            f"    __slots__ = {('_async', '_runner', *(c.rsplit('.', 1)[1] for c in children))!r}",
            "",
            f"    def __init__(self, runner: SyncRunner, resource: {async_names[res]}) -> None:",
            "        self._runner = runner",
            "        self._async = resource",
        ]
        for c in children:
            attr = c.rsplit(".", 1)[1]
            lines.append(f"        self.{attr} = {sync_class_name(c)}(runner, resource.{attr})")
        out.append("\n".join(lines) + "\n")
        out.extend(_method(gen, op) for op in tree[res])
    src = "".join(out)
    # Only the names the methods use, so the output is lint-clean without a fixer.
    head.append(
        import_lines(
            src,
            [
                ("collections.abc", ["Mapping", "Sequence"]),
                ("typing", ["Any", "Literal"]),
                ("didit_async._seam", ["NOT_GIVEN", "UNSET", "FileInput", "Timeout", "Unset"]),
                ("didit_async._sync_seam", ["SyncPaginator", "SyncRunner"]),
            ],
        )
    )
    return "".join(head) + src
