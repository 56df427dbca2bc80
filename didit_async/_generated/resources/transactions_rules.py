# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.transactions.rules``, async and blocking.

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

from .._codec import _E_inline89, _E_inline124
from .._codec.transactions_rules import structure_TransactionRule
from .._codec.transactions_rules__backtest import (
    structure_TransactionRuleBacktestResult,
    unstructure_TransactionRuleBacktestRequest,
    validate_TransactionRuleBacktestRequest,
)
from .._codec.transactions_rules__create import (
    unstructure_TransactionRuleCreateRequest,
    validate_TransactionRuleCreateRequest,
)
from .._codec.transactions_rules__install__uninstall import (
    structure_TransactionRuleInstallResult,
    unstructure_TransactionRuleInstallRequest,
    validate_TransactionRuleInstallRequest,
)
from .._codec.transactions_rules__list_library import structure_TransactionRuleLibraryEntry
from .._codec.transactions_rules__update import (
    unstructure_TransactionRuleUpdateRequest,
    validate_TransactionRuleUpdateRequest,
)
from ..models.transactions_rules import (
    TransactionRule,
    TransactionRuleAction,
    TransactionRuleAggregation,
    TransactionRuleCondition,
    TransactionRuleScope,
)
from ..models.transactions_rules__backtest import (
    TransactionRuleBacktestRequest,
    TransactionRuleBacktestResult,
)
from ..models.transactions_rules__create import TransactionRuleCreateRequest
from ..models.transactions_rules__install__uninstall import (
    TransactionRuleInstallRequest,
    TransactionRuleInstallResult,
)
from ..models.transactions_rules__list_library import TransactionRuleLibraryEntry
from ..models.transactions_rules__update import TransactionRuleUpdateRequest

__all__ = [
    "SyncTransactionsRulesResource",
    "TRANSACTIONS_RULES_BACKTEST",
    "TRANSACTIONS_RULES_CREATE",
    "TRANSACTIONS_RULES_DELETE",
    "TRANSACTIONS_RULES_INSTALL",
    "TRANSACTIONS_RULES_LIST",
    "TRANSACTIONS_RULES_LIST_LIBRARY",
    "TRANSACTIONS_RULES_RETRIEVE",
    "TRANSACTIONS_RULES_UNINSTALL",
    "TRANSACTIONS_RULES_UPDATE",
    "TransactionsRulesResource",
]


TRANSACTIONS_RULES_LIST = OperationMeta(
    operation_id="transactions_rules_list",
    method="GET",
    path="/v3/transactions/rules/",
    host="verification",
    resource="transactions.rules",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


TRANSACTIONS_RULES_CREATE = OperationMeta(
    operation_id="transactions_rules_create",
    method="POST",
    path="/v3/transactions/rules/",
    host="verification",
    resource="transactions.rules",
    method_name="create",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TransactionRuleCreateRequest",
)


TRANSACTIONS_RULES_RETRIEVE = OperationMeta(
    operation_id="transactions_rules_retrieve",
    method="GET",
    path="/v3/transactions/rules/{rule_uuid}/",
    host="verification",
    resource="transactions.rules",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
)


TRANSACTIONS_RULES_UPDATE = OperationMeta(
    operation_id="transactions_rules_update",
    method="PATCH",
    path="/v3/transactions/rules/{rule_uuid}/",
    host="verification",
    resource="transactions.rules",
    method_name="update",
    idempotency=Idempotency("never"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TransactionRuleUpdateRequest",
)


TRANSACTIONS_RULES_DELETE = OperationMeta(
    operation_id="transactions_rules_delete",
    method="DELETE",
    path="/v3/transactions/rules/{rule_uuid}/",
    host="verification",
    resource="transactions.rules",
    method_name="delete",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    response_kind="empty",
)


TRANSACTIONS_RULES_BACKTEST = OperationMeta(
    operation_id="transactions_rules_backtest",
    method="POST",
    path="/v3/transactions/rules/backtest/",
    host="verification",
    resource="transactions.rules",
    method_name="backtest",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TransactionRuleBacktestRequest",
)


TRANSACTIONS_RULES_LIST_LIBRARY = OperationMeta(
    operation_id="transactions_rules_list_library",
    method="GET",
    path="/v3/transactions/rules/library/",
    host="verification",
    resource="transactions.rules",
    method_name="list_library",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


TRANSACTIONS_RULES_INSTALL = OperationMeta(
    operation_id="transactions_rules_install",
    method="POST",
    path="/v3/transactions/rules/install/",
    host="verification",
    resource="transactions.rules",
    method_name="install",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TransactionRuleInstallRequest",
)


TRANSACTIONS_RULES_UNINSTALL = OperationMeta(
    operation_id="transactions_rules_uninstall",
    method="DELETE",
    path="/v3/transactions/rules/install/",
    host="verification",
    resource="transactions.rules",
    method_name="uninstall",
    idempotency=Idempotency("always"),
    auth=("api_key",),
    rate_limit_scopes=("generic-write",),
    request_kind="json",
    request_schema="TransactionRuleInstallRequest",
)


class TransactionsRulesResource:
    """``client.transactions.rules``: list, create, retrieve, update, delete, backtest, list_library, install, uninstall."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        source: Literal["PRESET", "CUSTOM"] | None = None,
        category: str | None = None,
        mode: Literal["ACTIVE", "DISABLED", "TEST"] | None = None,
        bundle: str | None = None,
        search: str | None = None,
        ordering: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[TransactionRule]:
        """List transaction rules.

        The monitoring rules of the application, preset (installed from the library) and custom,
        with how often each ran and what it decided. Filters: `source`, `category`, `mode`,
        `bundle`, `search`; `ordering` names a field (prefix `-` for descending).

        ``GET /v3/transactions/rules/``.

        Args:
          source: one of PRESET, CUSTOM.
          category: ``str``.
          mode: one of ACTIVE, DISABLED, TEST.
          bundle: ``str``.
          search: ``str``.
          ordering: ``str``.
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[TransactionRule]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.transactions.rules.list()``
        """
        try:
            query: dict[str, Any] = {}
            if source is not None:
                if not isinstance(source, str) or source not in _E_inline124:
                    raise DiditValidationError(
                        "source",
                        "enum",
                        "must be one of: PRESET, CUSTOM"
                        + (
                            ", not " + repr(source[:40])
                            if isinstance(source, str)
                            else ", not " + type(source).__name__
                        ),
                    )
                query["source"] = source
            if category is not None:
                if not isinstance(category, str):
                    raise DiditValidationError(
                        "category", "type", "must be a string, not " + type(category).__name__
                    )
                query["category"] = category
            if mode is not None:
                if not isinstance(mode, str) or mode not in _E_inline89:
                    raise DiditValidationError(
                        "mode",
                        "enum",
                        "must be one of: ACTIVE, DISABLED, TEST"
                        + (
                            ", not " + repr(mode[:40])
                            if isinstance(mode, str)
                            else ", not " + type(mode).__name__
                        ),
                    )
                query["mode"] = mode
            if bundle is not None:
                if not isinstance(bundle, str):
                    raise DiditValidationError(
                        "bundle", "type", "must be a string, not " + type(bundle).__name__
                    )
                query["bundle"] = bundle
            if search is not None:
                if not isinstance(search, str):
                    raise DiditValidationError(
                        "search", "type", "must be a string, not " + type(search).__name__
                    )
                query["search"] = search
            if ordering is not None:
                if not isinstance(ordering, str):
                    raise DiditValidationError(
                        "ordering", "type", "must be a string, not " + type(ordering).__name__
                    )
                query["ordering"] = ordering
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
            exc.method, exc.path = TRANSACTIONS_RULES_LIST.method, TRANSACTIONS_RULES_LIST.path
            raise
        return self._transport.paginate(
            TRANSACTIONS_RULES_LIST,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_TransactionRule,
        )

    async def create(
        self,
        *,
        title: str,
        category: str,
        mode: Literal["ACTIVE", "DISABLED", "TEST"],
        description: str | None | Unset = UNSET,
        evaluation_mode: Literal["ALL", "ANY"] | None = None,
        scope: TransactionRuleScope | Mapping[str, Any] | None = None,
        conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = None,
        aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = None,
        actions: Sequence[TransactionRuleAction | Mapping[str, Any]] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRule:
        """Create a transaction rule.

        A custom rule: `conditions` on the transaction's fields (grouped by `group_index`),
        optional `aggregation` over the subject's recent transactions, a `scope` (directions,
        transaction types) and the `actions` taken when it matches (change the status, add to
        the score, tag, note, add to a list, open a case). `mode` TEST records what the rule
        would do without doing it.

        ``POST /v3/transactions/rules/``.

        Args:
          title: ``str``.
          category: ``str``.
          mode: one of ACTIVE, DISABLED, TEST.
          description: ``str | None``.
          evaluation_mode: one of ALL, ANY.
          scope: ``TransactionRuleScope | Mapping[str, Any]``.
          conditions: ``Sequence[TransactionRuleCondition | Mapping[str, Any]]``.
          aggregation: ``Sequence[TransactionRuleAggregation | Mapping[str, Any]]``.
          actions: ``Sequence[TransactionRuleAction | Mapping[str, Any]]``.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRule``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``rule = await client.transactions.rules.create(title=…, category=…, mode=…)``
        """
        try:
            body = unstructure_TransactionRuleCreateRequest(
                TransactionRuleCreateRequest(
                    title=title,
                    description=description,
                    category=category,
                    mode=mode,
                    evaluation_mode=evaluation_mode,
                    scope=scope,
                    conditions=conditions,
                    aggregation=aggregation,
                    actions=actions,
                    metadata=metadata,
                )
            )
            validate_TransactionRuleCreateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = TRANSACTIONS_RULES_CREATE.method, TRANSACTIONS_RULES_CREATE.path
            raise
        data = await self._transport.request(
            TRANSACTIONS_RULES_CREATE,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionRule(data) if data.__class__ is dict else data

    async def retrieve(
        self,
        rule_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRule:
        """Retrieve a transaction rule.

        One rule with its definition and counters.

        ``GET /v3/transactions/rules/{rule_uuid}/``.

        Args:
          rule_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRule``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``rule = await client.transactions.rules.retrieve("…")``
        """
        try:
            path_param("rule_uuid", rule_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRANSACTIONS_RULES_RETRIEVE.method,
                TRANSACTIONS_RULES_RETRIEVE.path,
            )
            raise
        data = await self._transport.request(
            TRANSACTIONS_RULES_RETRIEVE,
            path_params={"rule_uuid": rule_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionRule(data) if data.__class__ is dict else data

    async def update(
        self,
        rule_uuid: str,
        /,
        *,
        title: str | None = None,
        description: str | None | Unset = UNSET,
        category: str | None = None,
        mode: Literal["ACTIVE", "DISABLED", "TEST"] | None = None,
        evaluation_mode: Literal["ALL", "ANY"] | None = None,
        scope: TransactionRuleScope | Mapping[str, Any] | None = None,
        conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = None,
        aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = None,
        actions: Sequence[TransactionRuleAction | Mapping[str, Any]] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRule:
        """Update a transaction rule.

        Change a rule; fields left out are kept. Switching `mode` to DISABLED stops it from
        running; to TEST makes it record without acting.

        ``PATCH /v3/transactions/rules/{rule_uuid}/``.

        Args:
          rule_uuid: ``str``.
          title: ``str``.
          description: ``str | None``.
          category: ``str``.
          mode: one of ACTIVE, DISABLED, TEST.
          evaluation_mode: one of ALL, ANY.
          scope: ``TransactionRuleScope | Mapping[str, Any]``.
          conditions: ``Sequence[TransactionRuleCondition | Mapping[str, Any]]``.
          aggregation: ``Sequence[TransactionRuleAggregation | Mapping[str, Any]]``.
          actions: ``Sequence[TransactionRuleAction | Mapping[str, Any]]``.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRule``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``rule = await client.transactions.rules.update("…")``
        """
        try:
            path_param("rule_uuid", rule_uuid, uuid=True)
            body = unstructure_TransactionRuleUpdateRequest(
                TransactionRuleUpdateRequest(
                    title=title,
                    description=description,
                    category=category,
                    mode=mode,
                    evaluation_mode=evaluation_mode,
                    scope=scope,
                    conditions=conditions,
                    aggregation=aggregation,
                    actions=actions,
                    metadata=metadata,
                )
            )
            validate_TransactionRuleUpdateRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = TRANSACTIONS_RULES_UPDATE.method, TRANSACTIONS_RULES_UPDATE.path
            raise
        data = await self._transport.request(
            TRANSACTIONS_RULES_UPDATE,
            path_params={"rule_uuid": rule_uuid},
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionRule(data) if data.__class__ is dict else data

    async def delete(
        self,
        rule_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a transaction rule.

        Delete a custom rule, or uninstall a preset one. Transactions it already evaluated keep
        their rule runs.

        ``DELETE /v3/transactions/rules/{rule_uuid}/``.

        Args:
          rule_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``await client.transactions.rules.delete("…")``
        """
        try:
            path_param("rule_uuid", rule_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = TRANSACTIONS_RULES_DELETE.method, TRANSACTIONS_RULES_DELETE.path
            raise
        await self._transport.request(
            TRANSACTIONS_RULES_DELETE,
            path_params={"rule_uuid": rule_uuid},
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    async def backtest(
        self,
        *,
        conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = None,
        aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = None,
        evaluation_mode: Literal["ALL", "ANY"] | None = None,
        scope: TransactionRuleScope | Mapping[str, Any] | None = None,
        period_days: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRuleBacktestResult:
        """Backtest a rule definition.

        Run a rule definition (conditions, aggregation, scope) over the transactions of the last
        `period_days` days without saving it: how many were evaluated, how many it would have
        matched, and how many distinct subjects those belong to. Nothing changes, so it is safe
        to repeat.

        ``POST /v3/transactions/rules/backtest/``.

        Args:
          conditions: ``Sequence[TransactionRuleCondition | Mapping[str, Any]]``.
          aggregation: ``Sequence[TransactionRuleAggregation | Mapping[str, Any]]``.
          evaluation_mode: one of ALL, ANY.
          scope: ``TransactionRuleScope | Mapping[str, Any]``.
          period_days: ``int``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRuleBacktestResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.transactions.rules.backtest()``
        """
        try:
            body = unstructure_TransactionRuleBacktestRequest(
                TransactionRuleBacktestRequest(
                    conditions=conditions,
                    aggregation=aggregation,
                    evaluation_mode=evaluation_mode,
                    scope=scope,
                    period_days=period_days,
                )
            )
            validate_TransactionRuleBacktestRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRANSACTIONS_RULES_BACKTEST.method,
                TRANSACTIONS_RULES_BACKTEST.path,
            )
            raise
        data = await self._transport.request(
            TRANSACTIONS_RULES_BACKTEST,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionRuleBacktestResult(data) if data.__class__ is dict else data

    def list_library(
        self,
        *,
        bundle: str | None = None,
        category: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[TransactionRuleLibraryEntry]:
        """List the rule library.

        Didit's ready-made rules, grouped in bundles by industry, each saying whether it is
        installed in this application.

        ``GET /v3/transactions/rules/library/``.

        Args:
          bundle: ``str``.
          category: ``str``.
          search: ``str``.
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[TransactionRuleLibraryEntry]`` (await it for one page, iterate
        for every item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.transactions.rules.list_library()``
        """
        try:
            query: dict[str, Any] = {}
            if bundle is not None:
                if not isinstance(bundle, str):
                    raise DiditValidationError(
                        "bundle", "type", "must be a string, not " + type(bundle).__name__
                    )
                query["bundle"] = bundle
            if category is not None:
                if not isinstance(category, str):
                    raise DiditValidationError(
                        "category", "type", "must be a string, not " + type(category).__name__
                    )
                query["category"] = category
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
            exc.method, exc.path = (
                TRANSACTIONS_RULES_LIST_LIBRARY.method,
                TRANSACTIONS_RULES_LIST_LIBRARY.path,
            )
            raise
        return self._transport.paginate(
            TRANSACTIONS_RULES_LIST_LIBRARY,
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_TransactionRuleLibraryEntry,
        )

    async def install(
        self,
        *,
        library_keys: Sequence[str] | None = None,
        bundle: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRuleInstallResult:
        """Install library rules.

        Install library rules as preset rules, by `library_keys` or a whole `bundle`. Rules
        already installed are left as they are, so installing again installs nothing new.

        ``POST /v3/transactions/rules/install/``.

        Args:
          library_keys: ``Sequence[str]``.
          bundle: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRuleInstallResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.transactions.rules.install()``
        """
        try:
            body = unstructure_TransactionRuleInstallRequest(
                TransactionRuleInstallRequest(library_keys=library_keys, bundle=bundle)
            )
            validate_TransactionRuleInstallRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRANSACTIONS_RULES_INSTALL.method,
                TRANSACTIONS_RULES_INSTALL.path,
            )
            raise
        data = await self._transport.request(
            TRANSACTIONS_RULES_INSTALL,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionRuleInstallResult(data) if data.__class__ is dict else data

    async def uninstall(
        self,
        *,
        library_keys: Sequence[str] | None = None,
        bundle: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRuleInstallResult:
        """Uninstall library rules.

        Remove the preset rules installed from the library, by `library_keys` or `bundle`. The
        request has a body, although it is a DELETE.

        ``DELETE /v3/transactions/rules/install/``.

        Args:
          library_keys: ``Sequence[str]``.
          bundle: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRuleInstallResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = await client.transactions.rules.uninstall()``
        """
        try:
            body = unstructure_TransactionRuleInstallRequest(
                TransactionRuleInstallRequest(library_keys=library_keys, bundle=bundle)
            )
            validate_TransactionRuleInstallRequest(body)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                TRANSACTIONS_RULES_UNINSTALL.method,
                TRANSACTIONS_RULES_UNINSTALL.path,
            )
            raise
        data = await self._transport.request(
            TRANSACTIONS_RULES_UNINSTALL,
            json=body,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_TransactionRuleInstallResult(data) if data.__class__ is dict else data


class SyncTransactionsRulesResource:
    """``client.transactions.rules`` of ``Didit``: list, create, retrieve, update, delete, backtest, list_library, install, uninstall (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: TransactionsRulesResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        source: Literal["PRESET", "CUSTOM"] | None = None,
        category: str | None = None,
        mode: Literal["ACTIVE", "DISABLED", "TEST"] | None = None,
        bundle: str | None = None,
        search: str | None = None,
        ordering: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[TransactionRule]:
        """List transaction rules.

        The monitoring rules of the application, preset (installed from the library) and custom,
        with how often each ran and what it decided. Filters: `source`, `category`, `mode`,
        `bundle`, `search`; `ordering` names a field (prefix `-` for descending).

        ``GET /v3/transactions/rules/``. Blocks until Didit answers.

        Args:
          source: one of PRESET, CUSTOM.
          category: ``str``.
          mode: one of ACTIVE, DISABLED, TEST.
          bundle: ``str``.
          search: ``str``.
          ordering: ``str``.
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[TransactionRule]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.transactions.rules.list()``
        """
        return self._runner.paginate(
            self._async.list(
                source=source,
                category=category,
                mode=mode,
                bundle=bundle,
                search=search,
                ordering=ordering,
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
        category: str,
        mode: Literal["ACTIVE", "DISABLED", "TEST"],
        description: str | None | Unset = UNSET,
        evaluation_mode: Literal["ALL", "ANY"] | None = None,
        scope: TransactionRuleScope | Mapping[str, Any] | None = None,
        conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = None,
        aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = None,
        actions: Sequence[TransactionRuleAction | Mapping[str, Any]] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRule:
        """Create a transaction rule.

        A custom rule: `conditions` on the transaction's fields (grouped by `group_index`),
        optional `aggregation` over the subject's recent transactions, a `scope` (directions,
        transaction types) and the `actions` taken when it matches (change the status, add to
        the score, tag, note, add to a list, open a case). `mode` TEST records what the rule
        would do without doing it.

        ``POST /v3/transactions/rules/``. Blocks until Didit answers.

        Args:
          title: ``str``.
          category: ``str``.
          mode: one of ACTIVE, DISABLED, TEST.
          description: ``str | None``.
          evaluation_mode: one of ALL, ANY.
          scope: ``TransactionRuleScope | Mapping[str, Any]``.
          conditions: ``Sequence[TransactionRuleCondition | Mapping[str, Any]]``.
          aggregation: ``Sequence[TransactionRuleAggregation | Mapping[str, Any]]``.
          actions: ``Sequence[TransactionRuleAction | Mapping[str, Any]]``.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRule``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``rule = client.transactions.rules.create(title=…, category=…, mode=…)``
        """
        return self._runner.call(
            self._async.create,
            title=title,
            category=category,
            mode=mode,
            description=description,
            evaluation_mode=evaluation_mode,
            scope=scope,
            conditions=conditions,
            aggregation=aggregation,
            actions=actions,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def retrieve(
        self,
        rule_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRule:
        """Retrieve a transaction rule.

        One rule with its definition and counters.

        ``GET /v3/transactions/rules/{rule_uuid}/``. Blocks until Didit answers.

        Args:
          rule_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRule``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``rule = client.transactions.rules.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            rule_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def update(
        self,
        rule_uuid: str,
        /,
        *,
        title: str | None = None,
        description: str | None | Unset = UNSET,
        category: str | None = None,
        mode: Literal["ACTIVE", "DISABLED", "TEST"] | None = None,
        evaluation_mode: Literal["ALL", "ANY"] | None = None,
        scope: TransactionRuleScope | Mapping[str, Any] | None = None,
        conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = None,
        aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = None,
        actions: Sequence[TransactionRuleAction | Mapping[str, Any]] | None = None,
        metadata: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRule:
        """Update a transaction rule.

        Change a rule; fields left out are kept. Switching `mode` to DISABLED stops it from
        running; to TEST makes it record without acting.

        ``PATCH /v3/transactions/rules/{rule_uuid}/``. Blocks until Didit answers.

        Args:
          rule_uuid: ``str``.
          title: ``str``.
          description: ``str | None``.
          category: ``str``.
          mode: one of ACTIVE, DISABLED, TEST.
          evaluation_mode: one of ALL, ANY.
          scope: ``TransactionRuleScope | Mapping[str, Any]``.
          conditions: ``Sequence[TransactionRuleCondition | Mapping[str, Any]]``.
          aggregation: ``Sequence[TransactionRuleAggregation | Mapping[str, Any]]``.
          actions: ``Sequence[TransactionRuleAction | Mapping[str, Any]]``.
          metadata: ``Mapping[str, Any]``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRule``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``rule = client.transactions.rules.update("…")``
        """
        return self._runner.call(
            self._async.update,
            rule_uuid,
            title=title,
            description=description,
            category=category,
            mode=mode,
            evaluation_mode=evaluation_mode,
            scope=scope,
            conditions=conditions,
            aggregation=aggregation,
            actions=actions,
            metadata=metadata,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        rule_uuid: str,
        /,
        *,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a transaction rule.

        Delete a custom rule, or uninstall a preset one. Transactions it already evaluated keep
        their rule runs.

        ``DELETE /v3/transactions/rules/{rule_uuid}/``. Blocks until Didit answers.

        Args:
          rule_uuid: ``str``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: nothing (the answer has no body).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``client.transactions.rules.delete("…")``
        """
        self._runner.call(
            self._async.delete,
            rule_uuid,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def backtest(
        self,
        *,
        conditions: Sequence[TransactionRuleCondition | Mapping[str, Any]] | None = None,
        aggregation: Sequence[TransactionRuleAggregation | Mapping[str, Any]] | None = None,
        evaluation_mode: Literal["ALL", "ANY"] | None = None,
        scope: TransactionRuleScope | Mapping[str, Any] | None = None,
        period_days: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRuleBacktestResult:
        """Backtest a rule definition.

        Run a rule definition (conditions, aggregation, scope) over the transactions of the last
        `period_days` days without saving it: how many were evaluated, how many it would have
        matched, and how many distinct subjects those belong to. Nothing changes, so it is safe
        to repeat.

        ``POST /v3/transactions/rules/backtest/``. Blocks until Didit answers.

        Args:
          conditions: ``Sequence[TransactionRuleCondition | Mapping[str, Any]]``.
          aggregation: ``Sequence[TransactionRuleAggregation | Mapping[str, Any]]``.
          evaluation_mode: one of ALL, ANY.
          scope: ``TransactionRuleScope | Mapping[str, Any]``.
          period_days: ``int``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRuleBacktestResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = client.transactions.rules.backtest()``
        """
        return self._runner.call(
            self._async.backtest,
            conditions=conditions,
            aggregation=aggregation,
            evaluation_mode=evaluation_mode,
            scope=scope,
            period_days=period_days,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_library(
        self,
        *,
        bundle: str | None = None,
        category: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[TransactionRuleLibraryEntry]:
        """List the rule library.

        Didit's ready-made rules, grouped in bundles by industry, each saying whether it is
        installed in this application.

        ``GET /v3/transactions/rules/library/``. Blocks until Didit answers.

        Args:
          bundle: ``str``.
          category: ``str``.
          search: ``str``.
          limit: ``int``.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[TransactionRuleLibraryEntry]`` (iterate it for every item,
        lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.transactions.rules.list_library()``
        """
        return self._runner.paginate(
            self._async.list_library(
                bundle=bundle,
                category=category,
                search=search,
                limit=limit,
                offset=offset,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def install(
        self,
        *,
        library_keys: Sequence[str] | None = None,
        bundle: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRuleInstallResult:
        """Install library rules.

        Install library rules as preset rules, by `library_keys` or a whole `bundle`. Rules
        already installed are left as they are, so installing again installs nothing new.

        ``POST /v3/transactions/rules/install/``. Blocks until Didit answers.

        Args:
          library_keys: ``Sequence[str]``.
          bundle: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRuleInstallResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = client.transactions.rules.install()``
        """
        return self._runner.call(
            self._async.install,
            library_keys=library_keys,
            bundle=bundle,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def uninstall(
        self,
        *,
        library_keys: Sequence[str] | None = None,
        bundle: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TransactionRuleInstallResult:
        """Uninstall library rules.

        Remove the preset rules installed from the library, by `library_keys` or `bundle`. The
        request has a body, although it is a DELETE.

        ``DELETE /v3/transactions/rules/install/``. Blocks until Didit answers.

        Args:
          library_keys: ``Sequence[str]``.
          bundle: ``str``.
          extra_body: fields merged into the body after validation, unchecked (for a field Didit
              accepts before this SDK knows it).
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``TransactionRuleInstallResult``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``result = client.transactions.rules.uninstall()``
        """
        return self._runner.call(
            self._async.uninstall,
            library_keys=library_keys,
            bundle=bundle,
            extra_body=extra_body,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
