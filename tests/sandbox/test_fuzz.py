"""Property-based: whatever JSON a client throws at a write endpoint, the sandbox answers with a
documented status and a schema-valid body, never a server error."""

from __future__ import annotations

import anyio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from didit_async.sandbox import Sandbox, SandboxConfig

from .conftest import SPEC, SpecChecker, http_for

SCALARS = st.none() | st.booleans() | st.integers(-5, 10**6) | st.text(max_size=12)
VALUES = st.recursive(
    SCALARS,
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=6), c, max_size=3),
    max_leaves=8,
)


def body_for(schema_name: str) -> st.SearchStrategy[dict[str, object]]:
    props = list(SPEC["components"]["schemas"][schema_name].get("properties", {}))
    return st.dictionaries(st.sampled_from([*props, "unexpected"]), VALUES, max_size=6)


TARGETS = [
    ("POST", "/v3/session/", "/v3/session/", "CreateSessionRequest"),
    ("POST", "/v3/workflows/", "/v3/workflows/", "WorkflowCreateRequest"),
    ("PATCH", "/v3/webhook/", "/v3/webhook/", "WebhookConfigUpdateRequest"),
    (
        "POST",
        "/v3/webhook/destinations/",
        "/v3/webhook/destinations/",
        "WebhookDestinationCreateRequest",
    ),
    ("POST", "/v3/billing/top-up/", "/v3/billing/top-up/", "BillingTopUpRequest"),
    ("POST", "/v3/users/create/", "/v3/users/create/", "UserCreateRequest"),
    ("POST", "/v3/blocklist/add/", "/v3/blocklist/add/", "BlocklistAddRequest"),
    ("POST", "/v3/aml/", "/v3/aml/", "AmlRequest"),
]


@pytest.mark.parametrize(
    ("method", "template", "path", "schema"), TARGETS, ids=[t[1] for t in TARGETS]
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_bodies_never_break_the_sandbox(
    method: str, template: str, path: str, schema: str, data: st.DataObject
) -> None:
    body = data.draw(body_for(schema))
    sandbox = Sandbox(SandboxConfig(virtual_time=True))
    checker = SpecChecker()

    async def run() -> int:
        async with http_for(sandbox) as http:
            response = await http.request(method, path, json=body)
            checker.check(method, template, response)
            return response.status_code

    status = anyio.run(run)
    assert status < 500
