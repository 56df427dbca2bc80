"""`make demo` runs the whole story against the sandbox; it must stay green."""

from __future__ import annotations

from pathlib import Path

import pytest

from didit_async import demo

pytestmark = pytest.mark.anyio


async def test_demo_runs_end_to_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert await demo.run() == 0
    out = capsys.readouterr().out
    assert "200 sessions created, 200 distinct" in out
    assert "Webhooks received and verified" in out
    assert "0 of them throttled" in out
    assert (tmp_path / "demo-output" / "report.pdf").read_bytes().startswith(b"%PDF-")
