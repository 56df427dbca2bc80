# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.travel_rule.vasps``, async and blocking.

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
    AsyncPaginator,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec.travel_rule_vasps__list import structure_TravelRuleVasp
from ..models.travel_rule_vasps__list import TravelRuleVasp

__all__ = ["SyncTravelRuleVaspsResource", "TRAVEL_RULE_VASPS_LIST", "TravelRuleVaspsResource"]


TRAVEL_RULE_VASPS_LIST = OperationMeta(
    operation_id="travel_rule_vasps_list",
    method="GET",
    path="/v3/travel-rule/vasps/",
    host="verification",
    resource="travel_rule.vasps",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


class TravelRuleVaspsResource:
    """``client.travel_rule.vasps``: list."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[TravelRuleVasp]:
        """Search the VASP directory.

        Virtual asset service providers known to Didit, with their due-diligence score and the
        rails they can be reached on; `search` matches the name or LEI.

        ``GET /v3/travel-rule/vasps/``.

        Args:
          search: ``str``.
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[TravelRuleVasp]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.travel_rule.vasps.list()``
        """
        try:
            query: dict[str, Any] = {}
            if search is not None:
                if not isinstance(search, str):
                    raise DiditValidationError(
                        "search", "type", "must be a string, not " + type(search).__name__
                    )
                query["search"] = search
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
            exc.method, exc.path = TRAVEL_RULE_VASPS_LIST.method, TRAVEL_RULE_VASPS_LIST.path
            raise
        return self._transport.paginate(
            TRAVEL_RULE_VASPS_LIST,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_TravelRuleVasp,
        )


class SyncTravelRuleVaspsResource:
    """``client.travel_rule.vasps`` of ``Didit``: list (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TravelRuleVaspsResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[TravelRuleVasp]:
        """Search the VASP directory.

        Virtual asset service providers known to Didit, with their due-diligence score and the
        rails they can be reached on; `search` matches the name or LEI.

        ``GET /v3/travel-rule/vasps/``. Blocks until Didit answers.

        Args:
          search: ``str``.
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[TravelRuleVasp]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.travel_rule.vasps.list()``
        """
        return self._runner.paginate(
            self._async.list(
                search=search,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )
