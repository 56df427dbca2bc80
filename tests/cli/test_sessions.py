"""Sessions, workflows and KYC commands, end to end against the sandbox."""

from __future__ import annotations

import csv
import json
import threading
import time
from pathlib import Path

from tests.cli.conftest import Didit


def test_workflow_lifecycle(didit: Didit) -> None:
    created = didit.json(
        "workflows",
        "create",
        "--label",
        "My KYC",
        "--type",
        "kyc",
        "--liveness",
        "--face-match",
        "--aml",
        "--aml-threshold",
        "75",
    )
    uuid = created["uuid"]
    assert created["workflow_label"] == "My KYC"
    listed = didit.json("workflows", "list")
    assert uuid in [w["uuid"] for w in listed["results"]]  # a page, like every list
    updated = didit.json("workflows", "update", uuid, "--label", "Renamed", "--enable-aml")
    assert updated["workflow_label"] == "Renamed"
    table = didit("workflows", "get", uuid)
    assert table.exit_code == 0 and "Renamed" in table.output
    assert didit.json("workflows", "delete", uuid) == {"deleted": uuid}
    missing = didit("workflows", "get", uuid)
    assert missing.exit_code == 4
    assert missing.stderr.startswith("error: ") and len(missing.stderr.strip().splitlines()) == 1


def test_create_decision_list_and_delete(didit: Didit, workflow_id: str) -> None:
    s = didit.json(
        "sessions",
        "create",
        "--workflow-id",
        workflow_id,
        "--vendor-data",
        "user-1",
        "--callback",
        "https://myapp.example/done",
        "--sandbox-scenario",
        "approve",
    )
    assert s["url"].startswith("http") and s["vendor_data"] == "user-1"
    # The session token is a secret: masked in output.
    assert s["session_token"] == "****" or "…" in s["session_token"]
    decision = didit.json("sessions", "decision", s["session_id"])
    assert decision["session_id"] == s["session_id"]
    page = didit.json("sessions", "list", "--vendor-data", "user-1")
    assert [r["session_id"] for r in page["results"]] == [s["session_id"]]
    for i in range(3):
        didit.json("sessions", "create", "--workflow-id", workflow_id, "--vendor-data", f"u{i}")
    walked = didit.json("sessions", "list", "--all", "--limit", "2")
    assert len(walked["results"]) == walked["count"] == 4
    human = didit("sessions", "list")
    assert "session_id" in human.output and "user-1" in human.output
    assert didit.json("sessions", "delete", s["session_id"]) == {"deleted": s["session_id"]}
    assert didit("sessions", "decision", s["session_id"]).exit_code == 4


def test_review_status_pdf_events(didit: Didit, workflow_id: str, tmp_path: Path) -> None:
    s = didit.json(
        "sessions",
        "create",
        "--workflow-id",
        workflow_id,
        "--vendor-data",
        "rev",
        "--sandbox-scenario",
        "review",
    )
    sid = s["session_id"]
    final = didit.json("sessions", "wait", sid, "--timeout", "20", "--until", "In Review")
    assert final["status"] == "In Review"
    review = didit.json(
        "sessions", "reviews", "create", sid, "--status", "Approved", "--comment", "looks fine"
    )
    assert "Approved" in json.dumps(review)
    reviews = didit.json("sessions", "reviews", "list", sid)
    assert [(r["new_status"], r["comment"]) for r in reviews] == [("Approved", "looks fine")]
    updated = didit.json("sessions", "update-status", sid, "--status", "Declined")
    assert updated["session_id"] == sid
    out = tmp_path / "report.pdf"
    pdf = didit.json("sessions", "pdf", sid, "-o", str(out))
    assert out.read_bytes().startswith(b"%PDF") and pdf["bytes"] == out.stat().st_size
    events = didit.json("sessions", "events", sid, "--all")
    # Newest first: the walk to In Review, as the session went.
    assert [e["new_status"] for e in events["results"]][-2:] == ["In Review", "In Progress"]
    assert events["count"] == len(events["results"])


def test_batch_delete(didit: Didit, workflow_id: str) -> None:
    didit.json("sessions", "create", "--workflow-id", workflow_id, "--vendor-data", "bd")
    number = didit.json("sessions", "list", "--vendor-data", "bd")["results"][0]["session_number"]
    deleted = didit.json("sessions", "batch-delete", "--session-number", str(number))
    assert [(r["session_number"], r["deleted"]) for r in deleted["results"]] == [(number, True)]
    usage = didit("sessions", "batch-delete")
    assert usage.exit_code == 2 and "--session-number" in usage.output


def test_bulk_create_from_csv(didit: Didit, workflow_id: str, tmp_path: Path) -> None:
    src = tmp_path / "users.csv"
    rows = [{"vendor_data": f"bulk-{i}", "language": "en"} for i in range(25)]
    with src.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["vendor_data", "language"])
        writer.writeheader()
        writer.writerows(rows)
    out = tmp_path / "results.csv"
    result = didit(
        "sessions",
        "bulk-create",
        "--from-csv",
        str(src),
        "--workflow-id",
        workflow_id,
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    assert "25 created, 0 failed" in result.output
    written = list(csv.DictReader(out.read_text().splitlines()))
    assert sorted(r["vendor_data"] for r in written) == sorted(r["vendor_data"] for r in rows)
    assert all(r["session_id"] and r["url"].startswith("http") and not r["error"] for r in written)
    # --json streams one line per row.
    lines = didit(
        "--json",
        "sessions",
        "bulk-create",
        "--from-csv",
        str(src),
        "--workflow-id",
        workflow_id,
        "-o",
        str(tmp_path / "again.csv"),
    )
    parsed = [json.loads(line) for line in lines.stdout.splitlines()]
    assert len(parsed) == 25 and all(p["session_id"] for p in parsed)


def test_bulk_create_reports_failed_rows(didit: Didit, tmp_path: Path) -> None:
    src = tmp_path / "bad.csv"
    src.write_text("vendor_data,workflow_id\nok-1,not-a-uuid\n")
    out = tmp_path / "r.csv"
    result = didit("sessions", "bulk-create", "--from-csv", str(src), "-o", str(out))
    assert result.exit_code == 1
    row = next(csv.DictReader(out.read_text().splitlines()))
    assert row["session_id"] == "" and row["error"]


def test_watch_until_final(didit: Didit, workflow_id: str) -> None:
    ids = [
        didit.json(
            "sessions",
            "create",
            "--workflow-id",
            workflow_id,
            "--vendor-data",
            f"w{i}",
            "--sandbox-scenario",
            scenario,
        )["session_id"]
        for i, scenario in enumerate(["approve", "decline"])
    ]
    result = didit("--json", "sessions", "watch", *ids, "--interval", "0.05")
    assert result.exit_code == 0, result.output
    changes = [json.loads(line) for line in result.stdout.splitlines()]
    finals = {c["session_id"]: c["status"] for c in changes if c["final"]}
    assert finals == {ids[0]: "Approved", ids[1]: "Declined"}
    human = didit("sessions", "watch", *ids, "--interval", "0.05")
    assert "Approved" in human.output and "Declined" in human.output


def test_watch_exits_with_the_documented_code_when_a_session_cannot_be_watched(
    didit: Didit, workflow_id: str
) -> None:
    sid = didit.json("sessions", "create", "--workflow-id", workflow_id)["session_id"]
    # A key Didit refuses: exit 3 at once, like `sessions wait` (it used to print nothing and
    # poll forever).
    wrong = didit("--api-key", "sk_wrong_key_123456789", "sessions", "watch", sid)
    assert wrong.exit_code == 3, wrong.output
    assert wrong.stderr.startswith("error: ") and "sk_wrong_key_123456789" not in wrong.output
    # A malformed id never leaves (7, validation); a session that does not exist is 4. The
    # other sessions are watched to the end first, and the line says how many failed.
    missing = "00000000-0000-4000-8000-000000000000"
    result = didit("--json", "sessions", "watch", "not-a-uuid", missing, sid, "--interval", "0.05")
    assert result.exit_code == 7, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    ended = {c["session_id"]: c for c in lines if c["final"]}
    assert set(ended) == {"not-a-uuid", missing, sid}
    assert ended[sid]["error"] is None and ended[missing]["ended_by"] == "error"
    assert "(1 more session ended with an error)" in result.stderr
    alone = didit("sessions", "watch", missing, "--interval", "0.05")
    assert alone.exit_code == 4 and "error:" in alone.output


def test_kyc_commands(didit: Didit) -> None:
    wf = didit.json("kyc", "setup", "--label", "My KYC", "--liveness", "--face-match")
    assert wf["workflow_type"] == "kyc"
    s = didit.json("kyc", "session", "--workflow-id", wf["uuid"], "--vendor-data", "user-123")
    assert s["url"]
    d = didit.json("kyc", "decision", s["session_id"])
    assert d["session_id"] == s["session_id"]
    full = didit.json(
        "kyc",
        "full",
        "--vendor-data",
        "user-9",
        "--callback",
        "https://myapp.example/done",
        "--wait",
        "--timeout",
        "20",
        "--sandbox-scenario",
        "approve",
    )
    assert full["url"] and full["status"] == "Approved"


def test_validation_and_auth_exit_codes(didit: Didit, workflow_id: str) -> None:
    bad = didit("sessions", "create", "--workflow-id", "not-a-uuid")
    assert bad.exit_code == 7 and bad.stderr.startswith("error: ")
    unauth = didit("--api-key", "sk_wrong_key_123456789", "workflows", "list")
    assert unauth.exit_code == 3
    assert "sk_wrong_key_123456789" not in unauth.output
    usage = didit("sessions", "create")
    assert usage.exit_code == 2


def test_bulk_create_refuses_unusable_csv_before_sending(didit: Didit, tmp_path: Path) -> None:
    src = tmp_path / "users.csv"
    src.write_text("vendor_data\nu-1\n")
    result = didit("sessions", "bulk-create", "--from-csv", str(src))
    assert result.exit_code == 2 and "--workflow-id" in result.output
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    assert (
        didit("sessions", "bulk-create", "--from-csv", str(empty), "--workflow-id", "x").exit_code
        == 2
    )
    assert not (tmp_path / "users.results.csv").exists()


def test_wait_until_adds_to_the_final_statuses(didit: Didit, workflow_id: str) -> None:
    # --until adds to the final statuses: --until 'In Review' on a session that gets approved
    # still ends, at Approved (it used to wait until the timeout).
    sid = didit.json(
        "sessions",
        "create",
        "--workflow-id",
        workflow_id,
        "--vendor-data",
        "u1",
        "--sandbox-scenario",
        "approve",
    )["session_id"]
    result = didit("--json", "sessions", "wait", sid, "--until", "In Review", "--timeout", "20")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["status"] == "Approved"
    assert "a final status" in result.stderr


def test_watch_says_what_in_review_waits_for(didit: Didit, workflow_id: str) -> None:
    sid = didit.json(
        "sessions", "create", "--workflow-id", workflow_id,
        "--vendor-data", "reviewed", "--sandbox-scenario", "review",
    )["session_id"]  # fmt: skip

    def decide() -> None:
        # A person approves it a little later; until then the watch has nothing else to show.
        with didit.sandbox.sync_client() as client:
            while client.sessions.retrieve_decision(sid).status != "In Review":
                time.sleep(0.05)
            time.sleep(0.5)  # the watch polls every 0.05 s: it sees In Review first
            client.sessions.update_status(sid, new_status="Approved")

    reviewer = threading.Thread(target=decide)
    reviewer.start()
    result = didit("sessions", "watch", sid, "--interval", "0.05")
    reviewer.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert f"{sid} is In Review: it waits for a person" in result.stderr
    assert f"didit sessions update-status {sid} --status Approved" in result.stderr
