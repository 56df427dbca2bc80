"""The ``didit`` command: everything the SDK does, from a shell.

click parses arguments (composable groups, hidden prompts, ``CliRunner`` for tests) and rich
draws tables, progress bars and live status; both are in the ``cli`` extra and imported only
when the command runs, so ``import didit_async`` never needs them.
"""

from __future__ import annotations

__all__ = ["main"]


def main(argv: list[str] | None = None) -> None:
    """Run ``didit`` (the console-script entry point); exits with the documented codes."""
    try:
        from ._main import cli
    except ImportError as exc:  # the optional dependencies are missing
        import sys

        print(
            f"error: the didit command needs the cli extra ({exc.name}): "
            "pip install 'didit-async[cli]'",
            file=sys.stderr,
        )
        raise SystemExit(1) from None
    cli.main(args=argv, prog_name="didit")
