"""Snags a newcomer hits in the first hour with the blocking client and the CLI."""

from __future__ import annotations

import pytest

from didit_async import Didit, DiditAuthenticationError


def test_a_missing_key_names_the_client_in_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    # A Didit user was told to "pass api_key= to AsyncDidit", a class they do not use.
    monkeypatch.delenv("DIDIT_API_KEY", raising=False)
    with (
        Didit(base_url="http://127.0.0.1:9") as client,
        pytest.raises(DiditAuthenticationError) as caught,
    ):
        client.billing.get_balance()
    message = str(caught.value)
    assert "api_key= to AsyncDidit or Didit" in message
    assert "DIDIT_API_KEY" in message
