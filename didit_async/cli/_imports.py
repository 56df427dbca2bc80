"""``didit imports``: bulk session imports.

Same conventions as the other groups: one SDK call per command, ``--json`` for machine output,
``--all`` walks every page, exit codes from the SDK error (see ``didit --help``).
"""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path
from typing import Any

import click

from ._app import State, cli, example, pass_state, run
from ._shared import ALL_PAGES, calls, kw

# --- imports ----------------------------------------------------------------------------------


@cli.group()
def imports() -> None:
    """Bulk imports of historical verifications, businesses or transactions."""


@imports.command("template")
@click.option(
    "--import-type",
    type=click.Choice(
        ["user_verification", "business_verification", "status_rules", "transactions"]
    ),
)
@calls(lambda c: c.sessions.imports.template)
@example("didit imports template")
def imports_template() -> None:
    """Show the columns an import file uses."""


def _source_url(url: str | None, file: str | None) -> str:
    if (url is None) == (file is None):
        raise click.UsageError("give exactly one of --url and --file")
    if url is not None:
        return url
    path = Path(str(file))
    mime = mimetypes.guess_type(path.name)[0] or "text/csv"
    # A local file travels inline as a data: URL (what the sandbox reads; Didit fetches URLs).
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode()


@imports.command("create")
@click.option("--url", help="Publicly fetchable URL of the file.")
@click.option(
    "--file", type=click.Path(exists=True, dir_okay=False), help="A local file, sent inline."
)
@click.option(
    "--type",
    "import_type",
    type=click.Choice(
        ["user_verification", "business_verification", "status_rules", "transactions"]
    ),
)
@click.option("--format", "source_format", type=click.Choice(["csv", "ndjson"]))
@click.option("--workflow-id")
@pass_state
@example(
    "didit imports create --url https://files.example.com/history.csv --type user_verification"
)
def imports_create(
    state: State,
    url: str | None,
    file: str | None,
    import_type: Any,
    source_format: Any,
    workflow_id: str | None,
) -> None:
    """Start an import job from a CSV/NDJSON file."""
    source = _source_url(url, file)
    kwargs = kw(import_type=import_type, source_format=source_format, workflow_id=workflow_id)
    state.out.emit(
        run(state, lambda c: c.sessions.imports.create(source_file_url=source, **kwargs))
    )


@imports.command("get")
@click.argument("import_id")
@calls(lambda c: c.sessions.imports.retrieve)
@example("didit imports get 3c4d...")
def imports_get() -> None:
    """Show an import job's status and counters."""


@imports.command("errors")
@click.argument("import_id")
@ALL_PAGES
@calls(lambda c: c.sessions.imports.list_errors)
@example("didit imports errors 3c4d... --all")
def imports_errors() -> None:
    """List the rows an import job could not take, with the reasons."""
