"""Interrupting ``Didit``'s workloads: Ctrl-C, a signal-raised exception, an early exit.

Whatever stops a blocking ``create_many`` or ``watch`` (a real SIGINT, an exception raised by a
signal handler as Celery's ``SoftTimeLimitExceeded`` is, a ``break``, a dropped run), every
in-flight slot comes back, nothing more is sent, and the rows that reached Didit are reported.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest

from didit_async import Didit, DiditTimeoutError
from didit_async._sync_bridge import BlockingTransport
from didit_async.sandbox import FaultConfig, Sandbox, SandboxConfig

SLOTS = 4


class SoftTimeLimit(Exception):
    """Stands in for Celery's ``SoftTimeLimitExceeded``: an Exception a signal handler raises."""


def _raise_soft_time_limit(signum: int, frame: Any) -> None:
    raise SoftTimeLimit


# (signal sent to this process, the handler installed for it, the exception it raises)
INTERRUPTIONS = {
    "ctrl-c": (signal.SIGINT, signal.default_int_handler, KeyboardInterrupt),
    "soft-time-limit": (signal.SIGUSR1, _raise_soft_time_limit, SoftTimeLimit),
}


@pytest.fixture(params=sorted(INTERRUPTIONS))
def interruption(
    request: pytest.FixtureRequest,
) -> Iterator[Callable[[float], type[BaseException]]]:
    """``interrupt(after)``: the signal reaches this process ``after`` seconds from now, and
    its handler raises in the main thread; returns the exception to expect."""
    signum, handler, raised = INTERRUPTIONS[request.param]
    # Installed here: a test run in the background may start with SIGINT ignored.
    previous = signal.signal(signum, handler)
    timers: list[threading.Timer] = []

    def interrupt(after: float) -> type[BaseException]:
        assert threading.current_thread() is threading.main_thread()
        timer = threading.Timer(after, os.kill, (os.getpid(), signum))
        timers.append(timer)
        timer.start()
        return raised

    try:
        yield interrupt
    finally:
        for timer in timers:
            timer.join()
        signal.signal(signum, previous)


class Stuck(AssertionError):
    """A call that should have returned was still blocked at the watchdog's deadline."""


@contextlib.contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Fail (instead of hanging the test run) if the block is still running after ``seconds``:
    SIGALRM's handler raises :class:`Stuck` in the main thread, interrupting any wait."""

    def fire(signum: int, frame: Any) -> None:
        raise Stuck(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _bridge(client: Didit) -> BlockingTransport:
    transport = client.async_client._shared.client()._transport  # type: ignore[attr-defined]
    assert isinstance(transport, BlockingTransport)
    return transport


def _wait_for_free_slots(client: Didit, within: float = 10.0) -> int:
    """The free slots once the answers still travelling have come back (or ``within`` passed)."""
    bridge = _bridge(client)
    until = time.monotonic() + within
    while bridge.free_slots < SLOTS and time.monotonic() < until:
        time.sleep(0.02)
    return bridge.free_slots


def _client(sandbox: Sandbox) -> Didit:
    return sandbox.sync_client(rate_limiting=False, max_concurrency=SLOTS)


def _workflow(client: Didit) -> str:
    return client.workflows.create(workflow_label="KYC", workflow_type="kyc").uuid


def _rows(wf: str, prefix: str = "u") -> Iterator[dict[str, Any]]:
    return ({"workflow_id": wf, "vendor_data": f"{prefix}-{i}"} for i in range(10_000))


def _made(sandbox: Sandbox) -> set[str]:
    return set(sandbox.state.sessions)


def _read_into(results: Iterable[Any], into: list[Any], fail_after: int | None = None) -> None:
    """A plain ``for`` loop over ``results``; raises in its body after ``fail_after`` items."""
    for r in results:
        into.append(r)
        if len(into) == fail_after:
            raise ZeroDivisionError


def test_an_interrupted_create_many_frees_its_slots_and_reports_every_session_it_made(
    interruption: Callable[[float], type[BaseException]],
) -> None:
    sandbox = Sandbox(SandboxConfig(start_after=10**6, rate_limiting=False))
    with _client(sandbox) as client:
        wf = _workflow(client)
        before = _made(sandbox)
        # Each create takes effect at once; its answer comes 1.5 s later. The signal lands while
        # all four are in flight, holding every slot.
        sandbox.app.faults = FaultConfig(delay_after_write=1.5)
        run = client.sessions.create_many(_rows(wf), concurrency=SLOTS)
        seen = []
        raised = interruption(0.5)
        with pytest.raises(raised):
            _read_into(run, seen)
        sandbox.app.faults = FaultConfig()
        late = run.reconcile(wait=10)
        made = _made(sandbox) - before
        assert made  # Didit made sessions the loop never saw
        # Every session Didit made is reported, exactly once.
        reported = [r.session.session_id for r in seen + late if r.ok]  # type: ignore[union-attr]
        assert sorted(reported) == sorted(made)
        assert all(r.recovered for r in late)
        # Every slot came back: the next call gets one at once, within a short timeout.
        assert _wait_for_free_slots(client) == SLOTS
        assert client.billing.get_balance(timeout=2).balance is not None
        # And nothing of the interrupted run is sent afterwards, during later calls.
        for _ in range(3):
            client.sessions.retrieve_decision(next(iter(made)))
        assert _made(sandbox) - before == made


def test_an_interrupted_watch_frees_its_slots_and_the_client_stays_usable(
    interruption: Callable[[float], type[BaseException]],
) -> None:
    sandbox = Sandbox(SandboxConfig(start_after=10**6, rate_limiting=False))
    with _client(sandbox) as client:
        wf = _workflow(client)
        ids = [client.sessions.create(workflow_id=wf).session_id for _ in range(8)]
        # Every poll takes a second: the signal lands while four are in flight.
        sandbox.app.faults = FaultConfig(latency=1.0)
        raised = interruption(0.4)
        with pytest.raises(raised):
            _read_into(client.sessions.watch(ids, concurrency=SLOTS, min_interval=0.01), [])
        sandbox.app.faults = FaultConfig()
        # Every slot comes back once the polls in flight are answered.
        assert _wait_for_free_slots(client) == SLOTS
        polls = sandbox.stats.per_operation["sessions_retrieve_decision"]
        assert client.billing.get_balance(timeout=2).balance is not None
        client.workflows.list()
        # The watcher polls no more once it was stopped.
        assert sandbox.stats.per_operation["sessions_retrieve_decision"] == polls


def test_a_call_waiting_for_a_slot_ends_at_its_timeout_with_a_timeout_error() -> None:
    sandbox = Sandbox(SandboxConfig(start_after=10**6, rate_limiting=False))
    with sandbox.sync_client(rate_limiting=False, max_concurrency=1) as client:
        client.billing.get_balance()
        sandbox.app.faults = FaultConfig(latency=3.0)
        slow = threading.Thread(target=client.billing.get_balance)  # holds the only slot
        slow.start()
        while _bridge(client).free_slots:
            time.sleep(0.01)
        with pytest.raises(DiditTimeoutError, match="max_concurrency=1") as caught:
            client.billing.get_balance(timeout=0.3)
        assert slow.is_alive()  # it ended at its own timeout, not when the slot came free
        assert "nothing was sent" in str(caught.value)
        slow.join()
        assert _bridge(client).free_slots == 1


def _stop_after_two(run: Any, how: str) -> list[Any]:
    """Read two results of ``run``, then leave it the way ``how`` says."""
    got: list[Any] = []
    if how == "break":
        for r in run:
            got.append(r)
            if len(got) == 2:
                break
    elif how == "exception":
        with pytest.raises(ZeroDivisionError):
            _read_into(run, got, fail_after=2)
    elif how == "close":
        got += [next(run), next(run)]
        run.close()
    return got


@pytest.mark.parametrize("how", ["break", "exception", "close"])
def test_leaving_create_many_early_sends_no_more_rows_and_reconciles_the_ones_in_flight(
    how: str,
) -> None:
    sandbox = Sandbox(SandboxConfig(start_after=10**6, rate_limiting=False))
    with _client(sandbox) as client:
        wf = _workflow(client)
        before = _made(sandbox)
        sandbox.app.faults = FaultConfig(latency=0.05)
        run = client.sessions.create_many(_rows(wf), concurrency=SLOTS)
        got = _stop_after_two(run, how)
        late = run.reconcile(wait=10)  # waits for the rows still travelling, then looks up
        made = _made(sandbox) - before
        reported = [r.session.session_id for r in got + late if r.ok]  # type: ignore[union-attr]
        assert sorted(reported) == sorted(made)
        # Later, unrelated calls on the same thread run nothing of the stopped batch.
        for _ in range(5):
            client.billing.get_balance()
        time.sleep(0.3)
        assert _made(sandbox) - before == made
        assert _bridge(client).free_slots == SLOTS
        with pytest.raises(RuntimeError, match="stopped early"):
            next(run)


@pytest.mark.parametrize("keep", [False, True])
def test_a_plain_for_loop_left_early_or_a_dropped_run_creates_nothing_afterwards(
    keep: bool,
) -> None:
    sandbox = Sandbox(SandboxConfig(start_after=10**6, rate_limiting=False))
    with _client(sandbox) as client:
        wf = _workflow(client)
        sandbox.app.faults = FaultConfig(latency=0.05)
        if keep:
            # next() by hand, then the run is dropped without close().
            run = client.sessions.create_many(_rows(wf), concurrency=SLOTS)
            next(run), next(run)
            del run
            gc.collect()
        else:
            for n, _ in enumerate(client.sessions.create_many(_rows(wf), concurrency=SLOTS)):
                if n == 1:
                    break
        time.sleep(0.5)  # the rows in flight when the loop was left land meanwhile
        settled = sandbox.stats.sessions_created
        with watchdog(10):  # a batch left holding every slot would block the next call
            for _ in range(5):
                client.billing.get_balance()
        time.sleep(0.3)
        assert sandbox.stats.sessions_created == settled
        assert _wait_for_free_slots(client) == SLOTS


def test_leaving_transactions_create_many_early_reconciles_every_transaction_stored() -> None:
    sandbox = Sandbox(SandboxConfig(rate_limiting=False))
    with _client(sandbox) as client:
        sandbox.app.faults = FaultConfig(latency=0.05)
        rows = (
            {
                "transaction_id": f"tx-{i}",
                "transaction_category": "finance",
                "transaction_details": {"amount": "5", "currency": "EUR"},
                "subject": {"vendor_data": f"user-{i}"},
            }
            for i in range(10_000)
        )
        run = client.transactions.create_many(rows, concurrency=SLOTS)
        got = _stop_after_two(run, "break")
        late = run.reconcile(wait=10)
        stored = {tx["transaction_id"] for tx in sandbox.state.entities.transactions.values()}
        reported = [r.session.transaction_id for r in got + late if r.ok]  # type: ignore[union-attr]
        assert sorted(reported) == sorted(stored)
        for _ in range(3):
            client.billing.get_balance()
        time.sleep(0.3)
        assert len(sandbox.state.entities.transactions) == len(stored)


def test_a_call_inside_the_loop_gets_a_slot_while_the_batch_holds_every_one() -> None:
    # Two slots, four rows in flight: every slot is held by an answer this thread's own loop
    # has to read. A call made in the loop's body must not wait for them with that loop stopped.
    sandbox = Sandbox(SandboxConfig(start_after=10**6, rate_limiting=False))
    with sandbox.sync_client(rate_limiting=False, max_concurrency=2) as client:
        wf = _workflow(client)
        sandbox.app.faults = FaultConfig(latency=0.05)
        balances = []
        with watchdog(20), client.sessions.create_many(_rows(wf), concurrency=4) as run:
            for r in run:
                assert r.ok
                balances.append(client.billing.get_balance(timeout=10))
                if len(balances) == 3:
                    break
        assert len(balances) == 3
