"""The CLI against the in-process sandbox: a real Didit simulation, no network, no sockets."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner, Result

from didit_async.cli._app import State
from didit_async.cli._main import cli
from didit_async.sandbox import Sandbox, SandboxConfig


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each test gets its own config directory and none of the developer's credentials.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for var in (
        "DIDIT_API_KEY",
        "DIDIT_WEBHOOK_SECRET",
        "DIDIT_BASE_URL",
        "DIDIT_ORGANIZATION_ID",
        "DIDIT_APPLICATION_ID",
    ):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def sandbox() -> Sandbox:
    # Sessions finish in a fraction of a second so watch/wait tests run in real time.
    return Sandbox(SandboxConfig(start_after=0.05, finish_after=0.1))


class Didit:
    """Runs `didit ...` in-process against one sandbox."""

    def __init__(self, sandbox: Sandbox, **client_options: Any) -> None:
        self.sandbox = sandbox
        self.runner = CliRunner()
        self.client_options = client_options

    def __call__(self, *args: str, input: str | None = None, key: bool = True) -> Result:
        state = State(client_factory=self._factory(key))
        return self.runner.invoke(cli, list(args), obj=state, input=input, catch_exceptions=False)

    def _factory(self, key: bool) -> Any:
        def make(api_key: str | None = None, **options: Any) -> Any:
            # Without an explicit key the CLI's own resolution decides (flag/env/config);
            # `key=True` falls back to the sandbox's pre-provisioned key.
            chosen = api_key or (self.sandbox.api_key if key else "sk_missing")
            return self.sandbox.client(api_key=chosen, **{**self.client_options, **options})

        return make

    def json(self, *args: str, input: str | None = None) -> Any:
        result = self("--json", *args, input=input)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)


@pytest.fixture
def didit(sandbox: Sandbox) -> Didit:
    return Didit(sandbox)


@pytest.fixture
def workflow_id(didit: Didit) -> str:
    data = didit.json("workflows", "create", "--label", "KYC", "--type", "kyc", "--liveness")
    return str(data["uuid"])


def table_rows(text: str) -> list[list[str]]:
    """The cells of each row of a table the CLI drew, stripped (borders and headers dropped)."""
    return [
        [cell.strip() for cell in line.split("│")[1:-1]]
        for line in text.splitlines()
        if line.startswith("│")
    ]
