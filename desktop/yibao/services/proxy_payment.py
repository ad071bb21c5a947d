"""代缴 wizard use cases: what the household and the policy book say, and keeping the plan.

* :func:`load_setup` – the givers (members with a personal account), the relatives to pay
  for, and — when those features exist — recorded 家庭共济 bindings and the balance and
  monthly credit from the contribution history. Both are optional: a typed balance and
  ad-hoc relatives always work.
* :func:`policy_facts` – the giver's rules (``proxy.*``, ``family.*``, ``ltc.*``) on the
  day they plan to act and each relative region's contribution and collection period for
  the benefit year, with the user's overrides applied.
* :func:`build_plan` – the plan the simulation runs, from what the user typed on the pages
  (:class:`GiverInput`, :class:`RelativeInput`) and the policy facts: the rules with a typed
  threshold, the account events up to :func:`event_horizon`, each relative's contribution
  and what it rests on; :func:`check` and :func:`run` check and simulate it.
* :func:`price_relative`, :func:`relation_to_giver`, :func:`order_by_amount`,
  :func:`suggested_mode`, :func:`planned_ltc`, :func:`default_benefit_year`,
  :func:`benefit_year_problem` – the small rules the pages need while the user edits.
* :func:`save_plan` – the simulation as a case (我的事项) of kind ``PROXY_PAYMENT``: the
  checklist for the mode, one item per relative's payment, the deadlines, inputs and result.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from yibao.domain.bindings import BindingStatus
from yibao.domain.cases import Case, CaseKind
from yibao.domain.checklists import to_case_items
from yibao.domain.family import in_force, relation_between
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import (
    MSG_BENEFIT_YEAR_RANGE,
    Basis,
    Fact,
    FieldProblem,
    PolicyView,
    benefit_year_range,
    is_valid_benefit_year,
)
from yibao.domain.money import format_yuan
from yibao.domain.people import Member, Relation, Scheme
from yibao.domain.policy import Override
from yibao.domain.proxy_payment import (
    CHECKLIST_ID,
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
    case_deadlines,
    case_title,
    check_plan,
    checklist_facts,
    collection_period,
    collection_period_in,
    default_order,
    ltc_deduction_from_book,
    merge_items,
    payment_items,
    plan_to_data,
    project_events,
    result_to_data,
    rules_from_book,
    simulate,
)
from yibao.domain.resident_pricing import (
    GroupRow,
    MemberPrice,
    Person,
    RegionContributions,
    price,
    region_contributions,
)
from yibao.domain.workdays import add_months
from yibao.services.database import Database

log = logging.getLogger(__name__)

#: the groups whose individual contribution is wholly or partly paid for (资助参保)
SUBSIDISED_GROUPS_KEY = "resident.subsidised_groups"
#: the groups whose individual contribution is wholly paid for (the relative pays 0 %)
FULLY_SUBSIDISED_GROUPS_KEY = "resident.fully_subsidised_groups"


#: how many earlier years to look back for a contribution figure the book lacks
LOOK_BACK_YEARS = 3


@dataclass(frozen=True)
class AccountInfo:
    """What the contribution history says about a giver's account (all optional)."""

    balance: Decimal | None = None
    #: the day the balance is for (today, or the end of the last month recorded)
    balance_on: date | None = None
    #: the first month whose credit is not in the balance yet
    next_credit_month: date | None = None
    monthly_credit: Decimal | None = None
    #: how the credit was computed ("2% × 6,000.00 = 120.00")
    credit_explanation: str = ""
    #: projected credits (month's first day, amount) after the balance month
    projection: tuple[tuple[date, Decimal], ...] = ()


@dataclass(frozen=True)
class ProxySetup:
    profile: Member | None
    #: members with a personal account (职工 / 退休 / 灵活就业统账结合), the profile first
    givers: tuple[Member, ...]
    #: everyone else in the household (residents first), as candidates to pay for
    relatives: tuple[Member, ...]
    #: (giver id, relative id) → True (已办理) / False (计划中); ``None`` if not recorded
    bindings: dict[tuple[int, int], bool] | None = None
    #: giver id → their account from the history (only members with history)
    accounts: dict[int, AccountInfo] = field(default_factory=dict)
    #: the policy book with the user's overrides (nationally, on the day it was read):
    #: for the plan page's defaults, moved to the region and day they are for
    view: PolicyView | None = None

    def bound(self, giver_id: int | None, relative_id: int | None) -> bool | None:
        if self.bindings is None or giver_id is None or relative_id is None:
            return None
        return self.bindings.get((giver_id, relative_id))


def _binding_map(db: Database, today: date) -> dict[tuple[int, int], bool]:
    """(giver id, relative id) → whether the binding in force is 已办理 (one per pair)."""
    from yibao.services import bindings as bindings_service

    recorded = (r.binding for r in bindings_service.list_bindings(db, today))
    return {
        (b.giver_id, b.relative_id): b.status is BindingStatus.ACTIVE
        for b in recorded
        if in_force(b)
    }


def account_info(db: Database, member_id: int, today: date) -> AccountInfo | None:
    """The balance and monthly credit from the history, or ``None`` when there is none."""
    from yibao.services import history as history_service

    summary = history_service.analyse_member(db, member_id, today=today).account
    if summary is None or summary.balance is None:
        return None
    last = summary.points[-1].month
    balance_on = min(today, last.add(1).first_day - timedelta(days=1))
    credit = summary.monthly_credit_now
    monthly = credit.amount if credit is not None else None
    projection = tuple((p.month.first_day, p.credited) for p in summary.projection)
    if monthly is None and projection:
        monthly = projection[0][1]
    return AccountInfo(
        balance=summary.balance,
        balance_on=balance_on,
        next_credit_month=last.add(1).first_day,
        monthly_credit=monthly,
        credit_explanation=(credit.formula or credit.explanation) if credit is not None else "",
        projection=projection,
    )


def load_setup(db: Database, today: date) -> ProxySetup:
    """The household as the wizard needs it (works on an empty database)."""
    from yibao.services import household

    members = household.list_members(db)
    profile = next((m for m in members if m.relation is Relation.SELF), None)
    givers = tuple(m for m in members if m.scheme.has_personal_account and m.enrolled)
    relatives = sorted(
        (m for m in members if m.relation is not Relation.SELF),
        key=lambda m: 0 if m.scheme in (Scheme.RESIDENT, Scheme.NONE) else 1,
    )
    accounts: dict[int, AccountInfo] = {}
    for giver in givers:
        if giver.id is None:
            continue
        try:
            info = account_info(db, giver.id, today)
        except Exception:  # the history is optional: never stop the wizard for it
            log.exception("account history not available for the proxy-payment wizard")
            info = None
        if info is not None:
            accounts[giver.id] = info
    bindings: dict[tuple[int, int], bool] | None
    try:
        bindings = _binding_map(db, today)
    except Exception:
        log.exception("bindings not available for the proxy-payment wizard")
        bindings = None
    return ProxySetup(profile, givers, tuple(relatives), bindings, accounts, _book_view(db, today))


def _book_view(db: Database, today: date) -> PolicyView:
    from yibao.services.policy import list_overrides, policy_book

    return PolicyView(policy_book(), None, today, tuple(list_overrides(db)))


@dataclass(frozen=True)
class PolicyFacts:
    rules: ProxyRules
    ltc: PlannedDeduction | None
    #: region code → the collection period for the benefit year
    periods: dict[str, CollectionPeriod | None]
    #: the national period, for relatives without a region
    national_period: CollectionPeriod | None = None
    #: region code → the figures to price each person with (by group and uniform)
    regions: dict[str, RegionContributions] = field(default_factory=dict)
    national_region: RegionContributions | None = None
    #: the groups whose contribution is subsidised (资助参保), in the giver's region
    subsidised_groups: tuple[str, ...] = ()
    #: region code → the groups fully subsidised there (个人不缴费), on the plan day
    fully_subsidised: dict[str, Fact[tuple[str, ...]]] = field(default_factory=dict)
    national_fully_subsidised: Fact[tuple[str, ...]] | None = None

    def fully_subsidised_in(self, code: str | None) -> Fact[tuple[str, ...]] | None:
        """The fully subsidised groups for a relative's region (national without one);
        ``None``: the region was not asked for."""
        if not code:
            return self.national_fully_subsidised
        return self.fully_subsidised.get(code)

    def region(self, code: str | None) -> RegionContributions | None:
        """The figures for a relative's region (national without one); ``None``: not asked."""
        if not code:
            return self.national_region
        return self.regions.get(code)


def policy_facts(
    db: Database,
    giver_region: str | None,
    relative_regions: Iterable[str],
    benefit_year: int,
    plan_date: date,
) -> PolicyFacts:
    """The rules for the giver's region on *plan_date*, and per relative region the
    contribution (the latest earlier year offered when the year is missing) and period."""
    from yibao.services.policy import list_overrides, policy_book

    book = policy_book()
    overrides = list_overrides(db)
    rules = rules_from_book(book, giver_region, plan_date, overrides)
    ltc = ltc_deduction_from_book(book, giver_region, plan_date, overrides)
    periods: dict[str, CollectionPeriod | None] = {}
    regions: dict[str, RegionContributions] = {}
    fully: dict[str, Fact[tuple[str, ...]]] = {}
    view = PolicyView(book, None, plan_date, overrides)
    for code in dict.fromkeys(relative_regions):
        periods[code] = collection_period(book, code, benefit_year, overrides)
        regions[code] = region_contributions(
            book, code, benefit_year, overrides, look_back_years=LOOK_BACK_YEARS
        )
        fully[code] = view.for_region(code).texts(FULLY_SUBSIDISED_GROUPS_KEY)
    return PolicyFacts(
        rules,
        ltc,
        periods,
        collection_period(book, None, benefit_year, overrides),
        regions,
        region_contributions(book, None, benefit_year, overrides, look_back_years=LOOK_BACK_YEARS),
        view.for_region(giver_region).texts(SUBSIDISED_GROUPS_KEY).get(()),
        fully,
        view.texts(FULLY_SUBSIDISED_GROUPS_KEY),
    )


def subsidised_share(facts: PolicyFacts | None, region_code: str | None, group: str) -> int | None:
    """The relative's share (percent) when *group* is chosen: 0 where the book (or the
    user's local value) lists it as fully subsidised in the relative's region on the plan
    day; ``None`` otherwise — the user types the share the local office announced."""
    if facts is None or not group:
        return None
    fact = facts.fully_subsidised_in(region_code)
    if fact is None or group not in fact.get(()):
        return None
    return 0


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


def save_local_contribution(
    db: Database,
    region: RegionContributions,
    amount_text: str,
    note: str = "",
    group: str = "",
) -> Override:
    """The user's local figure for the region and benefit year, saved as 本地修改
    (``effective_from`` = 1 January of the benefit year, at the region's own level).

    Without *group*: the uniform standard (``resident.contribution.individual_min``). With a
    group of the region's table: that group's row of ``individual_by_group`` for the year
    (the year's other rows are kept only when they are that year's own, never an earlier
    year's). Raises :class:`InvalidInput` at ``value`` / ``note``.
    """
    from yibao.domain.money import AmountError, parse_yuan
    from yibao.domain.policy import FrozenTable, format_value
    from yibao.domain.resident_pricing import BY_GROUP_KEY, UNIFORM_KEY
    from yibao.services.errors import FieldError, InvalidInput
    from yibao.services.policy import policy_book, set_override

    start = date(region.benefit_year, 1, 1)
    if not group:
        return set_override(db, region.region_key, UNIFORM_KEY, start, amount_text, note)
    try:
        amount = parse_yuan(amount_text)
    except AmountError as exc:
        raise InvalidInput(
            FieldError("value", exc.message, exc.template, exc.params, "domain")
        ) from None
    keep = region.groups if region.groups_year == region.benefit_year else ()
    rows = [r for r in keep if r.group != group]
    rows.append(GroupRow(group, amount))
    order = {name: index for index, name in enumerate(region.group_names)}
    rows.sort(key=lambda r: order.get(r.group, len(order)))
    info = policy_book().info(BY_GROUP_KEY)
    value = tuple(
        FrozenTable(
            {
                "group": r.group,
                "amount": r.amount,
                **({"min_age": r.min_age} if r.min_age is not None else {}),
                **({"max_age": r.max_age} if r.max_age is not None else {}),
                **({"student": True} if r.student else {}),
            }
        )
        for r in rows
    )
    return set_override(db, region.region_key, BY_GROUP_KEY, start, format_value(info, value), note)


def build_case(
    result: ProxyResult,
    *,
    notes: str = "",
    existing_id: int | None = None,
    overrides: Iterable[Override] = (),
) -> Case:
    """The case for a simulation result (not saved); the checklist's policy values are the
    giver's region's on the plan date, with *overrides* (the user's own values)."""
    from yibao.services.checklists import build_checklist

    entries = build_checklist(
        CHECKLIST_ID,
        checklist_facts(result),
        region_code=result.plan.giver_region,
        at=result.plan.plan_date,
        overrides=tuple(overrides),
    )
    items = merge_items(to_case_items(entries), payment_items(result))
    plan = result.plan
    return Case(
        kind=CaseKind.PROXY_PAYMENT,
        title=case_title(result),
        member_id=plan.giver_member_id,
        inputs=plan_to_data(plan),
        result=result_to_data(result),
        items=items,
        deadlines=case_deadlines(result),
        notes=notes,
        id=existing_id,
    )


def preview_case(db: Database, result: ProxyResult) -> Case:
    """The case :func:`save_plan` would save, with the user's own values (not saved)."""
    from yibao.services.policy import list_overrides

    return build_case(result, overrides=list_overrides(db))


def save_plan(db: Database, result: ProxyResult, notes: str = "") -> Case:
    """Save the simulation as a new case in 我的事项 and return it (with ids)."""
    from yibao.services.cases import save_case
    from yibao.services.policy import list_overrides

    case = build_case(result, notes=notes.strip(), overrides=list_overrides(db))
    saved = save_case(db, case)
    log.info("proxy-payment plan saved as case %s (%d relatives)", saved.id, len(result.rows))
    return saved
