"""A wrong API key is an authentication error, not a permission error: the errors guide tells
users that `DiditPermissionError` means a key Didit knows that lacks a privilege."""

from __future__ import annotations

import pytest

from didit_async import DiditAuthenticationError, DiditPermissionError
from didit_async.sandbox import Sandbox

pytestmark = pytest.mark.anyio


async def test_a_wrong_key_is_401_and_says_to_check_the_key() -> None:
    sandbox = Sandbox()
    async with sandbox.client(api_key="sk_wrong_key_0123456789") as client:
        with pytest.raises(DiditAuthenticationError) as caught:
            await client.billing.get_balance()
    assert type(caught.value) is DiditAuthenticationError
    assert not isinstance(caught.value, DiditPermissionError)
    assert caught.value.status == 401
    assert "API key" in str(caught.value) and "sk_wrong_key" not in str(caught.value)


def test_a_wrong_key_is_401_on_the_blocking_client_too() -> None:
    sandbox = Sandbox()
    with (
        sandbox.sync_client(api_key="sk_wrong_key_0123456789") as client,
        pytest.raises(DiditAuthenticationError) as caught,
    ):
        client.billing.get_balance()
    assert type(caught.value) is DiditAuthenticationError and caught.value.status == 401
