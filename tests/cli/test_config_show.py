"""`didit config show` says what the command would use and where each value comes from, not
only what the profile stores: a key exported in the environment is the one calls send."""

from __future__ import annotations

import json

import pytest

from .conftest import Didit

KEY = "sk_env_key_0123456789abcdef"


def test_an_exported_key_is_shown_masked_with_its_source(
    didit: Didit, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIDIT_API_KEY", KEY)
    monkeypatch.setenv("DIDIT_BASE_URL", "http://127.0.0.1:8765")
    shown = didit("--json", "config", "show")
    assert shown.exit_code == 0, shown.output
    assert KEY not in shown.stdout
    effective = json.loads(shown.stdout)["effective"]
    assert effective["api_key"] == {
        "value": f"{KEY[:4]}…({len(KEY)} chars)",
        "from": "DIDIT_API_KEY",
    }
    assert effective["base_url"] == {"value": "http://127.0.0.1:8765", "from": "DIDIT_BASE_URL"}
    assert "webhook_secret" not in effective


def test_the_flag_wins_over_the_environment_and_the_file(
    didit: Didit, monkeypatch: pytest.MonkeyPatch
) -> None:
    didit("config", "set-key", "--stdin", input="sk_stored_key_0123456789\n")
    monkeypatch.setenv("DIDIT_API_KEY", KEY)
    shown = json.loads(
        didit("--json", "--api-key", "sk_flag_key_0123456789", "config", "show").stdout
    )
    assert shown["effective"]["api_key"]["from"] == "--api-key"
    assert shown["api_key"].startswith("sk_s")  # what the profile stores, still masked
    revealed = json.loads(didit("--json", "config", "show", "--reveal").stdout)
    assert revealed["effective"]["api_key"] == {"value": KEY, "from": "DIDIT_API_KEY"}


def test_the_config_file_is_named(didit: Didit) -> None:
    shown = json.loads(didit("--json", "config", "show").stdout)
    assert shown["config_file"].endswith("config.json") or "didit" in shown["config_file"]
    assert shown["effective"] == {}
