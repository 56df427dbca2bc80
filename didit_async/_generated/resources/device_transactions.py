# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.device.transactions``, async and blocking.

Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
first; each method checks its arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), builds the body through its request
model and calls the transport with that constant. The ``Sync*`` class is the blocking
twin for ``Didit``: the same arguments, run through the client's runner.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from didit_async._seam import (
    NOT_GIVEN,
    UNSET,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    Unset,
    path_param,
)
from didit_async._sync_seam import SyncRunner

from .._codec.device_transactions__create import (
    unstructure_DeviceTransactionRequest,
    validate_DeviceTransactionRequest,
)
from .._codec.device_transactions__create__retrieve import structure_DeviceTransaction
from ..models.device_transactions__create import (
    DeviceTransactionRequest,
    DeviceTransactionRequestCounterparty,
    DeviceTransactionRequestInfo,
    DeviceTransactionRequestSubject,
    DeviceTransactionRequestTravelRule,
)
from ..models.device_transactions__create__retrieve import DeviceTransaction

__all__ = [
    "DEVICE_TRANSACTIONS_CREATE",
    "DEVICE_TRANSACTIONS_RETRIEVE",
    "DeviceTransactionsResource",
    "SyncDeviceTransactionsResource",
]


DEVICE_TRANSACTIONS_CREATE = OperationMeta(
    operation_id="device_transactions_create",
    method="POST",
    path="/v1/transactions/",
    host="verification",
    resource="device.transactions",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("transaction_token",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="DeviceTransactionRequest",
)


DEVICE_TRANSACTIONS_RETRIEVE = OperationMeta(
    operation_id="device_transactions_retrieve",
    method="GET",
    path="/v1/transactions/{transaction_id}/",
    host="verification",
    resource="device.transactions",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("transaction_token",),
    rate_limit_scopes=("generic-get",),
)


class DeviceTransactionsResource:
    """``client.device.transactions``: create, retrieve."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        txn_id: str,
        type: str,
        info: DeviceTransactionRequestInfo | Mapping[str, Any],
        subject: DeviceTransactionRequestSubject | Mapping[str, Any],
        txn_date: str | None = None,
        zone_id: str | None = None,
        counterparty: DeviceTransactionRequestCounterparty | Mapping[str, Any] | None = None,
        props: Mapping[str, Any] | None = None,
        travel_rule: DeviceTransactionRequestTravelRule | Mapping[str, Any] | None = None,
        include_crypto_screening: bool | None | Unset = UNSET,
        fingerprint_v2: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeviceTransaction:
        """Submit a transaction from a device.

        Submit a transaction from device-side code, authenticated by a transaction SDK token
        (`X-Transaction-Token`), never by the API key. The transaction belongs to the token's
        `vendor_data` and runs through the application's rules like one sent to
        `/v3/transactions/`.

        ``POST /v1/transactions/``.

        Args:
          txn_id: ``str``.
          type: ``str``.
          info: ``DeviceTransactionRequestInfo | Mapping[str, Any]``.
          subject: ``DeviceTransactionRequestSubject | Mapping[str, Any]``.
          txn_date: ``str``.
          zone_id: ``str``.
          counterparty: ``DeviceTransactionRequestCounterparty | Mapping[str, Any]``.
          props: ``Mapping[str, Any]``.
          travel_rule: ``DeviceTransactionRequestTravelRule | Mapping[str, Any]``.
          include_crypto_screening: ``bool | None``.
          fingerprint_v2: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DeviceTransaction``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transaction = await client.device.transactions.create(txn_id=…, type=…,
        info=…, subject=…)``
        """
        try:
            body = unstructure_DeviceTransactionRequest(
                DeviceTransactionRequest(
                    txn_id=txn_id,
                    txn_date=txn_date,
                    zone_id=zone_id,
                    type=type,
                    info=info,
                    subject=subject,
                    counterparty=counterparty,
                    props=props,
                    travel_rule=travel_rule,
                    include_crypto_screening=include_crypto_screening,
                    fingerprint_v2=fingerprint_v2,
                )
            )
            validate_DeviceTransactionRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                DEVICE_TRANSACTIONS_CREATE.method,
                DEVICE_TRANSACTIONS_CREATE.path,
            )
            raise
        data = await self._transport.request(
            DEVICE_TRANSACTIONS_CREATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DeviceTransaction(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        transaction_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeviceTransaction:
        """Retrieve a transaction from a device.

        Read back a transaction of the token's `vendor_data` (its status and rule runs),
        authenticated by the transaction SDK token.

        ``GET /v1/transactions/{transaction_id}/``.

        Args:
          transaction_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DeviceTransaction``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transaction = await client.device.transactions.retrieve("…")``
        """
        try:
            path_param("transaction_id", transaction_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                DEVICE_TRANSACTIONS_RETRIEVE.method,
                DEVICE_TRANSACTIONS_RETRIEVE.path,
            )
            raise
        data = await self._transport.request(
            DEVICE_TRANSACTIONS_RETRIEVE,
            path_params={"transaction_id": transaction_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_DeviceTransaction(data) if data.__class__ is dict else data


class SyncDeviceTransactionsResource:
    """``client.device.transactions`` of ``Didit``: create, retrieve (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: DeviceTransactionsResource) -> None:
        self._runner = runner
        self._async = resource

    def create(
        self,
        *,
        txn_id: str,
        type: str,
        info: DeviceTransactionRequestInfo | Mapping[str, Any],
        subject: DeviceTransactionRequestSubject | Mapping[str, Any],
        txn_date: str | None = None,
        zone_id: str | None = None,
        counterparty: DeviceTransactionRequestCounterparty | Mapping[str, Any] | None = None,
        props: Mapping[str, Any] | None = None,
        travel_rule: DeviceTransactionRequestTravelRule | Mapping[str, Any] | None = None,
        include_crypto_screening: bool | None | Unset = UNSET,
        fingerprint_v2: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> DeviceTransaction:
        """Submit a transaction from a device.

        Submit a transaction from device-side code, authenticated by a transaction SDK token
        (`X-Transaction-Token`), never by the API key. The transaction belongs to the token's
        `vendor_data` and runs through the application's rules like one sent to
        `/v3/transactions/`.

        ``POST /v1/transactions/``. Blocks until Didit answers.

        Args:
          txn_id: ``str``.
          type: ``str``.
          info: ``DeviceTransactionRequestInfo | Mapping[str, Any]``.
          subject: ``DeviceTransactionRequestSubject | Mapping[str, Any]``.
          txn_date: ``str``.
          zone_id: ``str``.
          counterparty: ``DeviceTransactionRequestCounterparty | Mapping[str, Any]``.
          props: ``Mapping[str, Any]``.
          travel_rule: ``DeviceTransactionRequestTravelRule | Mapping[str, Any]``.
          include_crypto_screening: ``bool | None``.
          fingerprint_v2: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DeviceTransaction``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transaction = client.device.transactions.create(txn_id=…, type=…, info=…,
        subject=…)``
        """
        return self._runner.call(
            self._async.create,
            txn_id=txn_id,
            type=type,
            info=info,
            subject=subject,
            txn_date=txn_date,
            zone_id=zone_id,
            counterparty=counterparty,
            props=props,
            travel_rule=travel_rule,
            include_crypto_screening=include_crypto_screening,
            fingerprint_v2=fingerprint_v2,
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
    ) -> DeviceTransaction:
        """Retrieve a transaction from a device.

        Read back a transaction of the token's `vendor_data` (its status and rule runs),
        authenticated by the transaction SDK token.

        ``GET /v1/transactions/{transaction_id}/``. Blocks until Didit answers.

        Args:
          transaction_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``DeviceTransaction``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``transaction = client.device.transactions.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            transaction_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
