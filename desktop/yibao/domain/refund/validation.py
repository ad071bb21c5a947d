"""Bad input at the fields: missing or impossible dates, benefit years outside the one range
every capability uses (:func:`~yibao.domain.kernel.benefit_year_range`), negative amounts."""

from __future__ import annotations

from datetime import date

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import (
    FIRST_BENEFIT_YEAR,
    MSG_BENEFIT_YEAR_RANGE,
    FieldProblem,
    benefit_year_range,
)
from yibao.domain.refund.model import Applicant, RefundRequest, Scenario, cn_date

_MSG_TERMINATION_REQUIRED = QT_TRANSLATE_NOOP(
    "domain", "请填写参保终止的日期（去世、出境定居或停保的日期）"
)
_MSG_DEATH_FUTURE = QT_TRANSLATE_NOOP("domain", "去世日期不能晚于今天（{today}）")
_MSG_DATE_TOO_EARLY = QT_TRANSLATE_NOOP("domain", "日期不能早于 {year} 年，请检查")
_MSG_ENROLMENT_REQUIRED = QT_TRANSLATE_NOOP("domain", "请填写参加职工医保的日期")
_MSG_YEAR_REQUIRED = QT_TRANSLATE_NOOP("domain", "请填写已缴居民医保费的待遇年度")
_MSG_ENROLMENT_FAR = QT_TRANSLATE_NOOP(
    "domain", "参加职工医保的日期离 {year} 年度太远，请检查年度或日期"
)
_MSG_HEIR_RELATION = QT_TRANSLATE_NOOP("domain", "请选择继承人与去世者的关系")
_MSG_NEGATIVE = QT_TRANSLATE_NOOP("domain", "金额不能是负数")

#: no date the wizard asks for lies before the first benefit year any record may name
EARLIEST_DAY = date(FIRST_BENEFIT_YEAR, 1, 1)
#: the old name of the earliest year a date may lie in (now the kernel's one definition)
EARLIEST_YEAR = FIRST_BENEFIT_YEAR


def check_request(request: RefundRequest, today: date) -> tuple[FieldProblem, ...]:
    """Input problems to show at the fields (empty when the request can be assessed).

    An applicant who may not apply is *not* a problem here: :func:`assess` explains it.
    """
    problems: list[FieldProblem] = []
    if request.scenario.is_account_payout:
        problems += _termination(request, today)
        problems += _heir(request)
    if request.scenario is Scenario.DUPLICATE_ENROLMENT:
        problems += _duplicate(request, today)
    for name in ("balance", "amount"):
        value = getattr(request, name)
        if value is not None and value < 0:
            problems.append(FieldProblem.of(name, _MSG_NEGATIVE))
    return tuple(problems)


def _too_early(name: str) -> FieldProblem:
    return FieldProblem.of(name, _MSG_DATE_TOO_EARLY, year=str(FIRST_BENEFIT_YEAR))


def _termination(request: RefundRequest, today: date) -> list[FieldProblem]:
    term = request.termination_date
    if term is None:
        return [FieldProblem.of("termination_date", _MSG_TERMINATION_REQUIRED)]
    if term < EARLIEST_DAY:
        return [_too_early("termination_date")]
    if request.scenario is Scenario.DEATH and term > today:
        return [FieldProblem.of("termination_date", _MSG_DEATH_FUTURE, today=cn_date(today))]
    return []


def _heir(request: RefundRequest) -> list[FieldProblem]:
    if (
        request.scenario is Scenario.DEATH
        and request.applicant in (Applicant.HEIR, Applicant.AGENT)
        and request.heir_relation is None
    ):
        return [FieldProblem.of("heir_relation", _MSG_HEIR_RELATION)]
    return []


def _duplicate(request: RefundRequest, today: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    low, high = benefit_year_range(today)
    year = request.benefit_year
    year_ok = year is not None and low <= year <= high
    if year is None:
        problems.append(FieldProblem.of("benefit_year", _MSG_YEAR_REQUIRED))
    elif not year_ok:
        problems.append(
            FieldProblem.of("benefit_year", MSG_BENEFIT_YEAR_RANGE, low=str(low), high=str(high))
        )
    enrolled = request.employee_enrolment_date
    if enrolled is None:
        problems.append(FieldProblem.of("employee_enrolment_date", _MSG_ENROLMENT_REQUIRED))
    elif enrolled < EARLIEST_DAY:
        problems.append(_too_early("employee_enrolment_date"))
    elif year is not None and year_ok and abs(enrolled.year - year) > 1:
        problems.append(
            FieldProblem.of("employee_enrolment_date", _MSG_ENROLMENT_FAR, year=str(year))
        )
    return problems
