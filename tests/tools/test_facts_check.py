"""The spec keeps agreeing with Didit's published OpenAPI facts on the operations we share.

The facts file lives beside the clone (``../shared/reference/``), as in CI; without it the
check cannot run and the test is skipped.
"""

from __future__ import annotations

import copy

import pytest

from tools import facts_check, facts_import

# What the spec reaches today (the first 69 shared operations had 1,270 of 3,633 fields, 35%,
# before the import; the case-management operations came after); an item left out needs its
# reason in tools/facts_exceptions.yaml.
SHARED_OPERATIONS = 187
MIN_COVERAGE = 1.0
MIN_AGREEMENT = 1.0

pytestmark = pytest.mark.skipif(
    not facts_check.FACTS.exists(), reason="no ../shared/reference/didit-openapi-facts.json"
)


def test_coverage_of_the_shared_operations_does_not_regress() -> None:
    _, summary = facts_check.run()
    assert summary.operations == SHARED_OPERATIONS
    assert summary.coverage >= MIN_COVERAGE, f"{summary.coverage:.1%} of documented fields"
    assert summary.agreement >= MIN_AGREEMENT, f"{summary.agreement:.1%} agree"
    assert summary.problems == 0


def test_the_importer_finds_nothing_left_to_add() -> None:
    ours, facts = facts_check.load()
    before = copy.deepcopy(ours)
    importer = facts_import.Importer(ours, facts)
    importer.run()
    assert importer.added == []
    assert ours == before


def test_a_pattern_stricter_than_didits_is_reported() -> None:
    ours, facts = facts_check.load()
    aml = ours["components"]["schemas"]["AmlRequest"]["properties"]["nationality"]
    aml["pattern"] = "^[A-Z]{3}$"
    reports = facts_check.check(ours, facts, facts_check.load_exceptions())
    [screen] = [r for r in reports if r.operation_id == "aml_screen"]
    assert any("nationality: pattern" in p for p in screen.problems)


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
