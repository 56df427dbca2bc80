"""The command line of ``didit sandbox`` and ``python -m didit_async.sandbox``: one parser.

``didit sandbox`` hands its arguments to this parser unread, so the two commands cannot drift.
Every :class:`FaultConfig` field is a flag of the same name (``error_after_write_rate`` is
``--error-after-write-rate``), made from the class's fields: a fault added there is on the
command line with no change here.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import textwrap
import threading
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from ._app import FaultConfig

__all__ = ["DEFAULT_PORT", "config_options", "parser", "sigterm_stops_cleanly"]

DEFAULT_PORT = 8765
# start_after and finish_after split a user's time as the defaults do (1 s + 2 s of 3 s).
_START_SHARE = 1 / 3

_FAULT_HELP = {
    "latency": "delay every answer this many seconds",
    "jitter": "plus up to this many seconds more, at random",
    "error_rate": "share of requests answered with a server error before the handler runs",
    "error_after_write_rate": (
        "share of writes answered with a server error after the handler ran (the write took effect)"
    ),
    "error_statuses": "the statuses those errors draw from, comma-separated",
    "error_retry_after": "a Retry-After (seconds) on those errors",
    "rate_limit_burst_rate": "share of requests answered 429 (nothing happened)",
    "drop_rate": "share of requests whose connection is dropped without an answer",
    "truncate_rate": "share of successful answers whose body is cut in half",
    "drop_after_write": "drop after the handler ran (default) or before it",
    "delay_after_write": "hold each answer this long after the write took effect",
    "seed": "seed of the fault draws, so a run repeats",
}


def _statuses(text: str) -> tuple[int, ...]:
    try:
        statuses = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of HTTP statuses: {text!r}") from None
    if not statuses or not all(100 <= s <= 599 for s in statuses):
        raise argparse.ArgumentTypeError(f"not a list of HTTP statuses: {text!r}")
    return statuses


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0:  # NaN too
        raise argparse.ArgumentTypeError(f"seconds cannot be negative: {text!r}")
    return value


def _share(text: str) -> float:
    value = _seconds(text)
    if value > 1:
        raise argparse.ArgumentTypeError(f"a share is between 0 and 1: {text!r}")
    return value


def _add_fault_flags(group: argparse._ArgumentGroup) -> None:
    hints = typing.get_type_hints(FaultConfig)
    for field in attrs.fields(FaultConfig):
        flag = "--" + field.name.replace("_", "-")
        help_text = _FAULT_HELP.get(field.name, field.name.replace("_", " "))
        kind = hints[field.name]
        options: dict[str, Any] = {"dest": "fault_" + field.name, "default": None}
        if kind is bool:
            group.add_argument(
                flag, action=argparse.BooleanOptionalAction, help=help_text, **options
            )
            continue
        if kind == tuple[int, ...]:
            options.update(type=_statuses, metavar="STATUS,...")
        elif kind is int:
            options.update(type=int, metavar="N")
        elif field.name.endswith("_rate"):
            options.update(type=_share, metavar="SHARE")
        elif kind in (float, float | None):
            options.update(type=_seconds, metavar="SECONDS")
        else:  # a new kind of field: give it a parser here rather than a flag that lies
            raise TypeError(f"FaultConfig.{field.name}: no command-line form for {kind}")
        default = field.default
        shown = ",".join(map(str, default)) if isinstance(default, tuple) else default
        group.add_argument(flag, help=f"{help_text} (default: {shown})", **options)


def parser(prog: str = "didit sandbox") -> argparse.ArgumentParser:
    """The sandbox's argument parser (``--help`` lists every flag)."""
    p = argparse.ArgumentParser(
        prog=prog,
        description=textwrap.fill(
            "Serve the local Didit sandbox on loopback. Prints its origin, then the `export` "
            "lines to paste (DIDIT_BASE_URL and the sandbox's own API key in full: a local "
            "test key only this sandbox accepts, not a Didit secret), then where its state is "
            "kept.",
            width=78,
        ),
        epilog=(
            "Example:\n  didit sandbox --port 8765 --state sandbox.sqlite --user-delay 10\n"
            "  didit sandbox --error-after-write-rate 0.2 --error-statuses 500,503"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=DEFAULT_PORT)
    p.add_argument("--api-key", help="the pre-provisioned application's key")
    p.add_argument("--rate-limit-scale", type=float, default=1.0, metavar="FACTOR")
    p.add_argument(
        "--state",
        metavar="FILE",
        help=(
            "keep the sandbox's whole state in this SQLite file across restarts (made if "
            "missing); without it the state is in memory and lost on exit"
        ),
    )
    p.add_argument(
        "--user-delay",
        type=_seconds,
        metavar="SECONDS",
        help=(
            "how long a simulated user takes from a session's creation to its decision "
            "(opens the link after a third of it); default 3"
        ),
    )
    _add_fault_flags(p.add_argument_group("faults (each a share of requests, seeded)"))
    return p


def config_options(args: argparse.Namespace) -> dict[str, Any]:
    """``SandboxConfig`` keyword arguments from parsed flags (only those given, but faults)."""
    options: dict[str, Any] = {"rate_limit_scale": args.rate_limit_scale}
    if args.api_key is not None:
        options["api_key"] = args.api_key
    if args.state is not None:
        options["state_path"] = args.state
    if args.user_delay is not None:
        options["start_after"] = args.user_delay * _START_SHARE
        options["finish_after"] = args.user_delay - options["start_after"]
    faults = {
        field.name: getattr(args, "fault_" + field.name)
        for field in attrs.fields(FaultConfig)
        if getattr(args, "fault_" + field.name) is not None
    }
    options["faults"] = FaultConfig(**faults)
    return options


@contextlib.contextmanager
def sigterm_stops_cleanly(serving: Callable[[], bool]) -> Iterator[None]:
    """Make ``kill`` (SIGTERM) stop the sandbox command as cleanly as Ctrl-C.

    While serving, uvicorn catches SIGTERM itself, stops, and raises it again on its way out;
    it then lands here, harmless, and ``Sandbox.serve`` ends through its clean-up (the state
    file's last save included) instead of the process dying on the spot. Before serving starts,
    it interrupts the start-up as Ctrl-C does. Signals can only be handled on the main thread.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_sigterm(signum: int, frame: object) -> None:
        if not serving():
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
