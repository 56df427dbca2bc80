"""mypy --strict sees the real models through Didit (not Any): wrong uses are reported."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
from didit_async import Didit

client = Didit()
count: int = client.sessions.create(workflow_id="w")
client.sessions.create(workflow_id=1)
client.workflows.create(workflow_label="KYC", workflow_type="nope")
client.sessions.retrieve_decision()
reveal_type(client.sessions.retrieve_decision("s"))
reveal_type(client.sessions.list())
for item in client.sessions.list():
    reveal_type(item)
"""


def test_mypy_reports_misuse_of_the_sync_client_with_the_real_types(tmp_path: Path) -> None:
    from mypy import api

    script = tmp_path / "user_script.py"
    script.write_text(SCRIPT)
    cache = str(ROOT / ".mypy_cache")
    out, err, status = api.run(
        ["--strict", "--cache-dir", cache, "--python-version", "3.10", str(script)]
    )
    assert status == 1, out + err
    lines = out.splitlines()

    def at(line: int) -> str:
        return "\n".join(x for x in lines if f"user_script.py:{line}:" in x)

    assert 'has type "CreateSessionResponse", variable has type "int"' in at(5)
    assert 'Argument "workflow_id"' in at(6)
    assert 'incompatible type "int"; expected "str"' in at(6)
    assert "workflow_type" in at(7)
    assert "WorkflowType | None" in at(7)
    assert "Too few arguments" in at(8) or "Missing positional argument" in at(8)
    assert "SessionDecision" in at(9)
    assert re.search(
        r"SyncPaginator\[didit_async\._generated\.models\.\w+\.SessionListItem\]", at(10)
    )
    assert "SessionListItem" in at(12)
