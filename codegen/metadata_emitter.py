"""Emit the tables the hand-written layer reads: ``operations.py`` and ``spec.py``.

``operations.py`` maps every operation id to its ``OperationMeta`` (method, path, host, auth,
rate-limit scopes, idempotency, ...); ``spec.py`` holds the spec's top-level facts (hosts,
rate-limit scopes, secret field names, recovery hints, token-issuing operations, pass-through
request schemas).
"""

from __future__ import annotations

from .generator import Generator
from .source import HEADER
from .types import Array

__all__ = ["render_operations", "render_spec"]


def render_operations(gen: Generator) -> str:
    """``operations.py``: the metadata of every operation, read by the client layer."""
    out = [
        HEADER,
        '"""Metadata of every operation, read by the client layer."""\n\n',
        "from __future__ import annotations\n\n",
        "from didit_async._seam import Idempotency, OperationMeta\n\n",
        '__all__ = ["OPERATIONS"]\n\n',
        "OPERATIONS: dict[str, OperationMeta] = {\n",
    ]
    for op in gen.operations:
        idem = f"Idempotency({op.idempotency[0]!r}" + (
            f", {op.idempotency[1]!r})" if op.idempotency[1] else ")"
        )
        out.append(
            f"    {op.op_id!r}: OperationMeta(\n"
            f"        operation_id={op.op_id!r},\n        method={op.method!r},\n"
            f"        path={op.path!r},\n        host={op.host!r},\n"
            f"        auth={op.auth!r},\n        rate_limit_scopes={tuple(op.scopes)!r},\n"
            f"        idempotency={idem},\n        paginated={op.paginated!r},\n"
            f"        response_kind={op.response_kind!r},\n"
            f"        request_kind={op.body_kind!r},\n"
            f"        resource={op.resource!r},\n        method_name={op.method_name!r},\n"
            f"        request_schema={op.body_model!r},\n"
            + (
                "        response_array=True,\n"
                if isinstance(op.response_type, Array) and not op.paginated
                else ""
            )
            + "    ),\n"
        )
    out.append("}\n")
    return "".join(out)


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
