"""A plain-httpx client on the in-process sandbox, and a validator for the spec's responses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped,unused-ignore]
import pytest
import yaml

from didit_async.sandbox import Sandbox, SandboxConfig

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi" / "didit.yaml").read_text())
# Examples of a reading the spec does not follow, where sources disagree (both still decode).
SUPERSEDED = {
    # The skills' older review list shape; the spec and the sandbox follow the current docs'
    # activity shape ({uuid, activity_type, actor_*, previous_status, comment, ...}).
    "SessionReview.1.json",
}
# The JSON examples printed in the docs and seeds, by the schema they show.
DOC_EXAMPLES: dict[str, list[Any]] = {}
for _path in sorted((Path(__file__).parents[1] / "fixtures" / "examples").glob("*.json")):
    if _path.name not in SUPERSEDED:
        DOC_EXAMPLES.setdefault(_path.name.split(".")[0], []).append(json.loads(_path.read_text()))


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


def shape_gaps(doc: Any, got: Any, where: str = "$") -> list[str]:
    """Where ``got`` lacks something the docs' example shows: a key, or a JSON type.

    Values are not compared (the docs print placeholders); nulls match anything, since the docs
    print ``null`` for what a given session happens not to have.
    """
    if doc is None or got is None:
        return []
    if isinstance(doc, dict):
        if not isinstance(got, dict):
            return [f"{where}: the docs show an object, got {_kind(got)}"]
        gaps: list[str] = []
        for k in doc:
            inner = f"{where}.{k}"
            gaps += shape_gaps(doc[k], got[k], inner) if k in got else [f"{inner}: missing"]
        return gaps
    if isinstance(doc, list):
        if not isinstance(got, list):
            return [f"{where}: the docs show an array, got {_kind(got)}"]
        return shape_gaps(doc[0], got[0], f"{where}[0]") if doc and got else []
    if _kind(doc) != _kind(got):
        return [f"{where}: the docs show a {_kind(doc)}, got {_kind(got)}"]
    return []


def _drf_field_errors(body: Any) -> bool:
    """DRF's field-keyed errors: messages by field, nested objects' errors nested the same way."""
    if isinstance(body, dict):
        return bool(body) and all(_drf_field_errors(v) for v in body.values())
    if isinstance(body, list):
        strings = all(isinstance(x, str) for x in body)
        return bool(body) and (strings or all(x == {} or _drf_field_errors(x) for x in body))
    return False


class SpecChecker:
    """Validates a response against the operation's documented status and schema.

    Where the docs print an example of the response's schema, the body must also have every key
    of one of those examples, with the same JSON types (``docs_shaped`` records which).
    """

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.docs_shaped: set[str] = set()

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
        body = response.json()
        jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        ).validate(body)
        name = schema.get("$ref", "").rsplit("/", 1)[-1]
        field_keyed = name == "ErrorBody" and "detail" not in body and _drf_field_errors(body)
        # A field-keyed 400 (`{"workflow_id": ["This field is required."]}`) is documented in
        # prose, not by example; the printed ErrorBody examples are the `detail` kind.
        if name in DOC_EXAMPLES and not field_keyed:
            gaps = [shape_gaps(example, body) for example in DOC_EXAMPLES[name]]
            assert [] in gaps, f"{op['operationId']} differs from the docs' {name}: {gaps}"
            self.docs_shaped.add(name)


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
