"""代缴 wizard use cases: what the household and the policy book say, and keeping the plan.

* :func:`load_setup` – the givers (members with a personal account), the relatives to pay
  for, and — when those features exist — recorded 家庭共济 bindings and the balance and
  monthly credit from the contribution history. Both are optional: a typed balance and
  ad-hoc relatives always work.
* :func:`policy_facts` – the giver's rules (``proxy.*``, ``family.*``, ``ltc.*``) on the
  day they plan to act and each relative region's contribution and collection period for
  the benefit year, with the user's overrides applied.
* :func:`save_plan` – the simulation as a case (我的事项) of kind ``PROXY_PAYMENT``: the
  checklist for the mode, one item per relative's payment, the deadlines, inputs and result.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from yibao.domain.bindings import BindingStatus
from yibao.domain.cases import Case, CaseKind
from yibao.domain.checklists import to_case_items
from yibao.domain.family import in_force
from yibao.domain.people import Member, Relation, Scheme
from yibao.domain.policy import Override
from yibao.domain.proxy_payment import (
    CHECKLIST_ID,
    CollectionPeriod,
    ContributionFigure,
    PlannedDeduction,
    ProxyResult,
    ProxyRules,
    case_deadlines,
    case_title,
    checklist_facts,
    collection_period,
    ltc_deduction_from_book,
    merge_items,
    payment_items,
    plan_to_data,
    resident_contribution,
    result_to_data,
    rules_from_book,
)
from yibao.domain.resident_pricing import GroupRow, RegionContributions, region_contributions
from yibao.services.database import Database

log = logging.getLogger(__name__)

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
    return ProxySetup(profile, givers, tuple(relatives), bindings, accounts)


@dataclass(frozen=True)
class PolicyFacts:
    rules: ProxyRules
    ltc: PlannedDeduction | None
    #: region code → the contribution for the benefit year (``None``: not in the book)
    contributions: dict[str, ContributionFigure | None]
    #: region code → the collection period for the benefit year
    periods: dict[str, CollectionPeriod | None]
    #: the national figures, for relatives without a region
    national_contribution: ContributionFigure | None = None
    national_period: CollectionPeriod | None = None
    #: region code → the figures to price each person with (by group and uniform)
    regions: dict[str, RegionContributions] = field(default_factory=dict)
    national_region: RegionContributions | None = None

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
    contributions: dict[str, ContributionFigure | None] = {}
    periods: dict[str, CollectionPeriod | None] = {}
    regions: dict[str, RegionContributions] = {}
    for code in dict.fromkeys(relative_regions):
        contributions[code] = resident_contribution(
            book, code, benefit_year, overrides, look_back_years=LOOK_BACK_YEARS
        )
        periods[code] = collection_period(book, code, benefit_year, overrides)
        regions[code] = region_contributions(
            book, code, benefit_year, overrides, look_back_years=LOOK_BACK_YEARS
        )
    return PolicyFacts(
        rules,
        ltc,
        contributions,
        periods,
        resident_contribution(book, None, benefit_year, overrides, look_back_years=LOOK_BACK_YEARS),
        collection_period(book, None, benefit_year, overrides),
        regions,
        region_contributions(book, None, benefit_year, overrides, look_back_years=LOOK_BACK_YEARS),
    )


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
    from yibao.services.checklists import checklist_book, checklist_view

    view = checklist_view(result.plan.giver_region, result.plan.plan_date, tuple(overrides))
    entries = checklist_book().build(CHECKLIST_ID, checklist_facts(result), view)
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


def save_plan(db: Database, result: ProxyResult, notes: str = "") -> Case:
    """Save the simulation as a new case in 我的事项 and return it (with ids)."""
    from yibao.services.cases import save_case
    from yibao.services.policy import list_overrides

    case = build_case(result, notes=notes.strip(), overrides=list_overrides(db))
    saved = save_case(db, case)
    log.info("proxy-payment plan saved as case %s (%d relatives)", saved.id, len(result.rows))
    return saved
