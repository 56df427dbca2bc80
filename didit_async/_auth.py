"""Credentials: the API key, the account access token and its expiry.

Which credential a call sends follows the operation's ``auth`` (the spec's ``security``):

* ``()`` (register, verify-email, login, healthcheck): nothing at all, not even the API key.
* ``("api_key",)``: ``x-api-key``.
* ``("bearer",)`` (organization/application endpoints): ``Authorization: Bearer <access token>``.
* ``("api_key", "bearer")``: the key when configured, else the token.
* ``("session_token",)`` (the sandbox-arm call): ``Session-Token``, the session's own token,
  passed to the method for that one call; never the API key.
* ``("transaction_token",)`` (the device-facing ``/v1/transactions/``): ``X-Transaction-Token``,
  the transaction SDK token a device client (``AsyncDiditDevice``) holds; never the API key
  (a device client has none).

After ``client.account.verify_email(...)`` or ``login(...)`` the transport stores the returned
access token with its expiry (``expires_in``). An expired token fails *before sending* with
:class:`~didit_async.DiditAuthenticationError`: Didit documents no refresh endpoint for the
programmatic API (the ``refresh_token`` is kept but cannot be used), so the fix is to log in again.
``verify_email`` also returns the application's ``api_key``; a client without a key adopts it.

Secrets are held in :class:`Secret`, whose repr and str never show the value.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from ._clock import Clock
from ._constants import (
    API_KEY_HEADER,
    SESSION_TOKEN_HEADER,
    TOKEN_EXPIRY_LEEWAY_SECONDS,
    TRANSACTION_TOKEN_HEADER,
)
from ._errors import DiditAuthenticationError
from ._generated.spec import TOKEN_ISSUING_OPERATIONS
from ._guard import check_secret
from ._seam import OperationMeta

__all__ = ["Credentials", "Secret"]


class Secret:
    """A string that never shows itself in a repr, str, log or traceback.

    >>> s = Secret("sk_live_123")
    >>> repr(s), str(s), s.get()
    ("Secret('**********')", '**********', 'sk_live_123')
    """

    __slots__ = ("_fingerprint", "_value")

    def __init__(self, value: str) -> None:
        self._value = value
        self._fingerprint: str | None = None

    def get(self) -> str:
        """The secret value; only the transport calls this, to build a header."""
        return self._value

    def fingerprint(self) -> str:
        """A short, irreversible identity for keying per-key state (rate-limit windows).

        Computed once per secret, not once per call.
        """
        if self._fingerprint is None:
            self._fingerprint = hashlib.sha256(self._value.encode()).hexdigest()[:16]
        return self._fingerprint

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __str__(self) -> str:
        return "**********"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


class Credentials:
    """The mutable credential state one client family shares."""

    def __init__(
        self,
        clock: Clock,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        access_token_expires_in: float | None = None,
        transaction_token: str | None = None,
    ) -> None:
        self._clock = clock
        if transaction_token:
            check_secret("transaction_token", transaction_token)
        self.transaction_token: Secret | None = (
            Secret(transaction_token) if transaction_token else None
        )
        if api_key:
            check_secret("api_key", api_key)
        if access_token:
            check_secret("access_token", access_token)
        self.api_key: Secret | None = Secret(api_key) if api_key else None
        self.access_token: Secret | None = None
        self.refresh_token: Secret | None = None
        self.access_token_expires_at: float | None = None
        if access_token:
            self.set_access_token(access_token, access_token_expires_in)

    def __repr__(self) -> str:
        return (
            f"Credentials(api_key={'set' if self.api_key else None}, "
            f"access_token={'set' if self.access_token else None}, "
            f"transaction_token={'set' if self.transaction_token else None})"
        )

    def set_access_token(
        self, token: str, expires_in: float | None, refresh_token: str | None = None
    ) -> None:
        """Keep a token from login/verify-email (``expires_in`` seconds from now; None: unknown)."""
        self.access_token = Secret(token)
        self.access_token_expires_at = (
            self._clock.now() + float(expires_in) if expires_in is not None else None
        )
        if refresh_token:
            self.refresh_token = Secret(refresh_token)

    def access_token_expired(self) -> bool:
        """True when the token's lifetime (minus a small leeway) has passed."""
        if self.access_token_expires_at is None:
            return False
        return self._clock.now() >= self.access_token_expires_at - TOKEN_EXPIRY_LEEWAY_SECONDS

    def rate_limit_identity(self) -> str:
        """Didit counts per API key; without one, per caller (one shared anonymous bucket)."""
        if self.api_key:
            return self.api_key.fingerprint()
        # A device client: Didit counts its calls per token.
        return self.transaction_token.fingerprint() if self.transaction_token else "anonymous"

    def headers_for(self, op: OperationMeta, credential: str | None = None) -> dict[str, str]:
        """The auth headers for ``op``; raises before sending when none can be built.

        ``credential`` is the per-call secret of an operation that takes one (the session's
        token for ``("session_token",)``).
        """
        if not op.auth:
            return {}
        if op.auth == ("session_token",):
            if not credential:
                raise DiditAuthenticationError(
                    f"{op.operation_id} needs the session's session_token (from "
                    "client.sessions.create(...)), passed as session_token=.",
                    method=op.method,
                    path=op.path,
                )
            check_secret("session_token", credential)
            return {SESSION_TOKEN_HEADER: credential}
        if op.auth == ("transaction_token",):
            if self.transaction_token is None:
                raise DiditAuthenticationError(
                    f"{op.operation_id} needs a transaction SDK token: mint one with "
                    "client.transactions.create_sdk_token(...) and call it through "
                    "client.device(token) or AsyncDiditDevice(token) / DiditDevice(token).",
                    method=op.method,
                    path=op.path,
                )
            return {TRANSACTION_TOKEN_HEADER: self.transaction_token.get()}
        if "api_key" in op.auth and self.api_key is not None:
            # Also covers a key Didit issued (register/login): never let h11 quote it.
            check_secret("api_key", self.api_key.get())
            return {API_KEY_HEADER: self.api_key.get()}
        if "bearer" in op.auth and self.access_token is not None:
            if self.access_token_expired():
                raise DiditAuthenticationError(
                    "The account access token has expired. Didit documents no refresh endpoint "
                    "for the programmatic API: log in again with client.account.login(...) "
                    "(or pass a fresh access_token=).",
                    method=op.method,
                    path=op.path,
                )
            check_secret("access_token", self.access_token.get())
            return {"Authorization": f"Bearer {self.access_token.get()}"}
        if op.auth == ("bearer",):
            raise DiditAuthenticationError(
                f"{op.operation_id} needs an account access token: call "
                "client.account.login(...) or client.account.verify_email(...) first, or pass "
                "access_token= to AsyncDidit or Didit.",
                method=op.method,
                path=op.path,
            )
        raise DiditAuthenticationError(
            f"{op.operation_id} needs an API key: pass api_key= to AsyncDidit or Didit, or set "
            "DIDIT_API_KEY.",
            method=op.method,
            path=op.path,
        )

    def secret_values(self) -> tuple[str, ...]:
        """The values to mask wherever a server might echo them (error messages)."""
        return tuple(
            s.get()
            for s in (self.api_key, self.access_token, self.refresh_token, self.transaction_token)
            if s is not None
        )

    def absorb(self, op: OperationMeta, body: Any) -> None:
        """Keep the token (and, if the client has none, the API key) from an account response."""
        if op.operation_id not in TOKEN_ISSUING_OPERATIONS or not isinstance(body, Mapping):
            return
        token = body.get("access_token")
        if isinstance(token, str) and token:
            expires_in = body.get("expires_in")
            refresh = body.get("refresh_token")
            self.set_access_token(
                token,
                float(expires_in) if isinstance(expires_in, (int, float)) else None,
                refresh if isinstance(refresh, str) else None,
            )
        application = body.get("application")
        if self.api_key is None and isinstance(application, Mapping):
            key = application.get("api_key")
            if isinstance(key, str) and key:
                self.api_key = Secret(key)
