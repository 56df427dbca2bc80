"""The handler registry: what a handler receives (:class:`Call`) and how it registers (``op``).

Every handler module (``_ops`` and the ``_ops_*`` modules of the newer resources) imports this
one and registers on :data:`HANDLERS`; :mod:`._handlers` imports them all, so the app sees every
operation without the handler modules importing each other in a cycle.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import attrs

from ._state import NOT_FOUND, ApiError, Application, SandboxState, _field_error

__all__ = ["HANDLERS", "Call", "Handler", "Result", "op"]


@attrs.frozen
class Call:
    """One request as a handler sees it."""

    state: SandboxState
    app: Application | None
    path: dict[str, str]
    query: dict[str, str]
    body: Any
    headers: dict[str, str]
    files: dict[str, bytes] = attrs.field(factory=dict)

    @property
    def a(self) -> Application:
        assert self.app is not None
        return self.app

    def field(self, name: str, *, required: bool = False, kind: type | None = None) -> Any:
        body = self.body if isinstance(self.body, dict) else {}
        if name not in body or body[name] is None:
            if required:
                raise _field_error(name, "This field is required.")
            return None
        value = body[name]
        if kind is not None and not isinstance(value, kind):
            raise _field_error(name, f"Expected {kind.__name__}.")
        return value


Result = tuple[int, Any]
Handler = Callable[[Call], Result]
HANDLERS: dict[str, Handler] = {}


def op(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[name] = fn
        return fn

    return register


def _uuid_or_404(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ApiError(404, NOT_FOUND) from None
