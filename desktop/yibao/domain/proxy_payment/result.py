"""What the 代缴 simulation answers: per relative (:class:`RelativeResult`: verdict, day,
balance before and after, cash, quota, return month, reasons) and for the plan
(:class:`ProxyResult`: the timeline of the account, totals, notes and the summary)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from yibao.domain.kernel import Finding, LabelledEnum, Level
from yibao.domain.money import ZERO
from yibao.domain.proxy_payment.account import AccountEvent
from yibao.domain.proxy_payment.labels import AFTER_BINDING, Trigger, Verdict
from yibao.domain.proxy_payment.model import ProxyPlan, Relative

__all__ = ["ProxyResult", "RelativeResult", "TimelineKind", "TimelineRow"]


class TimelineKind(LabelledEnum):
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
    reasons: tuple[Finding, ...]
    #: conditions to meet first (binding …); they do not change the verdict
    conditions: tuple[Finding, ...] = ()
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
            return AFTER_BINDING
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
    notes: tuple[Finding, ...]
    summary: tuple[Finding, ...]

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
