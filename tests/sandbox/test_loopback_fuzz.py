"""Property-based API testing over a real socket, the job schemathesis would do in CI.

Every operation of the spec gets requests drawn from the spec itself (path ids both real and
random, query parameters, JSON or multipart bodies that follow the request schema, plus junk
bodies and wrong keys) against the uvicorn-served sandbox on loopback. Each answer must have a
status the operation documents and a body valid against its schema, and none may be a 5xx.
The tester is in-house (hypothesis plus the spec) so it runs wherever the dev extras install,
seeded and bounded to a few hundred requests.
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterator
from typing import Any

import anyio.from_thread
import httpx
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from didit_async._generated.operations import OPERATIONS
from didit_async.sandbox import Sandbox, SandboxConfig

from ._case_management import seed_case_ids
from ._current_api import seed_ids
from .conftest import SPEC, SpecChecker

SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
SAFE = string.ascii_letters + string.digits + "-_"
JUNK = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 10**6) | st.text(max_size=10),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=6), c, max_size=3),
    max_leaves=6,
)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def from_schema(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values that follow ``schema`` (the subset of JSON Schema the spec uses), kept small."""
    schema = _resolve(schema)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return st.one_of([from_schema(s, depth + 1) for s in schema[key]])
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in map(_resolve, schema["allOf"]):
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return from_schema(merged, depth)
    kind = schema.get("type", "object" if "properties" in schema else None)
    if isinstance(kind, list):
        return st.one_of([from_schema({**schema, "type": k}, depth) for k in kind])
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(schema.get("minimum", -5), schema.get("maximum", 10**6))
    if kind == "number":
        low, high = schema.get("minimum", -5), schema.get("maximum", 10**6)
        return st.floats(low, high, allow_nan=False, allow_infinity=False)
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "uuid":
            return st.uuids().map(str)
        if fmt == "email":
            return st.text(string.ascii_lowercase, min_size=1, max_size=8).map(
                lambda s: f"{s}@sandbox-mail.dev"
            )
        if fmt in ("uri", "url"):
            return st.sampled_from(["https://example.com/hook", "http://127.0.0.1:9/x"])
        if fmt == "date":
            return st.dates().map(str)
        if fmt == "date-time":
            return st.datetimes().map(lambda d: d.isoformat() + "Z")
        return st.text(
            min_size=schema.get("minLength", 0), max_size=min(schema.get("maxLength", 12), 12)
        )
    if kind == "array":
        items = from_schema(schema.get("items", {}), depth + 1) if depth < 3 else JUNK
        return st.lists(items, min_size=schema.get("minItems", 0), max_size=3)
    if kind == "object" or kind is None:
        props = schema.get("properties", {})
        if depth >= 3 or not props:
            return st.dictionaries(st.text(SAFE, max_size=6), JUNK, max_size=2)
        required = [k for k in schema.get("required", []) if k in props]
        optional = [k for k in props if k not in required]
        return st.fixed_dictionaries(
            {k: from_schema(props[k], depth + 1) for k in required},
            optional={k: from_schema(props[k], depth + 1) for k in optional},
        )
    return JUNK


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return value if isinstance(value, str) else json.dumps(value)


class Server:
    """The loopback sandbox plus real ids to aim path parameters at."""

    def __init__(self, origin: str, sandbox: Sandbox) -> None:
        self.origin = origin
        self.sandbox = sandbox
        self.ids: dict[str, list[str]] = {}
        self.bearer = ""

    def seed(self, http: httpx.Client) -> None:
        key = {"x-api-key": self.sandbox.api_key}
        email = "fuzz@sandbox-mail.dev"
        password = {"email": email, "password": "MyStr0ng!Pass"}
        http.post("/auth/v2/programmatic/register/", json=password).raise_for_status()
        code = http.get(f"/sandbox/otp/{email}").json()["code"]
        verified = http.post(
            "/auth/v2/programmatic/verify-email/", json={"email": email, "code": code}
        ).json()
        login = http.post("/auth/v2/programmatic/login/", json=password).json()
        self.bearer = login["access_token"]
        wf = http.post(
            "/v3/workflows/", headers=key, json={"workflow_label": "Fuzz", "workflow_type": "kyc"}
        ).json()
        session = http.post(
            "/v3/session/",
            headers=key,
            json={
                "workflow_id": wf["uuid"],
                "vendor_data": "fuzz-user",
                "sandbox_scenario": "aml_hit",
            },
        ).json()
        http.post(
            f"/sandbox/sessions/{session['session_id']}/advance/", json={"to_status": "In Review"}
        ).raise_for_status()
        decision = http.get(f"/v3/session/{session['session_id']}/decision/", headers=key).json()
        question = http.post(
            "/v3/questionnaires/",
            headers=key,
            json={"title": "Fuzz", "form_elements": [{"element_type": "short_text", "label": "Q"}]},
        ).json()
        destination = http.post(
            "/v3/webhook/destinations/",
            headers=key,
            json={
                "label": "Fuzz",
                "url": "https://example.com/fuzz",
                "subscribed_events": ["status.updated"],
            },
        ).json()
        self.ids = {
            "org_id": [verified["organization"]["uuid"]],
            "app_id": [verified["application"]["uuid"]],
            "sessionId": [session["session_id"]],
            "session_id": [session["session_id"]],
            "settings_uuid": [wf["uuid"]],
            "questionnaire_uuid": [question.get("uuid") or question.get("questionnaire_id", "x")],
            "vendor_data": ["fuzz-user"],
            "destination_uuid": [destination["uuid"]],
            "nodeId": sorted(
                {
                    item["node_id"]
                    for v in decision.values()
                    if isinstance(v, list)
                    for item in v
                    if isinstance(item, dict) and "node_id" in item
                }
            )
            or ["feature_kyc"],
            "job_id": [],
        }
        self.ids.update(seed_ids(http, key))
        self.ids.update(seed_case_ids(http, key, self.sandbox.ids()))


def _serve() -> Iterator[Server]:
    # Scaled-up limits so the fuzzer reaches the handlers rather than the 429 path (which the
    # behaviour tests cover); uvicorn needs asyncio, so it runs on a portal's own thread.
    sandbox = Sandbox(SandboxConfig(virtual_time=True, rate_limit_scale=100))
    with (
        anyio.from_thread.start_blocking_portal() as portal,
        portal.wrap_async_context_manager(sandbox.serve()) as origin,
    ):
        srv = Server(origin, sandbox)
        with httpx.Client(base_url=origin) as http:
            srv.seed(http)
        yield srv


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    yield from _serve()


@pytest.fixture(scope="module")
def untouched_server() -> Iterator[Server]:
    # The fuzzer deletes what it finds; the collection checks get a server of their own.
    yield from _serve()


def _request(op_id: str, server: Server) -> st.SearchStrategy[dict[str, Any]]:
    meta = OPERATIONS[op_id]
    spec_op = SPEC["paths"][meta.path][meta.method.lower()]

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        path = meta.path
        for name in [p["name"] for p in spec_op.get("parameters", []) if p["in"] == "path"]:
            real = server.ids.get(name, [])
            choices = st.text(SAFE, min_size=1, max_size=12) | st.uuids().map(str)
            value = draw(st.sampled_from(real) | choices if real else choices)
            path = path.replace("{" + name + "}", value)
        if meta.host == "auth":
            path = "/auth/v2" + path
        query = {
            p["name"]: _query_value(draw(from_schema(p.get("schema", {}))))
            for p in spec_op.get("parameters", [])
            if p["in"] == "query" and draw(st.booleans())
        }
        auth = draw(st.sampled_from(["good", "good", "good", "wrong", "none"]))
        headers: dict[str, str] = {}
        if auth != "none":
            headers["x-api-key"] = server.sandbox.api_key if auth == "good" else "sk_wrong_key"
            if "bearer" in meta.auth:
                headers["authorization"] = "Bearer " + (
                    server.bearer if auth == "good" else "not-a-token"
                )
        request: dict[str, Any] = {"method": meta.method, "url": path, "params": query}
        content = spec_op.get("requestBody", {}).get("content", {})
        if "application/json" in content:
            shaped = from_schema(content["application/json"]["schema"])
            request["json"] = draw(shaped | shaped | JUNK)
        elif "multipart/form-data" in content:
            props = _resolve(content["multipart/form-data"]["schema"]).get("properties", {})
            files, data = {}, {}
            for name, prop in props.items():
                if not draw(st.booleans()):
                    continue
                if prop.get("format") == "binary":
                    files[name] = (f"{name}.png", draw(st.sampled_from([PNG, b"", b"junk"])))
                else:
                    data[name] = _query_value(draw(from_schema(prop)))
            request["files"], request["data"] = files or None, data or None
            if not files:  # httpx sends form fields urlencoded unless there is a file
                request["files"] = {"_": ("empty.bin", b"")}
        request["headers"] = headers
        return request

    return build()


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_spec_shaped_requests_get_documented_answers_over_loopback(
    op_id: str, server: Server
) -> None:
    meta = OPERATIONS[op_id]
    checker = SpecChecker()

    @seed(20261122)
    @settings(
        max_examples=6,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(request=_request(op_id, server))
    def probe(request: dict[str, Any]) -> None:
        with httpx.Client(base_url=server.origin, timeout=10) as http:
            response = http.request(**request)
        assert response.status_code < 500, (request, response.text)
        checker.check(meta.method, meta.path, response)

    probe()
    # Answers went somewhere real: the server counted every probe.
    assert server.sandbox.stats.per_operation[op_id] >= 1


def _collections() -> list[str]:
    """GET operations that answer a page or an array of items."""
    found = []
    for op_id, meta in OPERATIONS.items():
        spec_op = SPEC["paths"][meta.path][meta.method.lower()]
        if meta.method != "GET":
            continue
        schema = (
            spec_op["responses"]["200"]["content"].get("application/json", {}).get("schema", {})
        )
        if "x-pagination" in spec_op or schema.get("type") == "array":
            found.append(op_id)
    return sorted(found)


@pytest.mark.parametrize("op_id", _collections())
def test_collection_endpoints_answer_200_over_loopback(
    op_id: str, untouched_server: Server
) -> None:
    server = untouched_server
    meta = OPERATIONS[op_id]
    headers = {"x-api-key": server.sandbox.api_key}
    if "bearer" in meta.auth:
        headers["authorization"] = "Bearer " + server.bearer
    path = ("/auth/v2" if meta.host == "auth" else "") + meta.path
    for name, ids in server.ids.items():  # nested collections: a real parent
        if ids:
            path = path.replace("{" + name + "}", str(ids[0]))
    with httpx.Client(base_url=server.origin, timeout=10) as http:
        response = http.get(path, headers=headers)
    assert response.status_code == 200, response.text
    SpecChecker().check("GET", meta.path, response)
