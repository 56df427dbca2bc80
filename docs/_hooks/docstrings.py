"""A griffe extension: docstrings written for ``help()`` and doctest, rendered for the site.

The package's docstrings follow the house style (Google sections, reST literals, doctests),
which mkdocstrings would show half-raw. Before rendering, each docstring is rewritten:

- a doctest (``>>>`` lines, their ``...`` continuations and expected output) becomes a
  ``pycon`` code block, without its ``# doctest:`` directives;
- a Sphinx role (``:class:`X```, ``:meth:`~a.b```, ...) becomes inline code, linked when it
  names something public the site renders (``didit_async.X``, ``didit_async.models.X``, ...);
- a one-line section the generated resources write (``Returns: ``Model``.``, ``Raises: ...``,
  ``Example: ``...````) becomes a real Google section, so its return type and errors are
  rendered as tables and its example as code.

Only the rendered text changes: the source, ``help()`` and the doctests stay as written.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any

import griffe

_PUBLIC_MODULES = (
    "didit_async",
    "didit_async.models",
    "didit_async.webhooks",
    "didit_async.redis",
    "didit_async.sandbox",
)

_ROLE = re.compile(r":(?:py:)?(?:class|meth|func|attr|exc|data|mod|obj|const|ref):`(~?)([^`]+)`")
_DOCTEST_FLAG = re.compile(r"\s*#\s*doctest:.*$")
# A Google section written on one line ("Returns: ``Model``.") with nothing indented under it.
_INLINE_SECTION = re.compile(r"^(Returns|Raises|Example|Examples|Yields): (\S.*)$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][\w.]*$")


@cache
def public_names() -> dict[str, str]:
    """Short and dotted names of everything public, to the identifier the site renders it as."""
    names: dict[str, str] = {}
    for module_name in reversed(_PUBLIC_MODULES):  # the top level wins a short name
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            target = f"{module_name}.{name}"
            names[name] = target
            names[target] = target
    for module_name in _PUBLIC_MODULES[1:]:
        names[module_name] = module_name
    return names


def _role(match: re.Match[str]) -> str:
    tilde, target = match.groups()
    target = target.strip().removesuffix("()")
    shown = target.rsplit(".", 1)[-1] if tilde else target
    identifier = public_names().get(target)
    if identifier is None:
        return f"`{shown}`"
    return f"[`{shown}`][{identifier}]"


def _fence_doctests(lines: list[str]) -> list[str]:
    out: list[str] = []
    in_fence = False
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.lstrip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        if in_fence or not stripped.startswith(">>>"):
            out.append(line)
            i += 1
            continue
        indent = line[: len(line) - len(stripped)]
        if out and out[-1].strip():
            out.append("")  # a fence must start its own block
        out.append(f"{indent}```pycon")
        while i < len(lines) and lines[i].strip() and lines[i].startswith(indent):
            out.append(_DOCTEST_FLAG.sub("", lines[i]))
            i += 1
        out.append(f"{indent}```")
        if i < len(lines) and lines[i].strip():
            out.append("")
    return out


def _inline_sections(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        match = _INLINE_SECTION.match(lines[i])
        next_indented = i + 1 < len(lines) and lines[i + 1].startswith(" ")
        if match is None or next_indented:
            out.append(lines[i])
            i += 1
            continue
        title, first = match.groups()
        paragraph = [first]
        i += 1
        while i < len(lines) and lines[i].strip() and not lines[i].startswith(" "):
            paragraph.append(lines[i].strip())
            i += 1
        text = " ".join(paragraph)
        out.append(f"{title}:")
        if title == "Raises":
            exc, _, rest = text.partition(" ")
            if _IDENTIFIER.match(exc):
                text = f"{exc}: {rest}"
        elif title.startswith("Example") and text.startswith("``") and text.endswith("``"):
            out += ["    ```python", f"    {text[2:-2].strip()}", "    ```"]
            continue
        out.append(f"    {text}")
    return out


def render_docstring(text: str) -> str:
    """The docstring ``text`` (dedented) as the site should render it."""
    lines = _inline_sections(_fence_doctests(text.splitlines()))
    return _ROLE.sub(_role, "\n".join(lines))


class DocstringsForTheSite(griffe.Extension):
    """Rewrites every docstring of the package with ``render_docstring``."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = render_docstring(obj.docstring.value)
