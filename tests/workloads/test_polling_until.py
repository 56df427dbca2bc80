"""``until`` adds to the final statuses instead of replacing them (an approved session still ends
the wait); poll deadlines are honoured to the second, not cut short."""

from __future__ import annotations

import pytest

from didit_async._clock import FakeClock
from didit_async._polling import DecisionTimeoutError, Watcher, stop_reason, wait_for_decision

from .test_polling import Script

pytestmark = pytest.mark.anyio


async def test_watch_until_still_stops_at_final_statuses_and_says_why() -> None:
    clock = FakeClock()
    script = Script(clock, {"approved": [(1, "Approved")], "review": [(3, "In Review")]})
    ended: dict[str, str | None] = {}
    async with Watcher(script.fetch, ["approved", "review"], clock=clock, until={"In Review"}) as w:
        async for change in w:
            if change.final:
                ended[change.session_id] = change.ended_by
    assert ended == {"approved": "final", "review": "until"}
    assert clock.now() < 60


async def test_wait_for_decision_until_returns_an_already_final_session() -> None:
    clock = FakeClock()
    script = Script(clock, {"s": [(0, "Approved")]})
    decision = await wait_for_decision(
        script.fetch, "s", clock=clock, until={"In Review"}, timeout=30
    )
    assert decision.status == "Approved"
    assert stop_reason(decision.status, {"In Review"}) == "final"


@pytest.mark.parametrize("timeout", [30.0, 15.0, 7.5])
async def test_wait_for_decision_waits_the_whole_timeout_then_polls_at_the_deadline(
    timeout: float,
) -> None:
    clock = FakeClock()
    script = Script(clock, {"s": [(0, "In Progress")]})
    with pytest.raises(DecisionTimeoutError) as info:
        await wait_for_decision(script.fetch, "s", clock=clock, timeout=timeout)
    assert clock.now() == pytest.approx(timeout)
    assert script.polls["s"][-1] == pytest.approx(timeout)
    assert f"after {timeout:.0f} s" in str(info.value)


async def test_a_session_decided_just_before_the_deadline_is_returned() -> None:
    clock = FakeClock()
    script = Script(clock, {"s": [(29.5, "Approved")]})
    decision = await wait_for_decision(script.fetch, "s", clock=clock, timeout=30)
    assert decision.status == "Approved"
