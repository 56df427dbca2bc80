# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.wallet_screening``, async and blocking.

Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
first; each method checks its arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), builds the body through its request
model and calls the transport with that constant. The ``Sync*`` class is the blocking
twin for ``Didit``: the same arguments, run through the client's runner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from didit_async._seam import (
    NOT_GIVEN,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
)
from didit_async._sync_seam import SyncRunner

from .._codec.wallet_screening__generate_pdf import (
    unstructure_WalletScreeningReportRequest,
    validate_WalletScreeningReportRequest,
)
from .._codec.wallet_screening__screen import (
    structure_WalletScreeningResult,
    unstructure_WalletScreeningRequest,
    validate_WalletScreeningRequest,
)
from ..models.wallet_screening__generate_pdf import (
    WalletScreeningReportCounterparty,
    WalletScreeningReportFundFlow,
    WalletScreeningReportRequest,
    WalletScreeningReportRiskFactor,
)
from ..models.wallet_screening__screen import WalletScreeningRequest, WalletScreeningResult

__all__ = [
    "SyncWalletScreeningResource",
    "WALLET_SCREENING_GENERATE_PDF",
    "WALLET_SCREENING_SCREEN",
    "WalletScreeningResource",
]


WALLET_SCREENING_SCREEN = OperationMeta(
    operation_id="wallet_screening_screen",
    method="POST",
    path="/v3/wallet-screening/",
    host="verification",
    resource="wallet_screening",
    method_name="screen",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="WalletScreeningRequest",
)


WALLET_SCREENING_GENERATE_PDF = OperationMeta(
    operation_id="wallet_screening_generate_pdf",
    method="POST",
    path="/v3/wallet-screening/pdf/",
    host="verification",
    resource="wallet_screening",
    method_name="generate_pdf",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    response_kind="binary",
    request_kind="json",
    request_schema="WalletScreeningReportRequest",
)


class WalletScreeningResource:
    """``client.wallet_screening``: screen, generate_pdf."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def screen(
        self,
        *,
        wallet_address: str,
        blockchain: Literal[
            "BTC",
            "ETH",
            "LTC",
            "XRP",
            "BCH",
            "DOGE",
            "TRX",
            "SOL",
            "MATIC",
            "BNB",
            "USDT",
            "USDC",
            "LIGHTNING",
        ],
        direction: Literal["inbound", "outbound", "deposit", "withdrawal"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WalletScreeningResult:
        """Screen a wallet address.

        AML risk of one crypto address without creating a transaction: risk score, severity,
        sanctions hit, sources and destinations of funds. Answers 409 when transaction
        monitoring has no provider key configured.

        ``POST /v3/wallet-screening/``.

        Args:
          wallet_address: Must match the chain's address format.
          blockchain: one of BTC, ETH, LTC, XRP, BCH, DOGE, ....
          direction: one of inbound, outbound, deposit, withdrawal.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WalletScreeningResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.wallet_screening.screen(wallet_address=…,
        blockchain=…)``
        """
        try:
            body = unstructure_WalletScreeningRequest(
                WalletScreeningRequest(
                    wallet_address=wallet_address, blockchain=blockchain, direction=direction
                )
            )
            validate_WalletScreeningRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = WALLET_SCREENING_SCREEN.method, WALLET_SCREENING_SCREEN.path
            raise
        data = await self._transport.request(
            WALLET_SCREENING_SCREEN,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_WalletScreeningResult(data) if data.__class__ is dict else data

    async def generate_pdf(
        self,
        *,
        provider: str,
        screening_type: Literal["WALLET_SCREENING"],
        risk_score: int,
        severity: Literal["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"],
        status: Literal["SCREENED", "PENDING", "ERROR"],
        summary: str,
        wallet_address: str,
        blockchain: str,
        sanctions_hit: bool,
        dominant_risk_category: str | None,
        source_of_funds: Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]],
        destination_of_funds: Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]],
        counterparty_connections: Sequence[WalletScreeningReportCounterparty | Mapping[str, Any]],
        report_signature: str,
        risk_factors: Sequence[WalletScreeningReportRiskFactor | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Generate a wallet screening report (PDF).

        Render a wallet screening result as a PDF report. Send the screening result as it was
        returned, with its `report_signature`: Didit checks the signature, so a result edited
        after screening is refused (400).

        ``POST /v3/wallet-screening/pdf/``.

        Args:
          provider: ``str``.
          screening_type: one of WALLET_SCREENING.
          risk_score: ``int``.
          severity: one of UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL.
          status: one of SCREENED, PENDING, ERROR.
          summary: ``str``.
          wallet_address: ``str``.
          blockchain: ``str``.
          sanctions_hit: ``bool``.
          dominant_risk_category: ``str | None``.
          source_of_funds: ``Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]]``.
          destination_of_funds: ``Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]]``.
          counterparty_connections: see the signature.
          report_signature: ``str``.
          risk_factors: see the signature.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: the file's bytes.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``content = await client.wallet_screening.generate_pdf(provider=…,
        screening_type=…, risk_score=…, severity=…, status=…, summary=…, wallet_address=…,
        blockchain=…, sanctions_hit=…, dominant_risk_category=…, source_of_funds=…,
        destination_of_funds=…, counterparty_connections=…, report_signature=…)``
        """
        try:
            body = unstructure_WalletScreeningReportRequest(
                WalletScreeningReportRequest(
                    provider=provider,
                    screening_type=screening_type,
                    risk_score=risk_score,
                    severity=severity,
                    status=status,
                    summary=summary,
                    wallet_address=wallet_address,
                    blockchain=blockchain,
                    sanctions_hit=sanctions_hit,
                    dominant_risk_category=dominant_risk_category,
                    risk_factors=risk_factors,
                    source_of_funds=source_of_funds,
                    destination_of_funds=destination_of_funds,
                    counterparty_connections=counterparty_connections,
                    report_signature=report_signature,
                )
            )
            validate_WalletScreeningReportRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                WALLET_SCREENING_GENERATE_PDF.method,
                WALLET_SCREENING_GENERATE_PDF.path,
            )
            raise
        return bytes(
            await self._transport.request(
                WALLET_SCREENING_GENERATE_PDF,
                json=body,
                extra_body=extra_body,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )


class SyncWalletScreeningResource:
    """``client.wallet_screening`` of ``Didit``: screen, generate_pdf (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: WalletScreeningResource) -> None:
        self._runner = runner
        self._async = resource

    def screen(
        self,
        *,
        wallet_address: str,
        blockchain: Literal[
            "BTC",
            "ETH",
            "LTC",
            "XRP",
            "BCH",
            "DOGE",
            "TRX",
            "SOL",
            "MATIC",
            "BNB",
            "USDT",
            "USDC",
            "LIGHTNING",
        ],
        direction: Literal["inbound", "outbound", "deposit", "withdrawal"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> WalletScreeningResult:
        """Screen a wallet address.

        AML risk of one crypto address without creating a transaction: risk score, severity,
        sanctions hit, sources and destinations of funds. Answers 409 when transaction
        monitoring has no provider key configured.

        ``POST /v3/wallet-screening/``. Blocks until Didit answers.

        Args:
          wallet_address: Must match the chain's address format.
          blockchain: one of BTC, ETH, LTC, XRP, BCH, DOGE, ....
          direction: one of inbound, outbound, deposit, withdrawal.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``WalletScreeningResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = client.wallet_screening.screen(wallet_address=…, blockchain=…)``
        """
        return self._runner.call(
            self._async.screen,
            wallet_address=wallet_address,
            blockchain=blockchain,
            direction=direction,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def generate_pdf(
        self,
        *,
        provider: str,
        screening_type: Literal["WALLET_SCREENING"],
        risk_score: int,
        severity: Literal["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"],
        status: Literal["SCREENED", "PENDING", "ERROR"],
        summary: str,
        wallet_address: str,
        blockchain: str,
        sanctions_hit: bool,
        dominant_risk_category: str | None,
        source_of_funds: Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]],
        destination_of_funds: Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]],
        counterparty_connections: Sequence[WalletScreeningReportCounterparty | Mapping[str, Any]],
        report_signature: str,
        risk_factors: Sequence[WalletScreeningReportRiskFactor | Mapping[str, Any]] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        """Generate a wallet screening report (PDF).

        Render a wallet screening result as a PDF report. Send the screening result as it was
        returned, with its `report_signature`: Didit checks the signature, so a result edited
        after screening is refused (400).

        ``POST /v3/wallet-screening/pdf/``. Blocks until Didit answers.

        Args:
          provider: ``str``.
          screening_type: one of WALLET_SCREENING.
          risk_score: ``int``.
          severity: one of UNKNOWN, LOW, MEDIUM, HIGH, CRITICAL.
          status: one of SCREENED, PENDING, ERROR.
          summary: ``str``.
          wallet_address: ``str``.
          blockchain: ``str``.
          sanctions_hit: ``bool``.
          dominant_risk_category: ``str | None``.
          source_of_funds: ``Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]]``.
          destination_of_funds: ``Sequence[WalletScreeningReportFundFlow | Mapping[str, Any]]``.
          counterparty_connections: see the signature.
          report_signature: ``str``.
          risk_factors: see the signature.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: the file's bytes.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``content = client.wallet_screening.generate_pdf(provider=…, screening_type=…,
        risk_score=…, severity=…, status=…, summary=…, wallet_address=…, blockchain=…,
        sanctions_hit=…, dominant_risk_category=…, source_of_funds=…, destination_of_funds=…,
        counterparty_connections=…, report_signature=…)``
        """
        return self._runner.call(
            self._async.generate_pdf,
            provider=provider,
            screening_type=screening_type,
            risk_score=risk_score,
            severity=severity,
            status=status,
            summary=summary,
            wallet_address=wallet_address,
            blockchain=blockchain,
            sanctions_hit=sanctions_hit,
            dominant_risk_category=dominant_risk_category,
            source_of_funds=source_of_funds,
            destination_of_funds=destination_of_funds,
            counterparty_connections=counterparty_connections,
            report_signature=report_signature,
            risk_factors=risk_factors,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
