"""A local, stateful Didit: every operation of the spec, on loopback or in-process.

Users cannot test a KYC integration against the real Didit without real people scanning real
passports. The sandbox simulates the platform instead: sessions move through the documented
statuses on a clock (``sandbox_scenario`` picks the outcome), webhooks are signed and delivered,
limits are enforced, and faults can be injected.

>>> import httpx, didit_async
>>> sandbox = Sandbox()
>>> async def main() -> None:  # doctest: +SKIP
...     async with sandbox.client() as client:      # an AsyncDidit wired to it, no socket
...         workflow = await client.workflows.create(workflow_label="KYC", workflow_type="kyc")
...         session = await client.sessions.create(workflow_id=workflow.uuid,
...                                                vendor_data="user-1",
...                                                sandbox_scenario="approve")

Two ways to run it: in-process (:meth:`Sandbox.transport`, :meth:`Sandbox.client`) and as a
real HTTP server (:meth:`Sandbox.serve`, ``python -m didit_async.sandbox --port 8765``), served by
uvicorn: the reference ASGI server, well kept, pure-Python capable, and already what Starlette
users deploy with.

Sandbox-only routes: ``GET /sandbox/otp/{email}`` (the emailed code),
``POST /sandbox/sessions/{id}/advance/`` (``{"to_status": ...}`` or the next step),
``POST /sandbox/clock/advance/`` (``{"seconds": n}``), ``GET /sandbox/checkout/{id}/`` (pay a
top-up), ``POST /sandbox/destinations/{id}/rotate/`` (rotate a destination's secret, keeping the
previous one for 24 h), ``GET /sandbox/stats/``.

Decisions, where Didit's sources leave room:

* **One origin.** ``/system/...`` and ``/v3/...`` (verification and apx hosts) and the auth API
  under ``/auth/v2/...``; :meth:`Sandbox.base_urls` gives the three base URLs for a client.
* **A plain ASGI app, not Starlette routing.** Routes come from the generated operation table,
  so every operation of the spec is served (the app refuses to start if one lacks a handler)
  and the in-process sandbox needs no extra package; uvicorn is only imported by ``serve``.
* **Auth.** A missing or unknown ``x-api-key`` is 403 ``{"detail": "You do not have permission
  to perform this action."}`` (the legacy behaviour integrators observe; the spec documents
  401 and 403 on every keyed route, and the SDK treats both as auth errors). A bad bearer
  token on the auth API is 401 ``token_not_valid``; register, verify, login, resend-otp and
  the healthcheck need nothing.
* **Request bodies.** Read only after the route, the credentials and the rate limit have been
  checked (a 403 or 429 never waits for a body), capped at ``SandboxConfig.max_body_bytes``
  (32 MiB: two 10 MB ID images or a 15 MB proof of address, with room): a larger
  ``Content-Length`` is refused with 413 before a byte is read, a larger streamed body as
  soon as it passes the cap; the unread rest is discarded by the server, never held.
* **Rate limits.** Per API key (else ``X-Forwarded-For``), per scope, a 60-second sliding
  window (3600 s for ``account-register``), every scope of the operation counted and the
  first exceeded answering 429 with ``Retry-After`` and ``X-RateLimit-Limit``/``-Remaining``/
  ``-Reset``; as the newest docs say, those headers come on 429s only.
  ``SandboxConfig.rate_limit_scale`` multiplies every limit.
* **Errors.** Unknown ids are 404 ``{"detail": "Not found."}``; malformed bodies are
  field-keyed 400s decided by the spec's own request checks. A field named like the error
  envelope's own keys (``code``) is reported in ``detail`` instead, so every answer stays
  valid against the spec's ``ErrorBody``.
* **Billing.** Each application starts with credit; a session is charged its workflow's price
  once, when it is first decided (Approved, Declined or In Review). A top-up answers a fake
  checkout URL that ``GET /sandbox/checkout/{id}/`` pays.
* **Webhooks.** Each status change queues a payload (stable ``event_id``) for every enabled
  destination subscribed to its type, or, with none enabled, the legacy application URL
  (``status.updated``/``data.updated`` only), as Didit documents. Bodies are serialised with
  sorted keys and compact separators and signed with :func:`didit_async.webhooks.sign` (all
  three schemes, plus ``-Previous`` during a destination's 24-hour rotation). A failed delivery
  is retried twice, 1 and 4 minutes later on the sandbox clock; each destination keeps its
  delivery metrics. :meth:`Sandbox.running` (started by ``serve``) delivers in the background;
  in tests call :meth:`Sandbox.deliver_webhooks` after :meth:`Sandbox.advance`.
* **Newer resources.** Businesses, transactions, lists, imports and branding are simulated in
  their own modules (``_ops_businesses``, ``_ops_transactions``, ``_ops_lists``, ``_ops_imports``,
  ``_ops_customization``), whose docstrings state the rules: transactions are evaluated on arrival
  by a small documented rule set (Didit's own sandbox runs none), blocklist entries decline
  matching sessions, imports read ``data:`` URLs only, and business and transaction events are
  delivered to subscribed destinations.
* **Time.** ``SandboxConfig(virtual_time=True)`` stops the clock: sessions progress, sessions
  expire, webhooks fall due and rate-limit windows slide only when :meth:`Sandbox.advance`
  (or the control route) moves it. With real time, ``advance`` adds an offset.
* **Faults** (:class:`FaultConfig`, seeded so a run repeats): latency plus jitter, a share of
  server errors (502/503/504 by default, 500 on request) before the handler ran and another
  share after it ran (the write took effect, then the 5xx), bursts of 429, dropped connections
  and truncated bodies. A drop happens after the handler ran by default (the write took effect,
  the answer was lost; ``drop_after_write`` moves it before) and only on answers that would
  have succeeded. In-process a drop surfaces
  as ``httpx.ReadError``; over uvicorn the connection closes mid-answer
  (``httpx.RemoteProtocolError``). A truncated body is the first half of the JSON, with a
  matching ``Content-Length``. Injected faults are the only answers outside the spec.
* **State.** In memory unless ``SandboxConfig.state_path`` (``--state FILE``) names a SQLite
  file: then the whole state is loaded on start and saved after each request that may write
  (before its answer), about once a second while serving, and on stop, one transaction each
  (``_persist.py`` says how, and why it is generic over the state's attributes).
* **Stats.** :attr:`Sandbox.stats`: requests, 429s served, injected faults, sessions created
  and each scope's busiest window, for benchmarks.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import anyio
import attrs

from didit_async import _http

from ._app import MAX_BODY_BYTES, DroppedConnection, FaultConfig, RateLimitStats, SandboxApp
from ._persist import SandboxStateError, SavingApp, StateFile, describe
from ._scenarios import SCENARIOS
from ._state import Delivery, SandboxState, VirtualClock

if TYPE_CHECKING:  # the client layer sits above the sandbox: imported lazily, never at load
    from didit_async._client import AsyncDidit
    from didit_async._sync_client import Didit

__all__ = [
    "SCENARIOS",
    "FaultConfig",
    "RateLimitStats",
    "Sandbox",
    "SandboxConfig",
    "SandboxStateError",
    "main",
]

ASGIApp = Callable[..., Awaitable[None]]
DEFAULT_API_KEY = "sk_sandbox_local_0000000000000000"
WEBHOOK_RETRY_DELAYS = (60.0, 240.0)  # Didit (skills): up to 2 retries, after 1 and 4 minutes
WEBHOOK_DELIVERY_TIMEOUT = 10.0  # seconds the sandbox waits for a receiver's answer
_logger = logging.getLogger("didit_async.sandbox")


@attrs.define
class SandboxConfig:
    """How the simulated Didit behaves. Times are seconds on the sandbox clock.

    A session's user opens the link ``start_after`` seconds after creation and finishes
    ``finish_after`` seconds later; with the ``expire`` scenario nobody opens it and it expires
    after ``expire_after``. ``price_per_session`` is charged where a workflow names no price.
    A request body over ``max_body_bytes`` (32 MiB by default) is refused with 413.

    ``state_path`` keeps the whole state in that SQLite file across restarts (``_persist.py``);
    ``None`` (the default) keeps it in memory only.
    """

    api_key: str = DEFAULT_API_KEY
    base_url: str = "http://127.0.0.1:8765"
    start_after: float = 1.0
    finish_after: float = 2.0
    expire_after: float = 3600.0
    price_per_session: Decimal = Decimal("0.33")
    virtual_time: bool = False
    rate_limit_scale: float = 1.0
    rate_limiting: bool = True
    faults: FaultConfig = attrs.field(factory=FaultConfig)
    max_body_bytes: int = MAX_BODY_BYTES
    state_path: str | os.PathLike[str] | None = None


class _DroppingTransport(_http.AsyncBaseTransport):
    """ASGITransport that turns a dropped connection into the error a real socket gives."""

    def __init__(self, app: ASGIApp) -> None:
        self._inner = _http.ASGITransport(app=app)

    async def handle_async_request(self, request: _http.Request) -> _http.Response:
        try:
            return await self._inner.handle_async_request(request)
        except DroppedConnection as exc:
            raise _http.ReadError(str(exc), request=request) from None


class Sandbox:
    """The simulated Didit with its state, its clock and its webhook deliveries."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        c = self.config
        self.clock = VirtualClock(time.time() if c.virtual_time else None, time.time)
        self.state = SandboxState(
            api_key=c.api_key,
            clock=self.clock,
            start_after=c.start_after,
            finish_after=c.finish_after,
            expire_after=c.expire_after,
            price_per_session=c.price_per_session,
            base_url=c.base_url,
        )
        options: dict[str, Any] = {
            "rate_limit_scale": c.rate_limit_scale,
            "rate_limiting": c.rate_limiting,
            "faults": c.faults,
            "max_body_bytes": c.max_body_bytes,
        }
        self.restored = False  # whether the state came from ``config.state_path``
        if c.state_path is None:
            self._store: StateFile | None = None
            self.app = SandboxApp(self.state, **options)
        else:
            self._store = StateFile(c.state_path)
            self.restored = self._store.load(self.state)
            if self.state.app_for_key(c.api_key) is None:  # a key new to this file
                self.state.default_app = self.state.add_application(
                    "Sandbox application", c.api_key, self.state.default_org
                )
            self.app = SavingApp(self.state, self._store, **options)
        self.receivers: dict[str, ASGIApp] = {}
        # One record per attempt: url, event_id, attempt, ok, webhook_type and, when it failed,
        # error (the status or the connection failure, also logged on ``didit_async.sandbox``).
        self.deliveries: list[dict[str, Any]] = []
        self._sync_transport: _http.BaseTransport | None = None
        self.delivery_timeout = WEBHOOK_DELIVERY_TIMEOUT

    @property
    def api_key(self) -> str:
        """The pre-provisioned application's key."""
        return self.config.api_key

    @property
    def stats(self) -> RateLimitStats:
        """Request, 429 and fault counters, and each scope's busiest 60-second window."""
        return self.app.stats

    def transport(self) -> _http.AsyncBaseTransport:
        """An httpx transport that talks to the sandbox in-process (no socket)."""
        return _DroppingTransport(self.app)

    def base_urls(self, origin: str | None = None) -> dict[str, str]:
        """Base URLs for ``AsyncDidit`` (every host is served on one origin)."""
        root = (origin or self.config.base_url).rstrip("/")
        return {
            "verification_base_url": root,
            "apx_base_url": root,
            "auth_base_url": root + "/auth/v2",
        }

    def ids(self, api_key: str | None = None) -> dict[str, str]:
        """``organization_id`` and ``application_id`` of the application behind ``api_key``
        (the sandbox's own key by default): what the application-scoped routes (cases,
        reports, networks) take, so the clients built here need not be told."""
        app = self.state.app_for_key(api_key or self.api_key)
        return {} if app is None else {"organization_id": app.org_id, "application_id": app.uuid}

    def client(self, api_key: str | None = None, **options: Any) -> AsyncDidit:
        """An :class:`AsyncDidit` wired to this sandbox in-process."""
        from didit_async._client import AsyncDidit

        http = _http.AsyncClient(transport=self.transport(), base_url=self.config.base_url)
        return AsyncDidit(
            api_key=api_key or self.api_key,
            http_client=http,
            **{**self.base_urls(), **self.ids(api_key), **options},
        )

    def sync_transport(self) -> _http.BaseTransport:
        """A blocking httpx transport into the sandbox (the app runs on one private thread)."""
        from ._sync import ThreadedASGITransport

        if self._sync_transport is None:
            self._sync_transport = ThreadedASGITransport(self.transport())
        return self._sync_transport

    def sync_client(self, api_key: str | None = None, **options: Any) -> Didit:
        """A blocking :class:`~didit_async.Didit` wired to this sandbox in-process.

        >>> sandbox = Sandbox(SandboxConfig(virtual_time=True))
        >>> with sandbox.sync_client() as client:
        ...     workflow = client.workflows.create(workflow_label="KYC", workflow_type="kyc")
        """
        from didit_async._sync_client import Didit

        http = _http.Client(transport=self.sync_transport(), base_url=self.config.base_url)
        return Didit(
            api_key=api_key or self.api_key,
            http_client=http,
            **{**self.base_urls(), **self.ids(api_key), **options},
        )

    def register_receiver(self, url: str, app: ASGIApp) -> None:
        """Deliver webhooks for ``url`` to an in-process ASGI app instead of the network."""
        self.receivers[url] = app

    def advance(self, seconds: float) -> None:
        """Move the sandbox clock forward and let sessions progress."""
        self.clock.advance(seconds)
        self.state.tick()
        self.save()

    def save(self) -> None:
        """Write the state to ``config.state_path`` now (nothing to do in memory).

        Requests that write and a serving sandbox save by themselves; this is for a test that
        changed ``sandbox.state`` directly.
        """
        if self._store is not None:
            self._store.save(self.state)

    def close(self) -> None:
        """Save the state and close ``config.state_path``, as ``serve`` does when it stops.

        Also ``with Sandbox(config) as sandbox:``. A closed sandbox's next save reopens the file.
        """
        if self._store is not None:
            self._store.save(self.state)
            self._store.close()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def deliver_webhooks(self) -> int:
        """Send every due webhook (signed with all three schemes); returns how many succeeded."""
        self.state.tick()
        now = self.clock.now()
        due = [d for d in self.state.outbox if d.due <= now]
        self.state.outbox = type(self.state.outbox)(d for d in self.state.outbox if d.due > now)
        ok = 0
        for delivery in due:
            if await self._deliver(delivery):
                ok += 1
        return ok

    async def _deliver(self, d: Delivery) -> bool:
        # Lazily: the webhook module is the client side's; the sandbox only borrows its signer.
        from didit_async.webhooks import serialize, sign

        # As Didit documents: X-Timestamp is when this attempt is sent; a retry re-sends the
        # first attempt's body, event timestamp included, under a new X-Timestamp.
        body = serialize(d.payload)
        headers = sign(
            body, d.secret, timestamp=int(self.clock.now()), previous_secret=d.previous_secret
        )
        headers.update(
            {
                "Content-Type": "application/json",
                "User-Agent": "DiditWebhook/2.0 (+didit-async sandbox)",
            }
        )
        started = time.perf_counter()
        try:
            receiver = self.receivers.get(d.url)
            transport = _http.ASGITransport(app=receiver) if receiver else None
            async with _http.AsyncClient(
                transport=transport, timeout=self.delivery_timeout
            ) as http:
                response = await http.post(d.url, content=body, headers=headers)
            success = 200 <= response.status_code < 300
            reason = None if success else _delivery_failure(response)
        except Exception as exc:  # refused, DNS, TLS, timeout, or the receiver app raised
            success = False
            reason = f"{type(exc).__name__}: {exc}".rstrip(": ")
        record = {
            "url": d.url,
            "event_id": d.payload["event_id"],
            "attempt": d.attempt + 1,
            "ok": success,
            "webhook_type": d.payload["webhook_type"],
            "error": reason,
        }
        self.deliveries.append(record)
        if reason is not None:
            # Nothing else tells a developer why their handler never ran.
            _logger.warning(
                "webhook delivery to %s failed (attempt %d): %s", d.url, d.attempt + 1, reason
            )
        dest = self.state.destinations.get(d.destination or "")
        if dest is not None:
            dest["deliveries_count"] += 1
            dest["failed_deliveries_count"] += 0 if success else 1
            dest["last_delivery_at"] = record and time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            dest["average_response_time_ms"] = round((time.perf_counter() - started) * 1000, 2)
            dest["error_rate_percentage"] = round(
                100 * dest["failed_deliveries_count"] / dest["deliveries_count"], 2
            )
            dest["health_status"] = "healthy" if success else "failing"
        if not success and d.attempt < len(WEBHOOK_RETRY_DELAYS):
            # Counted from the event's own (whole-second) timestamp, so the last retry leaves
            # exactly 1 + 4 minutes after it, inside a receiver's 300 s binding of the two.
            due = int(d.payload["timestamp"]) + sum(WEBHOOK_RETRY_DELAYS[: d.attempt + 1])
            self.state.outbox.append(attrs.evolve(d, attempt=d.attempt + 1, due=due))
        return success

    @contextlib.asynccontextmanager
    async def running(self, interval: float = 0.05) -> AsyncIterator[Sandbox]:
        """Progress sessions and deliver webhooks in the background while the block runs."""
        if self._store is not None:
            self._store.background = True
        async with anyio.create_task_group() as tg:

            async def loop() -> None:
                while True:
                    await self.deliver_webhooks()
                    if self._store is not None:  # writes left pending; what time alone changed
                        self._store.autosave(self.state)
                    await anyio.sleep(interval)

            tg.start_soon(loop)
            try:
                yield self
            finally:
                await self.deliver_webhooks()
                tg.cancel_scope.cancel()
                if self._store is not None:
                    self._store.background = False
                self.save()  # the stopping sandbox's last word

    @contextlib.asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve on loopback with uvicorn; yields the origin (``http://127.0.0.1:PORT``)."""
        import socket

        import uvicorn

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit this; without it every keep-alive answer written in two
        # parts (headers, body) stalls ~40 ms on the client's delayed ACK.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            sock.bind((host, port))
        except OSError:
            sock.close()
            raise
        origin = f"http://{host}:{sock.getsockname()[1]}"
        self.state.base_url = origin
        server = uvicorn.Server(
            uvicorn.Config(_hang_up_on_drop(self.app), log_level="warning", lifespan="on")
        )
        quiet = _QuietDrops()
        logging.getLogger("uvicorn.error").addFilter(quiet)
        try:
            async with anyio.create_task_group() as tg:

                async def serve_until_stopped() -> None:
                    await server.serve([sock])
                    # uvicorn also stops on SIGINT or SIGTERM; the block then ends too, through
                    # the clean-up below (the last save of a state file included).
                    tg.cancel_scope.cancel()

                tg.start_soon(serve_until_stopped)
                while not server.started:  # noqa: ASYNC110 (uvicorn exposes a flag, not an event)
                    await anyio.sleep(0.01)
                async with self.running():
                    try:
                        yield origin
                    finally:
                        server.should_exit = True
        finally:
            logging.getLogger("uvicorn.error").removeFilter(quiet)
            self.close()


def _delivery_failure(response: _http.Response) -> str:
    """Why a non-2xx answer failed the delivery, with the fix for the usual redirect trap."""
    text = f"HTTP {response.status_code}"
    if 300 <= response.status_code < 400:
        where = response.headers.get("location", "?")
        text += (
            f" redirect to {where} (not followed, as Didit does not follow redirects: "
            "register the exact URL the receiver answers, trailing slash included)"
        )
    return text


def _hang_up_on_drop(app: ASGIApp) -> ASGIApp:
    """Make an injected drop close the socket under uvicorn instead of answering 500.

    uvicorn answers 500 when an app fails before starting its response, and closes the
    connection when it fails after. So a drop starts an answer that promises a body, then
    fails: the client reads a status line and a hang-up (httpx: ``RemoteProtocolError``), the
    nearest ASGI gets to a connection lost mid-answer.
    """

    async def dropping(scope: Any, receive: Any, send: Any) -> None:
        try:
            await app(scope, receive, send)
        except DroppedConnection:
            headers = [(b"content-type", b"application/json"), (b"content-length", b"2")]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            raise

    return dropping


class _QuietDrops(logging.Filter):
    """Keeps uvicorn from printing a traceback for each drop the sandbox injected on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DroppedConnection)


def main(argv: list[str] | None = None, *, prog: str = "python -m didit_async.sandbox") -> int:
    """``python -m didit_async.sandbox [--port 8765] [--state FILE] ...`` (``--help`` lists all)."""
    from ._options import config_options, parser, sigterm_stops_cleanly

    args = parser(prog).parse_args(argv)
    args.api_key = args.api_key or DEFAULT_API_KEY
    try:
        sandbox = Sandbox(
            SandboxConfig(**config_options(args), base_url=f"http://{args.host}:{args.port}")
        )
    except SandboxStateError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    serving = False

    async def run() -> None:
        nonlocal serving
        async with sandbox.serve(args.host, args.port) as origin:
            serving = True
            # The built-in key is public (documented) and users need it to connect; a key of
            # their own is only hinted at, so it never lands in a terminal log.
            default = args.api_key == DEFAULT_API_KEY
            print(
                json.dumps(
                    {
                        "origin": origin,
                        **(
                            {"api_key": args.api_key}
                            if default
                            else {"api_key_hint": args.api_key[:11] + "…"}
                        ),
                        "verification_base_url": origin,
                        "apx_base_url": origin,
                        "auth_base_url": origin + "/auth/v2",
                        **sandbox.ids(),
                    }
                ),
                flush=True,
            )
            # What to paste into another shell so the SDK and `didit` both use this sandbox.
            print(
                "# In another shell:\n"
                f"export DIDIT_BASE_URL={origin}\n"
                f"export DIDIT_API_KEY={args.api_key if default else '<your --api-key>'}\n"
                f"export DIDIT_ORGANIZATION_ID={sandbox.ids()['organization_id']}\n"
                f"export DIDIT_APPLICATION_ID={sandbox.ids()['application_id']}",
                flush=True,
            )
            print(describe(sandbox.config.state_path, sandbox.state, sandbox.restored), flush=True)
            await anyio.sleep_forever()

    with sigterm_stops_cleanly(lambda: serving):
        try:
            with contextlib.suppress(KeyboardInterrupt):
                anyio.run(run)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            print(port_in_use_message(args.host, args.port), file=sys.stderr)
            return 1
    return 0


def port_in_use_message(host: str, port: int) -> str:
    """What to say when ``host:port`` is taken (another sandbox, or any other server)."""
    return (
        f"error: port {port} on {host} is already in use (another sandbox or server is "
        f"listening there). Stop it, or pick another port: --port {port + 1}"
    )
