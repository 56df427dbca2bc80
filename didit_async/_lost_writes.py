"""How the transport finds what a write whose answer was lost made, per operation.

``AsyncDidit`` hands :data:`RESOLVERS` to each transport it builds (``HttpTransport(...,
resolvers=RESOLVERS)``), so a lost ``sessions_create`` with ``vendor_data`` or a lost
``transactions_create`` is looked up before it is sent again, whichever way it was called
(``client.sessions.create``, ``create_many`` or the transport itself). Each resolver imports its
resource's module when it first runs: by then that resource is in use anyway, and building a
client stays free of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._transport_build import Resolver

__all__ = ["RESOLVERS"]


async def _created_session(transport: Any, request: Mapping[str, Any], since: float) -> Any:
    from ._sessions import find_created_session

    return await find_created_session(transport, transport.clock, request, since)


async def _stored_transaction(transport: Any, request: Mapping[str, Any], since: float) -> Any:
    from ._transactions import find_transaction

    return await find_transaction(transport, request, since)


# operation id → its resolver (the transport's Resolver: transport, body sent, first attempt).
RESOLVERS: Mapping[str, Resolver] = {
    "sessions_create": _created_session,
    "transactions_create": _stored_transaction,
}
