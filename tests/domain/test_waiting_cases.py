"""Waiting-period, break and crediting calculation cases (``tests/domain/cases/waiting/*.toml``,
OpenFisca style): contribution history rows in, the breaks, waiting periods and credits out,
against the shipped policy book. The fields are described at the top of each case file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.domain.case_helpers import case_params
from tests.domain.history_helpers import shipped_book
from yibao.domain.account import compute_credit
from yibao.domain.contributions import ContributionRecord, Month, RecordStatus
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.waiting import employee_breaks, resident_breaks

CASES_DIR = Path(__file__).parent / "cases" / "waiting"

_RULES = {"resident_breaks", "employee_breaks", "credit"}
_FIELDS = {"name", "rule", "region", "today", "birth_date", "rows", "why", "expected"}
_CREDIT_FIELDS = {"name", "rule", "region", "birth_date", "scheme", "month", "base", "why"}
_ROW_FIELDS = {
    "month", "to", "scheme", "base", "personal", "employer", "status", "benefit_year", "paid_on",
}  # fmt: skip
_RESIDENT_EXPECTED = {
    "uncovered", "ongoing", "enrol_year", "months", "start", "benefit_start", "late_payment",
    "newborn_window_unknown", "repaired_years", "repaired_months", "repaired_start",
    "repair_cost", "standard_from_book",
}  # fmt: skip
_EMPLOYEE_EXPECTED = {
    "first", "last", "months", "ongoing", "benefits_stop", "resumes", "projected",
    "resume_region",
}  # fmt: skip
_CREDIT_EXPECTED = {"amount", "rule_region"}


def _check(file: str, raw: dict[str, Any]) -> None:
    assert raw.get("rule") in _RULES, (file, raw["name"])
    allowed = _FIELDS | _CREDIT_FIELDS if raw["rule"] == "credit" else _FIELDS
    assert not set(raw) - allowed, (file, raw["name"], set(raw) - allowed)


CASES = case_params(CASES_DIR, _check)


def _region(case: dict[str, Any]) -> str | None:
    return None if case["region"] == "national" else str(case["region"])


def _records(rows: list[dict[str, Any]]) -> list[ContributionRecord]:
    """One record per month of each row (``month`` … ``to``, both included)."""
    out = []
    for row in rows:
        assert not set(row) - _ROW_FIELDS, set(row) - _ROW_FIELDS
        first = Month.parse(row["month"])
        last = Month.parse(row.get("to", row["month"]))
        scheme = Scheme(row.get("scheme", "employee_active"))
        resident = scheme is Scheme.RESIDENT
        for index in range(first.index, last.index + 1):
            out.append(
                ContributionRecord(
                    member_id=1,
                    month=Month.from_index(index),
                    scheme=scheme,
                    personal=Decimal(row.get("personal", "400" if resident else "120")),
                    employer=Decimal(row.get("employer", "0" if resident else "480")),
                    base=None if resident else Decimal(row.get("base", "6000")),
                    status=RecordStatus(row.get("status", "paid")),
                    benefit_year=row.get("benefit_year"),
                    paid_on=row.get("paid_on"),
                )
            )
    return out


def _optional(value: Any) -> Any:
    return None if value == "none" else value


@pytest.mark.parametrize("case", CASES)
def test_waiting_case(case: dict[str, Any]) -> None:
    rule = case["rule"]
    if rule == "credit":
        _check_credit(case)
    elif rule == "resident_breaks":
        _check_resident(case)
    else:
        _check_employee(case)


def _check_resident(case: dict[str, Any]) -> None:
    found = resident_breaks(
        _records(case["rows"]),
        shipped_book(),
        _region(case),
        case["today"],
        birth_date=case.get("birth_date"),
    )
    expected = case["expected"]
    assert len(found) == len(expected), found
    for brk, want in zip(found, expected, strict=True):
        assert not set(want) - _RESIDENT_EXPECTED, set(want) - _RESIDENT_EXPECTED
        assert list(brk.uncovered) == want["uncovered"]
        assert brk.ongoing is want["ongoing"]
        assert brk.enrol_year == want["enrol_year"]
        assert brk.late_payment is want.get("late_payment", False)
        assert brk.newborn_window_unknown is want.get("newborn_window_unknown", False)
        wait = brk.without_repair
        assert wait is not None
        assert (wait.total_months, wait.start, wait.benefit_start) == (
            want["months"],
            want["start"],
            want["benefit_start"],
        )
        if "repaired_years" not in want:
            assert brk.with_repair is None
            continue
        repaired = brk.with_repair
        assert repaired is not None
        assert (repaired.repaired_years, repaired.total_months, repaired.benefit_start) == (
            want["repaired_years"],
            want["repaired_months"],
            want["repaired_start"],
        )
        if "repair_cost" in want:
            cost = _optional(want["repair_cost"])
            assert brk.repair_cost == (None if cost is None else Decimal(cost))
        if "standard_from_book" in want:
            assert brk.standard_from_book is want["standard_from_book"]


def _check_employee(case: dict[str, Any]) -> None:
    found = employee_breaks(_records(case["rows"]), shipped_book(), _region(case), case["today"])
    expected = case["expected"]
    assert len(found) == len(expected), found
    for brk, want in zip(found, expected, strict=True):
        assert not set(want) - _EMPLOYEE_EXPECTED, set(want) - _EMPLOYEE_EXPECTED
        assert (str(brk.first), str(brk.last), brk.months, brk.ongoing) == (
            want["first"],
            want["last"],
            want["months"],
            want["ongoing"],
        )
        assert str(brk.benefits_stop) == want["benefits_stop"]
        resumes = _optional(want["resumes"])
        assert (None if brk.resumes is None else str(brk.resumes)) == resumes
        if "projected" in want:
            assert brk.resume_projected is want["projected"]
        if "resume_region" in want:
            assert brk.resume_rule is not None
            assert brk.resume_rule.region_key == want["resume_region"]


def _check_credit(case: dict[str, Any]) -> None:
    scheme = Scheme(case["scheme"])
    member = Member(
        "参保人",
        Relation.SELF,
        Gender.MALE,
        case.get("birth_date"),
        scheme,
        _region(case),
    )
    base = _optional(case.get("base", "none"))
    credit = compute_credit(
        shipped_book(),
        member,
        scheme,
        Month.parse(case["month"]),
        None if base is None else Decimal(base),
    )
    (want,) = case["expected"]
    assert not set(want) - _CREDIT_EXPECTED, set(want) - _CREDIT_EXPECTED
    amount = _optional(want["amount"])
    assert credit.amount == (None if amount is None else Decimal(amount))
    if "rule_region" in want:
        assert credit.rules, "a computed credit names its rules"
        assert credit.rules[0].region_key == want["rule_region"]


def test_there_are_enough_cases() -> None:
    rules = [p.values[0]["rule"] for p in CASES]
    assert len(rules) >= 8
    assert set(rules) == _RULES
