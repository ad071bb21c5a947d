"""What the 代缴 simulation is asked: the relatives to pay for (:class:`Relative`) and the plan
(:class:`ProxyPlan`: the giver's balance, the benefit year, the day, the mode, the rules and
the account's events)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from yibao.domain.kernel import Basis
from yibao.domain.money import round_yuan
from yibao.domain.people import Relation
from yibao.domain.proxy_payment.account import AccountEvent
from yibao.domain.proxy_payment.labels import ProxyMode
from yibao.domain.proxy_payment.period import CollectionPeriod
from yibao.domain.proxy_payment.rules import ProxyRules

__all__ = ["ONE", "ProxyPlan", "Relative"]

ONE = Decimal(1)


@dataclass(frozen=True)
class Relative:
    """A relative whose 居民医保 the giver wants to pay for the benefit year."""

    key: str  # stable within the plan: "m12" for a household member, "a1" for an ad-hoc one
    name: str
    #: the standard individual contribution for the benefit year in the relative's region
    contribution: Decimal
    relation: Relation | None = None
    region_code: str | None = None
    #: share of the contribution the relative pays (资助参保: 0 = fully subsidised)
    pays_share: Decimal = ONE
    #: 特困人员 / 低保对象 / 孤儿 …; empty = not a subsidised group
    subsidy_group: str = ""
    #: the subsidised contribution is paid through a special channel (民政/税务), not by 代缴
    special_channel: bool = False
    newborn: bool = False
    #: 家庭共济 binding done (``None``: not known; ad-hoc relatives)
    bound: bool | None = None
    member_id: int | None = None
    contribution_basis: Basis | None = None
    collection: CollectionPeriod | None = None
    #: the contribution group used for the amount (北京: 老年人 …); empty: uniform standard
    price_group: str = ""
    #: answered "in-school student?" for regions with a student-only group (``None``: not asked)
    student: bool | None = None

    @property
    def amount_due(self) -> Decimal:
        return round_yuan(self.contribution * self.pays_share)

    @property
    def subsidised(self) -> bool:
        return bool(self.subsidy_group)


@dataclass(frozen=True)
class ProxyPlan:
    """Everything the simulation needs; ``relatives`` are in the order the user chose."""

    balance: Decimal
    benefit_year: int
    plan_date: date
    mode: ProxyMode
    relatives: tuple[Relative, ...]
    rules: ProxyRules = field(default_factory=ProxyRules)
    events: tuple[AccountEvent, ...] = ()
    #: the day the balance was read; events up to this day are already in it
    balance_on: date | None = None
    giver_name: str = ""
    giver_region: str | None = None
    giver_member_id: int | None = None
    balance_basis: Basis | None = None

    @property
    def as_of(self) -> date:
        return self.balance_on or self.plan_date
