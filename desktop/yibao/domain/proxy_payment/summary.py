"""The plain-language summary of a 代缴 result: who can be paid now, who later (after which
credit or when the period opens), who not before the deadline, and the cash needed."""

from __future__ import annotations

from yibao.domain.i18n import QT_TRANSLATE_NOOP, Items
from yibao.domain.kernel import Finding, Level, finding
from yibao.domain.money import format_yuan
from yibao.domain.proxy_payment.dates import month_text
from yibao.domain.proxy_payment.labels import Trigger, Verdict
from yibao.domain.proxy_payment.result import ProxyResult, RelativeResult

__all__ = ["summary_lines"]

_S_ALL_NOW = QT_TRANSLATE_NOOP(
    "domain", "{count} 位亲属现在都可以用个人账户代缴，共 {total}；缴完后账户余额 {after}。"
)
_S_ONE_NOW = QT_TRANSLATE_NOOP(
    "domain", "{name}现在可以用个人账户代缴 {total}；缴完后账户余额 {after}。"
)
_S_SOME_NOW = QT_TRANSLATE_NOOP(
    "domain", "现在可以代缴：{names}，共 {total}；缴完后账户余额 {after}。"
)
_S_NONE_NOW = QT_TRANSLATE_NOOP("domain", "现在可用余额 {usable}，还不够给任何一位亲属代缴。")
_S_LATER = QT_TRANSLATE_NOOP(
    "domain", "{name}：{month} 的划入到账后可以代缴（约 {day}），早于截止日 {deadline}。"
)
_S_LATER_NO_DEADLINE = QT_TRANSLATE_NOOP(
    "domain", "{name}：{month} 的划入到账后可以代缴（约 {day}）。"
)
_S_LATER_PERIOD = QT_TRANSLATE_NOOP(
    "domain", "{name}：征缴期开始（{day}）后可以代缴，截止日 {deadline}。"
)
_S_SHORT = QT_TRANSLATE_NOOP(
    "domain", "{name}：截止日 {deadline} 前余额不够，需要自己准备 {amount}。"
)
_S_SHORT_LATE = QT_TRANSLATE_NOOP(
    "domain",
    "{name}：截止日 {deadline} 前余额不够（按预计要到 {month} 的划入后才够），"
    "需要自己准备 {amount}。",
)
_S_NOT_ELIGIBLE = QT_TRANSLATE_NOOP("domain", "{name}：不能用个人账户代缴，需要自己缴 {amount}。")
_S_CASH = QT_TRANSLATE_NOOP("domain", "个人账户之外，全家还需要准备 {cash}。")
_S_ALL_COVERED_BY = QT_TRANSLATE_NOOP(
    "domain", "按预计的划入，{day} 前后所有亲属都能缴上，赶得上截止日 {deadline}。"
)


def _money_waits(row: RelativeResult) -> bool:
    """The balance is what keeps the row from being paid now (not the period or a rule)."""
    return row.verdict is Verdict.SHORT or (
        row.verdict is Verdict.LATER and row.trigger is Trigger.CREDIT
    )


def _headline(result: ProxyResult) -> Finding | None:
    """Who can be paid now (or that the balance is too low for anybody now)."""
    now_rows = result.by_verdict(Verdict.NOW)
    payable = [r for r in result.rows if r.verdict is not Verdict.NOTHING_DUE]
    after = format_yuan(result.balance_after_now)
    total = format_yuan(result.total_now)
    if len(now_rows) == 1 == len(payable):
        name = now_rows[0].relative.name
        return finding("all_now", _S_ONE_NOW, name=name, total=total, after=after)
    if now_rows and len(now_rows) == len(payable):
        count = str(len(now_rows))
        return finding("all_now", _S_ALL_NOW, count=count, total=total, after=after)
    if now_rows:
        names = Items(r.relative.name for r in now_rows)
        return finding("some_now", _S_SOME_NOW, names=names, total=total, after=after)
    if any(_money_waits(r) for r in payable):
        usable = format_yuan(result.usable_now)
        return finding("none_now", _S_NONE_NOW, level=Level.WARNING, usable=usable)
    return None


def _later_line(row: RelativeResult) -> Finding | None:
    if row.pay_on is None:
        return None
    name, day = row.relative.name, row.pay_on.isoformat()
    deadline = row.deadline.isoformat() if row.deadline else ""
    if row.trigger is Trigger.PERIOD_START:
        return finding(
            "later_period", _S_LATER_PERIOD, name=name, day=day, deadline=deadline or "—"
        )
    month = row.after_credit.month_text if row.after_credit else month_text(row.pay_on)
    return finding(
        "later",
        _S_LATER if deadline else _S_LATER_NO_DEADLINE,
        name=name,
        month=month,
        day=day,
        deadline=deadline,
    )


def _short_line(row: RelativeResult) -> Finding:
    name, amount = row.relative.name, format_yuan(row.amount)
    deadline = row.deadline.isoformat() if row.deadline else "—"
    if row.would_cover_on is not None and row.deadline is not None:
        credit = row.would_cover_after
        month = credit.month_text if credit else month_text(row.would_cover_on)
        return finding(
            "short",
            _S_SHORT_LATE,
            level=Level.WARNING,
            name=name,
            deadline=deadline,
            month=month,
            amount=amount,
        )
    return finding(
        "short", _S_SHORT, level=Level.WARNING, name=name, deadline=deadline, amount=amount
    )


def _row_line(row: RelativeResult) -> Finding | None:
    if row.verdict is Verdict.LATER:
        return _later_line(row)
    if row.verdict is Verdict.SHORT:
        return _short_line(row)
    if row.verdict is Verdict.NOT_ELIGIBLE:
        return finding(
            "not_eligible",
            _S_NOT_ELIGIBLE,
            level=Level.BLOCKED,
            name=row.relative.name,
            amount=format_yuan(row.amount),
        )
    return None


def summary_lines(result: ProxyResult) -> list[Finding]:
    """The summary: the headline, one line per relative not paid now, and the totals."""
    lines = [line for line in (_headline(result),) if line is not None]
    lines += [line for line in map(_row_line, result.rows) if line is not None]
    later = result.by_verdict(Verdict.LATER)
    if later and result.all_covered and result.rest_covered_on and result.deadline:
        lines.append(
            finding(
                "all_by",
                _S_ALL_COVERED_BY,
                day=result.rest_covered_on.isoformat(),
                deadline=result.deadline.isoformat(),
            )
        )
    if result.cash_needed > 0:
        cash = format_yuan(result.cash_needed)
        lines.append(finding("cash", _S_CASH, level=Level.WARNING, cash=cash))
    return lines
