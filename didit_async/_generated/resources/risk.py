# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.risk``, async and blocking.

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
)
from didit_async._sync_seam import SyncRunner

from .._codec.risk__email import (
    structure_EmailRiskResponse,
    unstructure_EmailRiskRequest,
    validate_EmailRiskRequest,
)
from .._codec.risk__ip import (
    structure_IpRiskResponse,
    unstructure_IpRiskRequest,
    validate_IpRiskRequest,
)
from .._codec.risk__phone import (
    structure_PhoneRiskResponse,
    unstructure_PhoneRiskRequest,
    validate_PhoneRiskRequest,
)
from ..models.risk__email import EmailRiskRequest, EmailRiskResponse
from ..models.risk__email__phone import RiskSignals
from ..models.risk__ip import IpRiskRequest, IpRiskResponse
from ..models.risk__phone import PhoneRiskRequest, PhoneRiskResponse

__all__ = ["RISK_EMAIL", "RISK_IP", "RISK_PHONE", "RiskResource", "SyncRiskResource"]


RISK_EMAIL = OperationMeta(
    operation_id="risk_email",
    method="POST",
    path="/v3/email/risk/",
    host="verification",
    resource="risk",
    method_name="email",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="EmailRiskRequest",
)


RISK_IP = OperationMeta(
    operation_id="risk_ip",
    method="POST",
    path="/v3/ip/risk/",
    host="verification",
    resource="risk",
    method_name="ip",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="IpRiskRequest",
)


RISK_PHONE = OperationMeta(
    operation_id="risk_phone",
    method="POST",
    path="/v3/phone/risk/",
    host="verification",
    resource="risk",
    method_name="phone",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("phone-risk-number", "generic-write"),
    request_kind="json",
    request_schema="PhoneRiskRequest",
)


class RiskResource:
    """``client.risk``: email, ip, phone."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def email(
        self,
        *,
        email: str,
        country_code: str | None = None,
        signals: RiskSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        enable_social: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EmailRiskResponse:
        """Score an email address.

        Risk-score an email address without a session: deliverability, disposable and breached
        flags, the domain, social footprint and matches with your other users. Billed per call.

        ``POST /v3/email/risk/``.

        Args:
          email: ``str``.
          country_code: ``str``.
          signals: ``RiskSignals | Mapping[str, Any]``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          enable_social: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``EmailRiskResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.risk.email(email=…)``
        """
        try:
            body = unstructure_EmailRiskRequest(
                EmailRiskRequest(
                    email=email,
                    country_code=country_code,
                    signals=signals,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    enable_social=enable_social,
                )
            )
            validate_EmailRiskRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = RISK_EMAIL.method, RISK_EMAIL.path
            raise
        data = await self._transport.request(
            RISK_EMAIL,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_EmailRiskResponse(data) if data.__class__ is dict else data

    async def ip(
        self,
        *,
        ip_address: str,
        claimed_country: str | None = None,
        user_agent: str | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IpRiskResponse:
        """Score an IP address.

        Risk-score an IP address without a session: location, VPN, proxy, Tor and data-centre
        flags. Billed per call.

        ``POST /v3/ip/risk/``.

        Args:
          ip_address: ``str``.
          claimed_country: ``str``.
          user_agent: ``str``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``IpRiskResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.risk.ip(ip_address=…)``
        """
        try:
            body = unstructure_IpRiskRequest(
                IpRiskRequest(
                    ip_address=ip_address,
                    claimed_country=claimed_country,
                    user_agent=user_agent,
                    vendor_data=vendor_data,
                    metadata=metadata,
                )
            )
            validate_IpRiskRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = RISK_IP.method, RISK_IP.path
            raise
        data = await self._transport.request(
            RISK_IP,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_IpRiskResponse(data) if data.__class__ is dict else data

    async def phone(
        self,
        *,
        phone_number: str,
        country_code: str | None = None,
        signals: RiskSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        enable_social: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneRiskResponse:
        """Score a phone number.

        Risk-score a phone number without a session: carrier, line type, disposable and VoIP
        flags, social footprint and matches with your other users. Didit caps scoring at 4
        attempts per number per hour (scope phone-risk-number, which the client honours before
        sending). Billed per call.

        ``POST /v3/phone/risk/``.

        Args:
          phone_number: ``str``.
          country_code: ``str``.
          signals: ``RiskSignals | Mapping[str, Any]``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          enable_social: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PhoneRiskResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.risk.phone(phone_number=…)``
        """
        try:
            body = unstructure_PhoneRiskRequest(
                PhoneRiskRequest(
                    phone_number=phone_number,
                    country_code=country_code,
                    signals=signals,
                    vendor_data=vendor_data,
                    metadata=metadata,
                    enable_social=enable_social,
                )
            )
            validate_PhoneRiskRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = RISK_PHONE.method, RISK_PHONE.path
            raise
        data = await self._transport.request(
            RISK_PHONE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_PhoneRiskResponse(data) if data.__class__ is dict else data


class SyncRiskResource:
    """``client.risk`` of ``Didit``: email, ip, phone (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: RiskResource) -> None:
        self._runner = runner
        self._async = resource

    def email(
        self,
        *,
        email: str,
        country_code: str | None = None,
        signals: RiskSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        enable_social: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EmailRiskResponse:
        """Score an email address.

        Risk-score an email address without a session: deliverability, disposable and breached
        flags, the domain, social footprint and matches with your other users. Billed per call.

        ``POST /v3/email/risk/``. Blocks until Didit answers.

        Args:
          email: ``str``.
          country_code: ``str``.
          signals: ``RiskSignals | Mapping[str, Any]``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          enable_social: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``EmailRiskResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.risk.email(email=…)``
        """
        return self._runner.call(
            self._async.email,
            email=email,
            country_code=country_code,
            signals=signals,
            vendor_data=vendor_data,
            metadata=metadata,
            enable_social=enable_social,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def ip(
        self,
        *,
        ip_address: str,
        claimed_country: str | None = None,
        user_agent: str | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IpRiskResponse:
        """Score an IP address.

        Risk-score an IP address without a session: location, VPN, proxy, Tor and data-centre
        flags. Billed per call.

        ``POST /v3/ip/risk/``. Blocks until Didit answers.

        Args:
          ip_address: ``str``.
          claimed_country: ``str``.
          user_agent: ``str``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``IpRiskResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.risk.ip(ip_address=…)``
        """
        return self._runner.call(
            self._async.ip,
            ip_address=ip_address,
            claimed_country=claimed_country,
            user_agent=user_agent,
            vendor_data=vendor_data,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def phone(
        self,
        *,
        phone_number: str,
        country_code: str | None = None,
        signals: RiskSignals | Mapping[str, Any] | None = None,
        vendor_data: str | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        enable_social: bool | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PhoneRiskResponse:
        """Score a phone number.

        Risk-score a phone number without a session: carrier, line type, disposable and VoIP
        flags, social footprint and matches with your other users. Didit caps scoring at 4
        attempts per number per hour (scope phone-risk-number, which the client honours before
        sending). Billed per call.

        ``POST /v3/phone/risk/``. Blocks until Didit answers.

        Args:
          phone_number: ``str``.
          country_code: ``str``.
          signals: ``RiskSignals | Mapping[str, Any]``.
          vendor_data: ``str``.
          metadata: ``Mapping[str, Any] | None``.
          enable_social: ``bool``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``PhoneRiskResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.risk.phone(phone_number=…)``
        """
        return self._runner.call(
            self._async.phone,
            phone_number=phone_number,
            country_code=country_code,
            signals=signals,
            vendor_data=vendor_data,
            metadata=metadata,
            enable_social=enable_social,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
