"""The blocking client: threads, limits, iteration, errors, interruption, event loops."""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from didit_async import (
    Didit,
    DiditConnectionError,
    DiditNotFoundError,
    DiditValidationError,
    RetryEvent,
    ScopeLimit,
    capture_response,
)
from didit_async._sync_runtime import LoopRunner
from didit_async.sandbox import Sandbox, SandboxConfig

SECOND_SESSION = "00000000-0000-4000-8000-000000000000"


def _workflow(client: Didit) -> str:
    return client.workflows.create(workflow_label="KYC", workflow_type="kyc").uuid


def test_eight_threads_share_one_client_and_one_set_of_windows_with_no_429() -> None:
    sandbox = Sandbox(SandboxConfig(start_after=10**6))
    # Didit's windows, shrunk so the test takes seconds: 10 GETs per 0.5 s, on both sides.
    sandbox.app.limits["generic-get"] = (10, 0.5)
    client = sandbox.sync_client(rate_limits={"generic-get": ScopeLimit(10, 0.5)})
    client.async_client._limiter.margin = 0.1  # the 1 s default margin would dwarf the window
    with client:
        sid = client.sessions.create(workflow_id=_workflow(client)).session_id
        results: list[str] = []
        errors: list[BaseException] = []

        def work() -> None:
            try:
                for _ in range(5):
                    results.append(str(client.sessions.retrieve_decision(sid).status))
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(8)]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
    assert not errors
    assert results == ["Not Started"] * 40
    stats = sandbox.stats
    assert stats.throttled == 0  # the sandbox enforced its limit and never had to say 429
    assert stats.window_max["generic-get"] <= 10
    # 40 GETs at 10 per 0.6 s (window plus margin) need at least three more windows: the eight
    # threads were paced together, through one set of windows.
    assert elapsed >= 3 * 0.5


def test_iteration_walks_every_page_with_the_filters_kept() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    with sandbox.sync_client() as client:
        wf = _workflow(client)
        mine = [client.sessions.create(workflow_id=wf, vendor_data=v).session_id for v in "abcde"]
        client.sessions.create(workflow_id=_workflow(client), vendor_data="elsewhere")
        with capture_response() as cap:
            walked = [s.session_id for s in client.sessions.list(workflow_id=wf, limit=2)]
        assert sorted(walked) == sorted(mine)
        assert len(cap.responses) == 3  # 2 + 2 + 1, one request per page
        pages = list(client.sessions.list(workflow_id=wf, limit=2).pages())
        assert [len(p.results) for p in pages] == [2, 2, 1]
        assert pages[0].count == 5
        first = client.sessions.list(workflow_id=wf, limit=2).first_page()
        assert first.count == 5
        assert len(first.results) == 2
        capped = list(client.sessions.list(workflow_id=wf, limit=2).items(max_items=3))
        assert len(capped) == 3
        assert len(list(client.sessions.list(limit=2).pages(max_pages=2))) == 2


def test_errors_are_the_async_clients_and_bad_input_never_leaves() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    with sandbox.sync_client() as client:
        with pytest.raises(DiditNotFoundError) as info:
            client.sessions.retrieve_decision(SECOND_SESSION)
        assert info.value.status == 404
        assert info.value.method == "GET"
        assert info.value.path == "/v3/session/{sessionId}/decision/"
        before = sandbox.stats.requests
        with pytest.raises(DiditValidationError) as bad:
            client.workflows.create(workflow_label="KYC", workflow_type="not-a-type")  # type: ignore[arg-type]
        assert bad.value.field == "workflow_type"
        with pytest.raises(DiditValidationError):
            client.sessions.list(status=["Nope"])  # type: ignore[list-item]
        assert sandbox.stats.requests == before
    with pytest.raises(DiditConnectionError, match="closed"):
        client.system.healthcheck()
    client.close()  # closing twice is fine


def test_with_options_shares_the_pool_and_the_windows_and_closes_with_the_original() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    client = sandbox.sync_client()
    patient = client.with_options(timeout=120.0, default_headers={"X-App": "demo"})
    assert isinstance(patient, Didit)
    assert patient.async_client._limiter is client.async_client._limiter
    with capture_response() as cap:
        patient.system.healthcheck()
    assert cap.response.status_code == 200
    assert "sk_sandbox" not in repr(patient)
    client.close()
    with pytest.raises(DiditConnectionError):
        patient.system.healthcheck()


def test_capture_response_sees_only_its_own_threads_calls() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    with sandbox.sync_client() as client:
        seen: dict[str, list[str]] = {}

        def work(name: str, n: int) -> None:
            with capture_response() as cap:
                for _ in range(n):
                    client.billing.get_balance()
            seen[name] = [r.operation_id for r in cap.responses]

        threads = [threading.Thread(target=work, args=(f"t{n}", n)) for n in (1, 2, 3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert seen == {f"t{n}": ["billing_get_balance"] * n for n in (1, 2, 3)}


def test_wait_for_decision_and_watch_block_until_sessions_are_decided() -> None:
    sandbox = Sandbox(SandboxConfig(start_after=0.0, finish_after=0.0))
    with sandbox.sync_client() as client:
        wf = _workflow(client)
        ids = [
            client.sessions.create(workflow_id=wf, sandbox_scenario=s).session_id
            for s in ("approve", "decline_aml_hit")
        ]
        assert client.sessions.wait_for_decision(ids[0], timeout=30).status == "Approved"
        watcher = client.sessions.watch(ids[:1], min_interval=0.0)
        watcher.add(ids[1])
        assert watcher.watching == 2
        changes = {c.session_id: c.status for c in watcher}
    assert changes == {ids[0]: "Approved", ids[1]: "Declined"}


def test_create_many_streams_its_input_and_yields_one_result_per_row() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True, rate_limiting=False))
    with sandbox.sync_client(rate_limiting=False) as client:
        wf = _workflow(client)
        pulled = 0

        def rows() -> Iterator[dict[str, Any]]:
            nonlocal pulled
            for i in range(120):
                pulled += 1
                yield {"workflow_id": wf, "vendor_data": f"user-{i}"}

        run = client.sessions.create_many(rows(), concurrency=4)
        first = next(run)
        assert first.ok
        assert pulled < 40  # read lazily, not all at once
        rest = list(run)
        assert sorted(r.index for r in [first, *rest]) == list(range(120))
        assert all(r.ok for r in rest)
        assert run.progress.succeeded == 120
        assert sandbox.stats.sessions_created == 120
        # Leaving a `with` block early stops the batch: the rest is never sent.
        created = sandbox.stats.sessions_created
        with client.sessions.create_many(
            ({"workflow_id": wf, "vendor_data": f"late-{i}"} for i in range(500)), concurrency=2
        ) as batch:
            for _ in zip(range(3), batch, strict=False):
                pass
        assert sandbox.stats.sessions_created - created < 20


@pytest.fixture
def sigint_raises() -> Iterator[None]:
    # Python leaves SIGINT ignored when it starts ignored (a job run in the background, some
    # CI runners); a terminal's Ctrl-C raises KeyboardInterrupt, which is what is tested here.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@pytest.mark.usefixtures("sigint_raises")
def test_keyboard_interrupt_during_a_blocking_wait_leaves_the_client_usable() -> None:
    sandbox = Sandbox(SandboxConfig(start_after=10**6))
    with sandbox.sync_client() as client:
        sid = client.sessions.create(workflow_id=_workflow(client)).session_id
        main = threading.main_thread().ident
        assert main == threading.get_ident()
        timer = threading.Timer(0.3, signal.pthread_kill, (main, signal.SIGINT))
        timer.start()
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            client.sessions.wait_for_decision(sid, timeout=60, initial_interval=0.05)
        timer.join()
        assert time.monotonic() - started < 30  # interrupted, not timed out
        # The same client, the same thread: calls and iteration work as before.
        assert client.sessions.retrieve_decision(sid).status == "Not Started"
        assert [s.session_id for s in client.sessions.list()] == [sid]


def test_keyboard_interrupt_from_a_callback_cancels_that_call_only() -> None:
    answers = iter([503, 200, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(answers), json={"status": "ok"})

    def on_retry(event: RetryEvent) -> None:
        raise KeyboardInterrupt

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Didit(api_key="k", http_client=http, on_retry=on_retry) as client:
        with pytest.raises(KeyboardInterrupt):
            client.system.healthcheck()
        assert client.system.healthcheck().status == "ok"
        assert client.system.healthcheck().status == "ok"


def test_keyboard_interrupt_inside_create_many_stops_the_batch_and_not_the_client() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True, rate_limiting=False))
    with sandbox.sync_client(rate_limiting=False) as client:
        wf = _workflow(client)

        def on_progress(progress: Any) -> None:
            if progress.done == 5:
                raise KeyboardInterrupt

        rows = ({"workflow_id": wf, "vendor_data": f"u{i}"} for i in range(1000))
        run = client.sessions.create_many(rows, concurrency=2, on_progress=on_progress)
        with pytest.raises(KeyboardInterrupt):
            list(run)
        assert sandbox.stats.sessions_created < 50
        with pytest.raises(RuntimeError, match="interrupted"):
            next(run)
        again = list(client.sessions.create_many([{"workflow_id": wf, "vendor_data": "after"}]))
        assert again[0].ok


def test_a_callback_calling_the_client_back_is_refused_clearly() -> None:
    sandbox = Sandbox(SandboxConfig(virtual_time=True, rate_limiting=False))
    with sandbox.sync_client(rate_limiting=False) as client:
        wf = _workflow(client)
        refused: list[str] = []

        def on_progress(progress: Any) -> None:
            try:
                client.billing.get_balance()
            except RuntimeError as exc:
                refused.append(str(exc))

        results = list(client.sessions.create_many([{"workflow_id": wf}], on_progress=on_progress))
        assert results[0].ok
        assert refused
        assert "a callback inside a Didit call" in refused[0]


def _interrupt() -> None:
    raise KeyboardInterrupt


def test_an_interrupt_right_after_a_call_finished_still_leaves_a_clean_loop() -> None:
    # The call's task finishes and schedules the loop's stop; the interrupt escapes first, so
    # the stop is still queued when the cleanup runs the loop again.
    runner = LoopRunner()

    async def finishing() -> int:
        loop = asyncio.get_running_loop()
        background = loop.create_task(asyncio.sleep(10))
        loop.call_soon(_interrupt)
        del background
        return 1

    with pytest.raises(KeyboardInterrupt):
        runner.call(finishing)
    assert runner.call(asyncio.sleep, 0, "after") == "after"
    runner.close()
