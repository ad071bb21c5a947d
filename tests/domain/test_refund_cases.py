"""Refund calculation cases (OpenFisca-style, in TOML): ``tests/domain/cases/refund/*.toml``.

Each ``[[case]]`` names a situation and says ``why`` its figures are what they are (worked out
by hand from the policy book and DOMAIN.md §8). Inputs: ``today``, ``scenario``,
``applicant``, ``region`` (6-digit code), and as the scenario needs ``scheme``,
``heir_relation``, ``other_heirs``, ``termination_date``, ``account_transferable``,
``employee_enrolment_date``, ``benefit_year``, ``balance``, ``balance_from_history``,
``amount``, ``application_date``; optional ``[[case.overrides]]`` (``region_key``,
``parameter``, ``effective_from``, ``value`` as the user types it).

``[case.expected]``: ``verdict``; optionally ``earliest_application`` (``"none"`` for no
date), ``amount`` (``"none"``), ``amount_basis``, ``arrival`` (``[first, last]`` day of the
month, or ``"unknown"``), ``deadlines`` (every due day, in order), ``findings`` (codes that
must be there), ``no_findings`` (codes that must not), ``items`` / ``no_items`` (checklist
entries that must / must not be in the built checklist).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.domain.case_helpers import case_overrides, case_params
from tests.domain.policy.conftest import SHIPPED_POLICY_DIR
from yibao.domain.checklists import ChecklistBook, load_checklists
from yibao.domain.people import Scheme
from yibao.domain.policy import PolicyBook, load_policy_book
from yibao.domain.refund import (
    CHECKLIST_ID,
    Applicant,
    HeirRelation,
    RefundRequest,
    Scenario,
    assess,
)

CASES_DIR = Path(__file__).parent / "cases" / "refund"

CHECKLISTS_DIR = SHIPPED_POLICY_DIR.parent / "checklists"

_INPUTS = {
    "scheme",
    "heir_relation",
    "other_heirs",
    "termination_date",
    "account_transferable",
    "employee_enrolment_date",
    "benefit_year",
    "balance",
    "balance_from_history",
    "amount",
    "application_date",
}
_CASE_FIELDS = {"name", "why", "today", "scenario", "applicant", "region", "overrides"}
_CASE_FIELDS |= _INPUTS | {"expected"}
_EXPECTED_FIELDS = {
    "verdict",
    "earliest_application",
    "amount",
    "amount_basis",
    "arrival",
    "deadlines",
    "findings",
    "no_findings",
    "items",
    "no_items",
}


def _check(file: str, raw: dict[str, Any]) -> None:
    assert not set(raw) - _CASE_FIELDS, f"{raw['name']}: {set(raw) - _CASE_FIELDS}"
    assert not set(raw["expected"]) - _EXPECTED_FIELDS, raw["name"]


CASES = case_params(CASES_DIR, _check)


@pytest.fixture(scope="module")
def book() -> PolicyBook:
    return load_policy_book(SHIPPED_POLICY_DIR)


@pytest.fixture(scope="module")
def checklists(book: PolicyBook) -> ChecklistBook:
    return load_checklists(CHECKLISTS_DIR, known_sources=[s.id for s in book.sources()])


def _request(raw: dict[str, Any]) -> RefundRequest:
    values: dict[str, Any] = {k: raw[k] for k in _INPUTS if k in raw}
    if "scheme" in values:
        values["scheme"] = Scheme(values["scheme"])
    if "heir_relation" in values:
        values["heir_relation"] = HeirRelation(values["heir_relation"])
    for name in ("balance", "amount"):
        if name in values:
            values[name] = Decimal(values[name])
    return RefundRequest(
        scenario=Scenario(raw["scenario"]),
        applicant=Applicant(raw["applicant"]),
        region_code=raw["region"],
        **values,
    )


def test_the_brief_cases_are_there() -> None:
    """Heirs with and without others, 出境定居, duplicates, 代缴 corrections, arrival, and
    each of waiting / ask locally / not eligible."""
    assert len(CASES) >= 10
    verdicts = {case.values[0]["expected"]["verdict"] for case in CASES}
    assert verdicts == {"eligible", "not_yet", "check_locally", "not_eligible"}
    scenarios = {case.values[0]["scenario"] for case in CASES}
    assert scenarios == {s.value for s in Scenario}
    data = [case.values[0] for case in CASES]
    heirs = [raw["other_heirs"] for raw in data if "other_heirs" in raw]
    assert True in heirs and False in heirs


@pytest.mark.parametrize("raw", CASES)
def test_refund_case(book: PolicyBook, checklists: ChecklistBook, raw: dict[str, Any]) -> None:
    want = raw["expected"]
    request = _request(raw)
    result = assess(book, request, raw["today"], case_overrides(book, raw))
    texts = [f"{f.code}: {f.text}" for f in result.reasons]
    assert result.verdict.value == want["verdict"], texts
    if "earliest_application" in want:
        expected = want["earliest_application"]
        assert result.earliest_application == (None if expected == "none" else expected)
    if "amount" in want:
        expected_amount = None if want["amount"] == "none" else Decimal(want["amount"])
        assert result.amount.value == expected_amount, result.amount.text
    if "amount_basis" in want:
        assert result.amount.basis.value == want["amount_basis"]
    if "arrival" in want:
        if want["arrival"] == "unknown":
            assert not result.arrival.known, result.arrival.text
        else:
            assert [result.arrival.earliest, result.arrival.latest] == want["arrival"]
    if "deadlines" in want:
        assert [d.due for d in result.deadlines] == want["deadlines"]
    codes = {f.code for f in result.reasons}
    assert set(want.get("findings", [])) <= codes, texts
    assert not set(want.get("no_findings", [])) & codes, texts
    if "items" in want or "no_items" in want:
        ids = {e.id for e in checklists.build(CHECKLIST_ID, result.facts)}
        assert set(want.get("items", [])) <= ids
        assert not set(want.get("no_items", [])) & ids
