"""The docs site's docstring rewriting (docs/_hooks/docstrings.py, a griffe extension): what
``help()`` shows as reST and doctest, the site shows as Markdown code, links and sections."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _extension() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "docs_docstrings", ROOT / "docs" / "_hooks" / "docstrings.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_doctest_becomes_a_console_code_block_without_its_flags() -> None:
    text = "Use it so:\n>>> client = AsyncDidit()  # doctest: +SKIP\n>>> 1 + 1\n2\n\nAfter."
    assert _extension().render_docstring(text).splitlines() == [
        "Use it so:",
        "",
        "```pycon",
        ">>> client = AsyncDidit()",
        ">>> 1 + 1",
        "2",
        "```",
        "",
        "After.",
    ]


def test_roles_become_code_linked_when_public() -> None:
    rendered = _extension().render_docstring(
        "See :class:`RetryEvent`, :class:`~didit_async.webhooks.Claim`"
        " and :meth:`AsyncDidit._build`."
    )
    assert rendered == (
        "See [`RetryEvent`][didit_async.RetryEvent], [`Claim`][didit_async.webhooks.Claim]"
        " and `AsyncDidit._build`."
    )


def test_one_line_generated_sections_become_google_sections() -> None:
    text = (
        "Retrieve a session.\n\nReturns: ``Session``.\n\nRaises: DiditValidationError (before"
        " sending) when\nan argument cannot be valid.\n\nExample: ``s = await client.x(1)``"
    )
    assert _extension().render_docstring(text).splitlines() == [
        "Retrieve a session.",
        "",
        "Returns:",
        "    ``Session``.",
        "",
        "Raises:",
        "    DiditValidationError: (before sending) when an argument cannot be valid.",
        "",
        "Example:",
        "    ```python",
        "    s = await client.x(1)",
        "    ```",
    ]
