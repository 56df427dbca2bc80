"""didit-async: an independent asynchronous Python SDK for the Didit identity-verification API.

>>> import didit_async
>>> async def main() -> None:
...     async with didit_async.AsyncDidit() as client:  # DIDIT_API_KEY from the environment
...         session = await client.sessions.create(workflow_id="...", vendor_data="user-42")

Everything public is re-exported here; the modules behind it are private.
"""

from __future__ import annotations

import importlib
import typing as _typing

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
from ._ratelimit import InMemoryRateLimitStore, RateLimiter, RateLimitStore, ScopeLimit
from ._response import RawResponse, ResponseCapture, capture_response
from ._retry import RetryEvent, RetryPolicy
from ._seam import NOT_GIVEN, UNSET, FileInput, NotGiven, Page, Unset
from ._sync_seam import SyncPaginator

if _typing.TYPE_CHECKING:
    from ._bulk import BulkProgress, BulkResult, BulkRun
    from ._polling import DecisionTimeoutError, StatusChange, Watcher
    from ._sync_client import Didit, DiditDevice
    from ._sync_streams import SyncBulkRun, SyncWatcher
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

# Imported on first use, so `import didit_async` and building an AsyncDidit load neither the
# blocking client, the workloads nor webhook receiving until a program asks for them.
_LAZY = {
    "BulkProgress": "._bulk",
    "BulkResult": "._bulk",
    "BulkRun": "._bulk",
    "DecisionTimeoutError": "._polling",
    "Didit": "._sync_client",
    "DiditDevice": "._sync_client",
    "StatusChange": "._polling",
    "SyncBulkRun": "._sync_streams",
    "SyncWatcher": "._sync_streams",
    "Watcher": "._polling",
    "WebhookEvent": ".webhooks",
    "WebhookVerificationError": ".webhooks",
}


def _public(value: _typing.Any) -> _typing.Any:
    # Exported classes and functions say they are didit_async's (as openai-python's do), so
    # reprs, tracebacks and docs name the path users import them from, not a private module.
    named = isinstance(value, type) or (callable(value) and hasattr(value, "__code__"))
    if named and getattr(value, "__module__", "").startswith(__name__ + "._"):
        value.__module__ = __name__
    return value


# Hidden from type checkers: they see every name through the TYPE_CHECKING imports above, and
# a module __getattr__ would make them accept any name (a typo) as Any.
if not _typing.TYPE_CHECKING:

    def __getattr__(name: str) -> _typing.Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = _public(getattr(importlib.import_module(module, __name__), name))
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


for _name in __all__:
    if _name not in _LAZY:
        _public(globals()[_name])
