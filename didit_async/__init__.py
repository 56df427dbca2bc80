"""didit-async: an independent asynchronous Python SDK for the Didit identity-verification API.

>>> import didit_async
>>> async def main() -> None:
...     async with didit_async.AsyncDidit() as client:  # DIDIT_API_KEY from the environment
...         session = await client.sessions.create(workflow_id="...", vendor_data="user-42")

Everything public is re-exported here; the modules behind it are private.
"""

from __future__ import annotations

from ._bulk import BulkProgress, BulkResult, BulkRun
from ._client import AsyncDidit, AsyncDiditDevice
from ._clock import Clock, FakeClock, SystemClock
from ._constants import VERSION as __version__
from ._errors import (
    DiditAPIError,
    DiditAuthenticationError,
    DiditBadRequestError,
    DiditConflictError,
    DiditConnectionError,
    DiditError,
    DiditInsufficientCreditsError,
    DiditNotFoundError,
    DiditPaginationError,
    DiditPermissionError,
    DiditRateLimitError,
    DiditResponseDecodeError,
    DiditResponseTooLargeError,
    DiditServerError,
    DiditStoreUnavailableError,
    DiditTimeoutError,
    DiditValidationError,
    DiditWriteOutcomeUnknownError,
)
from ._pagination import Paginator
from ._polling import DecisionTimeoutError, StatusChange, Watcher
from ._ratelimit import InMemoryRateLimitStore, RateLimiter, RateLimitStore, ScopeLimit
from ._response import RawResponse, ResponseCapture, capture_response
from ._retry import RetryEvent, RetryPolicy
from ._seam import NOT_GIVEN, UNSET, FileInput, NotGiven, Page, Unset
from ._sync_client import Didit, DiditDevice
from ._sync_seam import SyncPaginator
from ._sync_sessions import SyncBulkRun, SyncWatcher
from .webhooks import WebhookEvent, WebhookVerificationError

__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "AsyncDidit",
    "AsyncDiditDevice",
    "BulkProgress",
    "BulkResult",
    "BulkRun",
    "Clock",
    "DecisionTimeoutError",
    "Didit",
    "DiditAPIError",
    "DiditAuthenticationError",
    "DiditBadRequestError",
    "DiditConflictError",
    "DiditConnectionError",
    "DiditDevice",
    "DiditError",
    "DiditInsufficientCreditsError",
    "DiditNotFoundError",
    "DiditPaginationError",
    "DiditPermissionError",
    "DiditRateLimitError",
    "DiditResponseDecodeError",
    "DiditResponseTooLargeError",
    "DiditServerError",
    "DiditStoreUnavailableError",
    "DiditTimeoutError",
    "DiditValidationError",
    "DiditWriteOutcomeUnknownError",
    "FakeClock",
    "FileInput",
    "InMemoryRateLimitStore",
    "NotGiven",
    "Page",
    "Paginator",
    "RateLimitStore",
    "RateLimiter",
    "RawResponse",
    "ResponseCapture",
    "RetryEvent",
    "RetryPolicy",
    "ScopeLimit",
    "StatusChange",
    "SyncBulkRun",
    "SyncPaginator",
    "SyncWatcher",
    "SystemClock",
    "Unset",
    "Watcher",
    "WebhookEvent",
    "WebhookVerificationError",
    "__version__",
    "capture_response",
]
