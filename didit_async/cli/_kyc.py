"""``didit kyc``: KYC end to end, as run_kyc.py (setup, session, decision, full)."""

from __future__ import annotations

from typing import Any

import click

from didit_async._client import AsyncDidit

from ._app import State, cli, example, pass_state, run
from ._sessions import session_create_kwargs, session_create_options
from ._shared import calls, kw
from ._workflows import workflow_kwargs, workflow_options

# --- kyc (run_kyc.py) -------------------------------------------------------------------------


@cli.group()
def kyc() -> None:
    """KYC end to end, as run_kyc.py: setup, session, decision, full."""


@kyc.command("setup")
@click.option("--label", default="KYC", show_default=True)
@workflow_options
@pass_state
@example('didit kyc setup --label "My KYC" --liveness --face-match')
def kyc_setup(state: State, /, label: str, **opts: Any) -> None:
    """Create a KYC workflow."""
    kwargs = {"workflow_type": "kyc", **workflow_kwargs(opts)}
    state.out.emit(run(state, lambda c: c.workflows.create(workflow_label=label, **kwargs)))


@kyc.command("session")
@session_create_options
@pass_state
@example("didit kyc session --workflow-id 1b2c... --vendor-data user-123")
def kyc_session(state: State, /, **opts: Any) -> None:
    """Create a KYC session and print its URL."""
    kwargs = session_create_kwargs(**opts)
    state.out.emit(run(state, lambda c: c.sessions.create(**kwargs)))


@kyc.command("decision")
@click.argument("session_id")
@calls(lambda c: c.sessions.retrieve_decision)
@example("didit kyc decision 1111...")
def kyc_decision() -> None:
    """Show the decision of a KYC session."""


@kyc.command("full")
@click.option("--vendor-data", required=True)
@click.option("--callback")
@click.option("--label", default="KYC", show_default=True)
@click.option("--workflow-id", help="Reuse a workflow instead of creating one.")
@click.option("--wait/--no-wait", default=False, help="Wait for the final decision.")
@click.option("--timeout", type=float, default=600.0, show_default=True)
@click.option("--sandbox-scenario", "scenario", help="Sandbox only: the outcome.")
@pass_state
@example("didit kyc full --vendor-data user-123 --callback https://myapp.com/done")
def kyc_full(
    state: State,
    vendor_data: str,
    callback: str | None,
    label: str,
    workflow_id: str | None,
    wait: bool,
    timeout: float,
    scenario: str | None,
) -> None:
    """Workflow (liveness + face match), session, URL, and with --wait the decision."""

    async def work(c: AsyncDidit) -> dict[str, Any]:
        wid = workflow_id
        if wid is None:
            wf = await c.workflows.create(
                workflow_label=label,
                workflow_type="kyc",
                is_liveness_enabled=True,
                is_face_match_enabled=True,
            )
            wid = wf.uuid
        session = await c.sessions.create(
            **kw(
                workflow_id=wid,
                vendor_data=vendor_data,
                callback=callback,
                sandbox_scenario=scenario,
            )
        )
        result: dict[str, Any] = {
            "workflow_id": wid,
            "session_id": session.session_id,
            "url": session.url,
        }
        if wait:
            decision = await c.sessions.wait_for_decision(session.session_id, timeout=timeout)
            result["status"] = str(decision.status)
        return result

    state.out.emit(run(state, work))
