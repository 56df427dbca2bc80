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
built once per client with its transport. Hand-written subclasses that add methods register
themselves in :data:`RESOURCE_CLASSES` (resource path → class); the generated class is the default.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import os
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, TypeVar

from . import _http
from ._auth import Credentials
from ._clock import Clock, SystemClock
from ._constants import (
    BASE_URL_ENV_VARS,
    DEFAULT_BASE_URLS,
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_API_KEY,
)
from ._errors import DiditValidationError
from ._generated.resources import (
    AccountResource,
    AgeEstimationResource,
    AmlResource,
    BillingResource,
    BlocklistResource,
    BusinessesResource,
    CustomizationResource,
    DatabaseValidationResource,
    EmailResource,
    EventsResource,
    FaceMatchResource,
    FaceSearchResource,
    IdVerificationResource,
    KybResource,
    ListsResource,
    PassiveLivenessResource,
    PhoneResource,
    PoaResource,
    QuestionnairesResource,
    SystemResource,
    UsersResource,
    WalletScreeningResource,
    WebhooksResource,
    WorkflowsResource,
)
from ._logging import setup_logging_from_env
from ._ratelimit import RateLimiter, RateLimitStore, ScopeLimit, default_scope_limits
from ._retry import RetryCallback, RetryPolicy
from ._seam import NOT_GIVEN, NotGiven, OperationMeta, RequestValidationError
from ._sessions import Sessions
from ._transactions import Transactions
from ._transport import HttpTransport, SharedResources

__all__ = ["RESOURCE_CLASSES", "AsyncDidit", "resolve_operation"]

T = TypeVar("T")

# Resource path ("sessions", "webhooks.destinations") → the class to instantiate instead of the
# generated one (a hand-written subclass adding create_many, wait_for_decision, ...). Register
# before building clients: ``RESOURCE_CLASSES["sessions"] = SessionsResourceWithBulk``.
RESOURCE_CLASSES: dict[str, type] = {"sessions": Sessions, "transactions": Transactions}

_WRAPPED: dict[type, type] = {}


def _converting(func: Callable[..., Any], name: str) -> Callable[..., Any]:
    """Wrap a resource method so the seam's validation error surfaces as DiditValidationError."""
    if inspect.iscoroutinefunction(func):

        @functools.wraps(func)
        async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return await func(*args, **kwargs)
            except RequestValidationError as exc:
                if isinstance(exc, DiditValidationError):
                    raise
                raise DiditValidationError.from_seam(exc) from None

        return async_wrapper

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except RequestValidationError as exc:
            if isinstance(exc, DiditValidationError):
                raise
            raise DiditValidationError.from_seam(exc) from None

    return wrapper


def _with_validation(cls: type) -> type:
    """A subclass of ``cls`` whose public methods convert validation errors (cached per class).

    The generated code raises ``seam.RequestValidationError`` and must not import the client
    layer; this keeps ``except DiditError`` working without touching generated files.
    """
    cached = _WRAPPED.get(cls)
    if cached is not None:
        return cached
    namespace: dict[str, Any] = {"__module__": cls.__module__, "__doc__": cls.__doc__}
    for klass in reversed(cls.__mro__):
        for name, attr in vars(klass).items():
            if name.startswith("_") or not inspect.isfunction(attr):
                continue
            namespace[name] = _converting(attr, name)
    wrapped = type(cls.__name__, (cls,), namespace)
    wrapped.__qualname__ = cls.__qualname__
    _WRAPPED[cls] = wrapped
    return wrapped


def _is_resource(value: Any) -> bool:
    return type(value).__name__.endswith("Resource") and not isinstance(value, type)


def build_resource(path: str, default_cls: type, transport: HttpTransport) -> Any:
    """Instantiate the resource at ``path`` and, recursively, its sub-resources."""
    cls = RESOURCE_CLASSES.get(path, default_cls)
    instance = _with_validation(cls)(transport)
    names = set(vars(instance)) if hasattr(instance, "__dict__") else set()
    for klass in type(instance).__mro__:
        names.update(getattr(klass, "__slots__", ()))
    for attr in sorted(names):
        value = getattr(instance, attr, None)
        if attr.startswith("_") or not _is_resource(value):
            continue
        setattr(instance, attr, build_resource(f"{path}.{attr}", type(value), transport))
    return instance


def _load_root_resources() -> dict[str, type]:
    # Looked up at build time (not bound at import) so tests can substitute the table.
    module = importlib.import_module("didit_async._generated.resources")
    roots: dict[str, type] = module.ROOT_RESOURCES
    return dict(roots)


def resolve_operation(client: AsyncDidit, op: OperationMeta) -> Callable[..., Any]:
    """The bound method for ``op`` on ``client`` (``client.<resource path>.<method_name>``)."""
    target: Any = client
    for part in op.resource.split("."):
        target = getattr(target, part)
    method: Callable[..., Any] = getattr(target, op.method_name)
    return method


class AsyncDidit:
    """The asynchronous Didit client.

    ``api_key`` defaults to ``DIDIT_API_KEY``. ``access_token`` is an account token for the
    organization/application endpoints (normally set for you by ``client.account.login``).
    Each host's base URL can be overridden (``verification_base_url``, ``apx_base_url``,
    ``auth_base_url``, or the ``DIDIT_*_BASE_URL`` environment variables).

    ``timeout`` is seconds per attempt (None: none). ``max_retries``/``retry_policy`` tune retries,
    ``on_retry`` is called with a :class:`RetryEvent` before each retry. ``rate_limits`` overrides
    scope limits (merged over Didit's documented ones), ``rate_limiting=False`` turns client-side
    limiting off, ``rate_limit_store`` shares windows across processes. ``http_client`` injects a
    pre-configured ``httpx.AsyncClient`` (not closed by ``aclose``). ``max_concurrency`` bounds
    in-flight requests below the pool size. ``clock`` is for tests.

    >>> client = AsyncDidit(api_key="sk_test_123")
    >>> "sk_test_123" in repr(client)
    False
    """

    # One attribute per root resource of the generated table (built in ``_build``; the types
    # are the generated classes, or a registered subclass from RESOURCE_CLASSES).
    account: AccountResource
    age_estimation: AgeEstimationResource
    aml: AmlResource
    billing: BillingResource
    blocklist: BlocklistResource
    businesses: BusinessesResource
    customization: CustomizationResource
    database_validation: DatabaseValidationResource
    email: EmailResource
    events: EventsResource
    face_match: FaceMatchResource
    face_search: FaceSearchResource
    id_verification: IdVerificationResource
    kyb: KybResource
    lists: ListsResource
    passive_liveness: PassiveLivenessResource
    phone: PhoneResource
    poa: PoaResource
    questionnaires: QuestionnairesResource
    sessions: Sessions
    system: SystemResource
    transactions: Transactions
    users: UsersResource
    wallet_screening: WalletScreeningResource
    webhooks: WebhooksResource
    workflows: WorkflowsResource

    def __init__(
        self,
        api_key: str | None = None,
        *,
        access_token: str | None = None,
        access_token_expires_in: float | None = None,
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
    ) -> None:
        setup_logging_from_env()
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
        self._base_urls = {
            host: explicit[host] or os.environ.get(BASE_URL_ENV_VARS[host]) or default
            for host, default in DEFAULT_BASE_URLS.items()
        }
        if isinstance(timeout, NotGiven):
            # Our own pool gets our default; an injected client keeps its own configuration.
            timeout = DEFAULT_TIMEOUT if http_client is None else NOT_GIVEN
        self._timeout: float | NotGiven | None = timeout
        self._retry_policy = retry_policy or RetryPolicy(max_retries=max_retries)
        self._on_retry = on_retry
        self._default_headers = dict(default_headers or {})
        limits = default_scope_limits()
        limits.update(rate_limits or {})
        self._limiter = RateLimiter(
            limits, clock=self._clock, store=rate_limit_store, enabled=rate_limiting
        )
        self._shared = SharedResources(
            http_client,
            timeout=timeout if not isinstance(timeout, NotGiven) else DEFAULT_TIMEOUT,
            max_concurrency=max_concurrency,
        )
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
        )
        for name, cls in _load_root_resources().items():
            setattr(self, name, build_resource(name, cls, self._transport))

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

    def with_options(
        self,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        on_retry: RetryCallback | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> AsyncDidit:
        """A client with some options changed, sharing this one's pool and rate limiter.

        Credentials are shared (a login on one is seen by the other) unless a new ``api_key`` or
        ``access_token`` is given. Closing the original closes the shared pool.

        >>> client = AsyncDidit(api_key="k")
        >>> patient = client.with_options(timeout=120.0, max_retries=5)
        """
        derived = object.__new__(AsyncDidit)
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
            derived._timeout = timeout
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
        derived._build()
        return derived


def _key_of(credentials: Credentials) -> str | None:
    return credentials.api_key.get() if credentials.api_key is not None else None
