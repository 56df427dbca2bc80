"""Showing results: rich tables for people, one JSON document (or JSON lines) for scripts."""

from __future__ import annotations

import json
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


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, default=str)[:80]
    return str(value)


class Output:
    """Writes results in the mode the user asked for; secrets are masked unless kept."""

    def __init__(self, *, as_json: bool) -> None:
        self.as_json = as_json
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
            click.echo(json.dumps(data, indent=2, default=str))
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
                table.add_row(key, _cell(value))
            self.console.print(table)
            return
        click.echo(_cell(data))

    def table(
        self, rows: list[Any], *, columns: Iterable[str] | None = None, title: str | None = None
    ) -> None:
        """A list of objects as a table (the given columns, or the keys of the first row)."""
        cols = list(columns or (rows[0].keys() if rows and isinstance(rows[0], dict) else []))
        table = Table(title=title)
        for col in cols or ["value"]:
            table.add_column(col, overflow="fold")  # ids stay whole, for copying
        for row in rows:
            if isinstance(row, dict):
                table.add_row(*(_cell(row.get(c)) for c in cols))
            else:
                table.add_row(_cell(row))
        self.console.print(table)

    def line(self, obj: Any, *, keep: frozenset[str] = frozenset()) -> None:
        """One JSON line (streams: watch, bulk, listen)."""
        click.echo(json.dumps(redact(jsonable(obj), keep=keep), default=str))
        sys.stdout.flush()

    def message(self, text: str) -> None:
        """A note for people (stderr in JSON mode, so stdout stays parseable)."""
        (self.err if self.as_json else self.console).print(text)
