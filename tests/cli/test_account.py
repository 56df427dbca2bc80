"""Account, config file, secrets and the cross-application share/import flow."""

from __future__ import annotations

import json
import os
import stat

from didit_async.cli._config import config_path
from tests.cli.conftest import Didit

PASSWORD = "MyStr0ng!Pass"


def _register(didit: Didit, email: str, *, save: bool = True) -> dict[str, str]:
    reg = didit("account", "register", email, input=f"{PASSWORD}\n{PASSWORD}\n")
    assert reg.exit_code == 0, reg.output
    assert PASSWORD not in reg.output  # the prompt hides the password
    code = didit.sandbox.state.otps[email]
    flag = "--save" if save else "--no-save"
    result = didit("--json", "account", "verify", email, code, flag)
    assert result.exit_code == 0, result.output
    data: dict[str, str] = json.loads(result.stdout)
    return data


def test_register_verify_saves_key_owner_only(didit: Didit) -> None:
    data = _register(didit, "ada@gmail.com")
    assert data["api_key"] and data["organization_id"] and data["application_id"]
    assert "…" in data["access_token"] or data["access_token"] == "****"
    path = config_path()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert json.loads(path.read_text())["default"]["api_key"] == data["api_key"]
    shown = didit("--json", "config", "show")
    assert data["api_key"] not in shown.stdout
    assert json.loads(shown.stdout)["api_key"].startswith(data["api_key"][:4])
    revealed = json.loads(didit("--json", "config", "show", "--reveal").stdout)
    assert revealed["api_key"] == data["api_key"]


def test_verify_offers_to_save(didit: Didit) -> None:
    email = "grace@gmail.com"
    didit("account", "register", email, input=f"{PASSWORD}\n{PASSWORD}\n")
    code = didit.sandbox.state.otps[email]
    result = didit("account", "verify", email, code, input="n\n")
    assert "Save the API key" in result.output
    assert not config_path().exists()  # declined: nothing written, not even the token


def test_login_organizations_credentials(didit: Didit) -> None:
    data = _register(didit, "linus@gmail.com")
    login = didit("account", "login", "linus@gmail.com", "--password-stdin", input=PASSWORD + "\n")
    assert login.exit_code == 0, login.output
    orgs = json.loads(didit("--json", "account", "organizations").stdout)
    assert data["organization_id"] in [o["uuid"] for o in orgs]
    creds = json.loads(
        didit(
            "--json", "account", "credentials", data["organization_id"], data["application_id"]
        ).stdout
    )
    assert creds["api_key"] == data["api_key"]  # asked for explicitly: shown in full
    wrong = didit("account", "login", "linus@gmail.com", "--password-stdin", input="nope\n")
    assert wrong.exit_code in (3, 7)
    assert "nope" not in wrong.output


def test_share_and_import_across_applications(didit: Didit, workflow_id: str) -> None:
    # Not saved: the default profile keeps using the sandbox's own application.
    other = _register(didit, "partner@gmail.com", save=False)
    s = didit.json(
        "sessions",
        "create",
        "--workflow-id",
        workflow_id,
        "--vendor-data",
        "sh",
        "--sandbox-scenario",
        "approve",
    )
    didit.json("sessions", "wait", s["session_id"], "--timeout", "20")
    shared = didit.json(
        "sessions",
        "share",
        s["session_id"],
        "--for-application-id",
        other["application_id"],
        "--ttl",
        "120",
    )
    token = shared["share_token"]
    assert shared["session_id"] == s["session_id"] and token.startswith("eyJ")
    wf = didit("--json", "--api-key", other["api_key"], "workflows", "create", "--label", "P")
    target_wf = json.loads(wf.stdout)["uuid"]
    imported = didit(
        "--json",
        "--api-key",
        other["api_key"],
        "sessions",
        "import",
        "--share-token",
        token,
        "--workflow-id",
        target_wf,
        "--vendor-data",
        "partner-copy",
        "--trust-review",
    )
    assert imported.exit_code == 0, imported.output
    copy = json.loads(imported.stdout)
    assert copy["session_id"] != s["session_id"] and copy["vendor_data"] == "partner-copy"
    # --trust-review keeps the sharer's decision instead of sending the copy to review.
    decision = didit(
        "--json", "--api-key", other["api_key"], "sessions", "decision", copy["session_id"]
    )
    assert json.loads(decision.stdout)["status"] == "Approved"
    assert (
        didit(
            "sessions",
            "share",
            s["session_id"],
            "--for-application-id",
            other["application_id"],
            "--ttl",
            "5",
        ).exit_code
        == 7
    )
    unknown = didit(
        "sessions",
        "share",
        s["session_id"],
        "--for-application-id",
        "00000000-0000-4000-8000-000000000000",
    )
    assert unknown.exit_code == 7


def test_key_precedence_flag_then_env_then_config(didit: Didit, monkeypatch) -> None:
    good = didit.sandbox.api_key
    # Only the config file, holding a wrong key: auth error, and the key is not echoed.
    didit("config", "set-key", "--stdin", input="sk_wrong_config_key_000\n")
    res = didit("workflows", "list", key=False)
    assert res.exit_code == 3 and "sk_wrong_config_key_000" not in res.output
    # The environment beats the config file.
    monkeypatch.setenv("DIDIT_API_KEY", good)
    assert didit("workflows", "list", key=False).exit_code == 0
    # A flag beats the environment.
    monkeypatch.setenv("DIDIT_API_KEY", "sk_wrong_env_key_0000")
    assert didit("workflows", "list", key=False).exit_code == 3
    assert didit("--api-key", good, "workflows", "list", key=False).exit_code == 0


def test_profiles_are_separate(didit: Didit) -> None:
    didit("--profile", "staging", "config", "set-key", "--stdin", input="sk_staging_key_123456\n")
    staging = json.loads(didit("--json", "--profile", "staging", "config", "show").stdout)
    default = json.loads(didit("--json", "config", "show").stdout)
    assert staging["profile"] == "staging" and "sk_staging_key_123456" not in json.dumps(staging)
    assert staging["api_key"].startswith("sk_s") and "api_key" not in default
