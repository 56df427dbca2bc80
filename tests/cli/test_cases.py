"""`didit cases`, `didit reports` and `didit networks` on the sandbox: a case from alert to
filed report."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Didit
from tests.sync._case_management import POOL, REPORT_FIELDS


def test_a_case_from_opening_to_a_filed_report(didit: Didit, tmp_path: Path) -> None:
    case = didit.json("cases", "create", "Structuring alert", "--priority", "HIGH", "--tag", "aml")
    assert (case["status"], case["priority"], case["tags"]) == ("OPEN", "HIGH", ["aml"])
    listed = didit.json("cases", "list", "--status", "OPEN", "--all")["results"]
    assert [c["uuid"] for c in listed] == [case["uuid"]]
    assigned = didit.json("cases", "assign", case["uuid"], POOL[0], "--name", "Ana Silva")
    assert assigned["assigned_to"]["full_name"] == "Ana Silva"
    statement = tmp_path / "statement.pdf"
    statement.write_bytes(b"%PDF-1.4 statement")
    note = didit.json(
        "cases", "note", case["uuid"], "Statement received", "--attach", str(statement)
    )
    assert [a["file_size"] for a in note["attachments"]] == [len(b"%PDF-1.4 statement")]
    resolved = didit.json("cases", "resolve", case["uuid"], "VALID_THREAT", "--note", "Confirmed")
    assert resolved["status"] == "RESOLVED"
    assert didit("cases", "resolve", case["uuid"], "VALID_THREAT").exit_code != 0  # 400
    assert didit.json("cases", "get", case["uuid"])["notes_count"] == 1
    # A report without the fields it needs is not filed: the command shows what is missing.
    check = didit.json("reports", "file", case["uuid"], "--type", "SAR", "--jurisdiction", "ES")
    assert (
        check["is_valid"] is False
        and {"field": "reason", "message": "This field is required."} in (check["errors"])
    )
    drafts = didit.json("reports", "list", "--status", "DRAFT")["results"]
    assert [d["report_type"] for d in drafts] == ["SAR"]
    assert didit.json("reports", "validate", drafts[0]["uuid"])["status"] == "DRAFT"
    assert didit("reports", "finalize", drafts[0]["uuid"]).exit_code != 0  # 400: incomplete
    # With a template giving the rest, filing finalizes the report.
    defaults = {k: v for k, v in REPORT_FIELDS.items() if k not in ("reason", "action")}
    with didit.sandbox.sync_client() as client:
        template = client.report_templates.create(
            name="Spain SAR", jurisdiction="ES", report_type="SAR", field_config=defaults
        )
    filed = didit.json(
        "reports",
        "file",
        case["uuid"],
        "--template",
        str(template.uuid),
        "--reason",
        "Structuring",
        "--action",
        "Account frozen",
    )
    assert filed["status"] == "FINALIZED" and filed["report_number"].startswith("ES-SAR-")
    url = didit.json("reports", "download-url", filed["uuid"], "--file", "xml")
    assert url["file"] == "xml" and "/sandbox/files/" in url["download_url"]
    shown = didit.json("reports", "get", filed["uuid"])
    assert shown["case_uuid"] == case["uuid"]


def test_networks_show_users_sharing_a_device(didit: Didit, workflow_id: str) -> None:
    assert didit.json("networks", "list")["results"] == []
    sessions = [
        didit.json(
            "sessions",
            "create",
            "--workflow-id",
            workflow_id,
            "--vendor-data",
            vendor,
            "--metadata",
            '{"device_id": "dev-shared"}',
        )
        for vendor in ("ring-a", "ring-b")
    ]
    (network,) = didit.json("networks", "list", "--min-size", "2")["results"]
    assert network["signal_types"] == ["device"]
    assert didit.json("networks", "get", network["uuid"])["member_counts"]["total"] == 2
    members = didit.json("networks", "members", network["uuid"])["results"]
    assert sorted(m["subject"]["name"] for m in members) == ["ring-a", "ring-b"]
    memberships = didit.json("networks", "for-session", sessions[0]["session_id"])["results"]
    assert [m["network"]["uuid"] for m in memberships] == [network["uuid"]]
