"""A mkdocs hook: the API reference pages, generated from the live objects on every build.

Nothing here names a resource, a method or the module a class lives in. The clients are built
(no I/O happens before a first call) and walked: every public attribute holding a resource
object, recursively, and every public method of that resource's class. A method is rendered
from the module and class that define it (``func.__module__``, ``func.__qualname__``), under the
heading a user types (``client.sessions.create``). So an operation added to the spec, a method
added by hand, or a generated module split or moved appears on the next build with no edit here.

Pages written (none exists on disk):

- ``reference/client.md`` and ``reference/sync.md``: ``AsyncDidit`` and ``Didit``, their
  constructors and own members, and a table of their resources;
- ``reference/async/<resource>.md`` and ``reference/sync/<resource>.md``: one page per top-level
  resource of each client, every method of it and of its sub-resources;
- ``reference/models.md``, ``webhooks.md``, ``redis.md``, ``sandbox.md``: each public module,
  every name of its ``__all__``;
- ``reference/more.md``: every name of ``didit_async.__all__`` no hand-written reference page
  renders (``::: didit_async.Name``), so a new public name is never missing.

``docs/_hooks/docstrings.py`` (a griffe extension) turns doctests and roles into Markdown.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

REFERENCE = "reference"
CLIENTS = (("AsyncDidit", "async", "client.md"), ("Didit", "sync", "sync.md"))
PUBLIC_MODULES = (
    ("didit_async.models", "models.md", "Models"),
    ("didit_async.webhooks", "webhooks.md", "Webhooks"),
    ("didit_async.redis", "redis.md", "Redis (many workers)"),
    ("didit_async.sandbox", "sandbox.md", "Sandbox"),
)
_RENDERED = re.compile(r"^:::\s*didit_async\.(\w+)\s*$", re.MULTILINE)

CLIENT_INTRO = {
    "AsyncDidit": (
        "The asynchronous client. Every operation is a method on a resource attribute "
        "(`client.sessions`, `client.webhooks.destinations`, ...): required identifiers are "
        "positional, everything else keyword-only, with per-call `timeout=` and "
        "`extra_headers=`. Each resource has a page below."
    ),
    "Didit": (
        "The blocking client: every resource and method of "
        "[`AsyncDidit`][didit_async.AsyncDidit] as plain calls, with the same arguments, "
        "models and errors. See [The blocking client](../guides/sync.md)."
    ),
}


@dataclass
class Resource:
    """One resource object reached from a client, and its public methods."""

    path: str  # "sessions.reviews"
    obj: Any
    methods: list[tuple[str, Any]] = field(default_factory=list)  # (name, function)

    @property
    def root(self) -> str:
        return self.path.split(".", 1)[0]


def _defined_in_package(value: Any) -> bool:
    return type(value).__module__.split(".", 1)[0] == "didit_async"


def _spec_resource_paths() -> set[str]:
    """Every ``x-sdk`` resource path of the spec (``sessions``, ``sessions.reviews``, ...)."""
    try:
        from didit_async._generated.operations import OPERATIONS
    except ImportError:  # moved: the attribute walk alone still finds every wired resource
        return set()
    paths: set[str] = set()
    for op in OPERATIONS.values():
        parts = op.resource.split(".")
        paths.update(".".join(parts[: i + 1]) for i in range(len(parts)))
    return paths


def client_resources(client: Any) -> list[Resource]:
    """Every resource of ``client``, depth first in name order, with its public methods.

    A resource is a public attribute holding an object of this package that is not a client
    and not reached through a property (``transport``, ``async_client``), plus every resource
    path the spec names, however the client provides it (a lazy property included).
    """
    import didit_async

    clients = (didit_async.AsyncDidit, didit_async.Didit)
    spec_paths = _spec_resource_paths()

    def walk(obj: Any, prefix: str) -> Iterator[Resource]:
        for name in sorted(dir(obj)):
            path = f"{prefix}{name}"
            is_property = isinstance(inspect.getattr_static(type(obj), name, None), property)
            if name.startswith("_") or (is_property and path not in spec_paths):
                continue
            value = getattr(obj, name)
            if (
                inspect.isroutine(value)
                or isinstance(value, clients)
                or not _defined_in_package(value)
            ):
                continue
            yield Resource(path, value, public_methods(value))
            yield from walk(value, f"{path}.")

    found = list(walk(client, ""))
    make_device = getattr(client, "device", None)
    if "device" in spec_paths and callable(make_device):
        # The transaction-token operations live on a device client (``client.device(token)``),
        # rendered under ``client.device`` as a user reaches them.
        holder = make_device("txsdk_reference")
        found.append(Resource("device", holder))
        found.extend(walk(holder, "device."))
    missing = spec_paths - {r.path for r in found}
    if missing:
        raise RuntimeError(f"resources of the spec not reachable on {client!r}: {missing}")
    return found


def public_methods(obj: Any) -> list[tuple[str, Any]]:
    """The public methods of ``obj``'s class, in name order (inherited ones included)."""
    methods = []
    for name in sorted(dir(type(obj))):
        attr = inspect.getattr_static(type(obj), name)
        if not name.startswith("_") and inspect.isfunction(attr):
            methods.append((name, attr))
    return methods


def object_path(func: Any) -> str:
    """The dotted path griffe knows ``func`` by: where it is defined, not where it is reached."""
    return f"{func.__module__}.{func.__qualname__}"


def _make_client(name: str) -> Any:
    import didit_async

    # A placeholder key: building a client does no I/O and reads nothing it would send.
    return getattr(didit_async, name)(api_key="sk_docs_placeholder")


def _directive(path: str, indent: int = 0, **options: object) -> str:
    pad = " " * indent
    lines = [f"{pad}::: {path}"]
    if options:
        lines.append(f"{pad}    options:")
        for key, value in options.items():
            rendered = repr(value) if isinstance(value, str) else str(value).lower()
            if isinstance(value, list):
                rendered = "[" + ", ".join(f'"{v}"' for v in value) + "]"
            lines.append(f"{pad}      {key}: {rendered}")
    return "\n".join(lines) + "\n"


def _first_line(obj: Any) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.strip().split("\n\n", 1)[0].replace("\n", " ").replace("|", "\\|")


def resource_page(client_name: str, root: str, resources: list[Resource]) -> str:
    """The page of one top-level resource of one client: every method, sub-resources too."""
    out = [f"# {client_name}: `client.{root}`\n"]
    if client_name == "Didit":
        out.append(
            f"The blocking twin of [`AsyncDidit`'s `client.{root}`](../async/{root}.md): the "
            "same arguments, models and errors; each call blocks until Didit answers.\n"
        )
    out.append("| Method | |\n|---|---|")
    for resource in resources:
        for name, func in resource.methods:
            out.append(
                f"| [`client.{resource.path}.{name}`][{object_path(func)}] | {_first_line(func)} |"
            )
    out.append("")
    for resource in resources:
        depth = resource.path.count(".")
        if depth:
            out.append(f"{'#' * (depth + 1)} `client.{resource.path}`\n")
        for name, func in resource.methods:
            out.append(
                _directive(
                    object_path(func),
                    heading=f"client.{resource.path}.{name}",
                    toc_label=f"{resource.path}.{name}",
                    heading_level=depth + 2,
                    show_root_full_path=False,
                )
            )
    return "\n".join(out)


def client_page(client_name: str, kind: str, resources: list[Resource]) -> str:
    """The client's page: constructor, own members and a table of its resources."""
    import didit_async

    cls = getattr(didit_async, client_name)
    roots = sorted({r.root for r in resources})
    own = [name for name in sorted(vars(cls)) if not name.startswith("_") and name not in roots]
    out = [f"# {client_name}\n", CLIENT_INTRO[client_name] + "\n"]
    out.append(
        _directive(
            f"didit_async.{client_name}",
            members=own,
            merge_init_into_class=True,
            heading_level=2,
        )
    )
    out.append("## Resources\n\n| Attribute | Methods |\n|---|---|")
    for root in roots:
        names = [
            f"`{r.path}.{m}`" if r.path != root else f"`{m}`"
            for r in resources
            if r.root == root
            for m, _ in r.methods
        ]
        out.append(f"| [`client.{root}`]({kind}/{root}.md) | {', '.join(names)} |")
    return "\n".join(out) + "\n"


def module_page(module_name: str, title: str) -> str:
    """A public module's page: its docstring and every name of its ``__all__``."""
    import importlib

    module = importlib.import_module(module_name)
    names = list(getattr(module, "__all__", ()))
    return f"# {title}\n\n" + _directive(
        module_name,
        members=names,
        heading_level=2,
        members_order="alphabetical",
        show_root_members_full_path=True,
    )


def leftovers_page(docs_dir: Path) -> str:
    """Every top-level public name that no hand-written reference page renders."""
    import didit_async

    rendered: set[str] = set()
    for page in (docs_dir / REFERENCE).glob("*.md"):
        rendered.update(_RENDERED.findall(page.read_text(encoding="utf-8")))
    out = [
        "# More public names\n",
        "Everything else `didit_async` exports, as `from didit_async import ...`.\n",
    ]
    for name in didit_async.__all__:
        if name in rendered or name in {c for c, _, _ in CLIENTS}:
            continue
        out.append(_directive(f"didit_async.{name}", heading_level=2))
    return "\n".join(out)


def reference_pages(docs_dir: Path) -> dict[str, str]:
    """Every generated page: its path under ``docs/`` to its Markdown."""
    pages: dict[str, str] = {}
    for client_name, kind, page in CLIENTS:
        resources = client_resources(_make_client(client_name))
        pages[f"{REFERENCE}/{page}"] = client_page(client_name, kind, resources)
        for root in sorted({r.root for r in resources}):
            members = [r for r in resources if r.root == root]
            pages[f"{REFERENCE}/{kind}/{root}.md"] = resource_page(client_name, root, members)
    for module_name, page, title in PUBLIC_MODULES:
        pages[f"{REFERENCE}/{page}"] = module_page(module_name, title)
    pages[f"{REFERENCE}/more.md"] = leftovers_page(docs_dir)
    return pages


_PAGES: dict[str, str] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Generate the pages and add each client's resource pages to the nav."""
    _PAGES.clear()
    _PAGES.update(reference_pages(Path(config.docs_dir)))
    for entry in config.nav or []:
        if isinstance(entry, dict) and "API reference" in entry:
            section = entry["API reference"]
            for client_name, kind, _ in CLIENTS:
                prefix = f"{REFERENCE}/{kind}/"
                section.append(
                    {
                        f"{client_name} resources": [
                            {path[len(prefix) : -3]: path}
                            for path in sorted(_PAGES)
                            if path.startswith(prefix)
                        ]
                    }
                )
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages to the build (nothing is written under ``docs/``)."""
    for path, content in _PAGES.items():
        files.append(File.generated(config, path, content=content))
    return files
