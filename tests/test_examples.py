"""Every example in examples/ runs green against the sandbox and shows what it promises."""

from __future__ import annotations

import importlib.util
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.anyio
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


async def test_kyc_quickstart() -> None:
    assert await load("kyc_quickstart").main() == "Approved"


async def test_review_and_blocklist_declines_the_next_attempt() -> None:
    risks = await load("review_and_blocklist").main()
    assert "FACE_IN_BLOCKLIST" in risks and "ID_DOCUMENT_IN_BLOCKLIST" in risks


async def test_share_and_import_keeps_the_status_when_trusted() -> None:
    assert await load("share_and_import").main() == "Approved"


async def test_biometric_reauth(capsys: pytest.CaptureFixture[str]) -> None:
    assert await load("biometric_reauth").main() == "Approved"
    assert "Rejected before sending: portrait_image max_length" in capsys.readouterr().out


async def test_questionnaire_workflow() -> None:
    assert await load("questionnaire_workflow").main() == 1


async def test_balance_and_top_up() -> None:
    assert await load("balance_and_top_up").main() == Decimal("350.0000")


async def test_kyb_onboarding() -> None:
    result = await load("kyb_onboarding").main()
    assert result["kind"] == "business" and result["approved"] == 1
    assert result["status"] == "FLAGGED"
    assert ("business.status.updated", "FLAGGED") in result["events"]  # type: ignore[operator]


async def test_transaction_monitoring() -> None:
    result = await load("transaction_monitoring").main()
    assert result["outcomes"] == {"pay-1": "APPROVED", "pay-2": "IN_REVIEW", "pay-3": "DECLINED"}
    assert result["bulk_ok"] == 200 and result["repeat_ok"] == 200
    assert result["stored"] == 203  # the re-run added nothing


# The blocking twins (examples/sync_*.py) on Didit: the same stories, the same outcomes.


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("kyc_quickstart", "Approved"),
        ("share_and_import", "Approved"),
        ("biometric_reauth", "Approved"),
        ("questionnaire_workflow", 1),
        ("balance_and_top_up", Decimal("350.0000")),
    ],
)
def test_sync_twin_ends_where_its_async_example_does(name: str, expected: object) -> None:
    assert load(f"sync_{name}").main() == expected


def test_sync_review_and_blocklist_declines_the_next_attempt(
    capsys: pytest.CaptureFixture[str],
) -> None:
    risks = load("sync_review_and_blocklist").main()
    assert "FACE_IN_BLOCKLIST" in risks
    assert "ID_DOCUMENT_IN_BLOCKLIST" in risks
    assert "Mallory's next attempt: Declined" in capsys.readouterr().out


# Apps of blocking web frameworks: nothing async to twin (their async counterpart is
# webhook_endpoint in a Starlette app, as in kyb_onboarding). tests/webhooks/test_framework_apps.py
# runs them on the sandbox's deliveries.
BLOCKING_APPS = {"webhooks_django", "webhooks_flask"}


def test_every_async_example_has_a_sync_twin() -> None:
    stories = {p.stem for p in EXAMPLES.glob("*.py") if not p.stem.startswith("sync_")}
    assert stories >= BLOCKING_APPS
    stories -= BLOCKING_APPS
    twins = {p.stem.removeprefix("sync_") for p in EXAMPLES.glob("sync_*.py")}
    assert twins == stories


def test_sync_kyb_onboarding_ends_where_its_async_example_does() -> None:
    result = load("sync_kyb_onboarding").main()
    assert (result["kind"], result["approved"], result["status"]) == ("business", 1, "FLAGGED")
    assert result["events"] == [("business.status.updated", "FLAGGED")]


def test_sync_transaction_monitoring_ends_where_its_async_example_does() -> None:
    result = load("sync_transaction_monitoring").main()
    assert result["outcomes"] == {"pay-1": "APPROVED", "pay-2": "IN_REVIEW", "pay-3": "DECLINED"}
    assert (result["bulk_ok"], result["repeat_ok"], result["stored"]) == (200, 200, 203)


async def test_case_management_files_a_report_for_the_resolved_case() -> None:
    result = await load("case_management").main()
    assert result["case"] == "RESOLVED" and result["report"] == "FINALIZED"
    assert result["number"].startswith("ES-STR-")


def test_sync_case_management_is_the_same_flow_on_the_blocking_client() -> None:
    result = load("sync_case_management").main()
    assert result == {"case": "RESOLVED", "report": "FINALIZED", "number": "ES-STR-000001"}
