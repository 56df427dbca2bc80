# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.questionnaires``, async and blocking.

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
    UNSET,
    AsyncPaginator,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    Unset,
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec.questionnaires import structure_Questionnaire
from .._codec.questionnaires__create import (
    unstructure_QuestionnaireCreateRequest,
    validate_QuestionnaireCreateRequest,
)
from .._codec.questionnaires__update import (
    unstructure_QuestionnaireUpdateRequest,
    validate_QuestionnaireUpdateRequest,
)
from ..models.questionnaires import Questionnaire
from ..models.questionnaires__create import QuestionnaireCreateRequest
from ..models.questionnaires__create__update import QuestionnaireFormElement, QuestionnaireQuestion
from ..models.questionnaires__update import QuestionnaireUpdateRequest

__all__ = [
    "QUESTIONNAIRES_CREATE",
    "QUESTIONNAIRES_DELETE",
    "QUESTIONNAIRES_LIST",
    "QUESTIONNAIRES_RETRIEVE",
    "QUESTIONNAIRES_UPDATE",
    "QuestionnairesResource",
    "SyncQuestionnairesResource",
]


QUESTIONNAIRES_LIST = OperationMeta(
    operation_id="questionnaires_list",
    method="GET",
    path="/v3/questionnaires/",
    host="apx",
    resource="questionnaires",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


QUESTIONNAIRES_CREATE = OperationMeta(
    operation_id="questionnaires_create",
    method="POST",
    path="/v3/questionnaires/",
    host="apx",
    resource="questionnaires",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="QuestionnaireCreateRequest",
)


QUESTIONNAIRES_RETRIEVE = OperationMeta(
    operation_id="questionnaires_retrieve",
    method="GET",
    path="/v3/questionnaires/{questionnaire_uuid}/",
    host="apx",
    resource="questionnaires",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


QUESTIONNAIRES_UPDATE = OperationMeta(
    operation_id="questionnaires_update",
    method="PATCH",
    path="/v3/questionnaires/{questionnaire_uuid}/",
    host="apx",
    resource="questionnaires",
    method_name="update",
    idempotency=Idempotency("never"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="QuestionnaireUpdateRequest",
)


QUESTIONNAIRES_DELETE = OperationMeta(
    operation_id="questionnaires_delete",
    method="DELETE",
    path="/v3/questionnaires/{questionnaire_uuid}/",
    host="apx",
    resource="questionnaires",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-write",),
    response_kind="empty",
)


class QuestionnairesResource:
    """``client.questionnaires``: list, create, retrieve, update, delete."""

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
    ) -> AsyncPaginator[Questionnaire]:
        """List questionnaires.

        All questionnaires (a plain array; the docs do not show paging). Paginated like every
        other list (Didit's published schema); a bare array, as older answers were, is read as
        one page.

        ``GET /v3/questionnaires/``.

        Args:
          limit: Items per page.
          offset: Items to skip.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[Questionnaire]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.questionnaires.list()``
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
            exc.method, exc.path = QUESTIONNAIRES_LIST.method, QUESTIONNAIRES_LIST.path
            raise
        return self._transport.paginate(
            QUESTIONNAIRES_LIST,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_Questionnaire,
        )

    async def create(
        self,
        *,
        title: str,
        description: str | None | Unset = UNSET,
        default_language: str | None = None,
        languages: Sequence[str] | None = None,
        form_elements: Sequence[QuestionnaireFormElement | Mapping[str, Any]] | None = None,
        questions: Sequence[QuestionnaireQuestion | Mapping[str, Any]] | None = None,
        is_active: bool | None = None,
        status: Literal["draft", "published"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Questionnaire:
        """Create a questionnaire.

        A form shown during verification.

        ``POST /v3/questionnaires/``.

        Args:
          title: ``str``.
          description: ``str | None``.
          default_language: ``str``.
          languages: ``Sequence[str]``.
          form_elements: ``Sequence[QuestionnaireFormElement | Mapping[str, Any]]``.
          questions: The question list Didit's current tooling sends (type, text, options,
              optional branching); the older `form_elements` is still accepted.
          is_active: ``bool``.
          status: one of draft, published.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Questionnaire``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``questionnaire = await client.questionnaires.create(title=…)``
        """
        try:
            body = unstructure_QuestionnaireCreateRequest(
                QuestionnaireCreateRequest(
                    title=title,
                    description=description,
                    default_language=default_language,
                    languages=languages,
                    form_elements=form_elements,
                    questions=questions,
                    is_active=is_active,
                    status=status,
                )
            )
            validate_QuestionnaireCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = QUESTIONNAIRES_CREATE.method, QUESTIONNAIRES_CREATE.path
            raise
        data = await self._transport.request(
            QUESTIONNAIRES_CREATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Questionnaire(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        questionnaire_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Questionnaire:
        """Get a questionnaire.

        One questionnaire.

        ``GET /v3/questionnaires/{questionnaire_uuid}/``.

        Args:
          questionnaire_uuid: The questionnaire's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Questionnaire``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``questionnaire = await client.questionnaires.retrieve("…")``
        """
        try:
            path_param("questionnaire_uuid", questionnaire_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = QUESTIONNAIRES_RETRIEVE.method, QUESTIONNAIRES_RETRIEVE.path
            raise
        data = await self._transport.request(
            QUESTIONNAIRES_RETRIEVE,
            path_params={"questionnaire_uuid": questionnaire_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Questionnaire(data) if data.__class__ is dict else data

    async def update(
        self,
        questionnaire_uuid: str,
        /,
        *,
        title: str | None = None,
        description: str | None | Unset = UNSET,
        default_language: str | None = None,
        languages: Sequence[str] | None = None,
        form_elements: Sequence[QuestionnaireFormElement | Mapping[str, Any]] | None = None,
        questions: Sequence[QuestionnaireQuestion | Mapping[str, Any]] | None = None,
        is_active: bool | None = None,
        status: Literal["draft", "published"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Questionnaire:
        """Update a questionnaire.

        A partial update.

        ``PATCH /v3/questionnaires/{questionnaire_uuid}/``.

        Args:
          questionnaire_uuid: The questionnaire's UUID.
          title: ``str``.
          description: ``str | None``.
          default_language: ``str``.
          languages: ``Sequence[str]``.
          form_elements: ``Sequence[QuestionnaireFormElement | Mapping[str, Any]]``.
          questions: The question list Didit's current tooling sends (type, text, options,
              optional branching); the older `form_elements` is still accepted.
          is_active: ``bool``.
          status: one of draft, published.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Questionnaire``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``questionnaire = await client.questionnaires.update("…")``
        """
        try:
            path_param("questionnaire_uuid", questionnaire_uuid, uuid=True)
            body = unstructure_QuestionnaireUpdateRequest(
                QuestionnaireUpdateRequest(
                    title=title,
                    description=description,
                    default_language=default_language,
                    languages=languages,
                    form_elements=form_elements,
                    questions=questions,
                    is_active=is_active,
                    status=status,
                )
            )
            validate_QuestionnaireUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = QUESTIONNAIRES_UPDATE.method, QUESTIONNAIRES_UPDATE.path
            raise
        data = await self._transport.request(
            QUESTIONNAIRES_UPDATE,
            path_params={"questionnaire_uuid": questionnaire_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_Questionnaire(data) if data.__class__ is dict else data

    async def delete(
        self,
        questionnaire_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a questionnaire.

        Deletes a questionnaire.

        ``DELETE /v3/questionnaires/{questionnaire_uuid}/``.

        Args:
          questionnaire_uuid: The questionnaire's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.questionnaires.delete("…")``
        """
        try:
            path_param("questionnaire_uuid", questionnaire_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = QUESTIONNAIRES_DELETE.method, QUESTIONNAIRES_DELETE.path
            raise
        await self._transport.request(
            QUESTIONNAIRES_DELETE,
            path_params={"questionnaire_uuid": questionnaire_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )


class SyncQuestionnairesResource:
    """``client.questionnaires`` of ``Didit``: list, create, retrieve, update, delete (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: QuestionnairesResource) -> None:
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
    ) -> SyncPaginator[Questionnaire]:
        """List questionnaires.

        All questionnaires (a plain array; the docs do not show paging). Paginated like every
        other list (Didit's published schema); a bare array, as older answers were, is read as
        one page.

        ``GET /v3/questionnaires/``. Blocks until Didit answers.

        Args:
          limit: Items per page.
          offset: Items to skip.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[Questionnaire]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.questionnaires.list()``
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
        title: str,
        description: str | None | Unset = UNSET,
        default_language: str | None = None,
        languages: Sequence[str] | None = None,
        form_elements: Sequence[QuestionnaireFormElement | Mapping[str, Any]] | None = None,
        questions: Sequence[QuestionnaireQuestion | Mapping[str, Any]] | None = None,
        is_active: bool | None = None,
        status: Literal["draft", "published"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Questionnaire:
        """Create a questionnaire.

        A form shown during verification.

        ``POST /v3/questionnaires/``. Blocks until Didit answers.

        Args:
          title: ``str``.
          description: ``str | None``.
          default_language: ``str``.
          languages: ``Sequence[str]``.
          form_elements: ``Sequence[QuestionnaireFormElement | Mapping[str, Any]]``.
          questions: The question list Didit's current tooling sends (type, text, options,
              optional branching); the older `form_elements` is still accepted.
          is_active: ``bool``.
          status: one of draft, published.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Questionnaire``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``questionnaire = client.questionnaires.create(title=…)``
        """
        return self._runner.call(
            self._async.create,
            title=title,
            description=description,
            default_language=default_language,
            languages=languages,
            form_elements=form_elements,
            questions=questions,
            is_active=is_active,
            status=status,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        questionnaire_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Questionnaire:
        """Get a questionnaire.

        One questionnaire.

        ``GET /v3/questionnaires/{questionnaire_uuid}/``. Blocks until Didit answers.

        Args:
          questionnaire_uuid: The questionnaire's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Questionnaire``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``questionnaire = client.questionnaires.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            questionnaire_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        questionnaire_uuid: str,
        /,
        *,
        title: str | None = None,
        description: str | None | Unset = UNSET,
        default_language: str | None = None,
        languages: Sequence[str] | None = None,
        form_elements: Sequence[QuestionnaireFormElement | Mapping[str, Any]] | None = None,
        questions: Sequence[QuestionnaireQuestion | Mapping[str, Any]] | None = None,
        is_active: bool | None = None,
        status: Literal["draft", "published"] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Questionnaire:
        """Update a questionnaire.

        A partial update.

        ``PATCH /v3/questionnaires/{questionnaire_uuid}/``. Blocks until Didit answers.

        Args:
          questionnaire_uuid: The questionnaire's UUID.
          title: ``str``.
          description: ``str | None``.
          default_language: ``str``.
          languages: ``Sequence[str]``.
          form_elements: ``Sequence[QuestionnaireFormElement | Mapping[str, Any]]``.
          questions: The question list Didit's current tooling sends (type, text, options,
              optional branching); the older `form_elements` is still accepted.
          is_active: ``bool``.
          status: one of draft, published.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``Questionnaire``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``questionnaire = client.questionnaires.update("…")``
        """
        return self._runner.call(
            self._async.update,
            questionnaire_uuid,
            title=title,
            description=description,
            default_language=default_language,
            languages=languages,
            form_elements=form_elements,
            questions=questions,
            is_active=is_active,
            status=status,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        questionnaire_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a questionnaire.

        Deletes a questionnaire.

        ``DELETE /v3/questionnaires/{questionnaire_uuid}/``. Blocks until Didit answers.

        Args:
          questionnaire_uuid: The questionnaire's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``client.questionnaires.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            questionnaire_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
