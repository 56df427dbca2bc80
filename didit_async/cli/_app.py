"""The ``didit`` command tree (click groups) and the glue that runs each command on anyio."""

from __future__ import annotations

import inspect
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import anyio
import attrs
import click

from didit_async._client import AsyncDidit
from didit_async._errors import (
    DiditAuthenticationError,
    DiditBadRequestError,
    DiditConnectionError,
    DiditError,
    DiditNotFoundError,
    DiditRateLimitError,
    DiditServerError,
    DiditValidationError,
    DiditWriteOutcomeUnknownError,
)

from . import _config
from ._output import Output, jsonable

T = TypeVar("T")

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_NOT_FOUND = 4
EXIT_RATE_LIMITED = 5
EXIT_SERVER = 6
EXIT_VALIDATION = 7
EXIT_OUTCOME_UNKNOWN = 8

EXIT_CODES_HELP = """\b
Exit codes:
  0 ok                 4 not found          7 validation (client-side or 400)
  1 anything else      5 rate limited       8 write outcome unknown
  2 usage              6 server/connection
  3 auth (401/403)
"""

ClientFactory = Callable[..., AsyncDidit]


@attrs.define
class State:
    """What every command needs: settings resolved flag → env → config file, and output."""

    profile: str = _config.DEFAULT_PROFILE
    api_key: str | None = None
    base_url: str | None = None
    as_json: bool = False
    # Tests (and embedders) hand in a factory, e.g. ``Sandbox.client``; default is AsyncDidit.
    client_factory: ClientFactory | None = None
    out: Output = attrs.field(factory=lambda: Output(as_json=False))

    def settings(self) -> dict[str, Any]:
        """The profile's stored settings."""
        return _config.load(self.profile)

    def resolved_key(self) -> str | None:
        """The API key: flag, then ``DIDIT_API_KEY``, then the config file."""
        return self.api_key or os.environ.get("DIDIT_API_KEY") or self.settings().get("api_key")

    def scrub(self, text: str, also: tuple[str, ...] = ()) -> str:
        """``text`` with every credential this invocation knows of (and ``also``) masked.

        A server may echo a key, token or password back in an error message; the CLI prints
        error messages, so it masks them first. Values under 8 characters are left alone
        (masking them would mangle ordinary words; Didit's secrets are all longer).
        """
        stored = self.settings()
        known = [self.resolved_key(), os.environ.get("DIDIT_WEBHOOK_SECRET"), *also]
        known += [stored.get(k) for k in ("access_token", "refresh_token", "webhook_secret")]
        for secret in known:
            if isinstance(secret, str) and len(secret) >= 8 and secret in text:
                text = text.replace(secret, _config.mask(secret))
        return text

    def client(self, *, bearer: bool = False) -> AsyncDidit:
        """A client for this invocation (bearer: use the stored access token from login)."""
        stored = self.settings()
        token = stored.get("access_token") if bearer else None
        kwargs: dict[str, Any] = {"access_token": token} if token else {}
        base = self.base_url or os.environ.get("DIDIT_BASE_URL") or stored.get("base_url")
        if base and self.client_factory is None:
            # One origin for every host: what `didit sandbox` serves.
            kwargs["base_url"] = base
        if self.client_factory is not None:
            return self.client_factory(api_key=self.resolved_key(), **kwargs)
        return AsyncDidit(api_key=self.resolved_key(), **kwargs)


def exit_code_for(exc: BaseException) -> int:
    """The documented exit code for an SDK error."""
    table: list[tuple[type[BaseException], int]] = [
        (DiditAuthenticationError, EXIT_AUTH),
        (DiditNotFoundError, EXIT_NOT_FOUND),
        (DiditRateLimitError, EXIT_RATE_LIMITED),
        (DiditWriteOutcomeUnknownError, EXIT_OUTCOME_UNKNOWN),
        (DiditServerError, EXIT_SERVER),
        (DiditConnectionError, EXIT_SERVER),
        (DiditValidationError, EXIT_VALIDATION),
        (DiditBadRequestError, EXIT_VALIDATION),
    ]
    for cls, code in table:
        if isinstance(exc, cls):
            return code
    return EXIT_ERROR


# The SDK's advice, in the words of this command (a shell user has no AsyncDidit to pass to).
_CLI_WORDS: tuple[tuple[str, str], ...] = (
    (
        "pass api_key= to AsyncDidit or Didit, or set DIDIT_API_KEY",
        "pass --api-key or set DIDIT_API_KEY",
    ),
    ("api_key= or DIDIT_API_KEY", "--api-key, DIDIT_API_KEY or `didit config set-key`"),
    ("(or pass a fresh access_token=)", ""),
    (", or pass access_token= to AsyncDidit or Didit", ""),
    ("or pass access_token= to AsyncDidit or Didit", ""),
    ("client.account.login(...)", "`didit account login EMAIL`"),
    ("client.account.verify_email(...)", "`didit account verify EMAIL CODE --save`"),
    ("client.billing.top_up", "`didit billing top-up`"),
    ("raise timeout= (per client or per call)", "wait longer"),
    ("slow down or raise max_retries", "slow down and try again"),
    ("field_errors has the fields Didit named", "the fields Didit named are above"),
    ("http_client=httpx.AsyncClient(verify=...)", "SSL_CERT_FILE"),
    ("; create a new AsyncDidit", ""),
)


def cli_words(text: str) -> str:
    """``text`` with SDK-only advice replaced by what to type at a shell."""
    for sdk, shell in _CLI_WORDS:
        text = text.replace(sdk, shell)
    return text


def _option_for(field: str) -> str | None:
    """The flag or argument of the running command that feeds the SDK parameter ``field``."""
    ctx = click.get_current_context(silent=True)
    root = field.split(".", 1)[0]
    params: list[click.Parameter] = []
    while ctx is not None:
        params.extend(ctx.command.params)
        ctx = ctx.parent
    # An exact name first, then a shorter name the SDK's qualifies (UUID for settings_uuid).
    for match in (
        lambda p: p.name == root,
        lambda p: bool(p.name) and root.endswith("_" + str(p.name)),
    ):
        for param in params:
            if match(param):
                if isinstance(param, click.Option):
                    return max(param.opts, key=len)
                return param.human_readable_name
    return {"base_url": "--base-url", "api_key": "--api-key"}.get(root)


def one_line(exc: BaseException) -> str:
    """The SDK's message (with its hint) on one line, in CLI words; never carries secrets."""
    if isinstance(exc, DiditValidationError):
        name = _option_for(exc.field)
        if name is not None:
            rest = exc.field[len(exc.field.split(".", 1)[0]) :]
            text = f"{name}{rest}: {exc.message}"
            return cli_words(" ".join(text.split()))
    return cli_words(" ".join(str(exc).split())) or type(exc).__name__


def fail(message: str, code: int = EXIT_ERROR) -> None:
    """Print ``error: ...`` to stderr and exit with ``code``."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def run(
    state: State,
    work: Callable[[AsyncDidit], Awaitable[T]],
    *,
    bearer: bool = False,
    hide: tuple[str, ...] = (),
) -> T:
    """Run ``work`` with a client on anyio; SDK errors become one line and an exit code.

    The line never shows a credential, nor any value in ``hide`` (e.g. a password).
    """

    async def main() -> T:
        async with state.client(bearer=bearer) as client:
            return await work(client)

    try:
        return anyio.run(main)
    except DiditError as exc:
        fail(state.scrub(one_line(exc), hide), exit_code_for(exc))
        raise AssertionError("unreachable") from exc
    except KeyboardInterrupt:
        # The shell convention (128 + SIGINT); no traceback for a user who pressed Ctrl-C.
        fail("interrupted", 130)
        raise AssertionError("unreachable") from None


pass_state = click.make_pass_decorator(State, ensure=True)


def example(text: str) -> Callable[[T], T]:
    """Append an ``Example:`` block to a command's help (click keeps ``\\b`` blocks verbatim)."""

    def deco(f: T) -> T:
        # cleandoc first: the appended block must share the docstring's (zero) indentation.
        doc = inspect.cleandoc(getattr(f, "__doc__", None) or "")
        f.__doc__ = f"{doc}\n\n\b\nExample:\n  {text}\n"
        return f

    return deco


# --- root -------------------------------------------------------------------------------------


class _RootGroup(click.Group):
    """The root group: ``--json`` is accepted anywhere, before or after the subcommand."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # Only up to a `--` separator: after it, "--json" is somebody's value.
        end = args.index("--") if "--" in args else len(args)
        if "--json" in args[:end]:
            args = ["--json"] + [a for a in args[:end] if a != "--json"] + args[end:]
        return super().parse_args(ctx, args)


@click.group(
    cls=_RootGroup,
    epilog=EXIT_CODES_HELP,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--api-key", envvar="DIDIT_API_KEY", help="API key (else DIDIT_API_KEY, else config)."
)
@click.option(
    "--base-url",
    envvar="DIDIT_BASE_URL",
    help="One origin for every Didit host (e.g. the local sandbox).",
)
@click.option(
    "--profile", default=_config.DEFAULT_PROFILE, show_default=True, help="Config profile."
)
@click.option(
    "--json", "as_json", is_flag=True, help="Machine-readable JSON output (anywhere on the line)."
)
@click.version_option(package_name="didit-async", message="%(prog)s %(version)s")
@click.pass_context
@example("didit sessions list --status Approved --all --json")
def cli(
    ctx: click.Context,
    api_key: str | None,
    base_url: str | None,
    profile: str,
    as_json: bool,
) -> None:
    """didit: the Didit identity-verification API from your shell.

    Settings come from flags, then the environment (DIDIT_API_KEY, DIDIT_WEBHOOK_SECRET,
    DIDIT_BASE_URL, DIDIT_*_BASE_URL), then the config file (see `didit config path`).
    """
    state = ctx.ensure_object(State)
    state.api_key = api_key
    state.base_url = base_url
    state.profile = profile
    state.as_json = as_json
    state.out = Output(as_json=as_json)


__all__ = ["EXIT_CODES_HELP", "State", "cli", "exit_code_for", "jsonable", "run"]
