"""When to retry, how long to wait, and how every retry is made observable.

Policy:

* Retried: connection failures, timeouts, 429, 500, 502, 503 and 504.
* A write is retried only when repeating it is safe: the request never reached the server
  (connect error/timeout), the operation is idempotent (``x-idempotent``: reads, deletes, AML
  with the ``Idempotency-Key`` the client generated and keeps across attempts), or Didit
  answered 429 (a throttled request did nothing). A 5xx is not "did nothing": a proxy or a
  server failing after its commit answers one after the write. A session create *with*
  ``vendor_data`` is re-sent only after a lookup by ``vendor_data`` found nothing (Didit reuses
  only an unfinished session, so a blind re-send could duplicate a finished one). Otherwise a
  lost response or a 5xx raises :class:`~didit_async.DiditWriteOutcomeUnknownError`.
* Backoff is exponential with jitter, capped per wait (``MAX_RETRY_DELAY``) and in total
  (``MAX_RETRY_TOTAL``). ``Retry-After`` (seconds or HTTP date) and ``X-RateLimit-Reset`` (epoch
  seconds) are a floor, never shortened by jitter; a floor above the per-wait cap is not waited for.
* Each retry logs one INFO record on the ``didit_async`` logger and calls ``on_retry`` if given.

>>> policy = RetryPolicy(max_retries=3, initial_delay=1.0, jitter=0.0)
>>> policy.backoff(0, floor=None, rand=0.5), policy.backoff(2, floor=None, rand=0.5)
(1.0, 4.0)
>>> policy.backoff(0, floor=2.0, rand=0.0)
2.0
"""

from __future__ import annotations

import email.utils
from collections.abc import Callable, Mapping

import attrs

from ._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    MAX_RETRY_TOTAL,
    RETRY_JITTER,
)
from ._errors import DiditValidationError

__all__ = ["RetryEvent", "RetryPolicy", "server_wait_seconds"]


@attrs.frozen
class RetryEvent:
    """What ``on_retry`` receives before each retry sleep.

    ``attempt`` is the attempt that failed (1 = first), ``delay`` the seconds about to be waited,
    ``reason`` a short text (``"429"``, ``"503"``, ``"ReadTimeout"``), ``status`` the HTTP status
    when there was a response.
    """

    operation_id: str
    method: str
    path: str
    attempt: int
    delay: float
    reason: str
    status: int | None
    request_id: str | None


RetryCallback = Callable[[RetryEvent], object]


@attrs.frozen
class RetryPolicy:
    """Retry knobs; the defaults come from ``_constants``."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_total: float = MAX_RETRY_TOTAL
    jitter: float = RETRY_JITTER

    def __attrs_post_init__(self) -> None:
        # A string or negative count would otherwise fail as a raw TypeError mid-call.
        if (
            isinstance(self.max_retries, bool)
            or not isinstance(self.max_retries, int)
            or self.max_retries < 0
        ):
            raise DiditValidationError(
                "max_retries", "range", f"must be an int >= 0, not {self.max_retries!r}"
            )

    def backoff(self, retry_index: int, *, floor: float | None, rand: float) -> float:
        """Seconds to wait before retry number ``retry_index + 1`` (``rand`` in [0, 1))."""
        nominal = min(self.initial_delay * float(2**retry_index), self.max_delay)
        delay = nominal * (1.0 - self.jitter * rand)
        if floor is not None:
            delay = max(delay, floor)
        return delay


def server_wait_seconds(headers: Mapping[str, str], *, wall_now: float) -> float | None:
    """The wait the server asked for, from ``Retry-After`` or ``X-RateLimit-Reset``, or None.

    >>> server_wait_seconds({"retry-after": "2"}, wall_now=0.0)
    2.0
    >>> server_wait_seconds({"x-ratelimit-reset": "1700000105"}, wall_now=1700000100.0)
    5.0
    >>> server_wait_seconds({"x-ratelimit-reset": "30"}, wall_now=1700000100.0)  # seconds from now
    30.0
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    waits: list[float] = []
    retry_after = lowered.get("retry-after")
    if retry_after is not None:
        value = retry_after.strip()
        try:
            waits.append(max(float(value), 0.0))
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                when = None
            if when is not None:
                waits.append(max(when.timestamp() - wall_now, 0.0))
    reset = lowered.get("x-ratelimit-reset")
    if reset is not None:
        try:
            epoch = float(reset.strip())
        except ValueError:
            epoch = None
        # Tolerate a "seconds from now" reading: small numbers cannot be epochs.
        if epoch is not None:
            waits.append(max(epoch - wall_now, 0.0) if epoch > 1e9 else max(epoch, 0.0))
    return max(waits) if waits else None
