# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.phone``, async and blocking.

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

from .._codec.phone__check import (
    structure_PhoneCheckResponse,
    unstructure_PhoneCheckRequest,
    validate_PhoneCheckRequest,
)
from .._codec.phone__send import (
    structure_PhoneSendResponse,
    unstructure_PhoneSendRequest,
    validate_PhoneSendRequest,
)
from ..enums import CheckAction
from ..models.phone__check import PhoneCheckRequest, PhoneCheckResponse
from ..models.phone__send import PhoneSendOptions, PhoneSendRequest, PhoneSendResponse
from ..models.shared__email_phone import RequestSignals

__all__ = ["PHONE_CHECK", "PHONE_SEND", "PhoneResource", "SyncPhoneResource"]


PHONE_SEND = OperationMeta(
    operation_id="phone_send",
    method="POST",
    path="/v3/phone/send/",
    host="verification",
    resource="phone",
    method_name="send",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="PhoneSendRequest",
)


PHONE_CHECK = OperationMeta(
    operation_id="phone_check",
    method="POST",
    path="/v3/phone/check/",
    host="verification",
    resource="phone",
    method_name="check",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="PhoneCheckRequest",
)


class PhoneResource:
    """``client.phone``: send, check."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def send(
        self,
        *,
        phone_number: str,
        options: PhoneSendOptions | Mapping[str, Any] | None = None,
        signals: RequestSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneSendResponse:
        """Send a phone code.

        Send a phone code as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/phone/send/``.

        Args:
          phone_number: E.164.
          options: ``PhoneSendOptions | Mapping[str, Any]``.
          signals: ``RequestSignals | Mapping[str, Any]``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PhoneSendResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.phone.send(phone_number=…)``
        """
        try:
            body = unstructure_PhoneSendRequest(
                PhoneSendRequest(
                    phone_number=phone_number,
                    options=options,
                    signals=signals,
                    vendor_data=vendor_data,
                    metadata=metadata,
                )
            )
            validate_PhoneSendRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = PHONE_SEND.method, PHONE_SEND.path
            raise
        data = await self._transport.request(
            PHONE_SEND,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_PhoneSendResponse(data) if data.__class__ is dict else data

    async def check(
        self,
        *,
        phone_number: str,
        code: str,
        duplicated_phone_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        disposable_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        voip_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        enable_social: bool | None = None,
        phone_no_social_presence_action: Literal["NO_ACTION", "DECLINE"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneCheckResponse:
        """Check a phone code.

        Check a phone code as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/phone/check/``.

        Args:
          phone_number: ``str``.
          code: ``str``.
          duplicated_phone_number_action: one of NO_ACTION, DECLINE.
          disposable_number_action: one of NO_ACTION, DECLINE.
          voip_number_action: one of NO_ACTION, DECLINE.
          enable_social: ``bool``.
          phone_no_social_presence_action: one of NO_ACTION, DECLINE.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PhoneCheckResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.phone.check(phone_number=…, code=…)``
        """
        try:
            body = unstructure_PhoneCheckRequest(
                PhoneCheckRequest(
                    phone_number=phone_number,
                    code=code,
                    duplicated_phone_number_action=duplicated_phone_number_action,
                    disposable_number_action=disposable_number_action,
                    voip_number_action=voip_number_action,
                    enable_social=enable_social,
                    phone_no_social_presence_action=phone_no_social_presence_action,
                )
            )
            validate_PhoneCheckRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = PHONE_CHECK.method, PHONE_CHECK.path
            raise
        data = await self._transport.request(
            PHONE_CHECK,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_PhoneCheckResponse(data) if data.__class__ is dict else data


class SyncPhoneResource:
    """``client.phone`` of ``Didit``: send, check (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: PhoneResource) -> None:
        self._runner = runner
        self._async = resource

    def send(
        self,
        *,
        phone_number: str,
        options: PhoneSendOptions | Mapping[str, Any] | None = None,
        signals: RequestSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneSendResponse:
        """Send a phone code.

        Send a phone code as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/phone/send/``. Blocks until Didit answers.

        Args:
          phone_number: E.164.
          options: ``PhoneSendOptions | Mapping[str, Any]``.
          signals: ``RequestSignals | Mapping[str, Any]``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PhoneSendResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.phone.send(phone_number=…)``
        """
        return self._runner.call(
            self._async.send,
            phone_number=phone_number,
            options=options,
            signals=signals,
            vendor_data=vendor_data,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def check(
        self,
        *,
        phone_number: str,
        code: str,
        duplicated_phone_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        disposable_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        voip_number_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        enable_social: bool | None = None,
        phone_no_social_presence_action: Literal["NO_ACTION", "DECLINE"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneCheckResponse:
        """Check a phone code.

        Check a phone code as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/phone/check/``. Blocks until Didit answers.

        Args:
          phone_number: ``str``.
          code: ``str``.
          duplicated_phone_number_action: one of NO_ACTION, DECLINE.
          disposable_number_action: one of NO_ACTION, DECLINE.
          voip_number_action: one of NO_ACTION, DECLINE.
          enable_social: ``bool``.
          phone_no_social_presence_action: one of NO_ACTION, DECLINE.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PhoneCheckResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.phone.check(phone_number=…, code=…)``
        """
        return self._runner.call(
            self._async.check,
            phone_number=phone_number,
            code=code,
            duplicated_phone_number_action=duplicated_phone_number_action,
            disposable_number_action=disposable_number_action,
            voip_number_action=voip_number_action,
            enable_social=enable_social,
            phone_no_social_presence_action=phone_no_social_presence_action,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
