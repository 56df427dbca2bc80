"""Verify, sign and parse Didit webhook deliveries; deduplicate and receive them over ASGI.

Two verbs and one error, like the Standard Webhooks library:

>>> from didit_async import webhooks
>>> body = webhooks.serialize({"session_id": "s1", "status": "Approved",
...                            "timestamp": 1700000000, "webhook_type": "status.updated"})
>>> headers = webhooks.sign(body, "whsec_test", timestamp=1700000000)
>>> event = webhooks.verify(body, headers, "whsec_test", now=1700000010)
>>> event.type, event.session_id, event.status, event.scheme
('status.updated', 's1', 'Approved', 'v2')

How ``verify`` checks a delivery, cheapest and most final checks first:

1. The body size is capped before anything is parsed (``body_too_large``).
2. ``X-Timestamp`` and at least one usable signature header must be present
   (``missing_headers``); the timestamp must be Unix seconds (``invalid_timestamp``) within
   ``tolerance`` seconds of now in both directions (``stale_timestamp``, ``future_timestamp``),
   before any HMAC is computed: a replayed delivery costs one integer comparison.
3. The body must be UTF-8 JSON with finite numbers only (no ``NaN``, ``Infinity``, ``1e999``:
   ``invalid_json``) and an object (``not_an_object``); its own ``timestamp`` (a number, or an
   ISO 8601 string with an offset), when it has one, must be at most ``max_event_age`` seconds
   old (``stale_event``) and not more than ``tolerance`` ahead (``future_timestamp``).
4. Signatures are tried strongest first, each with every secret given (``[new, old]`` during a
   rotation) against the plain and the ``-Previous`` header (sent for 24 h after a rotation):
   ``X-Signature-V2`` (HMAC-SHA256 of the canonical JSON, survives re-encoding by middleware),
   then ``X-Signature`` (HMAC of the raw bytes), then, only with ``allow_simple=True``, the
   deprecated ``X-Signature-Simple``, which covers ``timestamp:session_id:status:webhook_type``
   only: the event then carries only those fields (``envelope_only``); fetch the decision with
   ``client.sessions.retrieve_decision``. Every comparison is constant-time (``bad_signature``).

What the signatures guarantee, precisely. Under V2 a delivery verifies exactly when the
*canonical* form of its body (:func:`canonical_json`) is what was signed: re-indenting, reordering
keys, escaping Unicode differently or writing ``2.0`` as ``2`` keeps it valid (the point of V2);
changing a value or a key does not. Under ``X-Signature`` alone any one-byte change fails. Any
change to a signature fails.

What the timestamps bind, and why. ``X-Timestamp`` is the time of *this delivery* (Didit's docs);
it is not part of the V2 or the raw message, so anyone replaying a captured delivery can set it
to now: checking it catches a wrong clock, never a replay. What is signed is the body's own
``timestamp``, the time of the *event* (every current Didit event has one), which a retry keeps:
Didit retries a failed delivery 1 and then 4 more minutes later with the same body and a new
``X-Timestamp``. So the replay bound sits on the signed value: ``verify`` accepts a signed body
up to ``max_event_age`` seconds after its event (420 s by default: a first attempt that left up
to a minute late, its two retries, 5 s per attempt and 45 s of clock skew) and refuses it after
that, whatever ``X-Timestamp`` says (``stale_event``). The event time is never compared with
``X-Timestamp``: a retry's delivery time is minutes after its event by design.

Within that window a replay verifies, so the endpoint deduplicates every delivery on
:attr:`WebhookEvent.dedup_key`, built only from signed content: ``event_id`` (the same on every
retry), else a digest of the signed body. A body without a ``timestamp`` verifies with any fresh
``X-Timestamp``; deduplication (a day by default) is then all that stops a replay. Under the
Simple scheme ``X-Timestamp`` is itself inside the signed message, and its ``tolerance`` check is
the replay bound.

Receiving is in :func:`webhook_endpoint` (a raw ASGI app, for Starlette, FastAPI and other
async servers) and :func:`webhook_receiver` (for Django, Flask and other blocking frameworks:
their views hand it the raw body and the headers), each with a :class:`WebhookDeduplicator` (by
default an :class:`InMemoryDeduplicator`, whose claims are leases until the handler succeeds:
see :class:`LeasingDeduplicator`). Both answer every delivery alike.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

from ._constants import (
    WEBHOOK_BODY_TIMEOUT_SECONDS,
    WEBHOOK_MAX_BODY_BYTES,
    WEBHOOK_MAX_EVENT_AGE_SECONDS,
    WEBHOOK_TOLERANCE_SECONDS,
)
from ._webhook_asgi import WebhookEndpoint
from ._webhook_dedup import Claim, InMemoryDeduplicator, LeasingDeduplicator, WebhookDeduplicator
from ._webhook_receive import WebhookAnswer
from ._webhook_sign import canonical_json, serialize, sign
from ._webhook_verify import Reason, Scheme, WebhookEvent, WebhookVerificationError, verify
from ._webhook_wsgi import WebhookReceiver

__all__ = [
    "Claim",
    "InMemoryDeduplicator",
    "LeasingDeduplicator",
    "Reason",
    "Scheme",
    "WebhookAnswer",
    "WebhookDeduplicator",
    "WebhookEndpoint",
    "WebhookEvent",
    "WebhookReceiver",
    "WebhookVerificationError",
    "canonical_json",
    "serialize",
    "sign",
    "verify",
    "webhook_endpoint",
    "webhook_receiver",
]

# Classes defined in private modules report this public home (reprs, pickles, the reference).
for _cls in (
    Claim,
    InMemoryDeduplicator,
    LeasingDeduplicator,
    WebhookAnswer,
    WebhookDeduplicator,
    WebhookEndpoint,
    WebhookReceiver,
):
    _cls.__module__ = __name__
del _cls


def webhook_endpoint(
    handler: Callable[[WebhookEvent], Awaitable[Any]],
    *,
    secrets: str | Sequence[str],
    deduplicator: WebhookDeduplicator | None = None,
    max_body_bytes: int = WEBHOOK_MAX_BODY_BYTES,
    body_timeout: float = WEBHOOK_BODY_TIMEOUT_SECONDS,
    tolerance: int = WEBHOOK_TOLERANCE_SECONDS,
    max_event_age: int = WEBHOOK_MAX_EVENT_AGE_SECONDS,
    allow_simple: bool = False,
    clock: Callable[[], float] | None = None,
) -> WebhookEndpoint:
    """A raw ASGI app that receives Didit deliveries; route it in Starlette or FastAPI.

    It reads the raw body, verifies it (see :func:`~didit_async.webhooks.verify`), claims the
    event in ``deduplicator`` (an :class:`InMemoryDeduplicator` by default; pass a shared one
    when several processes receive), runs ``await handler(event)`` and answers:

    ====== =============================================================================
    200    the handler ran (``ok``), or it already ran for this event (``duplicate``)
    400    body not JSON, or not an object
    401    missing headers, a bad or stale timestamp (``X-Timestamp``, or the event's own
           signed one older than ``max_event_age``), no matching signature
    405    not a POST
    408    the body did not arrive within ``body_timeout`` seconds (a slow or stalled client)
    413    body over ``max_body_bytes`` (checked on ``Content-Length`` and while reading)
    500    the handler raised: the claim is released so Didit's retry runs it again
    503    the event's handler is running in another delivery (``in progress``, with
           ``Retry-After``: its outcome is not known yet), or the deduplicator raised
    ====== =============================================================================

    Nothing that can never succeed gets a 5xx, and nothing whose outcome is unknown gets a
    2xx (Didit retries 5xx and stops on 2xx). Deliveries are deduplicated on
    :attr:`WebhookEvent.dedup_key` (``event_id``, else a digest of the signed body). With a
    :class:`LeasingDeduplicator` (both shipped here are) a claim is a lease (45 s by default,
    always under Didit's 60 s retry interval) while the handler runs and becomes a day-long
    ``duplicate`` marker only when it succeeds, so a worker killed mid-handler holds the event
    back for the lease at most and Didit's next retry runs it.
    Answer fast: Didit waits 5 s, so hand long work to a queue. ``clock`` (Unix seconds) is for
    tests.

    Hostile clients: the body is capped in size (``max_body_bytes``, 1 MiB by default) and in
    time (``body_timeout``, 10 s by default, counted from the first read; Didit itself gives
    up after 5 s), and a 408 or 413 answer carries ``Connection: close``, so a client
    trickling a byte a second holds a connection for ``body_timeout`` at most, never the
    handler. Headers are read by the server before the app runs: bound their time there (or
    in a proxy in front of it).

    Route it at both spellings of the path, with and without the trailing slash. Starlette and
    FastAPI answer the other spelling with a 307 redirect, which Didit does not follow: the
    delivery fails and the handler never runs. ``app.mount(path, ...)`` has the same trap (it
    only matches ``path + "/..."``), so use routes, not a mount (``Route(path, endpoint)`` and
    ``app.add_route(path, endpoint)`` both type-check):

    >>> from starlette.applications import Starlette  # doctest: +SKIP
    >>> async def on_event(event: WebhookEvent) -> None: ...  # doctest: +SKIP
    >>> endpoint = webhook_endpoint(on_event, secrets=[new_secret, old_secret])  # doctest: +SKIP
    >>> app = Starlette()  # or fastapi.FastAPI(): the same two calls  # doctest: +SKIP
    >>> for path in ("/webhooks/didit", "/webhooks/didit/"):  # doctest: +SKIP
    ...     app.add_route(path, endpoint, methods=["POST"])
    """
    check = _verifier(
        "webhook_endpoint", secrets, max_body_bytes, tolerance, max_event_age, allow_simple, clock
    )
    if not body_timeout > 0:
        raise ValueError("body_timeout must be positive")
    dedup = deduplicator if deduplicator is not None else InMemoryDeduplicator()
    return WebhookEndpoint(
        handler, check, WebhookVerificationError, dedup, max_body_bytes, body_timeout
    )


def webhook_receiver(
    handler: Callable[[WebhookEvent], object],
    *,
    secrets: str | Sequence[str],
    deduplicator: WebhookDeduplicator | None = None,
    max_body_bytes: int = WEBHOOK_MAX_BODY_BYTES,
    tolerance: int = WEBHOOK_TOLERANCE_SECONDS,
    max_event_age: int = WEBHOOK_MAX_EVENT_AGE_SECONDS,
    allow_simple: bool = False,
    clock: Callable[[], float] | None = None,
) -> WebhookReceiver:
    """Receive Didit deliveries in Django, Flask or any WSGI app: :func:`webhook_endpoint`'s
    twin for blocking code, with a plain (not async) ``handler``.

    A view hands :meth:`WebhookReceiver.receive` the raw body and the headers and sends back
    the :class:`WebhookAnswer` it returns: the delivery is verified, deduplicated and handled,
    and answered, exactly as :func:`webhook_endpoint` answers it (the table there: 200 ``ok``
    or ``duplicate``, 400, 401, 405, 413, 500 ``handler failed``, 503 ``in progress`` with
    ``Retry-After`` or ``deduplicator unavailable``). ``handler(event)`` runs on the request's
    own thread, outside any event loop, so it may use Django's ORM. The deduplicator is any of
    :func:`webhook_endpoint`'s (an :class:`InMemoryDeduplicator` per process by default; under
    several worker processes share a :class:`~didit_async.redis.RedisWebhookDeduplicator`):
    its calls run on one private event loop thread per process, so nothing here needs an event
    loop of yours. The receiver is also a WSGI app, for a server or a dispatcher to mount.

    Frameworks: exempt the view from CSRF (Django's ``csrf_exempt``: Didit sends no token);
    pass the body unparsed (Django's ``request.body``, Flask's ``request.get_data()``, never
    ``request.POST``/``request.json``); route both spellings of the path, because Didit posts
    to the URL exactly as configured and follows no redirect (Django's ``APPEND_SLASH`` and
    Flask's ``strict_slashes`` answer the other spelling with one): ``re_path(r"^hooks/?$",
    view)`` in Django, ``strict_slashes=False`` in Flask. The body's time is the server's to
    bound (gunicorn's ``--timeout``, a proxy): a WSGI app gets the body only once it is read.

    >>> def on_event(event: WebhookEvent) -> None: ...  # doctest: +SKIP
    >>> receiver = webhook_receiver(on_event, secrets=[new_secret, old_secret])  # doctest: +SKIP
    >>> @csrf_exempt  # Django  # doctest: +SKIP
    ... def didit_webhook(request):
    ...     answer = receiver.receive(request.body, request.headers, method=request.method)
    ...     return HttpResponse(answer.body, status=answer.status, headers=answer.headers)
    """
    check = _verifier(
        "webhook_receiver", secrets, max_body_bytes, tolerance, max_event_age, allow_simple, clock
    )
    dedup = deduplicator if deduplicator is not None else InMemoryDeduplicator()
    return WebhookReceiver(handler, check, WebhookVerificationError, dedup, max_body_bytes)


def _verifier(
    who: str,
    secrets: str | Sequence[str],
    max_body_bytes: int,
    tolerance: int,
    max_event_age: int,
    allow_simple: bool,
    clock: Callable[[], float] | None,
) -> Callable[[bytes, Mapping[str, str]], WebhookEvent]:
    """``verify`` with the receiver's secrets and options bound, checked once, here."""
    keys = [secrets] if isinstance(secrets, str) else [s for s in secrets if s]
    if not keys or not all(keys):
        raise ValueError(f"{who} needs at least one non-empty webhook secret")
    if max_body_bytes < 1:
        raise ValueError("max_body_bytes must be at least 1")
    opts: dict[str, Any] = {"tolerance": tolerance, "allow_simple": allow_simple}
    opts["max_event_age"] = max_event_age
    opts["max_body_bytes"] = max_body_bytes

    def check(body: bytes, headers: Mapping[str, str]) -> WebhookEvent:
        return verify(body, headers, keys, now=None if clock is None else clock(), **opts)

    return check
