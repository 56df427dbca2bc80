"""``Didit``: the same SDK as plain blocking calls, for code that does not use async.

>>> import didit_async
>>> def main() -> None:
...     with didit_async.Didit() as client:                       # key from DIDIT_API_KEY
...         session = client.sessions.create(workflow_id="...", vendor_data="user-42")
...         for s in client.sessions.list(vendor_data="user-42"):
...             print(s.session_id)

Every resource and method of :class:`~didit_async.AsyncDidit`, with the same names, arguments,
models, errors, retries, timeouts and rate limits: each call runs the async client's method on
the calling thread (see ``_sync_runtime.py`` for how). One client may be shared by any number of
threads; they share its connection pool and its rate-limit windows.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from . import _http
from ._client import AsyncDidit, AsyncDiditDevice
from ._clock import Clock
from ._constants import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
)
from ._generated.roots import SyncResources
from ._ratelimit import RateLimitStore, ScopeLimit
from ._retry import RetryCallback, RetryPolicy
from ._seam import NOT_GIVEN, NotGiven
from ._sync_bridge import BlockingTransport, via_client
from ._sync_runtime import LoopRunner, PerThreadLimiter, ThreadedShared

if TYPE_CHECKING:
    from ._generated.resources.device_transactions import SyncDeviceTransactionsResource
    from ._sync_sessions import SyncSessions
    from ._sync_transactions import SyncTransactions

__all__ = ["Didit", "DiditDevice", "ThreadedAsyncDidit"]


class ThreadedAsyncDidit(AsyncDidit):
    """The ``AsyncDidit`` behind a ``Didit``: its two loop-bound parts made thread-aware, through
    the construction hook ``AsyncDidit._configure``. The pool is one blocking bridge for every
    thread (``ThreadedShared``) and the rate limiter keeps one set of windows with a queue per
    thread (``PerThreadLimiter``)."""

    def __init__(
        self, shared: ThreadedShared, *, keep_client_timeouts: bool, **options: Any
    ) -> None:
        self._threaded_shared = shared
        self._keep_client_timeouts = keep_client_timeouts
        super().__init__(**options)

    def _configure(self) -> None:
        self._shared = self._threaded_shared  # type: ignore[assignment]
        self._limiter = PerThreadLimiter(self._limiter)
        if self._keep_client_timeouts:
            self._timeout = NOT_GIVEN


class Didit(SyncResources):
    """The Didit client for blocking code (Django and Flask views, scripts, notebooks, Celery).

    Takes the arguments of :class:`~didit_async.AsyncDidit`; ``http_client`` is a blocking
    ``httpx.Client`` here (its proxies, certificates and timeouts are used; ``close()`` leaves
    it open). Lifecycle: ``with Didit() as client:`` or ``client.close()``.

    Safe to share between threads: the pool, credentials and rate-limit windows are shared, so
    eight threads together stay under Didit's limits. On a thread whose event loop is running
    (a Jupyter cell, code under ``asyncio.run``) each call runs on a private loop thread, with
    the same errors, timeouts and limits; in async code that must not block, use
    ``AsyncDidit``. A ``KeyboardInterrupt`` during a call cancels that call cleanly; the client
    stays usable.

    >>> client = Didit(api_key="sk_test_123")
    >>> "sk_test_123" in repr(client)
    False
    >>> client.close()
    """

    _async: AsyncDidit
    _runner: LoopRunner

    def __init__(
        self,
        api_key: str | None = None,
        *,
        access_token: str | None = None,
        access_token_expires_in: float | None = None,
        base_url: str | None = None,
        verification_base_url: str | None = None,
        apx_base_url: str | None = None,
        auth_base_url: str | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        on_retry: RetryCallback | None = None,
        rate_limits: Mapping[str, ScopeLimit] | None = None,
        rate_limiting: bool = True,
        rate_limit_store: RateLimitStore | None = None,
        http_client: _http.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        clock: Clock | None = None,
        total_timeout: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        allow_insecure_http: bool = False,
        organization_id: str | None = None,
        application_id: str | None = None,
    ) -> None:
        if http_client is None:
            bridge_transport = BlockingTransport(None, max_concurrency)
            default_timeout = _http.default_timeouts()
        else:
            bridge_transport = BlockingTransport(via_client(http_client), max_concurrency)
            default_timeout = http_client.timeout
        bridge = _http.DirectClient(bridge_transport, default_timeout)
        shared = ThreadedShared(bridge, bridge_transport.close, own_pool=http_client is None)
        if http_client is None:
            # A client dropped without close() still closes its pool once the last client
            # sharing it (with_options copies too) is collected: no "unclosed socket" warning.
            # The pool's close is idempotent, so an explicit close() before is harmless.
            weakref.finalize(shared, bridge_transport.close)
        client = ThreadedAsyncDidit(
            shared,
            # As in AsyncDidit, an injected client's own timeouts apply; ours get the default.
            keep_client_timeouts=http_client is not None and isinstance(timeout, NotGiven),
            api_key=api_key,
            access_token=access_token,
            access_token_expires_in=access_token_expires_in,
            base_url=base_url,
            verification_base_url=verification_base_url,
            apx_base_url=apx_base_url,
            auth_base_url=auth_base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            on_retry=on_retry,
            rate_limits=rate_limits,
            rate_limiting=rate_limiting,
            rate_limit_store=rate_limit_store,
            default_headers=default_headers,
            max_concurrency=max_concurrency,
            clock=clock,
            total_timeout=total_timeout,
            max_response_bytes=max_response_bytes,
            allow_insecure_http=allow_insecure_http,
            organization_id=organization_id,
            application_id=application_id,
        )
        self._wire(client, LoopRunner())

    def _wire(self, client: AsyncDidit, runner: LoopRunner) -> None:
        # The root resources are SyncResources' properties, built on first use over these.
        self._async = client
        self._runner = runner

    @functools.cached_property
    def sessions(self) -> SyncSessions:
        """``client.sessions``: every generated operation plus ``create_many``,
        ``wait_for_decision`` and ``watch`` (blocking)."""
        from ._sync_sessions import SyncSessions

        return SyncSessions(self._runner, self._async.sessions)

    @functools.cached_property
    def transactions(self) -> SyncTransactions:
        """``client.transactions``: every generated operation plus ``create_many`` (blocking)."""
        from ._sync_transactions import SyncTransactions

        return SyncTransactions(self._runner, self._async.transactions)

    # --- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> Didit:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool (unless it was injected) and the threads' event loops.

        Clients made by ``with_options`` share both, so closing any of them closes all.
        """
        if self._runner.closed:
            return
        self._runner.call(self._async.aclose)
        self._runner.close()

    # --- introspection -----------------------------------------------------------------------

    @property
    def async_client(self) -> AsyncDidit:
        """The ``AsyncDidit`` doing the work (its transport, for tests and extensions)."""
        return self._async

    @property
    def base_urls(self) -> dict[str, str]:
        """The base URL of each host (``verification``, ``apx``, ``auth``)."""
        return self._async.base_urls

    @property
    def has_api_key(self) -> bool:
        """Whether an API key is configured (the key itself is never exposed)."""
        return self._async.has_api_key

    @property
    def access_token_expired(self) -> bool:
        """Whether the stored account access token has expired (False when there is none)."""
        return self._async.access_token_expired

    def __repr__(self) -> str:
        return "Didit" + repr(self._async)[len("AsyncDidit") :]

    # --- derived clients ---------------------------------------------------------------------

    def device(self, transaction_token: str) -> DiditDevice:
        """A blocking device-side client sending ``transaction_token`` and never this client's
        API key, sharing its pool, rate limiter and threads' loops (see ``AsyncDidit.device``).

        >>> client = Didit(api_key="k")
        >>> "txsdk_abc" in repr(client.device("txsdk_abc"))
        False
        >>> client.close()
        """
        return DiditDevice._of(self._async.device(transaction_token), self._runner)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        on_retry: RetryCallback | None = None,
        default_headers: Mapping[str, str] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
    ) -> Didit:
        """A client with some options changed, sharing this one's pool and rate limiter.

        >>> client = Didit(api_key="k")
        >>> patient = client.with_options(timeout=120.0, max_retries=5)
        >>> client.close()
        """
        derived = object.__new__(Didit)
        derived._wire(
            self._async.with_options(
                api_key=api_key,
                access_token=access_token,
                timeout=timeout,
                total_timeout=total_timeout,
                max_retries=max_retries,
                retry_policy=retry_policy,
                on_retry=on_retry,
                default_headers=default_headers,
                organization_id=organization_id,
                application_id=application_id,
            ),
            self._runner,
        )
        return derived


class DiditDevice:
    """:class:`~didit_async.AsyncDiditDevice` for code that does not use async: submits and
    reads transactions with a transaction SDK token, never an API key.

    >>> with DiditDevice("txsdk_abc") as device:  # doctest: +SKIP
    ...     device.transactions.retrieve("3f8e...")
    """

    transactions: SyncDeviceTransactionsResource

    def __init__(
        self,
        transaction_token: str,
        *,
        base_url: str | None = None,
        verification_base_url: str | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limiting: bool = True,
        http_client: _http.Client | None = None,
        clock: Clock | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        # Built as a Didit (its blocking pool, per-thread loops and limiter), never keyed.
        owner = Didit(
            api_key="",
            base_url=base_url,
            verification_base_url=verification_base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limiting=rate_limiting,
            http_client=http_client,
            clock=clock,
            allow_insecure_http=allow_insecure_http,
        )
        device = owner.device(transaction_token)
        self._wire(device._async, device._runner)

    @classmethod
    def _of(cls, device: AsyncDiditDevice, runner: LoopRunner) -> DiditDevice:
        made = object.__new__(cls)
        made._wire(device, runner)
        return made

    def _wire(self, device: AsyncDiditDevice, runner: LoopRunner) -> None:
        self._async = device
        self._runner = runner
        from ._generated.resources.device_transactions import SyncDeviceTransactionsResource

        self.transactions = SyncDeviceTransactionsResource(runner, device.transactions)

    def __enter__(self) -> DiditDevice:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool and the threads' event loops (shared with the client it
        came from, if any)."""
        if self._runner.closed:
            return
        self._runner.call(self._async.aclose)
        self._runner.close()

    def __repr__(self) -> str:
        return "DiditDevice" + repr(self._async)[len("AsyncDiditDevice") :]
