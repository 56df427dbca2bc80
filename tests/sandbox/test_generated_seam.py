"""The sandbox reaches the generated code through named functions (``_generated._codec``'s
``validator``, ``known_keys``, ``model_class`` and the ``OPERATIONS`` table), never by building
private names such as ``validate_<schema>`` or ``_K_<schema>`` and looking them up."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from didit_async._generated import _codec
from didit_async._generated.operations import OPERATIONS
from didit_async._seam import DiditValidationError

SANDBOX = Path(__file__).resolve().parents[2] / "didit_async" / "sandbox"


def test_the_sandbox_builds_no_private_generated_names() -> None:
    for path in SANDBOX.glob("*.py"):
        source = path.read_text()
        assert not re.search(r"getattr\(\s*(_codec|models)", source), path.name
        assert "_K_" not in source and not re.search(r'f"validate_', source), path.name


def test_every_request_body_has_a_named_validator_key_set_and_class() -> None:
    schemas = {op.request_schema for op in OPERATIONS.values() if op.request_schema}
    assert schemas <= _codec.REQUEST_MODELS
    for schema in schemas:
        cls = _codec.model_class(schema)
        assert cls.__name__ == schema
        assert _codec.known_keys(schema), schema
    with pytest.raises(DiditValidationError) as info:
        _codec.validator("CreateSessionRequest")({"vendor_data": "u"})
    assert (info.value.field, info.value.reason) == ("workflow_id", "required")
    assert "workflow_id" in _codec.known_keys("CreateSessionRequest")
    with pytest.raises(KeyError):
        _codec.validator("SessionDecision")  # a response model has no validator
    with pytest.raises(KeyError):
        _codec.model_class("NoSuchModel")
