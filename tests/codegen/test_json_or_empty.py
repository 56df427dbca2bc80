"""An operation answering either JSON or nothing (200 with a body, or 204) returns a model or None.

Didit's session delete now answers 200 with what it did (face retention included); older
answers were 204 with no body. The generator reads such an operation as one JSON answer that
may come empty: the method is annotated ``Model | None``, its metadata says ``empty_ok``, and
the transport's decoder gives ``None`` for the empty body instead of a decode error.
"""

from __future__ import annotations

import copy
import importlib
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from codegen import CodegenError, render
from codegen.pipeline import generate
from didit_async._generated.operations import OPERATIONS
from didit_async._transport_classify import decode

FIXTURE = yaml.safe_load((Path(__file__).parent / "fixture.yaml").read_text())


def _spec(responses: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(FIXTURE)
    op = spec["paths"]["/things/{thingId}/"]["delete"]
    op["responses"] = responses
    return spec


JSON_OR_EMPTY = {
    "200": {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
    },
    "204": {"description": "older answers"},
}


def test_the_method_returns_the_model_or_none_and_the_metadata_says_so(tmp_path: Path) -> None:
    generate(_spec(JSON_OR_EMPTY), tmp_path / "emptygen")
    (tmp_path / "emptygen" / "__init__.py").touch()
    sys.path.insert(0, str(tmp_path))
    try:
        resources = importlib.import_module("emptygen.resources.things")
        operations = importlib.import_module("emptygen.operations")
    finally:
        sys.path.remove(str(tmp_path))
    meta = operations.OPERATIONS["things_delete"]
    assert (meta.response_kind, meta.empty_ok) == ("json", True)
    source = (tmp_path / "emptygen" / "resources" / "things.py").read_text()
    assert "-> Thing | None:" in source
    assert resources is not None


def test_two_different_bodies_beside_an_empty_answer_are_refused() -> None:
    responses = {
        **JSON_OR_EMPTY,
        "202": {
            "description": "ok",
            "content": {"application/json": {"schema": {"type": "array", "items": {}}}},
        },
    }
    with pytest.raises(CodegenError, match=r"one \$ref|different non-model"):
        render(_spec(responses))


@pytest.mark.parametrize(
    ("status", "content", "expected"),
    [
        (204, b"", None),
        (200, b'{"session_id": "s", "face_retention_outcome": "deleted"}', "deleted"),
    ],
)
def test_the_session_delete_decodes_a_body_or_nothing(
    status: int, content: bytes, expected: str | None
) -> None:
    op = OPERATIONS["sessions_delete"]
    assert op.empty_ok
    body = decode(op, httpx.Response(status, content=content), content)  # type: ignore[arg-type]
    assert (body and body["face_retention_outcome"]) == expected
