"""The exception tree: status mapping, defensive body parsing, what every error carries."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import didit_async
from didit_async import (
    DiditAPIError,
    DiditAuthenticationError,
    DiditBadRequestError,
    DiditConflictError,
    DiditError,
    DiditInsufficientCreditsError,
    DiditNotFoundError,
    DiditPermissionError,
    DiditRateLimitError,
    DiditServerError,
    DiditValidationError,
)
from didit_async._errors import error_from_response, parse_error_body
from didit_async._http import Response


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (400, b'{"email": ["Enter a valid email."]}', DiditBadRequestError),
        (401, b'{"detail": "Invalid or missing API key"}', DiditAuthenticationError),
        (
            403,
            b'{"detail": "You do not have permission to perform this action."}',
            DiditPermissionError,
        ),
        (
            403,
            b'{"detail": "Insufficient balance", "code": "insufficient_credits"}',
            DiditInsufficientCreditsError,
        ),
        (402, b"", DiditInsufficientCreditsError),
        (404, b'{"detail": "Webhook destination not found."}', DiditNotFoundError),
        (409, b'{"error": "idempotency_conflict"}', DiditConflictError),
        (429, b'{"detail": "Request was throttled."}', DiditRateLimitError),
        (500, b"", DiditServerError),
        (502, b"<html>bad gateway</html>", DiditServerError),
        (418, b"teapot", DiditAPIError),
    ],
)
def test_status_maps_to_the_documented_class(status: int, body: bytes, cls: type) -> None:
    err = error_from_response(status, body, method="GET", path="/v3/x/", request_id="r")
    assert type(err) is cls
    assert err.status == status
    assert err.method == "GET"
    assert err.path == "/v3/x/"
    assert err.request_id == "r"
    assert isinstance(err, DiditError)


def test_a_bad_key_403_says_what_to_check() -> None:
    err = error_from_response(403, b'{"detail": "nope"}', method="GET", path="/p", request_id=None)
    assert isinstance(err, DiditAuthenticationError)  # so `except DiditAuthenticationError` works
    assert "API key" in str(err)
    assert "privilege" in str(err)
    bearer = error_from_response(401, b"", method="GET", path="/p", request_id=None, bearer=True)
    assert "access token" in str(bearer)


def test_field_keyed_errors_are_readable() -> None:
    err = error_from_response(
        400, b'{"email": ["Enter a valid email."]}', method="POST", path="/p", request_id=None
    )
    assert isinstance(err, DiditBadRequestError)
    assert "email: Enter a valid email." in str(err)
    assert err.field_errors == {"email": ["Enter a valid email."]}


@given(st.binary(max_size=200))
def test_any_error_body_parses_without_crashing(content: bytes) -> None:
    _body, detail, code = parse_error_body(content)
    assert detail is None or isinstance(detail, str)
    assert code is None or isinstance(code, str)
    err = error_from_response(500, content, method="GET", path="/p", request_id=None)
    assert str(err).startswith("Didit answered 500")


@given(
    st.recursive(
        st.none() | st.integers() | st.text(),
        lambda c: st.lists(c) | st.dictionaries(st.text(), c),
        max_leaves=10,
    )
)
def test_any_json_error_body_parses_to_itself_with_a_text_detail(value: Any) -> None:
    import json

    body, detail, _code = parse_error_body(json.dumps(value).encode())
    if value is not None:  # a JSON null body reads as "no body"
        assert body == value
    assert detail is None or isinstance(detail, str)
    if isinstance(value, str):
        assert detail == value


def test_the_seams_validation_error_is_the_one_users_catch() -> None:
    from didit_async import _seam

    assert _seam.DiditValidationError is DiditValidationError  # no conversion on the way up
    err = DiditValidationError("email", "format", "bad", method="POST", path="/v3/email/send/")
    assert isinstance(err, DiditError)
    assert isinstance(err, ValueError)
    assert str(err) == "email: bad [POST /v3/email/send/]"
    with pytest.raises(DiditError):
        raise err


def test_module_docstring_draws_the_tree() -> None:
    doc = didit_async._errors.__doc__ or ""
    for name in didit_async._errors.__all__:
        if name.startswith("Didit"):
            assert name in doc, name


@pytest.mark.anyio
async def test_a_500_without_a_body_still_carries_status_and_request_id(
    client: Any, router: Any, ops: Any
) -> None:
    router.get(f"{ops.V}/v3/things/").mock(
        return_value=Response(500, headers={"X-Request-Id": "abc"})
    )
    with pytest.raises(DiditServerError) as info:
        await client.transport.request(ops.make())
    assert info.value.status == 500
    assert info.value.request_id == "abc"
    assert info.value.body is None
