"""What to do before each kind of deadline (templates; parameters filled by the caller)."""

from __future__ import annotations

from yibao.domain.cases import CaseKind
from yibao.domain.i18n import QT_TRANSLATE_NOOP

CASE_TITLE = QT_TRANSLATE_NOOP("domain", "{label}（{case}）")

CASE_ACTIONS = {
    CaseKind.PROXY_PAYMENT: QT_TRANSLATE_NOOP(
        "domain",
        "按“我的事项”里的代缴清单办这一步（医保 APP、税务渠道或经办机构）；办完后勾选这个期限。",
    ),
    CaseKind.OFFSITE_FILING: QT_TRANSLATE_NOOP(
        "domain",
        "按“我的事项”里的清单备齐材料，在这天之前到参保地医保经办机构或医保 APP 办理；"
        "办完后勾选这个期限。",
    ),
    CaseKind.REFUND: QT_TRANSLATE_NOOP(
        "domain",
        "按“我的事项”里的清单带齐材料去办理；办完后勾选这个期限。",
    ),
}

COLLECTION_TITLE = QT_TRANSLATE_NOOP("domain", "{name}的{year}年度居民医保缴费截止")
COLLECTION_ACTION = QT_TRANSLATE_NOOP(
    "domain",
    "在 {due} 之前为{name}缴纳{year}年度城乡居民医保（医保 APP、税务 APP 或社区）；"
    "也可以用职工的个人账户代缴。",
)
COLLECTION_ACTION_ESTIMATED = QT_TRANSLATE_NOOP(
    "domain",
    "在 {due} 之前为{name}缴纳{year}年度城乡居民医保（医保 APP、税务 APP 或社区）。"
    "这是通常的截止月份，当地公布的日期可能不同，请以当地医保部门公布为准。",
)
#: {document}: the 文号 (or title) of the waiting rule's source in the policy book
COLLECTION_MISSED = QT_TRANSLATE_NOOP(
    "domain", "错过征缴期再参保，要等待 {months} 个月才能报销（{document}）。"
)
#: the same when the waiting rule is the user's own value (no document behind it)
COLLECTION_MISSED_PLAIN = QT_TRANSLATE_NOOP(
    "domain", "错过征缴期再参保，要等待 {months} 个月才能报销。"
)
#: {repair}: ``waiting.resident.repair_months_per_paid_year`` (the book's months per paid year)
COLLECTION_BROKEN = QT_TRANSLATE_NOOP(
    "domain",
    "{name}已断缴 {years} 年：按期缴纳后也要等待 {now_months} 个月才能报销；"
    "错过征缴期要等待 {months} 个月。每多缴一年的费用可少等 {repair} 个月。",
)
#: the same where the book has no repair rule for the region
COLLECTION_BROKEN_PLAIN = QT_TRANSLATE_NOOP(
    "domain",
    "{name}已断缴 {years} 年：按期缴纳后也要等待 {now_months} 个月才能报销；"
    "错过征缴期要等待 {months} 个月。",
)

RENEWAL_TITLE = QT_TRANSLATE_NOOP("domain", "{name}的{year}年度灵活就业续保缴费截止")
RENEWAL_ACTION = QT_TRANSLATE_NOOP(
    "domain", "在 {due} 之前为{name}办理{year}年度灵活就业医保续保缴费（{start} 起可办）。"
)
RENEWAL_MISSED = QT_TRANSLATE_NOOP(
    "domain", "逾期视为中断参保；之后要连续缴费满 {months} 个月才恢复报销。"
)
RENEWAL_MISSED_PLAIN = QT_TRANSLATE_NOOP("domain", "逾期视为中断参保。")
