"""The ``didit`` command: everything the SDK does, from a shell.

click parses arguments (composable groups, hidden prompts, ``CliRunner`` for tests) and rich
draws tables, progress bars and live status; both are in the ``cli`` extra and imported only
when the command runs, so ``import didit_async`` never needs them.
"""

from __future__ import annotations

__all__ = ["main"]

# The optional dependency a command imports only when it runs → the extra that brings it.
_EXTRA_OF = {
    "click": "cli",
    "rich": "cli",
    "uvicorn": "sandbox",
    "redis": "redis",
}


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
    try:
        cli.main(args=argv, prog_name="didit")
    except ImportError as exc:
        extra = _EXTRA_OF.get((exc.name or "").partition(".")[0])
        if extra is None:
            raise
        import itertools
        import sys

        words = itertools.takewhile(lambda a: not a.startswith("-"), argv or sys.argv[1:])
        command = " ".join(["didit", *words])
        print(
            f"error: `{command}` needs the {extra} extra (no module named {exc.name!r}): "
            f"pip install 'didit-async[{extra}]'",
            file=sys.stderr,
        )
        raise SystemExit(1) from None
    except BrokenPipeError:
        # `didit ... | head`: the reader left. Nothing to say, and nothing left to flush.
        from ._output import _quiet_stdout

        _quiet_stdout()
        raise SystemExit(0) from None
