"""What the Redis store and deduplicator share (see :mod:`didit_async.redis`): connecting, one
client per event loop, the errors that mean "Redis is unavailable", the asyncio-only guard.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = [
    "DEFAULT_REDIS_TIMEOUT",
    "PerLoop",
    "connect",
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


class PerLoop(Generic[B]):
    """One Redis client (and what ``setup`` builds on it) per running asyncio event loop.

    The first loop to ask gets ``first``; later loops get a client from ``make``. Loops are
    held weakly, so a closed and dropped loop takes its client along.
    """

    def __init__(
        self, first: Redis, make: Callable[[], Redis], setup: Callable[[Redis], B]
    ) -> None:
        self._first: Redis | None = first
        self._make = make
        self._setup = setup
        self._by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, tuple[Redis, B]] = (
            weakref.WeakKeyDictionary()
        )

    def get(self) -> B:
        """What belongs to the running loop, made on its first call there."""
        loop = asyncio.get_running_loop()
        entry = self._by_loop.get(loop)
        if entry is None:
            client, self._first = (self._first or self._make()), None
            entry = self._by_loop[loop] = (client, self._setup(client))
        return entry[1]

    async def aclose(self) -> None:
        """Close the running loop's client (and the first one, if no loop has used it)."""
        entry = self._by_loop.pop(asyncio.get_running_loop(), None)
        if entry is not None:
            await entry[0].aclose()
        if self._first is not None:
            await self._first.aclose()


def redis_errors() -> tuple[type[BaseException], ...]:
    from redis.exceptions import RedisError

    # TimeoutError: anyio.fail_after; OSError: a socket failing outside redis-py's wrapping.
    return (RedisError, OSError, TimeoutError)
