"""The sync surface is the async surface: same methods, parameters, defaults and models."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

from didit_async import AsyncDidit, Didit
from didit_async._generated import resources
from didit_async._generated.operations import OPERATIONS
from didit_async._sessions import Sessions
from didit_async._sync_sessions import SyncSessions


def _methods(cls: type) -> dict[str, Any]:
    return {
        name: member
        for klass in reversed(cls.__mro__)
        for name, member in vars(klass).items()
        if inspect.isfunction(member) and not name.startswith("_")
    }


def _params(fn: Any) -> list[tuple[str, Any, Any, Any]]:
    sig = inspect.signature(fn)
    return [(p.name, p.kind, p.default, p.annotation) for p in sig.parameters.values()]


def test_every_async_resource_has_a_sync_twin_with_the_same_signatures() -> None:
    pairs = 0
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{resources.__name__}.{info.name}")
        name = next(n for n in module.__all__ if n.endswith("Resource") and n[:4] != "Sync")
        async_cls = getattr(module, name)
        sync_cls = getattr(module, f"Sync{name}")
        async_methods, sync_methods = _methods(async_cls), _methods(sync_cls)
        assert set(sync_methods) == set(async_methods), name
        for method, fn in async_methods.items():
            twin = sync_methods[method]
            assert _params(twin) == _params(fn), f"{name}.{method}"
            ret = inspect.signature(fn).return_annotation
            expected = ret.replace("AsyncPaginator[", "SyncPaginator[")
            assert inspect.signature(twin).return_annotation == expected, f"{name}.{method}"
            pairs += 1
    assert pairs == len(OPERATIONS)  # every operation of the spec


def test_the_hand_written_session_workloads_have_blocking_twins() -> None:
    for method in ("create_many", "wait_for_decision", "watch"):
        async_names = [p[:3] for p in _params(getattr(Sessions, method))]
        sync_names = [p[:3] for p in _params(getattr(SyncSessions, method))]
        assert sync_names == async_names, method


def test_didit_has_every_root_resource_of_async_didit() -> None:
    # The device-facing operations are on the device clients, checked below.
    roots = {op.resource.split(".")[0] for op in OPERATIONS.values()} - {"device"}
    client = Didit(api_key="k")
    try:
        for name in roots:
            sync_resource = getattr(client, name)
            assert type(sync_resource).__name__.startswith("Sync"), name
            assert sync_resource._async is getattr(client.async_client, name)
        device = client.device("txsdk_tok")
        assert type(device.transactions).__name__ == "SyncDeviceTransactionsResource"
        assert device.transactions._async is device._async.transactions
    finally:
        client.close()
    init = _params(Didit.__init__)
    async_init = _params(AsyncDidit.__init__)
    assert [p[:3] for p in init] == [p[:3] for p in async_init]
    assert [p[0] for p in _params(Didit.with_options)] == [
        p[0] for p in _params(AsyncDidit.with_options)
    ]


def test_transactions_create_many_has_a_blocking_twin() -> None:
    from didit_async._sync_transactions import SyncTransactions
    from didit_async._transactions import Transactions

    async_names = [p[:3] for p in _params(Transactions.create_many)]
    assert [p[:3] for p in _params(SyncTransactions.create_many)] == async_names
