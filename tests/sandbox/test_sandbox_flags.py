"""The sandbox's command line mirrors its configuration: `--user-delay`, `--state` and one flag
per `FaultConfig` field, the same for `didit sandbox` and `python -m didit_async.sandbox`."""

from __future__ import annotations

import json
import subprocess
import sys
import typing
from typing import Any

import attrs
import httpx
import pytest
from click.testing import CliRunner

from didit_async.cli._main import cli
from didit_async.sandbox import DEFAULT_API_KEY, FaultConfig, SandboxConfig
from didit_async.sandbox._options import config_options, parser


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _other_value(name: str, kind: Any) -> tuple[list[str], Any]:
    """Arguments that set FaultConfig field ``name`` to a value not its default, and the value."""
    if kind is bool:
        return [_flag("no_" + name)], False
    if kind == tuple[int, ...]:
        return [_flag(name), "500,429"], (500, 429)
    if kind is int:
        return [_flag(name), "7"], 7
    return [_flag(name), "0.25"], 0.25


def test_every_fault_field_is_a_flag_that_reaches_the_config() -> None:
    hints = typing.get_type_hints(FaultConfig)
    for field in attrs.fields(FaultConfig):
        argv, value = _other_value(field.name, hints[field.name])
        assert value != field.default
        faults = config_options(parser().parse_args(argv))["faults"]
        assert getattr(faults, field.name) == value, field.name
        assert faults == attrs.evolve(FaultConfig(), **{field.name: value})


def test_no_flags_is_the_default_config() -> None:
    options = config_options(parser().parse_args([]))
    assert SandboxConfig(**options) == SandboxConfig()


def test_user_delay_is_the_time_from_creation_to_decision() -> None:
    config = SandboxConfig(**config_options(parser().parse_args(["--user-delay", "6"])))
    assert (config.start_after, config.finish_after) == (2, 4)
    default = SandboxConfig()
    assert default.start_after + default.finish_after == 3  # what --help calls the default


@pytest.mark.parametrize(
    "argv",
    [
        ["--error-rate", "2"],
        ["--user-delay", "-1"],
        ["--latency", "soon"],
        ["--error-statuses", "5xx"],
    ],
)
def test_a_bad_flag_value_is_a_usage_error(argv: list[str], capsys: Any) -> None:
    with pytest.raises(SystemExit) as exited:
        parser().parse_args(argv)
    assert exited.value.code == 2
    assert argv[0] in capsys.readouterr().err


def test_didit_sandbox_help_lists_every_flag() -> None:
    result = CliRunner().invoke(cli, ["sandbox", "--help"])
    assert result.exit_code == 0
    for field in attrs.fields(FaultConfig):
        assert _flag(field.name) in result.output, field.name
    assert "--state FILE" in result.output and "--user-delay SECONDS" in result.output


@pytest.mark.slow
def test_flags_given_to_didit_sandbox_reach_the_running_sandbox() -> None:
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "didit_async.cli", "sandbox", "--port", "0"),
            *("--error-rate", "1", "--error-statuses", "503", "--error-retry-after", "2"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        origin = json.loads(proc.stdout.readline())["origin"]
        lines = iter(proc.stdout.readline, "")
        said = next(line.strip() for line in lines if line.startswith("state: "))
        assert said == "state: in memory (lost on exit); --state FILE keeps it"
        with httpx.Client(base_url=origin, headers={"x-api-key": DEFAULT_API_KEY}) as http:
            r = http.get("/v3/workflows/")
        assert r.status_code == 503
        assert r.headers["retry-after"] == "2"
        assert r.headers["x-sandbox-fault"] == "before-write"
    finally:
        proc.terminate()
        proc.communicate(timeout=15)
    assert proc.returncode == 0
