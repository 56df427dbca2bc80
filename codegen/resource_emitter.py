"""Emit ``resources.py``: every operation as an async method on its resource class.

A method takes the operation's path parameters positionally, body fields and query parameters
by keyword, validates them (naming the operation in the error), builds and validates the body
through its request model, calls the transport and decodes the answer. ``sync_emitter.py``
writes the blocking twins from the same IR and takes the class names from here.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping

from .generator import Generator
from .ir import Field, Operation, Param
from .source import HEADER, SEAM_NAMES, docstring, first_sentence, import_lines
from .types import Array, Enum, Nullable, Ref, Scalar, TypeNode
from .unions import Union

__all__ = ["class_name", "render_resources", "resource_tree"]


def class_name(resource: str) -> str:
    """``sessions.reviews`` → ``SessionsReviewsResource``."""
    return "".join(part.title().replace("_", "") for part in resource.split(".")) + "Resource"


def resource_tree(operations: list[Operation]) -> dict[str, list[Operation]]:
    """Each resource (``sessions.reviews`` and its parent ``sessions`` too) → its operations,
    in spec order; a parent with no operations of its own maps to an empty list."""
    tree: dict[str, list[Operation]] = {}
    for op in operations:
        parts = op.resource.split(".")
        for i in range(1, len(parts) + 1):
            tree.setdefault(".".join(parts[:i]), [])
        tree[op.resource].append(op)
    return tree


def render_resources(gen: Generator) -> str:
    """``resources.py``: one class per ``x-sdk.resource``, one async method per operation."""
    tree = resource_tree(gen.operations)
    out = [
        f"__all__ = {sorted(class_name(r) for r in tree)!r}\n\n",
        textwrap.dedent("""

        def _path(name: str, value: Any, *, uuid: bool = False) -> str:
            if not isinstance(value, str) or not value.strip():
                raise DiditValidationError(name, "empty", "must be a non-empty string")
            if uuid and not is_uuid(value):
                raise DiditValidationError(name, "format", "must be a UUID")
            return value
        """),
    ]
    # children before parents so parents can instantiate them
    for res in sorted(tree, key=lambda r: (-r.count("."), r)):
        out.append(_resource_class(gen, res, tree))
    src = "".join(out)
    codec_names = [
        *gen.patterns.values(),
        *(f"_E_{n}" for n in gen.enums),
        *gen.inline_enums.values(),
        *(f"{kind}_{m}" for m in gen.models for kind in ("structure", "unstructure")),
        *(f"validate_{m}" for m in gen.request_models),
    ]
    head = [
        HEADER,
        textwrap.dedent('''\
        """Resource classes: every operation as an async method, grouped as on the client.

        Methods validate their arguments before anything is sent (a bad one raises
        ``DiditValidationError`` naming the operation), encode the body through its request
        model, call the transport, and decode the answer into models.
        """

        from __future__ import annotations

        '''),
        import_lines(
            src,
            [
                ("collections.abc", ["Mapping", "Sequence"]),
                ("typing", ["Any", "Literal"]),
            ],
        ),
        "\n",
        import_lines(src, [("didit_async._seam", SEAM_NAMES)]),
        import_lines(
            src,
            [
                ("._codec", sorted(codec_names)),
                (".enums", sorted(gen.enums)),
                (".models", sorted(gen.models)),
                (".operations", ["OPERATIONS"]),
            ],
        ),
        "\n",
    ]
    return "".join(head) + src


def _resource_class(gen: Generator, res: str, tree: Mapping[str, list[Operation]]) -> str:
    children = sorted(
        r for r in tree if r.startswith(res + ".") and r.count(".") == res.count(".") + 1
    )
    cls = class_name(res)
    slots = ["_transport"] + [c.rsplit(".", 1)[1] for c in children]
    methods = ", ".join(o.method_name for o in tree[res]) or "sub-resources"
    lines = [
        f"\n\nclass {cls}:",
        f'    """``client.{res}``: {methods}."""',
        "",
        f"    __slots__ = {tuple(slots)!r}",
        "",
        "    def __init__(self, transport: Transport) -> None:",
        "        self._transport = transport",
    ]
    for c in children:
        lines.append(f"        self.{c.rsplit('.', 1)[1]} = {class_name(c)}(transport)")
    src = "\n".join(lines) + "\n"
    for op in tree[res]:
        src += _method(gen, op)
    return src


def _return_type(gen: Generator, op: Operation) -> str:
    rt = op.response_type
    if op.paginated:
        assert isinstance(rt, Ref)
        results = next(f for f in gen.models[rt.name].fields if f.wire == "results")
        assert isinstance(results.type, Array)
        item = results.type.items
        assert isinstance(item, Ref)
        return f"AsyncPaginator[{item.name}]"
    if op.response_kind == "binary":
        return "bytes"
    if op.response_kind == "empty":
        return "None"
    assert rt is not None
    return rt.annotation()


def _method(gen: Generator, op: Operation) -> str:
    path_params = [p for p in op.params if p.location == "path"]
    query_params = [p for p in op.params if p.location == "query"]
    header_params = [p for p in op.params if p.location == "header"]
    credential_params = [p for p in op.params if p.location == "credential"]
    body = gen.models[op.body_model] if op.body_model else None
    body_fields = body.fields if body else []
    req_fields = [f for f in body_fields if f.required]
    opt_fields = [f for f in body_fields if not f.required]
    sig = ["self", *(f"{p.name}: str" for p in path_params)]
    if path_params:
        sig.append("/")
    sig.append("*")
    sig += [f"{f.name}: {f.type.param_annotation()}" for f in req_fields]
    sig += [f"{p.name}: {p.type.param_annotation()}" for p in query_params if p.required]
    sig += [f"{p.name}: str" for p in credential_params]
    for f in opt_fields:
        default = "| Unset = UNSET" if f.nullable else "| None = None"
        sig.append(f"{f.name}: {f.type.param_annotation()} {default}")
    sig += [
        f"{p.name}: {p.type.param_annotation()} | None = None"
        for p in query_params
        if not p.required
    ]
    sig += [f"{p.name}: str | None = None" for p in header_params]
    if body is not None:
        sig.append("extra_body: Mapping[str, Any] | None = None")
    sig.append("extra_query: Mapping[str, Any] | None = None")
    sig.append("timeout: Timeout = NOT_GIVEN")
    sig.append("extra_headers: Mapping[str, str] | None = None")
    ret = _return_type(gen, op)
    lines = [
        f"\n    {'def' if op.paginated else 'async def'} {op.method_name}(",
        *[f"        {s}," for s in sig],
        f"    ) -> {ret}:",
        docstring(_method_doc(op, ret, path_params, req_fields, opt_fields), 8).rstrip("\n"),
        f"        op = OPERATIONS[{op.op_id!r}]",
    ]
    checks: list[str] = []
    for p in path_params:
        fmt_uuid = isinstance(p.type, Scalar) and p.type.fmt == "uuid"
        checks.append(f"_path({p.name!r}, {p.name}{', uuid=True' if fmt_uuid else ''})")
    for p in credential_params:
        # The same non-empty check as a path parameter (its message never shows the value).
        checks.append(f"_path({p.name!r}, {p.name})")
    args: list[str] = []
    if path_params:
        args.append("path_params={" + ", ".join(f"{p.wire!r}: {p.name}" for p in path_params) + "}")
    for name, params in (("query", query_params), ("headers", header_params)):
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
    if body is not None:
        fields = ", ".join(f"{f.name}={f.name}" for f in body_fields)
        checks.append(f"body = unstructure_{body.name}({body.name}({fields}))")
        checks.append(f"validate_{body.name}(body)")
    if checks:
        # Validation errors name the operation they stopped.
        lines.append("        try:")
        lines += [f"            {c}" for c in checks]
        lines.append("        except DiditValidationError as exc:")
        lines.append("            exc.method, exc.path = op.method, op.path")
        lines.append("            raise")
    if body is not None and op.body_kind == "json":
        args.append("json=body")
    elif body is not None:
        binaries = [
            f.wire for f in body_fields if isinstance(f.type, Scalar) and f.type.fmt == "binary"
        ]
        lines.append(f"        files = {{k: body.pop(k) for k in {binaries!r} if k in body}}")
        args += ["files=files", "data=body"]
    if body is not None:
        args.append("extra_body=extra_body")
    args += ["extra_query=extra_query", "timeout=timeout", "extra_headers=extra_headers"]
    args += [f"credential={p.name}" for p in credential_params]
    call = ", ".join(["op", *args])
    rt = op.response_type
    if op.paginated:
        item = ret[len("AsyncPaginator[") : -1]
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


def _method_doc(
    op: Operation,
    ret: str,
    path_params: list[Param],
    req_fields: list[Field],
    opt_fields: list[Field],
) -> str:
    summary = op.summary or op.op_id.replace("_", " ").capitalize()
    doc = summary.rstrip(".") + "." + ("\n\n" + op.description if op.description else "")
    doc += f"\n\n``{op.method} {op.path}``."
    others = [p for p in op.params if p.location != "path"]
    arg_docs = [(p.name, p.description, p.type) for p in path_params]
    arg_docs += [(f.name, f.description, f.type) for f in req_fields + opt_fields]
    arg_docs += [(p.name, p.description, p.type) for p in others]
    lines = [f"  {n}: {first_sentence(t) or _describe(node)}" for n, t, node in arg_docs]
    if op.body_model:
        lines.append(
            "  extra_body: fields merged into the body after validation, unchecked (for a "
            "field Didit accepts before this SDK knows it)."
        )
    lines.append("  extra_query: query parameters merged in after validation, unchecked.")
    doc += "\n\nArgs:\n" + "\n".join(lines)
    returns = {"None": "nothing (the answer has no body)", "bytes": "the file's bytes"}.get(
        ret,
        f"``{ret}``" + (" (await it for one page, iterate for every item)" if op.paginated else ""),
    )
    doc += f"\n\nReturns: {returns}."
    doc += (
        "\n\nRaises: DiditValidationError (before sending) when an argument cannot be "
        "valid; the other DiditError subclasses when Didit answers with an error."
    )
    ex_args = ", ".join(['"…"' for _ in path_params] + [f"{f.name}=…" for f in req_fields])
    prefix = "" if op.paginated else "await "
    call = f"{prefix}client.{op.resource}.{op.method_name}({ex_args})"
    return doc + f"\n\nExample: ``{_result_name(ret, op.paginated)}{call}``"


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
