"""``didit health``: check that Didit (or the sandbox) answers."""

from __future__ import annotations

from ._app import cli, example
from ._shared import calls


@cli.command("health")
@calls(lambda c: c.system.healthcheck)
@example("didit health")
def health() -> None:
    """Check that Didit (or the sandbox at --base-url) answers."""
