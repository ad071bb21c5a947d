"""The words of 代缴: the three modes, the verdicts, what a later payment waits for, the
progress of a saved payment; :class:`Note` and :class:`Level` are the kernel's
:class:`~yibao.domain.kernel.Finding` and :class:`~yibao.domain.kernel.Level`."""

from __future__ import annotations

from collections.abc import Mapping

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Finding, LabelledEnum, Level

__all__ = [
    "Level",
    "Note",
    "PaymentStatus",
    "ProxyMode",
    "RefundState",
    "Trigger",
    "Verdict",
]

# A sentence for the user: the kernel's one explained statement; its ``Level`` is the
# kernel's (a note is INFO, WARNING or BLOCKED, whose old name ``Level.PROBLEM`` is an alias)
Note = Finding


class ProxyMode(LabelledEnum):
    # (a) 缴费时直接从个人账户扣缴（如税务渠道“家庭共济缴费”）
    DIRECT = "direct", QT_TRANSLATE_NOOP("domain", "缴费时直接从个人账户扣")
    # (b) 先缴后返
    PAY_THEN_REFUND = "pay_then_refund", QT_TRANSLATE_NOOP("domain", "先缴后返")
    # (c) 医保钱包共济额度
    WALLET_QUOTA = "wallet_quota", QT_TRANSLATE_NOOP("domain", "医保钱包共济额度")

    @property
    def description(self) -> str:
        """What the mode means, for anyone (region facts come from the book, in the notes)."""
        return _MODE_DESCRIPTIONS[self]

    @property
    def policy_key(self) -> str:
        """The book's parameter saying whether the giver's region offers the mode."""
        return _MODE_KEYS[self]


_MODE_DESCRIPTIONS = {
    ProxyMode.DIRECT: QT_TRANSLATE_NOOP(
        "domain",
        "给亲属缴居民医保时，直接从您的个人账户扣钱（如税务渠道的“家庭共济缴费”）。亲属不用先垫钱。",
    ),
    ProxyMode.PAY_THEN_REFUND: QT_TRANSLATE_NOOP(
        "domain",
        "亲属先自己把居民医保费缴上，您再申请从个人账户把这笔钱返还到银行卡"
        "（到账时间以当地为准）。亲属要先准备好现金。",
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


class Verdict(LabelledEnum):
    # 现在就能用个人账户缴
    NOW = "now", QT_TRANSLATE_NOOP("domain", "现在可以代缴")
    # 等划入到账（或征缴期开始）后、截止日前能缴
    LATER = "later", QT_TRANSLATE_NOOP("domain", "稍后可以代缴")
    # 截止日前余额不够
    SHORT = "short", QT_TRANSLATE_NOOP("domain", "截止前余额不够")
    # 不能用个人账户代缴
    NOT_ELIGIBLE = "not_eligible", QT_TRANSLATE_NOOP("domain", "不能用个人账户代缴")
    # 个人不用缴费（全额资助）
    NOTHING_DUE = "nothing_due", QT_TRANSLATE_NOOP("domain", "个人不用缴费")

    @property
    def covered(self) -> bool:
        """The account pays (now or later, before the deadline)."""
        return self in (Verdict.NOW, Verdict.LATER)


AFTER_BINDING = QT_TRANSLATE_NOOP("domain", "绑定后可代缴")


class Trigger(LabelledEnum):
    """What a LATER payment waits for."""

    NOW = "now"
    # 征缴期开始
    PERIOD_START = "period_start"
    # 某月划入到账
    CREDIT = "credit"


class PaymentStatus(LabelledEnum):
    """Progress of one relative's payment, kept in the saved case (direct and quota modes)."""

    PLANNED = "planned", QT_TRANSLATE_NOOP("domain", "待代缴")
    PAID = "paid", QT_TRANSLATE_NOOP("domain", "已代缴")
    PAID_OTHERWISE = "paid_otherwise", QT_TRANSLATE_NOOP("domain", "已自行缴费")
    CANCELLED = "cancelled", QT_TRANSLATE_NOOP("domain", "已撤销")


class RefundState(LabelledEnum):
    """先缴后返: 未申报 → 已申报 → 申报成功 → 已返还; 失败 → 修改后重新提交 (→ 已申报)."""

    NOT_APPLIED = "not_applied", QT_TRANSLATE_NOOP("domain", "未申报")
    APPLIED = "applied", QT_TRANSLATE_NOOP("domain", "已申报")
    APPROVED = "approved", QT_TRANSLATE_NOOP("domain", "申报成功")
    RETURNED = "returned", QT_TRANSLATE_NOOP("domain", "已返还")
    FAILED = "failed", QT_TRANSLATE_NOOP("domain", "失败，修改后重新提交")

    def next_states(self) -> tuple[RefundState, ...]:
        return _REFUND_NEXT[self]

    def can_become(self, other: RefundState) -> bool:
        return other in _REFUND_NEXT[self]


_REFUND_NEXT: Mapping[RefundState, tuple[RefundState, ...]] = {
    RefundState.NOT_APPLIED: (RefundState.APPLIED,),
    RefundState.APPLIED: (RefundState.APPROVED, RefundState.FAILED),
    RefundState.APPROVED: (RefundState.RETURNED, RefundState.FAILED),
    RefundState.RETURNED: (),
    # 修改后重新提交: back to 已申报
    RefundState.FAILED: (RefundState.APPLIED,),
}
