"""The import graph of the package and of the generator: no cycles, and each layer of the package
imports only what docs/ARCHITECTURE.md allows. Every import counts, including ones inside
functions and ``if TYPE_CHECKING:`` blocks (a lazy import hides a cycle from the interpreter, not
from a reader). And no hand-written module grows past what a reader takes in at one sitting."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "didit_async"
CODEGEN = ROOT / "codegen"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for package in (PACKAGE, CODEGEN) for p in package.rglob("*.py")}


def _imports(name: str) -> set[str]:
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            targets = [base] + [f"{base}.{a.name}" for a in node.names]
        for target in targets:
            # `import a.b.c` also runs a and a.b; only modules of this package count.
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


GRAPH = {name: _imports(name) for name in MODULES}


def _cycles() -> list[list[str]]:
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(GRAPH[node]):
            if _is_package_of(nxt, node):
                continue  # importing a.b runs a/__init__ first; that is not a cycle by itself
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name)
    return cycles


def _is_package_of(maybe_package: str, module: str) -> bool:
    return module.startswith(maybe_package + ".") and MODULES[maybe_package].name == "__init__.py"


def test_the_graph_sees_lazy_imports() -> None:
    # cli/__init__ imports _main only inside main(): that edge must still be in the graph.
    assert "didit_async.cli._main" in GRAPH["didit_async.cli"]


def test_no_import_cycles_in_the_package_or_the_generator() -> None:
    assert "codegen.pipeline" in GRAPH
    assert "didit_async._client" in GRAPH
    assert _cycles() == []


def test_no_hand_written_module_is_over_600_lines() -> None:
    lengths = {name: len(path.read_text().splitlines()) for name, path in MODULES.items()}
    too_long = {
        name: n
        for name, n in lengths.items()
        if n > 600 and not name.startswith("didit_async._generated")
    }
    assert too_long == {}


def test_generated_code_imports_only_the_seam_and_itself() -> None:
    for name, targets in GRAPH.items():
        if name.startswith("didit_async._generated"):
            outside = {t for t in targets if not t.startswith("didit_async._generated")}
            # The blocking twins (beside each async class in resources/) also take their
            # runner protocol from the sync seam, which itself imports only the seam.
            assert outside <= {"didit_async._seam", "didit_async._sync_seam"}, (name, outside)
    assert GRAPH["didit_async._sync_seam"] <= {"didit_async._seam"}


def test_the_seam_and_errors_sit_below_everything_hand_written() -> None:
    # _errors -> _constants, _json (a leaf) and the generated spec facts; _seam -> _errors.
    # Nothing else, so the generated code can raise DiditValidationError itself.
    assert GRAPH["didit_async._errors"] <= {
        "didit_async._constants",
        "didit_async._json",
        "didit_async._generated",
        "didit_async._generated.spec",
    }
    assert GRAPH["didit_async._seam"] <= {"didit_async._errors"}


def test_only_the_http_module_imports_httpx() -> None:
    http_library = {"httpx", "httpcore"}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text())
        uses = any(
            (
                isinstance(n, ast.Import)
                and any(a.name.split(".")[0] in http_library for a in n.names)
            )
            or (isinstance(n, ast.ImportFrom) and (n.module or "").split(".")[0] in http_library)
            for n in ast.walk(tree)
        )
        assert not uses or name == "didit_async._http", name


# The layer map of docs/ARCHITECTURE.md §0, top to bottom, by module name under didit_async
# ("" is the package itself); a name ending in "*" covers every module that starts with it.
LAYERS: dict[str, tuple[str, ...]] = {
    "users and beside": (
        "",
        "models",
        "webhooks",
        # receiving: the ASGI endpoint and the WSGI receiver, over the steps they share, over
        # the deduplicators; verifying and signing beside them
        "_webhook_asgi",
        "_webhook_wsgi",
        "_webhook_receive",
        "_webhook_dedup",
        "_webhook_verify",
        "_webhook_sign",
        "redis",
        "_redis_*",
        "demo",
        "cli*",
        "sandbox*",
    ),
    "client": (
        "_client",
        "_sessions",
        "_transactions",
        "_bulk",
        "_polling",
        "_lost_writes",
        "_sync_client",
        "_sync_sessions",
        "_sync_transactions",
        "_sync_pagination",
        "_sync_streams",
        "_sync_runtime",
        "_sync_loop_thread",
        "_sync_bridge",
    ),
    "transport": (
        "_transport",
        "_transport_*",
        "_ratelimit",
        "_retry",
        "_pagination",
        "_auth",
        "_guard",
        "_response",
        "_logging",
        "_clock",
    ),
    "http": ("_http",),
    "generated": (
        "_generated",
        "_generated._codec*",
        "_generated.enums",
        "_generated.models*",
        "_generated.roots",
        "_generated.operations",
        "_generated.resources*",
    ),
    "seam": ("_seam", "_sync_seam"),
    "bottom": ("_errors", "_constants", "_json", "_generated.spec"),
}


def _layer(module: str) -> int:
    """The rank of ``module`` on the map, 0 at the top."""
    name = module.removeprefix("didit_async").removeprefix(".")
    found = [
        rank
        for rank, names in enumerate(LAYERS.values())
        for pattern in names
        if name == pattern or (pattern.endswith("*") and name.startswith(pattern[:-1]))
    ]
    assert len(found) == 1, f"{module} is on the layer map {len(found)} times: place it once"
    return found[0]


def test_every_module_imports_only_its_own_layer_and_those_below() -> None:
    upward = [
        f"{name} -> {target}"
        for name, targets in GRAPH.items()
        if name.startswith("didit_async")
        for target in targets
        if not _is_package_of(target, name) and _layer(target) < _layer(name)
    ]
    assert upward == []


def test_the_webhook_modules_each_hold_one_thing_and_import_downward() -> None:
    # The deduplicators know nothing of HTTP (the Redis store builds on them alone); both
    # receivers share one set of steps; nothing below the façade imports it.
    def webhook_imports(name: str) -> set[str]:
        return {t for t in GRAPH[f"didit_async.{name}"] if "webhook" in t}

    assert webhook_imports("_webhook_dedup") == set()
    assert webhook_imports("_redis_dedup") == {"didit_async._webhook_dedup"}
    assert webhook_imports("_webhook_receive") == {"didit_async._webhook_dedup"}
    for receiver in ("_webhook_asgi", "_webhook_wsgi"):
        assert webhook_imports(receiver) == {
            "didit_async._webhook_dedup",
            "didit_async._webhook_receive",
        }
