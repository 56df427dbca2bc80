# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.aml``, async and blocking.

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
    path_param,
)
from didit_async._sync_seam import SyncRunner

from .._codec.aml__screen import structure_AmlResponse, unstructure_AmlRequest, validate_AmlRequest
from .._codec.shared__aml_businesses_users import structure_AmlMonitoringJob
from ..models.aml__screen import AmlRequest, AmlResponse
from ..models.shared__aml_businesses_users import AmlMonitoringJob

__all__ = ["AML_RETRIEVE_MONITORING_JOB", "AML_SCREEN", "AmlResource", "SyncAmlResource"]


AML_SCREEN = OperationMeta(
    operation_id="aml_screen",
    method="POST",
    path="/v3/aml/",
    host="verification",
    resource="aml",
    method_name="screen",
    idempotency=Idempotency("key_header", "Idempotency-Key"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="AmlRequest",
)


AML_RETRIEVE_MONITORING_JOB = OperationMeta(
    operation_id="aml_retrieve_monitoring_job",
    method="GET",
    path="/v3/aml-monitoring/jobs/{job_id}/",
    host="verification",
    resource="aml",
    method_name="retrieve_monitoring_job",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
)


class AmlResource:
    """``client.aml``: screen, retrieve_monitoring_job."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def screen(
        self,
        *,
        full_name: str,
        date_of_birth: str | None = None,
        nationality: str | None = None,
        document_number: str | None = None,
        entity_type: Literal["person", "company"] | None = None,
        aml_name_weight: int | None = None,
        aml_dob_weight: int | None = None,
        aml_country_weight: int | None = None,
        aml_match_score_threshold: int | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        include_adverse_media: bool | None = None,
        include_ongoing_monitoring: bool | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        aml_score_approve_threshold: float | None = None,
        aml_score_review_threshold: float | None = None,
        sandbox_scenario: str | None = None,
        idempotency_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlResponse:
        """Screen a person or company (AML).

        Screens against sanctions, PEP and adverse-media lists. Send an `Idempotency-Key` (≤255
        characters) to make retries safe: the same key and body replay the stored response; the
        same key with another body answers 409.

        ``POST /v3/aml/``.

        Args:
          full_name: ``str``.
          date_of_birth: ``str``.
          nationality: Alpha-3.
          document_number: ``str``.
          entity_type: one of person, company.
          aml_name_weight: ``int``.
          aml_dob_weight: ``int``.
          aml_country_weight: ``int``.
          aml_match_score_threshold: ``int``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          include_adverse_media: ``bool``.
          include_ongoing_monitoring: Enrol the entity in ongoing monitoring.
          metadata: ``Mapping[str, Any] | None``.
          aml_score_approve_threshold: ``float``.
          aml_score_review_threshold: ``float``.
          sandbox_scenario: ``str``.
          idempotency_key: Makes the call safe to retry.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.aml.screen(full_name=…)``
        """
        try:
            headers: dict[str, Any] = {}
            if idempotency_key is not None:
                if not isinstance(idempotency_key, str):
                    raise DiditValidationError(
                        "idempotency_key",
                        "type",
                        "must be a string, not " + type(idempotency_key).__name__,
                    )
                if len(idempotency_key) < 1:
                    raise DiditValidationError(
                        "idempotency_key", "min_length", "must have at least 1 characters"
                    )
                if len(idempotency_key) > 255:
                    raise DiditValidationError(
                        "idempotency_key", "max_length", "must have at most 255 characters"
                    )
                headers["Idempotency-Key"] = idempotency_key
            body = unstructure_AmlRequest(
                AmlRequest(
                    full_name=full_name,
                    date_of_birth=date_of_birth,
                    nationality=nationality,
                    document_number=document_number,
                    entity_type=entity_type,
                    aml_name_weight=aml_name_weight,
                    aml_dob_weight=aml_dob_weight,
                    aml_country_weight=aml_country_weight,
                    aml_match_score_threshold=aml_match_score_threshold,
                    save_api_request=save_api_request,
                    vendor_data=vendor_data,
                    include_adverse_media=include_adverse_media,
                    include_ongoing_monitoring=include_ongoing_monitoring,
                    metadata=metadata,
                    aml_score_approve_threshold=aml_score_approve_threshold,
                    aml_score_review_threshold=aml_score_review_threshold,
                    sandbox_scenario=sandbox_scenario,
                )
            )
            validate_AmlRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = AML_SCREEN.method, AML_SCREEN.path
            raise
        data = await self._transport.request(
            AML_SCREEN,
            headers=headers,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AmlResponse(data) if data.__class__ is dict else data

    async def retrieve_monitoring_job(
        self,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringJob:
        """Retrieve an AML monitoring job.

        Progress of a monitoring toggle job: its status, how many entities it processed, the
        outcome counts and the outcome per entity.

        ``GET /v3/aml-monitoring/jobs/{job_id}/``.

        Args:
          job_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = await client.aml.retrieve_monitoring_job("…")``
        """
        try:
            path_param("job_id", job_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                AML_RETRIEVE_MONITORING_JOB.method,
                AML_RETRIEVE_MONITORING_JOB.path,
            )
            raise
        data = await self._transport.request(
            AML_RETRIEVE_MONITORING_JOB,
            path_params={"job_id": job_id},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_AmlMonitoringJob(data) if data.__class__ is dict else data


class SyncAmlResource:
    """``client.aml`` of ``Didit``: screen, retrieve_monitoring_job (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: AmlResource) -> None:
        self._runner = runner
        self._async = resource

    def screen(
        self,
        *,
        full_name: str,
        date_of_birth: str | None = None,
        nationality: str | None = None,
        document_number: str | None = None,
        entity_type: Literal["person", "company"] | None = None,
        aml_name_weight: int | None = None,
        aml_dob_weight: int | None = None,
        aml_country_weight: int | None = None,
        aml_match_score_threshold: int | None = None,
        save_api_request: bool | None = None,
        vendor_data: str | None = None,
        include_adverse_media: bool | None = None,
        include_ongoing_monitoring: bool | None = None,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
        aml_score_approve_threshold: float | None = None,
        aml_score_review_threshold: float | None = None,
        sandbox_scenario: str | None = None,
        idempotency_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlResponse:
        """Screen a person or company (AML).

        Screens against sanctions, PEP and adverse-media lists. Send an `Idempotency-Key` (≤255
        characters) to make retries safe: the same key and body replay the stored response; the
        same key with another body answers 409.

        ``POST /v3/aml/``. Blocks until Didit answers.

        Args:
          full_name: ``str``.
          date_of_birth: ``str``.
          nationality: Alpha-3.
          document_number: ``str``.
          entity_type: one of person, company.
          aml_name_weight: ``int``.
          aml_dob_weight: ``int``.
          aml_country_weight: ``int``.
          aml_match_score_threshold: ``int``.
          save_api_request: Store the call as a manual check in the Console.
          vendor_data: ``str``.
          include_adverse_media: ``bool``.
          include_ongoing_monitoring: Enrol the entity in ongoing monitoring.
          metadata: ``Mapping[str, Any] | None``.
          aml_score_approve_threshold: ``float``.
          aml_score_review_threshold: ``float``.
          sandbox_scenario: ``str``.
          idempotency_key: Makes the call safe to retry.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.aml.screen(full_name=…)``
        """
        return self._runner.call(
            self._async.screen,
            full_name=full_name,
            date_of_birth=date_of_birth,
            nationality=nationality,
            document_number=document_number,
            entity_type=entity_type,
            aml_name_weight=aml_name_weight,
            aml_dob_weight=aml_dob_weight,
            aml_country_weight=aml_country_weight,
            aml_match_score_threshold=aml_match_score_threshold,
            save_api_request=save_api_request,
            vendor_data=vendor_data,
            include_adverse_media=include_adverse_media,
            include_ongoing_monitoring=include_ongoing_monitoring,
            metadata=metadata,
            aml_score_approve_threshold=aml_score_approve_threshold,
            aml_score_review_threshold=aml_score_review_threshold,
            sandbox_scenario=sandbox_scenario,
            idempotency_key=idempotency_key,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve_monitoring_job(
        self,
        job_id: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AmlMonitoringJob:
        """Retrieve an AML monitoring job.

        Progress of a monitoring toggle job: its status, how many entities it processed, the
        outcome counts and the outcome per entity.

        ``GET /v3/aml-monitoring/jobs/{job_id}/``. Blocks until Didit answers.

        Args:
          job_id: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AmlMonitoringJob``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``job = client.aml.retrieve_monitoring_job("…")``
        """
        return self._runner.call(
            self._async.retrieve_monitoring_job,
            job_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
