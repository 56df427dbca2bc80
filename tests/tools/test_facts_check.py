"""The spec keeps agreeing with Didit's published OpenAPI facts on the operations we share.

The facts file lives beside the clone (``../shared/reference/``), as in CI; without it the
check cannot run and the test is skipped.
"""

from __future__ import annotations

import pytest

from tools import facts_check

# What the spec reaches today; lower these only with a reason in tools/facts_exceptions.yaml.
SHARED_OPERATIONS = 69
MIN_COVERAGE = 0.34
MIN_AGREEMENT = 0.26

pytestmark = pytest.mark.skipif(
    not facts_check.FACTS.exists(), reason="no ../shared/reference/didit-openapi-facts.json"
)


def test_coverage_of_the_shared_operations_does_not_regress() -> None:
    _, summary = facts_check.run()
    assert summary.operations == SHARED_OPERATIONS
    assert summary.coverage >= MIN_COVERAGE, f"{summary.coverage:.1%} of documented fields"
    assert summary.agreement >= MIN_AGREEMENT, f"{summary.agreement:.1%} agree"


def test_a_field_removed_from_the_spec_is_reported_missing() -> None:
    ours, facts = facts_check.load()
    page = ours["components"]["schemas"]["SessionListPage"]
    del page["properties"]["count"]
    reports = facts_check.check(ours, facts, facts_check.load_exceptions())
    listing = next(r for r in reports if r.operation_id == "sessions_list")
    assert "response 200:count: missing" in listing.problems


def test_every_exception_gives_its_reason() -> None:
    for row in facts_check.load_exceptions():
        assert row["item"] and len(row["reason"]) > 20
