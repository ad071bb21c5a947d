"""Month arithmetic the 代缴 simulation needs (``add_months`` is ``domain.workdays``')."""

from __future__ import annotations

import calendar
from datetime import date

from yibao.domain.workdays import add_months

__all__ = ["add_months", "last_day", "month_start", "month_text"]


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_text(day: date) -> str:
    """``2025-03``: how a crediting month is named in the texts."""
    return f"{day.year}-{day.month:02d}"


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
