"""How much of the giver's balance may be used: where the region keeps a minimum in the
account (``family.min_retained_balance``, 山西: only the balance above ¥1,000), only the part
above it; the findings about it and about an empty account; and the 医保钱包 共济额度 note
(``family.quota_locked``).

:func:`usable_balance` is the one definition of "the part above the threshold" (代缴 uses it
too).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from yibao.domain.family.model import Rule, policy_region, reason
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Fact, Finding, Level, PolicyView
from yibao.domain.money import ZERO, format_yuan, round_yuan
from yibao.domain.people import Member
from yibao.domain.policy import Override, PolicyBook, Resolved

_MSG_THRESHOLD = QT_TRANSLATE_NOOP(
    "domain", "{policy_region}规定：个人账户余额超过{threshold}的部分才可以共济"
)
_MSG_THRESHOLD_BALANCE = QT_TRANSLATE_NOOP(
    "domain",
    "{policy_region}规定：个人账户余额超过{threshold}的部分才可以共济；按您填写的余额"
    "{balance}，现在可共济{usable}",
)
_FIX_THRESHOLD_ZERO = QT_TRANSLATE_NOOP(
    "domain", "可以先办理绑定；等余额超过{threshold}后，超出的部分就能给亲属用"
)
_MSG_BALANCE_ZERO = QT_TRANSLATE_NOOP(
    "domain", "按您填写的余额（{balance}），{giver}的个人账户现在没有钱可以共济"
)
_FIX_BALANCE_ZERO = QT_TRANSLATE_NOOP(
    "domain", "可以先办理绑定，等每月划入后再用；余额可在国家医保服务平台APP查询"
)
_MSG_QUOTA = QT_TRANSLATE_NOOP(
    "domain",
    "跨省共济用的是医保钱包里的“共济额度”：转入额度的钱{giver}本人不能再用，"
    "解除绑定后没用完的额度退回个人账户",
)


def usable_balance(balance: Decimal, threshold: Decimal) -> Decimal:
    """The part of *balance* above *threshold* (never negative), to the cent."""
    return round_yuan(max(ZERO, balance - threshold))


def threshold_fact(view: PolicyView) -> tuple[Decimal, Fact[Decimal]]:
    """The amount that must stay in the account (0 where there is none), and its fact."""
    found = view.decimal("family.min_retained_balance")
    return (round_yuan(found.value) if found.value is not None else ZERO), found


def threshold_of(
    book: PolicyBook, region_code: str | None, at: date, overrides: Sequence[Override] = ()
) -> tuple[Decimal, Resolved | None]:
    """``family.min_retained_balance`` for a region (0 where there is none)."""
    value, found = threshold_fact(PolicyView(book, region_code, at, overrides))
    return value, found.resolved


def _threshold_reason(threshold: Decimal, found: Fact[Decimal], balance: Decimal | None) -> Finding:
    p = {"policy_region": policy_region(found), "threshold": format_yuan(threshold)}
    if balance is None:
        return reason(Rule.THRESHOLD, Level.WARNING, _MSG_THRESHOLD, p, found)
    usable = usable_balance(balance, threshold)
    return reason(
        Rule.THRESHOLD,
        Level.WARNING,
        _MSG_THRESHOLD_BALANCE,
        {**p, "balance": format_yuan(balance), "usable": format_yuan(usable)},
        found,
        fix=_FIX_THRESHOLD_ZERO if usable == 0 else "",
        fix_params=p if usable == 0 else {},
    )


def money_reasons(giver: Member, balance: Decimal | None, view: PolicyView) -> list[Finding]:
    """The threshold of the giver's region (*view*), or an empty account (*balance* typed)."""
    threshold, found = threshold_fact(view)
    if found.found and threshold > 0:
        return [_threshold_reason(threshold, found, balance)]
    if balance is not None and balance <= 0:
        return [
            reason(
                Rule.BALANCE,
                Level.WARNING,
                _MSG_BALANCE_ZERO,
                {"giver": giver.name, "balance": format_yuan(balance)},
                fix=_FIX_BALANCE_ZERO,
            )
        ]
    return []


def quota_reason(giver: Member, view: PolicyView) -> Finding | None:
    """Cross-province through the wallet: money in the 共济额度 is the relative's to use."""
    quota = view.flag("family.quota_locked")
    if quota.value is not True:
        return None
    return reason(Rule.QUOTA, Level.WARNING, _MSG_QUOTA, {"giver": giver.name}, quota)
