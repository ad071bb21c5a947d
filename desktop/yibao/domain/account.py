"""Personal account (个人账户): each month's credit (划入) with its explanation, the balance
over time, and a 12-month projection.

The rule in force is looked up per member, region and month in the policy book
(DOMAIN.md §2):

1. ``account.active.rate`` – a local in-service rate (深圳 一档: 5 % → 2 % from 2022-12-01);
2. before the 2021 reform (``account.active.max_rate`` not yet in force): the member's own
   2 % (``account.active.own_rate``) plus the employer share by age band
   (``account.active.employer_age_bands``); seed 004: base 6000, age 35 → 120 + 60 = 180;
3. after the reform: the member's own contribution rate (``account.active.own_rate``),
   capped at ``account.active.max_rate`` (2 % of the base);
4. retirees: the local fixed amount (``account.retired.monthly_amount``; 武汉 260 → 83 in 2023);
   without one no figure is computed (the legacy age-band rule needs the local average wage).

A recorded credit that differs from the computed one is flagged, never overwritten.

The values come typed through a :class:`~yibao.domain.kernel.PolicyView`, once per stretch of
dates in which none can change (:class:`RuleCache`).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeVar

from yibao.domain.contributions import (
    AccountMovement,
    ContributionRecord,
    MemberHistory,
    Month,
)
from yibao.domain.i18n import QT_TRANSLATE_NOOP, Message
from yibao.domain.kernel.view import Fact, PolicyView
from yibao.domain.money import ZERO, format_yuan, round_yuan
from yibao.domain.people import Member, Scheme, age_on
from yibao.domain.policy import Override, PolicyBook, Resolved, format_rate, region_keys_for
from yibao.domain.policy.model import TableValue

_T = TypeVar("_T")
# not looked up yet (``None`` is an answer: the book holds nothing)
_UNSEEN = object()

MSG_NO_ACCOUNT = QT_TRANSLATE_NOOP("domain", "{scheme}没有个人账户，不划入")
MSG_NO_BASE = QT_TRANSLATE_NOOP("domain", "没有缴费基数，无法计算划入金额")
MSG_RETIRED_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有当地退休人员每月划入的定额，无法计算；请在政策页面本地修改补充"
)
MSG_NO_RULE = QT_TRANSLATE_NOOP("domain", "政策库中没有当地的划入规则，无法计算")
RULE_RETIRED = QT_TRANSLATE_NOOP("domain", "{region}退休人员每月定额划入（{start}起）")
RULE_ACTIVE = QT_TRANSLATE_NOOP("domain", "{region}在职职工个人账户划入比例 {rate}（{start}起）")
RULE_REFORMED = QT_TRANSLATE_NOOP(
    "domain",
    "门诊共济改革后，本人缴费划入个人账户，不超过缴费基数的 {rate}；单位缴费全部进入统筹基金",
)
RULE_OWN_ONLY = QT_TRANSLATE_NOOP(
    "domain", "本人缴费划入个人账户（单位划入部分因缺少年龄或比例未计算）"
)
RULE_AGE_BAND = QT_TRANSLATE_NOOP(
    "domain", "改革前：本人缴费 {own} 全部划入，单位缴费按年龄段（{age} 岁）划入 {band}"
)


def _plain(amount: Decimal) -> str:
    return format_yuan(amount, symbol=False)


def _source_text(resolved: Resolved) -> str:
    if resolved.overridden or resolved.source is None:
        return "本地修改"
    source = resolved.source
    parts = [source.title]
    if source.doc_number:
        parts.append(source.doc_number)
    return f"{'，'.join(parts)}（{source.confidence.label}）"


@dataclass(frozen=True, slots=True)
class Credit:
    """The computed credit of one month and how it was computed."""

    month: Month
    amount: Decimal | None
    #: "2% × 6,000.00 = 120.00" (empty when not computed)
    formula: str
    #: the rule in words (translated by the UI with its params), and where it comes from
    why: Message
    sources: tuple[str, ...]
    rules: tuple[Resolved, ...]

    @property
    def rule(self) -> str:
        """The rule in words, in Chinese."""
        return str(self.why)

    @property
    def explanation(self) -> str:
        """``"2% × 6,000.00 = 120.00，规则：…，来源：…"``."""
        parts = [p for p in (self.formula, f"规则：{self.rule}" if self.rule else "") if p]
        if self.sources:
            parts.append("来源：" + "；".join(dict.fromkeys(self.sources)))
        return "，".join(parts)


def _band_rate(bands: tuple[TableValue, ...], age: int) -> Decimal | None:
    for band in bands:
        low = band.get("min_age", 0)
        high = band.get("max_age")
        if isinstance(low, int) and age >= low and (not isinstance(high, int) or age <= high):
            rate = band.get("rate")
            return rate if isinstance(rate, Decimal) else None
    return None


class RuleCache:
    """Resolves a parameter once per stretch of dates in which nothing can change.

    The boundaries are every ``effective_from`` of the key at every level that applies to
    the region (city, province, national) and of the user's overrides; between two of them
    the answer is the same, so a history of many months needs few lookups.
    """

    def __init__(self, book: PolicyBook, overrides: Sequence[Override] = ()) -> None:
        self.book = book
        self.overrides = tuple(overrides)
        self._bounds: dict[tuple[str, str | None], list[date]] = {}
        self._answers: dict[tuple[str, str | None, int], Resolved | None] = {}
        self._typed: dict[tuple[object, str, str | None, int], object] = {}

    def _period(self, key: str, region: str | None, at: date) -> int:
        """Which stretch of dates *at* falls in (the same answer within one)."""
        bounds = self._bounds.get((key, region))
        if bounds is None:
            found: set[date] = set()
            levels = region_keys_for(region)
            for level in levels:
                found.update(e.effective_from for e in self.book.series(key, level))
            found.update(
                o.effective_from for o in self.overrides if o.key == key and o.region_key in levels
            )
            bounds = sorted(found)
            self._bounds[(key, region)] = bounds
        return bisect.bisect_right(bounds, at)

    def resolve(self, key: str, region: str | None, at: date) -> Resolved | None:
        cache_key = (key, region, self._period(key, region, at))
        if cache_key not in self._answers:
            self._answers[cache_key] = self.book.resolve(key, region, at, self.overrides)
        return self._answers[cache_key]

    def typed(
        self,
        read: Callable[[PolicyView, str], Fact[_T]],
        key: str,
        region: str | None,
        at: date,
    ) -> tuple[_T, Resolved] | None:
        """The value of *key* in force at *at*, read through a :class:`PolicyView` (*read* is
        ``PolicyView.decimal``, ``PolicyView.tables`` …: typed by the kernel), with the entry
        it came from; ``None`` when the book holds none. Looked up once per stretch of dates,
        as :meth:`resolve`."""
        bounds = self._bounds.get((key, region))
        period = (
            self._period(key, region, at) if bounds is None else bisect.bisect_right(bounds, at)
        )
        cache_key = (read, key, region, period)
        found = self._typed.get(cache_key, _UNSEEN)
        if found is _UNSEEN:
            fact = read(PolicyView(self.book, region, at, self.overrides), key)
            found = (
                None if fact.value is None or fact.resolved is None else (fact.value, fact.resolved)
            )
            self._typed[cache_key] = found
        return found  # type: ignore[return-value]


def compute_credit(
    book: PolicyBook,
    member: Member,
    scheme: Scheme,
    month: Month,
    base: Decimal | None,
    overrides: Sequence[Override] = (),
    *,
    rules: RuleCache | None = None,
) -> Credit:
    """The credit the rules in force give for *member* in *month* (see module docs)."""
    at = month.first_day
    region = member.region_code
    cache = rules if rules is not None else RuleCache(book, overrides)

    if not scheme.has_personal_account:
        return Credit(month, ZERO, "", Message(MSG_NO_ACCOUNT, {"scheme": scheme.label}), (), ())
    if scheme is Scheme.EMPLOYEE_RETIRED:
        fixed = cache.typed(PolicyView.decimal, "account.retired.monthly_amount", region, at)
        if fixed is None:
            return Credit(month, None, "", Message(MSG_RETIRED_UNKNOWN), (), ())
        value, rule = fixed
        amount = round_yuan(value)
        return Credit(
            month,
            amount,
            f"每月定额 {_plain(amount)}",
            Message(
                RULE_RETIRED,
                {"region": rule.region_name, "start": rule.effective_from.isoformat()},
            ),
            (_source_text(rule),),
            (rule,),
        )
    if base is None or base <= 0:
        return Credit(month, None, "", Message(MSG_NO_BASE), (), ())
    local = cache.typed(PolicyView.decimal, "account.active.rate", region, at)
    if local is not None:
        rate, rule = local
        amount = round_yuan(base * rate)
        return Credit(
            month,
            amount,
            f"{format_rate(rate)} × {_plain(base)} = {_plain(amount)}",
            Message(
                RULE_ACTIVE,
                {
                    "region": rule.region_name,
                    "rate": format_rate(rate),
                    "start": rule.effective_from.isoformat(),
                },
            ),
            (_source_text(rule),),
            (rule,),
        )
    own = cache.typed(PolicyView.decimal, "account.active.own_rate", region, at)
    if own is None:
        return Credit(month, None, "", Message(MSG_NO_RULE), (), ())
    reform = cache.typed(PolicyView.decimal, "account.active.max_rate", region, at)
    if reform is not None:
        return _reformed_credit(month, base, own, reform)
    bands = cache.typed(PolicyView.tables, "account.active.employer_age_bands", region, at)
    return _age_band_credit(month, base, own, bands, age_on(member.birth_date, at))


@functools.lru_cache(maxsize=1024)
def _rule(template: str, *params: tuple[str, str]) -> Message:
    """The rule in words for one month's credit. A history has tens of thousands of months
    but only a few distinct rules: one shared message each keeps the analysis from making
    (and the garbage collector from walking) an object per month."""
    return Message(template, dict(params))


def _reformed_credit(
    month: Month, base: Decimal, own: tuple[Decimal, Resolved], reform: tuple[Decimal, Resolved]
) -> Credit:
    """After the 2021 reform: the member's own rate, capped at 2 % of the base."""
    rate = min(own[0], reform[0])
    amount = round_yuan(base * rate)
    return Credit(
        month,
        amount,
        f"{format_rate(rate)} × {_plain(base)} = {_plain(amount)}",
        _rule(RULE_REFORMED, ("rate", format_rate(reform[0]))),
        (_source_text(own[1]), _source_text(reform[1])),
        (own[1], reform[1]),
    )


def _age_band_credit(
    month: Month,
    base: Decimal,
    own: tuple[Decimal, Resolved],
    bands: tuple[tuple[TableValue, ...], Resolved] | None,
    age: int | None,
) -> Credit:
    """Before the reform: the member's own rate plus the employer share by age band."""
    own_rate, own_rule = own
    own_amount = round_yuan(base * own_rate)
    band_rate = _band_rate(bands[0], age) if bands is not None and age is not None else None
    if bands is None or band_rate is None:
        return Credit(
            month,
            own_amount,
            f"{format_rate(own_rate)} × {_plain(base)} = {_plain(own_amount)}",
            _rule(RULE_OWN_ONLY),
            (_source_text(own_rule),),
            (own_rule,),
        )
    employer_amount = round_yuan(base * band_rate)
    amount = own_amount + employer_amount
    return Credit(
        month,
        amount,
        f"{format_rate(own_rate)} × {_plain(base)} + {format_rate(band_rate)} × {_plain(base)}"
        f" = {_plain(own_amount)} + {_plain(employer_amount)} = {_plain(amount)}",
        _rule(
            RULE_AGE_BAND,
            ("own", format_rate(own_rate)),
            ("age", str(age)),
            ("band", format_rate(band_rate)),
        ),
        (_source_text(own_rule), _source_text(bands[1])),
        (own_rule, bands[1]),
    )


@dataclass(frozen=True, slots=True)
class CreditCheck:
    record: ContributionRecord
    computed: Credit

    @property
    def differs(self) -> bool:
        """The statement's credit differs from the rule's by one cent or more."""
        recorded, computed = self.record.credited, self.computed.amount
        if recorded is None or computed is None:
            return False
        return abs(recorded - computed) >= Decimal("0.01")

    @property
    def effective(self) -> Decimal:
        """What to count in the balance: the recorded credit, else the computed one."""
        if self.record.credited is not None:
            return self.record.credited
        return self.computed.amount if self.computed.amount is not None else ZERO


def check_credits(
    book: PolicyBook,
    member: Member,
    records: Iterable[ContributionRecord],
    overrides: Sequence[Override] = (),
) -> list[CreditCheck]:
    """Each paid record with the credit its rules give (oldest first)."""
    out = []
    cache = RuleCache(book, overrides)
    for r in sorted(records, key=lambda r: (r.month, r.scheme.value)):
        if not r.status.counts or not r.scheme.has_personal_account:
            continue
        credit = compute_credit(book, member, r.scheme, r.month, r.base, overrides, rules=cache)
        out.append(CreditCheck(r, credit))
    return out


@dataclass(frozen=True, slots=True)
class BalancePoint:
    month: Month
    balance: Decimal
    credited: Decimal
    spent: Decimal
    projected: bool = False


@dataclass(frozen=True, slots=True)
class AccountSummary:
    points: tuple[BalancePoint, ...]
    projection: tuple[BalancePoint, ...]
    monthly_credit_now: Credit | None
    mismatches: tuple[CreditCheck, ...]

    @property
    def balance(self) -> Decimal | None:
        return self.points[-1].balance if self.points else None


def account_summary(
    book: PolicyBook,
    member: Member,
    history: MemberHistory,
    records: Sequence[ContributionRecord],
    movements: Sequence[AccountMovement],
    today: date,
    overrides: Sequence[Override] = (),
    projection_months: int = 12,
) -> AccountSummary:
    """Balance month by month from the opening balance (at its date, or before the first
    record), plus credits, minus recorded spending and deductions; then a projection that
    assumes the latest base (or the retiree amount) continues under today's rules."""
    checks = check_credits(book, member, records, overrides)
    this_month = Month.of(today)
    points = _balance_points(history, checks, movements, this_month)
    latest = max(
        (r for r in records if r.status.counts and r.scheme.has_personal_account),
        key=lambda r: r.month,
        default=None,
    )
    credit_now: Credit | None = None
    projection: list[BalancePoint] = []
    if latest is not None and member.scheme.has_personal_account:
        credit_now = compute_credit(book, member, member.scheme, this_month, latest.base, overrides)
        monthly = credit_now.amount
        if monthly is None and latest.credited is not None:
            monthly = latest.credited
        if monthly is not None and points:
            projection = _projection(points[-1], this_month, monthly, projection_months)
    mismatches = tuple(c for c in checks if c.differs)
    return AccountSummary(tuple(points), tuple(projection), credit_now, mismatches)


def _by_month(
    history: MemberHistory, checks: Sequence[CreditCheck], movements: Sequence[AccountMovement]
) -> tuple[dict[Month, Decimal], dict[Month, Decimal]]:
    """Credits and spending per month after the opening balance (what is before it is in it)."""
    opening_month = Month.of(history.opening_date) if history.opening_date else None
    credit_by_month: dict[Month, Decimal] = {}
    for c in checks:
        if opening_month is not None and c.record.month < opening_month:
            continue  # already in the opening balance
        credit_by_month[c.record.month] = credit_by_month.get(c.record.month, ZERO) + c.effective
    spent_by_month: dict[Month, Decimal] = {}
    for m in movements:
        if history.opening_date is not None and m.on < history.opening_date:
            continue
        key = Month.of(m.on)
        spent_by_month[key] = spent_by_month.get(key, ZERO) + m.amount
    return credit_by_month, spent_by_month


def _balance_points(
    history: MemberHistory,
    checks: Sequence[CreditCheck],
    movements: Sequence[AccountMovement],
    this_month: Month,
) -> list[BalancePoint]:
    """The balance of every month from the first known one to this month."""
    credit_by_month, spent_by_month = _by_month(history, checks, movements)
    known = set(credit_by_month) | set(spent_by_month)
    if history.opening_date:
        known.add(Month.of(history.opening_date))
    if not known:
        return []
    last = max(max(known), this_month)  # the balance carries over to today
    balance = history.opening_balance
    points: list[BalancePoint] = []
    for index in range(min(known).index, last.index + 1):
        month = Month.from_index(index)
        credited = credit_by_month.get(month, ZERO)
        spent = spent_by_month.get(month, ZERO)
        balance = balance + credited - spent
        points.append(BalancePoint(month, balance, credited, spent))
    return points


def _projection(
    last: BalancePoint, this_month: Month, monthly: Decimal, months: int
) -> list[BalancePoint]:
    """*months* months ahead from the later of *last* and last month, *monthly* each."""
    balance = last.balance
    start = max(last.month, this_month.add(-1)).add(1)
    out: list[BalancePoint] = []
    for k in range(months):
        balance = balance + monthly
        out.append(BalancePoint(start.add(k), balance, monthly, ZERO, True))
    return out
