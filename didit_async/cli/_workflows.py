"""``didit workflows``: the verification flows sessions run."""

from __future__ import annotations

from typing import Any

import click

from ._app import State, cli, example, pass_state, run
from ._shared import ALL_PAGES, calls, kw

# --- workflows --------------------------------------------------------------------------------

WORKFLOW_TYPES = [
    "kyc",
    "adaptive_age_verification",
    "biometric_authentication",
    "address_verification",
    "questionnaire_verification",
    "email_verification",
    "phone_verification",
]


def workflow_options(f: Any) -> Any:
    """The workflow settings shared by `create`, `update` and `kyc setup`."""
    opts = [
        click.option("--type", "workflow_type", type=click.Choice(WORKFLOW_TYPES)),
        click.option("--liveness/--no-liveness", default=None, help="Liveness check."),
        click.option("--face-match/--no-face-match", default=None, help="Face match."),
        click.option("--aml/--no-aml", "--enable-aml", default=None, help="AML screening."),
        click.option("--aml-threshold", type=click.IntRange(0, 100)),
        click.option("--face-match-threshold", type=click.IntRange(0, 100)),
        click.option("--ocr/--no-ocr", default=None),
        click.option("--phone/--no-phone", default=None, help="Phone verification."),
        click.option("--email/--no-email", default=None, help="Email verification."),
        click.option("--nfc/--no-nfc", default=None),
        click.option("--ip-analysis/--no-ip-analysis", default=None),
        click.option("--database-validation/--no-database-validation", default=None),
        click.option("--default/--no-default", "is_default", default=None),
        click.option("--max-retry-attempts", type=int),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def workflow_kwargs(o: dict[str, Any]) -> dict[str, Any]:
    return kw(
        workflow_type=o.get("workflow_type"),
        is_liveness_enabled=o.get("liveness"),
        is_face_match_enabled=o.get("face_match"),
        is_aml_enabled=o.get("aml"),
        aml_decline_threshold=o.get("aml_threshold"),
        face_match_score_decline_threshold=o.get("face_match_threshold"),
        is_ocr_enabled=o.get("ocr"),
        is_phone_verification_enabled=o.get("phone"),
        is_email_verification_enabled=o.get("email"),
        is_nfc_enabled=o.get("nfc"),
        is_ip_analysis_enabled=o.get("ip_analysis"),
        is_database_validation_enabled=o.get("database_validation"),
        is_default=o.get("is_default"),
        max_retry_attempts=o.get("max_retry_attempts"),
    )


WORKFLOW_COLS = ["uuid", "workflow_label", "workflow_type", "is_default"]


@cli.group()
def workflows() -> None:
    """Verification workflows: list, get, create, update, delete."""


@workflows.command("list")
@click.option("--limit", type=int)
@click.option("--offset", type=int)
@ALL_PAGES
@calls(lambda c: c.workflows.list, columns=WORKFLOW_COLS)
@example("didit workflows list")
def workflows_list() -> None:
    """List workflows."""


@workflows.command("get")
@click.argument("uuid")
@calls(lambda c: c.workflows.retrieve)
@example("didit workflows get 1b2c...")
def workflows_get() -> None:
    """Show one workflow."""


@workflows.command("create")
@click.option("--label", required=True, help="The workflow's name.")
@workflow_options
@pass_state
@example('didit workflows create --label "My KYC" --type kyc --liveness --face-match --aml')
def workflows_create(state: State, /, label: str, **opts: Any) -> None:
    """Create a workflow."""
    kwargs = workflow_kwargs(opts)
    state.out.emit(run(state, lambda c: c.workflows.create(workflow_label=label, **kwargs)))


@workflows.command("update")
@click.argument("uuid")
@click.option("--label")
@workflow_options
@pass_state
@example("didit workflows update 1b2c... --aml --aml-threshold 75")
def workflows_update(state: State, /, uuid: str, label: str | None, **opts: Any) -> None:
    """Change a workflow's settings (only the options given)."""
    kwargs = workflow_kwargs(opts)
    if label:
        kwargs["workflow_label"] = label
    state.out.emit(run(state, lambda c: c.workflows.update(uuid, **kwargs)))


@workflows.command("delete")
@click.argument("uuid")
@pass_state
@example("didit workflows delete 1b2c...")
def workflows_delete(state: State, uuid: str) -> None:
    """Delete a workflow."""
    run(state, lambda c: c.workflows.delete(uuid))
    state.out.emit({"deleted": uuid})
