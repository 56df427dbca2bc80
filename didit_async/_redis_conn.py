"""What the Redis store and deduplicator share (see :mod:`didit_async.redis`): connecting, one
client per live event loop, ids unique across (forked) processes, the errors that mean "Redis is
unavailable", the asyncio-only guard.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import threading
import weakref
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = [
    "DEFAULT_REDIS_TIMEOUT",
    "PerLoop",
    "UniqueIds",
    "connect",
    "forget_at_fork",
    "redis_errors",
    "require_asyncio",
    "sibling",
]

B = TypeVar("B")

# Seconds: how long one Redis call may take before Redis counts as unavailable.
DEFAULT_REDIS_TIMEOUT = 2.0


def running_library() -> str | None:
    """The running async library: ``"asyncio"``, ``"trio"``, ..., or None outside any loop."""
    try:
        asyncio.get_running_loop()
        return "asyncio"
    except RuntimeError:
        pass
    try:
        import sniffio

        return sniffio.current_async_library()
    except Exception:  # no sniffio, or not inside an event loop
        return None


def require_asyncio(what: str, *, in_use: bool) -> None:
    """Raise the clear error trio users need, instead of redis-py failing somewhere inside.

    At construction (``in_use=False``) plain sync code is fine; in use, only asyncio is.
    """
    library = running_library()
    if library == "asyncio" or (library is None and not in_use):
        return
    raise RuntimeError(
        f"{what} needs asyncio: redis-py's asyncio client cannot run under "
        f"{library or 'this event loop'}. Under trio, keep the default in-memory rate-limit "
        "store and deduplicator."
    )


def connect(url: str, timeout: float, **options: Any) -> Redis:
    try:
        from redis.asyncio import Redis
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "didit_async.redis needs redis-py: pip install 'didit-async[redis]'"
        ) from exc
    options.setdefault("socket_timeout", timeout)
    options.setdefault("socket_connect_timeout", timeout)
    return Redis.from_url(url, **options)


def sibling(client: Redis) -> Redis:
    """A new client with ``client``'s connection settings, for use on another event loop."""
    pool = client.connection_pool
    fresh = type(pool)(
        connection_class=pool.connection_class,
        max_connections=pool.max_connections,
        **pool.connection_kwargs,
    )
    return type(client).from_pool(fresh)


class _ForkAware(Protocol):
    def after_fork(self) -> None: ...


# Objects holding what a forked child must not share with its parent: sockets and ids.
_AFTER_FORK: weakref.WeakSet[_ForkAware] = weakref.WeakSet()
# What a forked child inherited and must never use nor close through its event loop (the
# parent's loop and its epoll instance are still the parent's): kept so that no destructor
# runs on it, its sockets already replaced by /dev/null (see _let_go).
_INHERITED: list[object] = []


def _after_fork_in_child() -> None:
    for obj in list(_AFTER_FORK):
        obj.after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def forget_at_fork(obj: _ForkAware) -> None:
    """Call ``obj.after_fork()`` in every forked child (while ``obj`` is alive)."""
    _AFTER_FORK.add(obj)


class UniqueIds:
    """Ids no other process can make: a random prefix per process, drawn again in a forked
    child (a child copying its parent's prefix and counter would repeat the parent's ids)."""

    def __init__(self) -> None:
        self.after_fork()
        _AFTER_FORK.add(self)

    def after_fork(self) -> None:
        self._me = os.urandom(8).hex()
        self._next = itertools.count()

    def __call__(self) -> str:
        return f"{self._me}:{next(self._next)}"


class _Entry(Generic[B]):
    __slots__ = ("client", "value", "watch")

    def __init__(self, client: Redis, value: B) -> None:
        self.client = client
        self.value = value
        self.watch: AsyncGenerator[None, None] | None = None


class PerLoop(Generic[B]):
    """One Redis client (and what ``setup`` builds on it) per live asyncio event loop.

    redis-py's connections belong to the loop that opened them, so each loop needs its own
    client; the point is to let go of it when the loop ends, or a thread-per-request server
    (one ``Didit`` loop per thread) or repeated ``asyncio.run()`` would open connections without
    end. Each loop's client is closed, on that loop, when the loop shuts down: an async
    generator started on the loop is finalised by ``loop.shutdown_asyncgens()``, which
    ``asyncio.run``, ``anyio.run`` and ``Didit``'s own loops all call before closing. A loop
    closed without it is noticed the next time a loop is added, and its sockets are closed then.
    A forked child forgets the parent's clients (their sockets are the parent's).

    The first loop to ask gets ``first``; later loops get a client from ``make``.
    """

    def __init__(
        self, first: Redis, make: Callable[[], Redis], setup: Callable[[Redis], B]
    ) -> None:
        self._first: Redis | None = first
        self._make = make
        self._setup = setup
        self._lock = threading.Lock()  # Didit's threads add their loops concurrently
        self._by_loop: dict[asyncio.AbstractEventLoop, _Entry[B]] = {}
        _AFTER_FORK.add(self)

    async def get(self) -> B:
        """What belongs to the running loop, made on its first call there."""
        loop = asyncio.get_running_loop()
        entry = self._by_loop.get(loop)
        if entry is None:
            entry = self._add(loop)
            # Started here, on its loop, so that the loop finalises it at shutdown.
            entry.watch = self._until_shutdown(loop, entry)
            await entry.watch.__anext__()
        return entry.value

    def _add(self, loop: asyncio.AbstractEventLoop) -> _Entry[B]:
        with self._lock:
            for old in [old for old in self._by_loop if old.is_closed()]:
                _let_go(self._by_loop.pop(old).client)
            client, self._first = (self._first or self._make()), None
            entry = self._by_loop[loop] = _Entry(client, self._setup(client))
        return entry

    def _drop(self, loop: asyncio.AbstractEventLoop, entry: _Entry[B]) -> bool:
        with self._lock:
            if self._by_loop.get(loop) is not entry:
                return False
            del self._by_loop[loop]
            return True

    async def _until_shutdown(
        self, loop: asyncio.AbstractEventLoop, entry: _Entry[B]
    ) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            if self._drop(loop, entry):
                await _disconnect(entry.client)

    async def aclose(self) -> None:
        """Close the running loop's client (and the first one, if no loop has used it)."""
        loop = asyncio.get_running_loop()
        entry = self._by_loop.get(loop)
        if entry is not None and self._drop(loop, entry):
            await _disconnect(entry.client)
        first, self._first = self._first, None
        if first is not None:
            await _disconnect(first)

    def after_fork(self) -> None:
        """In a forked child: the parent's connections are not ours to use, nor to close."""
        self._lock = threading.Lock()
        for entry in self._by_loop.values():
            _let_go(entry.client)
            _INHERITED.append(entry)
        self._by_loop = {}


async def _disconnect(client: Redis) -> None:
    # The whole pool, not client.aclose(): a client on a pool it did not create would leave
    # the pool's connections open on a loop that is ending.
    with contextlib.suppress(Exception):
        await client.connection_pool.disconnect()


def _let_go(client: Redis) -> None:
    """Close this process's hold on ``client``'s sockets without their (closed or inherited)
    event loop: each descriptor is replaced by /dev/null, which ends the connection if no other
    process shares it and leaves a parent's connection alone, while the number stays taken
    until the transport that owns it is collected (closing it outright could close whatever
    socket reuses the number next)."""
    pool = client.connection_pool
    # redis-py keeps no public list of a pool's connections.
    connections = [
        *getattr(pool, "_available_connections", ()),
        *getattr(pool, "_in_use_connections", ()),
    ]
    devnull = os.open(os.devnull, os.O_RDWR)
    try:
        for connection in connections:
            writer = getattr(connection, "_writer", None)
            sock = writer.get_extra_info("socket") if writer is not None else None
            if sock is not None and sock.fileno() >= 0:
                os.dup2(devnull, sock.fileno())
            # Nothing may close it through its loop now: redis-py would try at collection.
            connection._writer = connection._reader = None
    finally:
        os.close(devnull)


def redis_errors() -> tuple[type[BaseException], ...]:
    from redis.exceptions import RedisError

    # TimeoutError: anyio.fail_after; OSError: a socket failing outside redis-py's wrapping.
    return (RedisError, OSError, TimeoutError)
