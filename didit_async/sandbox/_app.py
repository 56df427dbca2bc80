"""The sandbox as an ASGI application: routing, auth, rate limits, faults, control routes."""

from __future__ import annotations

import email.utils
import json
import math
import random
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio
import attrs

from didit_async._generated.operations import OPERATIONS
from didit_async._generated.spec import KEYED_RATE_LIMIT_SCOPES, RATE_LIMIT_SCOPES
from didit_async._seam import OperationMeta
from didit_async._webhook_asgi import BodyRejected, read_body

from ._case_state import serve_file
from ._drf import check_idempotency_key, check_query, validate_body
from ._handlers import HANDLERS, Call
from ._state import ApiError, SandboxState
from ._token_auth import authenticate_token

__all__ = ["DroppedConnection", "FaultConfig", "RateLimitStats", "SandboxApp"]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
BodyReader = Callable[[], Awaitable[bytes]]

# Two 10 MB ID images (Didit's documented per-file limit) or a 15 MB proof of address, with
# room for the multipart framing; anything larger is refused with 413 before it is held.
MAX_BODY_BYTES = 32 * 1024 * 1024


class DroppedConnection(Exception):
    """Raised by the app to drop the connection without an answer (fault injection)."""


@attrs.define
class FaultConfig:
    """Faults to inject, each a probability per request (seeded, so runs repeat).

    ``drop_after_write`` decides where a drop happens: after the handler ran (the write took
    effect, the answer was lost) or before it. ``error_rate`` answers a server error before the
    handler runs (nothing happened); ``error_after_write_rate`` answers one after a write's
    handler ran, on an answer that would have succeeded (the write took effect, as when a proxy
    loses the upstream answer or a server fails after its commit). Both draw the status from
    ``error_statuses``; ``error_retry_after`` adds that ``Retry-After`` (seconds) to them. Every
    injected error carries ``x-sandbox-fault: before-write`` or ``after-write``, for a test's
    own checks (the client never reads it).
    """

    latency: float = 0.0
    jitter: float = 0.0
    error_rate: float = 0.0
    error_after_write_rate: float = 0.0
    error_statuses: tuple[int, ...] = (502, 503, 504)
    error_retry_after: float | None = None
    rate_limit_burst_rate: float = 0.0
    drop_rate: float = 0.0
    truncate_rate: float = 0.0
    drop_after_write: bool = True
    # Seconds to wait after the handler ran, before answering: a client cancelled in that gap
    # made its write but never saw the answer.
    delay_after_write: float = 0.0
    seed: int = 0


@attrs.define
class RateLimitStats:
    """What the sandbox saw, for benchmarks: requests, 429s, and each scope's busiest window.

    ``throttled`` counts every 429 served (limits and injected bursts alike); ``injected_429``
    the injected share of them. ``sessions_created`` counts new sessions, not reused ones.
    """

    requests: int = 0
    sessions_created: int = 0
    throttled: int = 0
    injected_429: int = 0
    injected_5xx: int = 0
    injected_5xx_after_write: int = 0
    dropped: int = 0
    truncated: int = 0
    window_max: dict[str, int] = attrs.field(factory=dict)
    per_operation: dict[str, int] = attrs.field(factory=lambda: defaultdict(int))


def _compile(path: str) -> tuple[list[str], list[str]]:
    parts = path.strip("/").split("/")
    names = [p[1:-1] if p.startswith("{") else "" for p in parts]
    return parts, names


class SandboxApp:
    """Routes every operation of the spec to its handler, the way Didit answers."""

    def __init__(
        self,
        state: SandboxState,
        *,
        rate_limit_scale: float = 1.0,
        rate_limiting: bool = True,
        faults: FaultConfig | None = None,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        self.state = state
        self.max_body_bytes = max_body_bytes
        self.rate_limiting = rate_limiting
        self.limits = {
            k: (max(1, int(n * rate_limit_scale)), w) for k, (n, w) in RATE_LIMIT_SCOPES.items()
        }
        self.faults = faults or FaultConfig()
        self.rng = random.Random(self.faults.seed)
        self.stats = RateLimitStats()
        self.windows: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self.routes: list[tuple[str, list[str], list[str], OperationMeta]] = []
        for op in OPERATIONS.values():
            prefix = "/auth/v2" if op.host == "auth" else ""
            parts, names = _compile(prefix + op.path)
            self.routes.append((op.method, parts, names, op))
        missing = set(OPERATIONS) - set(HANDLERS)
        if missing:
            raise RuntimeError(f"sandbox has no handler for {sorted(missing)}")

    # --- ASGI --------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
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
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}

        async def body() -> bytes:
            # Read only once the request is routed, authenticated and throttled, so an
            # unauthenticated client cannot make the sandbox hold a body; capped, and joined
            # once (appending to bytes made reading cost the square of the size).
            try:
                return await read_body(
                    receive, headers, max_bytes=self.max_body_bytes, time_limit=math.inf
                )
            except BodyRejected:
                # No "Connection: close": uvicorn discards the unread rest without holding it,
                # and a server hanging up mid-upload can reset the socket before the client
                # has read the 413, which then looks like a network failure.
                raise ApiError(
                    413,
                    {"detail": f"Request body too large: at most {self.max_body_bytes} bytes."},
                ) from None

        status, payload, extra = await self.handle(
            scope["method"], scope["path"], scope.get("query_string", b"").decode(), headers, body
        )
        if isinstance(payload, bytes):
            content, ctype = payload, extra.pop("content-type", "application/pdf")
        elif payload is None:
            content, ctype = b"", "application/json"
        else:
            content, ctype = json.dumps(payload).encode(), "application/json"
        if extra.pop("x-sandbox-truncate", None):
            content = content[: len(content) // 2]
        response_headers = [
            (b"content-type", ctype.encode()),
            (b"content-length", str(len(content)).encode()),
            (b"x-request-id", extra.pop("x-request-id", "").encode()),
            # On the sandbox clock, as Didit's servers send theirs: the client reads it to
            # tell a session made by its own lost create from an older one.
            (b"date", email.utils.formatdate(self.state.clock.now(), usegmt=True).encode()),
        ]
        response_headers += [(k.encode(), v.encode()) for k, v in extra.items()]
        await send({"type": "http.response.start", "status": status, "headers": response_headers})
        await send({"type": "http.response.body", "body": content if status != 204 else b""})

    async def handle(
        self,
        method: str,
        path: str,
        query_string: str,
        headers: dict[str, str],
        read_body: BodyReader,
    ) -> tuple[int, Any, dict[str, str]]:
        """Answer one request; ``read_body`` is awaited only once credentials are checked."""
        from urllib.parse import parse_qsl

        self.stats.requests += 1
        request_id = f"req_{self.stats.requests:08d}"
        extra = {"x-request-id": request_id}
        if path.startswith("/sandbox/files/") and method == "GET":
            # The short-lived URLs of attachments, printed cases and report files.
            status, payload, headers = serve_file(self.state, path.rsplit("/", 1)[-1])
            extra.update(headers)
            return status, payload, extra
        if path.startswith("/sandbox/"):
            try:
                status, payload = await self._control(method, path, await read_body())
            except ApiError as exc:
                extra.update(exc.headers)
                return exc.status, exc.body, extra
            return status, payload, extra
        query = dict(parse_qsl(query_string, keep_blank_values=True))
        f = self.faults
        if f.latency or f.jitter:
            await anyio.sleep(f.latency + self.rng.random() * f.jitter)
        self.state.tick()
        match = self._route(method, path)
        if match is None and not path.endswith("/") and self._routed(path + "/"):
            # Django's APPEND_SLASH, as Didit documents: a permanent redirect, query kept.
            extra["location"] = path + "/" + ("?" + query_string if query_string else "")
            return 301, None, extra
        if match is None:
            allowed = list(self._resolve(path))
            if not allowed:
                return 404, {"detail": "Not found."}, extra
            extra["allow"] = ", ".join(allowed)
            return 405, {"detail": f'Method "{method}" not allowed.'}, extra
        op, params = match
        self.stats.per_operation[op.operation_id] += 1
        try:
            app = self._authenticate(op, headers)
            self._throttle(op, headers, app)
            if self.rng.random() < f.rate_limit_burst_rate:
                self.stats.injected_429 += 1
                raise ApiError(
                    429,
                    {"detail": "Request was throttled. Expected available in 1 seconds."},
                    {
                        "retry-after": "1",
                        "x-ratelimit-limit": "0",
                        "x-ratelimit-remaining": "0",
                        "x-ratelimit-reset": str(int(time.time()) + 1),
                    },
                )
            if self.rng.random() < f.error_rate:
                self.stats.injected_5xx += 1
                raise self._injected_error("before-write")
            drop = self.rng.random() < f.drop_rate
            if drop and not f.drop_after_write:
                self.stats.dropped += 1
                raise DroppedConnection("connection dropped before the handler ran")
            check_query(op.operation_id, query)
            check_idempotency_key(headers)
            body = await read_body()
            if not body and op.request_kind != "none":
                # The spec marks every request body required; DRF's serializer says this.
                raise ApiError(400, {"non_field_errors": ["No data provided"]})
            data, files = self._parse(body, headers)
            if op.request_kind == "json" and op.request_schema:
                # Didit rejects malformed bodies with field-keyed 400s; the spec's own checks
                # (the ones the SDK runs before sending) decide what is malformed, read as
                # DRF reads them (unknown fields ignored, 25.0 an integer).
                data = validate_body(op.request_schema, data)
            elif op.request_kind == "multipart" and op.request_schema:
                form = {**data, **files} if isinstance(data, dict) else data
                data = validate_body(op.request_schema, form, form=True)
                data = {k: v for k, v in data.items() if k not in files}
            call = Call(self.state, app, params, query, data, headers, files)
            status, payload = HANDLERS[op.operation_id](call)
            self.stats.sessions_created = self.state.sessions_created
            if f.delay_after_write:
                await anyio.sleep(f.delay_after_write)
            if drop:
                self.stats.dropped += 1
                raise DroppedConnection("connection dropped after the handler ran")
            if (
                f.error_after_write_rate
                and op.method != "GET"
                and self.rng.random() < f.error_after_write_rate
            ):
                self.stats.injected_5xx += 1
                self.stats.injected_5xx_after_write += 1
                raise self._injected_error("after-write")
            if self.rng.random() < f.truncate_rate:
                self.stats.truncated += 1
                extra["x-sandbox-truncate"] = "1"
            return status, payload, extra
        except ApiError as exc:
            if exc.status == 429:
                self.stats.throttled += 1
            extra.update(exc.headers)
            return exc.status, _fit_error_envelope(exc.body), extra

    def _injected_error(self, when: str) -> ApiError:
        f = self.faults
        headers = {"x-sandbox-fault": when}
        if f.error_retry_after is not None:
            headers["retry-after"] = f"{f.error_retry_after:g}"
        status = self.rng.choice(list(f.error_statuses))
        return ApiError(status, {"detail": "Simulated server failure."}, headers)

    def _routed(self, path: str) -> bool:
        return bool(self._resolve(path))

    def _route(self, method: str, path: str) -> tuple[OperationMeta, dict[str, str]] | None:
        return self._resolve(path).get(method)

    def _resolve(self, path: str) -> dict[str, tuple[OperationMeta, dict[str, str]]]:
        """The operations of the one resource ``path`` names, by method.

        Like Django's URL resolver, a literal segment wins over a parameter:
        ``/v3/users/create/`` is the create resource, not the user called ``create``.
        """
        parts = path.strip("/").split("/")
        slashed = path.endswith("/")
        best: dict[str, tuple[OperationMeta, dict[str, str]]] = {}
        best_literals = -1
        for m, pattern, names, op in self.routes:
            if len(pattern) != len(parts) or op.path.endswith("/") != slashed:
                continue
            params: dict[str, str] = {}
            for want, got, name in zip(pattern, parts, names, strict=True):
                if name:
                    if not got:
                        break
                    params[name] = got
                elif want != got:
                    break
            else:
                literals = names.count("")
                if literals > best_literals:
                    best, best_literals = {}, literals
                if literals == best_literals:
                    best.setdefault(m, (op, params))
        return best

    @staticmethod
    def _parse(body: bytes, headers: dict[str, str]) -> tuple[Any, dict[str, bytes]]:
        ctype = headers.get("content-type", "")
        if ctype.startswith("multipart/form-data"):
            return _multipart(body, ctype)
        if not body:
            return {}, {}
        try:
            return json.loads(body), {}
        except ValueError:
            raise ApiError(400, {"detail": "JSON parse error."}) from None

    def _authenticate(self, op: OperationMeta, headers: dict[str, str]) -> Any:
        if not op.auth:
            return None
        if op.auth in (("session_token",), ("transaction_token",)):
            return authenticate_token(self.state, op, headers)
        key = headers.get("x-api-key")
        if "api_key" in op.auth and key:
            app = self.state.app_for_key(key)
            if app is None:
                # Didit's newest error reference: 401 for a key that is wrong, malformed,
                # revoked or expired; 403 when none was sent (below) or it lacks access.
                raise ApiError(401, {"detail": "Invalid or missing API key"})
            return app
        auth = headers.get("authorization", "")
        if "bearer" in op.auth and auth.lower().startswith("bearer "):
            app = self.state.app_for_token(auth[7:].strip())
            if app is None:
                raise ApiError(
                    401,
                    {
                        "detail": "Given token not valid for any token type",
                        "code": "token_not_valid",
                    },
                )
            return app
        if op.auth == ("bearer",):
            # DRF answers 401 when its first authenticator can name a challenge (JWT's Bearer).
            raise ApiError(
                401,
                {"detail": "Authentication credentials were not provided."},
                {"www-authenticate": 'Bearer realm="api"'},
            )
        raise ApiError(403, {"detail": "Authentication credentials were not provided."})

    def _throttle(self, op: OperationMeta, headers: dict[str, str], app: Any) -> None:
        if not self.rate_limiting or not op.rate_limit_scopes:
            return
        identity = getattr(app, "api_key", None) or headers.get("x-forwarded-for", "client")
        now = self.state.clock.now()
        windows = []
        for scope in op.rate_limit_scopes:
            if scope in KEYED_RATE_LIMIT_SCOPES:
                continue  # counted per body value by its handler (the phone risk cap)
            limit, window = self.limits.get(scope, (10**9, 60.0))
            log = self.windows[(identity, scope)]
            while log and log[0] <= now - window:
                log.popleft()
            if len(log) >= limit:
                wait = max(1, int(log[0] + window - now + 0.999))
                raise ApiError(
                    429,
                    {"detail": f"Request was throttled. Expected available in {wait} seconds."},
                    {
                        "retry-after": str(wait),
                        "x-ratelimit-limit": str(limit),
                        "x-ratelimit-remaining": "0",
                        "x-ratelimit-reset": str(int(time.time()) + wait),
                    },
                )
            windows.append((scope, log))
        for scope, log in windows:
            log.append(now)
            if len(log) > self.stats.window_max.get(scope, 0):
                self.stats.window_max[scope] = len(log)

    # --- sandbox-only control routes -----------------------------------------------------

    async def _control(self, method: str, path: str, body: bytes) -> tuple[int, Any]:
        st = self.state
        parts = path.strip("/").split("/")
        data = json.loads(body) if body else {}
        if parts[:2] == ["sandbox", "otp"] and len(parts) == 3 and method == "GET":
            code = st.otps.get(parts[2].lower())
            return (
                (200, {"email": parts[2], "code": code})
                if code
                else (404, {"detail": "Not found."})
            )
        if parts[:2] == ["sandbox", "sessions"] and len(parts) == 4 and parts[3] == "advance":
            s = st.sessions.get(parts[2])
            if s is None:
                return 404, {"detail": "Not found."}
            target = data.get("to_status")
            if target:
                st.set_status(s, str(target), actor="SYSTEM")
            else:
                s.next_step_at = st.clock.now()
                st.tick()
            return 200, {"session_id": s.session_id, "status": s.status}
        if parts[:3] == ["sandbox", "clock", "advance"] and method == "POST":
            st.clock.advance(float(data.get("seconds", 0)))
            st.tick()
            return 200, {"now": st.clock.now()}
        if parts[:2] == ["sandbox", "checkout"] and len(parts) == 3:
            entry = st.checkouts.pop(parts[2], None)
            if entry is None:
                return 404, {"detail": "Not found."}
            app = st.app_for_key(entry[0])
            if app is not None:
                app.balance += entry[1]
            return 200, {"status": "paid", "amount": str(entry[1])}
        if parts[:2] == ["sandbox", "destinations"] and len(parts) == 4 and parts[3] == "rotate":
            d = st.destinations.get(parts[2])
            if d is None:
                return 404, {"detail": "Not found."}
            import secrets as _secrets

            d["previous_secret"] = d["secret_shared_key"]
            d["previous_secret_expires"] = st.clock.now() + 86400
            d["secret_shared_key"] = "whsec_" + _secrets.token_hex(16)
            from ._state import _iso

            d["previous_secret_expires_at"] = _iso(d["previous_secret_expires"])
            return 200, {"secret_shared_key": d["secret_shared_key"]}
        if parts == ["sandbox", "stats"]:
            return 200, attrs.asdict(self.stats)
        return 404, {"detail": "Not found."}


_RESERVED = ("detail", "code", "error")


def _fit_error_envelope(body: Any) -> Any:
    """Keep a field-keyed 400 valid against the spec's ``ErrorBody``.

    A request field named like one of the envelope's own string keys (``code`` in verify-email
    and the OTP checks) would give ``{"code": ["..."]}``, which the spec's string ``code``
    rejects; such messages move into ``detail`` as ``"code: ..."`` instead.
    """
    if not isinstance(body, dict) or not any(isinstance(body.get(k), list) for k in _RESERVED):
        return body
    fitted = {k: v for k, v in body.items() if k not in _RESERVED or not isinstance(v, list)}
    notes = [
        f"{k}: {' '.join(map(str, body[k]))}" for k in _RESERVED if isinstance(body.get(k), list)
    ]
    fitted["detail"] = "; ".join([*notes, *([fitted["detail"]] if "detail" in fitted else [])])
    return fitted


def _multipart(body: bytes, ctype: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    boundary = ctype.split("boundary=", 1)[-1].strip('"').encode()
    data: dict[str, Any] = {}
    files: dict[str, bytes] = {}
    for part in body.split(b"--" + boundary):
        if b"\r\n\r\n" not in part:
            continue
        head, _, content = part.partition(b"\r\n\r\n")
        content = content.removesuffix(b"\r\n")
        disposition = next(
            (
                ln
                for ln in head.decode("latin-1").split("\r\n")
                if ln.lower().startswith("content-disposition")
            ),
            "",
        )
        fields = dict(
            item.strip().split("=", 1) for item in disposition.split(";")[1:] if "=" in item
        )
        name = fields.get("name", "").strip('"')
        if "filename" in fields:
            files[name] = content
        elif name:
            data[name] = content.decode("utf-8")
    return data, files
