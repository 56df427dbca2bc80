"""`didit businesses`, `didit transactions`, `didit lists` and `didit imports` on the sandbox."""

from __future__ import annotations

import base64
import csv
from pathlib import Path

from tests.cli.conftest import Didit

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def test_businesses(didit: Didit) -> None:
    created = didit.json(
        "businesses", "create", "acme", "--legal-name", "Acme Ltd", "--country-code", "GB"
    )
    assert (created["vendor_data"], created["status"]) == ("acme", "ACTIVE")
    assert didit("businesses", "create", "acme").exit_code == 1  # 409: already exists
    updated = didit.json("businesses", "update", "acme", "--metadata", '{"tier": "gold"}')
    assert updated["metadata"] == {"tier": "gold"}
    assert didit("businesses", "update", "acme", "--metadata", "[1]").exit_code == 2
    blocked = didit.json("businesses", "update-status", "acme", "--status", "BLOCKED")
    assert blocked["status"] == "BLOCKED"
    listed = didit.json("businesses", "list", "--status", "BLOCKED", "--all")["results"]
    assert [b["vendor_data"] for b in listed] == ["acme"]
    found = didit.json("businesses", "search", "--country-code", "GB", "--name", "Globex")
    assert [c["name"] for c in found["results"]] == [
        "Globex Ltd",
        "Globex Holdings",
        "Globex Group",
    ]
    record = didit.json(
        "businesses",
        "select",
        found["results"][0]["kyb_response_id"],
        "--vendor-data",
        "globex",
    )
    assert record["business"]["legal_name"] == "Globex Ltd"
    assert (
        didit.json("businesses", "get", "globex")["registration_number"]
        == (found["results"][0]["registration_number"])
    )
    assert didit("businesses", "search", "--country-code", "GB").exit_code == 2
    assert didit.json("businesses", "delete", "acme", "globex")["deleted_count"] == 2
    assert didit("businesses", "get", "acme").exit_code == 4


def test_transactions_and_bulk_from_csv(didit: Didit, tmp_path: Path) -> None:
    tx = didit.json("transactions", "create", "tx-1", "--vendor-data", "u1", "--amount", "25000")
    assert tx["status"] == "IN_REVIEW" and [h["rule"] for h in tx["rule_hits"]] == ["large_amount"]
    assert didit.json("transactions", "get", "tx-1")["transaction_id"] == "tx-1"
    source = tmp_path / "payments.csv"
    with source.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["transaction_id", "vendor_data", "amount", "currency"])
        for i in range(12):
            writer.writerow([f"bulk-{i}", f"u{i % 3 + 2}", 10 + i, "EUR"])
        writer.writerow(["tx-1", "u1", "25000", "EUR"])  # already stored: not stored twice
    out = tmp_path / "results.csv"
    result = didit("transactions", "bulk-create", "--from-csv", str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.read_text().splitlines()))
    assert len(rows) == 13 and all(r["status"] and not r["error"] for r in rows)
    assert len(didit.json("transactions", "list", "--all")["results"]) == 13
    assert len(didit.json("transactions", "list", "--vendor-data", "u2", "--all")["results"]) == 4
    bad = tmp_path / "bad.csv"
    bad.write_text("amount\n5\n")
    assert didit("transactions", "bulk-create", "--from-csv", str(bad)).exit_code == 2
    wallet = didit.json(
        "transactions", "screen-wallet", "0x" + "ab" * 18 + "dead", "--chain", "ETH"
    )
    assert wallet["sanctions_hit"] is True and wallet["severity"] == "severe"
    assert didit("transactions", "screen-wallet", "nope", "--chain", "ETH").exit_code == 7


def test_lists(didit: Didit, workflow_id: str, tmp_path: Path) -> None:
    blocklists = didit.json("lists", "list", "--type", "blocklist", "--entry-type", "email")
    [emails] = blocklists["results"]
    added = didit.json("lists", "add", emails["uuid"], "fraud@sandbox-mail.dev", "--comment", "cb")
    assert added["value"] == "fraud@sandbox-mail.dev"
    assert didit("lists", "add", emails["uuid"]).exit_code == 2
    assert didit("lists", "delete", emails["uuid"]).exit_code == 3  # system lists are immutable
    mine = didit.json("lists", "create", "VIP", "--type", "allowlist", "--entry-type", "email")
    assert didit.json("lists", "update", mine["uuid"], "--name", "VIPs")["name"] == "VIPs"
    entries = didit.json("lists", "entries", emails["uuid"], "--search", "fraud", "--all")
    assert [e["uuid"] for e in entries["results"]] == [added["uuid"]]
    [faces] = didit.json("lists", "list", "--entry-type", "face", "--type", "blocklist")["results"]
    image = tmp_path / "face.png"
    image.write_bytes(PNG)
    face = didit.json("lists", "add-face", faces["uuid"], str(image), "--label", "Suspect")
    assert face["entry_type"] == "face" and face["display_label"] == "Suspect"
    assert didit("lists", "remove", emails["uuid"], added["uuid"]).exit_code == 0
    assert didit.json("lists", "entries", emails["uuid"], "--all")["results"] == []
    assert didit("lists", "delete", mine["uuid"]).exit_code == 0
    assert didit("lists", "get", mine["uuid"]).exit_code == 4


def test_imports(didit: Didit, tmp_path: Path) -> None:
    template = didit.json("imports", "template")
    assert {"vendor_data", "status"} <= set(template["columns"])
    source = tmp_path / "history.csv"
    source.write_text("vendor_data,status\nold-1,Approved\nold-2,Declined\n,Approved\n")
    job = didit.json("imports", "create", "--file", str(source))
    assert (job["status"], job["success_count"], job["error_count"]) == (
        "completed_with_errors",
        2,
        1,
    )
    assert didit.json("imports", "get", job["uuid"])["total_rows"] == 3
    [error] = didit.json("imports", "errors", job["uuid"], "--all")["results"]
    assert (error["row"], error["field"]) == (3, "vendor_data")
    sessions = didit.json("sessions", "list", "--vendor-data", "old-2", "--all")["results"]
    assert [s["status"] for s in sessions] == ["Declined"]
    assert didit("imports", "create").exit_code == 2
    url = "data:text/csv;base64," + base64.b64encode(b"vendor_data,status\nx,ACTIVE\n").decode()
    rules = didit.json("imports", "create", "--url", url, "--type", "status_rules")
    assert rules["status"] == "completed"


def test_metadata_that_is_not_a_json_object_is_a_usage_error(didit: Didit) -> None:
    # Before: `sessions create` and `users update` ran json.loads bare, so '{bad' printed a
    # traceback and exited 1 instead of naming the option.
    wf = didit.json("workflows", "create", "--label", "KYC")["uuid"]
    for args in (
        ("sessions", "create", "--workflow-id", wf, "--metadata", "{bad"),
        ("users", "update", "user-1", "--metadata", "[1]"),
    ):
        result = didit(*args)
        assert result.exit_code == 2
        assert "--metadata" in result.stderr
        assert "Traceback" not in result.stderr
