"""A raw loopback HTTP/1.1 server for the blocking client's attack tests.

uvicorn (``tests/loopback.py``) cannot trickle a status line or send an endless body, so this
one speaks bytes: each accepted connection is answered by the next handler given (the last one
repeats). It counts connections and the bytes each one managed to send before the client went
away, and on teardown closes every socket and joins every thread it started.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator

import pytest

Handler = Callable[[socket.socket, "Served"], None]

SERVER_THREAD = "raw-loopback-server"


class Served:
    """One connection's counters, filled in by the server while it answers."""

    def __init__(self) -> None:
        self.sent = 0
        self.gone = threading.Event()  # the client closed or reset the connection
        self.finished = threading.Event()  # the handler is done: all sent, or the client gone

    def send(self, conn: socket.socket, data: bytes) -> bool:
        """Send ``data``; False once the client has gone (counting only what was taken)."""
        try:
            conn.sendall(data)
        except OSError:
            self.gone.set()
            return False
        self.sent += len(data)
        return True


class RawServer:
    def __init__(self, handlers: list[Handler]) -> None:
        self._handlers = handlers
        self.connections: list[Served] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        # Closing a socket does not wake a thread blocked in its accept(): poll a stop flag.
        self._listener.settimeout(0.05)
        self._stop = threading.Event()
        self.port = int(self._listener.getsockname()[1])
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        accept = threading.Thread(target=self._accept, name=SERVER_THREAD, daemon=True)
        self._threads.append(accept)
        accept.start()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            with self._lock:
                n = len(self.connections)
                served = Served()
                self.connections.append(served)
                self._sockets.append(conn)
                handler = self._handlers[min(n, len(self._handlers) - 1)]
                thread = threading.Thread(
                    target=self._answer, args=(handler, conn, served), name=SERVER_THREAD
                )
                thread.daemon = True
                self._threads.append(thread)
            thread.start()

    @staticmethod
    def _answer(handler: Handler, conn: socket.socket, served: Served) -> None:
        try:
            with conn:
                try:
                    conn.recv(65536)  # the request (small, in one segment on loopback)
                except OSError:
                    return
                handler(conn, served)
        finally:
            served.finished.set()

    def close(self) -> None:
        self._stop.set()
        self._threads[0].join(timeout=10)
        self._listener.close()
        with self._lock:
            for conn in self._sockets:
                with contextlib.suppress(OSError):  # already closed by its handler
                    conn.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=10)
        assert not any(t.is_alive() for t in self._threads), "a server thread is stuck"


@pytest.fixture
def raw_server() -> Iterator[Callable[..., RawServer]]:
    """``raw_server(handler, ...)``: a started server answering connections in turn."""
    servers: list[RawServer] = []

    def start(*handlers: Handler) -> RawServer:
        server = RawServer(list(handlers))
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()
