"""待核验: when a policy value may be out of date and should be checked again.

A value is *stale* on a day when

* its source was last checked (核验日期, ``Source.checked_on``) more than 12 months before, or
* it belongs to a benefit-year parameter (``benefit_year = true`` in ``parameters.toml``:
  one figure per 待遇年度) and its series ends before the current benefit year (the figure
  is an earlier year's).

A user's own value (本地修改) is never stale by date: they entered it themselves.
"""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass
from datetime import date

from yibao.domain.i18n import QT_TRANSLATE_NOOP, fill
from yibao.domain.policy.model import ParameterInfo, Resolved

#: how long a check stays good
STALE_AFTER_MONTHS = 12

#: the mark shown next to a stale value
STALE_LABEL = QT_TRANSLATE_NOOP("domain", "待核验")


class StaleReason(enum.StrEnum):
    CHECKED_LONG_AGO = "checked_long_ago"
    SERIES_ENDED = "series_ended"

    @property
    def template(self) -> str:
        return _REASON_TEMPLATES[self]


_REASON_TEMPLATES = {
    StaleReason.CHECKED_LONG_AGO: QT_TRANSLATE_NOOP(
        "domain", "上次核验是 {checked_on}，已超过12个月，请以当地最新公布为准"
    ),
    StaleReason.SERIES_ENDED: QT_TRANSLATE_NOOP(
        "domain", "政策库里这个数只到 {last_year} 年度，{year} 年度的还没有收录，请核对当地最新标准"
    ),
}


@dataclass(frozen=True)
class Staleness:
    """Why a value is marked 待核验 (at least one reason), with the template's parameters."""

    reasons: tuple[StaleReason, ...]
    checked_on: date | None
    last_year: int | None
    current_year: int

    def params(self) -> dict[str, str]:
        return {
            "checked_on": self.checked_on.isoformat() if self.checked_on else "",
            "last_year": str(self.last_year) if self.last_year is not None else "",
            "year": str(self.current_year),
        }

    def messages(self) -> list[tuple[str, dict[str, str]]]:
        """(template, params) per reason, for ``tr``/``dtr`` in the UI."""
        return [(reason.template, self.params()) for reason in self.reasons]

    @property
    def text(self) -> str:
        """The reasons in Chinese (untranslated), joined by ``；``."""
        return "；".join(fill(reason.template, self.params()) for reason in self.reasons)


def _months_before(day: date, months: int) -> date:
    """The same day *months* earlier (the month's last day when it has fewer days)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def checked_long_ago(checked_on: date | None, today: date) -> bool:
    """More than 12 months between the 核验日期 and *today*."""
    return checked_on is not None and checked_on < _months_before(today, STALE_AFTER_MONTHS)


def staleness(
    info: ParameterInfo,
    checked_on: date | None,
    effective_to: date | None,
    today: date,
    *,
    overridden: bool = False,
) -> Staleness | None:
    """``None`` when a value of *info* is fresh on *today*; else why it is 待核验.

    *effective_to* is the value's last day (``None`` while open-ended); for a benefit-year
    parameter a last day before 1 January of today's year means an earlier year's figure.
    """
    return staleness_of(
        checked_on, effective_to, today, benefit_year=info.benefit_year, overridden=overridden
    )


def staleness_of(
    checked_on: date | None,
    effective_to: date | None,
    today: date,
    *,
    benefit_year: bool,
    overridden: bool = False,
) -> Staleness | None:
    """:func:`staleness` for a value whose parameter is (or is not) a benefit-year one."""
    if overridden:
        return None
    reasons: list[StaleReason] = []
    if checked_long_ago(checked_on, today):
        reasons.append(StaleReason.CHECKED_LONG_AGO)
    last_year: int | None = None
    if benefit_year and effective_to is not None and effective_to.year < today.year:
        reasons.append(StaleReason.SERIES_ENDED)
        last_year = effective_to.year
    if not reasons:
        return None
    return Staleness(tuple(reasons), checked_on, last_year, today.year)


def resolved_staleness(resolved: Resolved, today: date) -> Staleness | None:
    """:func:`staleness` of a resolved value (its source's 核验日期 and its last day)."""
    return staleness(
        resolved.info,
        resolved.source.checked_on if resolved.source is not None else None,
        resolved.effective_to,
        today,
        overridden=resolved.overridden,
    )
