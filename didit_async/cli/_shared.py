"""Helpers every command module shares: option filtering, JSON options, listings."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from didit_async._client import AsyncDidit

from ._app import State, run
from ._output import every_page

SESSION_COLS = [
    "session_id",
    "session_number",
    "status",
    "vendor_data",
    "workflow_id",
    "created_at",
]
"""The columns of a session table (``sessions list``)."""

STATUSES = click.Choice(["ACTIVE", "FLAGGED", "BLOCKED"])
"""A user's or business's status."""


def kw(**kwargs: Any) -> dict[str, Any]:
    """Only the options the user gave (the SDK omits ``None`` fields on the wire)."""
    return {k: v for k, v in kwargs.items() if v is not None}


def read_password(stdin: bool, *, confirm: bool) -> str:
    """A password from a hidden prompt, or from stdin on request."""
    # Passwords never come from argv (shell history, `ps`).
    # Prompts go to stderr so `--json` output on stdout stays parseable.
    if stdin:
        return sys.stdin.readline().rstrip("\n")
    value: str = click.prompt("Password", hide_input=True, confirmation_prompt=confirm, err=True)
    return value


def json_option(value: str | None, hint: str) -> Any:
    """An option holding a JSON object, parsed (``None`` when not given)."""
    if value is None:
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        raise click.BadParameter("not valid JSON", param_hint=hint) from None
    if not isinstance(parsed, dict):
        raise click.BadParameter("must be a JSON object", param_hint=hint)
    return parsed


def listing(state: State, walk_all: bool, make: Any) -> None:
    """Emit one page of ``make(client)``, or every page with ``--all``."""

    async def work(c: AsyncDidit) -> Any:
        p = make(c)
        return every_page([x async for x in p]) if walk_all else await p

    state.out.emit(run(state, work))
