"""``didit api OPERATION_ID``: every operation reachable from the shell, path values in order,
fields by --param or --body, tokens for the token-authenticated calls, files to --output."""

from __future__ import annotations

from pathlib import Path

from didit_async._generated.operations import OPERATIONS
from tests.cli.conftest import Didit


def test_api_list_names_every_operation(didit: Didit) -> None:
    listed = didit.json("api-list")
    assert {row["operation_id"] for row in listed} == set(OPERATIONS)


def test_rules_travel_rule_and_risk_through_the_generic_command(didit: Didit) -> None:
    rule = didit.json(
        "api",
        "transactions_rules_create",
        "--body",
        '{"title": "Big", "category": "amount", "mode": "ACTIVE",'
        ' "conditions": [{"field": "amount", "operator": "gte", "value": 900}],'
        ' "actions": [{"type": "change_status", "value": "DECLINED"}]}',
    )
    got = didit.json("api", "transactions_rules_retrieve", rule["uuid"])
    assert got["title"] == "Big"
    listed = didit.json("api", "transactions_rules_list", "--param", "mode=ACTIVE", "--all")
    assert [r["uuid"] for r in listed] == [rule["uuid"]]
    settings = didit.json(
        "api",
        "travel_rule_settings_update",
        "--param",
        "is_enabled=true",
        "--param",
        'threshold_amount="50"',
    )
    assert settings["is_enabled"] is True and settings["threshold_amount"] == "50"
    scored = didit.json("api", "risk_email", "--param", "email=breached.x@sandbox-mail.dev")
    assert scored["status"] == "In Review"


def test_the_device_and_session_tokens_and_files(
    didit: Didit, workflow_id: str, tmp_path: Path
) -> None:
    token = didit.json("api", "transactions_create_sdk_token", "--param", "vendor_data=dev-1")
    tx = didit.json(
        "api",
        "device_transactions_create",
        "--transaction-token",
        token["sdk_token"],
        "--body",
        '{"txn_id": "cli-1", "type": "transfer", "subject": {"fullName": "Ana"},'
        ' "info": {"direction": "OUTBOUND", "amount": 5, "currency": "EUR"}}',
    )
    assert tx["vendor_data"] == "dev-1"
    created = didit.json("api", "sessions_create", "--param", f"workflow_id={workflow_id}")
    armed = didit.json(
        "api",
        "sessions_arm_sandbox",
        created["session_id"],
        "--param",
        "scenario=decline_minimum_age",
        "--session-token",
        # The CLI masks the token in what it prints; the sandbox knows it.
        didit.sandbox.state.sessions[created["session_id"]].token,
    )
    assert armed["scenario"] == "decline_minimum_age"
    didit.json("api", "users_create", "--param", "vendor_data=pdf-user")
    out = tmp_path / "user.pdf"
    result = didit("api", "users_generate_pdf", "pdf-user", "--output", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")


def test_mistakes_are_usage_errors(didit: Didit) -> None:
    assert didit("api", "no_such_operation").exit_code == 2
    assert didit("api", "transactions_rules_retrieve").exit_code == 2  # the path value is missing
    assert didit("api", "risk_email", "--param", "nonsense").exit_code == 2
    assert didit("api", "risk_email", "--param", "colour=red").exit_code != 0
