"""``didit config``: the config file (its path, what it holds, the API key).

The file itself is read and written by ``_config.py``, which ``_app.py`` imports, so the
commands live here.
"""

from __future__ import annotations

import sys

import click

from . import _config
from ._app import State, cli, example, pass_state


@cli.group()
def config() -> None:
    """The config file: path, show, set the API key."""


@config.command("path")
@example("didit config path")
def config_path_cmd() -> None:
    """Print the config file's path."""
    click.echo(str(_config.config_path()))


@config.command("show")
@click.option("--reveal", is_flag=True, help="Show the stored API key in full.")
@pass_state
@example("didit config show --reveal")
def config_show(state: State, reveal: bool) -> None:
    """Show the profile's settings (secrets masked unless --reveal)."""
    keep = frozenset({"api_key"}) if reveal else frozenset()
    state.out.emit({"profile": state.profile, **state.settings()}, keep=keep)


@config.command("set-key")
@click.option("--stdin", "from_stdin", is_flag=True, help="Read the key from stdin.")
@pass_state
@example("didit config set-key")
def config_set_key(state: State, from_stdin: bool) -> None:
    """Store an API key in the config file (prompted, hidden)."""
    key = (
        sys.stdin.readline().strip()
        if from_stdin
        else click.prompt("API key", hide_input=True, err=True)
    )
    path = _config.save(state.profile, {"api_key": key})
    state.out.message(f"Saved the API key ({_config.mask(key)}) to {path}")


@config.command("set")
@click.argument("name", type=click.Choice(["base_url", "webhook_secret"]))
@click.argument("value")
@pass_state
@example("didit config set base_url http://127.0.0.1:8765")
def config_set(state: State, name: str, value: str) -> None:
    """Store a non-key setting (base_url, webhook_secret)."""
    path = _config.save(state.profile, {name: value})
    state.out.message(f"Saved {name} to {path}")
