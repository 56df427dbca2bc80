# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.cases.notes``, async and blocking.

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
    AsyncPaginator,
    DiditValidationError,
    FileInput,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec.cases import structure_CaseNote
from .._codec.cases_notes__create import (
    unstructure_CaseNoteCreateRequest,
    validate_CaseNoteCreateRequest,
)
from .._codec.cases_notes__get_attachment_url import structure_CaseNoteAttachmentUrl
from .._codec.cases_notes__upload_attachment import (
    structure_CaseNoteAttachmentUpload,
    unstructure_CaseNoteAttachmentUploadRequest,
    validate_CaseNoteAttachmentUploadRequest,
)
from ..models.cases import CaseNote
from ..models.cases_notes__create import CaseNoteAttachmentReference, CaseNoteCreateRequest
from ..models.cases_notes__get_attachment_url import CaseNoteAttachmentUrl
from ..models.cases_notes__upload_attachment import (
    CaseNoteAttachmentUpload,
    CaseNoteAttachmentUploadRequest,
)

__all__ = [
    "CREATE_CASE_NOTE",
    "CasesNotesResource",
    "DELETE_CASE_NOTE",
    "GET_CASE_NOTE_ATTACHMENT_URL",
    "LIST_CASE_NOTES",
    "SyncCasesNotesResource",
    "UPLOAD_CASE_NOTE_ATTACHMENT",
]


LIST_CASE_NOTES = OperationMeta(
    operation_id="list_case_notes",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/notes/",
    host="verification",
    resource="cases.notes",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


CREATE_CASE_NOTE = OperationMeta(
    operation_id="create_case_note",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/notes/",
    host="verification",
    resource="cases.notes",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="CaseNoteCreateRequest",
)


DELETE_CASE_NOTE = OperationMeta(
    operation_id="delete_case_note",
    method="DELETE",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/notes/{note_uuid}/",
    host="verification",
    resource="cases.notes",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    response_kind="empty",
)


GET_CASE_NOTE_ATTACHMENT_URL = OperationMeta(
    operation_id="get_case_note_attachment_url",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/notes/presign/",
    host="verification",
    resource="cases.notes",
    method_name="get_attachment_url",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


UPLOAD_CASE_NOTE_ATTACHMENT = OperationMeta(
    operation_id="upload_case_note_attachment",
    method="POST",
    path="/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/notes/presign/",
    host="verification",
    resource="cases.notes",
    method_name="upload_attachment",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="multipart",
    request_schema="CaseNoteAttachmentUploadRequest",
)


class CasesNotesResource:
    """``client.cases.notes``: list, create, delete, get_attachment_url, upload_attachment."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        case_uuid: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[CaseNote]:
        """List a case's notes.

        Notes on the case, newest first; each attachment carries a short-lived download `url`.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        notes/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[CaseNote]`` (await it for one page, iterate for every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.cases.notes.list("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
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
            exc.method, exc.path = LIST_CASE_NOTES.method, LIST_CASE_NOTES.path
            raise
        return self._transport.paginate(
            LIST_CASE_NOTES,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_CaseNote,
        )

    async def create(
        self,
        case_uuid: str,
        /,
        *,
        comment: str,
        mentioned_emails: Sequence[str] | None = None,
        is_internal: bool | None = None,
        attachments: Sequence[CaseNoteAttachmentReference | Mapping[str, Any]] | None = None,
        tags: Sequence[str] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseNote:
        """Add a note.

        Adds a comment to the case (event `NOTE_ADDED`). Upload files first with
        `client.cases.notes.upload_attachment(...)` and pass what it returns (`s3_key`,
        `filename`, `file_size`) in `attachments`.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /notes/``.

        Args:
          case_uuid: The case's UUID.
          comment: ``str``.
          mentioned_emails: ``Sequence[str]``.
          is_internal: ``bool``.
          attachments: ``Sequence[CaseNoteAttachmentReference | Mapping[str, Any]]``.
          tags: ``Sequence[str]``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseNote``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``note = await client.cases.notes.create("…", comment=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            body = unstructure_CaseNoteCreateRequest(
                CaseNoteCreateRequest(
                    comment=comment,
                    mentioned_emails=mentioned_emails,
                    is_internal=is_internal,
                    attachments=attachments,
                    tags=tags,
                )
            )
            validate_CaseNoteCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = CREATE_CASE_NOTE.method, CREATE_CASE_NOTE.path
            raise
        data = await self._transport.request(
            CREATE_CASE_NOTE,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseNote(data) if data.__class__ is dict else data

    async def delete(
        self,
        case_uuid: str,
        note_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a note.

        Deletes one note of the case.

        ``DELETE /v3/organization/{organization_id}/application/{application_id}/cases/{case_uui
        d}/notes/{note_uuid}/``.

        Args:
          case_uuid: The case's UUID.
          note_uuid: The note's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.cases.notes.delete("…", "…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            path_param("note_uuid", note_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = DELETE_CASE_NOTE.method, DELETE_CASE_NOTE.path
            raise
        await self._transport.request(
            DELETE_CASE_NOTE,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
                "note_uuid": note_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def get_attachment_url(
        self,
        case_uuid: str,
        /,
        *,
        s3_key: str,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseNoteAttachmentUrl:
        """Download URL of an attachment.

        A fresh short-lived download URL for an attachment of this case, by its storage key. 404
        when the key belongs to no file of this case.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        notes/presign/``.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          s3_key: The storage key `upload_attachment` answered.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseNoteAttachmentUrl``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``url = await client.cases.notes.get_attachment_url("…", s3_key=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            query: dict[str, Any] = {}
            if s3_key is not None:
                if not isinstance(s3_key, str):
                    raise DiditValidationError(
                        "s3_key", "type", "must be a string, not " + type(s3_key).__name__
                    )
                query["s3_key"] = s3_key
        except DiditValidationError as exc:
            exc.method, exc.path = (
                GET_CASE_NOTE_ATTACHMENT_URL.method,
                GET_CASE_NOTE_ATTACHMENT_URL.path,
            )
            raise
        data = await self._transport.request(
            GET_CASE_NOTE_ATTACHMENT_URL,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseNoteAttachmentUrl(data) if data.__class__ is dict else data

    async def upload_attachment(
        self,
        case_uuid: str,
        /,
        *,
        file: FileInput,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseNoteAttachmentUpload:
        """Upload a note attachment.

        Stores a file for a note of this case and answers its storage key (`s3_key`) with a
        short-lived download `url`; reference the key in `attachments` when creating the note.
        An empty file answers 400.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /notes/presign/``.

        Args:
          case_uuid: The case's UUID.
          file: ``FileInput``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseNoteAttachmentUpload``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``upload = await client.cases.notes.upload_attachment("…", file=…)``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("case_uuid", case_uuid, uuid=True)
            body = unstructure_CaseNoteAttachmentUploadRequest(
                CaseNoteAttachmentUploadRequest(file=file)
            )
            validate_CaseNoteAttachmentUploadRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                UPLOAD_CASE_NOTE_ATTACHMENT.method,
                UPLOAD_CASE_NOTE_ATTACHMENT.path,
            )
            raise
        files = {k: body.pop(k) for k in ["file"] if k in body}
        data = await self._transport.request(
            UPLOAD_CASE_NOTE_ATTACHMENT,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "case_uuid": case_uuid,
            },
            files=files,
            data=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_CaseNoteAttachmentUpload(data) if data.__class__ is dict else data


class SyncCasesNotesResource:
    """``client.cases.notes`` of ``Didit``: list, create, delete, get_attachment_url, upload_attachment (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: CasesNotesResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        case_uuid: str,
        /,
        *,
        limit: int | None = None,
        offset: int | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[CaseNote]:
        """List a case's notes.

        Notes on the case, newest first; each attachment carries a short-lived download `url`.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        notes/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[CaseNote]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.cases.notes.list("…")``
        """
        return self._runner.paginate(
            self._async.list(
                case_uuid,
                limit=limit,
                offset=offset,
                organization_id=organization_id,
                application_id=application_id,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def create(
        self,
        case_uuid: str,
        /,
        *,
        comment: str,
        mentioned_emails: Sequence[str] | None = None,
        is_internal: bool | None = None,
        attachments: Sequence[CaseNoteAttachmentReference | Mapping[str, Any]] | None = None,
        tags: Sequence[str] | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseNote:
        """Add a note.

        Adds a comment to the case (event `NOTE_ADDED`). Upload files first with
        `client.cases.notes.upload_attachment(...)` and pass what it returns (`s3_key`,
        `filename`, `file_size`) in `attachments`.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /notes/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          comment: ``str``.
          mentioned_emails: ``Sequence[str]``.
          is_internal: ``bool``.
          attachments: ``Sequence[CaseNoteAttachmentReference | Mapping[str, Any]]``.
          tags: ``Sequence[str]``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseNote``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``note = client.cases.notes.create("…", comment=…)``
        """
        return self._runner.call(
            self._async.create,
            case_uuid,
            comment=comment,
            mentioned_emails=mentioned_emails,
            is_internal=is_internal,
            attachments=attachments,
            tags=tags,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        case_uuid: str,
        note_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a note.

        Deletes one note of the case.

        ``DELETE /v3/organization/{organization_id}/application/{application_id}/cases/{case_uui
        d}/notes/{note_uuid}/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          note_uuid: The note's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``client.cases.notes.delete("…", "…")``
        """
        self._runner.call(
            self._async.delete,
            case_uuid,
            note_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def get_attachment_url(
        self,
        case_uuid: str,
        /,
        *,
        s3_key: str,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseNoteAttachmentUrl:
        """Download URL of an attachment.

        A fresh short-lived download URL for an attachment of this case, by its storage key. 404
        when the key belongs to no file of this case.

        ``GET /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/
        notes/presign/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          s3_key: The storage key `upload_attachment` answered.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseNoteAttachmentUrl``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``url = client.cases.notes.get_attachment_url("…", s3_key=…)``
        """
        return self._runner.call(
            self._async.get_attachment_url,
            case_uuid,
            s3_key=s3_key,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def upload_attachment(
        self,
        case_uuid: str,
        /,
        *,
        file: FileInput,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CaseNoteAttachmentUpload:
        """Upload a note attachment.

        Stores a file for a note of this case and answers its storage key (`s3_key`) with a
        short-lived download `url`; reference the key in `attachments` when creating the note.
        An empty file answers 400.

        ``POST /v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}
        /notes/presign/``. Blocks until Didit answers.

        Args:
          case_uuid: The case's UUID.
          file: ``FileInput``.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``CaseNoteAttachmentUpload``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``upload = client.cases.notes.upload_attachment("…", file=…)``
        """
        return self._runner.call(
            self._async.upload_attachment,
            case_uuid,
            file=file,
            organization_id=organization_id,
            application_id=application_id,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
