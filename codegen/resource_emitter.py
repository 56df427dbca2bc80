"""Emit ``resources/<resource>.py``: one module per resource of the client.

``client.sessions`` lives in ``resources/sessions.py`` and ``client.sessions.reviews`` in
``resources/sessions_reviews.py`` (so no module grows with a root's whole subtree): the metadata
constant of each of its operations first (method, path, host, scopes: what the transport acts
on), then the async class, then its blocking twin for ``Didit``. Each operation's two methods
are written by ``method_emitter.py`` from one signature and one docstring.
``resources/__init__.py`` lists the modules and imports none of them.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from .generator import Generator
from .ir import Operation
from .method_emitter import async_method, constant_name, operation_constant, sync_method
from .model_emitter import group_order
from .source import HEADER, SEAM_NAMES, docstring, import_lines

__all__ = ["class_name", "module_name", "render_resources", "resource_tree", "sync_class_name"]


def class_name(resource: str) -> str:
    """``sessions.reviews`` → ``SessionsReviewsResource``."""
    return "".join(part.title().replace("_", "") for part in resource.split(".")) + "Resource"


def sync_class_name(resource: str) -> str:
    """``sessions.reviews`` → ``SyncSessionsReviewsResource`` (the async name, prefixed)."""
    return "Sync" + class_name(resource)


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


def module_name(resource: str) -> str:
    """``sessions.reviews`` → ``sessions_reviews``: the module under ``resources/`` holding it."""
    return resource.replace(".", "_")


def render_resources(gen: Generator) -> dict[str, str]:
    """``resources/<resource>.py`` for each resource, and the package's ``__init__.py``."""
    tree = resource_tree(gen.operations)
    files = {f"resources/{module_name(r)}.py": _module(gen, r, tree) for r in tree}
    listing = "\n".join(f"- ``{module_name(r)}``: ``client.{r}``" for r in tree)
    files["roots.py"] = _roots(tree)
    files["resources/__init__.py"] = (
        HEADER
        + '"""One module per resource of the client (a sub-resource such as\n'
        + "``client.sessions.reviews`` in a module of its own), each holding its async class, its\n"
        + "blocking twin and the metadata of its operations. Nothing is imported here: a program\n"
        + "loads the resources it uses.\n\n"
        + listing
        + '\n"""\n'
    )
    return files


def _module(gen: Generator, res: str, tree: Mapping[str, list[Operation]]) -> str:
    ops = tree[res]
    children = _children(res, tree)
    src = "".join("\n\n" + operation_constant(op) for op in ops)
    src += _async_class(gen, res, tree) + _sync_class(gen, res, tree)
    names = [constant_name(op) for op in ops] + [class_name(res), sync_class_name(res)]
    package_names = [*gen.patterns.values(), *(f"_E_{n}" for n in gen.enums)]
    package_names += gen.inline_enums.values()
    subs = "".join(f", ``client.{c}`` in ``{module_name(c)}.py``" for c in children)
    head = [
        HEADER,
        f'"""``client.{res}``, async and blocking{subs}.\n\n',
        textwrap.dedent("""\
        Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
        first; each method checks its arguments before anything is sent (a bad one raises
        ``DiditValidationError`` naming the operation), builds the body through its request
        model and calls the transport with that constant. The ``Sync*`` class is the blocking
        twin for ``Didit``: the same arguments, run through the client's runner.
        \"\"\"

        from __future__ import annotations

        """),
        import_lines(
            src, [("collections.abc", ["Mapping", "Sequence"]), ("typing", ["Any", "Literal"])]
        ),
        "\n",
        import_lines(
            src,
            [
                ("didit_async._seam", SEAM_NAMES),
                ("didit_async._sync_seam", ["SyncPaginator", "SyncRunner"]),
            ],
        ),
        import_lines(
            src,
            [
                (".._codec", sorted(package_names)),
                ("..enums", sorted(gen.enums)),
                *_group_imports(gen),
            ],
        ),
        *(
            f"from .{module_name(c)} import {class_name(c)}, {sync_class_name(c)}\n"
            for c in children
        ),
        f"\n__all__ = {sorted(names)!r}\n",
    ]
    return "".join(head) + src


def _roots(tree: Mapping[str, list[Operation]]) -> str:
    """``roots.py``: each client's root resources as cached properties, so a resource's module
    (and its models) is imported the first time a program uses it."""
    roots = sorted(r for r in tree if "." not in r and not _device_only(r, tree))
    checking = "".join(
        f"    from .resources.{module_name(r)} import {class_name(r)}, {sync_class_name(r)}\n"
        for r in roots
    )
    out = [
        HEADER,
        textwrap.dedent('''\
        """The root resources of ``AsyncDidit`` and ``Didit``, each built on first use.

        ``client.sessions`` imports ``resources/sessions.py`` (and the models it uses) the first
        time it is read, so importing the package and building a client stays as fast with 250
        operations as with 25. The clients inherit these properties and may narrow one to a
        subclass that adds methods (``AsyncDidit.sessions`` is ``Sessions``).
        """

        from __future__ import annotations

        import functools
        from typing import TYPE_CHECKING

        from didit_async._seam import Transport
        from didit_async._sync_seam import SyncRunner

        '''),
        f"if TYPE_CHECKING:\n{checking}\n",
        '__all__ = ["AsyncResources", "SyncResources"]\n',
        "\n\nclass AsyncResources:\n",
        '    """Every root resource of ``AsyncDidit``, built on first use."""\n\n',
        "    _transport: Transport\n",
    ]
    for r in roots:
        methods = ", ".join(o.method_name for o in tree[r]) or "sub-resources"
        out += [
            "\n    @functools.cached_property\n",
            f"    def {r}(self) -> {class_name(r)}:\n",
            docstring(f"``client.{r}``: {methods}.", 8),
            f"        from .resources import {module_name(r)}\n\n",
            f"        return {module_name(r)}.{class_name(r)}(self._transport)\n",
        ]
    out += [
        "\n\nclass SyncResources:\n",
        '    """Every root resource of ``Didit``, the blocking twins of the async ones."""\n\n',
        "    _runner: SyncRunner\n",
        "    _async: AsyncResources\n",
    ]
    for r in roots:
        methods = ", ".join(o.method_name for o in tree[r]) or "sub-resources"
        out += [
            "\n    @functools.cached_property\n",
            f"    def {r}(self) -> {sync_class_name(r)}:\n",
            docstring(f"``client.{r}``: {methods} (blocking).", 8),
            f"        from .resources import {module_name(r)}\n\n",
            f"        return {module_name(r)}.{sync_class_name(r)}"
            f"(self._runner, self._async.{r})\n",
        ]
    return "".join(out)


def _device_only(root: str, tree: Mapping[str, list[Operation]]) -> bool:
    """True for a root whose every operation takes the transaction SDK token (``device``): a
    device client (``AsyncDiditDevice``) serves it, never the API-key client."""
    ops = [o for r, rops in tree.items() if r == root or r.startswith(root + ".") for o in rops]
    return bool(ops) and all(o.auth == ("transaction_token",) for o in ops)


def _group_imports(gen: Generator) -> list[tuple[str, list[str]]]:
    """Where each model and its functions come from: ``..models.<group>``, ``.._codec.<group>``."""
    out = []
    for g in group_order(gen):
        models = sorted(m for m in gen.models if gen.groups[m] == g)
        out.append((f"..models.{g}", models))
        kinds = ("structure", "unstructure", "validate")
        out.append((f".._codec.{g}", sorted(f"{k}_{m}" for m in models for k in kinds)))
    return out


def _children(res: str, tree: Mapping[str, list[Operation]]) -> list[str]:
    return sorted(r for r in tree if r.startswith(res + ".") and r.count(".") == res.count(".") + 1)


def _async_class(gen: Generator, res: str, tree: Mapping[str, list[Operation]]) -> str:
    children = _children(res, tree)
    methods = ", ".join(o.method_name for o in tree[res]) or "sub-resources"
    lines = [
        f"\n\nclass {class_name(res)}:",
        f'    """``client.{res}``: {methods}."""',
        "",
        f"    __slots__ = {('_transport', *(c.rsplit('.', 1)[1] for c in children))!r}",
        "",
        "    def __init__(self, transport: Transport) -> None:",
        "        self._transport = transport",
    ]
    for c in children:
        lines.append(f"        self.{c.rsplit('.', 1)[1]} = {class_name(c)}(transport)")
    return "\n".join(lines) + "\n" + "".join(async_method(gen, op) for op in tree[res])


def _sync_class(gen: Generator, res: str, tree: Mapping[str, list[Operation]]) -> str:
    children = _children(res, tree)
    methods = ", ".join(o.method_name for o in tree[res]) or "sub-resources"
    lines = [
        f"\n\nclass {sync_class_name(res)}:",
        f'    """``client.{res}`` of ``Didit``: {methods} (blocking)."""',
        "",
        f"    __slots__ = {('_async', '_runner', *(c.rsplit('.', 1)[1] for c in children))!r}",
        "",
        f"    def __init__(self, runner: SyncRunner, resource: {class_name(res)}) -> None:",
        "        self._runner = runner",
        "        self._async = resource",
    ]
    for c in children:
        attr = c.rsplit(".", 1)[1]
        lines.append(f"        self.{attr} = {sync_class_name(c)}(runner, resource.{attr})")
    return "\n".join(lines) + "\n" + "".join(sync_method(gen, op) for op in tree[res])
