"""Retirement-years calculation cases (``tests/domain/cases/retirement/*.toml``, OpenFisca
style): the requirement is resolved on the statutory retirement date, then set against the
months paid and the 视同 months. The field list is at the top of each case file."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.domain.history_helpers import record, shipped_book
from yibao.domain.contributions import (
    Month,
    requirement_at_retirement,
    statutory_retirement_date,
    years_status,
)
from yibao.domain.people import Gender, Member, Relation, Scheme

CASES_DIR = Path(__file__).parent / "cases" / "retirement"
_FIELDS = {
    "name",
    "region",
    "gender",
    "birth",
    "female_original_age",
    "today",
    "paid_from",
    "paid_months",
    "deemed_months",
    "expected",
}
_EXPECTED = {
    "retirement_date",
    "required_months",
    "min_actual_months",
    "actual_local",
    "met",
    "missing_months",
    "missing_actual_months",
    "met_by_retirement",
}


def _load() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        assert set(data) == {"case"}, f"{path.name}: only [[case]] tables allowed"
        for raw in data["case"]:
            assert not set(raw) - _FIELDS, (path.name, raw["name"], set(raw) - _FIELDS)
            assert not set(raw["expected"]) - _EXPECTED, (path.name, raw["name"])
            params.append(pytest.param(raw, id=f"{path.stem}: {raw['name']}"))
    return params


CASES = _load()


def test_there_are_cases_for_the_issue() -> None:
    names = " ".join(str(c.values[0]["name"]) for c in CASES)
    for words in (
        "广州 2026",
        "广州 2030",
        "武汉 在武汉实际缴费9年",
        "武汉 在武汉实际缴费10年",
        "泸州",
    ):
        assert words in names, words


@pytest.mark.parametrize("case", CASES)
def test_retirement_case(case: dict[str, Any]) -> None:
    gender = Gender.MALE if case["gender"] == "male" else Gender.FEMALE
    member = Member(
        "参保人", Relation.SELF, gender, case["birth"], Scheme.EMPLOYEE_ACTIVE, case["region"]
    )
    original = case.get("female_original_age", 55)
    today: date = case["today"]
    first = Month.parse(case["paid_from"])
    records = [record(first.add(i)) for i in range(case["paid_months"])]
    want = case["expected"]
    retires = statutory_retirement_date(member.birth_date, gender, original)  # type: ignore[arg-type]
    assert retires == want["retirement_date"]
    requirement = requirement_at_retirement(shipped_book(), member, today, (), original)
    if want["required_months"] == "none":
        assert requirement is None
        return
    assert requirement is not None
    assert requirement.retirement_date == retires and requirement.at == retires
    assert requirement.required_months == want["required_months"]
    if "min_actual_months" in want:
        assert requirement.min_actual_months == want["min_actual_months"]
    if "actual_local" in want:
        assert requirement.actual_local is want["actual_local"]
    status = years_status(records, case.get("deemed_months", 0), requirement, today)
    assert status.local_assumed is requirement.actual_local
    for key in ("met", "missing_months", "missing_actual_months", "met_by_retirement"):
        if key in want:
            assert getattr(status, key) == want[key], key
