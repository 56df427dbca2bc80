"""Read ``paths`` into :class:`ir.Operation` records: parameters, body, responses, extensions.

Each operation must carry the SDK's extensions (``x-sdk``, ``x-host``, ``x-rate-limit-scopes``;
optionally ``x-idempotent``, ``x-pagination``, ``x-recovery-hint``, ``x-issues-token``, and
``x-client-default`` on a path parameter); schemas
it holds are read through the :class:`SchemaReader` that read ``components/schemas``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .ir import Operation, Param
from .schema_reader import SchemaReader
from .types import Array, CodegenError, CommaList, Enum, Nullable, Ref, Scalar, TypeNode, py_name
from .unions import Union

__all__ = ["PER_CALL_CREDENTIALS", "SECURITY_SCHEMES", "OperationReader"]

# components/securitySchemes name -> the transport's credential kind (OperationMeta.auth).
SECURITY_SCHEMES = {
    "ApiKeyAuth": "api_key",
    "BearerAuth": "bearer",
    "SessionTokenAuth": "session_token",
    "TransactionTokenAuth": "transaction_token",
}
# Kinds the method takes from its caller on each call (kind -> header): the session token
# belongs to one session, not to the client. The transaction token is held by a device client.
PER_CALL_CREDENTIALS = {"session_token": "Session-Token"}


class OperationReader:
    """Reads the operations of one spec; ``hosts`` are its ``x-hosts``."""

    def __init__(
        self, spec: Mapping[str, Any], hosts: Mapping[str, str], types: SchemaReader
    ) -> None:
        self.spec = spec
        self.hosts = hosts
        self.types = types

    @staticmethod
    def _comma_list(node: TypeNode, pointer: str) -> CommaList:
        """A comma-joined query list (``style: form, explode: false``) of enum values."""
        if not isinstance(node, Array) or not isinstance(node.items, Enum):
            raise CodegenError(
                f"{pointer}/schema", "a comma-separated parameter must be an array of an enum"
            )
        if set(node.constraints.items()) - {("minItems", 1)}:
            raise CodegenError(f"{pointer}/schema", "a comma-separated list takes only minItems: 1")
        return CommaList(node.items, non_empty=bool(node.constraints))

    def read(self, path: str, method: str, op: Mapping[str, Any]) -> Operation:
        """The operation at ``paths/<path>/<method>``."""
        ptr = f"#/paths/{path.replace('/', '~1')}/{method}"
        for key in ("operationId", "x-sdk", "x-host", "x-rate-limit-scopes"):
            if key not in op:
                raise CodegenError(ptr, f"missing {key}")
        host = op["x-host"]
        if host not in self.hosts:
            raise CodegenError(f"{ptr}/x-host", f"unknown host {host!r}")
        security = op.get("security", self.spec.get("security", []))
        auth: list[str] = []
        for req in security:
            for scheme in req:
                kind = SECURITY_SCHEMES.get(scheme)
                if kind is None:
                    raise CodegenError(f"{ptr}/security", f"unknown security scheme {scheme!r}")
                auth.append(kind)
        if len(auth) > 1 and set(auth) & set(PER_CALL_CREDENTIALS.values()):
            raise CodegenError(f"{ptr}/security", "a token scheme must be the only one")
        idem_raw = op.get("x-idempotent", False)
        idem: tuple[str, str | None]
        if idem_raw is True:
            idem = ("always", None)
        elif idem_raw is False:
            idem = ("never", None)
        elif isinstance(idem_raw, Mapping) and "if-body-field" in idem_raw:
            idem = ("if_body_field", str(idem_raw["if-body-field"]))
        elif isinstance(idem_raw, Mapping) and "key-header" in idem_raw:
            idem = ("key_header", str(idem_raw["key-header"]))
        else:
            raise CodegenError(f"{ptr}/x-idempotent", f"unsupported value {idem_raw!r}")
        params: list[Param] = []
        for i, p in enumerate(op.get("parameters", [])):
            pptr = f"{ptr}/parameters/{i}"
            if "$ref" in p:
                raise CodegenError(pptr, "parameter $refs are not supported")
            loc = p["in"]
            if loc not in ("path", "query", "header"):
                raise CodegenError(pptr, f"parameters in {loc!r} are not supported")
            node = self.types.node(p.get("schema", {}), f"{pptr}/schema")
            if (p.get("style"), p.get("explode")) == ("form", False) and loc == "query":
                node = self._comma_list(node, pptr)
            elif p.get("style") or p.get("explode") is not None:
                raise CodegenError(
                    pptr, "only query parameters with style: form, explode: false are supported"
                )
            default = p.get("x-client-default")
            if default is not None and (loc != "path" or not str(default).isidentifier()):
                raise CodegenError(
                    f"{pptr}/x-client-default", "only a path parameter takes a client default name"
                )
            params.append(
                Param(
                    p["name"],
                    py_name(p["name"]),
                    loc,
                    bool(p.get("required")) or loc == "path",
                    node,
                    str(p.get("description", "")),
                    client_default=None if default is None else str(default),
                )
            )
        for scheme, kind in SECURITY_SCHEMES.items():
            if kind in auth and kind in PER_CALL_CREDENTIALS:
                # The method takes this credential from its caller, as a required keyword.
                params.append(
                    Param(
                        PER_CALL_CREDENTIALS[kind],
                        kind,
                        "credential",
                        True,
                        Scalar("string"),
                        f"The secret the {scheme} scheme sends in the "
                        f"`{PER_CALL_CREDENTIALS[kind]}` header; never logged.",
                    )
                )
        for name in re.findall(r"{([^}]+)}", path):
            if not any(p.location == "path" and p.wire == name for p in params):
                raise CodegenError(ptr, f"path parameter {name!r} is not declared")
        body_kind, body_model = "none", None
        if "requestBody" in op:
            content = op["requestBody"].get("content", {})
            if len(content) != 1:
                raise CodegenError(f"{ptr}/requestBody", "exactly one content type is supported")
            ctype, media = next(iter(content.items()))
            body_kind = {"application/json": "json", "multipart/form-data": "multipart"}.get(
                ctype, ""
            )
            if not body_kind:
                raise CodegenError(f"{ptr}/requestBody", f"unsupported content type {ctype}")
            ref = media.get("schema", {}).get("$ref")
            if not ref:
                raise CodegenError(f"{ptr}/requestBody", "the body must be a $ref to a schema")
            body_model, _ = self.types.resolve(ref, f"{ptr}/requestBody")
            if body_model not in self.types.models:
                raise CodegenError(f"{ptr}/requestBody", "the body must be an object schema")
        success: list[int] = []
        kinds: set[str] = set()
        types: list[TypeNode] = []
        for code, resp in op.get("responses", {}).items():
            if not str(code).startswith("2"):
                continue
            success.append(int(code))
            content = resp.get("content")
            if not content:
                kinds.add("empty")
                continue
            if "application/json" in content:
                kinds.add("json")
                types.append(
                    self.types.node(
                        content["application/json"].get("schema", {}), f"{ptr}/responses/{code}"
                    )
                )
            elif (
                len(content) == 1
                and next(iter(content.values())).get("schema", {}).get("format") == "binary"
            ):
                kinds.add("binary")
            else:
                raise CodegenError(f"{ptr}/responses/{code}", "unsupported response content")
        # A JSON answer or an empty one (Didit's 200 with an outcome, or an older 204): the
        # method returns the model or None.
        empty_ok = kinds == {"json", "empty"}
        if empty_ok:
            kinds = {"json"}
        if len(kinds) != 1:
            raise CodegenError(f"{ptr}/responses", f"success responses mix kinds {sorted(kinds)}")
        shapes = list({t.annotation(): t for t in types}.values())
        if len(shapes) > 1:
            # Two success shapes (say 200 with results, 202 with a job): the transport returns
            # only the body, so tell them apart by shape, like any union of models.
            if not all(isinstance(t, Ref) for t in shapes):
                raise CodegenError(
                    f"{ptr}/responses", "success responses with different non-model schemas"
                )
            types = [
                Union(shapes, f"{ptr}/responses", self.types.union_keys(shapes, f"{ptr}/responses"))
            ]
        if empty_ok:
            if len(types) != 1 or not isinstance(types[0], Ref):
                raise CodegenError(f"{ptr}/responses", "a JSON-or-empty answer must be one $ref")
            types = [Nullable(types[0])]
        pag = "x-pagination" in op
        if pag:
            rt = types[0] if types else None
            if not isinstance(rt, Ref):
                raise CodegenError(f"{ptr}/x-pagination", "a paginated response must be a $ref")
            results = next(
                (f for f in self.types.models[rt.name].fields if f.wire == "results"), None
            )
            if results is None or not isinstance(results.type, Array):
                raise CodegenError(f"{ptr}/x-pagination", "page schema without results[]")
        sdk = op["x-sdk"]
        return Operation(
            op["operationId"],
            method.upper(),
            path,
            ptr,
            (op.get("tags") or ["Default"])[0],
            str(op.get("summary", "")),
            str(op.get("description", "")),
            host,
            tuple(auth),
            list(op["x-rate-limit-scopes"]),
            idem,
            pag,
            params,
            body_kind,
            body_model,
            sorted(success),
            next(iter(kinds)),
            types[0] if types else None,
            str(sdk["resource"]),
            str(sdk["method"]),
            recovery_hint=op.get("x-recovery-hint"),
            issues_token=bool(op.get("x-issues-token")),
            empty_ok=empty_ok,
        )
