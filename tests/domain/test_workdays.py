"""Working days on the official holiday calendar, and calendar-month deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from yibao.domain.workdays import (
    FixedCalendar,
    add_months,
    add_working_days,
    calendar_years,
    end_of_next_year,
    is_working_day,
    months_deadline,
    next_working_day,
    official_calendar,
    weekends_only,
    working_days_between,
)

OFFICIAL = official_calendar()


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        # 2025 National Day: 10-01 … 10-08 off; Sun 09-28 and Sat 10-11 worked (调休)
        (date(2025, 9, 26), 1, date(2025, 9, 28)),
        (date(2025, 9, 30), 1, date(2025, 10, 9)),
        (date(2025, 9, 30), 3, date(2025, 10, 11)),
        # 2026 Spring Festival: 02-15 … 02-23 off; Sat 02-14 and Sat 02-28 worked
        (date(2026, 2, 13), 1, date(2026, 2, 14)),
        (date(2026, 2, 14), 1, date(2026, 2, 24)),
        # ordinary week
        (date(2026, 3, 6), 1, date(2026, 3, 9)),
        (date(2026, 3, 2), 5, date(2026, 3, 9)),
    ],
)
def test_add_working_days_official(start: date, n: int, due: date) -> None:
    result = add_working_days(start, n, OFFICIAL)
    assert result.due == due
    assert not result.estimated


def test_thirty_working_days_over_national_day_2026() -> None:
    # 2026-09-25 (Fri) + 30: 09-28…30 (3), 10-01…07 off, 10-08…10 incl. Sat 10-10 (6), …
    result = add_working_days(date(2026, 9, 25), 30, OFFICIAL)
    assert result.due == date(2026, 11, 12)
    assert not result.estimated
    assert working_days_between(date(2026, 9, 25), result.due, OFFICIAL) == 30


def test_beyond_calendar_data_falls_back_to_weekends_and_says_so() -> None:
    years = calendar_years(OFFICIAL)
    assert years is not None and years[0] <= 2025 <= years[1]
    far = date(years[1] + 3, 1, 2)
    ok, estimated = is_working_day(far, OFFICIAL)
    assert estimated and ok is (far.weekday() < 5)
    result = add_working_days(date(years[1], 12, 28), 10, OFFICIAL)
    assert result.estimated


def test_weekends_only_and_fixed_calendar() -> None:
    assert add_working_days(date(2026, 10, 1), 1, weekends_only()).due == date(2026, 10, 2)
    assert add_working_days(date(2026, 10, 1), 1, weekends_only()).estimated
    cal = FixedCalendar(
        holidays=frozenset({date(2030, 5, 1), date(2030, 5, 2)}),
        workdays=frozenset({date(2030, 4, 27)}),
        years=frozenset({2030}),
    )
    assert add_working_days(date(2030, 4, 26), 1, cal).due == date(2030, 4, 27)
    assert add_working_days(date(2030, 4, 30), 1, cal).due == date(2030, 5, 3)
    assert calendar_years(cal) == (2030, 2030)
    assert calendar_years(weekends_only()) is None


def test_next_working_day_rolls_over_holidays() -> None:
    assert next_working_day(date(2025, 10, 1), OFFICIAL).due == date(2025, 10, 9)
    assert next_working_day(date(2025, 10, 9), OFFICIAL).due == date(2025, 10, 9)
    assert add_working_days(date(2025, 10, 4), 0, OFFICIAL).due == date(2025, 10, 9)
    with pytest.raises(ValueError):
        add_working_days(date(2025, 10, 4), -1)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 11, 22), 6, date(2027, 5, 22)),
        (date(2026, 11, 22), -12, date(2025, 11, 22)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_month_period_and_year_end() -> None:
    assert months_deadline(date(2026, 3, 10), 6) == date(2026, 9, 9)
    assert months_deadline(date(2026, 3, 1), 3) == date(2026, 5, 31)
    assert end_of_next_year(date(2026, 2, 1)) == date(2027, 12, 31)
