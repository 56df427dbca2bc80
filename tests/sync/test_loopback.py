"""Didit's own blocking pool against the sandbox served on loopback (a real socket)."""

from __future__ import annotations

import os
import threading
import warnings
from collections.abc import Iterator

import pytest
from anyio.from_thread import start_blocking_portal

from didit_async import Didit, DiditConnectionError, DiditNotFoundError, capture_response
from didit_async.sandbox import Sandbox, SandboxConfig


@pytest.fixture
def served() -> Iterator[tuple[Sandbox, str]]:
    sandbox = Sandbox(SandboxConfig(start_after=0.0, finish_after=0.0))
    with (
        start_blocking_portal() as portal,
        portal.wrap_async_context_manager(sandbox.serve()) as origin,
    ):
        yield sandbox, origin


def test_own_pool_over_loopback_from_several_threads(served: tuple[Sandbox, str]) -> None:
    sandbox, origin = served
    client = Didit(api_key=sandbox.api_key, **sandbox.base_urls(origin))  # type: ignore[arg-type]
    with client:
        wf = client.workflows.create(workflow_label="KYC", workflow_type="kyc").uuid
        created: list[str] = []

        def work(n: int) -> None:
            for i in range(3):
                created.append(
                    client.sessions.create(workflow_id=wf, vendor_data=f"{n}-{i}").session_id
                )

        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with capture_response() as cap:
            listed = {s.session_id for s in client.sessions.list(workflow_id=wf, limit=5)}
        assert listed == set(created)
        assert len(created) == 12
        assert [r.status_code for r in cap.responses] == [200, 200, 200]
        assert client.sessions.wait_for_decision(created[0], timeout=30).status == "Approved"
        with pytest.raises(DiditNotFoundError):
            client.workflows.retrieve("00000000-0000-4000-8000-000000000000")
    with pytest.raises(DiditConnectionError, match="closed"):
        list(client.workflows.list())  # the paginator sends when iterated


def test_a_forked_child_gets_its_own_loop_and_pool(served: tuple[Sandbox, str]) -> None:
    # Celery's prefork workers: the client was built, and used, in the parent before the fork.
    # Parent and child then call at the same time; sharing the parent's pooled socket would mix
    # their answers up.
    sandbox, origin = served
    with Didit(api_key=sandbox.api_key, **sandbox.base_urls(origin)) as client:  # type: ignore[arg-type]
        mine = client.workflows.create(workflow_label="parent").uuid
        theirs = client.workflows.create(workflow_label="child").uuid
        read, write = os.pipe()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # fork with threads (3.12+)
            pid = os.fork()
        if pid == 0:  # the child: report and leave without running any of pytest's teardown
            status = 1
            try:
                os.close(read)
                got = [client.workflows.retrieve(theirs).uuid for _ in range(30)]
                os.write(write, b"ok" if set(got) == {theirs} else repr(got).encode())
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        got = [client.workflows.retrieve(mine).uuid for _ in range(30)]
        _, code = os.waitpid(pid, 0)
        report = os.read(read, 10_000).decode()
        os.close(read)
        assert code == 0
        assert report == "ok"
        assert set(got) == {mine}
