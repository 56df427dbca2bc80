"""Webhook dedup across workers on Redis, with leases: public as :mod:`didit_async.redis`."""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import anyio

from ._constants import WEBHOOK_DEDUP_LEASE_SECONDS, WEBHOOK_DEDUP_TTL_SECONDS
from ._errors import DiditStoreUnavailableError
from ._redis_conn import (
    DEFAULT_REDIS_TIMEOUT,
    PerLoop,
    UniqueIds,
    connect,
    redis_errors,
    require_asyncio,
    sibling,
)
from ._webhook_dedup import Claim, check_lease

if TYPE_CHECKING:
    from redis.asyncio import Redis
    from redis.commands.core import AsyncScript

__all__ = ["RedisWebhookDeduplicator"]

T = TypeVar("T")

# Webhook leases. One key per event: a lease holds its owner's token (``lease:...``) and expires
# after the lease; ``done`` (or, from versions before leases, any other value) marks a handled
# event until the TTL. KEYS: the event's key. Each script reads and writes in one atomic step.
_LEASE_MARK = "lease:"
# ARGV: a fresh token, the lease in ms. Returns {state, ms left on the holder's lease}.
_LEASE_CLAIM = """
local v = redis.call('GET', KEYS[1])
if not v then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return {'leased', 0}
end
if string.sub(v, 1, 6) == 'lease:' then
  return {'in_progress', redis.call('PTTL', KEYS[1])}
end
return {'done', 0}
"""
# ARGV: the caller's token, the TTL in ms. The caller's lease, or an expired one nobody
# re-took, becomes done; another holder's lease or done marker is left alone (returns 0).
_LEASE_COMPLETE = """
local v = redis.call('GET', KEYS[1])
if v and v ~= ARGV[1] then
  return 0
end
redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
return 1
"""
# ARGV: the caller's token. Deletes the lease only while it is the caller's.
_LEASE_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


class _Leases(NamedTuple):
    client: Redis
    claim: AsyncScript
    complete: AsyncScript
    release: AsyncScript


def _register_leases(client: Redis) -> _Leases:
    return _Leases(
        client,
        client.register_script(_LEASE_CLAIM),
        client.register_script(_LEASE_COMPLETE),
        client.register_script(_LEASE_RELEASE),
    )


class RedisWebhookDeduplicator:
    """Webhook dedup shared by every worker: a lease while the handler runs, then a done marker.

    Implements :class:`~didit_async.webhooks.LeasingDeduplicator` for
    :func:`~didit_async.webhooks.webhook_endpoint` running in several processes or hosts.
    ``claim`` sets the event's key to a fresh token for ``lease`` seconds (45 by default, at
    most ``ttl``, and under 60: Didit's retry interval) if it is absent; a delivery finding a
    live lease is answered 503 ``in progress`` (Didit retries), one finding ``done`` is a
    duplicate. ``complete`` turns the
    caller's own lease into ``done`` for ``ttl`` seconds (a day by default, far longer than
    Didit retries); ``release`` (a failed handler) deletes the lease only if it is still the
    caller's, so Didit's retry runs the handler again. Each is one atomic Lua script, timed by
    Redis's own clock: a worker whose lease expired and was re-taken cannot touch the new
    owner's claim, and a worker killed mid-handler holds its event back for ``lease`` seconds
    at most, so Didit's next retry runs it. Keep ``lease`` above your slowest handler; a lease
    of 60 s or more (Didit's retry interval) is refused with ``ValueError``.

    A key holding anything but a lease (a claim from a version before leases) counts as done.
    When Redis fails or takes longer than ``timeout`` seconds, the calls raise
    :class:`~didit_async.DiditStoreUnavailableError`; ``claim`` failing makes the endpoint
    answer 503, which Didit retries. asyncio only.

    >>> dedup = RedisWebhookDeduplicator.from_url("redis://127.0.0.1:6379/0")  # doctest: +SKIP
    >>> app = webhook_endpoint(on_event, secrets=secret, deduplicator=dedup)  # doctest: +SKIP
    """

    def __init__(
        self,
        redis: Redis,
        *,
        prefix: str = "didit:webhook:",
        ttl: float = WEBHOOK_DEDUP_TTL_SECONDS,
        lease: float = WEBHOOK_DEDUP_LEASE_SECONDS,
        timeout: float = DEFAULT_REDIS_TIMEOUT,
    ) -> None:
        if ttl <= 0 or timeout <= 0:
            raise ValueError("ttl and timeout must be positive")
        check_lease(lease)
        require_asyncio("RedisWebhookDeduplicator", in_use=False)
        self.redis = redis
        self.prefix = prefix
        self.ttl = ttl
        self.lease = min(lease, ttl)  # a claim never outlives the TTL it was configured with
        self.timeout = timeout
        self._clients = PerLoop(redis, lambda: sibling(redis), _register_leases)
        self._ids = UniqueIds()  # a forked child gets its own: shared ids would overwrite

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = "didit:webhook:",
        ttl: float = WEBHOOK_DEDUP_TTL_SECONDS,
        lease: float = WEBHOOK_DEDUP_LEASE_SECONDS,
        timeout: float = DEFAULT_REDIS_TIMEOUT,
        **redis_options: Any,
    ) -> RedisWebhookDeduplicator:
        """A deduplicator on a new client for ``url``; ``redis_options`` go to redis-py."""
        dedup = cls(
            connect(url, timeout, **redis_options),
            prefix=prefix,
            ttl=ttl,
            lease=lease,
            timeout=timeout,
        )
        dedup._clients = PerLoop(
            dedup.redis, lambda: connect(url, timeout, **redis_options), _register_leases
        )
        return dedup

    def __repr__(self) -> str:
        return (
            f"RedisWebhookDeduplicator(prefix={self.prefix!r}, ttl={self.ttl}, lease={self.lease})"
        )

    async def aclose(self) -> None:
        """Close the connections of this event loop's Redis client."""
        await self._clients.aclose()

    async def _call(self, call: Callable[[_Leases], Awaitable[T]]) -> T:
        require_asyncio("RedisWebhookDeduplicator", in_use=True)
        leases = await self._clients.get()
        try:
            with anyio.fail_after(self.timeout):
                return await call(leases)
        except redis_errors() as exc:
            raise DiditStoreUnavailableError(
                f"The Redis webhook deduplicator did not answer ({type(exc).__name__})."
            ) from exc

    async def claim(self, event_id: str) -> Claim:
        """A lease on ``event_id`` across all workers if nobody holds it, else done or in progress.

        True (as a :class:`~didit_async.webhooks.Claim`) only for the delivery that got the lease.
        """
        key = self._key(event_id)
        token = f"{_LEASE_MARK}{self._ids()}"
        args: list[Any] = [token, math.ceil(self.lease * 1000)]
        found, ms = await self._call(lambda s: s.claim(keys=[key], args=args))
        # bytes, or str from a client made with decode_responses=True
        state = found.decode() if isinstance(found, bytes) else found
        if state == "leased":
            return Claim.leased(token)
        if state == "in_progress":
            return Claim.in_progress(max(int(ms), 0) / 1000)
        return Claim.done()

    async def complete(self, event_id: str, token: str) -> bool:
        """Keep ``event_id`` as done for ``ttl``; False, changing nothing, if not ours now."""
        key = self._key(event_id)
        args: list[Any] = [token, math.ceil(self.ttl * 1000)]
        return bool(await self._call(lambda s: s.complete(keys=[key], args=args)))

    async def release(self, event_id: str, token: str | None = None) -> None:
        """Delete the lease if ``token`` still holds it, so Didit's next delivery runs it.

        Without a token, forget ``event_id`` altogether, whoever holds it.
        """
        key = self._key(event_id)
        if token is None:
            await self._call(lambda s: s.client.delete(key))
        else:
            await self._call(lambda s: s.release(keys=[key], args=[token]))

    def _key(self, event_id: str) -> bytes:
        # Event ids come from JSON, which can carry a lone surrogate ("\\ud800"): redis-py's
        # strict UTF-8 would raise a raw UnicodeEncodeError mid-delivery. surrogatepass keeps
        # every distinct id a distinct key.
        return (self.prefix + str(event_id)).encode("utf-8", "surrogatepass")
