"""Emit one operation: its metadata constant, its async method and its blocking twin.

Both methods come from the same pieces: one parameter list (:func:`signature`), one docstring
builder (:func:`method_doc`: the same Args, Returns, Raises and Example, the blocking one saying
it blocks), one return type (a paginated blocking method returns ``SyncPaginator``). The async
method checks the arguments, builds the body through its request model and calls the transport
with the operation's constant (``SESSIONS_CREATE``), defined near the top of the same module, so
a reader who lands on the method sees its HTTP method and path one screen away. The blocking
method forwards every argument unchanged to the async one through the client's ``SyncRunner``.

Where a new per-parameter feature belongs (a default taken from the client's configuration, a
header): :func:`signature` (how the method takes it), :func:`_checks` (what happens to it before
the call) and :func:`method_doc` (how it is documented). A per-operation fact the transport acts
on (a security scheme, a header it must send) belongs in :func:`operation_constant`, read from the
``Operation`` record, with its field on ``OperationMeta``.
"""

from __future__ import annotations

import re

from .generator import Generator
from .ir import Field, Operation, Param
from .source import docstring, first_sentence
from .types import Array, Enum, Nullable, Ref, Scalar, TypeNode
from .unions import Union

__all__ = [
    "PER_CALL_OPTIONS",
    "async_method",
    "constant_name",
    "method_doc",
    "operation_constant",
    "return_type",
    "signature",
    "sync_method",
]

# (parameter, annotation and default) every method takes after its own arguments, in order.
# `extra_body` comes first on the methods that send a request body (see `signature`).
PER_CALL_OPTIONS: tuple[tuple[str, str], ...] = (
    ("extra_query", "Mapping[str, Any] | None = None"),
    ("timeout", "Timeout = NOT_GIVEN"),
    ("extra_headers", "Mapping[str, str] | None = None"),
)


def constant_name(op: Operation) -> str:
    """``sessions_create`` → ``SESSIONS_CREATE``: the module constant holding its metadata."""
    return op.op_id.upper()


def operation_constant(op: Operation) -> str:
    """``SESSIONS_CREATE = OperationMeta(...)``: everything the transport needs to know."""
    idem = f"Idempotency({op.idempotency[0]!r}" + (
        f", {op.idempotency[1]!r})" if op.idempotency[1] else ")"
    )
    args = [
        f"operation_id={op.op_id!r}",
        f"method={op.method!r}",
        f"path={op.path!r}",
        f"host={op.host!r}",
        f"resource={op.resource!r}",
        f"method_name={op.method_name!r}",
        f"idempotency={idem}",
    ]
    # Only what differs from OperationMeta's defaults.
    if op.auth:
        args.append(f"auth={op.auth!r}")
    if op.scopes:
        args.append(f"rate_limit_scopes={tuple(op.scopes)!r}")
    if op.paginated:
        args.append("paginated=True")
    if op.response_kind != "json":
        args.append(f"response_kind={op.response_kind!r}")
    if op.body_kind != "none":
        args.append(f"request_kind={op.body_kind!r}")
    if op.body_model:
        args.append(f"request_schema={op.body_model!r}")
    if isinstance(op.response_type, Array) and not op.paginated:
        args.append("response_array=True")
    if op.empty_ok:
        args.append("empty_ok=True")
    inner = "".join(f"    {a},\n" for a in args)
    return f"{constant_name(op)} = OperationMeta(\n{inner})\n"


def _parts(gen: Generator, op: Operation) -> tuple[list[Param], list[Param], list[Param]]:
    return (
        [p for p in op.params if p.location == "path"],
        [p for p in op.params if p.location == "query"],
        [p for p in op.params if p.location == "header"],
    )


def _positional(op: Operation) -> list[Param]:
    """The path parameters the caller passes positionally: all but those with a client default
    (``x-client-default``), which are optional keywords filled from the client's settings."""
    return [p for p in op.params if p.location == "path" and p.client_default is None]


def _defaulted(op: Operation) -> list[Param]:
    return [p for p in op.params if p.location == "path" and p.client_default is not None]


def _credentials(op: Operation) -> list[Param]:
    """Per-call credentials (a session's ``Session-Token``): required keyword arguments, sent
    as the operation's credential header instead of the API key."""
    return [p for p in op.params if p.location == "credential"]


def _fields(gen: Generator, op: Operation) -> list[Field]:
    return gen.models[op.body_model].fields if op.body_model else []


def signature(gen: Generator, op: Operation) -> tuple[list[str], list[str]]:
    """The parameter list (as source, ``self`` first) and the arguments that forward it:
    path parameters positional-only, everything else keyword-only, per-call options last."""
    _, query, headers = _parts(gen, op)
    path = _positional(op)
    fields = _fields(gen, op)
    params = ["self", *(f"{p.name}: str" for p in path)]
    if path:
        params.append("/")
    params.append("*")
    keyword: list[str] = []

    def add(name: str, annotation: str) -> None:
        params.append(f"{name}: {annotation}")
        keyword.append(name)

    for f in fields:
        if f.required:
            add(f.name, f.type.param_annotation())
    for p in query:
        if p.required:
            add(p.name, p.type.param_annotation())
    for p in _credentials(op):
        add(p.name, "str")
    for f in fields:
        if not f.required:
            default = "| Unset = UNSET" if f.nullable else "| None = None"
            add(f.name, f"{f.type.param_annotation()} {default}")
    for p in query:
        if not p.required:
            add(p.name, f"{p.type.param_annotation()} | None = None")
    for p in [*headers, *_defaulted(op)]:
        add(p.name, "str | None = None")
    options = list(PER_CALL_OPTIONS)
    if op.body_model:
        options.insert(0, ("extra_body", "Mapping[str, Any] | None = None"))
    for name, annotation in options:
        add(name, annotation)
    return params, [p.name for p in path] + [f"{k}={k}" for k in keyword]


def item_type(gen: Generator, op: Operation) -> str:
    """The item model of a paginated operation's ``results``."""
    rt = op.response_type
    assert isinstance(rt, Ref)
    results = next(f for f in gen.models[rt.name].fields if f.wire == "results")
    assert isinstance(results.type, Array)
    assert isinstance(results.type.items, Ref)
    return results.type.items.name


def return_type(gen: Generator, op: Operation, *, blocking: bool) -> str:
    """The annotation the method returns (``SyncPaginator`` for a blocking list method)."""
    if op.paginated:
        return f"{'Sync' if blocking else 'Async'}Paginator[{item_type(gen, op)}]"
    if op.response_kind == "binary":
        return "bytes"
    if op.response_kind == "empty":
        return "None"
    assert op.response_type is not None
    return op.response_type.annotation()


def method_doc(gen: Generator, op: Operation, *, blocking: bool) -> str:
    """The method's docstring, the same for both clients but for what blocking changes."""
    ret = return_type(gen, op, blocking=blocking)
    path = _positional(op)
    fields = _fields(gen, op)
    summary = op.summary or op.op_id.replace("_", " ").capitalize()
    doc = summary.rstrip(".") + "." + ("\n\n" + op.description if op.description else "")
    doc += f"\n\n``{op.method} {op.path}``." + (" Blocks until Didit answers." if blocking else "")
    ordered = [f for f in fields if f.required] + [f for f in fields if not f.required]
    arg_docs = [(p.name, p.description, p.type) for p in path]
    arg_docs += [(f.name, f.description, f.type) for f in ordered]
    arg_docs += [(p.name, p.description, p.type) for p in op.params if p not in path]
    lines = [f"  {n}: {first_sentence(t) or _describe(node)}" for n, t, node in arg_docs]
    if op.body_model:
        lines.append(
            "  extra_body: fields merged into the body after validation, unchecked (for a "
            "field Didit accepts before this SDK knows it)."
        )
    lines.append("  extra_query: query parameters merged in after validation, unchecked.")
    doc += "\n\nArgs:\n" + "\n".join(lines)
    if op.paginated:
        how = "iterate it for every item, lazily" if blocking else "await it for one page, "
        how += "" if blocking else "iterate for every item"
        returns = f"``{ret}`` ({how})"
    else:
        returns = {"None": "nothing (the answer has no body)", "bytes": "the file's bytes"}.get(
            ret, f"``{ret}``"
        )
    doc += f"\n\nReturns: {returns}."
    doc += (
        "\n\nRaises: DiditValidationError (before sending) when an argument cannot be "
        "valid; the other DiditError subclasses when Didit answers with an error."
    )
    ex_args = ['"…"' for _ in path] + [f"{f.name}=…" for f in fields if f.required]
    ex_args += [f"{p.name}=…" for p in op.params if p.location == "query" and p.required]
    prefix = "" if op.paginated or blocking else "await "
    call = f"{prefix}client.{op.resource}.{op.method_name}({', '.join(ex_args)})"
    return doc + f"\n\nExample: ``{_result_name(ret, op.paginated)}{call}``"


def _head(gen: Generator, op: Operation, *, blocking: bool) -> list[str]:
    params, _ = signature(gen, op)
    ret = return_type(gen, op, blocking=blocking)
    # A list method is a plain def on both: it returns its paginator without awaiting.
    coroutine = not blocking and not op.paginated
    return [
        f"\n    {'async def' if coroutine else 'def'} {op.method_name}(",
        *[f"        {s}," for s in params],
        f"    ) -> {ret}:",
        docstring(method_doc(gen, op, blocking=blocking), 8).rstrip("\n"),
    ]


def _checks(gen: Generator, op: Operation) -> tuple[list[str], list[str]]:
    """The statements that check and encode the arguments, and the transport call's arguments
    they produce."""
    path, query, headers = _parts(gen, op)
    fields = _fields(gen, op)
    checks: list[str] = []
    args: list[str] = []
    for p in _defaulted(op):
        checks.append(f"if {p.name} is None:")
        checks.append(f"    {p.name} = self._transport.client_default({p.client_default!r})")
    for p in path:
        fmt_uuid = isinstance(p.type, Scalar) and p.type.fmt == "uuid"
        checks.append(f"path_param({p.name!r}, {p.name}{', uuid=True' if fmt_uuid else ''})")
    if path:
        args.append("path_params={" + ", ".join(f"{p.wire!r}: {p.name}" for p in path) + "}")
    for p in _credentials(op):
        # The same non-empty check as a path parameter (its message never shows the value).
        checks.append(f"path_param({p.name!r}, {p.name})")
        args.append(f"credential={p.name}")
    for name, params in (("query", query), ("headers", headers)):
        if not params:
            continue
        checks.append(f"{name}: dict[str, Any] = {{}}")
        for p in params:
            inner = p.type.inner if isinstance(p.type, Nullable) else p.type
            checks.append(f"if {p.name} is not None:")
            inner.validate(p.name, repr(p.name), lambda c: checks.append("    " + c), 0)
            value = p.name if name == "headers" else p.type.encode(p.name)
            checks.append(f"    {name}[{p.wire!r}] = {value}")
        args.append(f"{name}={name}")
    if op.body_model:
        model = op.body_model
        given = ", ".join(f"{f.name}={f.name}" for f in fields)
        checks.append(f"body = unstructure_{model}({model}({given}))")
        checks.append(f"validate_{model}(body)")
    return checks, args


def async_method(gen: Generator, op: Operation) -> str:
    """The async method: check, encode, call the transport, decode."""
    const = constant_name(op)
    lines = _head(gen, op, blocking=False)
    checks, args = _checks(gen, op)
    fields = _fields(gen, op)
    if checks:
        # Validation errors name the operation they stopped.
        lines.append("        try:")
        lines += [f"            {c}" for c in checks]
        lines.append("        except DiditValidationError as exc:")
        lines.append(f"            exc.method, exc.path = {const}.method, {const}.path")
        lines.append("            raise")
    if op.body_model and op.body_kind == "json":
        args.append("json=body")
    elif op.body_model:
        binaries = [f.wire for f in fields if isinstance(f.type, Scalar) and f.type.fmt == "binary"]
        lines.append(f"        files = {{k: body.pop(k) for k in {binaries!r} if k in body}}")
        args += ["files=files", "data=body"]
    if op.body_model:
        args.append("extra_body=extra_body")
    args += ["extra_query=extra_query", "timeout=timeout", "extra_headers=extra_headers"]
    call = ", ".join([const, *args])
    rt = op.response_type
    if op.paginated:
        item = item_type(gen, op)
        lines.append(
            f"        return self._transport.paginate({call}, decode_item=structure_{item})"
        )
    elif op.response_kind == "empty":
        lines.append(f"        await self._transport.request({call})")
    elif op.response_kind == "binary":
        lines.append(f"        return bytes(await self._transport.request({call}))")
    else:
        assert rt is not None
        lines.append(f"        data = await self._transport.request({call})")
        if isinstance(rt, Array):
            lines.append(f"        return [{rt.items.decode('x')} for x in data]")
        elif isinstance(rt, Union):
            # Not None-guarded: a JSON answer is never null, and mypy would see None.
            guarded = rt.decode_guarded("data")
            lines.append(f"        return {guarded[1] if guarded else 'data'}")
        else:
            lines.append(f"        return {rt.decode('data')}")
    return "\n".join(lines) + "\n"


def sync_method(gen: Generator, op: Operation) -> str:
    """The blocking twin: the same parameters, forwarded to the async method by the runner."""
    _, forward = signature(gen, op)
    lines = _head(gen, op, blocking=True)
    target = f"self._async.{op.method_name}"
    if op.paginated:
        lines.append(f"        return self._runner.paginate({target}({', '.join(forward)}))")
    elif op.response_kind == "empty":
        lines.append(f"        self._runner.call({target}, {', '.join(forward)})")
    else:
        lines.append(f"        return self._runner.call({target}, {', '.join(forward)})")
    return "\n".join(lines) + "\n"


def _describe(node: TypeNode) -> str:
    """A one-line description of an argument the spec leaves undescribed."""
    inner = node.inner if isinstance(node, Nullable) else node
    if isinstance(inner, Enum):
        shown = ", ".join(inner.values[:6]) + (", ..." if len(inner.values) > 6 else "")
        return f"one of {shown}."
    ann = node.param_annotation()
    return f"``{ann}``." if len(ann) <= 60 else "see the signature."


def _result_name(ret: str, paginated: bool) -> str:
    """``decision = `` for an example call returning SessionDecision (nothing for None)."""
    if ret == "None":
        return ""
    if paginated:
        return "page = "
    if ret == "bytes":
        return "content = "
    words = re.findall(r"[A-Z][a-z0-9]*", ret.split("|")[0])
    if not words:
        return "result = "
    name = words[-1].lower()
    return f"{name}s = " if ret.startswith("list[") else f"{name} = "
