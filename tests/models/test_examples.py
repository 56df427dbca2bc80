"""Every documented JSON example decodes into the generated models and encodes back unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from didit_async import models

EXAMPLES = sorted((Path(__file__).parent.parent / "fixtures" / "examples").glob("*.json"))


def test_there_are_examples_for_the_core_shapes() -> None:
    names = {p.name.split(".")[0] for p in EXAMPLES}
    assert {
        "CreateSessionResponse",
        "SessionDecision",
        "SessionListPage",
        "WebhookSessionPayload",
        "BillingBalance",
    } <= names


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_round_trips(path: Path) -> None:
    data = json.loads(path.read_text())
    model = getattr(models, path.name.split(".")[0])  # a missing schema fails here, loudly
    decoded = models.decode(model, data)
    assert isinstance(decoded, model)
    assert models.encode(decoded) == data


def test_unknown_fields_and_enum_values_are_kept() -> None:
    data = {
        "session_id": "s",
        "status": "Frozen By Compliance",
        "brand_new": {"x": [1, 2.5]},
        "id_verifications": [{"status": "Approved", "future_flag": True}],
    }
    decision = models.decode(models.SessionDecision, data)
    assert decision.status == "Frozen By Compliance"
    assert decision.additional_properties == {"brand_new": {"x": [1, 2.5]}}
    assert decision.id_verifications is not None
    assert decision.id_verifications[0].additional_properties == {"future_flag": True}
    assert models.encode(decision) == data


def test_each_decoded_instance_has_its_own_additional_properties() -> None:
    first = models.decode(models.Warning, {"risk": "A"})
    second = models.decode(models.Warning, {"risk": "B"})
    first.additional_properties["note"] = "mine"
    assert second.additional_properties == {}
    assert models.decode(models.Warning, {"risk": "C"}).additional_properties == {}
    assert models.encode(second) == {"risk": "B"}


def test_payload_keys_named_like_internal_attributes_are_kept_as_unknown_fields() -> None:
    data = {"risk": "A", "additional_properties": 1, "_present": None}
    decoded = models.decode(models.Warning, data)
    assert decoded.risk == "A"
    assert decoded.additional_properties == {"additional_properties": 1, "_present": None}
    assert models.encode(decoded) == data


@pytest.mark.parametrize("data", [[("session_id", "s")], "s", None, 5])
def test_decoding_a_model_from_something_other_than_an_object_is_a_type_error(data: Any) -> None:
    with pytest.raises(TypeError, match="SessionDecision is decoded from a JSON object"):
        models.decode(models.SessionDecision, data)


def test_unknown_enum_values_become_pseudo_members() -> None:
    decision = models.decode(models.SessionDecision, {"session_id": "s", "status": "Frozen"})
    status = decision.status
    assert isinstance(status, models.SessionStatus) and isinstance(status, str)
    assert status == "Frozen" and status.value == "Frozen" and not status.is_known
    assert models.SessionStatus.APPROVED.is_known
    assert "Frozen" not in [m.value for m in models.SessionStatus]  # never cached as a member
    assert models.decode(models.SessionStatus, "Frozen") == "Frozen"
    assert type(models.encode(decision)["status"]) is str


def test_docstring_examples_run() -> None:
    import doctest

    result = doctest.testmod(models)
    assert result.attempted >= 3 and result.failed == 0


def test_known_enum_values_become_members() -> None:
    decision = models.decode(models.SessionDecision, {"session_id": "s", "status": "Kyc Expired"})
    assert decision.status is models.SessionStatus.KYC_EXPIRED
    assert f"{decision.status}" == "Kyc Expired"
    assert json.dumps(models.encode(decision)) == '{"session_id": "s", "status": "Kyc Expired"}'


def test_absent_and_null_stay_distinct() -> None:
    with_null = {"session_id": "s", "status": "Approved", "vendor_data": None}
    without = {"session_id": "s", "status": "Approved"}
    assert models.encode(models.decode(models.SessionDecision, with_null)) == with_null
    assert models.encode(models.decode(models.SessionDecision, without)) == without


def test_request_models_send_null_only_for_nullable_fields_set_to_none() -> None:
    disable = models.WebhookConfigUpdateRequest(webhook_url=None)
    assert models.encode(disable) == {"webhook_url": None}
    assert models.encode(models.WebhookConfigUpdateRequest()) == {}
    assert models.encode(models.CreateSessionRequest(workflow_id="w")) == {"workflow_id": "w"}


def test_secrets_never_appear_in_reprs() -> None:
    token = models.decode(
        models.AccountTokenResponse,
        {
            "access_token": "eyJ.secret.jwt",
            "refresh_token": "rt-secret",
            "application": {"api_key": "key-secret-123", "uuid": "u"},
        },
    )
    text = repr(token)
    assert "eyJ.secret.jwt" not in text
    assert "rt-secret" not in text
    assert "key-secret-123" not in text
    assert "'***'" in text


def test_public_module_exports_every_model_sorted() -> None:
    assert models.__all__ == sorted(models.__all__)
    for name in ("SessionDecision", "SessionStatus", "Workflow", "decode", "encode"):
        assert name in models.__all__
