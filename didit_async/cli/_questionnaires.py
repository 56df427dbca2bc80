"""``didit questionnaires``."""

from __future__ import annotations

import json
from typing import Any

import click

from ._app import State, cli, example, pass_state, run
from ._shared import ALL_PAGES, calls, kw


@cli.group()
def questionnaires() -> None:
    """Questionnaires for questionnaire workflows."""


@questionnaires.command("list")
@click.option("--limit", type=int)
@click.option("--offset", type=int)
@ALL_PAGES
@calls(lambda c: c.questionnaires.list)
@example("didit questionnaires list")
def questionnaires_list() -> None:
    """List questionnaires."""


@questionnaires.command("get")
@click.argument("uuid")
@calls(lambda c: c.questionnaires.retrieve)
@example("didit questionnaires get 3333...")
def questionnaires_get() -> None:
    """Show one questionnaire."""


@questionnaires.command("create")
@click.option("--title", required=True)
@click.option("--elements", type=click.File("r"), required=True, help="JSON file: form_elements.")
@click.option("--description")
@pass_state
@example("didit questionnaires create --title Onboarding --elements form.json")
def questionnaires_create(state: State, title: str, elements: Any, description: str | None) -> None:
    """Create a questionnaire from a JSON list of form elements."""
    try:
        form = json.load(elements)
    except ValueError as exc:
        raise click.BadParameter(f"not JSON: {exc}", param_hint="--elements") from None
    state.out.emit(
        run(
            state,
            lambda c: c.questionnaires.create(
                title=title, form_elements=form, **kw(description=description)
            ),
        )
    )


@questionnaires.command("delete")
@click.argument("uuid")
@pass_state
@example("didit questionnaires delete 3333...")
def questionnaires_delete(state: State, uuid: str) -> None:
    """Delete a questionnaire."""
    run(state, lambda c: c.questionnaires.delete(uuid))
    state.out.emit({"deleted": uuid})


@questionnaires.command("update")
@click.argument("uuid")
@click.option("--title")
@click.option("--description")
@click.option("--elements", type=click.File("r"), help="JSON file: form_elements.")
@pass_state
@example("didit questionnaires update 3333... --title 'Onboarding v2'")
def questionnaires_update(
    state: State, uuid: str, title: str | None, description: str | None, elements: Any
) -> None:
    """Change a questionnaire."""
    kwargs: dict[str, Any] = kw(title=title, description=description)
    if elements is not None:
        kwargs["form_elements"] = json.load(elements)
    state.out.emit(run(state, lambda c: c.questionnaires.update(uuid, **kwargs)))
