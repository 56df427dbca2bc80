"""Every generated operation is reachable on ``AsyncDidit``, and the client agrees with the spec."""

from __future__ import annotations

import inspect
import pathlib
from typing import Any

import pytest

from didit_async import AsyncDidit
from didit_async._client import resolve_operation
from didit_async._generated.spec import RATE_LIMIT_SCOPES

generated = pytest.importorskip("didit_async._generated.operations")
SPEC = pathlib.Path(__file__).resolve().parents[2] / "openapi" / "didit.yaml"


def test_every_operation_has_a_method() -> None:
    client = AsyncDidit("k")
    missing = []
    for op_id, op in generated.OPERATIONS.items():
        try:
            method = resolve_operation(client, op)
        except AttributeError:
            missing.append(f"{op_id} -> client.{op.resource}.{op.method_name}")
            continue
        assert callable(method), op_id
    assert not missing, "operations without a method:\n" + "\n".join(missing)


def test_resources_are_built_once_per_client_on_first_use() -> None:
    # Built the first time they are read (so a program imports only the resources it uses),
    # then kept (not rebuilt on each access), and driven by this client's own transport, so two
    # clients never share a resource.
    client, other = AsyncDidit("k"), AsyncDidit("k")
    # The device-facing operations live on a device client (AsyncDiditDevice).
    roots = {op.resource.split(".")[0] for op in generated.OPERATIONS.values()} - {"device"}
    for root in roots:
        assert root not in vars(client), root
        resource = getattr(client, root)
        assert vars(client)[root] is resource is getattr(client, root), root
        assert resource._transport is client.transport, root
        assert resource is not getattr(other, root), root


def test_paginated_operations_are_plain_functions_and_the_rest_coroutines() -> None:
    client = AsyncDidit("k")
    for op_id, op in generated.OPERATIONS.items():
        method: Any = resolve_operation(client, op)
        assert inspect.iscoroutinefunction(method) is (not op.paginated), op_id


def test_every_scope_an_operation_names_has_a_default_limit() -> None:
    named = {s for op in generated.OPERATIONS.values() for s in op.rate_limit_scopes}
    assert named <= set(RATE_LIMIT_SCOPES), named - set(RATE_LIMIT_SCOPES)


def test_default_limits_equal_the_specs_x_rate_limit_scopes() -> None:
    if not SPEC.exists():
        pytest.skip("openapi/didit.yaml not assembled yet")
    import yaml

    spec = yaml.safe_load(SPEC.read_text())
    scopes = spec.get("x-rate-limit-scopes", {})
    assert {
        name: (int(v["limit"]), float(v["window_seconds"])) for name, v in scopes.items()
    } == RATE_LIMIT_SCOPES


@pytest.mark.anyio
async def test_generated_validation_reaches_users_as_didit_validation_error(router: Any) -> None:
    from didit_async import DiditError, DiditValidationError

    async with AsyncDidit("k") as client:
        with pytest.raises(DiditError) as info:
            await client.sessions.retrieve_decision("")
        assert isinstance(info.value, DiditValidationError)
        with pytest.raises(DiditValidationError) as bad:
            await client.sessions.create(workflow_id="not-a-uuid")
        assert bad.value.field == "workflow_id"
    assert not router.calls  # nothing left the process
