"""Working days and calendar deadlines, on the official Chinese holiday calendar.

China's State Council publishes each year's public holidays and the weekend days worked in
lieu (调休). The ``chinesecalendar`` package carries those lists for the years published
when it was released; beyond them we fall back to "Monday–Friday are working days" and say
so (``WorkdayResult.estimated``), because a date counted that way may be off by the holidays
announced later.

The calendar sits behind :class:`WorkCalendar` so rules and tests can use a fixed one
(:func:`weekends_only` or :class:`FixedCalendar`); :func:`official_calendar` is the real
one. Calendar-month rules (``add_months``, ``end_of_next_year``) need no holiday data.
"""

from __future__ import annotations

import calendar as _calendar
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol


class WorkCalendar(Protocol):
    def is_workday(self, day: date) -> bool | None:
        """``True``/``False`` for a day the calendar knows, ``None`` beyond its data."""
        ...


class WeekendsOnly:
    """Monday to Friday are working days; no public holidays known."""

    def is_workday(self, day: date) -> bool | None:
        return None


def weekends_only() -> WorkCalendar:
    return WeekendsOnly()


@dataclass(frozen=True)
class FixedCalendar:
    """A calendar from explicit lists (for tests, or a user's own holiday list).

    Days in ``holidays`` are off, days in ``workdays`` (调休 weekends) are on; ``years`` are
    the years the lists cover completely — other years are unknown (``None``).
    """

    holidays: frozenset[date]
    workdays: frozenset[date] = frozenset()
    years: frozenset[int] = frozenset()

    def is_workday(self, day: date) -> bool | None:
        if day.year not in self.years:
            return None
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5


class _ChineseCalendar:
    """The ``chinesecalendar`` package (imported lazily; years outside its data → ``None``)."""

    def __init__(self) -> None:
        import chinese_calendar  # type: ignore[import-untyped]

        self._module = chinese_calendar
        years = {d.year for d in chinese_calendar.holidays}
        self.first_year = min(years)
        self.last_year = max(years)

    def is_workday(self, day: date) -> bool | None:
        if not (self.first_year <= day.year <= self.last_year):
            return None
        try:
            return bool(self._module.is_workday(day))
        except NotImplementedError:  # no data for that year
            return None


@functools.cache
def official_calendar() -> WorkCalendar:
    """The official holiday calendar (``chinesecalendar``), or weekends only if missing."""
    try:
        return _ChineseCalendar()
    except ImportError:  # pragma: no cover - the package is a declared dependency
        return WeekendsOnly()


def calendar_years(cal: WorkCalendar | None = None) -> tuple[int, int] | None:
    """The first and last year with official holiday data, if known."""
    cal = cal or official_calendar()
    if isinstance(cal, _ChineseCalendar):
        return cal.first_year, cal.last_year
    if isinstance(cal, FixedCalendar) and cal.years:
        return min(cal.years), max(cal.years)
    return None


@dataclass(frozen=True, slots=True)
class WorkdayResult:
    due: date
    #: some day counted lies beyond the holiday data (weekends-only estimate)
    estimated: bool = False


def is_working_day(day: date, cal: WorkCalendar | None = None) -> tuple[bool, bool]:
    """(is a working day, estimated) for *day*."""
    known = (cal or official_calendar()).is_workday(day)
    if known is None:
        return day.weekday() < 5, True
    return known, False


def add_working_days(start: date, days: int, cal: WorkCalendar | None = None) -> WorkdayResult:
    """The *days*-th working day after *start* (the start day itself is not counted).

    ``days = 0`` gives *start* if it is a working day, else the next working day.
    """
    if days < 0:
        raise ValueError("days must be >= 0")
    cal = cal or official_calendar()
    estimated = False
    current = start
    if days == 0:
        return next_working_day(start, cal)
    counted = 0
    while counted < days:
        current += timedelta(days=1)
        ok, guess = is_working_day(current, cal)
        estimated = estimated or guess
        if ok:
            counted += 1
    return WorkdayResult(current, estimated)


def next_working_day(day: date, cal: WorkCalendar | None = None) -> WorkdayResult:
    """*day* if it is a working day, else the first working day after it.

    Used for deadlines: a period whose last day falls on a rest day or holiday ends on the
    next working day (the common rule for administrative time limits).
    """
    return _nearest_working_day(day, timedelta(days=1), cal)


def previous_working_day(day: date, cal: WorkCalendar | None = None) -> WorkdayResult:
    """*day* if it is a working day, else the last working day before it (a conservative
    deadline: the counter is closed on rest days)."""
    return _nearest_working_day(day, timedelta(days=-1), cal)


def _nearest_working_day(day: date, step: timedelta, cal: WorkCalendar | None) -> WorkdayResult:
    cal = cal or official_calendar()
    current = day
    estimated = False
    for _ in range(60):
        ok, guess = is_working_day(current, cal)
        estimated = estimated or guess
        if ok:
            return WorkdayResult(current, estimated)
        current += step
    raise AssertionError("no working day within 60 days")  # pragma: no cover


def working_days_between(start: date, end: date, cal: WorkCalendar | None = None) -> int:
    """Working days in ``(start, end]`` (0 when *end* is not after *start*)."""
    cal = cal or official_calendar()
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if is_working_day(current, cal)[0]:
            count += 1
    return count


def add_days(start: date, days: int) -> date:
    return start + timedelta(days=days)


def add_months(start: date, months: int) -> date:
    """Same day *months* later, clamped to the month's end (01-31 + 1 month → 02-28/29)."""
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    last = _calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last))


def months_deadline(start: date, months: int) -> date:
    """The last day of a period of *months* starting on *start* (one day before
    :func:`add_months`): six months from 2026-03-10 run to 2026-09-09."""
    return add_months(start, months) - timedelta(days=1)


def end_of_year(day: date, years_later: int = 0) -> date:
    return date(day.year + years_later, 12, 31)


def end_of_next_year(day: date) -> date:
    return end_of_year(day, 1)


def holidays_in(days: Iterable[date], cal: WorkCalendar | None = None) -> list[date]:
    """The days among *days* that are not working days (for explanations)."""
    return [d for d in days if not is_working_day(d, cal)[0]]
