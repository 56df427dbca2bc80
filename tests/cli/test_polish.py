"""CLI snags a newcomer hits in the first hour: `--json` anywhere, one JSON shape per command,
ids and nested fields never wrapped or cut, `-o -` for binary output, a closed pipe ends quietly.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from didit_async.cli._app import State, cli
from didit_async.cli._output import Output
from tests.cli.conftest import Didit

UUIDS = [f"{i:08x}-2222-4333-8444-{i:012x}" for i in range(1, 4)]


def _sessions(didit: Didit, workflow_id: str, n: int) -> list[str]:
    return [
        didit.json("sessions", "create", "--workflow-id", workflow_id, "--vendor-data", f"p{i}")[
            "session_id"
        ]
        for i in range(n)
    ]


def test_json_is_accepted_after_the_subcommand(didit: Didit, workflow_id: str) -> None:
    _sessions(didit, workflow_id, 2)
    before = didit("--json", "sessions", "list")
    after = didit("sessions", "list", "--json")
    assert after.exit_code == 0, after.output
    assert json.loads(after.stdout)["count"] == json.loads(before.stdout)["count"] == 2


def test_sessions_list_has_one_json_shape_with_or_without_all(
    didit: Didit, workflow_id: str
) -> None:
    _sessions(didit, workflow_id, 3)
    page = didit.json("sessions", "list")
    walked = didit.json("sessions", "list", "--all")
    assert set(page) == set(walked) == {"count", "next", "previous", "results"}
    assert walked["count"] == len(walked["results"]) == 3
    assert [r["session_id"] for r in walked["results"]] == [
        r["session_id"] for r in page["results"]
    ]


def _cells(text: str) -> list[str]:
    return text.replace("│", " ").replace("┃", " ").split()


def test_ids_are_never_wrapped_at_80_columns(capsys: pytest.CaptureFixture[str]) -> None:
    out = Output(as_json=False)
    out.console.width = 80
    rows = [
        {
            "session_id": u,
            "workflow_id": u,
            "status": "Approved",
            "vendor_data": "a-long-vendor-reference-for-this-user",
            "features": {"id_verification": {"status": "Approved", "document": "Passport"}},
        }
        for u in UUIDS
    ]
    out.table(rows)
    text = capsys.readouterr().out
    assert max(len(line) for line in text.splitlines()) <= 80
    tokens = _cells(text)
    for uuid in UUIDS:
        assert tokens.count(uuid) == 2, text  # whole, on one line, both columns


def test_nested_fields_are_never_cut_mid_word(capsys: pytest.CaptureFixture[str]) -> None:
    out = Output(as_json=False)
    out.console.width = 80
    nested = {
        "id_verifications": [
            {"status": "Approved", "document_type": "Identity Card", "issuing_state": "ESP"},
            {"status": "Declined", "warnings": ["DOCUMENT_EXPIRED", "LOW_QUALITY_IMAGE"]},
        ]
    }
    out.emit({"session_id": UUIDS[0], **nested})
    tokens = set(_cells(capsys.readouterr().out))
    for token in json.dumps(nested["id_verifications"], separators=(", ", ": ")).split():
        assert token in tokens, token
    out.table([{"session_id": UUIDS[0], **nested}])
    row_tokens = _cells(capsys.readouterr().out)
    text = json.dumps(nested["id_verifications"], separators=(", ", ": "))
    whole = {w.rstrip(",") for w in text.split()}
    assert "…" in row_tokens  # shortened in a row table, but only between words
    words = [t.rstrip(",") for t in row_tokens if t[0] in '[{"' or t[-1] in ',"]}']
    assert words and all(w in whole for w in words), words


def test_pdf_to_stdout_with_dash(didit: Didit, workflow_id: str) -> None:
    sid = didit.json(
        "sessions",
        "create",
        "--workflow-id",
        workflow_id,
        "--vendor-data",
        "pdf",
        "--sandbox-scenario",
        "approve",
    )["session_id"]
    didit.sandbox.advance(10)
    result = didit("sessions", "pdf", sid, "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"%PDF")
    assert not Path("-").exists()


@pytest.fixture
def served_sandbox() -> Any:
    proc = subprocess.Popen(
        [sys.executable, "-m", "didit_async.sandbox", "--port", "0", "--rate-limit-scale", "10"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    info = json.loads(proc.stdout.readline())
    yield info
    proc.terminate()
    proc.communicate(timeout=10)


def test_a_closed_pipe_ends_quietly_and_the_bulk_run_finishes(
    served_sandbox: dict[str, Any], tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "DIDIT_BASE_URL": served_sandbox["origin"],
        "DIDIT_API_KEY": served_sandbox["api_key"],
        "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
    }
    didit = [sys.executable, "-c", "from didit_async.cli import main; main()"]
    wf = json.loads(
        subprocess.run(
            [*didit, "--json", "workflows", "create", "--label", "K", "--type", "kyc"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )["uuid"]
    src = tmp_path / "rows.csv"
    src.write_text("vendor_data\n" + "".join(f"pipe-{i}\n" for i in range(120)))
    out = tmp_path / "results.csv"
    cmd = " ".join(
        [
            *(f"'{a}'" for a in didit),
            "sessions",
            "bulk-create",
            "--from-csv",
            str(src),
            "--workflow-id",
            wf,
            "-o",
            str(out),
            "--json",
            "| head -n 1",
            '; echo "didit exit ${PIPESTATUS[0]}" >&2',
        ]
    )
    done = subprocess.run(["bash", "-c", cmd], env=env, capture_output=True, text=True)
    assert len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
    assert "didit exit 0" in done.stderr
    rows = list(csv.DictReader(out.read_text().splitlines()))
    assert len(rows) == 120 and all(r["session_id"] for r in rows)
    listed = subprocess.run(
        f"'{didit[0]}' -c 'from didit_async.cli import main; main()' --json sessions list"
        " --all | head -c 10",
        shell=True,
        env=env,
        capture_output=True,
        text=True,
    )
    assert "Traceback" not in listed.stderr, listed.stderr


def test_help_mentions_json_anywhere() -> None:
    result = CliRunner().invoke(cli, ["--help"], obj=State())
    assert "anywhere" in result.output


def test_an_empty_list_says_so_instead_of_an_empty_table(didit: Didit) -> None:
    result = didit("transactions", "list")
    assert result.exit_code == 0, result.output
    assert "No results." in result.output
    assert "value" not in result.output  # no header row made up for an empty table
    assert didit.json("transactions", "list")["results"] == []
