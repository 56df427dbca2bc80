# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.transactions``, async and blocking, ``client.transactions.rules`` in ``transactions_rules.py``.

Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
first; each method checks its arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), builds the body through its request
model and calls the transport with that constant. The ``Sync*`` class is the blocking
twin for ``Didit``: the same arguments, run through the client's runner.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from didit_async._seam import (
    NOT_GIVEN,
    UNSET,
    AsyncPaginator,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    Unset,
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec.transactions__create import (
    unstructure_TransactionCreateRequest,
    validate_TransactionCreateRequest,
)
from .._codec.transactions__create__list__retrieve import structure_Transaction
from .._codec.transactions__create_sdk_token import (
    structure_TransactionSdkToken,
    unstructure_TransactionSdkTokenRequest,
    validate_TransactionSdkTokenRequest,
)
from ..enums import TransactionCategory
from ..models.transactions__create import (
    TransactionCreateRequest,
    TransactionCreateRequestCounterparty,
    TransactionCreateRequestNetworkSnapshot,
    TransactionCreateRequestSubject,
    TransactionCreateRequestTransactionDetails,
    TransactionCreateRequestTravelRuleDetails,
)
from ..models.transactions__create__list__retrieve import Transaction
from ..models.transactions__create_sdk_token import TransactionSdkToken, TransactionSdkTokenRequest
from .transactions_rules import SyncTransactionsRulesResource, TransactionsRulesResource

__all__ = [
    "SyncTransactionsResource",
    "TRANSACTIONS_CREATE",
    "TRANSACTIONS_CREATE_SDK_TOKEN",
    "TRANSACTIONS_LIST",
    "TRANSACTIONS_RETRIEVE",
    "TransactionsResource",
]


TRANSACTIONS_LIST = OperationMeta(
    operation_id="transactions_list",
    method="GET",
    path="/v3/transactions/",
    host="verification",
    resource="transactions",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


TRANSACTIONS_CREATE = OperationMeta(
    operation_id="transactions_create",
    method="POST",
    path="/v3/transactions/",
    host="verification",
    resource="transactions",
    method_name="create",
    idempotency=Idempotency("if_body_field", "transaction_id"),
    auth=("api_key",),
    rate_limit_scopes=("ingest-write",),
    request_kind="json",
    request_schema="TransactionCreateRequest",
)


TRANSACTIONS_RETRIEVE = OperationMeta(
    operation_id="transactions_retrieve",
    method="GET",
    path="/v3/transactions/{transaction_id}/",
    host="verification",
    resource="transactions",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
)


TRANSACTIONS_CREATE_SDK_TOKEN = OperationMeta(
    operation_id="transactions_create_sdk_token",
    method="POST",
    path="/v3/transactions/sdk-token/",
    host="verification",
    resource="transactions",
    method_name="create_sdk_token",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TransactionSdkTokenRequest",
)


class TransactionsResource:
    """``client.transactions``: list, create, retrieve, create_sdk_token."""

    __slots__ = ("_transport", "rules")

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.rules = TransactionsRulesResource(transport)

    def list(
        self,
        *,
        vendor_data: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[Transaction]:
        """List transactions.

        Monitored transactions, newest first, paginated.

        ``GET /v3/transactions/``.

        Args:
          vendor_data: Only transactions whose subject is this vendor_data (our reading).
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[Transaction]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.transactions.list()``
        """
        try:
            query: dict[str, Any] = {}
            if vendor_data is not None:
                if not isinstance(vendor_data, str):
                    raise DiditValidationError(
                        "vendor_data", "type", "must be a string, not " + type(vendor_data).__name__
                    )
                query["vendor_data"] = vendor_data
            if limit is not None:
                if isinstance(limit, bool) or not isinstance(limit, int):
                    raise DiditValidationError(
                        "limit", "type", "must be an integer, not " + type(limit).__name__
                    )
                if limit < 1:
                    raise DiditValidationError("limit", "min", "must be at least 1")
                query["limit"] = limit
            if offset is not None:
                if isinstance(offset, bool) or not isinstance(offset, int):
                    raise DiditValidationError(
                        "offset", "type", "must be an integer, not " + type(offset).__name__
                    )
                if offset < 0:
                    raise DiditValidationError("offset", "min", "must be at least 0")
                query["offset"] = offset
        except DiditValidationError as exc:
            exc.method, exc.path = TRANSACTIONS_LIST.method, TRANSACTIONS_LIST.path
            raise
        return self._transport.paginate(
            TRANSACTIONS_LIST,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_Transaction,
        )

    async def create(
        self,
        *,
        transaction_id: str,
        transaction_category: TransactionCategory
        | Literal[
            "finance",
            "kyc",
            "travel_rule",
            "user_event",
            "audit_trail_event",
            "gambling_bet",
            "gambling_limit_change",
            "gambling_bonus_change",
            "travelRule",
        ],
        transaction_details: TransactionCreateRequestTransactionDetails | Mapping[str, Any],
        subject: TransactionCreateRequestSubject | Mapping[str, Any],
        counterparty: TransactionCreateRequestCounterparty | Mapping[str, Any] | None = None,
        transaction_at: str | None = None,
        time_zone: str | None = None,
        custom_properties: Mapping[str, Any] | None = None,
        travel_rule_details: TransactionCreateRequestTravelRuleDetails
        | Mapping[str, Any]
        | None = None,
        network_snapshot: TransactionCreateRequestNetworkSnapshot | Mapping[str, Any] | None = None,
        include_crypto_screening: bool | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Transaction:
        """Submit a transaction.

        Submits a transaction for monitoring and rule evaluation; `transaction_details`,
        `subject` and `counterparty` are shaped by `transaction_category`. Counts against
        `ingest-write` (600/min) instead of generic-write. `transaction_id` is yours and unique
        per application: we read a repeat as answering the stored transaction rather than
        creating a second one (and tolerate 409 for it), so a retry cannot duplicate; after a
        lost answer, retrieve the transaction by its id. Sandbox applications store transactions
        without running Didit's rules; our sandbox runs a documented rule set instead.

        ``POST /v3/transactions/``.

        Args:
          transaction_id: Your unique identifier of the transaction.
          transaction_category: one of finance, kyc, travel_rule, user_event, audit_trail_event,
              gambling_bet, ....
          transaction_details: Category-specific payload (for finance: amount, currency,
              direction, ...).
          subject: Who initiates it, usually `{"vendor_data": ...}`.
          counterparty: The other party.
          transaction_at: ``str``.
          time_zone: ``str``.
          custom_properties: Values rules read as `custom_values.<key>`.
          travel_rule_details: see the signature.
          network_snapshot: ``TransactionCreateRequestNetworkSnapshot | Mapping[str, Any]``.
          include_crypto_screening: ``bool | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Transaction``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transaction = await client.transactions.create(transaction_id=…,
        transaction_category=…, transaction_details=…, subject=…)``
        """
        try:
            body = unstructure_TransactionCreateRequest(
                TransactionCreateRequest(
                    transaction_id=transaction_id,
                    transaction_category=transaction_category,
                    transaction_details=transaction_details,
                    subject=subject,
                    counterparty=counterparty,
                    transaction_at=transaction_at,
                    time_zone=time_zone,
                    custom_properties=custom_properties,
                    travel_rule_details=travel_rule_details,
                    network_snapshot=network_snapshot,
                    include_crypto_screening=include_crypto_screening,
                )
            )
            validate_TransactionCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = TRANSACTIONS_CREATE.method, TRANSACTIONS_CREATE.path
            raise
        data = await self._transport.request(
            TRANSACTIONS_CREATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Transaction(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        transaction_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Transaction:
        """Get a transaction.

        One transaction with its rule-evaluation result. Didit's tooling calls the parameter
        "transaction ID": we read it as your `transaction_id` (Didit's own `uuid` answers too).

        ``GET /v3/transactions/{transaction_id}/``.

        Args:
          transaction_id: Your transaction_id (or Didit's uuid).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Transaction``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transaction = await client.transactions.retrieve("…")``
        """
        try:
            path_param("transaction_id", transaction_id)
        except DiditValidationError as exc:
            exc.method, exc.path = TRANSACTIONS_RETRIEVE.method, TRANSACTIONS_RETRIEVE.path
            raise
        data = await self._transport.request(
            TRANSACTIONS_RETRIEVE,
            path_params={"transaction_id": transaction_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Transaction(data) if data.__class__ is dict else data

    async def create_sdk_token(
        self,
        *,
        vendor_data: str,
        ttl_seconds: int | None = None,
        max_uses: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionSdkToken:
        """Mint a transaction SDK token.

        A short-lived token (`ttl_seconds`, at most a day; optionally `max_uses`) that lets
        device-side code submit and read transactions of one `vendor_data` through
        `/v1/transactions/` without your API key. Hand `sdk_token` to the device and use it
        there with `AsyncDiditDevice` / `DiditDevice`.

        ``POST /v3/transactions/sdk-token/``.

        Args:
          vendor_data: ``str``.
          ttl_seconds: ``int``.
          max_uses: ``int | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionSdkToken``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``token = await client.transactions.create_sdk_token(vendor_data=…)``
        """
        try:
            body = unstructure_TransactionSdkTokenRequest(
                TransactionSdkTokenRequest(
                    vendor_data=vendor_data, ttl_seconds=ttl_seconds, max_uses=max_uses
                )
            )
            validate_TransactionSdkTokenRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRANSACTIONS_CREATE_SDK_TOKEN.method,
                TRANSACTIONS_CREATE_SDK_TOKEN.path,
            )
            raise
        data = await self._transport.request(
            TRANSACTIONS_CREATE_SDK_TOKEN,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionSdkToken(data) if data.__class__ is dict else data


class SyncTransactionsResource:
    """``client.transactions`` of ``Didit``: list, create, retrieve, create_sdk_token (blocking)."""

    __slots__ = ("_async", "_runner", "rules")

    def __init__(self, runner: SyncRunner, resource: TransactionsResource) -> None:
        self._runner = runner
        self._async = resource
        self.rules = SyncTransactionsRulesResource(runner, resource.rules)

    def list(
        self,
        *,
        vendor_data: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[Transaction]:
        """List transactions.

        Monitored transactions, newest first, paginated.

        ``GET /v3/transactions/``. Blocks until Didit answers.

        Args:
          vendor_data: Only transactions whose subject is this vendor_data (our reading).
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[Transaction]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.transactions.list()``
        """
        return self._runner.paginate(
            self._async.list(
                vendor_data=vendor_data,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def create(
        self,
        *,
        transaction_id: str,
        transaction_category: TransactionCategory
        | Literal[
            "finance",
            "kyc",
            "travel_rule",
            "user_event",
            "audit_trail_event",
            "gambling_bet",
            "gambling_limit_change",
            "gambling_bonus_change",
            "travelRule",
        ],
        transaction_details: TransactionCreateRequestTransactionDetails | Mapping[str, Any],
        subject: TransactionCreateRequestSubject | Mapping[str, Any],
        counterparty: TransactionCreateRequestCounterparty | Mapping[str, Any] | None = None,
        transaction_at: str | None = None,
        time_zone: str | None = None,
        custom_properties: Mapping[str, Any] | None = None,
        travel_rule_details: TransactionCreateRequestTravelRuleDetails
        | Mapping[str, Any]
        | None = None,
        network_snapshot: TransactionCreateRequestNetworkSnapshot | Mapping[str, Any] | None = None,
        include_crypto_screening: bool | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Transaction:
        """Submit a transaction.

        Submits a transaction for monitoring and rule evaluation; `transaction_details`,
        `subject` and `counterparty` are shaped by `transaction_category`. Counts against
        `ingest-write` (600/min) instead of generic-write. `transaction_id` is yours and unique
        per application: we read a repeat as answering the stored transaction rather than
        creating a second one (and tolerate 409 for it), so a retry cannot duplicate; after a
        lost answer, retrieve the transaction by its id. Sandbox applications store transactions
        without running Didit's rules; our sandbox runs a documented rule set instead.

        ``POST /v3/transactions/``. Blocks until Didit answers.

        Args:
          transaction_id: Your unique identifier of the transaction.
          transaction_category: one of finance, kyc, travel_rule, user_event, audit_trail_event,
              gambling_bet, ....
          transaction_details: Category-specific payload (for finance: amount, currency,
              direction, ...).
          subject: Who initiates it, usually `{"vendor_data": ...}`.
          counterparty: The other party.
          transaction_at: ``str``.
          time_zone: ``str``.
          custom_properties: Values rules read as `custom_values.<key>`.
          travel_rule_details: see the signature.
          network_snapshot: ``TransactionCreateRequestNetworkSnapshot | Mapping[str, Any]``.
          include_crypto_screening: ``bool | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Transaction``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transaction = client.transactions.create(transaction_id=…,
        transaction_category=…, transaction_details=…, subject=…)``
        """
        return self._runner.call(
            self._async.create,
            transaction_id=transaction_id,
            transaction_category=transaction_category,
            transaction_details=transaction_details,
            subject=subject,
            counterparty=counterparty,
            transaction_at=transaction_at,
            time_zone=time_zone,
            custom_properties=custom_properties,
            travel_rule_details=travel_rule_details,
            network_snapshot=network_snapshot,
            include_crypto_screening=include_crypto_screening,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        transaction_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Transaction:
        """Get a transaction.

        One transaction with its rule-evaluation result. Didit's tooling calls the parameter
        "transaction ID": we read it as your `transaction_id` (Didit's own `uuid` answers too).

        ``GET /v3/transactions/{transaction_id}/``. Blocks until Didit answers.

        Args:
          transaction_id: Your transaction_id (or Didit's uuid).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Transaction``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transaction = client.transactions.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            transaction_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def create_sdk_token(
        self,
        *,
        vendor_data: str,
        ttl_seconds: int | None = None,
        max_uses: int | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionSdkToken:
        """Mint a transaction SDK token.

        A short-lived token (`ttl_seconds`, at most a day; optionally `max_uses`) that lets
        device-side code submit and read transactions of one `vendor_data` through
        `/v1/transactions/` without your API key. Hand `sdk_token` to the device and use it
        there with `AsyncDiditDevice` / `DiditDevice`.

        ``POST /v3/transactions/sdk-token/``. Blocks until Didit answers.

        Args:
          vendor_data: ``str``.
          ttl_seconds: ``int``.
          max_uses: ``int | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionSdkToken``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``token = client.transactions.create_sdk_token(vendor_data=…)``
        """
        return self._runner.call(
            self._async.create_sdk_token,
            vendor_data=vendor_data,
            ttl_seconds=ttl_seconds,
            max_uses=max_uses,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
