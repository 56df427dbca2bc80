"""Showing results: rich tables for people, one JSON document (or JSON lines) for scripts."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable
from typing import Any

import attrs
import click
from rich.console import Console
from rich.table import Table

from didit_async._seam import Page
from didit_async.models import encode

from ._config import redact


def jsonable(obj: Any) -> Any:
    """Models, pages and lists as JSON-shaped data (Didit's own field names)."""
    if isinstance(obj, Page):
        return {
            "count": obj.count,
            "next": obj.next,
            "previous": obj.previous,
            "results": [jsonable(r) for r in obj.results],
        }
    if isinstance(obj, list | tuple):
        return [jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): jsonable(v) for k, v in obj.items()}
    if attrs.has(type(obj)):
        return encode(obj)
    return obj


def every_page(items: list[Any]) -> dict[str, Any]:
    """Every item of a walk (``--all``) in the shape of one page, so scripts parse one shape."""
    return {"count": len(items), "next": None, "previous": None, "results": items}


# Identifiers people copy: never wrapped or cut in a table.
_ID_COLUMN = re.compile(r"(^|_)(id|uuid|token)$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
# A nested value in a row table is shortened to this many characters, at a word boundary.
_NESTED_CELL_CHARS = 60


def _cell(value: Any, *, limit: int | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        text = json.dumps(value, default=str, separators=(", ", ": "))
        return _shorten(text, limit) if limit else text
    return str(value)


def _shorten(text: str, limit: int) -> str:
    """``text`` cut at the last space before ``limit`` (never mid-word), marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(",:; ") + " …"


def _is_id_column(name: str, rows: list[Any]) -> bool:
    if _ID_COLUMN.search(name):
        return True
    return any(isinstance(r, dict) and _UUID.match(str(r.get(name) or "")) for r in rows[:20])


def _quiet_stdout() -> None:
    """The reader of stdout went away (``| head``): send the rest to /dev/null, quietly.

    Later writes (and the interpreter's final flush) would raise BrokenPipeError again; a bulk
    run keeps going, its results file stays the record.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)


class Output:
    """Writes results in the mode the user asked for; secrets are masked unless kept."""

    def __init__(self, *, as_json: bool) -> None:
        self.as_json = as_json
        self.stdout_closed = False
        self.console = Console(highlight=False, soft_wrap=True)
        self.err = Console(stderr=True, highlight=False, soft_wrap=True)

    def emit(
        self,
        obj: Any,
        *,
        columns: Iterable[str] | None = None,
        keep: frozenset[str] = frozenset(),
        title: str | None = None,
    ) -> None:
        """One result: a JSON document, or a table (rows for lists, key/value for objects)."""
        data = redact(jsonable(obj), keep=keep)
        if self.as_json:
            self._out(json.dumps(data, indent=2, default=str))
            return
        rows = data.get("results") if isinstance(data, dict) and "results" in data else data
        if isinstance(rows, list):
            self.table(rows, columns=columns, title=title)
            if isinstance(data, dict) and data.get("count") is not None:
                shown = len(rows)
                self.err.print(f"{shown} of {data['count']} shown")
            return
        if isinstance(data, dict):
            table = Table(show_header=False, title=title)
            table.add_column("field", style="bold")
            table.add_column("value")
            for key, value in data.items():
                table.add_row(key, _cell(value))  # whole: the value column wraps at spaces
            self._print(table)
            return
        self._out(_cell(data))

    def table(
        self, rows: list[Any], *, columns: Iterable[str] | None = None, title: str | None = None
    ) -> None:
        """A list of objects as a table (the given columns, or the keys of the first row)."""
        if not rows:
            # An empty table has no keys to head it; a header row of "value" read as a bug.
            self._out("No results.")
            return
        cols = list(columns or (rows[0].keys() if rows and isinstance(rows[0], dict) else []))
        cols, hidden = self._fitting(cols, rows)
        if hidden:
            self.err.print(
                f"({', '.join(hidden)} hidden at {self.console.width} columns; widen the "
                "terminal or use --json)"
            )
        table = Table(title=title)
        for col in cols or ["value"]:
            if _is_id_column(col, rows):
                # Ids stay on one line, whole, for copying; the other columns give way.
                width = max(
                    [len(col)] + [len(_cell(r.get(col))) for r in rows if isinstance(r, dict)]
                )
                table.add_column(col, no_wrap=True, min_width=width, overflow="ignore")
            else:
                table.add_column(col, overflow="fold")
        for row in rows:
            if isinstance(row, dict):
                table.add_row(*(_cell(row.get(c), limit=_NESTED_CELL_CHARS) for c in cols))
            else:
                table.add_row(_cell(row, limit=_NESTED_CELL_CHARS))
        self._print(table)

    def _fitting(self, cols: list[str], rows: list[Any]) -> tuple[list[str], list[str]]:
        """The columns that fit the console with every id whole, and the ones left out.

        Ids cannot shrink, so when they and the rest do not fit, columns go from the right.
        """

        def need(col: str) -> int:
            cells = [len(_cell(r.get(col))) for r in rows if isinstance(r, dict)]
            if _is_id_column(col, rows):
                return max([len(col), *cells])
            return min(max([len(col), *cells]), 8)  # others fold down to a few characters

        kept = list(cols)
        while len(kept) > 1 and sum(need(c) + 3 for c in kept) + 1 > self.console.width:
            kept.pop()
        return kept, cols[len(kept) :]

    def line(self, obj: Any, *, keep: frozenset[str] = frozenset()) -> None:
        """One JSON line (streams: watch, bulk, listen)."""
        self._out(json.dumps(redact(jsonable(obj), keep=keep), default=str))

    def binary(self, data: bytes) -> None:
        """Raw bytes to stdout (``-o -``), never mixed with text."""
        try:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        except BrokenPipeError:
            self._closed()

    def _out(self, text: str) -> None:
        try:
            click.echo(text)
            sys.stdout.flush()
        except BrokenPipeError:
            self._closed()

    def _print(self, renderable: Any) -> None:
        try:
            self.console.print(renderable)
            sys.stdout.flush()
        except BrokenPipeError:
            self._closed()

    def _closed(self) -> None:
        if not self.stdout_closed:
            self.stdout_closed = True
            _quiet_stdout()

    def message(self, text: str) -> None:
        """A note for people (stderr in JSON mode, so stdout stays parseable)."""
        (self.err if self.as_json else self.console).print(text)
