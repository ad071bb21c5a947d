"""When an account payout may be applied for: after the insurance ended, and in some regions
only ``refund.account.apply_after_termination_months`` months after (武汉: 2)."""

from __future__ import annotations

from yibao.domain.cases import Deadline
from yibao.domain.i18n import written
from yibao.domain.kernel import Level
from yibao.domain.refund.messages import (
    _A_TERMINATE_FIRST,
    _A_WAIT,
    _DL_APPLY,
    _R_NO_TERMINATION,
    _R_NO_WAIT,
    _R_NOT_TERMINATED,
    _R_WAIT_MONTHS,
    _R_WAIT_PASSED,
)
from yibao.domain.refund.model import cn_date
from yibao.domain.refund.steps import Steps
from yibao.domain.workdays import add_months

WAIT_MONTHS = "refund.account.apply_after_termination_months"


def check_timing(steps: Steps) -> None:
    term = steps.request.termination_date
    today = steps.today
    if term is None:
        steps.add("timing.no_termination", _R_NO_TERMINATION, Level.WAIT)
        steps.alt("terminate_first", _A_TERMINATE_FIRST)
        return
    if term > today:
        steps.add("timing.not_terminated", _R_NOT_TERMINATED, Level.WAIT, termination=cn_date(term))
        steps.alt("terminate_first", _A_TERMINATE_FIRST)
    wait = steps.view.integer(WAIT_MONTHS)
    if wait.value is None:
        steps.earliest = term
        if term <= today:
            steps.add("timing.no_wait", _R_NO_WAIT, Level.INFO, wait, termination=cn_date(term))
        return
    months = wait.value
    earliest = add_months(term, months)
    steps.earliest = earliest
    params = {"months": str(months), "termination": cn_date(term), "earliest": cn_date(earliest)}
    if earliest > today:
        steps.add("timing.wait", _R_WAIT_MONTHS, Level.WAIT, wait, **params)
        steps.alt("wait", _A_WAIT, earliest=cn_date(earliest))
        steps.deadlines.append(Deadline(written(_DL_APPLY, {"months": months}), earliest))
    else:
        steps.add("timing.wait_passed", _R_WAIT_PASSED, Level.INFO, wait, **params)
