"""Contribution months and years against the retirement requirement (DOMAIN.md §9)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from tests.domain.history_helpers import member, months, record, shipped_book
from yibao.domain.contributions import (
    Month,
    MonthError,
    RecordStatus,
    covered_now,
    requirement_at_retirement,
    retirement_requirement,
    statutory_retirement_date,
    years_status,
    years_text,
)
from yibao.domain.people import Gender, Member, Relation, Scheme

TODAY = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05", Month(2024, 5)),
        ("2024/5", Month(2024, 5)),
        ("2024.05", Month(2024, 5)),
        ("202405", Month(2024, 5)),
        ("2024年5月", Month(2024, 5)),
        ("２０２４年５月", Month(2024, 5)),
        ("2024-05-01", Month(2024, 5)),
        ("20240501", Month(2024, 5)),
        (202405, Month(2024, 5)),
        (202405.0, Month(2024, 5)),
        (datetime(2024, 5, 1), Month(2024, 5)),
        (date(2024, 5, 31), Month(2024, 5)),
    ],
)
def test_month_parse(text: object, expected: Month) -> None:
    assert Month.parse(text) == expected


@pytest.mark.parametrize("text", ["2024-13", "2024-00", "abc", "", "1900-01", "20241", 2024.5])
def test_month_parse_rejects(text: object) -> None:
    with pytest.raises(MonthError) as info:
        Month.parse(text)
    assert "年月" in str(info.value)


def test_month_range_message_names_the_range_the_code_checks() -> None:
    from yibao.domain.contributions import MAX_YEAR, MIN_YEAR

    with pytest.raises(MonthError) as info:
        Month.parse("1900-01")
    assert f"{MIN_YEAR}年至{MAX_YEAR}年" in str(info.value)


def test_month_arithmetic_and_code() -> None:
    m = Month(2024, 11)
    assert m.add(3) == Month(2025, 2)
    assert m.add(-11) == Month(2023, 12)
    assert Month(2025, 2) - m == 3
    assert Month.from_code(m.code) == m and m.code == 202411
    assert str(m) == "2024-11" and m.label() == "2024年11月"
    assert sorted([Month(2025, 1), Month(2024, 12)]) == [Month(2024, 12), Month(2025, 1)]


def test_years_text() -> None:
    assert years_text(303) == "25年3个月"
    assert years_text(120) == "10年"
    assert years_text(8) == "8个月"
    assert years_text(0) == "0个月"


def _status(region: str, gender: Gender, actual: int, deemed: int):  # type: ignore[no-untyped-def]
    book = shipped_book()
    req = retirement_requirement(book, region, gender, TODAY)
    first = Month(2025, 5).add(-actual + 1)
    recs = months(str(first), "2025-05") if actual else []
    return years_status(recs, deemed, req, TODAY)


def test_luzhou_male_30_years_including_deemed_met() -> None:
    s = _status("510500", Gender.MALE, 240, 120)
    assert s.requirement is not None
    assert s.requirement.required_months == 360
    assert s.requirement.min_actual_months == 120
    assert s.requirement.includes_deemed and s.requirement.deemed_rule_stated
    assert (s.actual_months, s.deemed_months, s.counted_months) == (240, 120, 360)
    assert s.met is True and s.met_in is None


def test_luzhou_needs_10_actual_years_even_with_enough_deemed() -> None:
    s = _status("510500", Gender.MALE, 108, 360)
    assert s.counted_months == 468
    assert s.met is False
    assert s.missing_months == 0 and s.missing_actual_months == 12
    # keeps paying from 2025-06: the 12th month is 2026-05
    assert s.met_in == Month(2026, 5)


def test_luzhou_female_25_years_shortfall_and_month_met() -> None:
    s = _status("510500", Gender.FEMALE, 200, 60)
    assert s.requirement is not None and s.requirement.required_months == 300
    assert s.met is False and s.missing_months == 40
    assert s.met_in == Month(2025, 6).add(39)


def test_tianjin_rule_does_not_say_about_deemed() -> None:
    s = _status("120101", Gender.FEMALE, 240, 0)
    assert s.requirement is not None
    assert s.requirement.required_months == 240
    assert not s.requirement.deemed_rule_stated
    assert s.met is True


def test_beijing_counts_deemed_but_needs_10_actual_years() -> None:
    # 北京 (2025 onwards): 女 20 years including deemed years, of which 10 actually paid
    s = _status("110105", Gender.FEMALE, 108, 132)
    assert s.requirement is not None
    assert s.requirement.required_months == 240
    assert s.requirement.min_actual_months == 120
    assert s.requirement.includes_deemed and s.requirement.deemed_rule_stated
    assert s.counted_months == 240
    assert s.met is False and s.missing_months == 0 and s.missing_actual_months == 12


@pytest.mark.parametrize(
    ("region", "male", "female"),
    [
        ("310000", 180, 180),
        ("420100", 360, 300),
        ("610100", 360, 300),
        ("320500", 360, 300),
        ("120000", 300, 240),
    ],
)
def test_listed_cities(region: str, male: int, female: int) -> None:
    book = shipped_book()
    m = retirement_requirement(book, region, Gender.MALE, TODAY)
    f = retirement_requirement(book, region, Gender.FEMALE, TODAY)
    assert m is not None and f is not None
    assert (m.required_months, f.required_months) == (male, female)


def test_no_requirement_in_book() -> None:
    s = _status("330100", Gender.MALE, 12, 0)
    assert s.requirement is None and s.met is None


def test_arrears_and_resident_months_do_not_count() -> None:
    recs = [
        record("2024-01"),
        record("2024-02", status=RecordStatus.ARREARS),
        record("2024-03", status=RecordStatus.BACK_PAID),
        record("2024-04", scheme=Scheme.RESIDENT, benefit_year=2024),
        record("2024-04", scheme=Scheme.FLEXIBLE_ACCOUNT),
    ]
    s = years_status(recs, 0, None, TODAY)
    assert s.actual_months == 3


def test_covered_now() -> None:
    m = member()
    assert covered_now([record("2025-05")], m, TODAY)
    assert not covered_now([record("2025-03")], m, TODAY)
    assert covered_now([record("2024-11", scheme=Scheme.RESIDENT, benefit_year=2025)], m, TODAY)


# ------------------------------------------------------------------ retirement date (2025 reform)


@pytest.mark.parametrize(
    ("birth", "gender", "original", "retires"),
    [
        (date(1964, 12, 31), Gender.MALE, 55, date(2024, 12, 31)),  # before the reform: 60
        (date(1965, 1, 15), Gender.MALE, 55, date(2025, 2, 15)),  # 60 years 1 month
        (date(1965, 4, 30), Gender.MALE, 55, date(2025, 5, 30)),
        (date(1965, 5, 1), Gender.MALE, 55, date(2025, 7, 1)),  # 60 years 2 months
        (date(1976, 9, 1), Gender.MALE, 55, date(2039, 9, 1)),  # 63
        (date(1990, 1, 1), Gender.MALE, 55, date(2053, 1, 1)),  # at most 63
        (date(1969, 12, 31), Gender.FEMALE, 55, date(2024, 12, 31)),  # 55, unchanged
        (date(1970, 1, 31), Gender.FEMALE, 55, date(2025, 2, 28)),  # clamped to month end
        (date(1981, 9, 1), Gender.FEMALE, 55, date(2039, 9, 1)),  # 58
        (date(1975, 1, 1), Gender.FEMALE, 50, date(2025, 2, 1)),  # 50 years 1 month
        (date(1975, 3, 1), Gender.FEMALE, 50, date(2025, 5, 1)),  # every 2 months
        (date(1984, 11, 1), Gender.FEMALE, 50, date(2039, 11, 1)),  # 55
    ],
)
def test_statutory_retirement_date(
    birth: date, gender: Gender, original: int, retires: date
) -> None:
    assert statutory_retirement_date(birth, gender, original) == retires  # type: ignore[arg-type]


def test_requirement_is_resolved_on_the_retirement_date() -> None:
    """广州: the 2030 rule applies to someone retiring in 2030, not to today's retiree."""
    book = shipped_book()
    late = Member(
        "甲", Relation.SELF, Gender.MALE, date(1970, 6, 1), Scheme.EMPLOYEE_ACTIVE, "440106"
    )
    found = requirement_at_retirement(book, late, TODAY)
    assert found is not None and found.required_months == 360 and found.actual_local
    assert found.retirement_date == date(2031, 11, 1)
    soon = replace(late, birth_date=date(1966, 3, 1))
    assert requirement_at_retirement(book, soon, TODAY) is None  # 2026: phase-in not found
    unknown = replace(late, birth_date=None)
    req = requirement_at_retirement(book, unknown, date(2022, 6, 1))
    assert req is not None and req.required_months == 120 and req.retirement_date is None
