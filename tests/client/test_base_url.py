"""One knob for every host: ``base_url=`` and ``DIDIT_BASE_URL`` set all three hosts, as the CLI
does; per-host overrides still win."""

from __future__ import annotations

import pytest

from didit_async import AsyncDidit, DiditValidationError

ORIGIN = "http://127.0.0.1:8765"
ALL_HOST_VARS = (
    "DIDIT_BASE_URL",
    "DIDIT_VERIFICATION_BASE_URL",
    "DIDIT_APX_BASE_URL",
    "DIDIT_AUTH_BASE_URL",
)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ALL_HOST_VARS:
        monkeypatch.delenv(var, raising=False)


def test_base_url_sets_all_three_hosts_as_the_cli_does() -> None:
    client = AsyncDidit(api_key="k", base_url=ORIGIN + "/")
    assert client.base_urls == {
        "verification": ORIGIN,
        "apx": ORIGIN,
        "auth": ORIGIN + "/auth/v2",
    }


def test_didit_base_url_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIDIT_BASE_URL", ORIGIN)
    assert AsyncDidit(api_key="k").base_urls["verification"] == ORIGIN
    assert AsyncDidit(api_key="k").base_urls["auth"] == ORIGIN + "/auth/v2"


def test_per_host_settings_still_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIDIT_BASE_URL", ORIGIN)
    monkeypatch.setenv("DIDIT_APX_BASE_URL", "http://127.0.0.1:9000")
    client = AsyncDidit(api_key="k", auth_base_url="http://127.0.0.1:9001/auth")
    assert client.base_urls == {
        "verification": ORIGIN,
        "apx": "http://127.0.0.1:9000",
        "auth": "http://127.0.0.1:9001/auth",
    }
    # An argument beats the environment; per-host beats shared at each level.
    client = AsyncDidit(api_key="k", base_url="http://127.0.0.1:7000")
    assert client.base_urls["verification"] == "http://127.0.0.1:7000"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"base_url": "127.0.0.1:8765"}, "base_url"),
        ({"base_url": "localhost"}, "base_url"),
        ({"verification_base_url": "ftp://x.example"}, "verification_base_url"),
        ({"apx_base_url": "https://"}, "apx_base_url"),
    ],
)
def test_an_invalid_base_url_fails_at_construction(kwargs: dict[str, str], field: str) -> None:
    with pytest.raises(DiditValidationError) as info:
        AsyncDidit(api_key="k", **kwargs)
    assert info.value.field == field
    assert "http://" in str(info.value)


def test_an_invalid_didit_base_url_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIDIT_BASE_URL", "127.0.0.1:8765")
    with pytest.raises(DiditValidationError, match="DIDIT_BASE_URL"):
        AsyncDidit(api_key="k")
