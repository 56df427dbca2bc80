"""A destination made from the CLI can be used: its new signing secret is printed once, in full,
with a warning to store it; later reads keep it masked."""

from __future__ import annotations

import json

from .conftest import Didit


def test_create_shows_the_new_secret_once_and_it_verifies_deliveries(didit: Didit) -> None:
    made = didit(
        "--json", "webhooks", "destinations", "create",
        "--label", "ops", "--url", "https://example.com/hook", "--event", "status.updated",
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    secret = json.loads(made.stdout)["secret_shared_key"]
    assert "…" not in secret and len(secret) >= 16
    assert "Store secret_shared_key now" in made.stderr
    # What was printed is the secret the destination signs its deliveries with.
    (stored,) = didit.sandbox.state.destinations.values()
    assert stored["secret_shared_key"] == secret

    listed = didit("--json", "webhooks", "destinations", "list")
    assert secret not in listed.stdout


def test_the_table_shows_it_too(didit: Didit) -> None:
    made = didit(
        "webhooks", "destinations", "create",
        "--label", "ops", "--url", "https://example.com/hook", "--event", "status.updated",
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    (stored,) = didit.sandbox.state.destinations.values()
    assert stored["secret_shared_key"] in made.stdout.replace("\n", "").replace(" ", "")
