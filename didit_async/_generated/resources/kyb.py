# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.kyb``, async and blocking.

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
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    Unset,
)
from didit_async._sync_seam import SyncRunner

from .._codec.kyb__retrieve_shareholders import (
    unstructure_KybShareholdersRequest,
    validate_KybShareholdersRequest,
)
from .._codec.kyb__retrieve_shareholders__retrieve_ubo import structure_KybShareholdersResponse
from .._codec.kyb__retrieve_ubo import unstructure_KybUboRequest, validate_KybUboRequest
from .._codec.kyb__search import (
    structure_KybSearchResponse,
    unstructure_KybSearchRequest,
    validate_KybSearchRequest,
)
from .._codec.kyb__select import (
    structure_KybCompanyRecord,
    unstructure_KybSelectRequest,
    validate_KybSelectRequest,
)
from ..models.kyb__retrieve_shareholders import KybShareholdersRequest
from ..models.kyb__retrieve_shareholders__retrieve_ubo import KybShareholdersResponse
from ..models.kyb__retrieve_ubo import KybUboRequest
from ..models.kyb__search import KybSearchRequest, KybSearchResponse
from ..models.kyb__select import KybCompanyRecord, KybSelectRequest

__all__ = [
    "KYB_RETRIEVE_SHAREHOLDERS",
    "KYB_RETRIEVE_UBO",
    "KYB_SEARCH",
    "KYB_SELECT",
    "KybResource",
    "SyncKybResource",
]


KYB_SEARCH = OperationMeta(
    operation_id="kyb_search",
    method="POST",
    path="/v3/kyb/search/",
    host="verification",
    resource="kyb",
    method_name="search",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="KybSearchRequest",
)


KYB_SELECT = OperationMeta(
    operation_id="kyb_select",
    method="POST",
    path="/v3/kyb/select/",
    host="verification",
    resource="kyb",
    method_name="select",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="KybSelectRequest",
)


KYB_RETRIEVE_SHAREHOLDERS = OperationMeta(
    operation_id="kyb_retrieve_shareholders",
    method="POST",
    path="/v3/kyb/shareholders/",
    host="verification",
    resource="kyb",
    method_name="retrieve_shareholders",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="KybShareholdersRequest",
)


KYB_RETRIEVE_UBO = OperationMeta(
    operation_id="kyb_retrieve_ubo",
    method="POST",
    path="/v3/kyb/ubo/",
    host="verification",
    resource="kyb",
    method_name="retrieve_ubo",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="KybUboRequest",
)


class KybResource:
    """``client.kyb``: search, select, retrieve_shareholders, retrieve_ubo."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def search(
        self,
        *,
        country_code: str,
        name: str | None = None,
        registration_number: str | None = None,
        search_type: Literal["contains", "start_with", "fuzzy"] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        webhook_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybSearchResponse:
        """Search company registries.

        Looks a company up in official registries by name and/or registration number. Each
        candidate carries a `kyb_response_id` to pass to select. Response shape unpublished: we
        read it as `{results: [...]}` with candidates typed loosely and unknown fields kept.

        ``POST /v3/kyb/search/``.

        Args:
          country_code: ISO 3166-1 alpha-2.
          name: ``str``.
          registration_number: ``str``.
          search_type: How `name` matches.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          webhook_url: Notified when the registry answer resolves.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybSearchResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.kyb.search(country_code=…)``
        """
        try:
            body = unstructure_KybSearchRequest(
                KybSearchRequest(
                    country_code=country_code,
                    name=name,
                    registration_number=registration_number,
                    search_type=search_type,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    webhook_url=webhook_url,
                )
            )
            validate_KybSearchRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = KYB_SEARCH.method, KYB_SEARCH.path
            raise
        data = await self._transport.request(
            KYB_SEARCH,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_KybSearchResponse(data) if data.__class__ is dict else data

    async def select(
        self,
        *,
        kyb_response_id: str,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        save_api_request: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybCompanyRecord:
        """Resolve a registry candidate.

        Pulls the full registry record of a candidate returned by search. Response shape
        unpublished: the company record is typed loosely and unknown fields kept.

        ``POST /v3/kyb/select/``.

        Args:
          kyb_response_id: ``str``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          save_api_request: Store the call as a manual check in the Console.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybCompanyRecord``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``record = await client.kyb.select(kyb_response_id=…)``
        """
        try:
            body = unstructure_KybSelectRequest(
                KybSelectRequest(
                    kyb_response_id=kyb_response_id,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    save_api_request=save_api_request,
                )
            )
            validate_KybSelectRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = KYB_SELECT.method, KYB_SELECT.path
            raise
        data = await self._transport.request(
            KYB_SELECT,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_KybCompanyRecord(data) if data.__class__ is dict else data

    async def retrieve_shareholders(
        self,
        *,
        kyb_response_id: str,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        save_api_request: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybShareholdersResponse:
        """Fetch a company's shareholders.

        Upgrade a KYB registry lookup (`kyb_response_id` from `kyb.select`) to the shareholders
        tier: the registry record with its officers and shareholders. 200 when the data is at
        hand, 202 while the registry is still being asked (the same body,
        `registry_tier_delivered` lower than requested); call again later. Billed per call.

        ``POST /v3/kyb/shareholders/``.

        Args:
          kyb_response_id: ``str``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          save_api_request: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybShareholdersResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.kyb.retrieve_shareholders(kyb_response_id=…)``
        """
        try:
            body = unstructure_KybShareholdersRequest(
                KybShareholdersRequest(
                    kyb_response_id=kyb_response_id,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    save_api_request=save_api_request,
                )
            )
            validate_KybShareholdersRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = KYB_RETRIEVE_SHAREHOLDERS.method, KYB_RETRIEVE_SHAREHOLDERS.path
            raise
        data = await self._transport.request(
            KYB_RETRIEVE_SHAREHOLDERS,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_KybShareholdersResponse(data) if data.__class__ is dict else data

    async def retrieve_ubo(
        self,
        *,
        kyb_response_id: str,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        save_api_request: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybShareholdersResponse:
        """Fetch a company's ultimate beneficial owners.

        Upgrade a KYB registry lookup (`kyb_response_id` from `kyb.select`) to the UBO tier: the
        registry record with its shareholders and ultimate beneficial owners. 200 when
        delivered, 202 while the registry is still being asked; call again later. Billed per
        call.

        ``POST /v3/kyb/ubo/``.

        Args:
          kyb_response_id: ``str``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          save_api_request: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybShareholdersResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.kyb.retrieve_ubo(kyb_response_id=…)``
        """
        try:
            body = unstructure_KybUboRequest(
                KybUboRequest(
                    kyb_response_id=kyb_response_id,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    save_api_request=save_api_request,
                )
            )
            validate_KybUboRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = KYB_RETRIEVE_UBO.method, KYB_RETRIEVE_UBO.path
            raise
        data = await self._transport.request(
            KYB_RETRIEVE_UBO,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_KybShareholdersResponse(data) if data.__class__ is dict else data


class SyncKybResource:
    """``client.kyb`` of ``Didit``: search, select, retrieve_shareholders, retrieve_ubo (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: KybResource) -> None:
        self._runner = runner
        self._async = resource

    def search(
        self,
        *,
        country_code: str,
        name: str | None = None,
        registration_number: str | None = None,
        search_type: Literal["contains", "start_with", "fuzzy"] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        webhook_url: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybSearchResponse:
        """Search company registries.

        Looks a company up in official registries by name and/or registration number. Each
        candidate carries a `kyb_response_id` to pass to select. Response shape unpublished: we
        read it as `{results: [...]}` with candidates typed loosely and unknown fields kept.

        ``POST /v3/kyb/search/``. Blocks until Didit answers.

        Args:
          country_code: ISO 3166-1 alpha-2.
          name: ``str``.
          registration_number: ``str``.
          search_type: How `name` matches.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          webhook_url: Notified when the registry answer resolves.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybSearchResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.kyb.search(country_code=…)``
        """
        return self._runner.call(
            self._async.search,
            country_code=country_code,
            name=name,
            registration_number=registration_number,
            search_type=search_type,
            vendor_data=vendor_data,
            metadata=metadata,
            webhook_url=webhook_url,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def select(
        self,
        *,
        kyb_response_id: str,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        save_api_request: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybCompanyRecord:
        """Resolve a registry candidate.

        Pulls the full registry record of a candidate returned by search. Response shape
        unpublished: the company record is typed loosely and unknown fields kept.

        ``POST /v3/kyb/select/``. Blocks until Didit answers.

        Args:
          kyb_response_id: ``str``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          save_api_request: Store the call as a manual check in the Console.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybCompanyRecord``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``record = client.kyb.select(kyb_response_id=…)``
        """
        return self._runner.call(
            self._async.select,
            kyb_response_id=kyb_response_id,
            vendor_data=vendor_data,
            metadata=metadata,
            save_api_request=save_api_request,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_shareholders(
        self,
        *,
        kyb_response_id: str,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        save_api_request: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybShareholdersResponse:
        """Fetch a company's shareholders.

        Upgrade a KYB registry lookup (`kyb_response_id` from `kyb.select`) to the shareholders
        tier: the registry record with its officers and shareholders. 200 when the data is at
        hand, 202 while the registry is still being asked (the same body,
        `registry_tier_delivered` lower than requested); call again later. Billed per call.

        ``POST /v3/kyb/shareholders/``. Blocks until Didit answers.

        Args:
          kyb_response_id: ``str``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          save_api_request: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybShareholdersResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.kyb.retrieve_shareholders(kyb_response_id=…)``
        """
        return self._runner.call(
            self._async.retrieve_shareholders,
            kyb_response_id=kyb_response_id,
            vendor_data=vendor_data,
            metadata=metadata,
            save_api_request=save_api_request,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_ubo(
        self,
        *,
        kyb_response_id: str,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        save_api_request: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> KybShareholdersResponse:
        """Fetch a company's ultimate beneficial owners.

        Upgrade a KYB registry lookup (`kyb_response_id` from `kyb.select`) to the UBO tier: the
        registry record with its shareholders and ultimate beneficial owners. 200 when
        delivered, 202 while the registry is still being asked; call again later. Billed per
        call.

        ``POST /v3/kyb/ubo/``. Blocks until Didit answers.

        Args:
          kyb_response_id: ``str``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          save_api_request: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``KybShareholdersResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.kyb.retrieve_ubo(kyb_response_id=…)``
        """
        return self._runner.call(
            self._async.retrieve_ubo,
            kyb_response_id=kyb_response_id,
            vendor_data=vendor_data,
            metadata=metadata,
            save_api_request=save_api_request,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
