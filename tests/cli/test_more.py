"""The rest of the SDK surface: health, OTP resend, applications, AML hits, features, data edits."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Didit, table_rows


def test_health(didit: Didit) -> None:
    assert didit.json("health")["status"] == "ok"
    result = didit("health")
    assert result.exit_code == 0
    assert ["status", "ok"] in table_rows(result.stdout)


def test_aml_hit_feature_status_and_data_edits(didit: Didit) -> None:
    wf = didit.json(
        "workflows", "create", "--label", "AML", "--type", "kyc", "--aml", "--liveness"
    )["uuid"]
    s = didit.json(
        "sessions",
        "create",
        "--workflow-id",
        wf,
        "--vendor-data",
        "aml-1",
        "--sandbox-scenario",
        "aml_hit",
    )
    sid = s["session_id"]
    decision = didit.json("sessions", "wait", sid, "--timeout", "20")
    hit = decision["aml_screenings"][0]["hits"][0]["id"]
    reviewed = didit.json("sessions", "aml-hit", sid, "--hit-id", hit, "--status", "False Positive")
    assert (reviewed["hit_id"], reviewed["review_status"]) == (hit, "False Positive")
    after = didit.json("sessions", "decision", sid)
    assert after["aml_screenings"][0]["hits"][0]["review_status"] == "False Positive"
    node = decision["liveness_checks"][0]["node_id"]
    feature = didit.json("sessions", "feature-status", sid, node, "--status", "Approved")
    assert (feature["session_id"], feature["node_id"], feature["new_status"]) == (
        sid,
        node,
        "Approved",
    )
    edited = didit.json("sessions", "update-data", sid, "--set", "first_name=Ada")
    assert (edited["session_id"], edited["message"]) == (sid, "Data updated.")
    assert didit.json("sessions", "decision", sid)["id_verifications"][0]["first_name"] == "Ada"
    bad = didit("sessions", "update-data", sid, "--set", "no-equals-sign")
    assert bad.exit_code == 2


def test_users_and_questionnaires_update(didit: Didit, tmp_path: Path) -> None:
    didit.json("users", "create", "u-7")
    updated = didit.json(
        "users", "update", "u-7", "--display-name", "Grace", "--metadata", '{"tier": "gold"}'
    )
    assert updated["display_name"] == "Grace" and updated["metadata"] == {"tier": "gold"}
    form = tmp_path / "form.json"
    form.write_text(json.dumps([{"element_type": "short_text", "label": {"en": "Job"}}]))
    q = didit.json("questionnaires", "create", "--title", "A", "--elements", str(form))
    uuid = q.get("uuid") or q.get("questionnaire_uuid")
    assert didit.json("questionnaires", "update", uuid, "--title", "B")["title"] == "B"


def test_resend_otp_and_create_application(didit: Didit) -> None:
    email = "hopper@gmail.com"
    didit("account", "register", email, "--password-stdin", input="MyStr0ng!Pass\n")
    first = didit.sandbox.state.otps[email]
    assert didit("account", "resend-otp", email).exit_code == 0
    code = didit.sandbox.state.otps[email]
    # Neither --save nor --no-save: with --json only the access token is stored (--no-save
    # stores nothing, and create-application needs the token).
    verified = didit.json("account", "verify", email, code)
    assert first and verified["organization_id"]
    app = didit.json(
        "account", "create-application", verified["organization_id"], "--name", "Staging"
    )
    assert app["name"] == "Staging" and app["api_key"] and "…" not in app["api_key"]
