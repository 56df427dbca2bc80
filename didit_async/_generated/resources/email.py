# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.email``, async and blocking.

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

from .._codec.email__check import (
    structure_EmailCheckResponse,
    unstructure_EmailCheckRequest,
    validate_EmailCheckRequest,
)
from .._codec.email__send import (
    structure_EmailSendResponse,
    unstructure_EmailSendRequest,
    validate_EmailSendRequest,
)
from ..enums import CheckAction
from ..models.email__check import EmailCheckRequest, EmailCheckResponse
from ..models.email__send import EmailSendOptions, EmailSendRequest, EmailSendResponse
from ..models.shared__email_phone import RequestSignals

__all__ = ["EMAIL_CHECK", "EMAIL_SEND", "EmailResource", "SyncEmailResource"]


EMAIL_SEND = OperationMeta(
    operation_id="email_send",
    method="POST",
    path="/v3/email/send/",
    host="verification",
    resource="email",
    method_name="send",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="EmailSendRequest",
)


EMAIL_CHECK = OperationMeta(
    operation_id="email_check",
    method="POST",
    path="/v3/email/check/",
    host="verification",
    resource="email",
    method_name="check",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="EmailCheckRequest",
)


class EmailResource:
    """``client.email``: send, check."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def send(
        self,
        *,
        email: str,
        options: EmailSendOptions | Mapping[str, Any] | None = None,
        signals: RequestSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EmailSendResponse:
        """Send an email code.

        Send an email code as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/email/send/``.

        Args:
          email: ``str``.
          options: ``EmailSendOptions | Mapping[str, Any]``.
          signals: ``RequestSignals | Mapping[str, Any]``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``EmailSendResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.email.send(email=…)``
        """
        try:
            body = unstructure_EmailSendRequest(
                EmailSendRequest(
                    email=email,
                    options=options,
                    signals=signals,
                    vendor_data=vendor_data,
                    metadata=metadata,
                )
            )
            validate_EmailSendRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = EMAIL_SEND.method, EMAIL_SEND.path
            raise
        data = await self._transport.request(
            EMAIL_SEND,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_EmailSendResponse(data) if data.__class__ is dict else data

    async def check(
        self,
        *,
        email: str,
        code: str,
        duplicated_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        breached_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        disposable_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        undeliverable_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        enable_social: bool | None = None,
        email_no_social_presence_action: Literal["NO_ACTION", "DECLINE"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EmailCheckResponse:
        """Check an email code.

        Check an email code as a standalone check (billed per call; 402/403 when the balance
        does not cover it).

        ``POST /v3/email/check/``.

        Args:
          email: ``str``.
          code: ``str``.
          duplicated_email_action: one of NO_ACTION, DECLINE.
          breached_email_action: one of NO_ACTION, DECLINE.
          disposable_email_action: one of NO_ACTION, DECLINE.
          undeliverable_email_action: one of NO_ACTION, DECLINE.
          enable_social: ``bool``.
          email_no_social_presence_action: one of NO_ACTION, DECLINE.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``EmailCheckResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.email.check(email=…, code=…)``
        """
        try:
            body = unstructure_EmailCheckRequest(
                EmailCheckRequest(
                    email=email,
                    code=code,
                    duplicated_email_action=duplicated_email_action,
                    breached_email_action=breached_email_action,
                    disposable_email_action=disposable_email_action,
                    undeliverable_email_action=undeliverable_email_action,
                    enable_social=enable_social,
                    email_no_social_presence_action=email_no_social_presence_action,
                )
            )
            validate_EmailCheckRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = EMAIL_CHECK.method, EMAIL_CHECK.path
            raise
        data = await self._transport.request(
            EMAIL_CHECK,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_EmailCheckResponse(data) if data.__class__ is dict else data


class SyncEmailResource:
    """``client.email`` of ``Didit``: send, check (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: EmailResource) -> None:
        self._runner = runner
        self._async = resource

    def send(
        self,
        *,
        email: str,
        options: EmailSendOptions | Mapping[str, Any] | None = None,
        signals: RequestSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EmailSendResponse:
        """Send an email code.

        Send an email code as a standalone check (billed per call; 402/403 when the balance does
        not cover it).

        ``POST /v3/email/send/``. Blocks until Didit answers.

        Args:
          email: ``str``.
          options: ``EmailSendOptions | Mapping[str, Any]``.
          signals: ``RequestSignals | Mapping[str, Any]``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``EmailSendResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.email.send(email=…)``
        """
        return self._runner.call(
            self._async.send,
            email=email,
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
        email: str,
        code: str,
        duplicated_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        breached_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        disposable_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        undeliverable_email_action: CheckAction | Literal["NO_ACTION", "DECLINE"] | None = None,
        enable_social: bool | None = None,
        email_no_social_presence_action: Literal["NO_ACTION", "DECLINE"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EmailCheckResponse:
        """Check an email code.

        Check an email code as a standalone check (billed per call; 402/403 when the balance
        does not cover it).

        ``POST /v3/email/check/``. Blocks until Didit answers.

        Args:
          email: ``str``.
          code: ``str``.
          duplicated_email_action: one of NO_ACTION, DECLINE.
          breached_email_action: one of NO_ACTION, DECLINE.
          disposable_email_action: one of NO_ACTION, DECLINE.
          undeliverable_email_action: one of NO_ACTION, DECLINE.
          enable_social: ``bool``.
          email_no_social_presence_action: one of NO_ACTION, DECLINE.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``EmailCheckResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.email.check(email=…, code=…)``
        """
        return self._runner.call(
            self._async.check,
            email=email,
            code=code,
            duplicated_email_action=duplicated_email_action,
            breached_email_action=breached_email_action,
            disposable_email_action=disposable_email_action,
            undeliverable_email_action=undeliverable_email_action,
            enable_social=enable_social,
            email_no_social_presence_action=email_no_social_presence_action,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
