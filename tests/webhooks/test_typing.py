"""mypy --strict accepts the webhook receivers where Starlette, Flask and Django put them."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_starlettes_add_route_and_route_accept_the_endpoint_under_mypy_strict() -> None:
    from mypy import api

    usage = ROOT / "tests" / "typing" / "webhooks_usage.py"
    assert 'app.add_route("/webhooks/didit/", webhook_endpoint(' in usage.read_text()
    cache = str(ROOT / ".mypy_cache")
    out, err, status = api.run(["--strict", "--cache-dir", cache, str(usage)])
    assert status == 0, out + err
