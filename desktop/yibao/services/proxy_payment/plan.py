"""代缴: the plan the simulation runs, built from what the user typed on the wizard's pages
and the policy facts, and the small rules the pages need while the user edits."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from yibao.domain.family import relation_between
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import (
    MSG_BENEFIT_YEAR_RANGE,
    Basis,
    FieldProblem,
    benefit_year_range,
    is_valid_benefit_year,
)
from yibao.domain.money import format_yuan
from yibao.domain.people import Member, Relation
from yibao.domain.proxy_payment import (
    DEFAULT_HORIZON_MONTHS,
    CollectionPeriod,
    DeductionSchedule,
    PlannedDeduction,
    PlanProblem,
    ProxyMode,
    ProxyPlan,
    ProxyResult,
    ProxyRules,
    Relative,
    check_plan,
    collection_period_in,
    default_order,
    project_events,
    simulate,
)
from yibao.domain.resident_pricing import (
    MemberPrice,
    Person,
    price,
)
from yibao.domain.workdays import add_months
from yibao.services.proxy_payment.setup import AccountInfo, PolicyFacts, ProxySetup

log = logging.getLogger(__name__)

# ───────────────────────────────────────────── the plan from the pages

#: How far ahead the account is projected: the simulation's own horizon (it ignores events
#: after it), so every statement about the projected account covers the same months.
HORIZON_MONTHS = DEFAULT_HORIZON_MONTHS

#: the Basis label of a contribution the user typed
TYPED_CONTRIBUTION_LABEL = QT_TRANSLATE_NOOP("services", "居民医保个人缴费")
CONTRIBUTION_KEY = "resident.contribution.individual_min"


@dataclass(frozen=True)
class GiverInput:
    """The giver's page as typed (amounts parsed)."""

    balance: Decimal
    monthly_credit: Decimal = Decimal(0)
    credit_day: int = 10
    name: str = ""
    region_code: str | None = None
    member_id: int | None = None
    #: the history the balance and credit were filled in from (``None``: typed by the user)
    account: AccountInfo | None = None


@dataclass(frozen=True)
class RelativeInput:
    """One relative as the relatives page holds it (the amount parsed)."""

    key: str
    name: str
    contribution: Decimal
    #: the amount is the book's priced figure, not changed by the user
    contribution_auto: bool = True
    price: MemberPrice | None = None
    relation: Relation | None = None
    region_code: str | None = None
    member_id: int | None = None
    share_percent: int = 100
    subsidy_group: str = ""
    special_channel: bool = False
    newborn: bool = False
    bound: bool | None = None
    period: CollectionPeriod | None = None
    price_group: str = ""
    student: bool | None = None


@dataclass(frozen=True)
class RelativeFigures:
    """What the book says for one relative: the priced contribution and the period."""

    price: MemberPrice
    period: CollectionPeriod | None


def event_horizon(plan_date: date, periods: Iterable[CollectionPeriod | None] = ()) -> date:
    """The last day the account is projected to: :data:`HORIZON_MONTHS` after *plan_date*,
    or a later collection period's end (the simulation looks that far too)."""
    ends = [p.end for p in periods if p is not None]
    return max([add_months(plan_date, HORIZON_MONTHS), *ends])


def rules_for(facts: PolicyFacts | None, threshold: Decimal | None) -> ProxyRules:
    """The giver's rules with the threshold on the page (the book's basis kept when it is
    the book's own figure; ``None`` = no threshold)."""
    base = facts.rules if facts is not None else ProxyRules()
    if threshold != base.min_retained_balance:
        return base.with_threshold(threshold)
    return base


def planned_ltc(
    facts: PolicyFacts | None, amount: Decimal, schedule: DeductionSchedule, *, from_book: bool
) -> PlannedDeduction:
    """The 长护险 deduction on the page; it rests on the book's figures when they were not
    changed (*from_book*)."""
    book = facts.ltc if facts is not None else None
    basis = book.basis if from_book and book is not None else ()
    return PlannedDeduction(amount, schedule, basis=basis)


def suggested_mode(rules: ProxyRules) -> ProxyMode | None:
    """The mode to preselect from what the book says of the region (``None``: no change)."""
    if rules.pay_then_refund:
        return ProxyMode.PAY_THEN_REFUND
    if rules.tax_channel_deduction:
        return ProxyMode.DIRECT
    if rules.wallet_quota:
        return ProxyMode.WALLET_QUOTA
    return None


def default_benefit_year(
    setup: ProxySetup | None, today: date, region_code: str | None = None
) -> int:
    """The benefit year a plan made on *today* is usually for: next year's once its
    collection period has opened in *region_code* (national without one; the book read with
    the setup), this year's before it, when the book knows no period, or while the book has
    not been read."""
    if setup is None or setup.view is None:
        return today.year
    upcoming = collection_period_in(setup.view.on(today).for_region(region_code), today.year + 1)
    if upcoming is not None and today >= upcoming.start:
        return today.year + 1
    return today.year


def giver_period(facts: PolicyFacts | None, giver_region: str | None) -> CollectionPeriod | None:
    """The collection period for the plan's benefit year where the giver is insured (the
    national usual months without a region)."""
    if facts is None:
        return None
    if giver_region:
        return facts.periods.get(giver_region) or facts.national_period
    return facts.national_period


def offered_benefit_years(today: date) -> tuple[int, int]:
    """The benefit years the plan page offers on *today* (the kernel's one definition)."""
    return benefit_year_range(today)


def benefit_year_problem(benefit_year: int, plan_date: date) -> FieldProblem | None:
    """The benefit year at field ``benefit_year`` when it is not a valid benefit year on
    *plan_date* (the kernel's one definition, as the simulation checks it)."""
    if is_valid_benefit_year(benefit_year, plan_date):
        return None
    low, high = benefit_year_range(plan_date)
    return FieldProblem.of("benefit_year", MSG_BENEFIT_YEAR_RANGE, low=str(low), high=str(high))


def price_relative(
    facts: PolicyFacts | None,
    region_code: str | None,
    person: Person,
) -> RelativeFigures | None:
    """The relative's contribution and period from the facts (national without a region);
    ``None`` while the region's figures have not been read yet."""
    if facts is None:
        return None
    region = facts.region(region_code)
    if region is None:
        return None
    period = facts.periods.get(region_code) if region_code else facts.national_period
    return RelativeFigures(price(region, person), period)


def relation_to_giver(
    setup: ProxySetup | None, giver: Member | None, member: Member
) -> Relation | None:
    """What *member* is to the giver (the household's relations are to the profile)."""
    if giver is None or giver.relation is Relation.SELF:
        return member.relation if member.relation is not Relation.SELF else None
    profile = setup.profile if setup is not None else None
    return relation_between(giver, member, profile.gender if profile is not None else None)


def amount_due(contribution: Decimal, share_percent: int) -> Decimal:
    """What the relative's share of *contribution* comes to (the simulation's own figure)."""
    return Relative("", "", contribution, pays_share=Decimal(share_percent) / 100).amount_due


def order_by_amount(rows: Iterable[tuple[str, Decimal | None, int]]) -> list[str]:
    """The keys in the simulation's default order (smallest amount due first) for rows of
    (key, contribution or ``None`` when unreadable, share percent); unreadable ones last."""
    items = list(rows)
    readable = [
        Relative(key, "", amount, pays_share=Decimal(share) / 100)
        for key, amount, share in items
        if amount is not None
    ]
    ordered = [r.key for r in default_order(readable)]
    return ordered + [key for key, amount, _share in items if amount is None]


def _relative(row: RelativeInput, typed_label: str) -> Relative:
    book_basis = Basis.from_price(row.price) if row.price is not None else None
    if row.contribution_auto and book_basis is not None:
        basis = book_basis
    else:
        basis = Basis.typed(CONTRIBUTION_KEY, typed_label, format_yuan(row.contribution))
    return Relative(
        key=row.key,
        name=row.name.strip(),
        contribution=row.contribution,
        relation=row.relation,
        region_code=row.region_code,
        pays_share=Decimal(row.share_percent) / 100,
        subsidy_group=row.subsidy_group,
        special_channel=row.special_channel and bool(row.subsidy_group),
        newborn=row.newborn,
        bound=row.bound,
        member_id=row.member_id,
        contribution_basis=basis,
        collection=row.period,
        price_group=row.price.group if row.price is not None else row.price_group,
        student=row.student,
    )


def build_plan(
    giver: GiverInput,
    relatives: Sequence[RelativeInput],
    *,
    facts: PolicyFacts | None,
    benefit_year: int,
    plan_date: date,
    mode: ProxyMode,
    threshold: Decimal | None = None,
    ltc: PlannedDeduction | None = None,
    typed_label: str = TYPED_CONTRIBUTION_LABEL,
) -> ProxyPlan:
    """The plan from the pages: the rules with the page's threshold, the account from the
    typed balance and credit (or the history's projection) up to :func:`event_horizon`,
    and the relatives in the order given. *typed_label* names a contribution the user typed."""
    info = giver.account
    balance_on = plan_date
    first_month = None
    credits: tuple[tuple[date, Decimal], ...] = ()
    if info is not None and info.balance_on is not None:
        balance_on = min(info.balance_on, plan_date)
        first_month = info.next_credit_month
        credits = tuple((d.replace(day=giver.credit_day), a) for d, a in info.projection)
    rows = tuple(_relative(r, typed_label) for r in relatives)
    events = project_events(
        balance_on,
        event_horizon(plan_date, (r.collection for r in rows)),
        monthly_credit=giver.monthly_credit,
        credit_day=giver.credit_day,
        deductions=[ltc] if ltc is not None else [],
        credits=credits,
        first_month=first_month,
    )
    return ProxyPlan(
        balance=giver.balance,
        benefit_year=benefit_year,
        plan_date=plan_date,
        mode=mode,
        relatives=rows,
        rules=rules_for(facts, threshold),
        events=events,
        balance_on=balance_on,
        giver_name=giver.name,
        giver_region=giver.region_code,
        giver_member_id=giver.member_id,
    )


def check(plan: ProxyPlan) -> tuple[PlanProblem, ...]:
    """The plan's input problems, each at its field (empty: it can run)."""
    return tuple(check_plan(plan))


def run(plan: ProxyPlan) -> ProxyResult:
    """Simulate the plan over :data:`HORIZON_MONTHS` (raises ``ProxyPlanError`` for bad input)."""
    return simulate(plan, horizon_months=HORIZON_MONTHS)
