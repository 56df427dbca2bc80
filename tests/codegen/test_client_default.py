"""``x-client-default`` on a path parameter: an optional keyword that falls back to the client.

Organization-scoped routes (``/v3/organization/{organization_id}/application/{application_id}/``)
take both ids on every call; the client is given them once, and each generated method takes
them as optional keywords whose ``None`` asks the transport for the configured value.
"""

from __future__ import annotations

import copy
import importlib
import inspect
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen import CodegenError, render
from codegen.pipeline import generate
from didit_async import DiditValidationError

ORG = "11111111-1111-4111-8111-111111111111"
APP = "22222222-2222-4222-8222-222222222222"
OTHER = "33333333-3333-4333-8333-333333333333"


def _uuid_param(name: str, default: str | None) -> dict[str, Any]:
    param: dict[str, Any] = {
        "name": name,
        "in": "path",
        "required": True,
        "schema": {"type": "string", "format": "uuid"},
    }
    if default:
        param["x-client-default"] = default
    return param


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "client defaults", "version": "1"},
    "x-hosts": {"verification": "https://v.example"},
    "paths": {
        "/v3/organization/{organization_id}/application/{application_id}/cases/{case_uuid}/": {
            "get": {
                "operationId": "cases_retrieve",
                "x-host": "verification",
                "x-sdk": {"resource": "cases", "method": "retrieve"},
                "x-rate-limit-scopes": ["generic-get"],
                "parameters": [
                    _uuid_param("organization_id", "organization_id"),
                    _uuid_param("application_id", "application_id"),
                    _uuid_param("case_uuid", None),
                ],
                "responses": {"204": {"description": "ok"}},
            }
        }
    },
    # The generator's enums module needs one enum to be lint-clean.
    "components": {"schemas": {"CaseStatus": {"type": "string", "enum": ["OPEN"]}}},
}


class Transport:
    """Records calls; knows only the ids it was given."""

    def __init__(self, **defaults: str) -> None:
        self.defaults = defaults
        self.calls: list[dict[str, Any]] = []

    def client_default(self, name: str) -> str:
        if name not in self.defaults:
            raise DiditValidationError(name, "required", f"set the client's {name}")
        return self.defaults[name]

    async def request(self, op: Any, **kw: Any) -> Any:
        self.calls.append(kw)
        return None


@pytest.fixture(scope="module")
def resources(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("client_default")
    generate(SPEC, root / "defaultgen")
    (root / "defaultgen" / "__init__.py").touch()
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("defaultgen.resources.cases")
    finally:
        sys.path.remove(str(root))


def test_the_ids_are_optional_keywords_after_the_positional_case_id(resources: Any) -> None:
    sig = inspect.signature(resources.CasesResource.retrieve)
    params = sig.parameters
    assert params["case_uuid"].kind is inspect.Parameter.POSITIONAL_ONLY
    for name in ("organization_id", "application_id"):
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY
        assert params[name].default is None


@pytest.mark.anyio
async def test_left_out_ids_come_from_the_client_and_a_call_may_override_them(
    resources: Any,
) -> None:
    transport = Transport(organization_id=ORG, application_id=APP)
    cases = resources.CasesResource(transport)
    await cases.retrieve(OTHER)
    await cases.retrieve(OTHER, application_id=OTHER)
    assert [c["path_params"] for c in transport.calls] == [
        {"organization_id": ORG, "application_id": APP, "case_uuid": OTHER},
        {"organization_id": ORG, "application_id": OTHER, "case_uuid": OTHER},
    ]


@pytest.mark.anyio
async def test_an_id_set_nowhere_or_malformed_stops_the_call_naming_the_operation(
    resources: Any,
) -> None:
    transport = Transport(organization_id=ORG)
    cases = resources.CasesResource(transport)
    with pytest.raises(DiditValidationError) as missing:
        await cases.retrieve(OTHER)
    assert missing.value.field == "application_id"
    assert missing.value.method == "GET" and "{application_id}" in (missing.value.path or "")
    with pytest.raises(DiditValidationError) as malformed:
        await cases.retrieve(OTHER, application_id="not-a-uuid")
    assert malformed.value.field == "application_id" and malformed.value.reason == "format"
    assert transport.calls == []


def test_only_a_path_parameter_takes_a_client_default() -> None:
    spec = copy.deepcopy(SPEC)
    op = spec["paths"][next(iter(spec["paths"]))]["get"]
    op["parameters"].append(
        {"name": "tag", "in": "query", "schema": {"type": "string"}, "x-client-default": "tag"}
    )
    with pytest.raises(CodegenError) as info:
        render(spec)
    assert info.value.pointer.endswith("/parameters/3/x-client-default")


def test_the_blocking_twin_takes_and_forwards_the_same_keywords(tmp_path: Path) -> None:
    source = render(SPEC)["resources/cases.py"]
    blocking = source[source.index("class SyncCasesResource") :]
    assert "organization_id: str | None = None," in blocking
    assert "organization_id=organization_id" in blocking
    assert "organization_id: str | None = None," in source
    assert "organization_id=organization_id" in source
