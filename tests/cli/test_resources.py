"""Users, billing, blocklist, questionnaires, webhook config/destinations and standalone checks."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Didit, table_rows

# A tiny but real JPEG header is enough for the sandbox's multipart checks.
JPEG = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    + b"\x00" * 64
    + b"\xff\xd9"
)


def test_users(didit: Didit) -> None:
    created = didit.json("users", "create", "user-42", "--display-name", "Ada")
    assert created["vendor_data"] == "user-42"
    assert didit.json("users", "get", "user-42")["display_name"] == "Ada"
    flagged = didit.json(
        "users", "update-status", "user-42", "--status", "FLAGGED", "--reason", "manual check"
    )
    assert flagged["status"] == "FLAGGED"
    listed = didit.json("users", "list", "--status", "FLAGGED", "--all")
    assert [u["vendor_data"] for u in listed["results"]] == ["user-42"]
    assert didit.json("users", "list", "--search", "nobody")["results"] == []
    assert didit.json("users", "delete", "user-42")["deleted_count"] == 1
    assert didit("users", "get", "user-42").exit_code == 4


def test_billing(didit: Didit) -> None:
    # A new sandbox application starts with $250 of credit.
    assert didit.json("billing", "balance")["balance"] == "250.0000"
    human = didit("billing", "balance")
    assert human.exit_code == 0
    assert ["balance", "250.0000"] in table_rows(human.stdout)
    top = didit.json("billing", "top-up", "50")
    assert top["checkout_session_url"].startswith("http")
    assert top["checkout_session_id"] in top["checkout_session_url"]
    assert didit("billing", "top-up", "-5").exit_code == 2


def test_blocklist(didit: Didit, workflow_id: str) -> None:
    s = didit.json(
        "sessions",
        "create",
        "--workflow-id",
        workflow_id,
        "--vendor-data",
        "bl",
        "--sandbox-scenario",
        "approve",
    )
    didit.json("sessions", "wait", s["session_id"], "--timeout", "20")
    added = didit.json("blocklist", "add", s["session_id"], "--face")
    assert added == {"message": "Successfully updated blocklist."}
    entries = didit.json("blocklist", "list", "--type", "face")
    assert [(e["type"], e["session_id"]) for e in entries["results"]] == [("face", s["session_id"])]
    assert didit.json("blocklist", "list", "--type", "email")["results"] == []
    removed = didit.json("blocklist", "remove", s["session_id"], "--face")
    assert removed == {"message": "Successfully removed from blocklist."}
    assert didit.json("blocklist", "list", "--type", "face", "--all")["results"] == []


def test_questionnaires(didit: Didit, tmp_path: Path) -> None:
    form = tmp_path / "form.json"
    form.write_text(
        json.dumps(
            [{"element_type": "short_text", "label": {"en": "Occupation"}, "is_required": True}]
        )
    )
    q = didit.json("questionnaires", "create", "--title", "Onboarding", "--elements", str(form))
    uuid = q.get("uuid") or q.get("questionnaire_uuid")
    assert q["title"] == "Onboarding"
    assert uuid in json.dumps(didit.json("questionnaires", "list"))
    assert didit.json("questionnaires", "get", uuid)["title"] == "Onboarding"
    assert didit.json("questionnaires", "delete", uuid) == {"deleted": uuid}
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert didit("questionnaires", "create", "--title", "x", "--elements", str(bad)).exit_code == 2


def test_webhook_config_and_destinations(didit: Didit) -> None:
    cfg = didit.json("webhooks", "config", "set-url", "https://myapp.example/hook")
    assert cfg["webhook_url"] == "https://myapp.example/hook"
    secret = didit.sandbox.state.apps[next(iter(didit.sandbox.state.apps))].webhook_secret
    shown = didit("--json", "webhooks", "config", "get")
    assert shown.exit_code == 0 and secret not in shown.stdout
    rotated = didit("--json", "webhooks", "config", "rotate-secret", "--save")
    assert rotated.exit_code == 0
    new_secret = json.loads(Path(didit_config()).read_text())["default"]["webhook_secret"]
    assert new_secret and new_secret not in rotated.stdout
    off = didit.json("webhooks", "config", "set-url", "--disable")
    assert off["webhook_url"] is None
    assert didit("webhooks", "config", "set-url").exit_code == 2

    d = didit.json(
        "webhooks",
        "destinations",
        "create",
        "--label",
        "ops",
        "--url",
        "https://ops.example/hook",
        "--event",
        "status.updated",
    )
    uuid = d["uuid"]
    assert uuid in [x["uuid"] for x in didit.json("webhooks", "destinations", "list")]
    assert didit.json("webhooks", "destinations", "get", uuid)["label"] == "ops"
    assert didit.json("webhooks", "destinations", "update", uuid, "--disabled")["enabled"] is False
    assert didit.json("webhooks", "destinations", "delete", uuid) == {"deleted": uuid}


def didit_config() -> str:
    from didit_async.cli._config import config_path

    return str(config_path())


def test_checks(didit: Didit, tmp_path: Path) -> None:
    img = tmp_path / "front.jpg"
    img.write_bytes(JPEG)
    back = tmp_path / "back.jpg"
    back.write_bytes(JPEG)
    # Each check answers with its own report block next to the request id.
    for args, block in (
        (("id-verification", str(img), str(back)), "id_verification"),
        (("liveness", str(img)), "liveness"),
        (("face-match", str(img), str(back)), "face_match"),
        (("face-search", str(img)), "face_search"),
        (("age", str(img)), "liveness"),
        (("aml", "--full-name", "Ada Lovelace", "--date-of-birth", "1815-12-10"), "aml"),
        (("poa", str(img)), "poa"),
    ):
        report = didit.json("checks", *args)
        assert report["request_id"] and isinstance(report[block], dict), args
    assert didit.json("checks", "email", "send", "ada@gmail.com")["status"] == "Success"
    assert didit.json("checks", "email", "check", "ada@gmail.com", "123456")["status"] == "Approved"
    assert didit.json("checks", "phone", "send", "+14155550100")["status"] == "Success"
    wrong = didit.json("checks", "phone", "check", "+14155550100", "000000")
    assert wrong["status"] != "Approved"
    validated = didit.json(
        "checks",
        "database-validation",
        "--issuing-state",
        "ESP",
        "--id-number",
        "12345678Z",
        "--first-name",
        "Ada",
    )["database_validation"]
    assert (validated["status"], validated["issuing_state"]) == ("Approved", "ESP")
    missing = didit("checks", "id-verification", str(tmp_path / "nope.jpg"))
    assert missing.exit_code == 2
