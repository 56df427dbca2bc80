"""``didit sandbox``: serve the local Didit sandbox on loopback."""

from __future__ import annotations

import sys

import click

from ._app import cli, example, fail


@cli.command("sandbox", context_settings={"ignore_unknown_options": True})
@click.option("--port", type=int, default=8765, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--rate-limit-scale", type=float, default=1.0, show_default=True)
@example("didit sandbox --port 8765   # then: didit --base-url http://127.0.0.1:8765 ...")
def sandbox_cmd(port: int, host: str, rate_limit_scale: float) -> None:
    """Serve the local Didit sandbox on loopback.

    Prints its origin and two `export` lines to paste: DIDIT_BASE_URL and the sandbox's own API
    key in full (a local test key that only this sandbox accepts, not a Didit secret).
    """
    try:
        from didit_async.sandbox import main as sandbox_main
    except ImportError as exc:
        fail(f"the sandbox is not available ({exc}); pip install 'didit-async[sandbox]'")
        return
    code = sandbox_main(
        ["--host", host, "--port", str(port), "--rate-limit-scale", str(rate_limit_scale)]
    )
    sys.exit(code)
