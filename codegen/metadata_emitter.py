"""Emit the tables the hand-written layer reads: ``operations.py`` and ``spec.py``.

``operations.py`` maps every operation id to its ``OperationMeta``, each defined (by
``method_emitter.operation_constant``) in its resource's module; ``spec.py`` holds the spec's
top-level facts (hosts, rate-limit scopes, secret field names, recovery hints, token-issuing
operations, pass-through request schemas).
"""

from __future__ import annotations

from .generator import Generator
from .source import HEADER

__all__ = ["render_operations", "render_spec"]


def render_operations(gen: Generator) -> str:
    """``operations.py``: every operation id → its metadata, each defined in its resource's
    module (``resources/sessions.py`` holds ``SESSIONS_CREATE``); the sandbox and the tests
    read the whole table, the client imports only the resources it uses."""
    modules = sorted({op.resource.replace(".", "_") for op in gen.operations})
    rows = "".join(
        f"    {op.op_id!r}: {op.resource.replace('.', '_')}.{op.op_id.upper()},\n"
        for op in gen.operations
    )
    return (
        HEADER
        + '"""Every operation id → its metadata (defined in its resource\'s module)."""\n\n'
        + "from __future__ import annotations\n\n"
        + "from didit_async._seam import OperationMeta\n\n"
        + f"from .resources import {', '.join(modules)}\n\n"
        + '__all__ = ["OPERATIONS"]\n\n'
        + f"OPERATIONS: dict[str, OperationMeta] = {{\n{rows}}}\n"
    )


def render_spec(gen: Generator) -> str:
    """``spec.py``: facts the spec holds that the client layer, the sandbox and the CLI read; no
    module keeps a second copy."""
    hints = {op.op_id: op.recovery_hint for op in gen.operations if op.recovery_hint}
    tokens = sorted(op.op_id for op in gen.operations if op.issues_token)
    scope_specs = gen.spec.get("x-rate-limit-scopes", {})
    generic = [name for name, v in scope_specs.items() if v.get("generic")]
    passing = sorted(
        name
        for name in gen.request_models
        if gen.schemas.get(name, {}).get("additionalProperties") is True
    )
    return (
        HEADER
        + '"""Facts from the spec: hosts, rate-limit scopes, secret field names, per-operation'
        + ' hints."""\n\n'
        + "from __future__ import annotations\n\n"
        + "from typing import Final\n\n"
        + "# x-hosts: each host's base URL (operation paths are relative to it).\n"
        + f"HOSTS: Final[dict[str, str]] = {gen.hosts!r}\n"
        + "# x-rate-limit-scopes: scope -> (requests, window seconds).\n"
        + f"RATE_LIMIT_SCOPES: Final[dict[str, tuple[int, float]]] = {gen.scopes!r}\n"
        + "# x-rate-limit-scopes with `generic: true`: the per-method scopes.\n"
        + f"GENERIC_RATE_LIMIT_SCOPES: Final[frozenset[str]] = frozenset({generic!r})\n"
        + "# x-rate-limit-scopes with `key-body-field`: scope -> the body field whose value\n"
        + "# gets its own window (the phone risk cap counts per phone number).\n"
        + f"KEYED_RATE_LIMIT_SCOPES: Final[dict[str, str]] = {gen.scope_keys!r}\n"
        + "# x-secret-fields: JSON keys whose values never reach a repr, log line or error.\n"
        + f"SECRET_FIELDS: Final[frozenset[str]] = frozenset({gen.secret_fields!r})\n"
        + "# x-recovery-hint: what to check after a write whose response was lost.\n"
        + f"RECOVERY_HINTS: Final[dict[str, str]] = {hints!r}\n"
        + "# x-issues-token: operations whose answer carries an account access token.\n"
        + f"TOKEN_ISSUING_OPERATIONS: Final[frozenset[str]] = frozenset({tokens!r})\n"
        + "# Request schemas with `additionalProperties: true`: Didit keeps fields it does\n"
        + "# not declare (other request bodies ignore them, as Django REST Framework does).\n"
        + f"PASS_THROUGH_SCHEMAS: Final[frozenset[str]] = frozenset({passing!r})\n"
    )
