"""Helpers for writing generated Python source: the header line, docstrings, import lines.

Shared by every emitter; imports nothing from the rest of the generator.
"""

from __future__ import annotations

import ast
import re
import textwrap

__all__ = ["HEADER", "SEAM_NAMES", "docstring", "first_sentence", "import_lines"]

HEADER = "# Generated from openapi/didit.yaml by codegen. Do not edit.\n"

# What the generated modules may take from didit_async._seam; each imports only those it uses.
SEAM_NAMES = [
    "NOT_GIVEN",
    "UNSET",
    "AsyncPaginator",
    "DiditValidationError",
    "EnumTable",
    "FileInput",
    "Idempotency",
    "OperationMeta",
    "Timeout",
    "Transport",
    "Unset",
    "check_file",
    "is_date",
    "is_datetime",
    "is_email",
    "is_uri",
    "is_uuid",
    "path_param",
]


def _fill(para: str, width: int) -> str:
    """Wrap a paragraph; an indented list (``Args:`` and its items) keeps one item a line."""
    lines = para.strip("\n").split("\n")
    if not any(ln.startswith("  ") for ln in lines[1:]):
        return textwrap.fill(para.strip(), width)
    return "\n".join(
        textwrap.fill(ln.rstrip(), width, subsequent_indent="      ") for ln in lines if ln.strip()
    )


def docstring(text: str | None, indent: int, fallback: str = "") -> str:
    """``text`` as a docstring indented by ``indent`` (``fallback`` when it is empty); nothing
    when both are empty. Paragraphs are wrapped to the generated code's line length."""
    text = (text or fallback).strip()
    if not text:
        return ""
    width = 96 - indent
    paras = [_fill(p, width) for p in text.split("\n\n") if p.strip()]
    body = "\n\n".join(paras).replace("\\", "\\\\").replace('"""', "'''")
    pad = " " * indent
    lines = body.split("\n")
    if len(lines) == 1 and len(lines[0]) <= width - 6:
        return f'{pad}"""{lines[0]}"""\n'
    return (
        f'{pad}"""' + ("\n".join(pad + ln if ln else "" for ln in lines)).lstrip() + f'\n{pad}"""\n'
    )


def first_sentence(text: str) -> str:
    """The first sentence of a description, on one line (arguments get one line each)."""
    text = " ".join(text.split())
    m = re.match(r"(.+?[.!?])(\s|$)", text)
    first = m.group(1) if m else text
    return first if len(first) <= 160 else first[:157].rstrip() + "..."


def import_lines(src: str, sources: list[tuple[str, list[str]]]) -> str:
    """``from module import ...`` lines naming only what ``src`` uses (its parsed names).

    Emitting only used imports keeps the output lint-clean without a fixer deleting lines.
    """
    used = {n.id for n in ast.walk(ast.parse(src)) if isinstance(n, ast.Name)}
    out = []
    for module, names in sources:
        wanted = [n for n in names if n in used]
        if wanted:
            out.append(f"from {module} import {', '.join(wanted)}\n")
    return "".join(out)
