"""Fixtures for the client layer: operations built by hand, a fake clock, respx, a client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
import respx

from didit_async import AsyncDidit, FakeClock
from didit_async._seam import Idempotency, OperationMeta

API_KEY = "sk_test_SUPERSECRET_0123456789"
V = "https://verification.didit.me"
APX = "https://apx.didit.me"
AUTH = "https://apx.didit.me/auth/v2"


def make_op(
    operation_id: str = "things_get",
    method: Any = "GET",
    path: str = "/v3/things/",
    *,
    host: Any = "verification",
    auth: Any = ("api_key",),
    scopes: tuple[str, ...] = ("generic-get",),
    idempotency: Idempotency | None = None,
    paginated: bool = False,
    success: tuple[int, ...] = (200,),
    response_kind: Any = "json",
    request_kind: Any = "none",
) -> OperationMeta:
    if idempotency is None:
        idempotency = Idempotency("always" if method in ("GET", "DELETE") else "never")
    return OperationMeta(
        operation_id=operation_id,
        method=method,
        path=path,
        host=host,
        auth=auth,
        rate_limit_scopes=scopes,
        idempotency=idempotency,
        paginated=paginated,
        success_statuses=success,
        response_kind=response_kind,
        request_kind=request_kind,
        tag="Test",
        resource=operation_id.split("_")[0],
        method_name="_".join(operation_id.split("_")[1:]) or "call",
    )


SESSION_CREATE = make_op(
    "sessions_create",
    "POST",
    "/v3/session/",
    scopes=("generic-write", "session-create"),
    idempotency=Idempotency("if_body_field", "vendor_data"),
    success=(201,),
    request_kind="json",
)
DECISION = make_op("sessions_retrieve_decision", "GET", "/v3/session/{sessionId}/decision/")
SESSIONS_LIST = make_op("sessions_list", "GET", "/v3/sessions/", paginated=True)
AML = make_op(
    "aml_screen",
    "POST",
    "/v3/aml/",
    idempotency=Idempotency("key_header", "Idempotency-Key"),
    request_kind="json",
    scopes=("generic-write",),
)
LOGIN = make_op(
    "account_login",
    "POST",
    "/programmatic/login/",
    host="auth",
    auth=(),
    scopes=("generic-write",),
    request_kind="json",
)
VERIFY_EMAIL = make_op(
    "account_verify_email",
    "POST",
    "/programmatic/verify-email/",
    host="auth",
    auth=(),
    scopes=("generic-write",),
    request_kind="json",
)
LIST_ORGS = make_op(
    "account_list_organizations", "GET", "/organizations/me/", host="auth", auth=("bearer",)
)
BLOCKLIST_LIST = make_op(
    "blocklist_list", "GET", "/v3/blocklist/", host="apx", auth=("api_key", "bearer")
)
HEALTH = make_op("system_healthcheck", "GET", "/system/healthcheck", auth=(), scopes=())
PDF = make_op(
    "sessions_generate_pdf",
    "GET",
    "/v3/session/{sessionId}/generate-pdf/",
    scopes=("generic-get", "session-generate-pdf"),
    response_kind="binary",
)
ID_VERIFY = make_op(
    "id_verification_verify",
    "POST",
    "/v3/id-verification/",
    scopes=("generic-write",),
    request_kind="multipart",
)


@pytest.fixture
def ops() -> Any:
    """The hand-built operations, as attributes (``ops.SESSION_CREATE``)."""
    import types

    return types.SimpleNamespace(
        make=make_op,
        SESSION_CREATE=SESSION_CREATE,
        DECISION=DECISION,
        SESSIONS_LIST=SESSIONS_LIST,
        AML=AML,
        LOGIN=LOGIN,
        VERIFY_EMAIL=VERIFY_EMAIL,
        LIST_ORGS=LIST_ORGS,
        BLOCKLIST_LIST=BLOCKLIST_LIST,
        HEALTH=HEALTH,
        PDF=PDF,
        ID_VERIFY=ID_VERIFY,
        API_KEY=API_KEY,
        V=V,
        APX=APX,
        AUTH=AUTH,
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as mocked:
        yield mocked


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in (
        "DIDIT_API_KEY",
        "DIDIT_LOG",
        "DIDIT_VERIFICATION_BASE_URL",
        "DIDIT_APX_BASE_URL",
        "DIDIT_AUTH_BASE_URL",
        "DIDIT_BASE_URL",
    ):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def client_factory(clock: FakeClock) -> Callable[..., AsyncDidit]:
    def build(**kw: Any) -> AsyncDidit:
        kw.setdefault("api_key", API_KEY)
        kw.setdefault("clock", clock)
        return AsyncDidit(**kw)

    return build


@pytest.fixture
async def client(client_factory: Callable[..., AsyncDidit]) -> AsyncIterator[AsyncDidit]:
    async with client_factory() as c:
        yield c
