"""A plain-httpx client on the in-process sandbox, and a validator for the spec's responses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped,unused-ignore]
import pytest
import yaml

from didit_async.sandbox import Sandbox, SandboxConfig

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi" / "didit.yaml").read_text())


class SpecChecker:
    """Validates a response against the operation's documented status and schema."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def check(self, method: str, template: str, response: httpx.Response) -> None:
        op = SPEC["paths"][template][method.lower()]
        self.seen.add(op["operationId"])
        code = str(response.status_code)
        assert code in op["responses"], f"{op['operationId']} answered undocumented {code}"
        entry = op["responses"][code]
        if "$ref" in entry:
            entry = SPEC["components"]["responses"][entry["$ref"].rsplit("/", 1)[1]]
        content = entry.get("content")
        if not content:
            assert response.content == b"", f"{op['operationId']} {code} should have no body"
            return
        if "application/json" not in content:
            assert response.headers["content-type"].startswith("application/pdf")
            assert response.content.startswith(b"%PDF-") and b"%%EOF" in response.content
            return
        schema = {**content["application/json"]["schema"], "components": SPEC["components"]}
        jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        ).validate(response.json())


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(SandboxConfig(virtual_time=True))


@pytest.fixture
def spec_checker() -> SpecChecker:
    return SpecChecker()


def http_for(sandbox: Sandbox, **headers: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=sandbox.transport(),
        base_url="http://127.0.0.1:8765",
        headers={"x-api-key": sandbox.api_key, **headers},
    )
