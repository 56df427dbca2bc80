"""Webhook dedup across workers on Redis: public as :mod:`didit_async.redis`."""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import anyio

from ._constants import WEBHOOK_DEDUP_TTL_SECONDS
from ._errors import DiditStoreUnavailableError
from ._redis_conn import (
    DEFAULT_REDIS_TIMEOUT,
    PerLoop,
    connect,
    redis_errors,
    require_asyncio,
    sibling,
)

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisWebhookDeduplicator"]

T = TypeVar("T")


def _same(client: Redis) -> Redis:
    return client


class RedisWebhookDeduplicator:
    """Webhook dedup shared by every worker: ``claim`` is ``SET NX`` with a TTL, ``release`` DEL.

    Implements :class:`~didit_async.webhooks.WebhookDeduplicator` for
    :func:`~didit_async.webhooks.webhook_endpoint` running in several processes or hosts. A
    claim lives ``ttl`` seconds (a day by default, far longer than Didit retries); a failed
    handler releases it so Didit's retry runs the handler again. A worker killed mid-handler
    leaves its claim until the TTL ends, so that event's retries answer ``duplicate``; keep
    handlers short (hand long work to a queue). When Redis fails or takes longer than
    ``timeout`` seconds, ``claim`` raises :class:`~didit_async.DiditStoreUnavailableError` and
    the endpoint answers 503, which Didit retries. asyncio only.

    >>> dedup = RedisWebhookDeduplicator.from_url("redis://127.0.0.1:6379/0")  # doctest: +SKIP
    >>> app = webhook_endpoint(on_event, secrets=secret, deduplicator=dedup)  # doctest: +SKIP
    """

    def __init__(
        self,
        redis: Redis,
        *,
        prefix: str = "didit:webhook:",
        ttl: float = WEBHOOK_DEDUP_TTL_SECONDS,
        timeout: float = DEFAULT_REDIS_TIMEOUT,
    ) -> None:
        if ttl <= 0 or timeout <= 0:
            raise ValueError("ttl and timeout must be positive")
        require_asyncio("RedisWebhookDeduplicator", in_use=False)
        self.redis = redis
        self.prefix = prefix
        self.ttl = ttl
        self.timeout = timeout
        self._clients: PerLoop[Redis] = PerLoop(redis, lambda: sibling(redis), _same)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = "didit:webhook:",
        ttl: float = WEBHOOK_DEDUP_TTL_SECONDS,
        timeout: float = DEFAULT_REDIS_TIMEOUT,
        **redis_options: Any,
    ) -> RedisWebhookDeduplicator:
        """A deduplicator on a new client for ``url``; ``redis_options`` go to redis-py."""
        dedup = cls(connect(url, timeout, **redis_options), prefix=prefix, ttl=ttl, timeout=timeout)
        dedup._clients = PerLoop(dedup.redis, lambda: connect(url, timeout, **redis_options), _same)
        return dedup

    def __repr__(self) -> str:
        return f"RedisWebhookDeduplicator(prefix={self.prefix!r}, ttl={self.ttl})"

    async def aclose(self) -> None:
        """Close the connections of this event loop's Redis client."""
        await self._clients.aclose()

    async def _call(self, call: Callable[[Redis], Awaitable[T]]) -> T:
        require_asyncio("RedisWebhookDeduplicator", in_use=True)
        client = self._clients.get()
        try:
            with anyio.fail_after(self.timeout):
                return await call(client)
        except redis_errors() as exc:
            raise DiditStoreUnavailableError(
                f"The Redis webhook deduplicator did not answer ({type(exc).__name__})."
            ) from exc

    async def claim(self, event_id: str) -> bool:
        """True for the first claim of ``event_id`` across all workers while the claim lives."""
        key = self._key(event_id)
        ms = math.ceil(self.ttl * 1000)
        return bool(await self._call(lambda r: r.set(key, b"1", nx=True, px=ms)))

    async def release(self, event_id: str) -> None:
        """Give the claim back (the handler failed), so Didit's next delivery runs it."""
        key = self._key(event_id)
        await self._call(lambda r: r.delete(key))

    def _key(self, event_id: str) -> bytes:
        # Event ids come from JSON, which can carry a lone surrogate ("\\ud800"): redis-py's
        # strict UTF-8 would raise a raw UnicodeEncodeError mid-delivery. surrogatepass keeps
        # every distinct id a distinct key.
        return (self.prefix + str(event_id)).encode("utf-8", "surrogatepass")
