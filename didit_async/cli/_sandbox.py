"""``didit sandbox``: serve the local Didit sandbox on loopback."""

from __future__ import annotations

import sys

import click

from ._app import cli, example


@cli.command(
    "sandbox",
    # Every argument, --help included, goes to the sandbox's own parser: one definition of the
    # flags for `didit sandbox` and `python -m didit_async.sandbox`.
    context_settings={"ignore_unknown_options": True, "help_option_names": []},
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
@example("didit sandbox --port 8765 --state sandbox.sqlite   # `didit sandbox --help`: every flag")
def sandbox_cmd(args: tuple[str, ...]) -> None:
    """Serve the local Didit sandbox on loopback (state in memory unless --state FILE).

    Prints its origin and two `export` lines to paste: DIDIT_BASE_URL and the sandbox's own API
    key in full (a local test key that only this sandbox accepts, not a Didit secret).
    """
    from didit_async.sandbox import main as sandbox_main

    sys.exit(sandbox_main(list(args), prog="didit sandbox"))
