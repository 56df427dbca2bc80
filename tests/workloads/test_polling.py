"""wait_for_decision and watch, in virtual time."""

from __future__ import annotations

import itertools
from typing import Any

import attrs
import pytest

from didit_async._clock import FakeClock
from didit_async._errors import (
    DiditAPIError,
    DiditAuthenticationError,
    DiditBadRequestError,
    DiditConnectionError,
    DiditError,
    DiditNotFoundError,
    DiditPermissionError,
    DiditRateLimitError,
    DiditServerError,
    DiditStoreUnavailableError,
    DiditValidationError,
)
from didit_async._polling import DecisionTimeoutError, Watcher, wait_for_decision

pytestmark = pytest.mark.anyio


@attrs.frozen
class Decision:
    session_id: str
    status: str


class Script:
    """Each session walks through a list of statuses, one step per poll after it is due."""

    def __init__(self, clock: FakeClock, plans: dict[str, list[tuple[float, str]]]) -> None:
        self.clock = clock
        self.plans = plans
        self.polls: dict[str, list[float]] = {k: [] for k in plans}

    async def fetch(self, session_id: str) -> Decision:
        if session_id not in self.plans:
            raise DiditNotFoundError("Not found.", status=404)
        self.polls[session_id].append(self.clock.now())
        status = "Not Started"
        for at, step in self.plans[session_id]:
            if self.clock.now() >= at:
                status = step
        return Decision(session_id, status)


async def test_wait_for_decision_returns_the_final_decision_with_growing_gaps() -> None:
    clock = FakeClock()
    script = Script(clock, {"s1": [(10, "In Progress"), (95, "Approved")]})
    decision = await wait_for_decision(script.fetch, "s1", clock=clock)
    assert decision.status == "Approved"
    gaps = [b - a for a, b in zip(script.polls["s1"], script.polls["s1"][1:], strict=False)]
    assert gaps == sorted(gaps)
    assert gaps[0] == 2.0
    assert max(gaps) <= 30.0
    assert 95 <= clock.now() <= 95 + 30


async def test_wait_for_decision_stops_at_the_statuses_asked_for() -> None:
    clock = FakeClock()
    script = Script(clock, {"s1": [(5, "In Review"), (500, "Approved")]})
    decision = await wait_for_decision(script.fetch, "s1", clock=clock, until={"In Review"})
    assert decision.status == "In Review"
    assert clock.now() < 60


async def test_wait_for_decision_times_out_with_the_last_status() -> None:
    clock = FakeClock()
    script = Script(clock, {"s1": [(1, "In Progress")]})
    with pytest.raises(DecisionTimeoutError) as info:
        await wait_for_decision(script.fetch, "s1", clock=clock, timeout=60)
    assert info.value.last_status == "In Progress"
    assert clock.now() <= 60


async def test_watch_reports_each_change_once_and_ends_when_all_are_final() -> None:
    clock = FakeClock()
    script = Script(
        clock,
        {
            "a": [(3, "In Progress"), (20, "Approved")],
            "b": [(3, "In Progress"), (40, "Declined")],
            "c": [(1, "Expired")],
        },
    )
    changes: list[tuple[str, str | None, str | None]] = []
    async with Watcher(script.fetch, ["a", "b", "c"], clock=clock, concurrency=2) as watcher:
        async for change in watcher:
            changes.append((change.session_id, change.previous, change.status))
    finals = {
        sid: status for sid, _, status in changes if status in {"Approved", "Declined", "Expired"}
    }
    assert finals == {"a": "Approved", "b": "Declined", "c": "Expired"}
    # No status is reported twice in a row for a session.
    for sid in "abc":
        seq = [s for i, _, s in changes if i == sid]
        assert all(x != y for x, y in itertools.pairwise(seq))


async def test_watch_drops_deleted_sessions_with_the_error_and_survives_server_errors() -> None:
    clock = FakeClock()
    script = Script(clock, {"a": [(5, "Approved")]})
    flaky = {"n": 0}

    async def fetch(session_id: str) -> Decision:
        if session_id == "a" and flaky["n"] < 2:
            flaky["n"] += 1
            raise DiditServerError("bad gateway", status=502)
        return await script.fetch(session_id)

    events = []
    async with Watcher(fetch, ["a", "gone"], clock=clock) as watcher:
        events = [c async for c in watcher]
    gone = [c for c in events if c.session_id == "gone"]
    assert len(gone) == 1
    assert isinstance(gone[0].error, DiditNotFoundError)
    assert gone[0].final
    assert events[-1].status == "Approved" or any(c.status == "Approved" for c in events)


async def test_watch_shares_the_budget_fairly() -> None:
    """With a limiter of R polls/s, every session is revisited about every N / R seconds."""
    clock = FakeClock()
    n, rate = 200, 10.0
    # Everyone finishes at 210 s, so the watch ends on its own after ten rounds.
    script = Script(clock, {f"s{i}": [(210, "Approved")] for i in range(n)})
    last = {"t": 0.0}

    async def paced(session_id: str) -> Any:
        # A stand-in for the rate limiter: one poll every 1/rate seconds.
        slot = max(last["t"] + 1 / rate, clock.now())
        last["t"] = slot
        await clock.sleep(slot - clock.now())
        return await script.fetch(session_id)

    async with Watcher(
        paced, list(script.plans), clock=clock, concurrency=8, min_interval=0
    ) as watcher:
        finished = [c async for c in watcher if c.final]
    assert len(finished) == n
    worst = max(
        max((b - a for a, b in itertools.pairwise(p)), default=0.0) for p in script.polls.values()
    )
    assert n / rate * 0.9 <= worst <= n / rate * 1.1


async def test_sessions_can_be_added_while_watching() -> None:
    clock = FakeClock()
    script = Script(clock, {"a": [(10, "Approved")], "b": [(30, "Declined")]})
    seen = set()
    async with Watcher(script.fetch, ["a"], clock=clock) as watcher:
        watcher.add("b")
        async for change in watcher:
            seen.add((change.session_id, change.status))
    assert ("b", "Declined") in seen
    assert ("a", "Approved") in seen


# --- errors that end a session's watch ---------------------------------------------------------


def _refusal(kind: str) -> DiditError:
    """What the client raises for a poll no retry can heal, by what went wrong."""
    if kind == "malformed id":  # refused before anything is sent
        return DiditValidationError("session_id", "must be a UUID", "not-a-uuid")
    cls, status = {
        "400": (DiditBadRequestError, 400),
        "401": (DiditAuthenticationError, 401),
        "403": (DiditPermissionError, 403),
        "404": (DiditNotFoundError, 404),
        "410": (DiditAPIError, 410),
    }[kind]
    return cls("refused", status=status)


@pytest.mark.parametrize("kind", ["malformed id", "400", "401", "403", "404", "410"])
async def test_an_error_no_retry_heals_ends_the_session_at_once_with_the_error(kind: str) -> None:
    # Before, everything but a 404 kept the session in rotation, silently, forever.
    clock = FakeClock()
    script = Script(clock, {"ok": [(5, "Approved")]})
    refused: list[float] = []

    async def fetch(session_id: str) -> Decision:
        assert clock.now() < 1000, "the watch is still polling after every bound"
        if session_id == "bad":
            refused.append(clock.now())
            raise _refusal(kind)
        return await script.fetch(session_id)

    async with Watcher(fetch, ["bad", "ok"], clock=clock) as watcher:
        events = [c async for c in watcher]
    (bad,) = [c for c in events if c.session_id == "bad"]
    assert type(bad.error) is type(_refusal(kind)) and bad.error.status == _refusal(kind).status
    assert (bad.status, bad.decision, bad.ended_by, bad.final) == (None, None, "error", True)
    assert refused == [0.0]  # one poll, no retry
    assert [c.status for c in events if c.session_id == "ok"][-1] == "Approved"  # others go on


@pytest.mark.parametrize(
    "error",
    [
        DiditStoreUnavailableError("The Redis rate-limit store did not answer."),
        DiditServerError("bad gateway", status=502),
        DiditConnectionError("connection refused"),
        DiditRateLimitError("slow down", status=429),
    ],
)
async def test_errors_that_can_heal_end_the_session_after_give_up_after(error: DiditError) -> None:
    # The rate-limit store (or Didit, or the network) stays down: the watch ends, bounded.
    clock = FakeClock()
    polls: list[float] = []

    async def down(session_id: str) -> Decision:
        assert clock.now() < 1000, "the watch is still polling after every bound"
        polls.append(clock.now())
        raise error

    async with Watcher(down, ["a", "b"], clock=clock, give_up_after=300) as watcher:
        events = [c async for c in watcher]
    assert sorted(c.session_id for c in events) == ["a", "b"]
    assert all(c.error is error and c.ended_by == "error" for c in events)
    assert 300 <= clock.now() <= 300 + 2 * 2.0  # given up at the bound, not before or long after
    assert len(polls) <= 2 * (300 / 2.0 + 2)  # polled every min_interval meanwhile
    # None: never give up (the old behaviour, on request): still polling long after 300 s.
    clock2 = FakeClock()

    async def back_after_an_hour(session_id: str) -> Decision:
        if clock2.now() < 1000:
            raise error
        return Decision(session_id, "Approved")

    async with Watcher(back_after_an_hour, ["a"], clock=clock2, give_up_after=None) as watcher:
        late = [c async for c in watcher]
    assert [(c.status, c.error) for c in late] == [("Approved", None)]


async def test_a_store_that_comes_back_in_time_loses_nothing() -> None:
    clock = FakeClock()
    script = Script(clock, {"a": [(250, "Approved")]})

    async def flaky(session_id: str) -> Decision:
        if 10 <= clock.now() < 200:  # down for 190 s, under the 300 s bound
            raise DiditStoreUnavailableError("The Redis rate-limit store did not answer.")
        return await script.fetch(session_id)

    async with Watcher(flaky, ["a"], clock=clock, give_up_after=300) as watcher:
        events = [c async for c in watcher]
    assert [(c.status, c.error) for c in events][-1] == ("Approved", None)
    # A second outage gets its own 300 s: the count restarts after a poll succeeds.
    assert all(c.error is None for c in events)


def test_give_up_after_must_be_seconds_or_none() -> None:
    for bad in (-1, float("nan")):
        with pytest.raises(ValueError, match="give_up_after"):
            Watcher(Script(FakeClock(), {}).fetch, [], clock=FakeClock(), give_up_after=bad)
