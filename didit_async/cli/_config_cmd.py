"""``didit config``: the config file (its path, what it holds, the API key).

The file itself is read and written by ``_config.py``, which ``_app.py`` imports, so the
commands live here.
"""

from __future__ import annotations

import os
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
    """Show the profile's stored settings, then what this invocation would use and where each
    value comes from (flag, environment or config file); secrets masked unless --reveal."""
    stored = state.settings()
    effective: dict[str, dict[str, str]] = {}
    for name, flag, env in (
        ("api_key", state.api_key, "DIDIT_API_KEY"),
        ("base_url", state.base_url, "DIDIT_BASE_URL"),
        ("webhook_secret", None, "DIDIT_WEBHOOK_SECRET"),
    ):
        for source, value in (
            (_flag_source(name, env), flag),
            (env, os.environ.get(env)),
            ("config file", stored.get(name)),
        ):
            if value:
                plain = name == "base_url" or (reveal and name == "api_key")
                shown = value if plain else _config.mask(value)
                effective[name] = {"value": shown, "from": source}
                break
    keep = frozenset({"api_key"}) if reveal else frozenset()
    state.out.emit(
        {
            "profile": state.profile,
            **stored,
            "config_file": str(_config.config_path()),
            "effective": effective,
        },
        keep=keep,
    )


def _flag_source(name: str, env: str) -> str:
    """Where click took a root option's value from: the flag itself or its environment variable."""
    root = click.get_current_context().find_root()
    from_env = root.get_parameter_source(name) is click.core.ParameterSource.ENVIRONMENT
    return env if from_env else f"--{name.replace('_', '-')}"


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
