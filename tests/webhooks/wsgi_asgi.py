"""A WSGI app as an ASGI app, so the sandbox can deliver to Django and Flask in process.

Each request runs the WSGI app in a worker thread, as a threaded WSGI server would: the app's
handler then runs outside any event loop, where Django's ORM would. ``answers`` records what
each delivery got: (path, status, detail).
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

import anyio.to_thread

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
Message = MutableMapping[str, Any]


class WSGIAsASGI:
    """``WSGIAsASGI(app)``: an ASGI app that serves ``app`` (HTTP only, bodies whole)."""

    def __init__(self, app: WSGIApp) -> None:
        self.app = app
        self.answers: list[tuple[str, int, str]] = []

    async def __call__(
        self,
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        status, headers, payload = await anyio.to_thread.run_sync(self._run, scope, body)
        try:
            detail = json.loads(payload)["detail"]
        except (ValueError, KeyError, TypeError):
            detail = payload.decode(errors="replace")[:80]
        self.answers.append((scope["path"], status, detail))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    def _run(
        self, scope: MutableMapping[str, Any], body: bytes
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        host, port = scope.get("server") or ("127.0.0.1", 80)
        environ: dict[str, Any] = {
            "REQUEST_METHOD": scope["method"],
            "SCRIPT_NAME": "",
            "PATH_INFO": scope["path"].encode().decode("latin-1"),
            "QUERY_STRING": scope.get("query_string", b"").decode("latin-1"),
            "SERVER_NAME": host,
            "SERVER_PORT": str(port),
            "SERVER_PROTOCOL": f"HTTP/{scope.get('http_version', '1.1')}",
            "CONTENT_LENGTH": str(len(body)),
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": scope.get("scheme", "http"),
            "wsgi.input": io.BytesIO(body),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": True,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
        }
        for raw_name, raw_value in scope["headers"]:
            name = raw_name.decode("latin-1").upper().replace("-", "_")
            value = raw_value.decode("latin-1")
            if name in ("CONTENT_TYPE", "CONTENT_LENGTH"):
                environ[name] = value
                continue
            key = f"HTTP_{name}"
            environ[key] = f"{environ[key]},{value}" if key in environ else value
        started: list[Any] = []

        def start_response(
            status: str, headers: list[tuple[str, str]], exc_info: Any = None
        ) -> Any:
            started[:] = [int(status.split()[0]), headers]
            return lambda data: None

        result = self.app(environ, start_response)
        try:
            payload = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        status, headers = started
        raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers]
        return status, raw, payload
