"""代缴 simulation: paying relatives' 居民医保 contributions from an employee's personal account.

Nobody tells a family in advance whether the balance will cover everyone, in which order, by
which deadline and what cash is needed. This module answers that, as pure Python:

* :func:`rules_from_book` reads the giver's region's rules from the policy book (the balance
  threshold ``family.min_retained_balance``, ``proxy.*``, ``family.scope``/``reach``) and keeps,
  for every rule, where it came from (:class:`Basis`: source, confidence, region);
* :func:`resident_contribution` / :func:`collection_period` give each relative's amount and
  deadline for the benefit year from *their* region (``resident.contribution.individual_min``,
  ``resident.collection.period`` or the usual months ``resident.collection.default_window``);
* :func:`project_events` turns a monthly credit (``account.*``; typed or projected from history)
  and planned deductions such as 长护险 (``ltc.*``) into dated account events;
* :func:`simulate` walks the account through time and says, per relative, whether the account
  pays now, after which month's credit, or not before the collection period ends (and then when
  it would), the balance after each payment, the cash needed, and for the three modes:
  (a) direct deduction, (b) 先缴后返 (cash up front, money back ``proxy.refund_payout_lag_months``
  after the month of a successful application) and (c) the 医保钱包 quota (共济额度).

Money is ``Decimal`` yuan throughout, rounded half-up to the cent (``domain.money``).
User-visible text is a Chinese template marked for translation with its parameters (:class:`Note`).
"""

from __future__ import annotations

import calendar
import dataclasses
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from yibao.domain.cases import CaseItem, Deadline
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel.basis import Basis, Origin
from yibao.domain.money import ZERO, format_yuan, round_yuan
from yibao.domain.people import Relation
from yibao.domain.policy import (
    Override,
    PolicyBook,
)
from yibao.domain.regions import region_book
from yibao.domain.workdays import add_months

__all__ = [
    "AccountEvent",
    "Basis",
    "CollectionPeriod",
    "ContributionFigure",
    "DeductionSchedule",
    "EventKind",
    "Level",
    "Note",
    "Origin",
    "PaymentStatus",
    "PlanProblem",
    "PlannedDeduction",
    "ProxyMode",
    "ProxyPlan",
    "ProxyPlanError",
    "ProxyResult",
    "ProxyRules",
    "RefundState",
    "Relative",
    "RelativeResult",
    "TimelineKind",
    "TimelineRow",
    "Trigger",
    "Verdict",
    "add_months",
    "check_plan",
    "collection_period",
    "default_order",
    "ltc_deduction_from_book",
    "merge_items",
    "month_start",
    "project_events",
    "resident_contribution",
    "rules_from_book",
    "simulate",
]

ONE = Decimal(1)
#: How far ahead the simulation looks when no collection period ends it (and for the
#: "when would the balance cover it" hint after a deadline).
DEFAULT_HORIZON_MONTHS = 24


# ───────────────────────────────────────────── dates


def month_start(day: date) -> date:
    return day.replace(day=1)


def _month_text(day: date) -> str:
    return f"{day.year}-{day.month:02d}"


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


# ───────────────────────────────────────────── where a figure comes from


class Level(enum.StrEnum):
    INFO = "info"
    WARNING = "warning"
    PROBLEM = "problem"


@dataclass(frozen=True)
class Note:
    """A sentence for the user: a Chinese template (marked for translation) and its params."""

    code: str
    template: str
    params: Mapping[str, str] = field(default_factory=dict)
    basis: tuple[Basis, ...] = ()
    level: Level = Level.INFO

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


def _note(
    code: str,
    template: str,
    *basis: Basis | None,
    level: Level = Level.INFO,
    **params: str,
) -> Note:
    return Note(code, template, dict(params), tuple(b for b in basis if b is not None), level)


# ───────────────────────────────────────────── modes and states


class ProxyMode(enum.StrEnum):
    DIRECT = "direct"  # (a) 缴费时直接从个人账户扣缴（如税务渠道“家庭共济缴费”）
    PAY_THEN_REFUND = "pay_then_refund"  # (b) 先缴后返
    WALLET_QUOTA = "wallet_quota"  # (c) 医保钱包共济额度

    @property
    def label(self) -> str:
        return _MODE_LABELS[self]

    @property
    def description(self) -> str:
        return _MODE_DESCRIPTIONS[self]

    @property
    def policy_key(self) -> str:
        return _MODE_KEYS[self]


_MODE_LABELS = {
    ProxyMode.DIRECT: QT_TRANSLATE_NOOP("domain", "缴费时直接从个人账户扣"),
    ProxyMode.PAY_THEN_REFUND: QT_TRANSLATE_NOOP("domain", "先缴后返"),
    ProxyMode.WALLET_QUOTA: QT_TRANSLATE_NOOP("domain", "医保钱包共济额度"),
}
_MODE_DESCRIPTIONS = {
    ProxyMode.DIRECT: QT_TRANSLATE_NOOP(
        "domain",
        "给亲属缴居民医保时，直接从您的个人账户扣钱（如山东税务“家庭共济缴费”）。亲属不用先垫钱。",
    ),
    ProxyMode.PAY_THEN_REFUND: QT_TRANSLATE_NOOP(
        "domain",
        "亲属先自己把居民医保费缴上，您再申请从个人账户把这笔钱返还到银行卡"
        "（如河南：申请成功后次月到账）。亲属要先准备好现金。",
    ),
    ProxyMode.WALLET_QUOTA: QT_TRANSLATE_NOOP(
        "domain",
        "在国家医保服务平台“医保钱包”里给亲属设一笔共济额度，用额度给亲属缴费。"
        "额度里的钱您自己不能用，解除绑定后没用完的会退回。",
    ),
}
_MODE_KEYS = {
    ProxyMode.DIRECT: "proxy.tax_channel_deduction",
    ProxyMode.PAY_THEN_REFUND: "proxy.pay_then_refund",
    ProxyMode.WALLET_QUOTA: "proxy.wallet_quota",
}


class Verdict(enum.StrEnum):
    NOW = "now"  # 现在就能用个人账户缴
    LATER = "later"  # 等划入到账（或征缴期开始）后、截止日前能缴
    SHORT = "short"  # 截止日前余额不够
    NOT_ELIGIBLE = "not_eligible"  # 不能用个人账户代缴
    NOTHING_DUE = "nothing_due"  # 个人不用缴费（全额资助）

    @property
    def label(self) -> str:
        return _VERDICT_LABELS[self]

    @property
    def covered(self) -> bool:
        """The account pays (now or later, before the deadline)."""
        return self in (Verdict.NOW, Verdict.LATER)


_VERDICT_LABELS = {
    Verdict.NOW: QT_TRANSLATE_NOOP("domain", "现在可以代缴"),
    Verdict.LATER: QT_TRANSLATE_NOOP("domain", "稍后可以代缴"),
    Verdict.SHORT: QT_TRANSLATE_NOOP("domain", "截止前余额不够"),
    Verdict.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("domain", "不能用个人账户代缴"),
    Verdict.NOTHING_DUE: QT_TRANSLATE_NOOP("domain", "个人不用缴费"),
}


_AFTER_BINDING = QT_TRANSLATE_NOOP("domain", "绑定后可代缴")


class Trigger(enum.StrEnum):
    """What a LATER payment waits for."""

    NOW = "now"
    PERIOD_START = "period_start"  # 征缴期开始
    CREDIT = "credit"  # 某月划入到账


class PaymentStatus(enum.StrEnum):
    """Progress of one relative's payment, kept in the saved case (direct and quota modes)."""

    PLANNED = "planned"
    PAID = "paid"
    PAID_OTHERWISE = "paid_otherwise"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _PAYMENT_LABELS[self]


_PAYMENT_LABELS = {
    PaymentStatus.PLANNED: QT_TRANSLATE_NOOP("domain", "待代缴"),
    PaymentStatus.PAID: QT_TRANSLATE_NOOP("domain", "已代缴"),
    PaymentStatus.PAID_OTHERWISE: QT_TRANSLATE_NOOP("domain", "已自行缴费"),
    PaymentStatus.CANCELLED: QT_TRANSLATE_NOOP("domain", "已撤销"),
}


class RefundState(enum.StrEnum):
    """先缴后返: 未申报 → 已申报 → 申报成功 → 已返还; 失败 → 修改后重新提交 (→ 已申报)."""

    NOT_APPLIED = "not_applied"
    APPLIED = "applied"
    APPROVED = "approved"
    RETURNED = "returned"
    FAILED = "failed"

    @property
    def label(self) -> str:
        return _REFUND_LABELS[self]

    def next_states(self) -> tuple[RefundState, ...]:
        return _REFUND_NEXT[self]

    def can_become(self, other: RefundState) -> bool:
        return other in _REFUND_NEXT[self]


_REFUND_LABELS = {
    RefundState.NOT_APPLIED: QT_TRANSLATE_NOOP("domain", "未申报"),
    RefundState.APPLIED: QT_TRANSLATE_NOOP("domain", "已申报"),
    RefundState.APPROVED: QT_TRANSLATE_NOOP("domain", "申报成功"),
    RefundState.RETURNED: QT_TRANSLATE_NOOP("domain", "已返还"),
    RefundState.FAILED: QT_TRANSLATE_NOOP("domain", "失败，修改后重新提交"),
}
_REFUND_NEXT: Mapping[RefundState, tuple[RefundState, ...]] = {
    RefundState.NOT_APPLIED: (RefundState.APPLIED,),
    RefundState.APPLIED: (RefundState.APPROVED, RefundState.FAILED),
    RefundState.APPROVED: (RefundState.RETURNED, RefundState.FAILED),
    RefundState.RETURNED: (),
    # 修改后重新提交: back to 已申报
    RefundState.FAILED: (RefundState.APPLIED,),
}


# ───────────────────────────────────────────── rules


@dataclass(frozen=True)
class ProxyRules:
    """The giver's region's rules on the day they plan to act (defaults: the loosest reading,
    so a simulation without the policy book still runs; :func:`rules_from_book` fills them)."""

    #: only the balance above this is usable (Shanxi 1,000); ``None`` = no threshold
    min_retained_balance: Decimal | None = None
    requires_binding: bool = True
    requires_sufficient_balance: bool = True
    within_collection_period: bool = True
    current_year_only: bool = False
    excluded_groups: tuple[str, ...] = ()
    #: relations the account may pay for (Relation labels); ``None`` = not recorded
    scope: tuple[str, ...] | None = None
    #: 统筹区内 / 省内跨统筹区 / 跨省; ``None`` = not recorded
    reach: str | None = None
    wallet_cross_province: bool | None = None
    tax_channel_deduction: bool | None = None
    pay_then_refund: bool | None = None
    wallet_quota: bool | None = None
    refund_payout_lag_months: int | None = None
    resubmit_failed_payout: bool | None = None
    tax_invoice_issued: bool | None = None
    cancellable: bool | None = None
    quota_locked: bool | None = None
    #: policy key → where the value came from
    basis: Mapping[str, Basis] = field(default_factory=dict)

    def mode_supported(self, mode: ProxyMode) -> bool | None:
        """``True``/``False`` when the book says so for the region, ``None`` when unknown."""
        if mode is ProxyMode.DIRECT:
            return self.tax_channel_deduction
        if mode is ProxyMode.PAY_THEN_REFUND:
            return self.pay_then_refund
        return self.wallet_quota

    def basis_of(self, key: str) -> Basis | None:
        return self.basis.get(key)

    def with_threshold(self, value: Decimal | None) -> ProxyRules:
        """The same rules with the threshold the user typed (``None`` = no threshold)."""
        basis = dict(self.basis)
        if value is None:
            basis.pop("family.min_retained_balance", None)
        else:
            basis["family.min_retained_balance"] = Basis.typed(
                "family.min_retained_balance",
                QT_TRANSLATE_NOOP("domain", "可共济的余额起点"),
                format_yuan(value),
            )
        return replace(self, min_retained_balance=value, basis=basis)


#: rule attribute ← policy key, and the Python type the value must have
_RULE_KEYS: tuple[tuple[str, str, type], ...] = (
    ("min_retained_balance", "family.min_retained_balance", Decimal),
    ("requires_binding", "proxy.requires_binding", bool),
    ("requires_sufficient_balance", "proxy.requires_sufficient_balance", bool),
    ("within_collection_period", "proxy.within_collection_period", bool),
    ("current_year_only", "proxy.current_year_only", bool),
    ("excluded_groups", "proxy.excluded_groups", tuple),
    ("scope", "family.scope", tuple),
    ("reach", "family.reach", str),
    ("wallet_cross_province", "family.wallet_cross_province", bool),
    ("tax_channel_deduction", "proxy.tax_channel_deduction", bool),
    ("pay_then_refund", "proxy.pay_then_refund", bool),
    ("wallet_quota", "proxy.wallet_quota", bool),
    ("refund_payout_lag_months", "proxy.refund_payout_lag_months", int),
    ("resubmit_failed_payout", "proxy.resubmit_failed_payout", bool),
    ("tax_invoice_issued", "proxy.tax_invoice_issued", bool),
    ("cancellable", "proxy.cancellable", bool),
    ("quota_locked", "family.quota_locked", bool),
)

#: keys :func:`rules_from_book` reads (for tests and the "依据" list)
RULE_KEYS: tuple[str, ...] = tuple(key for _, key, _ in _RULE_KEYS)


def rules_from_book(
    book: PolicyBook,
    region_code: str | None,
    at: date,
    overrides: Sequence[Override] = (),
) -> ProxyRules:
    """The rules in force for the giver's region on *at* (the day they plan to act).

    A rule the book has no value for keeps :class:`ProxyRules`' default (booleans that gate
    eligibility default to the strict reading the national data gives; unknown modes stay
    ``None``, which the result reports as "not recorded, ask locally").
    """
    values: dict[str, object] = {}
    basis: dict[str, Basis] = {}
    for attr, key, kind in _RULE_KEYS:
        resolved = book.resolve(key, region_code, at, overrides)
        if resolved is None:
            continue
        value = resolved.value
        if kind is bool and not isinstance(value, bool):
            continue
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            continue
        if not isinstance(value, kind):
            continue
        values[attr] = value
        basis[key] = Basis.from_resolved(resolved)
    return ProxyRules(basis=basis, **values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class CollectionPeriod:
    """集中征缴期 of one region for one benefit year; ``estimated`` when only the usual months
    (``resident.collection.default_window``) are known."""

    start: date
    end: date
    estimated: bool = False
    basis: Basis | None = None

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def collection_period(
    book: PolicyBook,
    region_code: str | None,
    benefit_year: int,
    overrides: Sequence[Override] = (),
) -> CollectionPeriod | None:
    """The published period for *benefit_year* in the region, else the usual months."""
    at = date(benefit_year, 1, 1)
    published = book.resolve("resident.collection.period", region_code, at, overrides)
    if published is not None and isinstance(published.value, Mapping):
        start, end = published.value.get("start"), published.value.get("end")
        if isinstance(start, date) and isinstance(end, date):
            return CollectionPeriod(start, end, False, Basis.from_resolved(published))
    window = book.resolve("resident.collection.default_window", region_code, at, overrides)
    if window is None or not isinstance(window.value, Mapping):
        return None
    start_month = window.value.get("start_month")
    end_month = window.value.get("end_month")
    in_year = window.value.get("end_in_benefit_year")
    if not (isinstance(start_month, int) and isinstance(end_month, int)):
        return None
    end_year = benefit_year if in_year is True else benefit_year - 1
    return CollectionPeriod(
        date(benefit_year - 1, start_month, 1),
        _last_day(end_year, end_month),
        True,
        Basis.from_resolved(window),
    )


@dataclass(frozen=True)
class ContributionFigure:
    """A relative's individual contribution for a benefit year and where it came from;
    ``figure_year`` differs from ``benefit_year`` when the book has no figure for that year
    yet and the latest earlier one is offered as a starting point (to be edited)."""

    amount: Decimal
    basis: Basis
    benefit_year: int
    figure_year: int

    @property
    def estimated(self) -> bool:
        return self.figure_year != self.benefit_year


def resident_contribution(
    book: PolicyBook,
    region_code: str | None,
    benefit_year: int,
    overrides: Sequence[Override] = (),
    *,
    look_back_years: int = 0,
) -> ContributionFigure | None:
    """The individual 居民医保 contribution for the benefit year (the relative's region);
    with ``look_back_years`` the latest of that many earlier years when the year is missing."""
    for year in range(benefit_year, benefit_year - look_back_years - 1, -1):
        resolved = book.resolve(
            "resident.contribution.individual_min", region_code, date(year, 1, 1), overrides
        )
        if resolved is not None and isinstance(resolved.value, Decimal):
            return ContributionFigure(
                round_yuan(resolved.value), Basis.from_resolved(resolved), benefit_year, year
            )
    return None


# ───────────────────────────────────────────── account events


class EventKind(enum.StrEnum):
    CREDIT = "credit"  # 划入
    DEDUCTION = "deduction"  # 扣缴（如长护险）


class DeductionSchedule(enum.StrEnum):
    MONTHLY = "monthly"  # 按月
    YEARLY = "yearly"  # 按年（年末一次扣全年）

    @property
    def label(self) -> str:
        return _SCHEDULE_LABELS[self]

    @classmethod
    def from_policy_text(cls, text: str) -> DeductionSchedule:
        return cls.YEARLY if text == "按年" else cls.MONTHLY


_SCHEDULE_LABELS = {
    DeductionSchedule.MONTHLY: QT_TRANSLATE_NOOP("domain", "按月"),
    DeductionSchedule.YEARLY: QT_TRANSLATE_NOOP("domain", "按年"),
}


@dataclass(frozen=True)
class AccountEvent:
    """Money into (credit) or out of (deduction) the account on a day, before any 代缴."""

    on: date
    kind: EventKind
    amount: Decimal  # positive
    label: str = ""

    @property
    def signed(self) -> Decimal:
        return self.amount if self.kind is EventKind.CREDIT else -self.amount

    @property
    def month_text(self) -> str:
        return _month_text(self.on)


@dataclass(frozen=True)
class PlannedDeduction:
    """A deduction the account will take anyway (长护险): per month, or the whole year at
    year end (泰州)."""

    amount: Decimal
    schedule: DeductionSchedule = DeductionSchedule.MONTHLY
    label: str = QT_TRANSLATE_NOOP("domain", "长护险")
    basis: tuple[Basis, ...] = ()


def ltc_deduction_from_book(
    book: PolicyBook,
    region_code: str | None,
    at: date,
    overrides: Sequence[Override] = (),
) -> PlannedDeduction | None:
    """长护险 taken from the account in the giver's region, when the book records an amount."""
    monthly = book.resolve("ltc.account_deduction_monthly", region_code, at, overrides)
    if monthly is None or not isinstance(monthly.value, Decimal):
        return None
    schedule = book.resolve("ltc.deduction_schedule", region_code, at, overrides)
    kind = DeductionSchedule.MONTHLY
    basis = [Basis.from_resolved(monthly)]
    amount = round_yuan(monthly.value)
    if schedule is not None and isinstance(schedule.value, str):
        kind = DeductionSchedule.from_policy_text(schedule.value)
        basis.append(Basis.from_resolved(schedule))
        if kind is DeductionSchedule.YEARLY:
            amount = round_yuan(monthly.value * 12)
    return PlannedDeduction(amount, kind, basis=tuple(basis))


def project_events(
    since: date,
    until: date,
    *,
    monthly_credit: Decimal = ZERO,
    credit_day: int = 1,
    deductions: Iterable[PlannedDeduction] = (),
    credits: Iterable[tuple[date, Decimal]] = (),
    first_month: date | None = None,
) -> tuple[AccountEvent, ...]:
    """Account events after *since* (the balance's date) up to *until*, oldest first.

    ``monthly_credit`` arrives on ``credit_day`` of each month (clamped to the month's end);
    ``credits`` are explicit ``(month, amount)`` pairs (e.g. a history projection; the day
    is taken from the date given) and replace the flat credit for their month. Monthly
    deductions are taken on the credit day; yearly ones on 31 December. ``first_month``
    starts the flat credit later (e.g. the month after the last one a history recorded).
    """
    if not 1 <= credit_day <= 31:
        raise ValueError("credit_day must be 1..31")
    explicit = {(d.year, d.month): (d, round_yuan(a)) for d, a in credits}
    events: list[AccountEvent] = []
    month = month_start(since)
    plan = list(deductions)
    credit_label = QT_TRANSLATE_NOOP("domain", "{month} 划入")
    while month <= until:
        key = (month.year, month.month)
        last = calendar.monthrange(month.year, month.month)[1]
        day = month.replace(day=min(credit_day, last))
        if key in explicit:
            on, amount = explicit[key]
        elif first_month is not None and month < month_start(first_month):
            on, amount = day, ZERO
        else:
            on, amount = day, round_yuan(monthly_credit)
        if since < on <= until and amount > 0:
            events.append(
                AccountEvent(
                    on, EventKind.CREDIT, amount, credit_label.format(month=_month_text(on))
                )
            )
        for deduction in plan:
            when = day if deduction.schedule is DeductionSchedule.MONTHLY else None
            if deduction.schedule is DeductionSchedule.YEARLY and month.month == 12:
                when = month.replace(day=31)
            if when is not None and since < when <= until and deduction.amount > 0:
                events.append(
                    AccountEvent(
                        when, EventKind.DEDUCTION, round_yuan(deduction.amount), deduction.label
                    )
                )
        month = add_months(month, 1)
    events.sort(key=_event_order)
    return tuple(events)


def _event_order(event: AccountEvent) -> tuple[date, int]:
    # On one day the credit arrives first, then deductions are taken.
    return event.on, 0 if event.kind is EventKind.CREDIT else 1


# ───────────────────────────────────────────── the plan


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


@dataclass(frozen=True)
class PlanProblem:
    """Bad input at a field (``relatives.2.contribution`` …); ``template`` is Chinese."""

    field: str
    template: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ProxyPlanError(ValueError):
    def __init__(self, problems: Sequence[PlanProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in self.problems))


_MSG_NEGATIVE_BALANCE = QT_TRANSLATE_NOOP("domain", "余额不能是负数")
_MSG_NO_RELATIVES = QT_TRANSLATE_NOOP("domain", "请至少添加一位要代缴的亲属")
_MSG_NO_NAME = QT_TRANSLATE_NOOP("domain", "请填写第 {n} 位亲属的称呼或姓名")
_MSG_NEGATIVE_CONTRIBUTION = QT_TRANSLATE_NOOP("domain", "{name} 的缴费金额不能是负数")
_MSG_SHARE = QT_TRANSLATE_NOOP("domain", "{name} 的个人负担比例应在 0% 到 100% 之间")
_MSG_YEAR = QT_TRANSLATE_NOOP("domain", "待遇年度应在 {first} 到 {last} 年之间")
_MSG_THRESHOLD = QT_TRANSLATE_NOOP("domain", "余额起点不能是负数")
_MSG_BALANCE_DATE = QT_TRANSLATE_NOOP("domain", "余额日期不能晚于计划办理日期")


def check_plan(plan: ProxyPlan) -> list[PlanProblem]:
    """Problems with the user's input, each at its field (empty when the plan can run)."""
    problems: list[PlanProblem] = []
    if plan.balance < 0:
        problems.append(PlanProblem("balance", _MSG_NEGATIVE_BALANCE))
    if plan.balance_on is not None and plan.balance_on > plan.plan_date:
        problems.append(PlanProblem("balance_on", _MSG_BALANCE_DATE))
    first, last = 2018, plan.plan_date.year + 1
    if not first <= plan.benefit_year <= last:
        problems.append(
            PlanProblem("benefit_year", _MSG_YEAR, {"first": str(first), "last": str(last)})
        )
    threshold = plan.rules.min_retained_balance
    if threshold is not None and threshold < 0:
        problems.append(PlanProblem("min_retained_balance", _MSG_THRESHOLD))
    if not plan.relatives:
        problems.append(PlanProblem("relatives", _MSG_NO_RELATIVES))
    seen: set[str] = set()
    for index, rel in enumerate(plan.relatives):
        if rel.key in seen:
            raise ValueError(f"duplicate relative key {rel.key!r}")
        seen.add(rel.key)
        name = rel.name.strip()
        if not name:
            problems.append(
                PlanProblem(f"relatives.{index}.name", _MSG_NO_NAME, {"n": str(index + 1)})
            )
            name = str(index + 1)
        if rel.contribution < 0:
            problems.append(
                PlanProblem(
                    f"relatives.{index}.contribution", _MSG_NEGATIVE_CONTRIBUTION, {"name": name}
                )
            )
        if not ZERO <= rel.pays_share <= ONE:
            problems.append(
                PlanProblem(f"relatives.{index}.pays_share", _MSG_SHARE, {"name": name})
            )
    return problems


def default_order(relatives: Iterable[Relative]) -> list[Relative]:
    """Smallest amount first (so the most people are covered soonest), ties in given order;
    relatives who pay nothing go last."""
    items = list(relatives)
    return sorted(items, key=lambda r: (r.amount_due <= 0, r.amount_due))


# ───────────────────────────────────────────── the result


class TimelineKind(enum.StrEnum):
    START = "start"
    CREDIT = "credit"
    DEDUCTION = "deduction"
    PAYMENT = "payment"


@dataclass(frozen=True)
class TimelineRow:
    on: date
    kind: TimelineKind
    label: str
    amount: Decimal  # signed change of the balance
    balance: Decimal  # after this row
    relative_key: str | None = None


@dataclass(frozen=True)
class RelativeResult:
    relative: Relative
    position: int  # 1-based, in the chosen order
    verdict: Verdict
    amount: Decimal  # what the relative owes for the year
    reasons: tuple[Note, ...]
    #: conditions to meet first (binding …); they do not change the verdict
    conditions: tuple[Note, ...] = ()
    pay_on: date | None = None
    trigger: Trigger | None = None
    #: the credit that makes a LATER payment possible
    after_credit: AccountEvent | None = None
    balance_before: Decimal | None = None
    balance_after: Decimal | None = None
    deadline: date | None = None
    #: for SHORT: when the projected balance would cover it (after the deadline), if ever
    would_cover_on: date | None = None
    would_cover_after: AccountEvent | None = None
    #: money the family pays itself and does not get back (SHORT, NOT_ELIGIBLE)
    cash_needed: Decimal = ZERO
    #: 先缴后返: the relative pays this first …
    cash_up_front: Decimal = ZERO
    #: … and it comes back to the bank card in this month (first day of the month)
    return_month: date | None = None
    #: 医保钱包: quota to put in for this relative
    quota: Decimal = ZERO

    @property
    def waits_for_binding(self) -> bool:
        """The account could pay, but the 共济 binding it needs is only 计划中 (not done yet)."""
        return self.verdict.covered and any(
            c.code == "binding" and c.level is Level.WARNING for c in self.conditions
        )

    @property
    def status_label(self) -> str:
        """What the table shows: the verdict, or 绑定后可代缴 while the binding isn't done."""
        if self.waits_for_binding:
            return _AFTER_BINDING
        return self.verdict.label


@dataclass(frozen=True)
class ProxyResult:
    plan: ProxyPlan
    rows: tuple[RelativeResult, ...]
    #: the day "now" means: the plan date
    now: date
    balance_now: Decimal
    usable_now: Decimal
    balance_after_now: Decimal
    timeline: tuple[TimelineRow, ...]
    notes: tuple[Note, ...]
    summary: tuple[Note, ...]

    def by_verdict(self, verdict: Verdict) -> list[RelativeResult]:
        return [row for row in self.rows if row.verdict is verdict]

    def row(self, key: str) -> RelativeResult:
        for row in self.rows:
            if row.relative.key == key:
                return row
        raise KeyError(key)

    @property
    def total_due(self) -> Decimal:
        return sum((r.amount for r in self.rows), ZERO)

    @property
    def total_now(self) -> Decimal:
        return sum((r.amount for r in self.by_verdict(Verdict.NOW)), ZERO)

    @property
    def total_later(self) -> Decimal:
        return sum((r.amount for r in self.by_verdict(Verdict.LATER)), ZERO)

    @property
    def total_covered(self) -> Decimal:
        return self.total_now + self.total_later

    @property
    def cash_needed(self) -> Decimal:
        return sum((r.cash_needed for r in self.rows), ZERO)

    @property
    def cash_up_front(self) -> Decimal:
        return sum((r.cash_up_front for r in self.rows), ZERO)

    @property
    def quota_now(self) -> Decimal:
        return sum((r.quota for r in self.by_verdict(Verdict.NOW)), ZERO)

    @property
    def quota_topups(self) -> tuple[tuple[date, Decimal, tuple[str, ...]], ...]:
        """(day, amount, names) of later quota additions, by day."""
        days: dict[date, list[RelativeResult]] = {}
        for row in self.by_verdict(Verdict.LATER):
            if row.pay_on is not None and row.quota > 0:
                days.setdefault(row.pay_on, []).append(row)
        return tuple(
            (day, sum((r.quota for r in rows), ZERO), tuple(r.relative.name for r in rows))
            for day, rows in sorted(days.items())
        )

    @property
    def rest_covered_on(self) -> date | None:
        """The day the last LATER relative becomes payable (``None`` if there is none)."""
        days = [r.pay_on for r in self.by_verdict(Verdict.LATER) if r.pay_on is not None]
        return max(days) if days else None

    @property
    def deadline(self) -> date | None:
        """The latest collection-period end among the relatives the account could pay."""
        days = [r.deadline for r in self.rows if r.deadline is not None]
        return max(days) if days else None

    @property
    def all_covered(self) -> bool:
        return all(r.verdict.covered or r.verdict is Verdict.NOTHING_DUE for r in self.rows)


# ───────────────────────────────────────────── the simulation

_R_NOW = QT_TRANSLATE_NOOP(
    "domain", "现在可用余额 {usable} 够缴 {amount}，代缴后账户余额 {after}。"
)
_R_LATER_CREDIT = QT_TRANSLATE_NOOP(
    "domain",
    "现在可用余额不够；{month} 的划入到账后（约 {day}）就够了，代缴后账户余额 {after}；"
    "在截止日 {deadline} 之前。",
)
_R_LATER_CREDIT_NO_DEADLINE = QT_TRANSLATE_NOOP(
    "domain",
    "现在可用余额不够；{month} 的划入到账后（约 {day}）就够了，代缴后账户余额 {after}。",
)
_R_LATER_PERIOD = QT_TRANSLATE_NOOP(
    "domain",
    "征缴期 {start} 才开始，到时余额够缴 {amount}，代缴后账户余额 {after}；截止日 {deadline}。",
)
_R_SHORT_LATE = QT_TRANSLATE_NOOP(
    "domain",
    "截止日 {deadline} 之前可用余额不够缴 {amount}；按预计的每月划入，要到 {month} 的划入到账后"
    "（约 {day}）才够，已经晚了。请在截止日前自己缴这 {amount}（现金、银行卡或微信支付宝）。",
)
_R_SHORT_NEVER = QT_TRANSLATE_NOOP(
    "domain",
    "截止日 {deadline} 之前可用余额不够缴 {amount}；按预计的划入，{until} 之前也不够。"
    "请在截止日前自己缴这 {amount}（现金、银行卡或微信支付宝）。",
)
_R_SHORT_NO_DEADLINE = QT_TRANSLATE_NOOP(
    "domain",
    "按预计的划入，{until} 之前可用余额都不够缴 {amount}。请自己缴费，或多填几个月的划入再算。",
)
_R_REFUND_ROW = QT_TRANSLATE_NOOP(
    "domain",
    "先缴后返：{name}先自己缴 {amount}；您申请成功后，约 {month} 返还到银行卡。",
)
_R_REFUND_ROW_NO_LAG = QT_TRANSLATE_NOOP(
    "domain",
    "先缴后返：{name}先自己缴 {amount}；您申请成功后返还到银行卡，到账月份请向当地确认。",
)
_R_QUOTA_ROW = QT_TRANSLATE_NOOP(
    "domain", "医保钱包：{day} 给{name}设共济额度 {amount}，用额度缴费。"
)
_R_NOTHING_DUE = QT_TRANSLATE_NOOP("domain", "{group}个人不用缴费（由政府全额资助），不需要代缴。")
_R_NEWBORN = QT_TRANSLATE_NOOP(
    "domain",
    "新生儿一般在出生后通过专门渠道办理参保缴费，不能用个人账户代缴，请按当地新生儿参保办法办理。",
)
_R_SPECIAL_CHANNEL = QT_TRANSLATE_NOOP(
    "domain",
    "{group}的个人缴费部分通过专门渠道缴纳，不能用个人账户代缴；"
    "请按当地资助参保的办法缴 {amount}。",
)
_R_SCOPE = QT_TRANSLATE_NOOP(
    "domain",
    "本地区个人账户只能为{scope}代缴，{relation}不在范围内；请亲属自己缴 {amount}。",
)
_R_REACH_POOLING = QT_TRANSLATE_NOOP(
    "domain",
    "本地区只能在同一统筹区内共济，{name}的参保地（{region}）不同；请亲属自己缴 {amount}。",
)
_R_REACH_PROVINCE = QT_TRANSLATE_NOOP(
    "domain",
    "本地区只能在省内共济，{name}的参保地（{region}）在外省；请亲属自己缴 {amount}。",
)
_R_NOT_CURRENT_YEAR = QT_TRANSLATE_NOOP(
    "domain",
    "本地区只能代缴当年的居民医保费，不能代缴 {year} 年度（补缴往年）；请亲属自己按补缴办法办理。",
)
_R_PERIOD_OVER = QT_TRANSLATE_NOOP(
    "domain",
    "{year} 年度的征缴期 {end} 已经结束，过了缴费期不能再代缴；补缴要按当地办法办理，"
    "并可能有待遇等待期。",
)
_C_BIND = QT_TRANSLATE_NOOP("domain", "先在医保 APP 或窗口办好与{name}的家庭共济绑定，才能代缴。")
_C_BIND_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "请确认已经办好与{name}的家庭共济绑定；没绑定的要先绑定才能代缴。"
)
_C_PERIOD_ESTIMATED = QT_TRANSLATE_NOOP(
    "domain",
    "{region}{year} 年度的征缴期按通常月份估计为 {start} 至 {end}，请以当地公布的日期为准。",
)
_C_NO_PERIOD = QT_TRANSLATE_NOOP(
    "domain",
    "不知道{name}参保地 {year} 年度的征缴期，没有按截止日计算；请向当地确认缴费截止日期。",
)


@dataclass
class _Candidate:
    index: int
    rel: Relative
    amount: Decimal
    start: date
    end: date | None


@dataclass(frozen=True)
class _Paid:
    on: date
    trigger: Trigger
    after_credit: AccountEvent | None
    before: Decimal
    after: Decimal


def _usable(balance: Decimal, rules: ProxyRules) -> Decimal:
    retained = rules.min_retained_balance or ZERO
    return max(ZERO, balance - retained)


def _run(
    plan: ProxyPlan,
    candidates: Sequence[_Candidate],
    horizon: date,
    *,
    enforce_deadline: bool,
) -> tuple[dict[str, _Paid], list[TimelineRow]]:
    """Walk the account day by day (only days when something can change) and pay each
    candidate, in order, on the first day the usable balance covers them in their window.

    A candidate that does not fit does not block later ones (the family can pay them
    separately); the order decides who goes first when the money is tight.
    """
    rules = plan.rules
    since = plan.as_of
    events = sorted((e for e in plan.events if since < e.on <= horizon), key=_event_order)
    points = {plan.plan_date}
    points.update(c.start for c in candidates if c.start >= plan.plan_date)
    points.update(e.on for e in events if e.on > plan.plan_date)
    balance = plan.balance
    timeline = [TimelineRow(plan.as_of, TimelineKind.START, "", ZERO, balance)]
    paid: dict[str, _Paid] = {}
    next_event = 0
    last_credit: AccountEvent | None = None
    for day in sorted(p for p in points if p <= horizon):
        while next_event < len(events) and events[next_event].on <= day:
            event = events[next_event]
            next_event += 1
            balance += event.signed
            timeline.append(
                TimelineRow(
                    event.on,
                    TimelineKind.CREDIT
                    if event.kind is EventKind.CREDIT
                    else TimelineKind.DEDUCTION,
                    event.label,
                    event.signed,
                    balance,
                )
            )
            if event.kind is EventKind.CREDIT and event.on > plan.plan_date:
                last_credit = event
        for cand in candidates:
            key = cand.rel.key
            if key in paid or day < cand.start:
                continue
            if enforce_deadline and cand.end is not None and day > cand.end:
                continue
            if _usable(balance, rules) < cand.amount:
                continue
            if day == plan.plan_date:
                trigger, credit = Trigger.NOW, None
            elif day == cand.start and (last_credit is None or last_credit.on < cand.start):
                trigger, credit = Trigger.PERIOD_START, None
            elif last_credit is not None:
                trigger, credit = Trigger.CREDIT, last_credit
            else:
                trigger, credit = Trigger.PERIOD_START, None
            before = balance
            balance -= cand.amount
            paid[key] = _Paid(day, trigger, credit, before, balance)
            timeline.append(
                TimelineRow(day, TimelineKind.PAYMENT, cand.rel.name, -cand.amount, balance, key)
            )
    # Events after the last payment still show in the timeline up to the horizon.
    while next_event < len(events):
        event = events[next_event]
        next_event += 1
        balance += event.signed
        timeline.append(
            TimelineRow(
                event.on,
                TimelineKind.CREDIT if event.kind is EventKind.CREDIT else TimelineKind.DEDUCTION,
                event.label,
                event.signed,
                balance,
            )
        )
    return paid, timeline


def _regions_differ(plan: ProxyPlan, rel: Relative) -> Note | None:
    """A reach problem between the giver's and the relative's insured regions, if any."""
    reach = plan.rules.reach
    if reach is None or reach == "跨省" or not plan.giver_region or not rel.region_code:
        return None
    basis = plan.rules.basis_of("family.reach")
    book = region_book()
    amount = format_yuan(rel.amount_due)
    region = book.full_name(rel.region_code)
    if reach == "统筹区内":
        mine = book.pooling_region_of(plan.giver_region)
        theirs = book.pooling_region_of(rel.region_code)
        if mine is not None and theirs is not None and mine.code != theirs.code:
            if plan.mode is ProxyMode.WALLET_QUOTA and plan.rules.wallet_cross_province:
                return None
            return _note(
                "reach_pooling",
                _R_REACH_POOLING,
                basis,
                level=Level.PROBLEM,
                name=rel.name,
                region=region,
                amount=amount,
            )
        return None
    if plan.giver_region[:2] != rel.region_code[:2]:
        if plan.mode is ProxyMode.WALLET_QUOTA and plan.rules.wallet_cross_province:
            return None
        return _note(
            "reach_province",
            _R_REACH_PROVINCE,
            basis,
            level=Level.PROBLEM,
            name=rel.name,
            region=region,
            amount=amount,
        )
    return None


def _ineligible(plan: ProxyPlan, rel: Relative) -> Note | None:
    rules = plan.rules
    amount = format_yuan(rel.amount_due)
    excluded = rules.excluded_groups
    excluded_basis = rules.basis_of("proxy.excluded_groups")
    if rel.newborn and (not excluded or any("新生儿" in g for g in excluded)):
        return _note("newborn", _R_NEWBORN, excluded_basis, level=Level.PROBLEM)
    if rel.subsidised and rel.special_channel:
        return _note(
            "special_channel",
            _R_SPECIAL_CHANNEL,
            excluded_basis,
            level=Level.PROBLEM,
            group=rel.subsidy_group,
            amount=amount,
        )
    if rules.current_year_only and plan.benefit_year < plan.plan_date.year:
        return _note(
            "not_current_year",
            _R_NOT_CURRENT_YEAR,
            rules.basis_of("proxy.current_year_only"),
            level=Level.PROBLEM,
            year=str(plan.benefit_year),
        )
    if (
        rules.scope is not None
        and rel.relation is not None
        and rel.relation.label not in rules.scope
    ):
        return _note(
            "scope",
            _R_SCOPE,
            rules.basis_of("family.scope"),
            level=Level.PROBLEM,
            scope="、".join(rules.scope),
            relation=rel.relation.label,
            amount=amount,
        )
    reach = _regions_differ(plan, rel)
    if reach is not None:
        return reach
    period = rel.collection
    if rules.within_collection_period and period is not None and plan.plan_date > period.end:
        return _note(
            "period_over",
            _R_PERIOD_OVER,
            period.basis,
            rules.basis_of("proxy.within_collection_period"),
            level=Level.PROBLEM,
            year=str(plan.benefit_year),
            end=period.end.isoformat(),
        )
    return None


def _conditions(plan: ProxyPlan, rel: Relative) -> list[Note]:
    notes: list[Note] = []
    rules = plan.rules
    if rules.requires_binding and rel.bound is not True:
        template = _C_BIND if rel.bound is False else _C_BIND_UNKNOWN
        notes.append(
            _note(
                "binding",
                template,
                rules.basis_of("proxy.requires_binding"),
                level=Level.WARNING if rel.bound is False else Level.INFO,
                name=rel.name,
            )
        )
    if rules.within_collection_period:
        period = rel.collection
        region = region_book().full_name(rel.region_code) if rel.region_code else ""
        if period is None:
            notes.append(
                _note(
                    "no_period",
                    _C_NO_PERIOD,
                    rules.basis_of("proxy.within_collection_period"),
                    level=Level.WARNING,
                    name=rel.name,
                    year=str(plan.benefit_year),
                )
            )
        elif period.estimated:
            notes.append(
                _note(
                    "period_estimated",
                    _C_PERIOD_ESTIMATED,
                    period.basis,
                    region=f"{region} " if region else "",
                    year=str(plan.benefit_year),
                    start=period.start.isoformat(),
                    end=period.end.isoformat(),
                )
            )
    return notes


def simulate(plan: ProxyPlan, *, horizon_months: int = DEFAULT_HORIZON_MONTHS) -> ProxyResult:
    """Run the plan. Raises :class:`ProxyPlanError` for bad input (see :func:`check_plan`)."""
    problems = check_plan(plan)
    if problems:
        raise ProxyPlanError(problems)
    rules = plan.rules
    far = add_months(plan.plan_date, horizon_months)

    verdicts: dict[str, tuple[Verdict, list[Note]]] = {}
    candidates: list[_Candidate] = []
    for index, rel in enumerate(plan.relatives):
        amount = rel.amount_due
        blocked = _ineligible(plan, rel)
        if blocked is not None:
            verdicts[rel.key] = (Verdict.NOT_ELIGIBLE, [blocked])
            continue
        if amount <= 0:
            group = rel.subsidy_group or QT_TRANSLATE_NOOP("domain", "该亲属")
            verdicts[rel.key] = (
                Verdict.NOTHING_DUE,
                [_note("nothing_due", _R_NOTHING_DUE, rel.contribution_basis, group=group)],
            )
            continue
        start, end = plan.plan_date, None
        period = rel.collection
        if rules.within_collection_period and period is not None:
            start, end = max(plan.plan_date, period.start), period.end
        candidates.append(_Candidate(index, rel, amount, start, end))

    ends = [c.end for c in candidates if c.end is not None]
    horizon = max(ends) if ends and len(ends) == len(candidates) else far
    paid, timeline = _run(plan, candidates, horizon, enforce_deadline=True)
    short = [c for c in candidates if c.rel.key not in paid]
    hint: dict[str, _Paid] = {}
    if short:
        hint, _ = _run(plan, candidates, max(far, horizon), enforce_deadline=False)

    # "now": the balance at the plan date, before any 代缴
    balance_now = plan.balance + sum(
        (e.signed for e in plan.events if plan.as_of < e.on <= plan.plan_date), ZERO
    )
    usable_now = _usable(balance_now, rules)
    balance_after_now = balance_now - sum(
        (
            c.amount
            for c in candidates
            if c.rel.key in paid and paid[c.rel.key].trigger is Trigger.NOW
        ),
        ZERO,
    )

    lag = rules.refund_payout_lag_months
    rows: list[RelativeResult] = []
    for index, rel in enumerate(plan.relatives):
        conditions = tuple(_conditions(plan, rel))
        amount = rel.amount_due
        position = index + 1
        if rel.key in verdicts:
            verdict, reasons = verdicts[rel.key]
            cash = amount if verdict is Verdict.NOT_ELIGIBLE else ZERO
            rows.append(
                RelativeResult(
                    rel,
                    position,
                    verdict,
                    amount,
                    tuple(reasons),
                    conditions if verdict is not Verdict.NOTHING_DUE else (),
                    cash_needed=cash,
                    cash_up_front=cash if plan.mode is ProxyMode.PAY_THEN_REFUND else ZERO,
                    deadline=rel.collection.end if rel.collection else None,
                )
            )
            continue
        cand = next(c for c in candidates if c.rel.key == rel.key)
        deadline = cand.end
        money = format_yuan(amount)
        if rel.key in paid:
            done = paid[rel.key]
            verdict = Verdict.NOW if done.trigger is Trigger.NOW else Verdict.LATER
            after = format_yuan(done.after)
            if done.trigger is Trigger.NOW:
                reason = _note(
                    "now",
                    _R_NOW,
                    rules.basis_of("family.min_retained_balance"),
                    usable=format_yuan(_usable(done.before, rules)),
                    amount=money,
                    after=after,
                )
            elif done.trigger is Trigger.PERIOD_START:
                reason = _note(
                    "later_period",
                    _R_LATER_PERIOD,
                    rel.collection.basis if rel.collection else None,
                    start=done.on.isoformat(),
                    amount=money,
                    after=after,
                    deadline=deadline.isoformat() if deadline else "—",
                )
            else:
                credit = done.after_credit
                assert credit is not None
                template = _R_LATER_CREDIT if deadline else _R_LATER_CREDIT_NO_DEADLINE
                reason = _note(
                    "later_credit",
                    template,
                    plan.balance_basis,
                    month=credit.month_text,
                    day=credit.on.isoformat(),
                    after=after,
                    deadline=deadline.isoformat() if deadline else "",
                )
            return_month = None
            extra: list[Note] = []
            if plan.mode is ProxyMode.PAY_THEN_REFUND:
                lag_basis = rules.basis_of("proxy.refund_payout_lag_months")
                if lag is not None:
                    return_month = add_months(month_start(done.on), lag)
                    extra.append(
                        _note(
                            "refund_row",
                            _R_REFUND_ROW,
                            lag_basis,
                            name=rel.name,
                            amount=money,
                            month=_month_text(return_month),
                        )
                    )
                else:
                    extra.append(
                        _note("refund_row", _R_REFUND_ROW_NO_LAG, name=rel.name, amount=money)
                    )
            elif plan.mode is ProxyMode.WALLET_QUOTA:
                extra.append(
                    _note(
                        "quota_row",
                        _R_QUOTA_ROW,
                        rules.basis_of("proxy.wallet_quota"),
                        day=done.on.isoformat(),
                        name=rel.name,
                        amount=money,
                    )
                )
            rows.append(
                RelativeResult(
                    rel,
                    position,
                    verdict,
                    amount,
                    (reason, *extra),
                    conditions,
                    pay_on=done.on,
                    trigger=done.trigger,
                    after_credit=done.after_credit,
                    balance_before=done.before,
                    balance_after=done.after,
                    deadline=deadline,
                    cash_up_front=amount if plan.mode is ProxyMode.PAY_THEN_REFUND else ZERO,
                    return_month=return_month,
                    quota=amount if plan.mode is ProxyMode.WALLET_QUOTA else ZERO,
                )
            )
            continue
        would = hint.get(rel.key)
        until = _month_text(max(far, horizon))
        if deadline is None:
            reason = _note(
                "short_open", _R_SHORT_NO_DEADLINE, level=Level.WARNING, amount=money, until=until
            )
        elif would is not None:
            month = would.after_credit.month_text if would.after_credit else _month_text(would.on)
            reason = _note(
                "short_late",
                _R_SHORT_LATE,
                plan.balance_basis,
                level=Level.WARNING,
                deadline=deadline.isoformat(),
                amount=money,
                month=month,
                day=would.on.isoformat(),
            )
        else:
            reason = _note(
                "short_never",
                _R_SHORT_NEVER,
                level=Level.WARNING,
                deadline=deadline.isoformat(),
                amount=money,
                until=until,
            )
        rows.append(
            RelativeResult(
                rel,
                position,
                Verdict.SHORT,
                amount,
                (reason,),
                conditions,
                deadline=deadline,
                would_cover_on=would.on if would else None,
                would_cover_after=would.after_credit if would else None,
                cash_needed=amount,
                cash_up_front=amount if plan.mode is ProxyMode.PAY_THEN_REFUND else ZERO,
            )
        )

    result = ProxyResult(
        plan=plan,
        rows=tuple(rows),
        now=plan.plan_date,
        balance_now=balance_now,
        usable_now=usable_now,
        balance_after_now=balance_after_now,
        timeline=tuple(sorted(timeline, key=lambda t: t.on)),
        notes=(),
        summary=(),
    )
    return replace(result, notes=tuple(_general_notes(result)), summary=tuple(_summary(result)))


# ───────────────────────────────────────────── explanations

_N_MODE_NO = QT_TRANSLATE_NOOP(
    "domain", "政策库记录本地区不支持“{mode}”这种方式，请换一种方式或向当地医保部门确认。"
)
_N_MODE_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain",
    "政策库里没有本地区是否支持“{mode}”的记录。本模拟照常计算，办理前请先向当地医保部门"
    "或医保 APP 确认。",
)
_N_THRESHOLD = QT_TRANSLATE_NOOP(
    "domain",
    "本地区个人账户余额只有超过 {threshold} 的部分才能用于家庭共济：现在余额 {balance}，"
    "可用 {usable}。",
)
_N_NO_THRESHOLD = QT_TRANSLATE_NOOP(
    "domain", "没有余额起点的限制：现在余额 {balance} 全部可以用来代缴。"
)
_N_NOT_OPEN_YET = QT_TRANSLATE_NOOP("domain", "征缴期还没开始：{name}最早 {start} 才能缴。")
_N_REFUND = QT_TRANSLATE_NOOP(
    "domain",
    "先缴后返：亲属先自己缴费，共需准备现金 {cash}；您申请成功后，钱在 {lag} 个月后的那个月"
    "返还到银行卡。每笔的状态：已申报 → 申报成功 → 已返还。",
)
_N_REFUND_NO_LAG = QT_TRANSLATE_NOOP(
    "domain",
    "先缴后返：亲属先自己缴费，共需准备现金 {cash}；政策库中没有本地区的返还到账时间，"
    "请向当地确认。每笔的状态：已申报 → 申报成功 → 已返还。",
)
_N_REFUND_RESUBMIT = QT_TRANSLATE_NOOP(
    "domain", "可以查询返还进度；发放失败时（如银行卡信息有误）改正后重新提交即可。"
)
_N_REFUND_DEADLINE = QT_TRANSLATE_NOOP(
    "domain",
    "返还申请的截止时间政策库中没有记录，本模拟按缴费期截止日估算，请以当地为准。",
)
_N_QUOTA = QT_TRANSLATE_NOOP(
    "domain",
    "医保钱包：现在设共济额度 {quota}。额度里的钱只能给亲属用，您自己不能用；解除绑定后，"
    "没用完的额度退回您的个人账户。",
)
_N_QUOTA_TOPUP = QT_TRANSLATE_NOOP(
    "domain", "{day} 前后（{month} 划入到账后）再加额度 {amount}，给{names}缴费。"
)
_N_NO_INVOICE = QT_TRANSLATE_NOOP(
    "domain",
    "用个人账户代缴的费用，部分地区税务部门查不到入库记录，开不出缴费凭证或发票；"
    "需要凭证的，请保存医保 APP 里的代缴记录截图。",
)
_N_CANCEL_YES = QT_TRANSLATE_NOOP(
    "domain",
    "代缴后可以申请撤销（如“河南医保”小程序的“职工个账代缴居民医保费撤销”）；退款一般通过当地"
    "医保公众号或小程序实名申请，上传身份证和缴费凭证。具体条件以当地为准。",
)
_N_CANCEL_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain",
    "能否撤销代缴、怎样退款，政策库中没有本地区的记录；一般是通过当地医保公众号或小程序实名申请，"
    "上传身份证和缴费凭证。请先确认金额和亲属无误再缴。",
)
_N_CURRENT_YEAR = QT_TRANSLATE_NOOP(
    "domain", "本地区只能代缴当年的居民医保费，并且要在缴费期内办理。"
)
_N_DEDUCTIONS = QT_TRANSLATE_NOOP(
    "domain", "已计入账户每期要扣的{labels}（共 {total}，截至 {until}）。"
)
_N_SPECIAL = QT_TRANSLATE_NOOP(
    "domain",
    "新生儿和通过专门渠道缴费的资助参保人员（特困、低保等）一般不能用个人账户代缴，"
    "按当地专门渠道办理（此说法未经证实，以当地为准）。",
)

_S_ALL_NOW = QT_TRANSLATE_NOOP(
    "domain", "{count} 位亲属现在都可以用个人账户代缴，共 {total}；缴完后账户余额 {after}。"
)
_S_ONE_NOW = QT_TRANSLATE_NOOP(
    "domain", "{name}现在可以用个人账户代缴 {total}；缴完后账户余额 {after}。"
)
_S_SOME_NOW = QT_TRANSLATE_NOOP(
    "domain", "现在可以代缴：{names}，共 {total}；缴完后账户余额 {after}。"
)
_S_NONE_NOW = QT_TRANSLATE_NOOP("domain", "现在可用余额 {usable}，还不够给任何一位亲属代缴。")
_S_LATER = QT_TRANSLATE_NOOP(
    "domain", "{name}：{month} 的划入到账后可以代缴（约 {day}），早于截止日 {deadline}。"
)
_S_LATER_NO_DEADLINE = QT_TRANSLATE_NOOP(
    "domain", "{name}：{month} 的划入到账后可以代缴（约 {day}）。"
)
_S_LATER_PERIOD = QT_TRANSLATE_NOOP(
    "domain", "{name}：征缴期开始（{day}）后可以代缴，截止日 {deadline}。"
)
_S_SHORT = QT_TRANSLATE_NOOP(
    "domain", "{name}：截止日 {deadline} 前余额不够，需要自己准备 {amount}。"
)
_S_SHORT_LATE = QT_TRANSLATE_NOOP(
    "domain",
    "{name}：截止日 {deadline} 前余额不够（按预计要到 {month} 的划入后才够），"
    "需要自己准备 {amount}。",
)
_S_NOT_ELIGIBLE = QT_TRANSLATE_NOOP("domain", "{name}：不能用个人账户代缴，需要自己缴 {amount}。")
_S_CASH = QT_TRANSLATE_NOOP("domain", "个人账户之外，全家还需要准备 {cash}。")
_S_ALL_COVERED_BY = QT_TRANSLATE_NOOP(
    "domain", "按预计的划入，{day} 前后所有亲属都能缴上，赶得上截止日 {deadline}。"
)


def _general_notes(result: ProxyResult) -> list[Note]:
    plan, rules = result.plan, result.plan.rules
    notes: list[Note] = []
    supported = rules.mode_supported(plan.mode)
    mode_basis = rules.basis_of(plan.mode.policy_key)
    if supported is False:
        notes.append(
            _note("mode_no", _N_MODE_NO, mode_basis, level=Level.PROBLEM, mode=plan.mode.label)
        )
    elif supported is None:
        notes.append(
            _note("mode_unknown", _N_MODE_UNKNOWN, level=Level.WARNING, mode=plan.mode.label)
        )
    threshold = rules.min_retained_balance
    if threshold is not None and threshold > 0:
        notes.append(
            _note(
                "threshold",
                _N_THRESHOLD,
                rules.basis_of("family.min_retained_balance"),
                threshold=format_yuan(threshold),
                balance=format_yuan(result.balance_now),
                usable=format_yuan(result.usable_now),
            )
        )
    else:
        notes.append(
            _note("no_threshold", _N_NO_THRESHOLD, balance=format_yuan(result.balance_now))
        )
    if rules.current_year_only:
        notes.append(
            _note("current_year", _N_CURRENT_YEAR, rules.basis_of("proxy.current_year_only"))
        )
    for row in result.rows:
        if row.trigger is Trigger.PERIOD_START and row.pay_on is not None:
            notes.append(
                _note(
                    "not_open",
                    _N_NOT_OPEN_YET,
                    name=row.relative.name,
                    start=row.pay_on.isoformat(),
                )
            )
    deductions = [e for e in plan.events if e.kind is EventKind.DEDUCTION and plan.as_of < e.on]
    if deductions:
        until = max(e.on for e in deductions)
        labels = "、".join(
            dict.fromkeys(e.label for e in deductions if e.label)
        ) or QT_TRANSLATE_NOOP("domain", "扣缴")
        notes.append(
            _note(
                "deductions",
                _N_DEDUCTIONS,
                labels=labels,
                total=format_yuan(sum((e.amount for e in deductions), ZERO)),
                until=until.isoformat(),
            )
        )
    if plan.mode is ProxyMode.PAY_THEN_REFUND:
        lag_basis = rules.basis_of("proxy.refund_payout_lag_months")
        cash = format_yuan(result.cash_up_front)
        if rules.refund_payout_lag_months is not None:
            notes.append(
                _note(
                    "refund",
                    _N_REFUND,
                    lag_basis,
                    cash=cash,
                    lag=str(rules.refund_payout_lag_months),
                )
            )
        else:
            notes.append(_note("refund_no_lag", _N_REFUND_NO_LAG, level=Level.WARNING, cash=cash))
        if rules.resubmit_failed_payout:
            notes.append(
                _note(
                    "refund_resubmit",
                    _N_REFUND_RESUBMIT,
                    rules.basis_of("proxy.resubmit_failed_payout"),
                )
            )
        notes.append(_note("refund_deadline", _N_REFUND_DEADLINE, level=Level.WARNING))
    if plan.mode is ProxyMode.WALLET_QUOTA:
        notes.append(
            _note(
                "quota",
                _N_QUOTA,
                rules.basis_of("family.quota_locked"),
                rules.basis_of("proxy.wallet_quota"),
                quota=format_yuan(result.quota_now),
            )
        )
        for day, amount, names in result.quota_topups:
            row = next(r for r in result.rows if r.pay_on == day and r.verdict is Verdict.LATER)
            month = row.after_credit.month_text if row.after_credit else _month_text(day)
            notes.append(
                _note(
                    "quota_topup",
                    _N_QUOTA_TOPUP,
                    day=day.isoformat(),
                    month=month,
                    amount=format_yuan(amount),
                    names="、".join(names),
                )
            )
    if rules.tax_invoice_issued is False:
        notes.append(_note("no_invoice", _N_NO_INVOICE, rules.basis_of("proxy.tax_invoice_issued")))
    if rules.cancellable:
        notes.append(_note("cancel", _N_CANCEL_YES, rules.basis_of("proxy.cancellable")))
    else:
        notes.append(_note("cancel_unknown", _N_CANCEL_UNKNOWN))
    if any(r.relative.newborn or r.relative.subsidised for r in result.rows):
        notes.append(_note("special", _N_SPECIAL, rules.basis_of("proxy.excluded_groups")))
    return notes


def _summary(result: ProxyResult) -> list[Note]:
    lines: list[Note] = []
    now_rows = result.by_verdict(Verdict.NOW)
    payable = [r for r in result.rows if r.verdict is not Verdict.NOTHING_DUE]
    after = format_yuan(result.balance_after_now)
    if len(now_rows) == 1 == len(payable):
        lines.append(
            _note(
                "all_now",
                _S_ONE_NOW,
                name=now_rows[0].relative.name,
                total=format_yuan(result.total_now),
                after=after,
            )
        )
    elif now_rows and len(now_rows) == len(payable):
        lines.append(
            _note(
                "all_now",
                _S_ALL_NOW,
                count=str(len(now_rows)),
                total=format_yuan(result.total_now),
                after=after,
            )
        )
    elif now_rows:
        lines.append(
            _note(
                "some_now",
                _S_SOME_NOW,
                names="、".join(r.relative.name for r in now_rows),
                total=format_yuan(result.total_now),
                after=after,
            )
        )
    elif payable:
        lines.append(
            _note(
                "none_now", _S_NONE_NOW, level=Level.WARNING, usable=format_yuan(result.usable_now)
            )
        )
    for row in result.rows:
        name = row.relative.name
        if row.verdict is Verdict.LATER and row.pay_on is not None:
            deadline = row.deadline.isoformat() if row.deadline else ""
            if row.trigger is Trigger.PERIOD_START:
                lines.append(
                    _note(
                        "later_period",
                        _S_LATER_PERIOD,
                        name=name,
                        day=row.pay_on.isoformat(),
                        deadline=deadline or "—",
                    )
                )
            else:
                month = row.after_credit.month_text if row.after_credit else _month_text(row.pay_on)
                lines.append(
                    _note(
                        "later",
                        _S_LATER if deadline else _S_LATER_NO_DEADLINE,
                        name=name,
                        month=month,
                        day=row.pay_on.isoformat(),
                        deadline=deadline,
                    )
                )
        elif row.verdict is Verdict.SHORT:
            deadline = row.deadline.isoformat() if row.deadline else "—"
            if row.would_cover_on is not None and row.deadline is not None:
                credit = row.would_cover_after
                lines.append(
                    _note(
                        "short",
                        _S_SHORT_LATE,
                        level=Level.WARNING,
                        name=name,
                        deadline=deadline,
                        month=credit.month_text if credit else _month_text(row.would_cover_on),
                        amount=format_yuan(row.amount),
                    )
                )
            else:
                lines.append(
                    _note(
                        "short",
                        _S_SHORT,
                        level=Level.WARNING,
                        name=name,
                        deadline=deadline,
                        amount=format_yuan(row.amount),
                    )
                )
        elif row.verdict is Verdict.NOT_ELIGIBLE:
            lines.append(
                _note(
                    "not_eligible",
                    _S_NOT_ELIGIBLE,
                    level=Level.PROBLEM,
                    name=name,
                    amount=format_yuan(row.amount),
                )
            )
    later = result.by_verdict(Verdict.LATER)
    if later and result.all_covered and result.rest_covered_on and result.deadline:
        lines.append(
            _note(
                "all_by",
                _S_ALL_COVERED_BY,
                day=result.rest_covered_on.isoformat(),
                deadline=result.deadline.isoformat(),
            )
        )
    if result.cash_needed > 0:
        lines.append(
            _note("cash", _S_CASH, level=Level.WARNING, cash=format_yuan(result.cash_needed))
        )
    return lines


# ───────────────────────────────────────────── keeping it as a case (我的事项)

#: checklist id in ``resources/checklists/proxy_payment.toml``
CHECKLIST_ID = "proxy_payment"
#: section of the per-relative payment items: they follow the checklist's own steps
PAYMENT_SECTION = "steps"

_I_DIRECT = QT_TRANSLATE_NOOP(
    "domain", "为{name}代缴 {year} 年度居民医保 {amount}（{when}；截止 {deadline}）"
)
_I_QUOTA = QT_TRANSLATE_NOOP(
    "domain", "用医保钱包共济额度为{name}缴 {year} 年度居民医保 {amount}（{when}；截止 {deadline}）"
)
_I_SELF = QT_TRANSLATE_NOOP(
    "domain", "{name}自己缴 {year} 年度居民医保 {amount}（截止 {deadline}）"
)
_I_REFUND_PAID = QT_TRANSLATE_NOOP(
    "domain", "{name}先自己缴 {year} 年度居民医保 {amount}，保存缴费凭证（截止 {deadline}）"
)
_I_REFUND_APPLIED = QT_TRANSLATE_NOOP(
    "domain", "为{name}申请从个人账户返还 {amount}（{when}）——已申报"
)
_I_REFUND_APPROVED = QT_TRANSLATE_NOOP("domain", "{name}的返还申报成功")
_I_REFUND_RETURNED = QT_TRANSLATE_NOOP("domain", "{name}的 {amount} 已返还到银行卡（预计 {month}）")
_I_WHEN_NOW = QT_TRANSLATE_NOOP("domain", "现在就可以")
_I_WHEN_CREDIT = QT_TRANSLATE_NOOP("domain", "{month} 划入到账后，约 {day}")
_I_WHEN_PERIOD = QT_TRANSLATE_NOOP("domain", "征缴期开始后，{day} 起")
_I_WHY_REFUND_FAILED = QT_TRANSLATE_NOOP(
    "domain", "如果显示“失败”，按提示修改（如银行卡信息）后重新提交，再回来勾选。"
)
_D_DEADLINE = QT_TRANSLATE_NOOP("domain", "{year} 年度居民医保缴费截止（{names}）")
_D_LATER = QT_TRANSLATE_NOOP("domain", "{month} 划入到账后为{name}代缴")
_D_RETURN = QT_TRANSLATE_NOOP("domain", "查询{name}的返还是否到账")
_T_TITLE = QT_TRANSLATE_NOOP("domain", "代缴 {year} 年度居民医保（{names}）")
_NO_DEADLINE = QT_TRANSLATE_NOOP("domain", "以当地为准")


def _when_text(row: RelativeResult) -> str:
    if row.trigger is Trigger.CREDIT and row.after_credit is not None and row.pay_on:
        return _I_WHEN_CREDIT.format(month=row.after_credit.month_text, day=row.pay_on.isoformat())
    if row.trigger is Trigger.PERIOD_START and row.pay_on is not None:
        return _I_WHEN_PERIOD.format(day=row.pay_on.isoformat())
    return _I_WHEN_NOW


def payment_item_key(relative_key: str, step: str = "") -> str:
    """The checklist key of a relative's payment item (``proxy.pay.m12`` / ``….applied``)."""
    safe = "".join(
        ch if ch.isascii() and (ch.isalnum() or ch == "_") else "_" for ch in relative_key
    )
    key = f"proxy.pay.{safe.lower() or 'x'}"
    return f"{key}.{step}" if step else key


_T_MANY = QT_TRANSLATE_NOOP("domain", "{names} 等 {count} 人")


def case_title(result: ProxyResult) -> str:
    all_names = [r.relative.name for r in result.rows]
    names = "、".join(all_names)
    if len(all_names) > 4:
        names = _T_MANY.format(names="、".join(all_names[:3]), count=len(all_names))
    return _T_TITLE.format(year=result.plan.benefit_year, names=names)


def payment_items(result: ProxyResult) -> tuple[CaseItem, ...]:
    """One checklist item per relative (per step for 先缴后返), in the plan's order."""
    plan = result.plan
    items: list[CaseItem] = []
    for row in result.rows:
        rel = row.relative
        if row.verdict is Verdict.NOTHING_DUE:
            continue
        params = {
            "name": rel.name,
            "year": str(plan.benefit_year),
            "amount": format_yuan(row.amount),
            "deadline": row.deadline.isoformat() if row.deadline else _NO_DEADLINE,
        }
        why = "；".join(n.text for n in row.reasons)
        source = rel.contribution_basis.source_id if rel.contribution_basis else None
        key = payment_item_key(rel.key)
        if not row.verdict.covered:
            items.append(
                CaseItem(key, PAYMENT_SECTION, _I_SELF.format(**params), why, True, source)
            )
            continue
        when = _when_text(row)
        if plan.mode is ProxyMode.PAY_THEN_REFUND:
            month = _month_text(row.return_month) if row.return_month else _NO_DEADLINE
            items += [
                CaseItem(
                    payment_item_key(rel.key, "paid"),
                    PAYMENT_SECTION,
                    _I_REFUND_PAID.format(**params),
                    why,
                    True,
                    source,
                ),
                CaseItem(
                    payment_item_key(rel.key, "applied"),
                    PAYMENT_SECTION,
                    _I_REFUND_APPLIED.format(**params, when=when),
                    "",
                    True,
                ),
                CaseItem(
                    payment_item_key(rel.key, "approved"),
                    PAYMENT_SECTION,
                    _I_REFUND_APPROVED.format(**params),
                    _I_WHY_REFUND_FAILED,
                    True,
                ),
                CaseItem(
                    payment_item_key(rel.key, "returned"),
                    PAYMENT_SECTION,
                    _I_REFUND_RETURNED.format(**params, month=month),
                    "",
                    True,
                ),
            ]
            continue
        template = _I_QUOTA if plan.mode is ProxyMode.WALLET_QUOTA else _I_DIRECT
        items.append(
            CaseItem(key, PAYMENT_SECTION, template.format(**params, when=when), why, True, source)
        )
    return tuple(items)


def merge_items(
    checklist: Sequence[CaseItem], payments: Sequence[CaseItem]
) -> tuple[CaseItem, ...]:
    """The checklist's items with the per-relative payment items placed right after its
    last step (or after the checks when it has no steps)."""
    items = list(checklist)
    anchor = -1
    for index, item in enumerate(items):
        if item.section in (PAYMENT_SECTION, "checks"):
            anchor = index
    return tuple(items[: anchor + 1] + list(payments) + items[anchor + 1 :])


def case_deadlines(result: ProxyResult) -> tuple[Deadline, ...]:
    """The collection-period ends (per day, naming the relatives), the days LATER payments
    become possible, and for 先缴后返 the end of each return month (to check it arrived)."""
    plan = result.plan
    out: list[Deadline] = []
    ends: dict[date, list[str]] = {}
    for row in result.rows:
        if row.deadline is not None and row.verdict in (Verdict.NOW, Verdict.LATER, Verdict.SHORT):
            ends.setdefault(row.deadline, []).append(row.relative.name)
    for day, names in sorted(ends.items()):
        out.append(
            Deadline(_D_DEADLINE.format(year=plan.benefit_year, names="、".join(names)), day)
        )
    for row in result.by_verdict(Verdict.LATER):
        if row.pay_on is None:
            continue
        month = row.after_credit.month_text if row.after_credit else _month_text(row.pay_on)
        out.append(Deadline(_D_LATER.format(month=month, name=row.relative.name), row.pay_on))
    if plan.mode is ProxyMode.PAY_THEN_REFUND:
        for row in result.rows:
            if row.return_month is not None:
                last = _last_day(row.return_month.year, row.return_month.month)
                out.append(Deadline(_D_RETURN.format(name=row.relative.name), last))
    out.sort(key=lambda d: d.due)
    return tuple(out)


def checklist_facts(result: ProxyResult) -> dict[str, str | bool]:
    """Facts for ``resources/checklists/proxy_payment.toml``."""
    plan, rules = result.plan, result.plan.rules
    rows = result.rows
    facts: dict[str, str | bool] = {
        "mode": plan.mode.value,
        "needs_binding": rules.requires_binding
        and any(r.relative.bound is not True for r in rows if r.verdict.covered),
        "has_threshold": bool(rules.min_retained_balance),
        "has_later": any(r.verdict is Verdict.LATER for r in rows),
        "has_self_pay": any(r.verdict in (Verdict.SHORT, Verdict.NOT_ELIGIBLE) for r in rows),
        "no_invoice": rules.tax_invoice_issued is False,
        "cancellable": rules.cancellable is True,
        "resubmit": rules.resubmit_failed_payout is True,
        "current_year_only": rules.current_year_only,
        "special_groups": any(r.relative.newborn or r.relative.subsidised for r in rows),
        "benefit_year": str(plan.benefit_year),
    }
    if plan.giver_region:
        facts["giver_region"] = plan.giver_region
    return facts


def plan_to_data(plan: ProxyPlan) -> dict[str, object]:
    """The plan as typed JSON (str/int/bool/Decimal/date/tuples/maps) for ``Case.inputs``."""
    rules = plan.rules
    return {
        "version": 1,
        "giver_name": plan.giver_name,
        "giver_region": plan.giver_region,
        "giver_member_id": plan.giver_member_id,
        "balance": plan.balance,
        "balance_on": plan.balance_on,
        "benefit_year": plan.benefit_year,
        "plan_date": plan.plan_date,
        "mode": plan.mode.value,
        "rules": {
            name: (value if not isinstance(value, tuple) else tuple(value))
            for name, value in (
                (f.name, getattr(rules, f.name)) for f in dataclasses.fields(ProxyRules)
            )
            if name != "basis"
        },
        "relatives": tuple(
            {
                "key": r.key,
                "name": r.name,
                "contribution": r.contribution,
                "relation": r.relation.value if r.relation else None,
                "region_code": r.region_code,
                "pays_share": r.pays_share,
                "subsidy_group": r.subsidy_group,
                "special_channel": r.special_channel,
                "newborn": r.newborn,
                "bound": r.bound,
                "member_id": r.member_id,
                "collection_start": r.collection.start if r.collection else None,
                "collection_end": r.collection.end if r.collection else None,
                "collection_estimated": r.collection.estimated if r.collection else False,
                "price_group": r.price_group,
                "student": r.student,
            }
            for r in plan.relatives
        ),
        "events": tuple(
            {"on": e.on, "kind": e.kind.value, "amount": e.amount, "label": e.label}
            for e in plan.events
        ),
    }


def _get(data: Mapping[str, object], name: str, kind: type, default: object = None) -> object:
    value = data.get(name, default)
    if value is None:
        return default
    if kind is Decimal and isinstance(value, int | str) and not isinstance(value, bool):
        return Decimal(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"bad {name!r} in stored plan: {value!r}")
    return value


def plan_from_data(data: Mapping[str, object]) -> ProxyPlan:
    """Inverse of :func:`plan_to_data` (without the policy sources); raises ``ValueError``."""
    raw_rules = data.get("rules") or {}
    if not isinstance(raw_rules, Mapping):
        raise ValueError("bad rules in stored plan")
    rule_values: dict[str, object] = {}
    for f in dataclasses.fields(ProxyRules):
        if f.name == "basis" or f.name not in raw_rules:
            continue
        value = raw_rules[f.name]
        rule_values[f.name] = tuple(value) if isinstance(value, list) else value
    rules = ProxyRules(**rule_values)  # type: ignore[arg-type]
    relatives: list[Relative] = []
    for raw in _get(data, "relatives", tuple, ()):  # type: ignore[attr-defined]
        if not isinstance(raw, Mapping):
            raise ValueError("bad relative in stored plan")
        start = _get(raw, "collection_start", date)
        end = _get(raw, "collection_end", date)
        relation = raw.get("relation")
        relatives.append(
            Relative(
                key=str(_get(raw, "key", str)),
                name=str(_get(raw, "name", str, "")),
                contribution=_get(raw, "contribution", Decimal),  # type: ignore[arg-type]
                relation=Relation(relation) if isinstance(relation, str) else None,
                region_code=_get(raw, "region_code", str),  # type: ignore[arg-type]
                pays_share=_get(raw, "pays_share", Decimal, ONE),  # type: ignore[arg-type]
                subsidy_group=str(_get(raw, "subsidy_group", str, "")),
                special_channel=bool(_get(raw, "special_channel", bool, False)),
                newborn=bool(_get(raw, "newborn", bool, False)),
                bound=_get(raw, "bound", bool),  # type: ignore[arg-type]
                member_id=_get(raw, "member_id", int),  # type: ignore[arg-type]
                collection=(
                    CollectionPeriod(
                        start, end, bool(_get(raw, "collection_estimated", bool, False))
                    )
                    if isinstance(start, date) and isinstance(end, date)
                    else None
                ),
                price_group=str(_get(raw, "price_group", str, "")),
                student=_get(raw, "student", bool),  # type: ignore[arg-type]
            )
        )
    events: list[AccountEvent] = []
    for raw in _get(data, "events", tuple, ()):  # type: ignore[attr-defined]
        if not isinstance(raw, Mapping):
            raise ValueError("bad event in stored plan")
        events.append(
            AccountEvent(
                _get(raw, "on", date),  # type: ignore[arg-type]
                EventKind(str(_get(raw, "kind", str))),
                _get(raw, "amount", Decimal),  # type: ignore[arg-type]
                str(_get(raw, "label", str, "")),
            )
        )
    return ProxyPlan(
        balance=_get(data, "balance", Decimal),  # type: ignore[arg-type]
        benefit_year=_get(data, "benefit_year", int),  # type: ignore[arg-type]
        plan_date=_get(data, "plan_date", date),  # type: ignore[arg-type]
        mode=ProxyMode(str(_get(data, "mode", str))),
        relatives=tuple(relatives),
        rules=rules,
        events=tuple(events),
        balance_on=_get(data, "balance_on", date),  # type: ignore[arg-type]
        giver_name=str(_get(data, "giver_name", str, "")),
        giver_region=_get(data, "giver_region", str),  # type: ignore[arg-type]
        giver_member_id=_get(data, "giver_member_id", int),  # type: ignore[arg-type]
    )


def result_to_data(result: ProxyResult) -> dict[str, object]:
    """The result for ``Case.result``: plain-language summary (``summary`` +
    ``summary_lines``, shown by 我的事项 and the PDF) and one map per relative."""
    summary = [n.text for n in result.summary]
    lines = summary[1:] + [n.text for n in result.notes]
    return {
        "version": 1,
        "mode": result.plan.mode.value,
        "summary": summary[0] if summary else "",
        "summary_lines": tuple(lines),
        "balance_now": result.balance_now,
        "usable_now": result.usable_now,
        "balance_after_now": result.balance_after_now,
        "total_due": result.total_due,
        "total_covered": result.total_covered,
        "cash_needed": result.cash_needed,
        "cash_up_front": result.cash_up_front,
        "quota_now": result.quota_now,
        "rest_covered_on": result.rest_covered_on,
        "deadline": result.deadline,
        "rows": tuple(
            {
                "key": r.relative.key,
                "name": r.relative.name,
                "position": r.position,
                "verdict": r.verdict.value,
                "amount": r.amount,
                "pay_on": r.pay_on,
                "after_credit": r.after_credit.month_text if r.after_credit else None,
                "balance_after": r.balance_after,
                "deadline": r.deadline,
                "would_cover_on": r.would_cover_on,
                "cash_needed": r.cash_needed,
                "cash_up_front": r.cash_up_front,
                "return_month": r.return_month,
                "quota": r.quota,
                "reasons": tuple(n.text for n in (*r.reasons, *r.conditions)),
            }
            for r in result.rows
        ),
    }


def relative_progress(mode: ProxyMode, items: Iterable[CaseItem], relative_key: str) -> str:
    """A relative's payment status from the ticked items of a saved case: a
    :class:`PaymentStatus` value, or for 先缴后返 a :class:`RefundState` value."""
    done = {i.key: i.done for i in items}
    base = payment_item_key(relative_key)
    if mode is ProxyMode.PAY_THEN_REFUND and f"{base}.paid" in done:
        for step, state in (
            ("returned", RefundState.RETURNED),
            ("approved", RefundState.APPROVED),
            ("applied", RefundState.APPLIED),
        ):
            if done.get(f"{base}.{step}"):
                return state.value
        return RefundState.NOT_APPLIED.value
    if done.get(base):
        return PaymentStatus.PAID.value
    return PaymentStatus.PLANNED.value
