"""Keeping a 代缴 plan as a case (我的事项): its title, one checklist item per relative (per
step for 先缴后返), the deadlines (collection-period ends, the days LATER payments become
possible, the return months), the facts for the checklist, and a relative's progress."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from yibao.domain.cases import CaseItem, Deadline
from yibao.domain.i18n import QT_TRANSLATE_NOOP, Items, Message, is_english, written
from yibao.domain.money import format_yuan
from yibao.domain.proxy_payment.dates import last_day, month_text
from yibao.domain.proxy_payment.labels import (
    PaymentStatus,
    ProxyMode,
    RefundState,
    Trigger,
    Verdict,
)
from yibao.domain.proxy_payment.result import ProxyResult, RelativeResult

__all__ = [
    "CHECKLIST_ID",
    "PAYMENT_SECTION",
    "case_deadlines",
    "case_title",
    "checklist_facts",
    "merge_items",
    "payment_item_key",
    "payment_items",
    "relative_progress",
]

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


def _when_text(row: RelativeResult) -> Message:
    if row.trigger is Trigger.CREDIT and row.after_credit is not None and row.pay_on:
        return Message(
            _I_WHEN_CREDIT, {"month": row.after_credit.month_text, "day": row.pay_on.isoformat()}
        )
    if row.trigger is Trigger.PERIOD_START and row.pay_on is not None:
        return Message(_I_WHEN_PERIOD, {"day": row.pay_on.isoformat()})
    return Message(_I_WHEN_NOW)


def payment_item_key(relative_key: str, step: str = "") -> str:
    """The checklist key of a relative's payment item (``proxy.pay.m12`` / ``….applied``)."""
    safe = "".join(
        ch if ch.isascii() and (ch.isalnum() or ch == "_") else "_" for ch in relative_key
    )
    key = f"proxy.pay.{safe.lower() or 'x'}"
    return f"{key}.{step}" if step else key


_T_MANY = QT_TRANSLATE_NOOP("domain", "{names} 等 {count} 人")


def case_title(result: ProxyResult) -> str:
    """The case's title, in the chosen language (it is kept with the case as written); so
    are its items and deadlines."""
    all_names = [r.relative.name for r in result.rows]
    names: object = Items(all_names)
    if len(all_names) > 4:
        names = Message(_T_MANY, {"names": Items(all_names[:3]), "count": len(all_names)})
    return written(_T_TITLE, {"year": result.plan.benefit_year, "names": names})


def payment_items(result: ProxyResult) -> tuple[CaseItem, ...]:
    """One checklist item per relative (per step for 先缴后返), in the plan's order."""
    plan = result.plan
    items: list[CaseItem] = []
    for row in result.rows:
        rel = row.relative
        if row.verdict is Verdict.NOTHING_DUE:
            continue
        params: dict[str, object] = {
            "name": rel.name,
            "year": str(plan.benefit_year),
            "amount": format_yuan(row.amount),
            "deadline": row.deadline.isoformat() if row.deadline else _NO_DEADLINE,
        }
        why = ("; " if is_english() else "；").join(
            written(n.template, n.params) for n in row.reasons
        )
        source = rel.contribution_basis.source_id if rel.contribution_basis else None
        key = payment_item_key(rel.key)
        if not row.verdict.covered:
            items.append(
                CaseItem(key, PAYMENT_SECTION, written(_I_SELF, params), why, True, source)
            )
            continue
        when = _when_text(row)
        if plan.mode is ProxyMode.PAY_THEN_REFUND:
            month = month_text(row.return_month) if row.return_month else written(_NO_DEADLINE)
            items += [
                CaseItem(
                    payment_item_key(rel.key, "paid"),
                    PAYMENT_SECTION,
                    written(_I_REFUND_PAID, params),
                    why,
                    True,
                    source,
                ),
                CaseItem(
                    payment_item_key(rel.key, "applied"),
                    PAYMENT_SECTION,
                    written(_I_REFUND_APPLIED, {**params, "when": when}),
                    "",
                    True,
                ),
                CaseItem(
                    payment_item_key(rel.key, "approved"),
                    PAYMENT_SECTION,
                    written(_I_REFUND_APPROVED, params),
                    written(_I_WHY_REFUND_FAILED),
                    True,
                ),
                CaseItem(
                    payment_item_key(rel.key, "returned"),
                    PAYMENT_SECTION,
                    written(_I_REFUND_RETURNED, {**params, "month": month}),
                    "",
                    True,
                ),
            ]
            continue
        template = _I_QUOTA if plan.mode is ProxyMode.WALLET_QUOTA else _I_DIRECT
        items.append(
            CaseItem(
                key, PAYMENT_SECTION, written(template, {**params, "when": when}), why, True, source
            )
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
            Deadline(written(_D_DEADLINE, {"year": plan.benefit_year, "names": Items(names)}), day)
        )
    for row in result.by_verdict(Verdict.LATER):
        if row.pay_on is None:
            continue
        month = row.after_credit.month_text if row.after_credit else month_text(row.pay_on)
        out.append(
            Deadline(written(_D_LATER, {"month": month, "name": row.relative.name}), row.pay_on)
        )
    if plan.mode is ProxyMode.PAY_THEN_REFUND:
        for row in result.rows:
            if row.return_month is not None:
                last = last_day(row.return_month.year, row.return_month.month)
                out.append(Deadline(written(_D_RETURN, {"name": row.relative.name}), last))
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
