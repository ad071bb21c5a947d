"""The notes under a 代缴 result: whether the region offers the mode, the threshold, only the
current year, when a period opens, deductions taken anyway, 先缴后返's money back, the
wallet quota, invoices, cancelling, and the groups that pay through special channels."""

from __future__ import annotations

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Finding, Level, finding
from yibao.domain.money import ZERO, format_yuan
from yibao.domain.proxy_payment.account import EventKind
from yibao.domain.proxy_payment.dates import month_text
from yibao.domain.proxy_payment.labels import ProxyMode, Trigger, Verdict
from yibao.domain.proxy_payment.result import ProxyResult
from yibao.domain.proxy_payment.rules import THRESHOLD_KEY

__all__ = ["general_notes"]


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
    "代缴后可以申请撤销（如当地医保小程序的“职工个账代缴居民医保费撤销”）；退款一般通过当地"
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
    "domain", "{groups}一般不能用个人账户代缴，按当地专门渠道办理（以当地为准）。"
)
_N_SPECIAL_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain",
    "新生儿和资助参保人员能否用个人账户代缴，政策库中没有本地区的记录；"
    "请按当地新生儿参保或资助参保的办法办理，或向当地医保部门确认。",
)


_DEDUCTION = QT_TRANSLATE_NOOP("domain", "扣缴")


def _mode_notes(result: ProxyResult) -> list[Finding]:
    plan, rules = result.plan, result.plan.rules
    supported = rules.mode_supported(plan.mode)
    if supported is False:
        basis = rules.basis_of(plan.mode.policy_key)
        return [finding("mode_no", _N_MODE_NO, basis, level=Level.BLOCKED, mode=plan.mode.label)]
    if supported is None:
        return [finding("mode_unknown", _N_MODE_UNKNOWN, level=Level.WARNING, mode=plan.mode.label)]
    return []


def _threshold_note(result: ProxyResult) -> Finding:
    rules = result.plan.rules
    threshold = rules.min_retained_balance
    if threshold is not None and threshold > 0:
        return finding(
            "threshold",
            _N_THRESHOLD,
            rules.basis_of(THRESHOLD_KEY),
            threshold=format_yuan(threshold),
            balance=format_yuan(result.balance_now),
            usable=format_yuan(result.usable_now),
        )
    return finding("no_threshold", _N_NO_THRESHOLD, balance=format_yuan(result.balance_now))


def _timing_notes(result: ProxyResult) -> list[Finding]:
    """Only the current year; periods not open yet; deductions the account takes anyway."""
    plan, rules = result.plan, result.plan.rules
    notes: list[Finding] = []
    if rules.current_year_only:
        notes.append(
            finding("current_year", _N_CURRENT_YEAR, rules.basis_of("proxy.current_year_only"))
        )
    for row in result.rows:
        if row.trigger is Trigger.PERIOD_START and row.pay_on is not None:
            notes.append(
                finding(
                    "not_open",
                    _N_NOT_OPEN_YET,
                    name=row.relative.name,
                    start=row.pay_on.isoformat(),
                )
            )
    deductions = [e for e in plan.events if e.kind is EventKind.DEDUCTION and plan.as_of < e.on]
    if deductions:
        labels = "、".join(dict.fromkeys(e.label for e in deductions if e.label))
        notes.append(
            finding(
                "deductions",
                _N_DEDUCTIONS,
                labels=labels or _DEDUCTION,
                total=format_yuan(sum((e.amount for e in deductions), ZERO)),
                until=max(e.on for e in deductions).isoformat(),
            )
        )
    return notes


def _refund_notes(result: ProxyResult) -> list[Finding]:
    rules = result.plan.rules
    cash = format_yuan(result.cash_up_front)
    lag = rules.refund_payout_lag_months
    notes: list[Finding] = []
    if lag is not None:
        basis = rules.basis_of("proxy.refund_payout_lag_months")
        notes.append(finding("refund", _N_REFUND, basis, cash=cash, lag=str(lag)))
    else:
        notes.append(finding("refund_no_lag", _N_REFUND_NO_LAG, level=Level.WARNING, cash=cash))
    if rules.resubmit_failed_payout:
        basis = rules.basis_of("proxy.resubmit_failed_payout")
        notes.append(finding("refund_resubmit", _N_REFUND_RESUBMIT, basis))
    notes.append(finding("refund_deadline", _N_REFUND_DEADLINE, level=Level.WARNING))
    return notes


def _quota_notes(result: ProxyResult) -> list[Finding]:
    rules = result.plan.rules
    notes = [
        finding(
            "quota",
            _N_QUOTA,
            rules.basis_of("family.quota_locked"),
            rules.basis_of("proxy.wallet_quota"),
            quota=format_yuan(result.quota_now),
        )
    ]
    for day, amount, names in result.quota_topups:
        row = next(r for r in result.rows if r.pay_on == day and r.verdict is Verdict.LATER)
        month = row.after_credit.month_text if row.after_credit else month_text(day)
        notes.append(
            finding(
                "quota_topup",
                _N_QUOTA_TOPUP,
                day=day.isoformat(),
                month=month,
                amount=format_yuan(amount),
                names="、".join(names),
            )
        )
    return notes


def _closing_notes(result: ProxyResult) -> list[Finding]:
    """Invoices, cancelling, and the groups that pay through special channels."""
    rules = result.plan.rules
    notes: list[Finding] = []
    if rules.tax_invoice_issued is False:
        basis = rules.basis_of("proxy.tax_invoice_issued")
        notes.append(finding("no_invoice", _N_NO_INVOICE, basis))
    if rules.cancellable:
        notes.append(finding("cancel", _N_CANCEL_YES, rules.basis_of("proxy.cancellable")))
    else:
        notes.append(finding("cancel_unknown", _N_CANCEL_UNKNOWN))
    if any(r.relative.newborn or r.relative.subsidised for r in result.rows):
        groups = "、".join(rules.excluded_groups)
        if groups:
            basis = rules.basis_of("proxy.excluded_groups")
            notes.append(finding("special", _N_SPECIAL, basis, groups=groups))
        else:
            notes.append(finding("special_unknown", _N_SPECIAL_UNKNOWN))
    return notes


def general_notes(result: ProxyResult) -> list[Finding]:
    """The notes of a result, in the order the UI shows them."""
    mode = result.plan.mode
    notes = [*_mode_notes(result), _threshold_note(result), *_timing_notes(result)]
    if mode is ProxyMode.PAY_THEN_REFUND:
        notes += _refund_notes(result)
    if mode is ProxyMode.WALLET_QUOTA:
        notes += _quota_notes(result)
    return notes + _closing_notes(result)
