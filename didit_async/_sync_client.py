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

from collections.abc import Mapping
from types import TracebackType

from . import _http
from ._client import AsyncDidit, AsyncDiditDevice
from ._clock import Clock
from ._constants import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
)
from ._generated.sync_resources import (
    SyncAccountResource,
    SyncAgeEstimationResource,
    SyncAmlResource,
    SyncBillingResource,
    SyncBiometricTemplatesResource,
    SyncBlocklistResource,
    SyncBusinessesResource,
    SyncCustomizationResource,
    SyncDatabaseValidationResource,
    SyncDeviceTransactionsResource,
    SyncDocumentAiResource,
    SyncEmailResource,
    SyncEventsResource,
    SyncFaceMatchResource,
    SyncFaceSearchResource,
    SyncIdVerificationResource,
    SyncKybResource,
    SyncListsResource,
    SyncPassiveLivenessResource,
    SyncPhoneResource,
    SyncPoaResource,
    SyncQuestionnairesResource,
    SyncRiskResource,
    SyncSystemResource,
    SyncTravelRuleResource,
    SyncUsersResource,
    SyncWalletScreeningResource,
    SyncWebhooksResource,
    SyncWorkflowsResource,
)
from ._ratelimit import RateLimitStore, ScopeLimit
from ._retry import RetryCallback, RetryPolicy
from ._seam import NOT_GIVEN, NotGiven
from ._sync_bridge import BlockingTransport, via_client
from ._sync_runtime import LoopRunner, PerThreadLimiter, ThreadedShared
from ._sync_sessions import SyncSessions
from ._sync_transactions import SyncTransactions

__all__ = ["Didit", "DiditDevice"]


class Didit:
    """The Didit client for blocking code (Django and Flask views, scripts, notebooks, Celery).

    Takes the arguments of :class:`~didit_async.AsyncDidit`; ``http_client`` is a blocking
    ``httpx.Client`` here (its proxies, certificates and timeouts are used; ``close()`` leaves
    it open). Lifecycle: ``with Didit() as client:`` or ``client.close()``.

    Safe to share between threads: the pool, credentials and rate-limit windows are shared, so
    eight threads together stay under Didit's limits. Calling it on a thread that runs an event
    loop raises ``RuntimeError`` (use ``AsyncDidit`` there). A ``KeyboardInterrupt`` during a
    call cancels that call cleanly; the client stays usable.

    >>> client = Didit(api_key="sk_test_123")
    >>> "sk_test_123" in repr(client)
    False
    >>> client.close()
    """

    account: SyncAccountResource
    age_estimation: SyncAgeEstimationResource
    aml: SyncAmlResource
    billing: SyncBillingResource
    biometric_templates: SyncBiometricTemplatesResource
    blocklist: SyncBlocklistResource
    businesses: SyncBusinessesResource
    customization: SyncCustomizationResource
    database_validation: SyncDatabaseValidationResource
    document_ai: SyncDocumentAiResource
    email: SyncEmailResource
    events: SyncEventsResource
    face_match: SyncFaceMatchResource
    face_search: SyncFaceSearchResource
    id_verification: SyncIdVerificationResource
    kyb: SyncKybResource
    lists: SyncListsResource
    passive_liveness: SyncPassiveLivenessResource
    phone: SyncPhoneResource
    poa: SyncPoaResource
    questionnaires: SyncQuestionnairesResource
    risk: SyncRiskResource
    sessions: SyncSessions
    system: SyncSystemResource
    transactions: SyncTransactions
    travel_rule: SyncTravelRuleResource
    users: SyncUsersResource
    wallet_screening: SyncWalletScreeningResource
    webhooks: SyncWebhooksResource
    workflows: SyncWorkflowsResource

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
    ) -> None:
        if http_client is None:
            bridge_transport = BlockingTransport(None, max_concurrency)
            default_timeout = _http.default_timeouts()
        else:
            bridge_transport = BlockingTransport(via_client(http_client), max_concurrency)
            default_timeout = http_client.timeout
        bridge = _http.DirectClient(bridge_transport, default_timeout)
        client = AsyncDidit(
            api_key,
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
        )
        if http_client is not None and isinstance(timeout, NotGiven):
            # As in AsyncDidit, an injected client's own timeouts apply; ours get the default.
            client._timeout = NOT_GIVEN
        # The async client's two loop-bound parts, made thread-aware: the pool (one bridge for
        # every thread) and the rate limiter (shared windows, per-thread queues).
        client._shared = ThreadedShared(  # type: ignore[assignment]
            bridge, bridge_transport.close, own_pool=http_client is None
        )
        client._limiter = PerThreadLimiter(client._limiter)
        client._build()
        self._wire(client, LoopRunner())

    def _wire(self, client: AsyncDidit, runner: LoopRunner) -> None:
        self._async = client
        self._runner = runner
        self.account = SyncAccountResource(runner, client.account)
        self.age_estimation = SyncAgeEstimationResource(runner, client.age_estimation)
        self.aml = SyncAmlResource(runner, client.aml)
        self.billing = SyncBillingResource(runner, client.billing)
        self.biometric_templates = SyncBiometricTemplatesResource(
            runner, client.biometric_templates
        )
        self.blocklist = SyncBlocklistResource(runner, client.blocklist)
        self.businesses = SyncBusinessesResource(runner, client.businesses)
        self.customization = SyncCustomizationResource(runner, client.customization)
        self.database_validation = SyncDatabaseValidationResource(
            runner, client.database_validation
        )
        self.document_ai = SyncDocumentAiResource(runner, client.document_ai)
        self.email = SyncEmailResource(runner, client.email)
        self.events = SyncEventsResource(runner, client.events)
        self.face_match = SyncFaceMatchResource(runner, client.face_match)
        self.face_search = SyncFaceSearchResource(runner, client.face_search)
        self.id_verification = SyncIdVerificationResource(runner, client.id_verification)
        self.kyb = SyncKybResource(runner, client.kyb)
        self.lists = SyncListsResource(runner, client.lists)
        self.passive_liveness = SyncPassiveLivenessResource(runner, client.passive_liveness)
        self.phone = SyncPhoneResource(runner, client.phone)
        self.poa = SyncPoaResource(runner, client.poa)
        self.questionnaires = SyncQuestionnairesResource(runner, client.questionnaires)
        self.risk = SyncRiskResource(runner, client.risk)
        self.sessions = SyncSessions(runner, client.sessions)
        self.system = SyncSystemResource(runner, client.system)
        self.transactions = SyncTransactions(runner, client.transactions)
        self.travel_rule = SyncTravelRuleResource(runner, client.travel_rule)
        self.users = SyncUsersResource(runner, client.users)
        self.wallet_screening = SyncWalletScreeningResource(runner, client.wallet_screening)
        self.webhooks = SyncWebhooksResource(runner, client.webhooks)
        self.workflows = SyncWorkflowsResource(runner, client.workflows)

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
