"""``didit risk``, ``didit biometrics``, ``didit travel-rule`` and ``didit transactions rules``
against the in-process sandbox."""

from __future__ import annotations

from tests.cli.conftest import Didit


def test_risk(didit: Didit) -> None:
    assert didit.json("risk", "email", "--email", "disposable.a@x.dev")["status"] == "Declined"
    assert didit.json("risk", "ip", "--ip", "203.0.113.4")["ip"]["is_data_center"] is True
    assert didit.json("risk", "phone", "--phone", "+14155551111")["status"] == "In Review"


def test_biometrics(didit: Didit, workflow_id: str) -> None:
    didit.json("sessions", "create", "--workflow-id", workflow_id, "--vendor-data", "bio-1")
    didit.sandbox.advance(30)
    listed = didit.json("biometrics", "list", "--status", "active", "--all")
    assert [t["vendor_data"] for t in listed["results"]] == ["bio-1"]
    assert didit.json("biometrics", "count")["count"] == 1
    purged = didit.json("biometrics", "purge", listed["results"][0]["uuid"])
    assert [r["outcome"] for r in purged["results"]] == ["purged"]
    assert didit.json("biometrics", "count", "--status", "active")["count"] == 0


def test_travel_rule(didit: Didit) -> None:
    assert didit.json("travel-rule", "settings")["is_enabled"] is False
    assert (
        didit.json("travel-rule", "set", "--enabled", "--threshold", "250")["threshold_amount"]
        == "250"
    )
    added = didit.json("travel-rule", "add-wallet", "0xabc", "--chain", "ETH")
    assert [w["uuid"] for w in didit.json("travel-rule", "wallets", "--all")["results"]] == [
        added["uuid"]
    ]
    vasps = didit.json("travel-rule", "vasps", "--search", "coral")["results"]
    assert [v["name"] for v in vasps] == ["Coral Custody Ltd"]


def test_transaction_rules(didit: Didit) -> None:
    library = didit.json("transactions", "rules", "library", "--bundle", "crypto_starter")
    assert len(library["results"]) == 2
    installed = didit.json("transactions", "rules", "install", "--key", "sanctioned_country")
    assert installed["installed_count"] == 1
    [rule] = didit.json("transactions", "rules", "list", "--all")["results"]
    assert (
        didit.json("transactions", "rules", "set-mode", rule["uuid"], "--mode", "TEST")["mode"]
        == "TEST"
    )
    assert didit("transactions", "rules", "delete", rule["uuid"]).exit_code == 0
    assert didit.json("transactions", "rules", "list")["results"] == []
