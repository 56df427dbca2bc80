"""Every `didit` one-liner that docs/cli.md offers for a seed-script invocation really runs."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

from tests.cli.conftest import Didit

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
PASSWORD = "MyStr0ng!Pass"


def _table() -> list[tuple[str, str]]:
    rows = []
    for line in DOC.read_text().splitlines():
        cells = re.findall(r"`([^`]+)`", line)
        if line.startswith("| `python scripts/") and len(cells) >= 2:
            rows.append((cells[0], cells[1]))
    return rows


def test_every_seed_invocation_has_a_didit_one_liner() -> None:
    rows = _table()
    scripts = {seed.split()[1].split("/")[-1] for seed, _ in rows}
    assert scripts == {"setup_account.py", "manage_workflows.py", "create_session.py", "run_kyc.py"}
    assert len(rows) == 14
    assert all(cmd.startswith("didit ") for _, cmd in rows)


def test_the_one_liners_run_against_the_sandbox(didit: Didit) -> None:
    state: dict[str, str] = {}
    for _, command in _table():
        argv = shlex.split(command)[1:]
        argv = [state.get(a.strip("<>"), a) if a.startswith("<") else a for a in argv]
        if argv[:2] == ["account", "verify"]:
            argv[3] = didit.sandbox.state.otps["you@gmail.com"]
        if argv[:2] == ["workflows", "delete"]:
            continue  # run last, so later rows can use the workflow
        needs_password = argv[0] == "account" and argv[1] in ("register", "login")
        result = didit(
            "--json", *argv, input=f"{PASSWORD}\n{PASSWORD}\n" if needs_password else None
        )
        assert result.exit_code == 0, (command, result.output)
        data = json.loads(result.stdout)
        if argv[:2] == ["account", "verify"]:
            # Later rows use the freshly verified application's key from the config file.
            assert data["api_key"]
        if argv[:2] in (["workflows", "create"], ["kyc", "setup"]):
            state["uuid"] = data["uuid"]
        if "session_id" in data:
            state["session_id"] = data["session_id"]
    deleted = didit("--json", "workflows", "delete", state["uuid"])
    assert deleted.exit_code == 0
