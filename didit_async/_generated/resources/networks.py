# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.networks``, async and blocking.

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
    AsyncPaginator,
    DiditValidationError,
    Idempotency,
    OperationMeta,
    Timeout,
    Transport,
    is_date,
    is_uuid,
    path_param,
)
from didit_async._sync_seam import SyncPaginator, SyncRunner

from .._codec import (
    _E_inline160,
    _E_NetworkPatternType,
    _E_NetworkRiskBand,
    _E_NetworkSignalType,
    _E_NetworkStatus,
    _E_NetworkSubjectKind,
)
from .._codec.networks import structure_NetworkListItem, structure_NetworkMembershipList
from .._codec.networks__graph import structure_NetworkGraph
from .._codec.networks__graph__map__retrieve import structure_NetworkDetail
from .._codec.networks__list_members import structure_NetworkMemberList
from .._codec.networks__list_signals import structure_NetworkSignalList
from .._codec.networks__map import structure_NetworkMap
from .._codec.networks__timeline import structure_NetworkTimeline
from ..enums import (
    NetworkPatternType,
    NetworkRiskBand,
    NetworkSignalType,
    NetworkStatus,
    NetworkSubjectKind,
)
from ..models.networks import NetworkListItem, NetworkMembershipList
from ..models.networks__graph import NetworkGraph
from ..models.networks__graph__map__retrieve import NetworkDetail
from ..models.networks__list_members import NetworkMemberList
from ..models.networks__list_signals import NetworkSignalList
from ..models.networks__map import NetworkMap
from ..models.networks__timeline import NetworkTimeline

__all__ = [
    "GET_NETWORK",
    "GET_NETWORK_GRAPH",
    "GET_NETWORK_MAP",
    "GET_NETWORK_TIMELINE",
    "LIST_BUSINESS_NETWORK_MEMBERSHIPS",
    "LIST_BUSINESS_SESSION_NETWORK_MEMBERSHIPS",
    "LIST_NETWORKS",
    "LIST_NETWORK_MEMBERS",
    "LIST_NETWORK_SIGNALS",
    "LIST_SESSION_NETWORK_MEMBERSHIPS",
    "LIST_TRANSACTION_NETWORK_MEMBERSHIPS",
    "LIST_TRANSACTION_PARTY_NETWORK_MEMBERSHIPS",
    "LIST_USER_NETWORK_MEMBERSHIPS",
    "NetworksResource",
    "SyncNetworksResource",
]


LIST_NETWORKS = OperationMeta(
    operation_id="list_networks",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/networks/",
    host="verification",
    resource="networks",
    method_name="list",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
    paginated=True,
)


GET_NETWORK = OperationMeta(
    operation_id="get_network",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/networks/{network_uuid}/",
    host="verification",
    resource="networks",
    method_name="retrieve",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


GET_NETWORK_GRAPH = OperationMeta(
    operation_id="get_network_graph",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/networks/{network_uuid}/graph/",
    host="verification",
    resource="networks",
    method_name="graph",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


LIST_NETWORK_MEMBERS = OperationMeta(
    operation_id="list_network_members",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/networks/{network_uuid}/members/",
    host="verification",
    resource="networks",
    method_name="list_members",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


LIST_NETWORK_SIGNALS = OperationMeta(
    operation_id="list_network_signals",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/networks/{network_uuid}/signals/",
    host="verification",
    resource="networks",
    method_name="list_signals",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


GET_NETWORK_TIMELINE = OperationMeta(
    operation_id="get_network_timeline",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/networks/{network_uuid}/timeline/",
    host="verification",
    resource="networks",
    method_name="timeline",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


GET_NETWORK_MAP = OperationMeta(
    operation_id="get_network_map",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/networks/{network_uuid}/map/",
    host="verification",
    resource="networks",
    method_name="map",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


LIST_SESSION_NETWORK_MEMBERSHIPS = OperationMeta(
    operation_id="list_session_network_memberships",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/sessions/{session_id}/networks/",
    host="verification",
    resource="networks",
    method_name="list_for_session",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


LIST_BUSINESS_SESSION_NETWORK_MEMBERSHIPS = OperationMeta(
    operation_id="list_business_session_network_memberships",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/business-sessions/{business_session_id}/networks/",
    host="verification",
    resource="networks",
    method_name="list_for_business_session",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


LIST_USER_NETWORK_MEMBERSHIPS = OperationMeta(
    operation_id="list_user_network_memberships",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/users/{vendor_user_uuid}/networks/",
    host="verification",
    resource="networks",
    method_name="list_for_user",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


LIST_BUSINESS_NETWORK_MEMBERSHIPS = OperationMeta(
    operation_id="list_business_network_memberships",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/businesses/{vendor_business_uuid}/networks/",
    host="verification",
    resource="networks",
    method_name="list_for_business",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


LIST_TRANSACTION_NETWORK_MEMBERSHIPS = OperationMeta(
    operation_id="list_transaction_network_memberships",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/transactions/{transaction_uuid}/networks/",
    host="verification",
    resource="networks",
    method_name="list_for_transaction",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


LIST_TRANSACTION_PARTY_NETWORK_MEMBERSHIPS = OperationMeta(
    operation_id="list_transaction_party_network_memberships",
    method="GET",
    path="/v3/organization/{organization_id}/application/{application_id}/transactions/{transaction_uuid}/parties/{transaction_party_uuid}/networks/",
    host="verification",
    resource="networks",
    method_name="list_for_transaction_party",
    idempotency=Idempotency("always"),
    auth=("api_key", "bearer"),
    rate_limit_scopes=("generic-get",),
)


class NetworksResource:
    """``client.networks``: list, retrieve, graph, list_members, list_signals, timeline, map, list_for_session, list_for_business_session, list_for_user, list_for_business, list_for_transaction, list_for_transaction_party."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        status: NetworkStatus
        | Literal["active", "in_review", "resolved", "dismissed"]
        | None = None,
        signal_type: NetworkSignalType
        | Literal["ip_address", "device", "face", "document_number", "phone", "email", "address"]
        | None = None,
        pattern_type: NetworkPatternType
        | Literal[
            "exact_same_device",
            "similar_device",
            "same_ip_address",
            "same_address",
            "similar_selfie_backgrounds",
            "similar_poa_documents",
            "same_document_number",
            "same_phone_number",
            "same_email",
        ]
        | None = None,
        risk_band: NetworkRiskBand | Literal["low", "medium", "high"] | None = None,
        min_size: int | None = None,
        max_size: int | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        q: str | None = None,
        ordering: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[NetworkListItem]:
        """List networks.

        Networks are groups of users, businesses and transaction parties tied together by shared
        signals (device, IP address, face, document number, phone, email, address). Filters
        narrow by status, signal, pattern, risk band, size and activity date; `q` searches names
        and ids. The page also carries `kpis`. Didit answers `next`/`previous` here as offsets
        (integers) rather than URLs; the SDK's iterator follows either.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/``.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          status: one of active, in_review, resolved, dismissed.
          signal_type: one of ip_address, device, face, document_number, phone, email, ....
          pattern_type: one of exact_same_device, similar_device, same_ip_address, same_address,
              similar_selfie_backgrounds, similar_poa_documents, ....
          risk_band: one of low, medium, high.
          min_size: At least this many members.
          max_size: At most this many members.
          date_from: Created on or after this date.
          date_to: Created on or before this date.
          q: Searches network names and ids.
          ordering: ``str``.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``AsyncPaginator[NetworkListItem]`` (await it for one page, iterate for every
        item).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.networks.list()``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            query: dict[str, Any] = {}
            if status is not None:
                if not isinstance(status, str) or status not in _E_NetworkStatus:
                    raise DiditValidationError(
                        "status",
                        "enum",
                        "must be one of: active, in_review, resolved, dismissed"
                        + (
                            ", not " + repr(status[:40])
                            if isinstance(status, str)
                            else ", not " + type(status).__name__
                        ),
                    )
                query["status"] = status.value if isinstance(status, NetworkStatus) else status
            if signal_type is not None:
                if not isinstance(signal_type, str) or signal_type not in _E_NetworkSignalType:
                    raise DiditValidationError(
                        "signal_type",
                        "enum",
                        "must be one of: ip_address, device, face, document_number, phone, email, address"
                        + (
                            ", not " + repr(signal_type[:40])
                            if isinstance(signal_type, str)
                            else ", not " + type(signal_type).__name__
                        ),
                    )
                query["signal_type"] = (
                    signal_type.value if isinstance(signal_type, NetworkSignalType) else signal_type
                )
            if pattern_type is not None:
                if not isinstance(pattern_type, str) or pattern_type not in _E_NetworkPatternType:
                    raise DiditValidationError(
                        "pattern_type",
                        "enum",
                        "must be one of: exact_same_device, similar_device, same_ip_address, same_address, similar_selfie_backgrounds, similar_poa_documents, same_document_number, same_phone_number, same_email"
                        + (
                            ", not " + repr(pattern_type[:40])
                            if isinstance(pattern_type, str)
                            else ", not " + type(pattern_type).__name__
                        ),
                    )
                query["pattern_type"] = (
                    pattern_type.value
                    if isinstance(pattern_type, NetworkPatternType)
                    else pattern_type
                )
            if risk_band is not None:
                if not isinstance(risk_band, str) or risk_band not in _E_NetworkRiskBand:
                    raise DiditValidationError(
                        "risk_band",
                        "enum",
                        "must be one of: low, medium, high"
                        + (
                            ", not " + repr(risk_band[:40])
                            if isinstance(risk_band, str)
                            else ", not " + type(risk_band).__name__
                        ),
                    )
                query["risk_band"] = (
                    risk_band.value if isinstance(risk_band, NetworkRiskBand) else risk_band
                )
            if min_size is not None:
                if isinstance(min_size, bool) or not isinstance(min_size, int):
                    raise DiditValidationError(
                        "min_size", "type", "must be an integer, not " + type(min_size).__name__
                    )
                query["min_size"] = min_size
            if max_size is not None:
                if isinstance(max_size, bool) or not isinstance(max_size, int):
                    raise DiditValidationError(
                        "max_size", "type", "must be an integer, not " + type(max_size).__name__
                    )
                query["max_size"] = max_size
            if date_from is not None:
                if not isinstance(date_from, str):
                    raise DiditValidationError(
                        "date_from", "type", "must be a string, not " + type(date_from).__name__
                    )
                if not is_date(date_from):
                    raise DiditValidationError("date_from", "format", "must be a valid date")
                query["date_from"] = date_from
            if date_to is not None:
                if not isinstance(date_to, str):
                    raise DiditValidationError(
                        "date_to", "type", "must be a string, not " + type(date_to).__name__
                    )
                if not is_date(date_to):
                    raise DiditValidationError("date_to", "format", "must be a valid date")
                query["date_to"] = date_to
            if q is not None:
                if not isinstance(q, str):
                    raise DiditValidationError(
                        "q", "type", "must be a string, not " + type(q).__name__
                    )
                query["q"] = q
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
                if limit > 500:
                    raise DiditValidationError("limit", "max", "must be at most 500")
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
            exc.method, exc.path = LIST_NETWORKS.method, LIST_NETWORKS.path
            raise
        return self._transport.paginate(
            LIST_NETWORKS,
            path_params={"organization_id": organization_id, "application_id": application_id},
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
            decode_item=structure_NetworkListItem,
        )

    async def retrieve(
        self,
        network_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkDetail:
        """Get a network.

        One network with its statistics, fraud tags, risk signals and review state. Credentials:
        Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/{network_
        uuid}/``.

        Args:
          network_uuid: The network's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = await client.networks.retrieve("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("network_uuid", network_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = GET_NETWORK.method, GET_NETWORK.path
            raise
        data = await self._transport.request(
            GET_NETWORK,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "network_uuid": network_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_NetworkDetail(data) if data.__class__ is dict else data

    async def graph(
        self,
        network_uuid: str,
        /,
        *,
        depth: Literal["1", "2", "3", "all"] | None = None,
        focus_kind: NetworkSubjectKind
        | Literal["vendor_user", "vendor_business", "transaction_party"]
        | None = None,
        focus_id: str | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkGraph:
        """A network's graph.

        The network as nodes (subjects and signals) and edges (a subject showing a signal), up
        to `depth` hops from `focus_id` (of kind `focus_kind`) when given, else the whole
        network; `truncated` says whether nodes were left out.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/{network_
        uuid}/graph/``.

        Args:
          network_uuid: The network's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          depth: Hops from the focus node (`all`: no bound).
          focus_kind: The kind of the focus node.
          focus_id: The focus node: a subject UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkGraph``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``graph = await client.networks.graph("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("network_uuid", network_uuid, uuid=True)
            query: dict[str, Any] = {}
            if depth is not None:
                if not isinstance(depth, str) or depth not in _E_inline160:
                    raise DiditValidationError(
                        "depth",
                        "enum",
                        "must be one of: 1, 2, 3, all"
                        + (
                            ", not " + repr(depth[:40])
                            if isinstance(depth, str)
                            else ", not " + type(depth).__name__
                        ),
                    )
                query["depth"] = depth
            if focus_kind is not None:
                if not isinstance(focus_kind, str) or focus_kind not in _E_NetworkSubjectKind:
                    raise DiditValidationError(
                        "focus_kind",
                        "enum",
                        "must be one of: vendor_user, vendor_business, transaction_party"
                        + (
                            ", not " + repr(focus_kind[:40])
                            if isinstance(focus_kind, str)
                            else ", not " + type(focus_kind).__name__
                        ),
                    )
                query["focus_kind"] = (
                    focus_kind.value if isinstance(focus_kind, NetworkSubjectKind) else focus_kind
                )
            if focus_id is not None:
                if not isinstance(focus_id, str):
                    raise DiditValidationError(
                        "focus_id", "type", "must be a string, not " + type(focus_id).__name__
                    )
                if not is_uuid(focus_id):
                    raise DiditValidationError("focus_id", "format", "must be a valid uuid")
                query["focus_id"] = focus_id
        except DiditValidationError as exc:
            exc.method, exc.path = GET_NETWORK_GRAPH.method, GET_NETWORK_GRAPH.path
            raise
        data = await self._transport.request(
            GET_NETWORK_GRAPH,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "network_uuid": network_uuid,
            },
            query=query,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_NetworkGraph(data) if data.__class__ is dict else data

    async def list_members(
        self,
        network_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMemberList:
        """A network's members.

        The subjects in the network with their outcome, risk, tags and the sessions and
        transactions that put them there. Not paginated.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/{network_
        uuid}/members/``.

        Args:
          network_uuid: The network's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMemberList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.networks.list_members("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("network_uuid", network_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = LIST_NETWORK_MEMBERS.method, LIST_NETWORK_MEMBERS.path
            raise
        data = await self._transport.request(
            LIST_NETWORK_MEMBERS,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "network_uuid": network_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_NetworkMemberList(data) if data.__class__ is dict else data

    async def list_signals(
        self,
        network_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkSignalList:
        """A network's signals.

        The shared values that tie the network together, with how many subjects share each. Not
        paginated.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/{network_
        uuid}/signals/``.

        Args:
          network_uuid: The network's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkSignalList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.networks.list_signals("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("network_uuid", network_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = LIST_NETWORK_SIGNALS.method, LIST_NETWORK_SIGNALS.path
            raise
        data = await self._transport.request(
            LIST_NETWORK_SIGNALS,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "network_uuid": network_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_NetworkSignalList(data) if data.__class__ is dict else data

    async def timeline(
        self,
        network_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkTimeline:
        """A network's timeline.

        What happened in the network over time: members joining, signals seen, reviews. Oldest
        first.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/{network_
        uuid}/timeline/``.

        Args:
          network_uuid: The network's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkTimeline``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``timeline = await client.networks.timeline("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("network_uuid", network_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = GET_NETWORK_TIMELINE.method, GET_NETWORK_TIMELINE.path
            raise
        data = await self._transport.request(
            GET_NETWORK_TIMELINE,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "network_uuid": network_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_NetworkTimeline(data) if data.__class__ is dict else data

    async def map(
        self,
        network_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMap:
        """A network's map.

        Where the network's activity was observed, as points with their country, city and
        coordinates.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/{network_
        uuid}/map/``.

        Args:
          network_uuid: The network's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMap``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``map = await client.networks.map("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("network_uuid", network_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = GET_NETWORK_MAP.method, GET_NETWORK_MAP.path
            raise
        data = await self._transport.request(
            GET_NETWORK_MAP,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "network_uuid": network_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_NetworkMap(data) if data.__class__ is dict else data

    async def list_for_session(
        self,
        session_id: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMembershipList:
        """Networks of a session.

        The networks a verification session's subject belongs to. 404 when the session is not in
        this application.

        ``GET /v3/organization/{organization_id}/application/{application_id}/sessions/{session_
        id}/networks/``.

        Args:
          session_id: The verification session's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMembershipList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.networks.list_for_session("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("session_id", session_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                LIST_SESSION_NETWORK_MEMBERSHIPS.method,
                LIST_SESSION_NETWORK_MEMBERSHIPS.path,
            )
            raise
        data = await self._transport.request(
            LIST_SESSION_NETWORK_MEMBERSHIPS,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "session_id": session_id,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_NetworkMembershipList(data) if data.__class__ is dict else data

    async def list_for_business_session(
        self,
        business_session_id: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMembershipList:
        """Networks of a business session.

        The networks a business (KYB) session's subject belongs to.

        ``GET /v3/organization/{organization_id}/application/{application_id}/business-
        sessions/{business_session_id}/networks/``.

        Args:
          business_session_id: The business session's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMembershipList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.networks.list_for_business_session("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("business_session_id", business_session_id, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                LIST_BUSINESS_SESSION_NETWORK_MEMBERSHIPS.method,
                LIST_BUSINESS_SESSION_NETWORK_MEMBERSHIPS.path,
            )
            raise
        data = await self._transport.request(
            LIST_BUSINESS_SESSION_NETWORK_MEMBERSHIPS,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "business_session_id": business_session_id,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_NetworkMembershipList(data) if data.__class__ is dict else data

    async def list_for_user(
        self,
        vendor_user_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMembershipList:
        """Networks of a user.

        The networks a user belongs to, by the user's Didit id (`vendor_user_uuid`, the user's
        `didit_internal_id`).

        ``GET /v3/organization/{organization_id}/application/{application_id}/users/{vendor_user
        _uuid}/networks/``.

        Args:
          vendor_user_uuid: The user's Didit UUID (its `didit_internal_id`).
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMembershipList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.networks.list_for_user("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("vendor_user_uuid", vendor_user_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                LIST_USER_NETWORK_MEMBERSHIPS.method,
                LIST_USER_NETWORK_MEMBERSHIPS.path,
            )
            raise
        data = await self._transport.request(
            LIST_USER_NETWORK_MEMBERSHIPS,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "vendor_user_uuid": vendor_user_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_NetworkMembershipList(data) if data.__class__ is dict else data

    async def list_for_business(
        self,
        vendor_business_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMembershipList:
        """Networks of a business.

        The networks a business belongs to, by its Didit id (`vendor_business_uuid`).
        Credentials: Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``GET /v3/organization/{organization_id}/application/{application_id}/businesses/{vendor
        _business_uuid}/networks/``.

        Args:
          vendor_business_uuid: The business's Didit UUID (its `didit_internal_id`).
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMembershipList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.networks.list_for_business("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("vendor_business_uuid", vendor_business_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                LIST_BUSINESS_NETWORK_MEMBERSHIPS.method,
                LIST_BUSINESS_NETWORK_MEMBERSHIPS.path,
            )
            raise
        data = await self._transport.request(
            LIST_BUSINESS_NETWORK_MEMBERSHIPS,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "vendor_business_uuid": vendor_business_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_NetworkMembershipList(data) if data.__class__ is dict else data

    async def list_for_transaction(
        self,
        transaction_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMembershipList:
        """Networks of a transaction.

        The networks a transaction's parties belong to, by the transaction's Didit UUID.
        Credentials: Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``GET /v3/organization/{organization_id}/application/{application_id}/transactions/{tran
        saction_uuid}/networks/``.

        Args:
          transaction_uuid: The transaction's Didit UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMembershipList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.networks.list_for_transaction("…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("transaction_uuid", transaction_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                LIST_TRANSACTION_NETWORK_MEMBERSHIPS.method,
                LIST_TRANSACTION_NETWORK_MEMBERSHIPS.path,
            )
            raise
        data = await self._transport.request(
            LIST_TRANSACTION_NETWORK_MEMBERSHIPS,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "transaction_uuid": transaction_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_NetworkMembershipList(data) if data.__class__ is dict else data

    async def list_for_transaction_party(
        self,
        transaction_uuid: str,
        transaction_party_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMembershipList:
        """Networks of a transaction party.

        The networks one party of a transaction belongs to.

        ``GET /v3/organization/{organization_id}/application/{application_id}/transactions/{tran
        saction_uuid}/parties/{transaction_party_uuid}/networks/``.

        Args:
          transaction_uuid: The transaction's Didit UUID.
          transaction_party_uuid: The transaction party's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMembershipList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = await client.networks.list_for_transaction_party("…", "…")``
        """
        try:
            if organization_id is None:
                organization_id = self._transport.client_default("organization_id")
            if application_id is None:
                application_id = self._transport.client_default("application_id")
            path_param("organization_id", organization_id, uuid=True)
            path_param("application_id", application_id, uuid=True)
            path_param("transaction_uuid", transaction_uuid, uuid=True)
            path_param("transaction_party_uuid", transaction_party_uuid, uuid=True)
        except DiditValidationError as exc:
            exc.method, exc.path = (
                LIST_TRANSACTION_PARTY_NETWORK_MEMBERSHIPS.method,
                LIST_TRANSACTION_PARTY_NETWORK_MEMBERSHIPS.path,
            )
            raise
        data = await self._transport.request(
            LIST_TRANSACTION_PARTY_NETWORK_MEMBERSHIPS,
            path_params={
                "organization_id": organization_id,
                "application_id": application_id,
                "transaction_uuid": transaction_uuid,
                "transaction_party_uuid": transaction_party_uuid,
            },
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return structure_NetworkMembershipList(data) if data.__class__ is dict else data


class SyncNetworksResource:
    """``client.networks`` of ``Didit``: list, retrieve, graph, list_members, list_signals, timeline, map, list_for_session, list_for_business_session, list_for_user, list_for_business, list_for_transaction, list_for_transaction_party (blocking)."""

    __slots__ = ("_async", "_runner")

    def __init__(self, runner: SyncRunner, resource: NetworksResource) -> None:
        self._runner = runner
        self._async = resource

    def list(
        self,
        *,
        status: NetworkStatus
        | Literal["active", "in_review", "resolved", "dismissed"]
        | None = None,
        signal_type: NetworkSignalType
        | Literal["ip_address", "device", "face", "document_number", "phone", "email", "address"]
        | None = None,
        pattern_type: NetworkPatternType
        | Literal[
            "exact_same_device",
            "similar_device",
            "same_ip_address",
            "same_address",
            "similar_selfie_backgrounds",
            "similar_poa_documents",
            "same_document_number",
            "same_phone_number",
            "same_email",
        ]
        | None = None,
        risk_band: NetworkRiskBand | Literal["low", "medium", "high"] | None = None,
        min_size: int | None = None,
        max_size: int | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        q: str | None = None,
        ordering: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPaginator[NetworkListItem]:
        """List networks.

        Networks are groups of users, businesses and transaction parties tied together by shared
        signals (device, IP address, face, document number, phone, email, address). Filters
        narrow by status, signal, pattern, risk band, size and activity date; `q` searches names
        and ids. The page also carries `kpis`. Didit answers `next`/`previous` here as offsets
        (integers) rather than URLs; the SDK's iterator follows either.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/``.
        Blocks until Didit answers.

        Args:
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          status: one of active, in_review, resolved, dismissed.
          signal_type: one of ip_address, device, face, document_number, phone, email, ....
          pattern_type: one of exact_same_device, similar_device, same_ip_address, same_address,
              similar_selfie_backgrounds, similar_poa_documents, ....
          risk_band: one of low, medium, high.
          min_size: At least this many members.
          max_size: At most this many members.
          date_from: Created on or after this date.
          date_to: Created on or before this date.
          q: Searches network names and ids.
          ordering: ``str``.
          limit: Page size.
          offset: ``int``.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``SyncPaginator[NetworkListItem]`` (iterate it for every item, lazily).

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``page = client.networks.list()``
        """
        return self._runner.paginate(
            self._async.list(
                status=status,
                signal_type=signal_type,
                pattern_type=pattern_type,
                risk_band=risk_band,
                min_size=min_size,
                max_size=max_size,
                date_from=date_from,
                date_to=date_to,
                q=q,
                ordering=ordering,
                limit=limit,
                offset=offset,
                organization_id=organization_id,
                application_id=application_id,
                extra_query=extra_query,
                timeout=timeout,
                extra_headers=extra_headers,
            )
        )

    def retrieve(
        self,
        network_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkDetail:
        """Get a network.

        One network with its statistics, fraud tags, risk signals and review state. Credentials:
        Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/{network_
        uuid}/``. Blocks until Didit answers.

        Args:
          network_uuid: The network's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkDetail``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``detail = client.networks.retrieve("…")``
        """
        return self._runner.call(
            self._async.retrieve,
            network_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def graph(
        self,
        network_uuid: str,
        /,
        *,
        depth: Literal["1", "2", "3", "all"] | None = None,
        focus_kind: NetworkSubjectKind
        | Literal["vendor_user", "vendor_business", "transaction_party"]
        | None = None,
        focus_id: str | None = None,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkGraph:
        """A network's graph.

        The network as nodes (subjects and signals) and edges (a subject showing a signal), up
        to `depth` hops from `focus_id` (of kind `focus_kind`) when given, else the whole
        network; `truncated` says whether nodes were left out.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/{network_
        uuid}/graph/``. Blocks until Didit answers.

        Args:
          network_uuid: The network's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          depth: Hops from the focus node (`all`: no bound).
          focus_kind: The kind of the focus node.
          focus_id: The focus node: a subject UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkGraph``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``graph = client.networks.graph("…")``
        """
        return self._runner.call(
            self._async.graph,
            network_uuid,
            depth=depth,
            focus_kind=focus_kind,
            focus_id=focus_id,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_members(
        self,
        network_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMemberList:
        """A network's members.

        The subjects in the network with their outcome, risk, tags and the sessions and
        transactions that put them there. Not paginated.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/{network_
        uuid}/members/``. Blocks until Didit answers.

        Args:
          network_uuid: The network's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMemberList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = client.networks.list_members("…")``
        """
        return self._runner.call(
            self._async.list_members,
            network_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_signals(
        self,
        network_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkSignalList:
        """A network's signals.

        The shared values that tie the network together, with how many subjects share each. Not
        paginated.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/{network_
        uuid}/signals/``. Blocks until Didit answers.

        Args:
          network_uuid: The network's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkSignalList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = client.networks.list_signals("…")``
        """
        return self._runner.call(
            self._async.list_signals,
            network_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def timeline(
        self,
        network_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkTimeline:
        """A network's timeline.

        What happened in the network over time: members joining, signals seen, reviews. Oldest
        first.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/{network_
        uuid}/timeline/``. Blocks until Didit answers.

        Args:
          network_uuid: The network's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkTimeline``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``timeline = client.networks.timeline("…")``
        """
        return self._runner.call(
            self._async.timeline,
            network_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def map(
        self,
        network_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMap:
        """A network's map.

        Where the network's activity was observed, as points with their country, city and
        coordinates.

        ``GET /v3/organization/{organization_id}/application/{application_id}/networks/{network_
        uuid}/map/``. Blocks until Didit answers.

        Args:
          network_uuid: The network's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMap``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``map = client.networks.map("…")``
        """
        return self._runner.call(
            self._async.map,
            network_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_for_session(
        self,
        session_id: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMembershipList:
        """Networks of a session.

        The networks a verification session's subject belongs to. 404 when the session is not in
        this application.

        ``GET /v3/organization/{organization_id}/application/{application_id}/sessions/{session_
        id}/networks/``. Blocks until Didit answers.

        Args:
          session_id: The verification session's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMembershipList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = client.networks.list_for_session("…")``
        """
        return self._runner.call(
            self._async.list_for_session,
            session_id,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_for_business_session(
        self,
        business_session_id: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMembershipList:
        """Networks of a business session.

        The networks a business (KYB) session's subject belongs to.

        ``GET /v3/organization/{organization_id}/application/{application_id}/business-
        sessions/{business_session_id}/networks/``. Blocks until Didit answers.

        Args:
          business_session_id: The business session's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMembershipList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = client.networks.list_for_business_session("…")``
        """
        return self._runner.call(
            self._async.list_for_business_session,
            business_session_id,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_for_user(
        self,
        vendor_user_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMembershipList:
        """Networks of a user.

        The networks a user belongs to, by the user's Didit id (`vendor_user_uuid`, the user's
        `didit_internal_id`).

        ``GET /v3/organization/{organization_id}/application/{application_id}/users/{vendor_user
        _uuid}/networks/``. Blocks until Didit answers.

        Args:
          vendor_user_uuid: The user's Didit UUID (its `didit_internal_id`).
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMembershipList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = client.networks.list_for_user("…")``
        """
        return self._runner.call(
            self._async.list_for_user,
            vendor_user_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_for_business(
        self,
        vendor_business_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMembershipList:
        """Networks of a business.

        The networks a business belongs to, by its Didit id (`vendor_business_uuid`).
        Credentials: Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``GET /v3/organization/{organization_id}/application/{application_id}/businesses/{vendor
        _business_uuid}/networks/``. Blocks until Didit answers.

        Args:
          vendor_business_uuid: The business's Didit UUID (its `didit_internal_id`).
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMembershipList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = client.networks.list_for_business("…")``
        """
        return self._runner.call(
            self._async.list_for_business,
            vendor_business_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_for_transaction(
        self,
        transaction_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMembershipList:
        """Networks of a transaction.

        The networks a transaction's parties belong to, by the transaction's Didit UUID.
        Credentials: Didit's published facts declare no security scheme for the
        `/v3/organization/{organization_id}/application/{application_id}/` routes; the SDK sends
        the application's `x-api-key` (Didit's own SDKs read the same key for these calls), or
        the account's Bearer token when no key is configured.

        ``GET /v3/organization/{organization_id}/application/{application_id}/transactions/{tran
        saction_uuid}/networks/``. Blocks until Didit answers.

        Args:
          transaction_uuid: The transaction's Didit UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMembershipList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = client.networks.list_for_transaction("…")``
        """
        return self._runner.call(
            self._async.list_for_transaction,
            transaction_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )

    def list_for_transaction_party(
        self,
        transaction_uuid: str,
        transaction_party_uuid: str,
        /,
        *,
        organization_id: str | None = None,
        application_id: str | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: Timeout = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> NetworkMembershipList:
        """Networks of a transaction party.

        The networks one party of a transaction belongs to.

        ``GET /v3/organization/{organization_id}/application/{application_id}/transactions/{tran
        saction_uuid}/parties/{transaction_party_uuid}/networks/``. Blocks until Didit answers.

        Args:
          transaction_uuid: The transaction's Didit UUID.
          transaction_party_uuid: The transaction party's UUID.
          organization_id: Your organization's UUID.
          application_id: Your application's UUID.
          extra_query: query parameters merged in after validation, unchecked.

        Returns: ``NetworkMembershipList``.

        Raises: DiditValidationError (before sending) when an argument cannot be valid; the
        other DiditError subclasses when Didit answers with an error.

        Example: ``list = client.networks.list_for_transaction_party("…", "…")``
        """
        return self._runner.call(
            self._async.list_for_transaction_party,
            transaction_uuid,
            transaction_party_uuid,
            organization_id=organization_id,
            application_id=application_id,
            extra_query=extra_query,
            timeout=timeout,
            extra_headers=extra_headers,
        )
