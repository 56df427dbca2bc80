"""A sandbox given a state file (``SandboxConfig(state_path=...)``, ``--state FILE``) finds
everything again after a restart; one without stays in memory and says so."""

from __future__ import annotations

import itertools
import os
import pickle
import sqlite3
from collections import deque
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import didit_async.sandbox as sandbox_module
from didit_async.sandbox import Sandbox, SandboxConfig, SandboxStateError, _persist, main
from didit_async.sandbox._persist import RUNTIME, SavingApp, describe, snapshot
from didit_async.sandbox._scenarios import Outcome
from didit_async.sandbox._state import SandboxState
from didit_async.webhooks import verify

pytestmark = pytest.mark.anyio


def _config(path: Path, **options: Any) -> SandboxConfig:
    return SandboxConfig(virtual_time=True, state_path=path, **options)


async def _receiver(scope: dict[str, Any], receive: Any, send: Any) -> None:
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    headers = {k.decode(): v.decode() for k, v in scope["headers"]}
    RECEIVED.append((body, headers))
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b""})


RECEIVED: list[tuple[bytes, dict[str, str]]] = []


def _comparable(value: Any) -> Any:
    # A counter has no equality of its own: compare the number it hands out next.
    return ("count", next(value)) if isinstance(value, itertools.count) else value


async def test_a_restarted_sandbox_finds_everything_the_first_one_had(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite"
    with Sandbox(_config(path)) as first:
        async with first.client() as client:
            wf = await client.workflows.create(workflow_label="KYC", workflow_type="kyc")
            decided = await client.sessions.create(
                workflow_id=wf.uuid, vendor_data="user-1", sandbox_scenario="decline"
            )
            first.advance(10)
            await client.users.create(vendor_data="user-2", display_name="Two")
            dest = await client.webhooks.destinations.create(
                label="app", url="https://hooks.example.com/d", subscribed_events=["status.updated"]
            )
            await client.businesses.create(vendor_data="acme", country_code="GB")
            await client.transactions.create(
                transaction_id="tx-1",
                transaction_category="finance",
                transaction_details={"amount": "10"},
                subject={"vendor_data": "user-1"},
            )
            vip = await client.lists.create(name="VIP", list_type="allowlist", entry_type="email")
            await client.lists.entries.create(vip.uuid, value="vip@sandbox-mail.dev")
            balance = (await client.billing.get_balance()).balance
    kept = {k: _comparable(v) for k, v in snapshot(first.state).items()}  # after its last save

    second = Sandbox(_config(path))
    try:
        assert second.restored
        # Every attribute of the state came back equal: the ones this test made, and any a
        # handler module adds later, with no list of them to keep up to date.
        assert {k: _comparable(v) for k, v in snapshot(second.state).items()} == kept
        async with second.client() as client:
            assert [w.uuid async for w in client.workflows.list()] == [wf.uuid]
            got = await client.sessions.retrieve_decision(decided.session_id)
            assert got.status == "Declined"
            assert {u.vendor_data async for u in client.users.list()} == {"user-1", "user-2"}
            again = await client.webhooks.destinations.retrieve(dest.uuid)
            assert again.url == dest.url
            entries = [e.value async for e in client.lists.entries.list(vip.uuid)]
            assert entries == ["vip@sandbox-mail.dev"]
            assert (await client.billing.get_balance()).balance == balance
            # The session numbers carry on from the first run's, never repeating one.
            later = await client.sessions.create(workflow_id=wf.uuid, vendor_data="user-3")
            assert later.session_number > decided.session_number
    finally:
        second.close()


async def test_a_session_half_way_continues_and_its_webhook_verifies_after_a_restart(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sandbox.sqlite"
    RECEIVED.clear()
    with Sandbox(_config(path, start_after=1, finish_after=2)) as first:
        async with first.client() as client:
            wf = await client.workflows.create(workflow_label="KYC", workflow_type="kyc")
            dest = await client.webhooks.destinations.create(
                label="app", url="https://hooks.example.com/d", subscribed_events=["status.updated"]
            )
            secret = dest.secret_shared_key
            session = await client.sessions.create(workflow_id=wf.uuid, vendor_data="user-1")
        first.advance(1.5)  # the user is half-way: In Progress, its webhook not yet sent
        assert first.state.sessions[str(session.session_id)].status == "In Progress"
        pending = [d.payload["event_id"] for d in first.state.outbox]
        assert pending

    with Sandbox(_config(path, start_after=1, finish_after=2)) as second:
        second.register_receiver("https://hooks.example.com/d", _receiver)
        second.advance(2)  # the rest of the user's time, on the restored clock
        async with second.client() as client:
            decision = await client.sessions.retrieve_decision(session.session_id)
        assert decision.status == "Approved"
        assert await second.deliver_webhooks() == len(RECEIVED) >= 2
    assert secret is not None
    events = [verify(body, headers, secret) for body, headers in RECEIVED]
    # The queued delivery kept its event id; the new ones are new.
    assert [e.event_id for e in events][: len(pending)] == pending
    assert [e.status for e in events][-1] == "Approved"
    assert len({e.event_id for e in events}) == len(events)


class _Grown(SandboxState):
    """A state with a collection this module has never heard of, as a new handler adds one."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.cases: dict[tuple[str, str], Any] = {}


async def test_a_new_state_attribute_is_kept_with_no_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox_module, "SandboxState", _Grown)
    path = tmp_path / "sandbox.sqlite"
    value = {
        ("key", "case-1"): {
            "amount": Decimal("12.50"),
            "tags": {"aml", "pep"},
            "log": deque([1, 2]),
            "outcome": Outcome("In Review", ("FACE_MATCH_BORDERLINE",)),
        }
    }
    with Sandbox(_config(path)) as first:
        first.state.cases.update(value)  # type: ignore[attr-defined]
        first.save()
    second = Sandbox(_config(path))
    second.close()
    assert second.state.cases == value  # type: ignore[attr-defined]


def test_settings_of_this_start_win_over_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite"
    with Sandbox(_config(path, start_after=1, finish_after=2)):
        pass
    with Sandbox(_config(path, start_after=5, finish_after=7, api_key="sk_mine")) as second:
        assert (second.state.start_after, second.state.finish_after) == (5, 7)
        # A key new to the file gets an application; the first run's key still works.
        assert second.state.app_for_key("sk_mine") is not None
        assert second.state.app_for_key(SandboxConfig().api_key) is not None
    assert {"clock", "start_after", "finish_after", "base_url"} <= RUNTIME


class _Elsewhere:
    """A class from outside didit_async."""


def test_an_unsaveable_attribute_is_named_and_the_file_keeps_the_last_good_state(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sandbox.sqlite"
    with Sandbox(_config(path)) as first:
        first.state.workflows["w"] = {"uuid": "w"}
        first.save()
        first.state.handler = lambda: None  # type: ignore[attr-defined]
        with pytest.raises(SandboxStateError, match="'handler'"):
            first.save()
        del first.state.handler  # type: ignore[attr-defined]
        # Picklable, but not a class the loader would build: refused now, not at the restart.
        first.state.notes = {"n": _Elsewhere()}  # type: ignore[attr-defined]
        with pytest.raises(SandboxStateError, match=r"'notes'.*_Elsewhere cannot be kept"):
            first.save()
        del first.state.notes  # type: ignore[attr-defined]
    with Sandbox(_config(path)) as second:
        assert list(second.state.workflows) == ["w"]


def test_a_state_file_cannot_make_the_sandbox_run_code(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite"
    with Sandbox(_config(path)):
        pass
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self) -> tuple[Any, ...]:
            return os.system, (f"touch {marker}",)

    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE sandbox_state SET value = ? WHERE key = 'snapshot'",
            (pickle.dumps({"x": Evil()}),),
        )
    db.close()
    with pytest.raises(SandboxStateError, match=r"not part of a sandbox state"):
        Sandbox(_config(path))
    assert not marker.exists()


def test_a_file_that_is_not_a_state_file_is_one_line_from_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database, just notes\n" * 100)
    assert main(["--port", "0", "--state", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and str(path) in err and len(err.splitlines()) == 1
    assert path.read_text().startswith("not a database")  # left as it was


def _line(sandbox: Sandbox) -> str:
    return describe(sandbox.config.state_path, sandbox.state, sandbox.restored)


def test_the_start_up_line_says_where_the_state_lives(tmp_path: Path) -> None:
    assert _line(Sandbox()) == "state: in memory (lost on exit); --state FILE keeps it"
    path = tmp_path / "sandbox.sqlite"
    with Sandbox(_config(path)) as first:
        assert _line(first) == f"state: kept in {path} (a new file)"
    with Sandbox(_config(path)) as second:
        assert _line(second).startswith(f"state: kept in {path} (restored ")


def test_the_in_memory_default_touches_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    sandbox = Sandbox()
    sandbox.advance(1)
    sandbox.save()
    sandbox.close()
    assert type(sandbox.app) is sandbox_module.SandboxApp
    assert list(tmp_path.iterdir()) == []


async def test_slow_saves_wait_for_the_background_loop_which_loses_no_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_persist, "LARGE_SNAPSHOT_BYTES", 0)  # every state counts as large
    path = tmp_path / "sandbox.sqlite"
    sandbox = Sandbox(_config(path))
    assert isinstance(sandbox.app, SavingApp)
    store = sandbox.app.store
    store.background = True  # as while Sandbox.running's loop turns
    async with sandbox.client() as client:
        made = [
            (await client.workflows.create(workflow_label=f"W{i}", workflow_type="kyc")).uuid
            for i in range(4)
        ]
    with Sandbox(_config(path)) as reader:  # the first write was saved; the rest wait
        assert list(reader.state.workflows) == made[:1]
    assert store.autosave(sandbox.state)  # the loop's next turn: all of them, in one save
    sandbox.close()
    with Sandbox(_config(path)) as reader:
        assert list(reader.state.workflows) == made
