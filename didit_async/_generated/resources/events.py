# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.events``, async and blocking.

Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
first; each method checks its arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), builds the body through its request
model and calls the transport with that constant. The ``Sync*`` class is the blocking
twin for ``Didit``: the same arguments, run through the client's runner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from didit_async._seam import (
    NOT_GIVEN,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
)
from didit_async._sync_seam import SyncRunner

from .._codec.events__ingest__ingest_batch import (
    structure_IngestedEvent,
    unstructure_EventIngestRequest,
    validate_EventIngestRequest,
)
from .._codec.events__ingest_batch import (
    structure_EventBatchIngestResponse,
    unstructure_EventBatchIngestRequest,
    validate_EventBatchIngestRequest,
)
from ..models.events__ingest__ingest_batch import EventIngestRequest, IngestedEvent
from ..models.events__ingest_batch import EventBatchIngestRequest, EventBatchIngestResponse

__all__ = ["EVENTS_INGEST", "EVENTS_INGEST_BATCH", "EventsResource", "SyncEventsResource"]


EVENTS_INGEST = OperationMeta(
    operation_id="events_ingest",
    method="POST",
    path="/v3/events/",
    host="verification",
    resource="events",
    method_name="ingest",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("ingest-write",),
    request_kind="json",
    request_schema="EventIngestRequest",
)


EVENTS_INGEST_BATCH = OperationMeta(
    operation_id="events_ingest_batch",
    method="POST",
    path="/v3/events/batch/",
    host="verification",
    resource="events",
    method_name="ingest_batch",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("ingest-write",),
    request_kind="json",
    request_schema="EventBatchIngestRequest",
)


class EventsResource:
    """``client.events``: ingest, ingest_batch."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def ingest(
        self,
        *,
        event_type: str,
        event_id: str | None = None,
        vendor_data: str | None = None,
        occurred_at: str | None = None,
        properties: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IngestedEvent:
        """Ingest an event.

        Records one user or business event (a login, a profile change) for monitoring. Didit's
        public material names only the paths and their rate-limit scope (`ingest-write`,
        600/min); the fields are our reading (an event type, the subject's vendor_data, a time
        and free-form properties), and any other field is passed through.

        ``POST /v3/events/``.

        Args:
          event_type: What happened (login, password_change, ...).
          event_id: Your identifier of the event.
          vendor_data: The user or business it concerns.
          occurred_at: ``str``.
          properties: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``IngestedEvent``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``event = await client.events.ingest(event_type=…)``
        """
        try:
            body = unstructure_EventIngestRequest(
                EventIngestRequest(
                    event_type=event_type,
                    event_id=event_id,
                    vendor_data=vendor_data,
                    occurred_at=occurred_at,
                    properties=properties,
                )
            )
            validate_EventIngestRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = EVENTS_INGEST.method, EVENTS_INGEST.path
            raise
        data = await self._transport.request(
            EVENTS_INGEST,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_IngestedEvent(data) if data.__class__ is dict else data

    async def ingest_batch(
        self,
        *,
        events: Sequence[EventIngestRequest | Mapping[str, Any]],
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EventBatchIngestResponse:
        """Ingest events in bulk.

        Records several events in one request (one request against `ingest-write`). Didit's
        public material names only the paths and their rate-limit scope (`ingest-write`,
        600/min); the fields are our reading (an event type, the subject's vendor_data, a time
        and free-form properties), and any other field is passed through. Answer read as
        `{accepted, results}`.

        ``POST /v3/events/batch/``.

        Args:
          events: ``Sequence[EventIngestRequest | Mapping[str, Any]]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``EventBatchIngestResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = await client.events.ingest_batch(events=…)``
        """
        try:
            body = unstructure_EventBatchIngestRequest(EventBatchIngestRequest(events=events))
            validate_EventBatchIngestRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = EVENTS_INGEST_BATCH.method, EVENTS_INGEST_BATCH.path
            raise
        data = await self._transport.request(
            EVENTS_INGEST_BATCH,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_EventBatchIngestResponse(data) if data.__class__ is dict else data


class SyncEventsResource:
    """``client.events`` of ``Didit``: ingest, ingest_batch (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: EventsResource) -> None:
        self._runner = runner
        self._async = resource

    def ingest(
        self,
        *,
        event_type: str,
        event_id: str | None = None,
        vendor_data: str | None = None,
        occurred_at: str | None = None,
        properties: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> IngestedEvent:
        """Ingest an event.

        Records one user or business event (a login, a profile change) for monitoring. Didit's
        public material names only the paths and their rate-limit scope (`ingest-write`,
        600/min); the fields are our reading (an event type, the subject's vendor_data, a time
        and free-form properties), and any other field is passed through.

        ``POST /v3/events/``. Blocks until Didit answers.

        Args:
          event_type: What happened (login, password_change, ...).
          event_id: Your identifier of the event.
          vendor_data: The user or business it concerns.
          occurred_at: ``str``.
          properties: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``IngestedEvent``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``event = client.events.ingest(event_type=…)``
        """
        return self._runner.call(
            self._async.ingest,
            event_type=event_type,
            event_id=event_id,
            vendor_data=vendor_data,
            occurred_at=occurred_at,
            properties=properties,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def ingest_batch(
        self,
        *,
        events: Sequence[EventIngestRequest | Mapping[str, Any]],
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> EventBatchIngestResponse:
        """Ingest events in bulk.

        Records several events in one request (one request against `ingest-write`). Didit's
        public material names only the paths and their rate-limit scope (`ingest-write`,
        600/min); the fields are our reading (an event type, the subject's vendor_data, a time
        and free-form properties), and any other field is passed through. Answer read as
        `{accepted, results}`.

        ``POST /v3/events/batch/``. Blocks until Didit answers.

        Args:
          events: ``Sequence[EventIngestRequest | Mapping[str, Any]]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``EventBatchIngestResponse``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``response = client.events.ingest_batch(events=…)``
        """
        return self._runner.call(
            self._async.ingest_batch,
            events=events,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
