"""``AsyncDidit``: the client users hold.

>>> import didit_async
>>> async def main() -> None:
...     async with didit_async.AsyncDidit() as client:          # key from DIDIT_API_KEY
...         session = await client.sessions.create(workflow_id="...", vendor_data="user-42")
...         async for s in client.sessions.list(vendor_data="user-42"):
...             print(s.session_id)

Lifecycle is explicit: ``async with`` or ``await client.aclose()`` (no ``__del__``). The httpx pool
and the concurrency bound are created lazily inside the running event loop on first use, so a
client may be built anywhere; it then belongs to that event loop.

Resources (``client.sessions``, ``client.webhooks.destinations``, ...) are the generated classes,
wired one line each in :meth:`AsyncDidit._build` with the client's transport; where the SDK adds
methods (``client.sessions``: ``create_many``, ``wait_for_decision``, ``watch``;
``client.transactions``: ``create_many``) the line names
the hand-written subclass instead. Sub-resources are built by their parent's ``__init__``.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from . import _http
from ._auth import Credentials
from ._clock import Clock, SystemClock
from ._constants import (
    AUTH_PATH_ON_ORIGIN,
    BASE_URL_ENV_VARS,
    CLIENT_DEFAULT_ENV_VARS,
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
)
from ._errors import DiditValidationError
from ._generated.roots import AsyncResources
from ._generated.spec import HOSTS
from ._guard import check_count, check_timeout
from ._logging import setup_logging_from_env
from ._lost_writes import RESOLVERS
from ._ratelimit import RateLimiter, RateLimitStore, ScopeLimit, scope_limits
from ._retry import RetryCallback, RetryPolicy
from ._seam import NOT_GIVEN, NotGiven, OperationMeta, is_uuid
from ._transport import HttpTransport
from ._transport_pool import SharedResources

if TYPE_CHECKING:
    from ._generated.resources.device_transactions import DeviceTransactionsResource
    from ._sessions import Sessions
    from ._transactions import Transactions

__all__ = ["AsyncDidit", "AsyncDiditDevice", "resolve_operation"]


def resolve_operation(
    client: AsyncDidit | AsyncDiditDevice, op: OperationMeta
) -> Callable[..., Any]:
    """The bound method for ``op`` on ``client`` (``client.<resource path>.<method_name>``).

    The device-facing operations (``device.transactions``) live on a device client; given an
    ``AsyncDidit``, they resolve on a device client sharing its pool that holds no token yet
    (calling it raises ``DiditAuthenticationError`` before sending).
    """
    target: Any = client
    parts = op.resource.split(".")
    if parts[0] == "device":
        target = client._device(None) if isinstance(client, AsyncDidit) else client
        parts = parts[1:]
    for part in parts:
        target = getattr(target, part)
    method: Callable[..., Any] = getattr(target, op.method_name)
    return method


class AsyncDidit(AsyncResources):
    """The asynchronous Didit client.

    ``api_key`` defaults to ``DIDIT_API_KEY``. ``access_token`` is an account token for the
    organization/application endpoints (normally set for you by ``client.account.login``).
    Each host's base URL can be overridden (``verification_base_url``, ``apx_base_url``,
    ``auth_base_url``, or the ``DIDIT_*_BASE_URL`` environment variables).

    ``timeout`` bounds each attempt end to end in seconds: connect, send, headers and the whole
    body (None: no limit; a per-call ``timeout=`` overrides it). ``total_timeout`` bounds one call
    with all its attempts and retry waits (None, the default: only the retry caps apply).
    ``max_response_bytes`` caps a success body (default 50 MB; error bodies are read up to
    64 KiB). Credentials are only sent over https or to loopback; ``allow_insecure_http=True``
    allows plain http to other hosts. ``max_retries``/``retry_policy`` tune retries,
    ``on_retry`` is called with a :class:`RetryEvent` before each retry. ``rate_limits`` overrides
    scope limits (merged over Didit's documented ones; a name that is not one of Didit's scopes
    raises ``DiditValidationError``), ``rate_limiting=False`` turns client-side
    limiting off, ``rate_limit_store`` shares windows across processes. ``http_client`` injects a
    pre-configured ``httpx.AsyncClient`` (not closed by ``aclose``). ``max_concurrency`` bounds
    in-flight requests below the pool size. ``clock`` is for tests.

    ``organization_id`` and ``application_id`` (default ``DIDIT_ORGANIZATION_ID`` and
    ``DIDIT_APPLICATION_ID``) are the ids the application-scoped routes take (cases, case
    blueprints, report templates, regulatory reports, networks), so calls need not repeat
    them; a call's own ``organization_id=``/``application_id=`` wins.

    >>> client = AsyncDidit(api_key="sk_test_123")
    >>> "sk_test_123" in repr(client)
    False
    """

    _transport: HttpTransport

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
        http_client: _http.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        clock: Clock | None = None,
        total_timeout: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        allow_insecure_http: bool = False,
        organization_id: str | None = None,
        application_id: str | None = None,
    ) -> None:
        setup_logging_from_env()
        if not isinstance(timeout, NotGiven):
            timeout = check_timeout("timeout", timeout)
        self._total_timeout = check_timeout("total_timeout", total_timeout)
        self._max_response_bytes = check_count("max_response_bytes", max_response_bytes)
        self._allow_insecure_http = allow_insecure_http
        self._clock: Clock = clock or SystemClock()
        key = api_key if api_key is not None else os.environ.get(ENV_API_KEY) or None
        self._credentials = Credentials(
            self._clock,
            api_key=key,
            access_token=access_token,
            access_token_expires_in=access_token_expires_in,
        )
        explicit = {
            "verification": verification_base_url,
            "apx": apx_base_url,
            "auth": auth_base_url,
        }
        self._base_urls = resolve_base_urls(base_url, explicit)
        given = {"organization_id": organization_id, "application_id": application_id}
        self._client_defaults = {
            name: _client_default(name, value, variable)
            for name, variable in CLIENT_DEFAULT_ENV_VARS.items()
            for value in [given.get(name)]
        }
        if isinstance(timeout, NotGiven):
            # Our own pool gets our default; an injected client keeps its own configuration.
            timeout = DEFAULT_TIMEOUT if http_client is None else NOT_GIVEN
        self._timeout: float | NotGiven | None = timeout
        self._retry_policy = retry_policy or RetryPolicy(max_retries=max_retries)
        # 0 would make every call wait forever for a slot that never frees.
        check_count("max_concurrency", max_concurrency)
        self._on_retry = on_retry
        self._default_headers = dict(default_headers or {})
        self._limiter = RateLimiter(
            scope_limits(rate_limits),
            clock=self._clock,
            store=rate_limit_store,
            enabled=rate_limiting,
        )
        self._shared = SharedResources(
            http_client,
            timeout=timeout if not isinstance(timeout, NotGiven) else DEFAULT_TIMEOUT,
            max_concurrency=max_concurrency,
        )
        self._configure()
        self._build()

    def _build(self) -> None:
        self._transport = HttpTransport(
            base_urls=self._base_urls,
            credentials=self._credentials,
            shared=self._shared,
            limiter=self._limiter,
            retry_policy=self._retry_policy,
            clock=self._clock,
            timeout=self._timeout,
            default_headers=self._default_headers,
            on_retry=self._on_retry,
            total_timeout=self._total_timeout,
            max_response_bytes=self._max_response_bytes,
            allow_insecure_http=self._allow_insecure_http,
            client_defaults=self._client_defaults,
            resolvers=RESOLVERS,
        )

    def _configure(self) -> None:
        """Construction hook, called once the options are read and before the transport is
        built: a subclass that runs this client somewhere else may replace the pool
        (``_shared``), the rate limiter (``_limiter``) or the default ``_timeout`` here.
        ``Didit`` does (``_sync_client.ThreadedAsyncDidit``): its pool is a blocking one shared
        by threads, and its limiter queues each thread on its own loop."""

    # The root resources are AsyncResources' properties, each built on first use (so a program
    # imports the resources it calls); these two add hand-written methods to the generated ones.

    @functools.cached_property
    def sessions(self) -> Sessions:
        """``client.sessions``: every generated operation plus ``create_many``,
        ``wait_for_decision`` and ``watch``."""
        from ._sessions import Sessions

        return Sessions(self._transport)

    @functools.cached_property
    def transactions(self) -> Transactions:
        """``client.transactions``: every generated operation plus ``create_many``."""
        from ._transactions import Transactions

        return Transactions(self._transport)

    # --- lifecycle ---------------------------------------------------------------------------

    async def __aenter__(self) -> AsyncDidit:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (unless it was injected). Derived clients share it."""
        await self._shared.aclose()

    # --- introspection -----------------------------------------------------------------------

    @property
    def transport(self) -> HttpTransport:
        """The transport the resources call (for hand-written resources and tests)."""
        return self._transport

    @property
    def base_urls(self) -> dict[str, str]:
        """The base URL of each host (``verification``, ``apx``, ``auth``)."""
        return dict(self._base_urls)

    @property
    def has_api_key(self) -> bool:
        """Whether an API key is configured (the key itself is never exposed)."""
        return self._credentials.api_key is not None

    @property
    def access_token_expired(self) -> bool:
        """Whether the stored account access token has expired (False when there is none)."""
        return self._credentials.access_token is not None and (
            self._credentials.access_token_expired()
        )

    def __repr__(self) -> str:
        return (
            f"AsyncDidit(api_key={'***' if self.has_api_key else None}, "
            f"access_token={'***' if self._credentials.access_token else None}, "
            f"hosts={self._base_urls!r})"
        )

    # --- derived clients ---------------------------------------------------------------------

    def device(self, transaction_token: str) -> AsyncDiditDevice:
        """A device-side client sending ``transaction_token`` (from
        ``transactions.create_sdk_token``) and never this client's API key, sharing its pool
        and rate limiter. Mostly for tests and back-office tools: code on the device itself
        builds :class:`AsyncDiditDevice` directly.

        >>> client = AsyncDidit(api_key="sk_live_key")
        >>> device = client.device("txsdk_abc")
        >>> "txsdk_abc" in repr(device), "sk_live_key" in repr(device)
        (False, False)
        """
        return self._device(_check_token(transaction_token))

    def _device(self, transaction_token: str | None) -> AsyncDiditDevice:
        derived = object.__new__(AsyncDidit)
        derived.__dict__.update(
            {k: v for k, v in self.__dict__.items() if k.startswith("_") and k != "_transport"}
        )
        derived._credentials = Credentials(self._clock, transaction_token=transaction_token)
        derived._build()
        return AsyncDiditDevice._of(derived)

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
    ) -> AsyncDidit:
        """A client with some options changed, sharing this one's pool and rate limiter.

        Credentials are shared (a login on one is seen by the other) unless a new ``api_key`` or
        ``access_token`` is given. ``organization_id``/``application_id`` point the copy's
        application-scoped calls (cases, reports, networks) at another application. Closing the
        original closes the shared pool.

        >>> client = AsyncDidit(api_key="k")
        >>> patient = client.with_options(timeout=120.0, max_retries=5)
        """
        derived = object.__new__(type(self))
        derived.__dict__.update(
            {k: v for k, v in self.__dict__.items() if k.startswith("_") and k != "_transport"}
        )
        if api_key is not None or access_token is not None:
            derived._credentials = Credentials(
                self._clock,
                api_key=api_key if api_key is not None else _key_of(self._credentials),
                access_token=access_token,
            )
        if not isinstance(timeout, NotGiven):
            derived._timeout = check_timeout("timeout", timeout)
        if not isinstance(total_timeout, NotGiven):
            derived._total_timeout = check_timeout("total_timeout", total_timeout)
        if retry_policy is not None:
            derived._retry_policy = retry_policy
        elif max_retries is not None:
            derived._retry_policy = RetryPolicy(
                max_retries=max_retries,
                initial_delay=self._retry_policy.initial_delay,
                max_delay=self._retry_policy.max_delay,
                max_total=self._retry_policy.max_total,
                jitter=self._retry_policy.jitter,
            )
        if on_retry is not None:
            derived._on_retry = on_retry
        if default_headers is not None:
            derived._default_headers = {**self._default_headers, **default_headers}
        derived._client_defaults = {
            **self._client_defaults,
            **{
                name: _client_default(name, value, None)
                for name, value in (
                    ("organization_id", organization_id),
                    ("application_id", application_id),
                )
                if value is not None
            },
        }
        derived._build()
        return derived


def _client_default(name: str, value: str | None, variable: str | None) -> str | None:
    """An id given to the client (or read from ``variable``), checked once: a UUID or None."""
    if value is None and variable is not None:
        value = os.environ.get(variable) or None
    if value is None:
        return None
    if not isinstance(value, str) or not is_uuid(value.strip()):
        source = name if variable is None or os.environ.get(variable) != value else variable
        raise DiditValidationError(source, "format", "must be a UUID")
    return value.strip()


def resolve_base_urls(base_url: str | None, explicit: Mapping[str, str | None]) -> dict[str, str]:
    """Each host's base URL: per-host argument, ``base_url``, per-host variable,
    ``DIDIT_BASE_URL``, Didit's own host; every one checked to be an absolute http(s) URL.
    """
    shared_arg = _validated_base_url("base_url", base_url)
    shared_env = _validated_base_url(ENV_BASE_URL, os.environ.get(ENV_BASE_URL) or None)
    resolved: dict[str, str] = {}
    for host, default in HOSTS.items():
        variable = BASE_URL_ENV_VARS[host]
        candidates = [
            (f"{host}_base_url", explicit.get(host)),
            ("base_url", _host_of_origin(shared_arg, host)),
            (variable, os.environ.get(variable) or None),
            (ENV_BASE_URL, _host_of_origin(shared_env, host)),
        ]
        name, url = next(((n, u) for n, u in candidates if u), ("", default))
        resolved[host] = _validated_base_url(name, url) or default
    return resolved


def _host_of_origin(origin: str | None, host: str) -> str | None:
    if origin is None:
        return None
    root = origin.rstrip("/")
    return root + AUTH_PATH_ON_ORIGIN if host == "auth" else root


def _validated_base_url(name: str, url: str | None) -> str | None:
    # Without this, "127.0.0.1:8765" (no scheme) is only noticed after seconds of retries.
    if url is None:
        return None
    parsed = urlsplit(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise DiditValidationError(
            name,
            "format",
            f"must be an absolute http:// or https:// URL with a host, got {url!r} "
            "(for the local sandbox: http://127.0.0.1:8765)",
        )
    return url


def _key_of(credentials: Credentials) -> str | None:
    return credentials.api_key.get() if credentials.api_key is not None else None


def _check_token(token: object) -> str:
    if not isinstance(token, str) or not token.strip():
        raise DiditValidationError(
            "transaction_token",
            "empty",
            "must be the non-empty sdk_token from client.transactions.create_sdk_token(...)",
        )
    return token


class AsyncDiditDevice:
    """The client for device-side code: submits and reads transactions with a transaction SDK
    token (``X-Transaction-Token``), and never holds or sends an API key.

    Your server mints the token for one user (``vendor_data``) with
    ``client.transactions.create_sdk_token(...)`` and hands ``sdk_token`` to the device; the
    device does:

    >>> async def on_device(token: str) -> None:  # doctest: +SKIP
    ...     async with AsyncDiditDevice(token) as device:
    ...         tx = await device.transactions.create(
    ...             txn_id="t-1", type="transfer", info={...}, subject={"fullName": "Ana"}
    ...         )
    ...         await device.transactions.retrieve(tx.uuid)

    ``DIDIT_API_KEY`` is never read. Retries, timeouts and rate limiting work as on
    :class:`AsyncDidit`; the token is masked in reprs, logs and errors like a key.

    >>> "txsdk_abc" in repr(AsyncDiditDevice("txsdk_abc"))
    False
    """

    transactions: DeviceTransactionsResource

    def __init__(
        self,
        transaction_token: str,
        *,
        base_url: str | None = None,
        verification_base_url: str | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limiting: bool = True,
        http_client: _http.AsyncClient | None = None,
        clock: Clock | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        token = _check_token(transaction_token)
        owner = AsyncDidit(
            api_key="",  # not None: a device never reads DIDIT_API_KEY
            base_url=base_url,
            verification_base_url=verification_base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limiting=rate_limiting,
            http_client=http_client,
            clock=clock,
            allow_insecure_http=allow_insecure_http,
        )
        self._wire(owner._device(token)._client)

    @classmethod
    def _of(cls, client: AsyncDidit) -> AsyncDiditDevice:
        device = object.__new__(cls)
        device._wire(client)
        return device

    def _wire(self, client: AsyncDidit) -> None:
        self._client = client
        from ._generated.resources.device import DeviceResource

        self.transactions = DeviceResource(client.transport).transactions

    @property
    def transport(self) -> HttpTransport:
        """The transport the resources call (for tests)."""
        return self._client.transport

    async def __aenter__(self) -> AsyncDiditDevice:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (shared with the client it came from, if any)."""
        await self._client.aclose()

    def __repr__(self) -> str:
        return (
            f"AsyncDiditDevice(transaction_token='***', "
            f"host={self._client.base_urls['verification']!r})"
        )
