"""Breaks in contributions (断缴) and what they cost: stopped benefits and waiting periods.

* 职工医保 (including flexible workers), local rules (DOMAIN.md §6, ``secondary``): benefits
  stop the month after a break (``waiting.employee.stop_after_months``); after paying again
  they resume once ``waiting.employee.resume_after_months`` continuous months are paid
  (内江: 6), from the following month.
* 城乡居民医保, 国办发〔2024〕38号 (from 2025, ``official``): enrolling after a break means a
  fixed waiting period of 3 months plus 1 month for each uncovered year after the first;
  each extra year paid at the current standard removes one variable month (修复); after
  ``long_break_years`` (4) or more uncovered years the total is still at least 6 months.
  青岛医保's worked example: uninsured in 2025 and 2026, paid in the 2027 collection period →
  benefits from 2027-05-01; after repairing one year → 2027-04-01.

Uncovered years are counted from the year the rule took effect (the first date of
``waiting.resident.fixed_months`` in the book, 2025), as the local bureaus explain it.

The fixed 3 months also apply without any uncovered year when one pays outside the
collection period (“未在居民医保集中参保期内参保”): then they run from the payment day (a payment
for 2027 made on 2027-03-10 → benefits from 2027-06-10). Exempt (38号 “除新生儿等特殊群体外”):
a newborn enrolled within the local window ``waiting.resident.newborn_exempt_within_days``
(武汉 90 days) has benefits from birth; the other groups (``waiting.resident.exempt_groups``)
cannot be recognised from the records and are named in the advice.

Every policy value comes through a :class:`~yibao.domain.kernel.PolicyView` (typed, with
the :class:`~yibao.domain.policy.Resolved` it rests on kept for the explanation).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from yibao.domain.contributions import EMPLOYEE_SCHEMES, ContributionRecord, Month, paid_months
from yibao.domain.kernel.view import PolicyView
from yibao.domain.people import Scheme
from yibao.domain.policy import Override, PolicyBook, Resolved
from yibao.domain.workdays import add_months

# ---------------------------------------------------------------------------- employee


def _required(view: PolicyView, key: str) -> tuple[int, Resolved]:
    """A whole number the rule cannot do without (:class:`MissingPolicyValue` if absent)."""
    fact = view.integer(key)
    if fact.value is None or fact.resolved is None:
        view.require(key)
    assert fact.value is not None and fact.resolved is not None
    return fact.value, fact.resolved


def _rule(view: PolicyView, key: str, month: Month) -> tuple[int, Resolved]:
    """The rule in force in *month*; for months before the book's first entry (rules whose
    start is unknown), the rule in force on the view's day (today). The national file always
    has one (:class:`~yibao.domain.policy.MissingPolicyValue` otherwise)."""
    fact = view.on(month.first_day).integer(key)
    if fact.value is not None and fact.resolved is not None:
        return fact.value, fact.resolved
    return _required(view, key)


@dataclass(frozen=True, slots=True)
class EmployeeBreak:
    """A run of unpaid months in 职工医保 between paid months (or up to now)."""

    first: Month  # first unpaid month
    last: Month  # last unpaid month (for an ongoing break: the last month checked)
    ongoing: bool
    #: benefits paid from the pooled fund stop from this month
    benefits_stop: Month
    #: months of continuous payment needed after re-enrolling
    resume_after_months: int
    #: the month benefits resume (None while ongoing); ``resume_projected`` when it depends
    #: on continuing to pay
    resumes: Month | None
    resume_projected: bool
    #: the rules applied (``None`` when the book has none: then 1 and 6 months are assumed)
    stop_rule: Resolved | None
    resume_rule: Resolved | None

    @property
    def months(self) -> int:
        return self.last - self.first + 1


def employee_breaks(
    records: Iterable[ContributionRecord],
    book: PolicyBook,
    region_code: str | None,
    today: date,
    overrides: Sequence[Override] = (),
) -> list[EmployeeBreak]:
    """Breaks in 职工医保 months from the first paid month to last month.

    The current month is not expected to be on the statement yet, so a break is "ongoing"
    only when last month is unpaid too.
    """
    months = sorted(paid_months(records, EMPLOYEE_SCHEMES))
    if not months:
        return []
    paid = set(months)
    view = PolicyView(book, region_code, today, overrides)
    last_expected = Month.of(today).add(-1)
    out: list[EmployeeBreak] = []
    index = months[0].index
    end = max(last_expected.index, months[-1].index)
    while index <= end:
        month = Month.from_index(index)
        if month in paid:
            index += 1
            continue
        first = month
        while index <= end and Month.from_index(index) not in paid:
            index += 1
        last = Month.from_index(index - 1)
        ongoing = index > end
        stop_after, stop_rule = _rule(view, "waiting.employee.stop_after_months", first)
        resume_after, resume_rule = _rule(view, "waiting.employee.resume_after_months", last.add(1))
        resumes: Month | None = None
        projected = False
        if not ongoing:
            restart = last.add(1)
            run = 0
            probe = restart
            while probe in paid and run < resume_after:
                run += 1
                probe = probe.add(1)
            resumes = restart.add(resume_after)
            projected = run < resume_after
        out.append(
            EmployeeBreak(
                first=first,
                last=last,
                ongoing=ongoing,
                benefits_stop=first.add(stop_after),
                resume_after_months=resume_after,
                resumes=resumes,
                resume_projected=projected,
                stop_rule=stop_rule,
                resume_rule=resume_rule,
            )
        )
    return out


# ---------------------------------------------------------------------------- residents


@dataclass(frozen=True, slots=True)
class ResidentWaiting:
    """The 38号 waiting period for one enrolment after a break."""

    uncovered_years: int
    repaired_years: int
    fixed_months: int
    variable_months: int  # after repair
    total_months: int
    long_break_floor: bool  # the ≥ 4 years minimum (6 months) applied
    start: date
    benefit_start: date
    #: the most repair years that still shorten the wait
    max_useful_repair_years: int
    rules: tuple[Resolved, ...]


def resident_waiting(
    book: PolicyBook,
    region_code: str | None,
    uncovered_years: int,
    start: date,
    repaired_years: int = 0,
    overrides: Sequence[Override] = (),
    *,
    late: bool = False,
) -> ResidentWaiting | None:
    """Waiting period for enrolling (or resuming) on *start* after *uncovered_years* years
    without coverage, or — with *late* — for paying outside the collection period without
    a gap (the fixed months only); ``None`` when the 38号 rule is not in force at *start*
    or there is neither a gap nor a late payment."""
    view = PolicyView(book, region_code, start, overrides)
    fixed_fact = view.integer("waiting.resident.fixed_months")
    if fixed_fact.resolved is None or (uncovered_years <= 0 and not late):
        return None
    uncovered_years = max(uncovered_years, 0)
    keys = (
        "waiting.resident.fixed_months",
        "waiting.resident.extra_months_per_uncovered_year",
        "waiting.resident.repair_months_per_paid_year",
        "waiting.resident.long_break_years",
        "waiting.resident.long_break_min_months",
    )
    found = [_required(view, k) for k in keys]
    fixed, extra, repair, long_years, long_min = (value for value, _ in found)
    rules = tuple(rule for _, rule in found)
    variable_before = extra * max(uncovered_years - 1, 0)
    repaired = max(repaired_years, 0)
    variable = max(variable_before - repair * repaired, 0)
    total = fixed + variable
    floor = False
    if uncovered_years >= long_years and total < long_min:
        total, floor = long_min, True
    # Repairs beyond the point where the wait stops shrinking are no use.
    useful = 0
    if repair > 0 and uncovered_years > 0:
        useful = -(-variable_before // repair)
        if uncovered_years >= long_years:
            useful = min(useful, -(-max(fixed + variable_before - long_min, 0) // repair))
    return ResidentWaiting(
        uncovered_years=uncovered_years,
        repaired_years=repaired,
        fixed_months=fixed,
        variable_months=variable,
        total_months=total,
        long_break_floor=floor,
        start=start,
        benefit_start=add_months(start, total),
        max_useful_repair_years=useful,
        rules=rules,
    )


@dataclass(frozen=True, slots=True)
class ResidentBreak:
    """Uncovered benefit years of a resident (or a payment outside the collection period)
    and what enrolling again means."""

    uncovered: tuple[int, ...]  # benefit years without coverage (counted ones)
    ongoing: bool  # not covered for the current benefit year
    enrol_year: int  # the benefit year of the (next) enrolment
    without_repair: ResidentWaiting | None
    with_repair: ResidentWaiting | None
    #: cost of the repair years at the current individual standard (None if unknown)
    repair_cost: Decimal | None
    repair_standard: Decimal | None
    #: where the standard came from: the policy book, or the member's own last payment
    standard_from_book: bool
    #: paid after the collection period for ``enrol_year`` closed (the fixed months apply)
    late_payment: bool = False
    #: a newborn's first enrolment whose local window is not in the book (may be exempt)
    newborn_window_unknown: bool = False
    #: ``waiting.resident.exempt_groups`` (groups that have no waiting period), if any
    exempt_rule: Resolved | None = None


def _benefit_year(r: ContributionRecord) -> int:
    return r.benefit_year if r.benefit_year is not None else r.month.year


def resident_breaks(
    records: Iterable[ContributionRecord],
    book: PolicyBook,
    region_code: str | None,
    today: date,
    overrides: Sequence[Override] = (),
    *,
    birth_date: date | None = None,
) -> list[ResidentBreak]:
    """Each run of uncovered benefit years (from 2025 on) followed by an enrolment, each
    payment made outside the collection period, and an ongoing break when this year is not
    covered (what enrolling next would cost). *birth_date* lets a newborn's first enrolment
    within the local window count as exempt."""
    resident = [r for r in records if r.scheme is Scheme.RESIDENT and r.status.counts]
    if not resident:
        return []
    covered = {_benefit_year(r) for r in resident}
    paid_on: dict[int, date | None] = {}
    for r in sorted(resident, key=lambda r: r.paid_on or date.max):
        paid_on.setdefault(_benefit_year(r), r.paid_on)
    member = _Enrolments(
        PolicyView(book, region_code, today, overrides),
        last_amount=max(resident, key=lambda r: (_benefit_year(r), r.month)).personal,
        birth_date=birth_date,
        first_year=min(covered),
    )
    fixed_series = book.series("waiting.resident.fixed_months", "national")
    rule_year = fixed_series[0].effective_from.year if fixed_series else 2025
    out: list[ResidentBreak] = []
    gap: list[int] = []
    for year in range(member.first_year, today.year + 1):
        if year not in covered:
            if year >= rule_year:
                gap.append(year)
            continue
        found = member.enrolment(year, tuple(gap), paid_on.get(year))
        if found is not None:
            out.append(found)
        gap = []
    if gap:
        out.append(member.ongoing(tuple(gap), today))
    return out


@dataclass(frozen=True, slots=True)
class _Enrolments:
    """One resident's enrolments, as :func:`resident_breaks` goes through the years."""

    #: the member's region and overrides, on today
    view: PolicyView
    #: the member's latest individual contribution (a repair year's price if the book has none)
    last_amount: Decimal
    birth_date: date | None
    first_year: int

    def enrolment(self, year: int, gap: tuple[int, ...], when: date | None) -> ResidentBreak | None:
        """The break ending with the enrolment for *year*, paid on *when* (``None``: no
        wait — no gap and paid in time, or a newborn enrolled within the window)."""
        closes = _collection_closes(self.view, year)
        late = when is not None and closes is not None and when > closes
        if not gap and not late:
            return None
        start = date(year, 1, 1)
        if when is not None and when > start:
            start = when  # enrolled after the benefit year began: wait from payment
        newborn = _newborn(self.view, self.birth_date, year, self.first_year, when)
        if newborn is _Newborn.EXEMPT:
            return None
        brk = _resident_break(self.view, gap, False, year, start, self.last_amount, late)
        if not gap and brk.without_repair is None:
            return None
        return replace(brk, newborn_window_unknown=newborn is _Newborn.UNKNOWN)

    def ongoing(self, gap: tuple[int, ...], today: date) -> ResidentBreak:
        """Not covered now. Once next year's collection period has opened one pays for next
        year; otherwise one enrols late, now, and the current year counts as one uncovered
        year."""
        opens = _collection_opens(self.view, today.year + 1)
        enrol = today.year + 1 if opens is not None and today >= opens else today.year
        start = date(enrol, 1, 1) if enrol > today.year else today
        return _resident_break(self.view, gap, True, enrol, start, self.last_amount)


class _Newborn(enum.Enum):
    NO = "no"  # not a newborn's first enrolment
    EXEMPT = "exempt"  # enrolled within the local window: benefits from birth, no wait
    UNKNOWN = "unknown"  # a newborn, but the local window is not in the book


#: how long after birth an enrolment is still "a newborn's" when the window is unknown
_NEWBORN_YEAR = timedelta(days=366)


def _newborn(
    view: PolicyView, birth: date | None, year: int, first_year: int, paid: date | None
) -> _Newborn:
    if birth is None or paid is None or year != first_year or year < birth.year:
        return _Newborn.NO
    if paid < birth or paid - birth > _NEWBORN_YEAR:
        return _Newborn.NO
    window = view.on(birth).integer("waiting.resident.newborn_exempt_within_days").value
    if window is None:
        return _Newborn.UNKNOWN
    # the day of birth is day 1 (武汉: “出生90日及以内（含出生当日）”)
    return _Newborn.EXEMPT if (paid - birth).days < window else _Newborn.NO


def _collection_closes(view: PolicyView, benefit_year: int) -> date | None:
    """The last day of the collection period for *benefit_year*: the region's dated period
    (``resident.collection.period``) if the book has one, else the usual window
    (``resident.collection.default_window``: to December of the year before, nationally)."""
    from yibao.domain.proxy_payment import collection_period

    period = collection_period(view.book, view.region_code, benefit_year, view.overrides)
    return period.end if period is not None else None


def _collection_opens(view: PolicyView, benefit_year: int) -> date | None:
    """The first day of the usual collection period for *benefit_year*
    (``resident.collection.default_window``: September of the year before, nationally)."""
    window = view.for_benefit_year(benefit_year).table("resident.collection.default_window")
    if window.value is None:
        return None
    month = window.value.get("start_month")
    if not isinstance(month, int) or isinstance(month, bool) or not 1 <= month <= 12:
        return None
    return date(benefit_year - 1, month, 1)


def _resident_break(
    view: PolicyView,
    gap: tuple[int, ...],
    ongoing: bool,
    enrol_year: int,
    start: date,
    last_amount: Decimal,
    late: bool = False,
) -> ResidentBreak:
    book, region, overrides = view.book, view.region_code, view.overrides
    without = resident_waiting(book, region, len(gap), start, 0, overrides, late=late)
    with_repair: ResidentWaiting | None = None
    cost: Decimal | None = None
    standard: Decimal | None = None
    from_book = False
    if without is not None and without.max_useful_repair_years > 0:
        useful = without.max_useful_repair_years
        with_repair = resident_waiting(book, region, len(gap), start, useful, overrides)
        price = view.for_benefit_year(enrol_year).decimal("resident.contribution.individual_min")
        if price.value is not None:
            standard, from_book = price.value, True
        elif last_amount > 0:
            standard = last_amount
        if standard is not None:
            cost = standard * useful
    exempt = view.on(start).texts("waiting.resident.exempt_groups")
    return ResidentBreak(
        uncovered=gap,
        ongoing=ongoing,
        enrol_year=enrol_year,
        without_repair=without,
        with_repair=with_repair,
        repair_cost=cost,
        repair_standard=standard,
        standard_from_book=from_book,
        late_payment=late and not gap,
        exempt_rule=exempt.resolved,
    )
