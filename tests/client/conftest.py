"""Fixtures for the client layer: operations from the generated table, a fake clock, respx, a
client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import attrs
import pytest
import respx

from didit_async import AsyncDidit, FakeClock
from didit_async._generated.operations import OPERATIONS
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
    response_kind: Any = "json",
    request_kind: Any = "none",
) -> OperationMeta:
    """A synthetic operation for transport behaviour no real operation has (built from a real
    one, so it cannot drift from the generated table's shape)."""
    if idempotency is None:
        idempotency = Idempotency("always" if method in ("GET", "DELETE") else "never")
    return attrs.evolve(
        OPERATIONS["sessions_retrieve_decision"],
        operation_id=operation_id,
        method=method,
        path=path,
        host=host,
        auth=auth,
        rate_limit_scopes=scopes,
        idempotency=idempotency,
        paginated=paginated,
        response_kind=response_kind,
        request_kind=request_kind,
        resource=operation_id.split("_")[0],
        method_name="_".join(operation_id.split("_")[1:]) or "call",
    )


# The real operations, from the generated table.
SESSION_CREATE = OPERATIONS["sessions_create"]
DECISION = OPERATIONS["sessions_retrieve_decision"]
SESSIONS_LIST = OPERATIONS["sessions_list"]
AML = OPERATIONS["aml_screen"]
LOGIN = OPERATIONS["account_login"]
VERIFY_EMAIL = OPERATIONS["account_verify_email"]
LIST_ORGS = OPERATIONS["account_list_organizations"]
BLOCKLIST_LIST = OPERATIONS["blocklist_list"]
HEALTH = OPERATIONS["system_healthcheck"]
PDF = OPERATIONS["sessions_generate_pdf"]
ID_VERIFY = OPERATIONS["id_verification_verify"]


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
