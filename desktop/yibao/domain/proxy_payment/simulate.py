"""The 代缴 simulation: walk the giver's account through time and say, per relative, whether
the account pays now, after which month's credit (划入), when the collection period opens,
or not before the deadline (and then when it would), with the balance after each payment,
the cash needed and, per mode, the money up front and back (先缴后返) or the quota (医保钱包).

Relatives are paid in the plan's order on the first day the usable balance (above the
threshold) covers them inside their collection period; one that does not fit does not block
later ones (the family can pay them separately).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from yibao.domain.family import usable_balance
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Finding, Level, finding
from yibao.domain.money import ZERO, format_yuan
from yibao.domain.proxy_payment.account import AccountEvent, EventKind, event_order
from yibao.domain.proxy_payment.check import ProxyPlanError, check_plan
from yibao.domain.proxy_payment.dates import add_months, month_start, month_text
from yibao.domain.proxy_payment.eligibility import conditions, ineligible
from yibao.domain.proxy_payment.explain import general_notes
from yibao.domain.proxy_payment.labels import ProxyMode, Trigger, Verdict
from yibao.domain.proxy_payment.model import ProxyPlan, Relative
from yibao.domain.proxy_payment.result import (
    ProxyResult,
    RelativeResult,
    TimelineKind,
    TimelineRow,
)
from yibao.domain.proxy_payment.rules import THRESHOLD_KEY, ProxyRules
from yibao.domain.proxy_payment.summary import summary_lines

__all__ = ["DEFAULT_HORIZON_MONTHS", "simulate", "usable"]

#: How far ahead the simulation looks when no collection period ends it (and for the
#: "when would the balance cover it" hint after a deadline).
DEFAULT_HORIZON_MONTHS = 24


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
_SOMEONE = QT_TRANSLATE_NOOP("domain", "该亲属")


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


def usable(balance: Decimal, rules: ProxyRules) -> Decimal:
    """The part of *balance* the account may pay relatives from: 家庭共济's one rule
    (``family.usable_balance``: above the threshold, to the cent)."""
    return usable_balance(balance, rules.min_retained_balance or ZERO)


@dataclass
class _Walk:
    """The account walking through the plan's days: events in order, then payments."""

    plan: ProxyPlan
    events: Sequence[AccountEvent]
    balance: Decimal
    timeline: list[TimelineRow] = field(default_factory=list)
    paid: dict[str, _Paid] = field(default_factory=dict)
    next_event: int = 0
    last_credit: AccountEvent | None = None

    def advance(self, day: date | None) -> None:
        """Apply the events up to *day* (all that are left when ``None``)."""
        while self.next_event < len(self.events):
            event = self.events[self.next_event]
            if day is not None and event.on > day:
                return
            self.next_event += 1
            self.balance += event.signed
            kind = TimelineKind.CREDIT if event.kind is EventKind.CREDIT else TimelineKind.DEDUCTION
            self.timeline.append(
                TimelineRow(event.on, kind, event.label, event.signed, self.balance)
            )
            if event.kind is EventKind.CREDIT and event.on > self.plan.plan_date:
                self.last_credit = event

    def fits(self, cand: _Candidate, day: date, enforce_deadline: bool) -> bool:
        if cand.rel.key in self.paid or day < cand.start:
            return False
        if enforce_deadline and cand.end is not None and day > cand.end:
            return False
        return usable(self.balance, self.plan.rules) >= cand.amount

    def pay(self, cand: _Candidate, day: date) -> None:
        trigger, credit = self._trigger(cand, day)
        before = self.balance
        self.balance -= cand.amount
        self.paid[cand.rel.key] = _Paid(day, trigger, credit, before, self.balance)
        self.timeline.append(
            TimelineRow(
                day, TimelineKind.PAYMENT, cand.rel.name, -cand.amount, self.balance, cand.rel.key
            )
        )

    def _trigger(self, cand: _Candidate, day: date) -> tuple[Trigger, AccountEvent | None]:
        """What the payment on *day* waited for: nothing, the period's start or a credit."""
        credit = self.last_credit
        if day == self.plan.plan_date:
            return Trigger.NOW, None
        if day == cand.start and (credit is None or credit.on < cand.start):
            return Trigger.PERIOD_START, None
        if credit is not None:
            return Trigger.CREDIT, credit
        return Trigger.PERIOD_START, None


def _run(
    plan: ProxyPlan,
    candidates: Sequence[_Candidate],
    horizon: date,
    *,
    enforce_deadline: bool,
) -> tuple[dict[str, _Paid], list[TimelineRow]]:
    """Walk the account day by day (only days when something can change) and pay each
    candidate, in order, on the first day the usable balance covers them in their window."""
    events = sorted((e for e in plan.events if plan.as_of < e.on <= horizon), key=event_order)
    points = {plan.plan_date}
    points.update(c.start for c in candidates if c.start >= plan.plan_date)
    points.update(e.on for e in events if e.on > plan.plan_date)
    walk = _Walk(plan, events, plan.balance)
    walk.timeline.append(TimelineRow(plan.as_of, TimelineKind.START, "", ZERO, plan.balance))
    for day in sorted(p for p in points if p <= horizon):
        walk.advance(day)
        for cand in candidates:
            if walk.fits(cand, day, enforce_deadline):
                walk.pay(cand, day)
    # Events after the last payment still show in the timeline up to the horizon.
    walk.advance(None)
    return walk.paid, walk.timeline


def _sort_out(
    plan: ProxyPlan,
) -> tuple[dict[str, tuple[Verdict, Finding]], list[_Candidate]]:
    """Relatives settled before any money moves (not eligible, nothing due), and the
    candidates the account may pay, each with the window it may pay them in."""
    settled: dict[str, tuple[Verdict, Finding]] = {}
    candidates: list[_Candidate] = []
    for index, rel in enumerate(plan.relatives):
        blocked = ineligible(plan, rel)
        if blocked is not None:
            settled[rel.key] = (Verdict.NOT_ELIGIBLE, blocked)
            continue
        if rel.amount_due <= 0:
            group = rel.subsidy_group or _SOMEONE
            note = finding("nothing_due", _R_NOTHING_DUE, rel.contribution_basis, group=group)
            settled[rel.key] = (Verdict.NOTHING_DUE, note)
            continue
        start, end = plan.plan_date, None
        period = rel.collection
        if plan.rules.within_collection_period and period is not None:
            start, end = max(plan.plan_date, period.start), period.end
        candidates.append(_Candidate(index, rel, rel.amount_due, start, end))
    return settled, candidates


def _settled_row(
    plan: ProxyPlan, rel: Relative, position: int, verdict: Verdict, reason: Finding
) -> RelativeResult:
    amount = rel.amount_due
    cash = amount if verdict is Verdict.NOT_ELIGIBLE else ZERO
    return RelativeResult(
        rel,
        position,
        verdict,
        amount,
        (reason,),
        tuple(conditions(plan, rel)) if verdict is not Verdict.NOTHING_DUE else (),
        cash_needed=cash,
        cash_up_front=cash if plan.mode is ProxyMode.PAY_THEN_REFUND else ZERO,
        deadline=rel.collection.end if rel.collection else None,
    )


def _paid_reason(plan: ProxyPlan, cand: _Candidate, done: _Paid) -> Finding:
    rel, deadline = cand.rel, cand.end
    money, after = format_yuan(cand.amount), format_yuan(done.after)
    if done.trigger is Trigger.NOW:
        return finding(
            "now",
            _R_NOW,
            plan.rules.basis_of(THRESHOLD_KEY),
            usable=format_yuan(usable(done.before, plan.rules)),
            amount=money,
            after=after,
        )
    if done.trigger is Trigger.PERIOD_START:
        return finding(
            "later_period",
            _R_LATER_PERIOD,
            rel.collection.basis if rel.collection else None,
            start=done.on.isoformat(),
            amount=money,
            after=after,
            deadline=deadline.isoformat() if deadline else "—",
        )
    credit = done.after_credit
    assert credit is not None
    return finding(
        "later_credit",
        _R_LATER_CREDIT if deadline else _R_LATER_CREDIT_NO_DEADLINE,
        plan.balance_basis,
        month=credit.month_text,
        day=credit.on.isoformat(),
        after=after,
        deadline=deadline.isoformat() if deadline else "",
    )


def _mode_lines(plan: ProxyPlan, cand: _Candidate, done: _Paid) -> tuple[Finding, date | None]:
    """The mode's line for a paid relative, and for 先缴后返 the month the money returns."""
    rules, rel, money = plan.rules, cand.rel, format_yuan(cand.amount)
    if plan.mode is ProxyMode.PAY_THEN_REFUND:
        lag = rules.refund_payout_lag_months
        if lag is None:
            return finding("refund_row", _R_REFUND_ROW_NO_LAG, name=rel.name, amount=money), None
        back = add_months(month_start(done.on), lag)
        line = finding(
            "refund_row",
            _R_REFUND_ROW,
            rules.basis_of("proxy.refund_payout_lag_months"),
            name=rel.name,
            amount=money,
            month=month_text(back),
        )
        return line, back
    return (
        finding(
            "quota_row",
            _R_QUOTA_ROW,
            rules.basis_of("proxy.wallet_quota"),
            day=done.on.isoformat(),
            name=rel.name,
            amount=money,
        ),
        None,
    )


def _paid_row(plan: ProxyPlan, cand: _Candidate, done: _Paid) -> RelativeResult:
    reasons = [_paid_reason(plan, cand, done)]
    return_month = None
    if plan.mode is not ProxyMode.DIRECT:
        line, return_month = _mode_lines(plan, cand, done)
        reasons.append(line)
    amount = cand.amount
    return RelativeResult(
        cand.rel,
        cand.index + 1,
        Verdict.NOW if done.trigger is Trigger.NOW else Verdict.LATER,
        amount,
        tuple(reasons),
        tuple(conditions(plan, cand.rel)),
        pay_on=done.on,
        trigger=done.trigger,
        after_credit=done.after_credit,
        balance_before=done.before,
        balance_after=done.after,
        deadline=cand.end,
        cash_up_front=amount if plan.mode is ProxyMode.PAY_THEN_REFUND else ZERO,
        return_month=return_month,
        quota=amount if plan.mode is ProxyMode.WALLET_QUOTA else ZERO,
    )


def _short_reason(plan: ProxyPlan, cand: _Candidate, would: _Paid | None, until: str) -> Finding:
    money, deadline = format_yuan(cand.amount), cand.end
    if deadline is None:
        return finding(
            "short_open", _R_SHORT_NO_DEADLINE, level=Level.WARNING, amount=money, until=until
        )
    if would is not None:
        month = would.after_credit.month_text if would.after_credit else month_text(would.on)
        return finding(
            "short_late",
            _R_SHORT_LATE,
            plan.balance_basis,
            level=Level.WARNING,
            deadline=deadline.isoformat(),
            amount=money,
            month=month,
            day=would.on.isoformat(),
        )
    return finding(
        "short_never",
        _R_SHORT_NEVER,
        level=Level.WARNING,
        deadline=deadline.isoformat(),
        amount=money,
        until=until,
    )


def _short_row(
    plan: ProxyPlan, cand: _Candidate, would: _Paid | None, until: str
) -> RelativeResult:
    amount = cand.amount
    return RelativeResult(
        cand.rel,
        cand.index + 1,
        Verdict.SHORT,
        amount,
        (_short_reason(plan, cand, would, until),),
        tuple(conditions(plan, cand.rel)),
        deadline=cand.end,
        would_cover_on=would.on if would else None,
        would_cover_after=would.after_credit if would else None,
        cash_needed=amount,
        cash_up_front=amount if plan.mode is ProxyMode.PAY_THEN_REFUND else ZERO,
    )


def simulate(plan: ProxyPlan, *, horizon_months: int = DEFAULT_HORIZON_MONTHS) -> ProxyResult:
    """Run the plan. Raises :class:`ProxyPlanError` for bad input (see :func:`check_plan`)."""
    problems = check_plan(plan)
    if problems:
        raise ProxyPlanError(problems)
    far = add_months(plan.plan_date, horizon_months)
    settled, candidates = _sort_out(plan)
    ends = [c.end for c in candidates if c.end is not None]
    horizon = max(ends) if ends and len(ends) == len(candidates) else far
    paid, timeline = _run(plan, candidates, horizon, enforce_deadline=True)
    hint: dict[str, _Paid] = {}
    if any(c.rel.key not in paid for c in candidates):
        hint, _ = _run(plan, candidates, max(far, horizon), enforce_deadline=False)
    until = month_text(max(far, horizon))
    by_key = {c.rel.key: c for c in candidates}
    rows: list[RelativeResult] = []
    for index, rel in enumerate(plan.relatives):
        if rel.key in settled:
            rows.append(_settled_row(plan, rel, index + 1, *settled[rel.key]))
        elif rel.key in paid:
            rows.append(_paid_row(plan, by_key[rel.key], paid[rel.key]))
        else:
            rows.append(_short_row(plan, by_key[rel.key], hint.get(rel.key), until))
    # "now": the balance at the plan date, before any 代缴
    balance_now = plan.balance + sum(
        (e.signed for e in plan.events if plan.as_of < e.on <= plan.plan_date), ZERO
    )
    paid_now = sum((r.amount for r in rows if r.trigger is Trigger.NOW), ZERO)
    result = ProxyResult(
        plan=plan,
        rows=tuple(rows),
        now=plan.plan_date,
        balance_now=balance_now,
        usable_now=usable(balance_now, plan.rules),
        balance_after_now=balance_now - paid_now,
        timeline=tuple(sorted(timeline, key=lambda t: t.on)),
        notes=(),
        summary=(),
    )
    return replace(result, notes=tuple(general_notes(result)), summary=tuple(summary_lines(result)))
