"""Conditional requirements stated in the spec reach the generated validators (and the sandbox)."""

from __future__ import annotations

from typing import Any

import pytest

from didit_async._generated import _codec
from didit_async._seam import DiditValidationError


def _reason(validate: Any, body: dict[str, Any]) -> tuple[str, str] | None:
    try:
        validate(body)
    except DiditValidationError as exc:
        return exc.field, exc.reason
    return None


def test_every_if_then_of_an_all_of_is_checked() -> None:
    check = _codec.validator("UpdateStatusRequest")
    assert _reason(check, {"new_status": "Resubmitted"}) == ("nodes_to_resubmit", "depends")
    assert _reason(check, {"new_status": "Approved", "send_email": True}) == (
        "email_address",
        "depends",
    )
    nodes = [{"node_id": "feature_ocr", "feature": "OCR"}]
    assert _reason(check, {"new_status": "Resubmitted", "nodes_to_resubmit": nodes}) is None
    assert _reason(check, {"new_status": "Declined"}) is None


@pytest.mark.parametrize(
    ("validate", "listed"),
    [
        (_codec.validator("BatchDeleteSessionsRequest"), "session_numbers"),
        (_codec.validator("UserBatchDeleteRequest"), "vendor_data_list"),
    ],
)
def test_batch_deletes_need_a_list_unless_deleting_everything(validate: Any, listed: str) -> None:
    assert _reason(validate, {"delete_all": False}) == (listed, "depends")
    assert _reason(validate, {"delete_all": True}) is None
    assert _reason(validate, {listed: ["1"]}) is None
