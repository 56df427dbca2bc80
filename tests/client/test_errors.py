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
from didit_async._seam import RequestValidationError


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
def test_any_json_error_body_parses(value: Any) -> None:
    import json

    parse_error_body(json.dumps(value).encode())


def test_validation_error_is_caught_as_didit_error_and_as_the_seams() -> None:
    err = DiditValidationError("session_id", "empty", "must not be empty")
    assert isinstance(err, DiditError)
    assert isinstance(err, RequestValidationError)
    assert isinstance(err, ValueError)
    converted = DiditValidationError.from_seam(RequestValidationError("email", "format", "bad"))
    assert (converted.field, converted.reason, converted.message) == ("email", "format", "bad")
    with pytest.raises(DiditError):
        raise converted


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
