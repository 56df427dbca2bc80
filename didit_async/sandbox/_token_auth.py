"""Who a token-authenticated request belongs to: the transaction SDK token (``/v1/transactions/``)
and a session's own token (the sandbox-arm call). Neither accepts an API key."""

from __future__ import annotations

from typing import Any

from didit_async._seam import OperationMeta

from ._state import ApiError, SandboxState

__all__ = ["authenticate_token"]

_MISSING = {"detail": "Authentication credentials were not provided."}
_INVALID = {"detail": "Invalid or expired token.", "code": "token_not_valid"}


def authenticate_token(state: SandboxState, op: OperationMeta, headers: dict[str, str]) -> Any:
    """The application a token names; 401 when the token is missing, unknown or spent."""
    if op.auth == ("transaction_token",):
        token = headers.get("x-transaction-token", "")
        if not token:
            raise ApiError(401, _MISSING)
        grant = state.entities.rest.sdk_tokens.get(token)
        if grant is None or grant["expires_at"] <= state.clock.now():
            raise ApiError(401, _INVALID)
        return state.app_for_key(grant["app_key"])
    token = headers.get("session-token", "")
    if not token:
        raise ApiError(401, _MISSING)
    session = next((s for s in state.sessions.values() if s.token == token), None)
    if session is None:
        raise ApiError(401, _INVALID)
    return state.app_for_key(session.app_key)
