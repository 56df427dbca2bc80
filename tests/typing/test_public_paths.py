"""Models load lazily at run time, yet a type checker sees every public path with its real type:
``from didit_async import ...``, ``from didit_async.models import X`` and ``didit_async.models.X``
(mypy --strict here; pyright reads the same ``TYPE_CHECKING`` imports)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """import didit_async
import didit_async.models
from didit_async import AsyncDidit, Didit, SyncBulkRun, WebhookEvent
from didit_async.models import SessionDecision, SessionStatus, decode


async def main(client: AsyncDidit) -> None:
    created = await client.sessions.create(workflow_id="w")
    reveal_type(created)
    decision = decode(SessionDecision, {"session_id": "s"})
    reveal_type(decision.status)
    reveal_type(didit_async.models.Workflow)
    reveal_type(Didit(api_key="k").lists.entries.list("u"))
    reveal_type(SyncBulkRun)
    reveal_type(WebhookEvent)
    wrong: int = didit_async.models.CreateSessionResponse  # a class, not an int
    missing = didit_async.models.NoSuchModel
    status: SessionStatus = SessionStatus.APPROVED
"""


def test_mypy_sees_every_public_path_with_its_real_type(tmp_path: Path) -> None:
    from mypy import api

    script = tmp_path / "paths.py"
    script.write_text(SCRIPT)
    cache = str(ROOT / ".mypy_cache")
    out, err, status = api.run(
        ["--strict", "--cache-dir", cache, "--python-version", "3.10", str(script)]
    )
    assert status == 1, out + err
    lines = out.splitlines()

    def at(line: int) -> str:
        return "\n".join(x for x in lines if f"paths.py:{line}:" in x)

    assert "CreateSessionResponse" in at(9)
    assert "SessionStatus" in at(11)
    assert "def (*, " in at(12) and "Workflow" in at(12)
    assert "SyncPaginator[" in at(13) and "ListEntry]" in at(13)
    assert "SyncBulkRun" in at(14)
    assert "WebhookEvent" in at(15)
    assert "Incompatible types in assignment" in at(16)
    assert 'has no attribute "NoSuchModel"' in at(17)
    # Nothing else is reported: every other name resolved.
    errors = [x for x in lines if ": error:" in x]
    assert len(errors) == 2, out
