"""代缴: what the household and the policy book say (the givers, the relatives, the account
from the contribution history, and the policy facts for the plan day)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from yibao.domain.bindings import BindingStatus
from yibao.domain.family import in_force
from yibao.domain.kernel import (
    Fact,
    PolicyView,
)
from yibao.domain.people import Member, Relation, Scheme
from yibao.domain.proxy_payment import (
    CollectionPeriod,
    PlannedDeduction,
    ProxyRules,
    collection_period,
    ltc_deduction_from_book,
    rules_from_book,
)
from yibao.domain.resident_pricing import (
    RegionContributions,
    region_contributions,
)
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
