"""The files a resumable `bulk-create` keeps: what a rerun reads from them, in-process."""

from __future__ import annotations

import collections
import csv
import json
import time
from pathlib import Path

from didit_async.cli._sessions import RESULT_COLUMNS
from tests.cli.conftest import Didit


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


def _sessions_per_vendor(didit: Didit) -> collections.Counter[str]:
    return collections.Counter(s.vendor_data or "" for s in didit.sandbox.state.sessions.values())


def _bulk(didit: Didit, src: Path, out: Path, *extra: str) -> tuple[int, str]:
    result = didit("sessions", "bulk-create", "--from-csv", str(src), "-o", str(out), *extra)
    return result.exit_code, result.output


def test_a_rerun_looks_up_only_rows_sent_without_a_result(
    didit: Didit, workflow_id: str, tmp_path: Path
) -> None:
    src = tmp_path / "users.csv"
    src.write_text("vendor_data\n" + "".join(f"user-{i}\n" for i in range(6)))
    out = tmp_path / "results.csv"
    # A first run that was killed: rows 1-4 sent (journal), rows 1-2 recorded, row 3 being
    # written when the kill came (a partial line), and only rows 1-3 reached Didit.
    sent_at = time.time() - 5
    made = {}
    for i in range(3):
        made[i] = didit.json(
            "sessions", "create", "--workflow-id", workflow_id, "--vendor-data", f"user-{i}"
        )
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(RESULT_COLUMNS)
        for i in range(2):
            writer.writerow([i + 1, f"user-{i}", made[i]["session_id"], made[i]["url"], ""])
        fh.write(f"3,user-2,{made[2]['session_id'][:8]}")  # cut short by the kill
    journal = tmp_path / "results.csv.journal"
    journal.write_text(
        "".join(
            json.dumps({"row": r, "key": f"user-{r - 1}", "sent_at": sent_at}) + "\n"
            for r in range(1, 5)
        )
        + '{"row": 5, "ke'  # a journal line cut short too: row 5 counts as never sent
    )
    time.sleep(0.2)  # the users finish: sending a row again now would make a second session

    code, output = _bulk(didit, src, out, "--workflow-id", workflow_id)

    assert code == 0, output
    assert "3 created, 0 failed, 2 already done, 2 looked up (1 found, recorded)" in output
    rows = _rows(out)
    assert sorted(int(r["row"]) for r in rows) == [1, 2, 3, 4, 5, 6]
    assert next(r for r in rows if r["row"] == "3")["session_id"] == made[2]["session_id"]
    assert _sessions_per_vendor(didit) == {f"user-{i}": 1 for i in range(6)}
    # The rows sent now are journaled, each before it was sent.
    journaled = [json.loads(line) for line in journal.read_text().splitlines()[4:]]
    assert sorted(e["row"] for e in journaled) == [4, 5, 6]


def test_a_row_without_vendor_data_sent_without_a_result_is_not_sent_again(
    didit: Didit, workflow_id: str, tmp_path: Path
) -> None:
    src = tmp_path / "users.csv"
    src.write_text("vendor_data,language\n,en\n")
    out = tmp_path / "results.csv"
    journal = tmp_path / "results.csv.journal"
    journal.write_text(json.dumps({"row": 1, "key": "", "sent_at": time.time()}) + "\n")

    code, output = _bulk(didit, src, out, "--workflow-id", workflow_id)

    assert code == 1, output
    assert not didit.sandbox.state.sessions
    [row] = _rows(out)
    assert row["session_id"] == "" and "cannot be looked up" in row["error"]


def test_a_results_file_of_another_input_is_refused_before_sending(
    didit: Didit, workflow_id: str, tmp_path: Path
) -> None:
    src = tmp_path / "users.csv"
    src.write_text("vendor_data\nuser-a\nuser-b\n")
    out = tmp_path / "results.csv"
    assert _bulk(didit, src, out, "--workflow-id", workflow_id)[0] == 0
    src.write_text("vendor_data\nuser-x\nuser-b\nuser-c\n")

    code, output = _bulk(didit, src, out, "--workflow-id", workflow_id)

    assert code == 2 and "row 1" in output and "user-x" in output
    assert set(_sessions_per_vendor(didit)) == {"user-a", "user-b"}
    assert len(_rows(out)) == 2


def test_transactions_bulk_create_appends_and_skips_rows_done(didit: Didit, tmp_path: Path) -> None:
    src = tmp_path / "payments.csv"
    lines = ["transaction_id,vendor_data,amount,currency"]
    lines += [f"tx-{i},u{i},{10 + i},EUR" for i in range(4)]
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "results.csv"
    args = ("transactions", "bulk-create", "--from-csv", str(src), "-o", str(out))
    assert didit(*args).exit_code == 0
    first = _rows(out)
    src.write_text("\n".join([*lines, "tx-4,u4,14,EUR", "tx-5,u5,15,EUR"]) + "\n")

    again = didit(*args)

    assert again.exit_code == 0, again.output
    assert "2 submitted, 0 failed, 4 already done" in again.output
    rows = _rows(out)
    assert rows[:4] == first
    assert sorted(r["transaction_id"] for r in rows) == [f"tx-{i}" for i in range(6)]
