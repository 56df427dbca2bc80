"""Each shared operation's answer, every documented field present, decodes and re-encodes unchanged.

The payload is built from Didit's published OpenAPI facts (``tools.facts_payload``: every
property at every depth, one item per array) plus a field no source documents; it is served
to both clients (``AsyncDidit`` and the blocking ``Didit``) over a mock transport, and the model
each returns must encode back to exactly the JSON sent: typed fields and unknown ones alike.
"""

from __future__ import annotations

import copy
import inspect
from typing import Any

import httpx
import pytest

from didit_async import AsyncDidit, Didit, models
from didit_async._generated.operations import OPERATIONS
from didit_async._seam import Page
from tools import facts_check, facts_payload

pytestmark = pytest.mark.skipif(
    not facts_check.FACTS.exists(), reason="no ../shared/reference/didit-openapi-facts.json"
)

OURS, FACTS = facts_check.load() if facts_check.FACTS.exists() else ({}, {})
SHARED = (
    [
        (op["operationId"], method, path, op, theirs)
        for method, path, op, theirs in facts_check.shared_operations(OURS, FACTS)
        if facts_payload.success_schema(theirs) is not None
    ]
    if OURS
    else []
)
# Values a request validator checks more closely than "a string".
KWARGS = {
    "phone_number": "+34600000000",
    "email": "ana@example.com",
    "code": "123456",
    "url": "https://example.com/hooks",
    "subscribed_events": ["status.updated"],
}
# Operations whose body needs one of several optional fields.
OP_KWARGS: dict[str, dict[str, Any]] = {
    "sessions_batch_delete": {"delete_all": True},
    "users_batch_delete": {"delete_all": True},
    "businesses_batch_delete": {"delete_all": True},
}
UNKNOWN = {"x_field_no_source_documents": {"kept": [1, 2.5, None]}}
# The organization-scoped routes take both ids from the client, as a user configures it once.
IDS = {"organization_id": facts_payload.UUID, "application_id": facts_payload.UUID}


def _payload(theirs: dict[str, Any]) -> tuple[int, Any]:
    found = facts_payload.success_schema(theirs)
    assert found is not None
    status, schema = found
    body = facts_payload.build(FACTS, schema)
    if isinstance(body, dict):
        body.update(UNKNOWN)
        for item in body.get("results") or []:
            if isinstance(item, dict):
                item.update(UNKNOWN)
    elif isinstance(body, list):
        for item in body:
            item.update(UNKNOWN)
    return int(status), body


def _arguments(method: Any, op: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    body = (op.get("requestBody") or {}).get("content") or {}
    schema = next(iter(body.values()))["schema"] if body else {}
    flat, _ = facts_check.flatten(facts_check.Resolver(OURS), schema)
    for name, param in inspect.signature(method).parameters.items():
        if param.kind is param.POSITIONAL_ONLY:
            positional.append(facts_payload.UUID)
        elif param.default is param.empty and param.kind is param.KEYWORD_ONLY:
            wire = flat["properties"].get(name, {})
            if name in KWARGS:
                keywords[name] = KWARGS[name]
            elif facts_check.flatten(facts_check.Resolver(OURS), wire)[0].get("format") == "binary":
                keywords[name] = b"\x89PNG\r\n\x1a\n" + b"0" * 32
            else:
                keywords[name] = facts_payload.build(OURS, wire, name)
    return positional, keywords


def _expected(body: Any) -> Any:
    """The answer as the SDK gives it back: a page link Didit sends as a bare offset (the
    networks lists) is the relative ``?offset=N`` link it stands for (``Page.next`` is a
    link), everything else exactly as sent."""
    if isinstance(body, dict) and "results" in body:
        body = dict(body)
        for key in ("next", "previous"):
            if isinstance(body.get(key), int):
                body[key] = f"?offset={body[key]}"
    return body


def _encoded(result: Any) -> Any:
    if isinstance(result, Page):
        return {
            "count": result.count,
            "next": result.next,
            "previous": result.previous,
            "results": [models.encode(x) for x in result.results],
            **result.extra,
        }
    if isinstance(result, list):
        return [models.encode(x) for x in result]
    return models.encode(result)


def _handler(status: int, body: Any) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    return answer


def _resolve(client: Any, op_id: str) -> Any:
    meta = OPERATIONS[op_id]
    target = client
    parts = meta.resource.split(".")
    if parts[0] == "device":  # the transaction-token operations are a device client's
        target, parts = client.device("txsdk_test_facts"), parts[1:]
    for part in parts:
        target = getattr(target, part)
    return getattr(target, meta.method_name)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("op_id", "method", "path", "op", "theirs"), SHARED, ids=[s[0] for s in SHARED]
)
async def test_the_async_client_decodes_and_re_encodes_every_documented_field(
    op_id: str, method: str, path: str, op: dict[str, Any], theirs: dict[str, Any]
) -> None:
    status, body = _payload(theirs)
    http = httpx.AsyncClient(transport=httpx.MockTransport(_handler(status, copy.deepcopy(body))))
    client = AsyncDidit(api_key="sk_test_facts", http_client=http, max_retries=0, **IDS)
    async with client:
        call = _resolve(client, op_id)
        args, kwargs = _arguments(call, op)
        result = await call(*args, **kwargs, **OP_KWARGS.get(op_id, {}))
    assert _encoded(result) == _expected(body)


@pytest.mark.parametrize(
    ("op_id", "method", "path", "op", "theirs"), SHARED, ids=[s[0] for s in SHARED]
)
def test_the_blocking_client_decodes_and_re_encodes_every_documented_field(
    op_id: str, method: str, path: str, op: dict[str, Any], theirs: dict[str, Any]
) -> None:
    status, body = _payload(theirs)
    http = httpx.Client(transport=httpx.MockTransport(_handler(status, copy.deepcopy(body))))
    with Didit(api_key="sk_test_facts", http_client=http, max_retries=0, **IDS) as client:
        call = _resolve(client, op_id)
        args, kwargs = _arguments(call, op)
        result = call(*args, **kwargs, **OP_KWARGS.get(op_id, {}))
        if OPERATIONS[op_id].paginated:
            result = result.first_page()
    assert _encoded(result) == _expected(body)
