"""One Didit limit shared by many processes and hosts, and webhook dedup across workers, on Redis.

Didit's limits are per API key, but a deployment runs many processes with one key (uvicorn or
gunicorn workers, Celery workers, several hosts). With the default in-memory store each process
keeps its own windows, so N processes send N times the limit. Pass a shared store instead::

    store = RedisRateLimitStore.from_url("redis://redis:6379/0")
    client = AsyncDidit(rate_limit_store=store)
    app = webhook_endpoint(on_event, secrets=secret,
                           deduplicator=RedisWebhookDeduplicator.from_url("redis://redis:6379/0"))

Needs the ``redis`` extra (``pip install 'didit-async[redis]'``) and a Redis (or Valkey) server,
5.0 or newer.

How it works:

* **One atomic script.** Each request runs one server-side Lua script that checks every scope's
  sliding window and either admits it into all of them or into none, so concurrent processes
  can never overfill a window between a check and a write.
* **The server's clock.** Windows are timed by Redis's ``TIME`` inside the script, never by the
  callers' clocks, which differ between hosts.
* **429s are shared.** A 429 seen by one process pauses the scope (and, if 429s persist, cuts
  its rate) for every process, with the same rules as the in-memory store.
* **Keys expire on their own.** Every key carries a ``PEXPIRE`` just past the longest time it
  can matter (a window, a pause, a recovery), so nothing needs cleaning up.
* **Redis losing its data is noticed.** Each store remembers its own admissions of the last
  window. When Redis has lost one of them (a restart without persistence, a failover to an
  empty replica), the store puts them all back before admitting anything, and for one window
  the scope admits no faster than its steady rate (``limit`` per window, evenly spaced), since
  other processes' lost admissions still count at Didit. Every process that sends again puts
  its own back; one that sends nothing more cannot, hence the steady rate instead of a fresh
  window's whole burst. A process that made no admission in the lost window notices nothing
  until another one has.
* **Forks.** A store built before ``fork`` (``gunicorn --preload``, Celery's prefork pool) is
  safe to use in every child: each child draws ids of its own (children sharing their parent's
  would overwrite each other's admissions) and lets go of the parent's connections.

When Redis is slow or down (no answer within ``timeout`` seconds, refused connections), the
store does what ``on_unavailable`` says, a choice each deployment makes:

* ``"fail"`` (the default): the call waits for Redis, retrying with backoff, for up to
  ``outage_wait`` seconds (5 by default; less if a cancel scope around the call ends first),
  so that a restart or a failover that short pauses admission; if Redis is still unavailable
  then, the call raises :class:`~didit_async.DiditStoreUnavailableError` before anything is sent to
  Didit. Safe: the fleet never exceeds the limit.
* ``"local"``: log a warning and limit per process in memory, each process taking
  ``local_share`` of every limit (``1 / number of processes`` keeps the fleet under the
  limit; the default ``1.0`` keeps each process going at full speed and lets Didit's 429s,
  which the client honours, sort out the rest). Redis is tried again every
  ``retry_interval`` seconds and used as soon as it answers.

The deduplicator's claims are leases (``lease``, 45 s by default, under Didit's 60 s retry
interval) while the handler runs, turned into a ``ttl``-long done marker (a day) when it
succeeds, each step one Lua script acting only on the caller's own lease: a worker killed
mid-handler holds its event back for ``lease`` seconds at most, so Didit's next retry runs it,
and a delivery arriving meanwhile is answered 503 ``in progress``, never 200.
It has no fallback: a per-process fallback would let duplicates through, and the endpoint
already answers 503 when the deduplicator raises, which makes Didit retry.

**One client per live event loop.** redis-py's connections belong to the event loop that
opened them, and the blocking :class:`~didit_async.Didit` runs a private loop per calling
thread. So each store keeps one Redis client per loop: the one it was built with serves the
first loop that uses it; every other loop gets its own, made from the same URL and options
(stores from ``from_url``) or from the given client's connection settings. A loop's client is
closed, on that loop, when the loop shuts down (``asyncio.run``, ``anyio.run`` and ``Didit``'s
loops finalise async generators first, which is the hook); ``Didit`` closes a thread's loop at
its next call from any thread once that thread has ended. So Redis sees about one connection
per live loop, however many threads or ``asyncio.run()`` calls came and went. A loop closed
without that shutdown has its sockets closed when the next loop starts using the store.
``aclose()`` closes the client of the loop it runs on at once.

**asyncio only.** redis-py's client runs on asyncio, not on trio: used under trio, both classes
raise :class:`RuntimeError` at construction (when constructed inside trio) or at first use.
Under trio keep the in-memory store.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeVar

import anyio

from ._constants import (
    LOGGER_NAME,
    RATE_LIMIT_CUT_429_SHARE,
    RATE_LIMIT_CUT_AFTER_429S,
    RATE_LIMIT_MIN_FACTOR,
    RATE_LIMIT_RECOVERY_SECONDS,
    RATE_LIMIT_REPAUSE_SECONDS,
)
from ._errors import DiditStoreUnavailableError
from ._ratelimit import InMemoryRateLimitStore, ScopeLimit
from ._redis_conn import (
    DEFAULT_REDIS_TIMEOUT,
    PerLoop,
    UniqueIds,
    connect,
    forget_at_fork,
    redis_errors,
    require_asyncio,
    sibling,
)
from ._redis_dedup import RedisWebhookDeduplicator

if TYPE_CHECKING:
    from redis.asyncio import Redis
    from redis.commands.core import AsyncScript

__all__ = [
    "DiditStoreUnavailableError",
    "RedisRateLimitStore",
    "RedisWebhookDeduplicator",
]

_logger = logging.getLogger(LOGGER_NAME)
T = TypeVar("T")

OnUnavailable = Literal["fail", "local"]

# Seconds a store in "local" mode waits before trying Redis again (DEFAULT_REDIS_TIMEOUT, how
# long one call may take before Redis counts as unavailable, is shared with the deduplicator).
DEFAULT_REDIS_RETRY_INTERVAL = 5.0
# Seconds a store in "fail" mode keeps retrying an unavailable Redis before the call fails: a
# restart or a failover that short pauses admission instead of failing every call meanwhile.
DEFAULT_REDIS_OUTAGE_WAIT = 5.0
# The first wait between those retries, doubling up to the second.
_OUTAGE_FIRST_RETRY = 0.05
_OUTAGE_MAX_RETRY_DELAY = 1.0
# Seconds short of its window after which an own admission is no longer expected in a log:
# room for our clock and Redis's to measure time a little differently (the round trip is on
# the safe side: an admission's time is taken before its request leaves).
_LOSS_SLACK = 1.0

# KEYS: per bucket its admissions log (a sorted set scored by server time) and its state hash
# (paused_until, factor, cut_at, lost_at). ARGV: margin, recovery seconds, a member id unique to
# this admission, then per bucket its limit, its window and the caller's own latest admission
# there if it must still be in the log ('' if none). Returns "0" (admitted everywhere), the
# seconds to wait, as a string (Lua numbers would be truncated to integers on the way out), or
# "lost i j ..." (admitting nothing): the caller's latest admission into bucket i is gone from
# a log it cannot have left, so Redis lost its data (a restart without persistence).
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local margin = tonumber(ARGV[1])
local recovery = tonumber(ARGV[2])
local member = ARGV[3]
local n = #KEYS / 2
local wait = 0
local lost = {}
for i = 1, n do
  local log, st = KEYS[2 * i - 1], KEYS[2 * i]
  local limit = tonumber(ARGV[1 + 3 * i])
  local span = tonumber(ARGV[2 + 3 * i]) + margin
  local mine = ARGV[3 + 3 * i]
  redis.call('ZREMRANGEBYSCORE', log, '-inf', now - span)
  if mine ~= '' and not redis.call('ZSCORE', log, mine) then
    lost[#lost + 1] = tostring(i)
  end
  local s = redis.call('HMGET', st, 'paused_until', 'factor', 'cut_at', 'lost_at')
  local w = math.max((tonumber(s[1]) or 0) - now, 0)
  local factor, cut_at, lost_at = tonumber(s[2]) or 1, tonumber(s[3]), tonumber(s[4])
  local f = 1
  if cut_at then
    f = math.min(1, factor + (1 - factor) * math.max((now - cut_at) / recovery, 0))
  end
  local effective = math.max(1, math.floor(limit * f + 1e-9))
  local count = redis.call('ZCARD', log)
  if count >= effective then
    local oldest = redis.call('ZRANGE', log, count - effective, count - effective, 'WITHSCORES')
    local free = tonumber(oldest[2]) + span - now
    if count < limit and cut_at then
      local grown = cut_at + recovery * ((count + 1) / limit - factor) / (1 - factor)
      free = math.min(free, grown - now)
    end
    w = math.max(w, free, 0.000001)
  end
  if lost_at and now - lost_at < span then
    -- For one window after a loss, admissions since it grow no faster than a full window
    -- spread evenly before it would have made room.
    local fresh = redis.call('ZCOUNT', log, '(' .. tostring(lost_at), '+inf')
    w = math.max(w, lost_at + span * (fresh + 1) / limit - now)
  end
  wait = math.max(wait, w)
end
if #lost > 0 then
  return 'lost ' .. table.concat(lost, ' ')
end
if wait > 0 then
  return tostring(wait)
end
for i = 1, n do
  local log = KEYS[2 * i - 1]
  local span = tonumber(ARGV[2 + 3 * i]) + margin
  redis.call('ZADD', log, now, member)
  redis.call('PEXPIRE', log, math.ceil(span * 1000) + 1000)
end
return '0'
"""

# KEYS: a bucket's log and state hash. ARGV: its window plus margin, then pairs of a member id
# and how many seconds ago it was admitted. Puts the caller's own recent admissions back into
# a log Redis lost and marks the loss (once per window, whoever notices it first).
_RESEED = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local log, st = KEYS[1], KEYS[2]
local span = tonumber(ARGV[1])
for i = 2, #ARGV, 2 do
  redis.call('ZADD', log, now - tonumber(ARGV[i + 1]), ARGV[i])
end
redis.call('PEXPIRE', log, math.ceil(span * 1000) + 1000)
local lost_at = tonumber(redis.call('HGET', st, 'lost_at'))
if not lost_at or now - lost_at >= span then
  redis.call('HSET', st, 'lost_at', tostring(now))
end
local keep = math.ceil(span * 1000) + 1000
redis.call('PEXPIRE', st, math.max(keep, redis.call('PTTL', st)))
return 'ok'
"""

# KEYS: the bucket's log, state hash and recent-429s sorted set. ARGV: pause seconds, window,
# recovery seconds, min factor, 429s before a cut, their share of admissions, a member id, the
# seconds between two pauses for stray 429s. Same rules as InMemoryRateLimitStore.penalize.
_PENALIZE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local log, st, throttled = KEYS[1], KEYS[2], KEYS[3]
local pause = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local recovery = tonumber(ARGV[3])
local s = redis.call('HMGET', st, 'paused_until', 'factor', 'cut_at', 'paused_at')
local paused_until, paused_at = tonumber(s[1]) or 0, tonumber(s[4])
redis.call('ZREMRANGEBYSCORE', throttled, '-inf', now - window)
redis.call('ZADD', throttled, now, ARGV[7])
redis.call('PEXPIRE', throttled, math.ceil(window * 1000) + 1000)
local strikes = redis.call('ZCARD', throttled)
local admitted = redis.call('ZCOUNT', log, '(' .. tostring(now - window), '+inf')
local cut = strikes >= tonumber(ARGV[5]) and strikes > tonumber(ARGV[6]) * admitted
if cut then
  local factor, cut_at = tonumber(s[2]) or 1, tonumber(s[3])
  local f = 1
  if cut_at then
    f = math.min(1, factor + (1 - factor) * math.max((now - cut_at) / recovery, 0))
  end
  redis.call('HSET', st, 'factor', tostring(math.max(tonumber(ARGV[4]), f / 2)),
             'cut_at', tostring(now))
  redis.call('DEL', throttled)
end
local paused = now < paused_until
if paused or cut or not paused_at or now - paused_at >= tonumber(ARGV[8]) then
  if not paused then
    redis.call('HSET', st, 'paused_at', tostring(now))
  end
  paused_until = math.max(paused_until, now + pause)
  redis.call('HSET', st, 'paused_until', tostring(paused_until))
end
local keep = math.max(paused_until - now, 0) + math.max(recovery, tonumber(ARGV[8]))
local pttl = redis.call('PTTL', st)
redis.call('PEXPIRE', st, math.max(math.ceil(keep * 1000) + 1000, pttl))
return 'ok'
"""


class _Scripts(NamedTuple):
    acquire: AsyncScript
    penalize: AsyncScript
    reseed: AsyncScript


def _register(client: Redis) -> _Scripts:
    # A Script object belongs to the client it was registered on.
    return _Scripts(
        client.register_script(_ACQUIRE),
        client.register_script(_PENALIZE),
        client.register_script(_RESEED),
    )


class RedisRateLimitStore:
    """Sliding-window rate limits shared through Redis by every process using one API key.

    Implements :class:`~didit_async.RateLimitStore`; pass it as ``AsyncDidit(rate_limit_store=)``
    in every process. ``prefix`` namespaces the keys (one Redis can serve several
    deployments). ``on_unavailable``, ``outage_wait``, ``local_share``, ``timeout`` and
    ``retry_interval`` set what happens when Redis is slow or down (see
    :mod:`didit_async.redis`). asyncio only.

    >>> store = RedisRateLimitStore.from_url("redis://127.0.0.1:6379/0")  # doctest: +SKIP
    >>> client = AsyncDidit(rate_limit_store=store)  # doctest: +SKIP
    """

    def __init__(
        self,
        redis: Redis,
        *,
        prefix: str = "didit:rl:",
        on_unavailable: OnUnavailable = "fail",
        outage_wait: float = DEFAULT_REDIS_OUTAGE_WAIT,
        local_share: float = 1.0,
        timeout: float = DEFAULT_REDIS_TIMEOUT,
        retry_interval: float = DEFAULT_REDIS_RETRY_INTERVAL,
    ) -> None:
        if on_unavailable not in ("fail", "local"):
            raise ValueError('on_unavailable must be "fail" or "local"')
        if not 0 < local_share <= 1 or timeout <= 0 or retry_interval < 0 or outage_wait < 0:
            raise ValueError(
                "local_share must be in (0, 1], timeout positive, retry_interval and "
                "outage_wait >= 0"
            )
        require_asyncio("RedisRateLimitStore", in_use=False)
        self.redis = redis
        self.prefix = prefix
        self.on_unavailable: OnUnavailable = on_unavailable
        self.outage_wait = outage_wait
        self.local_share = local_share
        self.timeout = timeout
        self.retry_interval = retry_interval
        self._clients = PerLoop(redis, lambda: sibling(redis), _register)
        self._local = InMemoryRateLimitStore()
        self._down_until: float | None = None  # monotonic; set while falling back
        self._ids = UniqueIds()  # a forked child gets its own: shared ids would overwrite
        # This process's own admissions per bucket, (monotonic time, member), newest last:
        # how a lost log is noticed and refilled (see _ACQUIRE and _RESEED).
        self._mine: dict[str, deque[tuple[float, str]]] = {}
        # Didit's threads share the store; the local fallback and _mine never suspend under it.
        self._lock = threading.Lock()
        forget_at_fork(self)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = "didit:rl:",
        on_unavailable: OnUnavailable = "fail",
        outage_wait: float = DEFAULT_REDIS_OUTAGE_WAIT,
        local_share: float = 1.0,
        timeout: float = DEFAULT_REDIS_TIMEOUT,
        retry_interval: float = DEFAULT_REDIS_RETRY_INTERVAL,
        **redis_options: Any,
    ) -> RedisRateLimitStore:
        """A store on a new client for ``url`` (``redis://``, ``rediss://``, ``unix://``).

        ``redis_options`` go to ``redis.asyncio.Redis.from_url``; socket timeouts default to
        ``timeout``.
        """
        store = cls(
            connect(url, timeout, **redis_options),
            prefix=prefix,
            on_unavailable=on_unavailable,
            outage_wait=outage_wait,
            local_share=local_share,
            timeout=timeout,
            retry_interval=retry_interval,
        )
        # Other loops' clients come from the URL and options, exactly as the first did.
        store._clients = PerLoop(
            store.redis, lambda: connect(url, timeout, **redis_options), _register
        )
        return store

    def __repr__(self) -> str:  # never the URL: it may carry a password
        return (
            f"RedisRateLimitStore(prefix={self.prefix!r}, on_unavailable={self.on_unavailable!r})"
        )

    async def aclose(self) -> None:
        """Close the connections of this event loop's Redis client."""
        await self._clients.aclose()

    def after_fork(self) -> None:
        """In a forked child: the parent's admissions and lock are the parent's."""
        self._lock = threading.Lock()
        self._mine = {}

    def _keys(self, bucket: str) -> tuple[str, str, str]:
        # The API-key identity in braces is a Redis Cluster hash tag: every key one script
        # touches lives in one slot.
        identity, _, scope = bucket.partition(":")
        base = f"{self.prefix}{{{identity}}}:{scope}"
        return f"{base}:log", f"{base}:state", f"{base}:429"

    async def _redis(self, call: Callable[[_Scripts], Awaitable[T]], before_send: bool) -> T | None:
        """Run one Redis call; None means "use the local fallback" (on_unavailable="local")."""
        require_asyncio("RedisRateLimitStore", in_use=True)
        if self._down_until is not None and time.monotonic() < self._down_until:
            return None
        scripts = await self._clients.get()
        try:
            result = await self._patiently(call, scripts)
        except redis_errors() as exc:
            reason = type(exc).__name__
            if self.on_unavailable == "fail":
                sent = "nothing was sent to Didit. " if before_send else ""
                raise DiditStoreUnavailableError(
                    f"The Redis rate-limit store did not answer ({reason}); {sent}Retry later, "
                    "or create the store with on_unavailable='local' to limit per process while "
                    "Redis is down."
                ) from exc
            if self._down_until is None:
                _logger.warning(
                    "Redis rate-limit store unavailable (%s): limiting per process at %.0f%% of "
                    "each limit until it answers again",
                    reason,
                    self.local_share * 100,
                )
            self._down_until = time.monotonic() + self.retry_interval
            return None
        if self._down_until is not None:
            _logger.warning("Redis rate-limit store is back: limits are shared again")
            self._down_until = None
        return result

    async def _patiently(self, call: Callable[[_Scripts], Awaitable[T]], scripts: _Scripts) -> T:
        """``call(scripts)``; in "fail" mode retried with backoff while Redis is unavailable,
        for ``outage_wait`` seconds at most (less if a cancel scope around the call ends first)."""
        wait = self.outage_wait if self.on_unavailable == "fail" else 0.0
        give_up = min(anyio.current_time() + wait, anyio.current_effective_deadline())
        delay = _OUTAGE_FIRST_RETRY
        while True:
            try:
                with anyio.fail_after(self.timeout):
                    return await call(scripts)
            except redis_errors():
                if anyio.current_time() + delay >= give_up:
                    raise
            await anyio.sleep(delay)
            delay = min(delay * 2, _OUTAGE_MAX_RETRY_DELAY)

    def _local_limit(self, lim: ScopeLimit) -> ScopeLimit:
        return ScopeLimit(max(1, math.floor(lim.limit * self.local_share)), lim.window)

    def _latest(self, bucket: str, window: float, now: float) -> str:
        """This process's latest admission into ``bucket`` if Redis must still hold it.

        Its time was taken before the request left, so its age here is never less than the
        one Redis sees; and the window without any margin, which other callers may set lower.
        """
        with self._lock:
            mine = self._mine.get(bucket)
            if mine and now - mine[-1][0] < window - _LOSS_SLACK:
                return mine[-1][1]
        return ""

    def _remember(
        self, buckets: Sequence[tuple[str, ScopeLimit]], member: str, margin: float, now: float
    ) -> None:
        with self._lock:
            for bucket, lim in buckets:
                mine = self._mine.get(bucket)
                if mine is None:
                    mine = self._mine[bucket] = deque(maxlen=lim.limit)
                while mine and mine[0][0] <= now - lim.window - margin:
                    mine.popleft()
                mine.append((now, member))

    async def _reseed(self, bucket: str, lim: ScopeLimit, margin: float) -> None:
        """Put this process's admissions of the last window back into a log Redis lost."""
        span = lim.window + margin
        now = time.monotonic()
        with self._lock:
            mine = [(m, now - t) for t, m in self._mine.get(bucket, ()) if now - t < span]
        log, state, _ = self._keys(bucket)
        args: list[Any] = [span]
        for member, age in mine:
            args += [member, age]
        await self._redis(lambda sc: sc.reseed(keys=[log, state], args=args), True)

    async def _acquire(
        self, buckets: Sequence[tuple[str, ScopeLimit]], margin: float, member: str, check: bool
    ) -> str | None:
        keys: list[str] = []
        args: list[Any] = [margin, RATE_LIMIT_RECOVERY_SECONDS, member]
        now = time.monotonic()
        for bucket, lim in buckets:
            log, state, _ = self._keys(bucket)
            keys += [log, state]
            args += [
                lim.limit,
                lim.window,
                self._latest(bucket, lim.window, now) if check else "",
            ]
        answer = await self._redis(lambda sc: sc.acquire(keys=keys, args=args), True)
        return answer.decode() if isinstance(answer, bytes) else answer

    async def try_acquire(
        self, buckets: Sequence[tuple[str, ScopeLimit]], now: float, margin: float
    ) -> float:
        """Admit one request into every bucket or none, timed by the Redis server's clock.

        If Redis lost this process's admissions of the last window (a restart without
        persistence), they are put back before anything is admitted.
        """
        member = self._ids()
        sent = time.monotonic()
        answer = await self._acquire(buckets, margin, member, check=True)
        if answer is not None and answer.startswith("lost"):
            for index in answer.split()[1:]:
                await self._reseed(*buckets[int(index) - 1], margin)
            sent = time.monotonic()
            answer = await self._acquire(buckets, margin, member, check=False)
        if answer is None:
            local = [(bucket, self._local_limit(lim)) for bucket, lim in buckets]
            with self._lock:  # exact across threads: check and record in one step
                return await self._local.try_acquire(local, now, margin)
        wait = float(answer)
        if wait == 0:
            self._remember(buckets, member, margin, sent)
        return wait

    async def penalize(self, bucket: str, limit: ScopeLimit, now: float, until: float) -> None:
        """Record a 429 for every process: pause the bucket for ``until - now`` seconds."""
        args: list[Any] = [
            max(until - now, 0.0),
            limit.window,
            RATE_LIMIT_RECOVERY_SECONDS,
            RATE_LIMIT_MIN_FACTOR,
            RATE_LIMIT_CUT_AFTER_429S,
            RATE_LIMIT_CUT_429_SHARE,
            self._ids(),
            RATE_LIMIT_REPAUSE_SECONDS,
        ]
        keys = list(self._keys(bucket))
        answer = await self._redis(lambda sc: sc.penalize(keys=keys, args=args), False)
        if answer is None:
            with self._lock:
                await self._local.penalize(bucket, self._local_limit(limit), now, until)
