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
from yibao.domain.refund.steps import ALT_ASK_LOCAL, Steps


def check_proxy_cancel(steps: Steps) -> None:
    steps.yes_no(
        "proxy.cancellable",
        "proxy.cancel_",
        (_R_PROXY_CANCEL_YES, _R_PROXY_CANCEL_NO, _R_PROXY_CANCEL_UNKNOWN),
        if_no=("keep_using", _A_KEEP_USING),
    )
    cash = steps.view.flag("account.cash_out_allowed")
    steps.add("proxy.back_to_account", _R_PROXY_BACK_TO_ACCOUNT, Level.INFO, cash)
    steps.earliest = steps.today


def check_proxy_resubmit(steps: Steps) -> None:
    steps.yes_no(
        "proxy.pay_then_refund",
        "proxy.pay_then_refund_",
        (_R_PAY_THEN_REFUND_YES, _R_PAY_THEN_REFUND_NO, _R_PAY_THEN_REFUND_UNKNOWN),
        if_no=(ALT_ASK_LOCAL, _A_ASK_LOCAL),
    )
    counter = ("resubmit_counter", _A_RESUBMIT_COUNTER)
    steps.yes_no(
        "proxy.resubmit_failed_payout",
        "proxy.resubmit_",
        (_R_RESUBMIT_YES, _R_RESUBMIT_NO, _R_RESUBMIT_UNKNOWN),
        if_no=counter,
        if_unknown=counter,
    )
    steps.earliest = steps.today
