"""The blocking client has what a resumable bulk job needs, as the async one does: ``on_send``
on ``create_many`` (called before each row's first request) and ``sessions.find_created``."""

from __future__ import annotations

import time
from typing import Any

from didit_async.sandbox import Sandbox


def test_on_send_sees_every_row_before_it_leaves_and_find_created_finds_its_session() -> None:
    sandbox = Sandbox()
    sent: list[tuple[int, str]] = []
    with sandbox.sync_client() as client:
        wf = client.workflows.create(workflow_label="KYC", workflow_type="kyc")
        since = time.time()
        rows = [{"workflow_id": wf.uuid, "vendor_data": f"sync-{i}"} for i in range(5)]

        def journal(index: int, row: Any) -> None:
            # Called before the row's request leaves: nothing exists for it yet.
            assert not [
                s for s in sandbox.state.sessions.values() if s.vendor_data == row["vendor_data"]
            ]
            sent.append((index, row["vendor_data"]))

        results = list(client.sessions.create_many(rows, on_send=journal))
        assert sorted(sent) == [(i, f"sync-{i}") for i in range(5)]
        made = {r.index: r.session.session_id for r in results if r.ok and r.session}
        found = client.sessions.find_created("sync-3", since=since, workflow_id=wf.uuid)
        assert found is not None and found.session_id == made[3]
        assert client.sessions.find_created("never-sent", since=since) is None
