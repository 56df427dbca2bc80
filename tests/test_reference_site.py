"""The API reference shows the API: checked on the built site, not on the Markdown.

The site is built once (``mkdocs build --strict`` into a temporary directory, the same command
CI's docs phase runs), then, for both clients, every public method of every resource reached
from the client must have an entry on its resource's page whose heading is the path a user
types (``client.sessions.create``), whose signature names the method, every parameter and the
return type, and whose text holds the docstring's first line. The constructors must show every
parameter, every public attrs class every field, every public name an entry, and no page may
show a raw doctest, a ``# doctest:`` flag, a Sphinx role or a private module in a heading.

The methods expected are found here independently of the page generator
(docs/_hooks/reference.py), and checked against the spec's operation table, so a walk that
missed a resource would fail here rather than hide it. mkdocs comes from the ``docs`` dependency
group, which ``make install`` installs.
"""

from __future__ import annotations

import functools
import html
import importlib
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import didit_async
from didit_async._generated.operations import OPERATIONS

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[1]
PUBLIC_MODULES = [
    "didit_async",
    "didit_async.models",
    "didit_async.webhooks",
    "didit_async.redis",
    "didit_async.sandbox",
]
CLIENTS = {"async": didit_async.AsyncDidit, "sync": didit_async.Didit}
_HEADING = re.compile(r'<h(\d) id="([^"]+)" class="doc doc-heading">(.*?)</h\1>', re.S)
_ROLE = re.compile(r":(?:class|meth|func|attr|exc|data|mod|obj|const):`~?([^`]+)`")


def _text(fragment: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _squash(text: str) -> str:
    """Text without whitespace or commas: a signature however it was wrapped."""
    return re.sub(r"[\s,]", "", text)


def _resources(obj: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """(path, resource) for every resource attribute under ``obj``, recursively."""
    names = set(getattr(obj, "__dict__", {}))
    names.update(s for c in type(obj).__mro__ for s in getattr(c, "__slots__", ()))
    # Root resources are built on first use (cached properties of the generated roots).
    names.update(
        n
        for c in type(obj).__mro__
        for n, v in vars(c).items()
        if isinstance(v, functools.cached_property)
    )
    found = []
    for name in sorted(names):
        value = getattr(obj, name, None)
        if (
            name.startswith("_")
            or isinstance(value, (didit_async.AsyncDidit, didit_async.Didit))
            or not type(value).__module__.startswith("didit_async.")
        ):
            continue
        found.append((f"{prefix}{name}", value))
        found += _resources(value, f"{prefix}{name}.")
    return found


def _methods(kind: str) -> list[tuple[str, Any]]:
    """(``sessions.create``, function) for every public method of every resource of a client."""
    client = CLIENTS[kind](api_key="sk_test_reference")
    # The transaction-token operations are a device client's (``client.device(token)``).
    reached = _resources(client) + _resources(client.device("txsdk_reference"), "device.")
    methods = []
    for path, resource in reached:
        for name, member in inspect.getmembers(type(resource), inspect.isfunction):
            if not name.startswith("_"):
                methods.append((f"{path}.{name}", member))
    return methods


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=840,
    )
    assert done.returncode == 0, done.stderr[-5000:]
    return site_dir


@pytest.fixture(scope="module")
def entries(site: Path) -> dict[str, tuple[str, str, str]]:
    """Every rendered object on the site: its anchor id to (page, heading text, section HTML)."""
    found = {}
    for page in sorted(site.glob("reference/**/index.html")):
        text = page.read_text(encoding="utf-8")
        headings = list(_HEADING.finditer(text))
        for heading, after in zip(headings, [*headings[1:], None], strict=True):
            end = after.start() if after is not None else len(text)
            section = text[heading.end() : end]
            page_name = str(page.parent.relative_to(site))
            found[heading.group(2)] = (page_name, _text(heading.group(3)), section)
    return found


def test_every_operation_of_the_spec_is_reached_from_both_clients() -> None:
    # The walk below finds what the pages must show; the spec's operation table keeps it honest.
    for kind in CLIENTS:
        reached = {path for path, _ in _methods(kind)}
        expected = {f"{op.resource}.{op.method_name}" for op in OPERATIONS.values()}
        assert expected - reached == set(), kind


@pytest.mark.parametrize("kind", sorted(CLIENTS))
def test_every_method_of_every_resource_has_its_entry(
    kind: str, entries: dict[str, tuple[str, str, str]]
) -> None:
    by_heading = {(page, h.split(" ")[0]): section for page, h, section in entries.values()}
    missing, wrong = [], []
    for path, func in _methods(kind):
        page = f"reference/{kind}/{path.split('.', 1)[0]}"
        section = by_heading.get((page, f"client.{path}"))
        if section is None:
            missing.append(path)
            continue
        signature = _squash(_text(section.split('class="doc doc-contents', 1)[0]))
        sig = inspect.signature(func)
        needles = [f"{func.__name__}("]
        needles += [f"{p}:" for p in sig.parameters if p != "self"]
        if sig.return_annotation is not inspect.Signature.empty:
            needles.append(f")->{_squash(str(sig.return_annotation))}")
        body = _text(section)
        first_line = (inspect.getdoc(func) or "").strip().splitlines()[0]
        first_line = _ROLE.sub(r"\1", first_line).replace("`", "")
        problems = [n for n in needles if _squash(n) not in signature]
        if _squash(first_line) not in _squash(body):
            problems.append(f"docstring: {first_line!r}")
        if problems:
            wrong.append((path, problems))
    assert missing == [], f"{kind}: no entry for {len(missing)} methods: {missing}"
    assert wrong == [], wrong[:10]


def test_the_constructors_show_every_parameter(entries: dict[str, tuple[str, str, str]]) -> None:
    for cls in CLIENTS.values():
        _page, heading, section = entries[f"didit_async.{cls.__name__}"]
        assert heading.startswith(f"didit_async.{cls.__name__}")
        signature = _squash(_text(section.split('class="doc doc-contents', 1)[0]))
        for name in inspect.signature(cls).parameters:
            assert f"{name}:" in signature, (cls.__name__, name)


def _public_names() -> list[tuple[str, str, Any]]:
    found = []
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            found.append((module_name, name, getattr(module, name)))
    return found


def test_every_public_name_has_an_entry_and_every_attrs_class_its_fields(
    entries: dict[str, tuple[str, str, str]],
) -> None:
    missing = []
    for module_name, name, obj in _public_names():
        if name == "__version__":
            continue
        entry = f"{module_name}.{name}"
        if entry not in entries:
            missing.append(entry)
            continue
        if inspect.isclass(obj) and attrs.has(obj):
            missing += [
                f"{entry}.{f.name}"
                for f in attrs.fields(obj)
                if not f.name.startswith("_") and f"{entry}.{f.name}" not in entries
            ]
    assert missing == [], f"{len(missing)} missing: {missing[:20]}"


def test_no_page_shows_raw_doctests_roles_or_private_headings(site: Path) -> None:
    problems = []
    for page in sorted(site.glob("reference/**/index.html")):
        text = page.read_text(encoding="utf-8")
        name = page.parent.relative_to(site)
        # A doctest outside a code block renders as a paragraph starting with ">>>".
        if re.search(r"<p>&gt;&gt;&gt;", text) or "doctest:" in text:
            problems.append(f"{name}: raw doctest")
        if role := re.search(r":(class|meth|func|attr|exc|data|mod):`", text):
            problems.append(f"{name}: role {role.group(0)}")
        for match in _HEADING.finditer(text):
            shown = _text(match.group(3)).split(" ")[0]
            if re.search(r"\._[a-z]", shown):
                problems.append(f"{name}: heading {shown}")
    assert problems == []
    # and the doctests are there, as code
    client_page = (site / "reference" / "client" / "index.html").read_text(encoding="utf-8")
    assert 'class="gp">&gt;&gt;&gt; </span>' in client_page
