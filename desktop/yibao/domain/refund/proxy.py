"""代缴 money back: cancelling (撤销) a 代缴 paid from the account (``proxy.cancellable``;
the money goes back to the account), and a failed 先缴后返 payout corrected and resubmitted
(``proxy.pay_then_refund``, ``proxy.resubmit_failed_payout``)."""

from __future__ import annotations

from yibao.domain.kernel import Level
from yibao.domain.refund.messages import (
    _A_ASK_LOCAL,
    _A_KEEP_USING,
    _A_RESUBMIT_COUNTER,
    _R_PAY_THEN_REFUND_NO,
    _R_PAY_THEN_REFUND_UNKNOWN,
    _R_PAY_THEN_REFUND_YES,
    _R_PROXY_BACK_TO_ACCOUNT,
    _R_PROXY_CANCEL_NO,
    _R_PROXY_CANCEL_UNKNOWN,
    _R_PROXY_CANCEL_YES,
    _R_RESUBMIT_NO,
    _R_RESUBMIT_UNKNOWN,
    _R_RESUBMIT_YES,
)
from yibao.domain.refund.steps import Steps


def check_proxy_cancel(steps: Steps) -> None:
    rule = steps.view.flag("proxy.cancellable")
    if rule.value is None:
        steps.add("proxy.cancel_unknown", _R_PROXY_CANCEL_UNKNOWN, Level.CHECK, rule)
        steps.alt("ask_local", _A_ASK_LOCAL)
    elif rule.value:
        steps.add("proxy.cancel_yes", _R_PROXY_CANCEL_YES, Level.OK, rule)
    else:
        steps.add("proxy.cancel_no", _R_PROXY_CANCEL_NO, Level.BLOCKED, rule)
        steps.alt("keep_using", _A_KEEP_USING)
    cash = steps.view.flag("account.cash_out_allowed")
    steps.add("proxy.back_to_account", _R_PROXY_BACK_TO_ACCOUNT, Level.INFO, cash)
    steps.earliest = steps.today


def check_proxy_resubmit(steps: Steps) -> None:
    ptr = steps.view.flag("proxy.pay_then_refund")
    if ptr.value is None:
        steps.add("proxy.pay_then_refund_unknown", _R_PAY_THEN_REFUND_UNKNOWN, Level.CHECK, ptr)
        steps.alt("ask_local", _A_ASK_LOCAL)
    elif ptr.value:
        steps.add("proxy.pay_then_refund_yes", _R_PAY_THEN_REFUND_YES, Level.OK, ptr)
    else:
        steps.add("proxy.pay_then_refund_no", _R_PAY_THEN_REFUND_NO, Level.BLOCKED, ptr)
        steps.alt("ask_local", _A_ASK_LOCAL)
    rule = steps.view.flag("proxy.resubmit_failed_payout")
    if rule.value is None:
        steps.add("proxy.resubmit_unknown", _R_RESUBMIT_UNKNOWN, Level.CHECK, rule)
        steps.alt("resubmit_counter", _A_RESUBMIT_COUNTER)
    elif rule.value:
        steps.add("proxy.resubmit_yes", _R_RESUBMIT_YES, Level.OK, rule)
    else:
        steps.add("proxy.resubmit_no", _R_RESUBMIT_NO, Level.BLOCKED, rule)
        steps.alt("resubmit_counter", _A_RESUBMIT_COUNTER)
    steps.earliest = steps.today
