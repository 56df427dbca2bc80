# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.customization``, async and blocking.

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
    DiditValidationError,
    FileInput,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
)
from didit_async._sync_seam import SyncRunner

from .._codec.customization__retrieve__update import structure_Customization
from .._codec.customization__update import (
    unstructure_CustomizationUpdateRequest,
    validate_CustomizationUpdateRequest,
)
from ..models.customization__retrieve__update import Customization
from ..models.customization__update import CustomizationUpdateRequest

__all__ = [
    "CUSTOMIZATION_RETRIEVE",
    "CUSTOMIZATION_UPDATE",
    "CustomizationResource",
    "SyncCustomizationResource",
]


CUSTOMIZATION_RETRIEVE = OperationMeta(
    operation_id="customization_retrieve",
    method="GET",
    path="/v3/customization/",
    host="apx",
    resource="customization",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


CUSTOMIZATION_UPDATE = OperationMeta(
    operation_id="customization_update",
    method="PATCH",
    path="/v3/customization/",
    host="apx",
    resource="customization",
    method_name="update",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="multipart",
    request_schema="CustomizationUpdateRequest",
)


class CustomizationResource:
    """``client.customization``: retrieve, update."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def retrieve(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Customization:
        """Get the branding.

        Logos and colours of the verification UI. Response shape unpublished: image URLs typed,
        the rest kept.

        ``GET /v3/customization/``.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Customization``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``customization = await client.customization.retrieve()``
        """
        data = await self._transport.request(
            CUSTOMIZATION_RETRIEVE,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Customization(data) if data.__class__ is dict else data

    async def update(
        self,
        *,
        image_square: FileInput | None = None,
        image_rectangular: FileInput | None = None,
        image_favicon: FileInput | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Customization:
        """Update the branding images.

        Multipart upload of any of the square logo, the rectangular logo and the favicon (at
        least one). Sending the same images again leaves the same result, so a retry is safe.

        ``PATCH /v3/customization/``.

        Args:
          image_square: ``FileInput``.
          image_rectangular: ``FileInput``.
          image_favicon: ``FileInput``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Customization``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``customization = await client.customization.update()``
        """
        try:
            body = unstructure_CustomizationUpdateRequest(
                CustomizationUpdateRequest(
                    image_square=image_square,
                    image_rectangular=image_rectangular,
                    image_favicon=image_favicon,
                )
            )
            validate_CustomizationUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = CUSTOMIZATION_UPDATE.method, CUSTOMIZATION_UPDATE.path
            raise
        files = {
            k: body.pop(k)
            for k in ["image_square", "image_rectangular", "image_favicon"]
            if k in body
        }
        data = await self._transport.request(
            CUSTOMIZATION_UPDATE,
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Customization(data) if data.__class__ is dict else data


class SyncCustomizationResource:
    """``client.customization`` of ``Didit``: retrieve, update (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: CustomizationResource) -> None:
        self._runner = runner
        self._async = resource

    def retrieve(
        self,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Customization:
        """Get the branding.

        Logos and colours of the verification UI. Response shape unpublished: image URLs typed,
        the rest kept.

        ``GET /v3/customization/``. Blocks until Didit answers.

        Args:
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Customization``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``customization = client.customization.retrieve()``
        """
        return self._runner.call(
            self._async.retrieve,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        *,
        image_square: FileInput | None = None,
        image_rectangular: FileInput | None = None,
        image_favicon: FileInput | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Customization:
        """Update the branding images.

        Multipart upload of any of the square logo, the rectangular logo and the favicon (at
        least one). Sending the same images again leaves the same result, so a retry is safe.

        ``PATCH /v3/customization/``. Blocks until Didit answers.

        Args:
          image_square: ``FileInput``.
          image_rectangular: ``FileInput``.
          image_favicon: ``FileInput``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Customization``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``customization = client.customization.update()``
        """
        return self._runner.call(
            self._async.update,
            image_square=image_square,
            image_rectangular=image_rectangular,
            image_favicon=image_favicon,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
