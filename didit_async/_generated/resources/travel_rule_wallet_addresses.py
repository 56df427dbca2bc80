# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.travel_rule.wallet_addresses``, async and blocking.

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
    AsyncPaginator,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec.travel_rule_wallet_addresses__create import (
    unstructure_TravelRuleWalletAddressCreateRequest,
    validate_TravelRuleWalletAddressCreateRequest,
)
from .._codec.travel_rule_wallet_addresses__create__list import structure_TravelRuleWalletAddress
from .._codec.travel_rule_wallet_addresses__update import (
    structure_TravelRuleWalletAddressUpdateRequest,
    unstructure_TravelRuleWalletAddressUpdateRequest,
    validate_TravelRuleWalletAddressUpdateRequest,
)
from ..models.travel_rule_wallet_addresses__create import TravelRuleWalletAddressCreateRequest
from ..models.travel_rule_wallet_addresses__create__list import TravelRuleWalletAddress
from ..models.travel_rule_wallet_addresses__update import TravelRuleWalletAddressUpdateRequest

__all__ = [
    "SyncTravelRuleWalletAddressesResource",
    "TRAVEL_RULE_WALLET_ADDRESSES_CREATE",
    "TRAVEL_RULE_WALLET_ADDRESSES_DELETE",
    "TRAVEL_RULE_WALLET_ADDRESSES_LIST",
    "TRAVEL_RULE_WALLET_ADDRESSES_UPDATE",
    "TravelRuleWalletAddressesResource",
]


TRAVEL_RULE_WALLET_ADDRESSES_LIST = OperationMeta(
    operation_id="travel_rule_wallet_addresses_list",
    method="GET",
    path="/v3/travel-rule/wallet-addresses/",
    host="verification",
    resource="travel_rule.wallet_addresses",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


TRAVEL_RULE_WALLET_ADDRESSES_CREATE = OperationMeta(
    operation_id="travel_rule_wallet_addresses_create",
    method="POST",
    path="/v3/travel-rule/wallet-addresses/",
    host="verification",
    resource="travel_rule.wallet_addresses",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TravelRuleWalletAddressCreateRequest",
)


TRAVEL_RULE_WALLET_ADDRESSES_UPDATE = OperationMeta(
    operation_id="travel_rule_wallet_addresses_update",
    method="PATCH",
    path="/v3/travel-rule/wallet-addresses/{entry_uuid}/",
    host="verification",
    resource="travel_rule.wallet_addresses",
    method_name="update",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TravelRuleWalletAddressUpdateRequest",
)


TRAVEL_RULE_WALLET_ADDRESSES_DELETE = OperationMeta(
    operation_id="travel_rule_wallet_addresses_delete",
    method="DELETE",
    path="/v3/travel-rule/wallet-addresses/{entry_uuid}/",
    host="verification",
    resource="travel_rule.wallet_addresses",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    response_kind="empty",
)


class TravelRuleWalletAddressesResource:
    """``client.travel_rule.wallet_addresses``: list, create, update, delete."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[TravelRuleWalletAddress]:
        """List known wallet addresses.

        The wallet addresses registered for the application's customers (self-hosted wallets
        with their holder), used to recognise who owns the other side of a transfer.

        ``GET /v3/travel-rule/wallet-addresses/``.

        Args:
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[TravelRuleWalletAddress]`` (await it for one page, iterate for
        every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.travel_rule.wallet_addresses.list()``
        """
        try:
            query: dict[str, Any] = {}
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
            exc.method, exc.path = (
                TRAVEL_RULE_WALLET_ADDRESSES_LIST.method,
                TRAVEL_RULE_WALLET_ADDRESSES_LIST.path,
            )
            raise
        return self._transport.paginate(
            TRAVEL_RULE_WALLET_ADDRESSES_LIST,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_TravelRuleWalletAddress,
        )

    async def create(
        self,
        *,
        address: str,
        chain: str | None = None,
        holder_vendor_data: str | None = None,
        holder_name: str | None = None,
        entity_type: str | None = None,
        self_declared: bool | None = None,
        travel_address: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWalletAddress:
        """Register a wallet address.

        Register a customer's wallet address with its holder; `self_declared` records that the
        holder declared it without proof.

        ``POST /v3/travel-rule/wallet-addresses/``.

        Args:
          address: ``str``.
          chain: ``str``.
          holder_vendor_data: ``str``.
          holder_name: ``str``.
          entity_type: ``str``.
          self_declared: ``bool``.
          travel_address: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleWalletAddress``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``address = await client.travel_rule.wallet_addresses.create(address=…)``
        """
        try:
            body = unstructure_TravelRuleWalletAddressCreateRequest(
                TravelRuleWalletAddressCreateRequest(
                    address=address,
                    chain=chain,
                    holder_vendor_data=holder_vendor_data,
                    holder_name=holder_name,
                    entity_type=entity_type,
                    self_declared=self_declared,
                    travel_address=travel_address,
                )
            )
            validate_TravelRuleWalletAddressCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRAVEL_RULE_WALLET_ADDRESSES_CREATE.method,
                TRAVEL_RULE_WALLET_ADDRESSES_CREATE.path,
            )
            raise
        data = await self._transport.request(
            TRAVEL_RULE_WALLET_ADDRESSES_CREATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TravelRuleWalletAddress(data) if data.__class__ is dict else data

    async def update(
        self,
        entry_uuid: str,
        /,
        *,
        holder_name: str | None = None,
        holder_vendor_data: str | None = None,
        entity_type: str | None = None,
        travel_address: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWalletAddressUpdateRequest:
        """Update a wallet address.

        Change the holder of a registered address. Didit's facts answer with the fields updated
        (the update shape), not the whole entry.

        ``PATCH /v3/travel-rule/wallet-addresses/{entry_uuid}/``.

        Args:
          entry_uuid: ``str``.
          holder_name: ``str``.
          holder_vendor_data: ``str``.
          entity_type: ``str``.
          travel_address: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleWalletAddressUpdateRequest``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``request = await client.travel_rule.wallet_addresses.update("…")``
        """
        try:
            path_param("entry_uuid", entry_uuid, uuid=True)
            body = unstructure_TravelRuleWalletAddressUpdateRequest(
                TravelRuleWalletAddressUpdateRequest(
                    holder_name=holder_name,
                    holder_vendor_data=holder_vendor_data,
                    entity_type=entity_type,
                    travel_address=travel_address,
                )
            )
            validate_TravelRuleWalletAddressUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRAVEL_RULE_WALLET_ADDRESSES_UPDATE.method,
                TRAVEL_RULE_WALLET_ADDRESSES_UPDATE.path,
            )
            raise
        data = await self._transport.request(
            TRAVEL_RULE_WALLET_ADDRESSES_UPDATE,
            path_params={"entry_uuid": entry_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return (
            structure_TravelRuleWalletAddressUpdateRequest(data) if data.__class__ is dict else data
        )

    async def delete(
        self,
        entry_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a wallet address.

        Forget a registered wallet address.

        ``DELETE /v3/travel-rule/wallet-addresses/{entry_uuid}/``.

        Args:
          entry_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.travel_rule.wallet_addresses.delete("…")``
        """
        try:
            path_param("entry_uuid", entry_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRAVEL_RULE_WALLET_ADDRESSES_DELETE.method,
                TRAVEL_RULE_WALLET_ADDRESSES_DELETE.path,
            )
            raise
        await self._transport.request(
            TRAVEL_RULE_WALLET_ADDRESSES_DELETE,
            path_params={"entry_uuid": entry_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncTravelRuleWalletAddressesResource:
    """``client.travel_rule.wallet_addresses`` of ``Didit``: list, create, update, delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRuleWalletAddressesResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[TravelRuleWalletAddress]:
        """List known wallet addresses.

        The wallet addresses registered for the application's customers (self-hosted wallets
        with their holder), used to recognise who owns the other side of a transfer.

        ``GET /v3/travel-rule/wallet-addresses/``. Blocks until Didit answers.

        Args:
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[TravelRuleWalletAddress]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.travel_rule.wallet_addresses.list()``
        """
        return self._runner.paginate(
            self._async.list(
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
        address: str,
        chain: str | None = None,
        holder_vendor_data: str | None = None,
        holder_name: str | None = None,
        entity_type: str | None = None,
        self_declared: bool | None = None,
        travel_address: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWalletAddress:
        """Register a wallet address.

        Register a customer's wallet address with its holder; `self_declared` records that the
        holder declared it without proof.

        ``POST /v3/travel-rule/wallet-addresses/``. Blocks until Didit answers.

        Args:
          address: ``str``.
          chain: ``str``.
          holder_vendor_data: ``str``.
          holder_name: ``str``.
          entity_type: ``str``.
          self_declared: ``bool``.
          travel_address: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleWalletAddress``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``address = client.travel_rule.wallet_addresses.create(address=…)``
        """
        return self._runner.call(
            self._async.create,
            address=address,
            chain=chain,
            holder_vendor_data=holder_vendor_data,
            holder_name=holder_name,
            entity_type=entity_type,
            self_declared=self_declared,
            travel_address=travel_address,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        entry_uuid: str,
        /,
        *,
        holder_name: str | None = None,
        holder_vendor_data: str | None = None,
        entity_type: str | None = None,
        travel_address: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TravelRuleWalletAddressUpdateRequest:
        """Update a wallet address.

        Change the holder of a registered address. Didit's facts answer with the fields updated
        (the update shape), not the whole entry.

        ``PATCH /v3/travel-rule/wallet-addresses/{entry_uuid}/``. Blocks until Didit answers.

        Args:
          entry_uuid: ``str``.
          holder_name: ``str``.
          holder_vendor_data: ``str``.
          entity_type: ``str``.
          travel_address: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TravelRuleWalletAddressUpdateRequest``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``request = client.travel_rule.wallet_addresses.update("…")``
        """
        return self._runner.call(
            self._async.update,
            entry_uuid,
            holder_name=holder_name,
            holder_vendor_data=holder_vendor_data,
            entity_type=entity_type,
            travel_address=travel_address,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        entry_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a wallet address.

        Forget a registered wallet address.

        ``DELETE /v3/travel-rule/wallet-addresses/{entry_uuid}/``. Blocks until Didit answers.

        Args:
          entry_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``client.travel_rule.wallet_addresses.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            entry_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
