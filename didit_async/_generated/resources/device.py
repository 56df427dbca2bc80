# Generated from openapi/didit.yaml by codegen. Do not edit.
"""``client.device``, async and blocking, ``client.device.transactions`` in ``device_transactions.py``.

Each operation's constant (its HTTP method and path, host, scopes, idempotency) comes
first; each method checks its arguments before anything is sent (a bad one raises
``DiditValidationError`` naming the operation), builds the body through its request
model and calls the transport with that constant. The ``Sync*`` class is the blocking
twin for ``Didit``: the same arguments, run through the client's runner.
"""

from __future__ import annotations

from didit_async._seam import Transport
from didit_async._sync_seam import SyncRunner

from .device_transactions import DeviceTransactionsResource, SyncDeviceTransactionsResource

__all__ = ["DeviceResource", "SyncDeviceResource"]


class DeviceResource:
    """``client.device``: sub-resources."""

    __slots__ = ("_transport", "transactions")

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.transactions = DeviceTransactionsResource(transport)


class SyncDeviceResource:
    """``client.device`` of ``Didit``: sub-resources (blocking)."""

    __slots__ = ("_async", "_runner", "transactions")

    def __init__(self, runner: SyncRunner, resource: DeviceResource) -> None:
        self._runner = runner
        self._async = resource
        self.transactions = SyncDeviceTransactionsResource(runner, resource.transactions)
