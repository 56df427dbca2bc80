"""The list filters and fields of Didit's published schema, from the command line."""

from __future__ import annotations

from tests.cli.conftest import Didit


def _decided(didit: Didit, workflow_id: str, vendor: str) -> str:
    s = didit.json(
        "sessions",
        "create",
        "--workflow-id",
        workflow_id,
        "--vendor-data",
        vendor,
        "--sandbox-scenario",
        "approve",
    )
    didit.sandbox.advance(120)
    return str(s["session_id"])


def test_session_list_filters_and_the_new_fields_in_json(didit: Didit, workflow_id: str) -> None:
    sid = _decided(didit, workflow_id, "cli-filter")
    didit.json("sessions", "create", "--workflow-id", workflow_id, "--vendor-data", "waiting")
    page = didit.json("sessions", "list", "--document-type", "P", "--region", "Europe")
    assert [r["session_id"] for r in page["results"]] == [sid]
    row = page["results"][0]
    assert row["didit_internal_id"] and row["portrait_image"].endswith("portrait.jpg")
    by_id = didit.json("sessions", "list", "--didit-internal-id", row["didit_internal_id"])
    assert [r["session_id"] for r in by_id["results"]] == [sid]
    assert didit.json("sessions", "list", "--api-service", "AML")["results"] == []
    waiting = didit.json("sessions", "list", "--no-kyc-to-review", "--document-type", "DL")
    assert waiting["results"] == []


def test_reviews_ordering_template_type_and_paged_workflow_lists(
    didit: Didit, workflow_id: str
) -> None:
    sid = _decided(didit, workflow_id, "cli-reviews")
    for status in ("In Review", "Declined"):
        didit.json("sessions", "reviews", "create", sid, "--status", status)
        didit.sandbox.advance(1)
    oldest = didit.json("sessions", "reviews", "list", sid, "--ordering", "created_at")
    assert [r["new_status"] for r in oldest] == ["In Review", "Declined"]
    template = didit.json("imports", "template", "--import-type", "transactions")
    assert template["import_type"] == "transactions"
    walked = didit.json("workflows", "list", "--all", "--limit", "1")
    assert walked["count"] == len(walked["results"]) >= 1
