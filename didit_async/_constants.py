"""Every tunable number and name of the client layer, in one place.

Other modules import from here instead of scattering literals, so a reader can see at a glance what
the defaults are and why. Others may append; keep each constant documented.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "API_KEY_HEADER",
    "AUTH_PATH_ON_ORIGIN",
    "BASE_URL_ENV_VARS",
    "CLIENT_DEFAULT_ENV_VARS",
    "CREATE_LOOKUP_CLOCK_SKEW_SECONDS",
    "CREATE_LOOKUP_SLACK_SECONDS",
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_KEEPALIVE_CONNECTIONS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENV_API_KEY",
    "ENV_BASE_URL",
    "ENV_LOG",
    "INITIAL_RETRY_DELAY",
    "LOGGER_NAME",
    "MAX_ERROR_BODY_BYTES",
    "MAX_ERROR_TEXT",
    "MAX_PATH_PARAM_CHARS",
    "MAX_REDACT_DEPTH",
    "MAX_RETRY_DELAY",
    "MAX_RETRY_TOTAL",
    "PAGINATION_PARAMS",
    "RATE_LIMIT_CUT_429_SHARE",
    "RATE_LIMIT_CUT_AFTER_429S",
    "RATE_LIMIT_MIN_FACTOR",
    "RATE_LIMIT_RECOVERY_SECONDS",
    "RATE_LIMIT_REPAUSE_SECONDS",
    "RATE_LIMIT_SAFETY_MARGIN_SECONDS",
    "REDACTED",
    "REQUEST_ID_HEADERS",
    "RETRY_JITTER",
    "SENSITIVE_HEADERS",
    "SESSION_TOKEN_HEADER",
    "TOKEN_EXPIRY_LEEWAY_SECONDS",
    "TRANSACTION_TOKEN_HEADER",
    "TRUNCATED",
    "USER_AGENT",
    "VERSION",
]

VERSION: Final = "0.1.0"
USER_AGENT: Final = f"didit-async/{VERSION}"

# --- Hosts ---------------------------------------------------------------------------------------
# The hosts' base URLs come from the spec's `x-hosts` (``_generated/spec.py``: HOSTS).
# Environment overrides per host, read when the client is built (an explicit argument wins).
BASE_URL_ENV_VARS: Final[dict[str, str]] = {
    "verification": "DIDIT_VERIFICATION_BASE_URL",
    "apx": "DIDIT_APX_BASE_URL",
    "auth": "DIDIT_AUTH_BASE_URL",
}
# One origin for every host (the local sandbox, a proxy); per-host settings win over it.
ENV_BASE_URL: Final = "DIDIT_BASE_URL"
# Where the auth host lives on such an origin (the sandbox serves it there).
AUTH_PATH_ON_ORIGIN: Final = "/auth/v2"
ENV_API_KEY: Final = "DIDIT_API_KEY"
# The ids the organization-scoped routes (/v3/organization/{organization_id}/application/
# {application_id}/...: cases, reports, networks) take, set once on the client: name -> variable.
CLIENT_DEFAULT_ENV_VARS: Final[dict[str, str]] = {
    "organization_id": "DIDIT_ORGANIZATION_ID",
    "application_id": "DIDIT_APPLICATION_ID",
}
ENV_LOG: Final = "DIDIT_LOG"

# --- Auth ----------------------------------------------------------------------------------------
API_KEY_HEADER: Final = "x-api-key"
# A verification session's own token (the sandbox-arm call) and the transaction SDK token.
SESSION_TOKEN_HEADER: Final = "Session-Token"
TRANSACTION_TOKEN_HEADER: Final = "X-Transaction-Token"
# Treat an access token as expired this many seconds early, so it cannot expire in flight.
TOKEN_EXPIRY_LEEWAY_SECONDS: Final = 30.0

# --- Timeouts, pool ------------------------------------------------------------------------------
# Seconds for one attempt. Didit's standalone checks (ID OCR, face match) can take tens of seconds.
DEFAULT_TIMEOUT: Final = 60.0
DEFAULT_MAX_CONNECTIONS: Final = 100
DEFAULT_MAX_KEEPALIVE_CONNECTIONS: Final = 20
# In-flight requests are bounded below the pool size, so a burst of tasks queues in our
# CapacityLimiter (which waits patiently) instead of failing with httpx's PoolTimeout.
DEFAULT_MAX_CONCURRENCY: Final = 64

# --- Retries -------------------------------------------------------------------------------------
DEFAULT_MAX_RETRIES: Final = 3
INITIAL_RETRY_DELAY: Final = 0.5
# The cap on one wait. A server asking for longer than this (Retry-After) is not waited for: the
# call fails with DiditRateLimitError carrying `retry_after`: nothing blocks silently.
MAX_RETRY_DELAY: Final = 60.0
# The cap on the total time spent waiting between attempts of one call.
MAX_RETRY_TOTAL: Final = 120.0
# Fraction of each backoff delay that is randomised (0.25 → the delay is 75-100 % of nominal).
RETRY_JITTER: Final = 0.25

# --- Rate limits ---------------------------------------------------------------------------------
# The documented scopes come from the spec's `x-rate-limit-scopes` (``_generated/spec.py``:
# RATE_LIMIT_SCOPES; the per-method ones, marked `generic: true`, in GENERIC_RATE_LIMIT_SCOPES).
# Didit counts each request against every scope that applies to it.
# Our window is this much longer than Didit's, so jitter between our clock and the arrival time at
# Didit cannot squeeze limit+1 requests into one of its windows. For 60 s windows this keeps
# 60/61 = 98.4 % of the limit usable (BENCHMARKS.md row 3 needs at least 97 %).
RATE_LIMIT_SAFETY_MARGIN_SECONDS: Final = 1.0
# A 429 pauses its scope for the server's wait (Retry-After / X-RateLimit-Reset). The rate is cut
# only when 429s persist: at least RATE_LIMIT_CUT_AFTER_429S of them within one window of the
# scope, and more than RATE_LIMIT_CUT_429_SHARE of the requests admitted in that window (a few
# stray 429s at full speed are noise, not a sign that the limit is wrong). A cut halves the
# scope's limit (never below RATE_LIMIT_MIN_FACTOR of it), which recovers linearly to the full
# limit over RATE_LIMIT_RECOVERY_SECONDS.
RATE_LIMIT_CUT_AFTER_429S: Final = 3
RATE_LIMIT_CUT_429_SHARE: Final = 0.2
RATE_LIMIT_MIN_FACTOR: Final = 0.1
RATE_LIMIT_RECOVERY_SECONDS: Final = 15.0
# Stray 429s pause a scope at most once this often; 429s that persist (a cut) pause it every
# time. Without this, 5 % of stray 429s in a burst of requests chained 1-2 s pauses back to back
# and a window's worth of requests trickled out at a tenth of the rate.
RATE_LIMIT_REPAUSE_SECONDS: Final = 10.0

# --- Pagination ----------------------------------------------------------------------------------
# Query parameters that position a page; everything else in a list call is a filter and is carried
# to every page from the caller's own arguments (never trusted from Didit's `next` URL).
PAGINATION_PARAMS: Final = frozenset({"limit", "offset", "page", "page_size", "cursor"})

# --- Responses, logging --------------------------------------------------------------------------
REQUEST_ID_HEADERS: Final = ("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid")
LOGGER_NAME: Final = "didit_async"
REDACTED: Final = "[REDACTED]"
# Stands in for nesting cut off while redacting a hostile, deeply nested body.
TRUNCATED: Final = "[TRUNCATED]"
MAX_REDACT_DEPTH: Final = 64
# Characters of a server's own words (detail, text, HTML) kept in an exception message.
MAX_ERROR_TEXT: Final = 2000
# Bytes of an error response read at all: enough for any real error body, and a 100 MB error
# page is cut here instead of being read (the connection is then dropped, not reused).
MAX_ERROR_BODY_BYTES: Final = 64 * 1024
# The default cap on a success body. Didit's largest answers are session PDFs (a few MB with
# images); 50 MB admits them with a wide margin. Configurable: AsyncDidit(max_response_bytes=).
DEFAULT_MAX_RESPONSE_BYTES: Final = 50 * 1024 * 1024
# Longest path parameter accepted (ids are UUIDs; vendor_data is an app's own short identifier).
MAX_PATH_PARAM_CHARS: Final = 1024
# A lost session create is looked up among sessions created since its first attempt, judged on
# Didit's clock (its `Date` header, one-second resolution) less this allowance.
CREATE_LOOKUP_SLACK_SECONDS: Final = 2.0
# Without a `Date` on the lookup's answer, this machine's clock at the first attempt bounds the
# lookup instead, widened by this much for the two clocks' disagreement: a session with the same
# vendor_data made up to this long before the first attempt could be taken for it, and a
# machine running more than this far ahead of Didit would miss its own session.
CREATE_LOOKUP_CLOCK_SKEW_SECONDS: Final = 60.0
SENSITIVE_HEADERS: Final = frozenset(
    {
        "x-api-key",
        "authorization",
        "cookie",
        "set-cookie",
        "proxy-authorization",
        "idempotency-key",
        "session-token",
        "x-transaction-token",
    }
)
# JSON keys whose values never reach a log line, repr or exception message: the spec's
# `x-secret-fields` (``_generated/spec.py``: SECRET_FIELDS).

# --- Bulk creation and polling (``_bulk.py``, ``_polling.py``) ---------------------------------

# Workers in one create_many batch. The rate limiter sets the real pace; this only needs to be
# enough to keep the window full across round-trip latency, and well below the pool size.
DEFAULT_BULK_CONCURRENCY: Final = 16
# Statuses after which a session is not polled again (``In Review`` awaits a person, so it is not
# final; pass ``until=`` to stop there).
FINAL_STATUSES: Final = frozenset({"Approved", "Declined", "Expired", "Abandoned", "Kyc Expired"})
# wait_for_decision: first poll gap, growth cap and overall deadline, in seconds.
DEFAULT_WAIT_INITIAL_INTERVAL: Final = 2.0
DEFAULT_WAIT_MAX_INTERVAL: Final = 30.0
DEFAULT_WAIT_TIMEOUT: Final = 900.0
# watch: pollers in flight, and the least time between two polls of one session (so a handful of
# sessions does not burn the whole GET budget).
DEFAULT_WATCH_CONCURRENCY: Final = 16
DEFAULT_WATCH_MIN_INTERVAL: Final = 2.0
# A watched session whose polls keep failing with errors that can heal (5xx, connection trouble,
# the rate-limit store down) is given up after this long, with the last error: an outage of
# minutes, not a wrong request. Errors that cannot heal (4xx but 408/429) end it at once.
DEFAULT_WATCH_GIVE_UP_AFTER: Final = 300.0

# A blocking create_many's reconcile(): how long it waits, at most, for the run's requests still
# travelling to come back before looking rows up (a session Didit is still making is not listed
# yet). As long as one attempt may take by default.
DEFAULT_RECONCILE_WAIT: Final = DEFAULT_TIMEOUT

# --- Webhooks (``webhooks.py``) --------------------------------------------------------------

# Didit's docs: "validates the timestamp is fresh (within 5 minutes)". The bound on X-Timestamp
# (the delivery time, unsigned under V2 and X-Signature) and on clock skew in both directions.
WEBHOOK_TOLERANCE_SECONDS: Final = 300
# Didit retries a failed delivery twice, 1 and then 4 more minutes later ("exponential backoff
# (1 min, 4 min)"), with the same body; each attempt is given up after 5 s.
WEBHOOK_RETRY_DELAYS_SECONDS: Final = (60, 240)
WEBHOOK_ATTEMPT_SECONDS: Final = 5
# How late a first attempt may leave after its event (a queue backed up at Didit's end).
WEBHOOK_FIRST_ATTEMPT_LATENESS_SECONDS: Final = 60
# Clock skew allowed between Didit's clock (the event's timestamp) and ours on the age check.
WEBHOOK_EVENT_CLOCK_SKEW_SECONDS: Final = 45
# The oldest signed event ``verify`` accepts: the last retry of a first attempt that left a minute
# late, each earlier attempt having run its full 5 s, plus the skew. 420 s; a captured delivery
# replayed later than this fails whatever X-Timestamp says, since the event's timestamp is signed.
WEBHOOK_MAX_EVENT_AGE_SECONDS: Final = (
    WEBHOOK_FIRST_ATTEMPT_LATENESS_SECONDS
    + sum(WEBHOOK_RETRY_DELAYS_SECONDS)
    + WEBHOOK_ATTEMPT_SECONDS * (len(WEBHOOK_RETRY_DELAYS_SECONDS) + 1)
    + WEBHOOK_EVENT_CLOCK_SKEW_SECONDS
)
# Decisions with many report blocks are tens of kilobytes; 1 MiB leaves room and stops abuse.
WEBHOOK_MAX_BODY_BYTES: Final = 1024 * 1024
# A delivery's body must arrive within this long of the first read, or 408 (slow clients must
# not hold receivers open; Didit gives up on a delivery after 5 s anyway).
WEBHOOK_BODY_TIMEOUT_SECONDS: Final = 10.0
# Done markers outlive every retry (5 minutes at most) by far.
WEBHOOK_DEDUP_TTL_SECONDS: Final = 24 * 3600.0
# How long a claim blocks other deliveries of its event while the handler runs, before success
# turns it into the TTL-long "done" marker. A worker killed mid-handler (or a handler still
# running after Didit gave up on its delivery) blocks its event's retries this long, so it must
# end before Didit's *next* retry, which comes 60 s after the attempt that claimed it: the claim
# is taken up to ``WEBHOOK_BODY_TIMEOUT_SECONDS`` after the attempt began, so 45 s leaves 5 s
# to spare. Nine times Didit's 5 s delivery timeout: a handler still running after that has
# outlived its delivery anyway (hand long work to a queue).
WEBHOOK_DEDUP_LEASE_SECONDS: Final = 45.0
# Leases at or over this are refused: they would answer Didit's first retry "in progress".
WEBHOOK_DEDUP_MAX_LEASE_SECONDS: Final = float(WEBHOOK_RETRY_DELAYS_SECONDS[0])
WEBHOOK_DEDUP_MAX_ENTRIES: Final = 100_000
# Expired claims swept per claim: a bound on one event's work (flat however full the store is),
# and more than the one entry each claim adds, so the sweep keeps up.
WEBHOOK_DEDUP_SWEEP: Final = 32
