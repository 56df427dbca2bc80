"""The assembled ``didit`` command: the root group of ``_app`` with every command module's
subcommands registered on it (importing a command module registers its commands).

The command modules import ``_app`` (the group, the shared state and helpers); ``_app`` imports
none of them, so the import graph has no cycle.
"""

from __future__ import annotations

import inspect

import click

from . import (
    _account,
    _api,
    _billing,
    _blocklist,
    _businesses,
    _cases,
    _checks,
    _config_cmd,
    _health,
    _imports,
    _kyc,
    _lists,
    _questionnaires,
    _rest,
    _sandbox,
    _sessions,
    _transactions,
    _users,
    _webhooks,
    _workflows,
)
from ._app import cli

__all__ = ["cli"]

COMMAND_MODULES = (
    _config_cmd,
    _account,
    _billing,
    _health,
    _workflows,
    _sessions,
    _kyc,
    _users,
    _blocklist,
    _questionnaires,
    _businesses,
    _transactions,
    _lists,
    _imports,
    _cases,
    _webhooks,
    _sandbox,
    _checks,
    _rest,
    _api,
)
"""Imported for their effect: each registers its commands on ``cli``."""


def _example_of(cmd: click.Command) -> str | None:
    """The example line of a command's help (the first of a group's children for a group)."""
    help_text = cmd.help or ""
    if "Example:" in help_text:
        return help_text.split("Example:", 1)[1].strip().splitlines()[0]
    if isinstance(cmd, click.Group):
        for child in cmd.commands.values():
            found = _example_of(child)
            if found:
                return found
    return None


def _give_groups_examples(group: click.Group) -> None:
    # Groups show their first subcommand's example, so every `--help` has one to copy.
    for child in group.commands.values():
        if isinstance(child, click.Group):
            _give_groups_examples(child)
            line = _example_of(child)
            if line and "Example:" not in (child.help or ""):
                child.help = f"{inspect.cleandoc(child.help or '')}\n\n\b\nExample:\n  {line}\n"


_give_groups_examples(cli)
