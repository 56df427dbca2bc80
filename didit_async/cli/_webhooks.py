"""``didit webhooks``: config, destinations, and verifying or receiving deliveries locally."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import click

from didit_async._constants import WEBHOOK_BODY_TIMEOUT_SECONDS, WEBHOOK_MAX_BODY_BYTES
from didit_async._generated.enums import WebhookEventType

from . import _config
from ._app import EXIT_USAGE, State, cli, example, fail, pass_state, run
from ._shared import calls

EVENT_TYPES = [e.value for e in WebhookEventType]  # from the spec, through the generator
EXIT_INVALID_DELIVERY = 1


@cli.group()
def webhooks() -> None:
    """Webhook config and destinations; verify or receive deliveries."""


@webhooks.group("config")
def webhook_config() -> None:
    """The application's webhook settings."""


@webhook_config.command("get")
@calls(lambda c: c.webhooks.get_config)
@example("didit webhooks config get")
def config_get() -> None:
    """Show the webhook settings (the secret masked)."""


@webhook_config.command("set-url")
@click.argument("url", required=False)
@click.option("--disable", is_flag=True, help="Send null: stop webhooks.")
@pass_state
@example("didit webhooks config set-url https://myapp.com/webhooks/didit")
def config_set_url(state: State, url: str | None, disable: bool) -> None:
    """Set the webhook URL (or --disable webhooks)."""
    if not url and not disable:
        raise click.UsageError("give a URL or --disable")
    value = None if disable else url
    state.out.emit(run(state, lambda c: c.webhooks.update_config(webhook_url=value)))


@webhook_config.command("rotate-secret")
@click.option("--save", is_flag=True, help="Store the new secret in the config file.")
@pass_state
@example("didit webhooks config rotate-secret --save")
def config_rotate(state: State, save: bool) -> None:
    """Rotate the webhook secret (shown masked; --save stores it for `verify` and `listen`)."""
    result = run(state, lambda c: c.webhooks.update_config(rotate_secret_key=True))
    secret = getattr(result, "secret_shared_key", None)
    if save and secret:
        _config.save(state.profile, {"webhook_secret": secret})
        state.out.message(f"Saved the new webhook secret to {_config.config_path()}")
    state.out.emit(result)


@webhooks.group("destinations")
def destinations() -> None:
    """Extra webhook destinations with their own events and secrets."""


@destinations.command("list")
@calls(
    lambda c: c.webhooks.destinations.list,
    columns=["uuid", "label", "url", "enabled", "health_status"],
)
@example("didit webhooks destinations list")
def destinations_list() -> None:
    """List destinations."""


@destinations.command("create")
@click.option("--label", required=True)
@click.option("--url", required=True)
@click.option(
    "--event", "subscribed_events", multiple=True, type=click.Choice(EVENT_TYPES), required=True
)
@click.option("--version", "webhook_version", type=click.Choice(["v1", "v2", "v3"]))
@calls(
    lambda c: c.webhooks.destinations.create,
    keep=("secret_shared_key",),
    after=(
        "Store secret_shared_key now (a secrets manager, or DIDIT_WEBHOOK_SECRET for "
        "`didit webhooks listen`): Didit shows it only in this answer, and later reads "
        "show only its last 4 characters."
    ),
)
@example(
    "didit webhooks destinations create --label ops --url https://x/hook --event status.updated"
)
def destinations_create() -> None:
    """Create a destination; prints its new signing secret in full, this once."""


@destinations.command("get")
@click.argument("uuid")
@calls(lambda c: c.webhooks.destinations.retrieve)
@example("didit webhooks destinations get 4444...")
def destinations_get() -> None:
    """Show one destination."""


@destinations.command("update")
@click.argument("uuid")
@click.option("--label")
@click.option("--url")
@click.option("--enabled/--disabled", default=None)
@calls(lambda c: c.webhooks.destinations.update)
@example("didit webhooks destinations update 4444... --disabled")
def destinations_update() -> None:
    """Change a destination."""


@destinations.command("delete")
@click.argument("uuid")
@pass_state
@example("didit webhooks destinations delete 4444...")
def destinations_delete(state: State, uuid: str) -> None:
    """Delete a destination."""
    run(state, lambda c: c.webhooks.destinations.delete(uuid))
    state.out.emit({"deleted": uuid})


def _secrets(state: State, given: tuple[str, ...]) -> list[str]:
    found = (
        list(given)
        or [
            s
            for s in (
                os.environ.get("DIDIT_WEBHOOK_SECRET"),
                state.settings().get("webhook_secret"),
            )
            if s
        ][:1]
    )
    if not found:
        fail(
            "no webhook secret: give --secret, set DIDIT_WEBHOOK_SECRET, or store one "
            "with `didit config set webhook_secret ...`",
            EXIT_USAGE,
        )
    return found


def _parse_headers(lines: tuple[str, ...]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in lines:
        name, sep, value = line.partition(":")
        if not sep:
            raise click.BadParameter(f"expected 'Name: value', got {line!r}", param_hint="--header")
        headers[name.strip()] = value.strip()
    return headers


def _event_summary(event: Any) -> dict[str, Any]:
    return {
        "valid": True,
        "webhook_type": getattr(event, "webhook_type", None),
        "session_id": getattr(event, "session_id", None),
        "status": getattr(event, "status", None),
        "event_id": getattr(event, "event_id", None),
    }


@webhooks.command("verify")
@click.option("--secret", "secrets", multiple=True, help="Secret (repeat during a rotation).")
@click.option(
    "--body", "body_file", type=click.File("rb"), default="-", help="Body file (- for stdin)."
)
@click.option(
    "-H", "--header", "header_lines", multiple=True, help="'X-Signature-V2: ...' (repeat)."
)
@click.option("--headers-json", type=click.File("r"), help="A JSON object of headers.")
@click.option("--allow-simple", is_flag=True, help="Accept the X-Signature-Simple scheme too.")
@click.option("--tolerance", type=int, help="Max X-Timestamp skew in seconds (default: the SDK's).")
@click.option(
    "--max-event-age", type=int, help="Max age of the signed event in seconds (default: 420)."
)
@pass_state
@example(
    "didit webhooks verify --secret $SECRET --body body.json "
    "-H 'X-Timestamp: 1700000000' -H 'X-Signature-V2: ...'"
)
def webhooks_verify(
    state: State,
    secrets: tuple[str, ...],
    body_file: Any,
    header_lines: tuple[str, ...],
    headers_json: Any,
    allow_simple: bool,
    tolerance: int | None,
    max_event_age: int | None,
) -> None:
    """Check one delivery (raw body and headers): valid, or why not. Exit 1 when invalid."""
    from didit_async.webhooks import WebhookVerificationError, verify

    keys = _secrets(state, secrets)
    headers = json.load(headers_json) if headers_json else {}
    headers.update(_parse_headers(header_lines))
    body = body_file.read()
    kwargs: dict[str, Any] = {"allow_simple": allow_simple}
    if tolerance is not None:
        kwargs["tolerance"] = tolerance
    if max_event_age is not None:
        kwargs["max_event_age"] = max_event_age
    try:
        event = verify(body, headers, keys, **kwargs)
    except WebhookVerificationError as exc:
        report = {"valid": False, "reason": exc.reason, "message": str(exc)}
        if state.as_json:
            click.echo(json.dumps(report))
        else:
            click.echo(f"invalid: {exc.reason}: {exc}")
        sys.exit(EXIT_INVALID_DELIVERY)
    state.out.emit(_event_summary(event))


Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


def listener_app(
    secrets: list[str],
    on_delivery: Callable[[dict[str, Any]], None],
    *,
    allow_simple: bool = False,
    max_body_bytes: int = WEBHOOK_MAX_BODY_BYTES,
    body_timeout: float = WEBHOOK_BODY_TIMEOUT_SECONDS,
) -> Callable[[MutableMapping[str, Any], Receive, Send], Awaitable[None]]:
    """A tiny ASGI app: verify each POST, report it, answer 200 (valid) or 401 (invalid).

    The body is bounded like the SDK's endpoint: over ``max_body_bytes`` answers 413, not all
    there within ``body_timeout`` seconds answers 408 (both reported as invalid deliveries).
    """
    from didit_async._webhook_asgi import BodyRejected, read_body
    from didit_async.webhooks import WebhookVerificationError, verify

    async def app(scope: MutableMapping[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        extra: list[tuple[bytes, bytes]] = []
        try:
            body = await read_body(
                receive, headers, max_bytes=max_body_bytes, time_limit=body_timeout
            )
            event = verify(
                body, headers, secrets, allow_simple=allow_simple, max_body_bytes=max_body_bytes
            )
            report = _event_summary(event)
            status = 200
        except BodyRejected as exc:
            why = (
                f"the body did not arrive within {body_timeout:g} s"
                if exc.status == 408
                else f"the body is over {max_body_bytes} bytes"
            )
            report = {"valid": False, "reason": exc.detail, "message": why}
            status = exc.status
            if exc.status == 408 or "content-length" not in headers:
                # A stalled sender, or a body streamed without end, is cut off. A declared
                # oversized body is not: closing with its (bounded) rest unread resets the
                # socket, so the sender would see a reset instead of the 413, and uvicorn
                # discards that rest without holding it.
                extra = [(b"connection", b"close")]
        except WebhookVerificationError as exc:
            report = {"valid": False, "reason": exc.reason, "message": str(exc)}
            status = 413 if exc.reason == "body_too_large" else 401
        report["path"] = scope.get("path")
        on_delivery(report)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), *extra],
            }
        )
        await send(
            {"type": "http.response.body", "body": json.dumps({"valid": report["valid"]}).encode()}
        )

    return app


@webhooks.command("listen")
@click.option("--port", type=int, default=8787, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Loopback only by default.")
@click.option("--secret", "secrets", multiple=True)
@click.option("--allow-simple", is_flag=True)
@click.option("--count", type=int, help="Stop after this many deliveries.")
@click.option(
    "--max-body-bytes",
    type=click.IntRange(min=1),
    default=WEBHOOK_MAX_BODY_BYTES,
    show_default=True,
    help="Larger bodies are refused (413).",
)
@click.option(
    "--body-timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=WEBHOOK_BODY_TIMEOUT_SECONDS,
    show_default=True,
    help="Seconds a body may take to arrive (else 408).",
)
@pass_state
@example("didit webhooks listen --port 8787 --secret $DIDIT_WEBHOOK_SECRET")
def webhooks_listen(
    state: State,
    port: int,
    host: str,
    secrets: tuple[str, ...],
    allow_simple: bool,
    count: int | None,
    max_body_bytes: int,
    body_timeout: float,
) -> None:
    """Receive deliveries on loopback, verify each and print it (JSON lines with --json).

    Bodies are bounded in size (--max-body-bytes, else 413) and in time (--body-timeout,
    else 408), so a slow or oversized sender cannot hold the listener.
    """
    try:
        import uvicorn
    except ImportError:
        fail("`didit webhooks listen` needs uvicorn: pip install 'didit-async[sandbox]'")
    import anyio

    keys = _secrets(state, secrets)
    seen = [0]
    server: Any = None

    def on_delivery(report: dict[str, Any]) -> None:
        if state.as_json:
            state.out.line(report)
        elif report["valid"]:
            click.echo(
                f"valid   {report['webhook_type']}  {report['session_id']}  {report['status']}"
            )
        else:
            click.echo(f"INVALID {report['reason']}: {report['message']}")
        seen[0] += 1
        if count is not None and seen[0] >= count and server is not None:
            server.should_exit = True

    app = listener_app(
        keys,
        on_delivery,
        allow_simple=allow_simple,
        max_body_bytes=max_body_bytes,
        body_timeout=body_timeout,
    )
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    # Bound here, not by uvicorn, so a busy port is one line instead of uvicorn's log and exit.
    sock = _bind_or_fail(host, port)
    state.out.message(f"listening on http://{host}:{port}/ (Ctrl-C to stop)")
    with contextlib.suppress(KeyboardInterrupt), sock:
        anyio.run(server.serve, [sock])


def _bind_or_fail(host: str, port: int) -> socket.socket:
    from didit_async.sandbox import port_in_use_message

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            fail(port_in_use_message(host, port).removeprefix("error: "))
        raise
    return sock
