"""The one definition of which 待遇年度 (benefit years) a person may name.

A benefit year is a calendar year (1 January to 31 December, DOMAIN.md §1). Contribution
records reach back to 1950 (the oldest 职工 histories); a plan, a simulation or a refund may
name a year from :data:`FIRST_BENEFIT_YEAR` up to two years ahead of today (the next
collection period opens in September for the following year; a statement may already list
the year after).
"""

from __future__ import annotations

from datetime import date

from yibao.domain.i18n import QT_TRANSLATE_NOOP

#: the earliest benefit year any record or plan may name
FIRST_BENEFIT_YEAR = 1950
#: how many years after today's year may be named
YEARS_AHEAD = 2

MSG_BENEFIT_YEAR_RANGE = QT_TRANSLATE_NOOP("domain", "待遇年度应在 {low} 至 {high} 之间")


def benefit_year_range(today: date) -> tuple[int, int]:
    """The first and last benefit year that may be named on *today* (both inclusive)."""
    return FIRST_BENEFIT_YEAR, today.year + YEARS_AHEAD


def is_valid_benefit_year(year: int, today: date) -> bool:
    low, high = benefit_year_range(today)
    return low <= year <= high
