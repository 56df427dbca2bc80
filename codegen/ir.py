"""The intermediate representation the emitters read: models, their fields, and operations.

``generator.py`` builds these records from the spec; the emitters turn them into source. Types
of fields, parameters and responses are nodes of the type tree (``types.py``, ``unions.py``).
"""

from __future__ import annotations

from typing import Any

import attrs

from .types import TypeNode

__all__ = ["Field", "Model", "Operation", "Param"]


@attrs.define
class Field:
    """One property of a model."""

    wire: str
    name: str
    type: TypeNode
    required: bool
    nullable: bool
    description: str
    secret: bool = False


@attrs.define
class Model:
    """A named object schema."""

    name: str
    fields: list[Field]
    closed: bool
    description: str
    pointer: str
    conditions: list[tuple[dict[str, Any], list[str], list[str]]] = attrs.field(factory=list)
    min_properties: int = 0


@attrs.define
class Param:
    """One path, query or header parameter of an operation."""

    wire: str
    name: str
    location: str  # path | query | header | credential (a per-call secret, see operation_reader)
    required: bool
    type: TypeNode
    description: str
    # x-client-default on a path parameter: the method takes it as an optional keyword, and
    # leaving it out sends the client's configured value of that name (organization_id, ...).
    client_default: str | None = None


@attrs.define
class Operation:
    """One operation of the spec: what its resource method, its table row and its blocking twin
    are generated from."""

    op_id: str
    method: str
    path: str
    pointer: str
    tag: str
    summary: str
    description: str
    host: str
    auth: tuple[str, ...]
    scopes: list[str]
    idempotency: tuple[str, str | None]
    paginated: bool
    params: list[Param]
    body_kind: str  # none | json | multipart
    body_model: str | None
    success: list[int]
    response_kind: str  # json | binary | empty
    response_type: TypeNode | None
    resource: str
    method_name: str
    recovery_hint: str | None = None  # x-recovery-hint: what to check after a lost response
    issues_token: bool = False  # x-issues-token: the answer carries an account access token
    empty_ok: bool = False  # JSON, or no body (a 204): the method returns the model or None
