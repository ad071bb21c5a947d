"""Duplicate enrolment (云浮): a resident who joins 职工医保 before the resident benefit
period of the year starts may stop 居民医保 and get the individual contribution back
(``refund.resident_duplicate.before_benefit_start``); after it starts, no refund
(``…after_benefit_start``). Year N's benefit period starts on the 1st of
``resident.benefit_period.start_month`` (January when the book has nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from yibao.domain.cases import Deadline
from yibao.domain.i18n import written
from yibao.domain.kernel import Fact, Level
from yibao.domain.refund.messages import (
    _A_NEXT_YEAR,
    _DL_NEXT_YEAR,
    _R_BENEFIT_START,
    _R_BENEFIT_START_DEFAULT,
    _R_DUP_AFTER,
    _R_DUP_BEFORE,
    _R_DUP_REFUND_NO,
    _R_DUP_REFUND_UNKNOWN,
    _R_DUP_REFUND_YES,
)
from yibao.domain.refund.model import cn_date
from yibao.domain.refund.steps import Steps

START_MONTH = "resident.benefit_period.start_month"
BEFORE_START = "refund.resident_duplicate.before_benefit_start"
AFTER_START = "refund.resident_duplicate.after_benefit_start"


@dataclass(frozen=True)
class Duplicate:
    """What the duplicate-enrolment rule found."""

    benefit_start: date | None
    benefit_year: int | None
    refundable: bool


def benefit_start_month(steps: Steps, year: int) -> Fact[int] | None:
    """*year*'s benefit-period start month with its rule (``None`` when the book has no
    usable value)."""
    rule = steps.view.for_benefit_year(year).integer(START_MONTH)
    if rule.value is None or not 1 <= rule.value <= 12:
        return None
    return rule


def check_duplicate(steps: Steps) -> Duplicate:
    r = steps.request
    year, enrolled = r.benefit_year, r.employee_enrolment_date
    if year is None or enrolled is None:
        steps.add("duplicate.unknown", _R_DUP_REFUND_UNKNOWN, Level.CHECK)
        return Duplicate(None, year, False)
    start = _benefit_start(steps, year)
    before = enrolled < start
    steps.add(
        "duplicate.before" if before else "duplicate.after",
        _R_DUP_BEFORE if before else _R_DUP_AFTER,
        Level.INFO,
        enrolled=cn_date(enrolled),
        year=str(year),
        start=cn_date(start),
    )
    refundable = _refund_rule(steps, BEFORE_START if before else AFTER_START, year)
    next_year = year + 1
    next_rule = benefit_start_month(steps, next_year)
    next_start = date(next_year, next_rule.get(start.month) if next_rule else start.month, 1)
    if not refundable and next_start > steps.today:
        steps.alt("next_year", _A_NEXT_YEAR, next=str(next_year), next_start=cn_date(next_start))
        steps.deadlines.append(Deadline(written(_DL_NEXT_YEAR, {"next": next_year}), next_start))
    steps.earliest = max(enrolled, steps.today) if refundable else None
    return Duplicate(start, year, refundable)


def _benefit_start(steps: Steps, year: int) -> date:
    rule = benefit_start_month(steps, year)
    if rule is not None:
        start = date(year, rule.get(1), 1)
        steps.add(
            "duplicate.benefit_start",
            _R_BENEFIT_START,
            Level.INFO,
            rule,
            year=str(year),
            start=cn_date(start),
        )
        return start
    start = date(year, 1, 1)
    steps.add(
        "duplicate.benefit_start_default",
        _R_BENEFIT_START_DEFAULT,
        Level.INFO,
        steps.view.for_benefit_year(year).fact(START_MONTH),
        start=cn_date(start),
    )
    return start


def _refund_rule(steps: Steps, key: str, year: int) -> bool:
    said = (_R_DUP_REFUND_YES, _R_DUP_REFUND_NO, _R_DUP_REFUND_UNKNOWN)
    return steps.yes_no(key, "duplicate.refund_", said, year=str(year)) is True
