"""Serve an ASGI app with uvicorn on 127.0.0.1 in a background thread, for socket-level tests.

uvicorn runs on asyncio only, so it gets its own thread and loop; the test talks to it over a
real socket from whichever backend it runs on (asyncio or trio).
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import anyio.from_thread


@contextlib.asynccontextmanager
async def _serve(app: Any) -> AsyncIterator[tuple[str, int]]:
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", lifespan="off", http="h11", backlog=2048)
    )
    async with anyio.create_task_group() as tg:
        tg.start_soon(server.serve, [sock])
        while not server.started:  # noqa: ASYNC110 (uvicorn exposes a flag, not an event)
            await anyio.sleep(0.01)
        try:
            yield sock.getsockname()
        finally:
            server.should_exit = True


@contextlib.contextmanager
def serve_in_thread(app: Any) -> Iterator[tuple[str, int]]:
    """``with serve_in_thread(app) as (host, port): ...``; the server stops on exit."""
    with (
        anyio.from_thread.start_blocking_portal("asyncio") as portal,
        portal.wrap_async_context_manager(_serve(app)) as address,
    ):
        yield address


async def read_until_closed(stream: anyio.abc.ByteStream) -> bytes:
    """Everything the server sends until it closes the connection."""
    data = b""
    with contextlib.suppress(anyio.EndOfStream, anyio.BrokenResourceError, OSError):
        while True:
            data += await stream.receive()
    return data
