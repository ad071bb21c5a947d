"""Who pays a relative's bill: the relative's own personal account first, then the 共济
accounts (each only the part above its region's threshold, at most its 单次最高支付额度),
the rest by other means (``family.payment_order``, seed 003, 未经证实)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from yibao.domain.family.threshold import usable_balance
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import LabelledEnum
from yibao.domain.money import ZERO, round_yuan
from yibao.domain.policy import Resolved


class PayerRole(LabelledEnum):
    #: the relative's own personal account
    OWN = "own", QT_TRANSLATE_NOOP("domain", "本人个人账户")
    #: a 共济人's account
    GIVER = "giver", QT_TRANSLATE_NOOP("domain", "共济人个人账户")
    #: what no account covers
    CASH = "cash", QT_TRANSLATE_NOOP("domain", "自己另付（现金、微信、支付宝等）")


@dataclass(frozen=True)
class PayerBalance:
    """An account that may pay: its owner's name, balance, and the amount that must stay.

    ``cap`` is the most this account pays for one settlement where the giver has set a
    单次最高支付额度 for this relative (``family.per_relative_payment_cap``, e.g. 山西);
    ``None`` for no cap.
    """

    name: str
    role: PayerRole
    balance: Decimal
    threshold: Decimal = ZERO
    member_id: int | None = None
    cap: Decimal | None = None

    @property
    def usable(self) -> Decimal:
        usable = usable_balance(self.balance, self.threshold)
        if self.cap is not None:
            usable = min(usable, round_yuan(max(self.cap, ZERO)))
        return usable


@dataclass(frozen=True)
class PaymentLine:
    name: str
    role: PayerRole
    balance: Decimal
    usable: Decimal
    pays: Decimal
    #: placed by the name-order tie-break (equal usable balances), which is unconfirmed
    tie_break: bool = False
    member_id: int | None = None
    #: not used because one settlement may use only one 共济人's account
    skipped: bool = False

    @property
    def balance_after(self) -> Decimal:
        return round_yuan(self.balance - self.pays)


@dataclass(frozen=True)
class PaymentPlan:
    bill: Decimal
    lines: tuple[PaymentLine, ...]
    out_of_pocket: Decimal
    order: Resolved | None
    tie_break_used: bool
    #: the rule "one settlement, one 共济人" (``family.one_giver_per_settlement``) applied
    one_giver_per_settlement: bool = False

    @property
    def from_accounts(self) -> Decimal:
        return round_yuan(
            sum((line.pays for line in self.lines if line.role is not PayerRole.CASH), ZERO)
        )


def _queue(
    own: PayerBalance | None, givers: Sequence[PayerBalance], groups: Counter[Decimal]
) -> list[tuple[PayerBalance, bool]]:
    """The accounts in paying order, each with "placed by the name tie-break"."""
    ordered = sorted(givers, key=lambda g: (-g.usable, g.name))
    queue: list[tuple[PayerBalance, bool]] = [(own, False)] if own is not None else []
    queue += [(g, groups[g.usable] > 1 and g.usable > 0) for g in ordered]
    return queue


def _pay(
    queue: Sequence[tuple[PayerBalance, bool]], bill: Decimal, one_giver: bool
) -> tuple[list[PaymentLine], Decimal]:
    """Each account pays what it can of what is left; the lines and what is still left."""
    remaining = round_yuan(bill)
    lines: list[PaymentLine] = []
    giver_used = False
    for payer, tie in queue:
        is_giver = payer.role is PayerRole.GIVER
        skipped = one_giver and is_giver and giver_used
        pays = ZERO if skipped else min(remaining, payer.usable)
        giver_used = giver_used or (is_giver and pays > 0)
        lines.append(
            PaymentLine(
                payer.name,
                payer.role,
                round_yuan(payer.balance),
                payer.usable,
                round_yuan(pays),
                tie,
                payer.member_id,
                skipped and payer.usable > 0 and remaining > 0,
            )
        )
        remaining = round_yuan(remaining - pays)
    return lines, remaining


def _tie_break_used(lines: Sequence[PaymentLine], groups: Counter[Decimal]) -> bool:
    """Within a group of equal balances, one account paid and another did not pay all it
    could: the name order decided something."""
    for value, count in groups.items():
        tied = [line for line in lines if line.tie_break and line.usable == value]
        if count > 1 and any(x.pays > 0 for x in tied) and any(x.pays < x.usable for x in tied):
            return True
    return False


def allocate_payment(
    bill: Decimal,
    own: PayerBalance | None,
    givers: Sequence[PayerBalance],
    order: Resolved | None = None,
    *,
    one_giver_per_settlement: bool = False,
) -> PaymentPlan:
    """Split a relative's personal-account-payable bill over the accounts, in order.

    With *one_giver_per_settlement* (山西: “被授权人一次结算仅可使用一名授权人的共济账户”)
    only the first 共济人 in that order who can pay anything pays; the others are listed as
    ``skipped`` and the rest of the bill is paid by other means.

    Order (``family.payment_order``, seed 003, 未经证实): the relative's own account first,
    then the 共济 accounts; among several 共济人, the larger usable balance first, equal
    balances by name (here: the names' character order — how the real system sorts names is
    not known, so it is flagged ``tie_break``). Each account pays at most its usable part
    (the balance above the region's threshold); what is left is paid by other means.
    """
    if bill < 0:
        raise ValueError("bill must not be negative")
    groups = Counter(g.usable for g in givers)
    lines, remaining = _pay(_queue(own, givers, groups), bill, one_giver_per_settlement)
    tie_used = _tie_break_used(lines, groups)
    if remaining > 0:
        lines.append(PaymentLine("", PayerRole.CASH, ZERO, ZERO, remaining))
    return PaymentPlan(
        round_yuan(bill), tuple(lines), remaining, order, tie_used, one_giver_per_settlement
    )
