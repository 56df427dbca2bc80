"""Client-side rate limiting that matches Didit's 60-second sliding windows.

Didit counts every request against every scope that applies to it (per method: ``generic-get``
600/min, ``generic-write`` 300/min; per endpoint on top: ``session-generate-pdf`` 50/min, ...),
over a sliding window, per API key. A plain token bucket that starts full lets ~2x the limit
through in the first minute and trips the server's window. Instead each scope keeps a
**sliding-window log**: a request is admitted when fewer than ``limit`` admissions happened in the
last ``window + margin`` seconds. No 60-second window can then hold more than ``limit`` requests,
and a saturating workload still gets ``window / (window + margin)`` of the limit (98.4 % with the
default 1 s margin).

Design:

* **FIFO and all scopes at once.** Each (key, scope) has a FIFO lock. A call takes the locks of its
  scopes in a fixed global order (per-endpoint scopes first, the per-method scopes last, so
  acquiring never deadlocks and a waiter for the slow PDF scope holds no ``generic-get`` lock
  while it waits for PDF capacity), then admits itself in every scope atomically through the store.
  Only the head of each queue sleeps; the rest wait their turn in order.
* **Cancellation-safe.** Admissions are recorded only at the end, atomically; a waiter cancelled
  while queued or sleeping takes no token and leaves the queue.
* **A proportionate reaction to 429s.** :meth:`RateLimiter.penalize` pauses the scope until the
  server's wait (``Retry-After`` / ``X-RateLimit-Reset``) has passed. That alone handles a stray
  429 (another client on the key, a blip at Didit) at little cost: the sliding window catches up
  after the pause. While 429s stay stray, a scope pauses at most once every
  ``RATE_LIMIT_REPAUSE_SECONDS`` (a 429 during a pause extends it to the longest wait asked;
  the throttled request itself always waits its own ``Retry-After`` before its retry).
  The rate is cut (halved) only when 429s persist, at least
  ``RATE_LIMIT_CUT_AFTER_429S`` within one window and more than ``RATE_LIMIT_CUT_429_SHARE`` of
  the requests admitted in it, which means the limit we believe in is wrong; the cut recovers
  linearly to the full limit over ``RATE_LIMIT_RECOVERY_SECONDS``. Halving on every 429, as a
  first version did, kept a client at a fraction of its limit under 5 % of stray 429s.
* **Pluggable store.** :class:`RateLimitStore` is the small protocol behind the windows; the
  in-memory store is the default, :class:`didit_async.redis.RedisRateLimitStore` shares the
  windows (and the 429 state) among processes and hosts.

Usage (inside a task; the client does this before every attempt)::

    limiter = RateLimiter({"generic-get": ScopeLimit(600, 60.0)})
    await limiter.acquire(["generic-get"], key="...")
"""

from __future__ import annotations

import hashlib
import math
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

import anyio
import anyio.lowlevel
import attrs

from ._clock import Clock, SystemClock
from ._constants import (
    MAX_RETRY_TOTAL,
    RATE_LIMIT_CUT_429_SHARE,
    RATE_LIMIT_CUT_AFTER_429S,
    RATE_LIMIT_MIN_FACTOR,
    RATE_LIMIT_RECOVERY_SECONDS,
    RATE_LIMIT_REPAUSE_SECONDS,
    RATE_LIMIT_SAFETY_MARGIN_SECONDS,
)
from ._errors import DiditRateLimitError, DiditValidationError
from ._generated.spec import GENERIC_RATE_LIMIT_SCOPES, KEYED_RATE_LIMIT_SCOPES, RATE_LIMIT_SCOPES

__all__ = [
    "InMemoryRateLimitStore",
    "RateLimitStore",
    "RateLimiter",
    "ScopeLimit",
    "default_scope_limits",
]


@attrs.frozen
class ScopeLimit:
    """At most ``limit`` requests in any ``window`` seconds.

    >>> ScopeLimit(50, 60.0)
    ScopeLimit(limit=50, window=60.0)
    """

    limit: int = attrs.field(validator=attrs.validators.gt(0))
    window: float = attrs.field(validator=attrs.validators.gt(0))


def default_scope_limits() -> dict[str, ScopeLimit]:
    """Didit's documented scopes (the spec's ``x-rate-limit-scopes``) as ScopeLimits."""
    return {name: ScopeLimit(lim, win) for name, (lim, win) in RATE_LIMIT_SCOPES.items()}


def scope_limits(overrides: object) -> dict[str, ScopeLimit]:
    """The documented scopes with ``overrides`` (``rate_limits=``) applied, checked first.

    A scope name that is not Didit's would limit nothing, silently (a typo such as
    ``"session_create"``), so it is refused, as is anything but a :class:`ScopeLimit`.

    >>> scope_limits({"session-create": ScopeLimit(100, 60.0)})["session-create"]
    ScopeLimit(limit=100, window=60.0)
    >>> scope_limits({"session_create": ScopeLimit(100, 60.0)})
    Traceback (most recent call last):
    ...
    didit_async.DiditValidationError: rate_limits: unknown scope 'session_create'; ...
    """
    limits = default_scope_limits()
    if overrides is None:
        return limits
    if not isinstance(overrides, Mapping):
        raise DiditValidationError(
            "rate_limits",
            "type",
            f"must be a mapping of scope name to ScopeLimit, not {type(overrides).__name__}",
        )
    for name, limit in overrides.items():
        if name not in limits:
            raise DiditValidationError(
                "rate_limits",
                "enum",
                f"unknown scope {str(name)[:80]!r}; Didit's scopes are {', '.join(sorted(limits))}",
            )
        if (
            not isinstance(limit, ScopeLimit)
            or isinstance(limit.limit, bool)
            or not isinstance(limit.limit, int)
            or isinstance(limit.window, bool)
            or not isinstance(limit.window, (int, float))
            or not math.isfinite(limit.window)
        ):
            raise DiditValidationError(
                f"rate_limits[{name!r}]",
                "type",
                f"must be a ScopeLimit(limit: int >= 1, window: finite seconds > 0), not {limit!r}"[
                    :200
                ],
            )
        limits[name] = limit
    return limits


class RateLimitStore(Protocol):
    """Where the sliding windows live. Implement both methods atomically for a shared store.

    ``try_acquire`` admits one request into every bucket or none: it returns ``0.0`` after recording
    the admission everywhere, or the seconds to wait before trying again (recording nothing).
    ``penalize`` records a 429 on one bucket (whose limit is ``limit``): pause it until ``until``,
    and cut its rate if 429s persist (see the module docstring and
    :class:`InMemoryRateLimitStore`, the reference). ``now`` and ``until`` are the caller's
    monotonic clock; a shared store may use its own clock instead (differences are what count).
    """

    async def try_acquire(
        self, buckets: Sequence[tuple[str, ScopeLimit]], now: float, margin: float
    ) -> float: ...

    async def penalize(self, bucket: str, limit: ScopeLimit, now: float, until: float) -> None: ...


@attrs.define
class _Window:
    admitted: deque[float] = attrs.field(factory=deque)
    paused_until: float = 0.0
    paused_at: float | None = None  # when the current (or last) pause began
    factor: float = 1.0  # the slow-down right after the last cut
    cut_at: float | None = None
    throttled: deque[float] = attrs.field(factory=deque)  # recent 429s, since the last cut


class InMemoryRateLimitStore:
    """The default store: sliding-window logs in this process (memory ≤ ``limit`` floats/bucket)."""

    def __init__(self) -> None:
        self._windows: dict[str, _Window] = {}

    def _factor(self, w: _Window, now: float) -> float:
        if w.cut_at is None:
            return 1.0
        recovered = (now - w.cut_at) / RATE_LIMIT_RECOVERY_SECONDS
        return min(1.0, w.factor + (1.0 - w.factor) * max(recovered, 0.0))

    def _wait(self, w: _Window, lim: ScopeLimit, now: float, margin: float) -> float:
        span = lim.window + margin
        while w.admitted and w.admitted[0] <= now - span:
            w.admitted.popleft()
        wait = max(w.paused_until - now, 0.0)
        # The epsilon keeps float rounding from holding the limit one below where recovery is.
        effective = max(1, math.floor(lim.limit * self._factor(w, now) + 1e-9))
        n = len(w.admitted)
        if n >= effective:
            # The admission that must leave the window before we may enter it...
            free = w.admitted[n - effective] + span - now
            if n < lim.limit and w.cut_at is not None:
                # ... or the moment the recovering limit grows past n, if that comes first.
                need = (n + 1) / lim.limit
                grown = w.cut_at + RATE_LIMIT_RECOVERY_SECONDS * (need - w.factor) / (1 - w.factor)
                free = min(free, grown - now)
            wait = max(wait, free, 1e-6)
        return wait

    async def try_acquire(
        self, buckets: Sequence[tuple[str, ScopeLimit]], now: float, margin: float
    ) -> float:
        # No await in here: check-then-record is atomic with respect to other tasks.
        windows = [(self._windows.setdefault(name, _Window()), lim) for name, lim in buckets]
        wait = max((self._wait(w, lim, now, margin) for w, lim in windows), default=0.0)
        if wait > 0:
            return wait
        for w, _ in windows:
            w.admitted.append(now)
        return 0.0

    async def penalize(self, bucket: str, limit: ScopeLimit, now: float, until: float) -> None:
        w = self._windows.setdefault(bucket, _Window())
        while w.throttled and w.throttled[0] <= now - limit.window:
            w.throttled.popleft()
        w.throttled.append(now)
        admitted = sum(1 for t in w.admitted if t > now - limit.window)
        cut = (
            len(w.throttled) >= RATE_LIMIT_CUT_AFTER_429S
            and len(w.throttled) > RATE_LIMIT_CUT_429_SHARE * admitted
        )
        if cut:
            w.factor = max(RATE_LIMIT_MIN_FACTOR, self._factor(w, now) / 2)
            w.cut_at = now
            w.throttled.clear()  # the next cut needs 429s that persist after this one
        paused = now < w.paused_until
        if paused or cut or w.paused_at is None or now - w.paused_at >= RATE_LIMIT_REPAUSE_SECONDS:
            if not paused:
                w.paused_at = now
            w.paused_until = max(w.paused_until, until)


def scope_subkeys(scopes: Iterable[str], body: object) -> dict[str, str] | None:
    """For each keyed scope of a request (``x-rate-limit-scopes`` with ``key-body-field``), a
    digest of its body field's value: that value gets a window of its own.

    The value is hashed because a shared store (Redis) would otherwise hold phone numbers.

    >>> scope_subkeys(["phone-risk-number", "generic-write"], {"phone_number": "+14155552671"})
    {'phone-risk-number': 'cb6880e416769253'}
    """
    if not isinstance(body, Mapping):
        return None
    found: dict[str, str] = {}
    for scope in scopes:
        field = KEYED_RATE_LIMIT_SCOPES.get(scope)
        value = body.get(field) if field is not None else None
        if isinstance(value, str):
            found[scope] = hashlib.sha256(value.strip().encode()).hexdigest()[:16]
    return found or None


def _scope_order(scope: str) -> tuple[bool, str]:
    return (scope in GENERIC_RATE_LIMIT_SCOPES, scope)


class RateLimiter:
    """One limiter per client family: a sliding-window log per (API key, scope).

    ``limits`` maps scope → :class:`ScopeLimit`; scopes a request names but that have no limit are
    ignored. ``enabled=False`` turns limiting off (every acquire returns at once). A call whose
    wait for capacity would exceed ``max_wait`` seconds raises :class:`DiditRateLimitError` at once
    (with ``retry_after``) rather than blocking, which matters for hour-long windows.
    """

    def __init__(
        self,
        limits: Mapping[str, ScopeLimit] | None = None,
        *,
        clock: Clock | None = None,
        store: RateLimitStore | None = None,
        enabled: bool = True,
        margin: float = RATE_LIMIT_SAFETY_MARGIN_SECONDS,
        max_wait: float | None = MAX_RETRY_TOTAL,
    ) -> None:
        self.limits: dict[str, ScopeLimit] = (
            default_scope_limits() if limits is None else dict(limits)
        )
        self.clock: Clock = clock or SystemClock()
        self.store: RateLimitStore = store or InMemoryRateLimitStore()
        self.enabled = enabled
        self.margin = margin
        self.max_wait = max_wait
        # Locks are created lazily, inside the running event loop that first needs them.
        self._locks: dict[str, anyio.Lock] = {}
        self._loop_token: object | None = None

    def __repr__(self) -> str:
        return f"RateLimiter(scopes={sorted(self.limits)!r}, enabled={self.enabled!r})"

    @staticmethod
    def _bucket(key: str, scope: str) -> str:
        # The key is an opaque identity (a hash of the API key, never the key itself).
        return f"{key}:{scope}"

    def _lock(self, bucket: str) -> anyio.Lock:
        token = anyio.lowlevel.current_token()
        if token != self._loop_token:
            # Locks belong to one event loop; a new loop starts with fresh queues.
            self._locks.clear()
            self._loop_token = token
        lock = self._locks.get(bucket)
        if lock is None:
            lock = self._locks[bucket] = anyio.Lock()
        return lock

    def known_scopes(self, scopes: Iterable[str]) -> list[str]:
        """The scopes that are limited, in acquisition order, without duplicates."""
        return sorted({s for s in scopes if s in self.limits}, key=_scope_order)

    @classmethod
    def _scope_bucket(cls, key: str, scope: str, subkeys: Mapping[str, str] | None) -> str:
        if subkeys and scope in subkeys:
            return cls._bucket(key, f"{scope}:{subkeys[scope]}")
        return cls._bucket(key, scope)

    async def acquire(
        self, scopes: Sequence[str], *, key: str = "", subkeys: Mapping[str, str] | None = None
    ) -> None:
        """Wait until one request may be sent in every scope, then count it in all of them.

        ``subkeys`` (from :func:`scope_subkeys`) gives a keyed scope one window per value.
        """
        if not self.enabled:
            return
        ordered = self.known_scopes(scopes)
        if not ordered:
            return
        buckets = [(self._scope_bucket(key, s, subkeys), self.limits[s]) for s in ordered]
        await self._acquire_from(buckets, 0)

    async def _acquire_from(self, buckets: list[tuple[str, ScopeLimit]], index: int) -> None:
        if index < len(buckets):
            # Lock i is held while queueing for lock i+1: only requests of the same (more
            # specific) scope wait behind us, and they would have to wait anyway.
            async with self._lock(buckets[index][0]):
                await self._acquire_from(buckets, index + 1)
            return
        while True:
            wait = await self.store.try_acquire(buckets, self.clock.now(), self.margin)
            if wait <= 0:
                return
            if self.max_wait is not None and wait > self.max_wait:
                # e.g. a 6th `account.register` within the hour: fail loudly instead of
                # blocking for most of an hour.
                names = ", ".join(b.split(":")[1] for b, _ in buckets)
                raise DiditRateLimitError(
                    f"The client-side rate limit ({names}) would make this call wait "
                    f"{wait:.0f} s, longer than the allowed {self.max_wait:.0f} s; try again "
                    "later.",
                    retry_after=wait,
                )
            await self.clock.sleep(wait)

    async def penalize(
        self,
        scopes: Sequence[str],
        *,
        key: str = "",
        retry_after: float | None,
        limit_header: int | None = None,
        subkeys: Mapping[str, str] | None = None,
    ) -> str | None:
        """Record a 429: pause the scope that was exceeded (and slow it down if 429s persist).

        Returns the name of the scope blamed.

        Didit does not say which scope tripped. ``X-RateLimit-Limit`` usually identifies it (50 →
        ``session-generate-pdf``); otherwise the most specific scope of the request is blamed,
        since per-endpoint limits are the tighter ones.
        """
        if not self.enabled:
            return None
        ordered = self.known_scopes(scopes)
        if not ordered:
            return None
        blamed = ordered[0]
        if limit_header is not None:
            matching = [s for s in ordered if self.limits[s].limit == limit_header]
            if len(matching) == 1:
                blamed = matching[0]
        now = self.clock.now()
        until = now + (retry_after if retry_after is not None else 1.0)
        await self.store.penalize(
            self._scope_bucket(key, blamed, subkeys), self.limits[blamed], now, until
        )
        return blamed
