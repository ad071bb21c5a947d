"""What happens to the giver's account before any 代缴: monthly credits (划入, typed or
projected from history) and deductions it takes anyway (长护险, ``ltc.*``), as dated events."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Basis, LabelledEnum, PolicyView
from yibao.domain.money import ZERO, round_yuan
from yibao.domain.policy import Override, PolicyBook
from yibao.domain.proxy_payment.dates import add_months, month_start, month_text

__all__ = [
    "AccountEvent",
    "DeductionSchedule",
    "EventKind",
    "PlannedDeduction",
    "event_order",
    "ltc_deduction_from_book",
    "project_events",
]


class EventKind(LabelledEnum):
    # 划入
    CREDIT = "credit"
    # 扣缴（如长护险）
    DEDUCTION = "deduction"


class DeductionSchedule(LabelledEnum):
    # 按月
    MONTHLY = "monthly", QT_TRANSLATE_NOOP("domain", "按月")
    # 按年（年末一次扣全年）
    YEARLY = "yearly", QT_TRANSLATE_NOOP("domain", "按年")

    @classmethod
    def from_policy_text(cls, text: str) -> DeductionSchedule:
        return cls.YEARLY if text == "按年" else cls.MONTHLY


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
        return month_text(self.on)


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
    view = PolicyView(book, region_code, at, overrides)
    monthly = view.decimal("ltc.account_deduction_monthly")
    if monthly.value is None:
        return None
    schedule = view.text("ltc.deduction_schedule")
    kind = DeductionSchedule.MONTHLY
    basis = [monthly.basis]
    amount = round_yuan(monthly.value)
    if schedule.value is not None:
        kind = DeductionSchedule.from_policy_text(schedule.value)
        basis.append(schedule.basis)
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
                    on, EventKind.CREDIT, amount, credit_label.format(month=month_text(on))
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
    events.sort(key=event_order)
    return tuple(events)


def event_order(event: AccountEvent) -> tuple[date, int]:
    # On one day the credit arrives first, then deductions are taken.
    return event.on, 0 if event.kind is EventKind.CREDIT else 1
