"""When the money should arrive: a 先缴后返 payout ``proxy.refund_payout_lag_months`` months
after the (re)submitted application's month (河南: the next month); a cancelled 代缴 goes back
to the account; otherwise unknown (no region publishes it in the book)."""

from __future__ import annotations

import calendar
from datetime import date

from yibao.domain.cases import Deadline
from yibao.domain.i18n import month_text, written
from yibao.domain.kernel import PolicyView
from yibao.domain.refund.messages import (
    _ARRIVAL_ACCOUNT,
    _ARRIVAL_MONTH,
    _ARRIVAL_NEXT_MONTH,
    _ARRIVAL_NONE,
    _ARRIVAL_UNKNOWN,
    _DL_CHECK_ARRIVAL,
)
from yibao.domain.refund.model import Arrival, RefundRequest, Scenario, Verdict, cn_date
from yibao.domain.refund.steps import region_label
from yibao.domain.workdays import add_months

LAG = "proxy.refund_payout_lag_months"


def month_bounds(day: date) -> tuple[date, date]:
    """The first and last day of *day*'s month."""
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])


def expected_arrival(
    view: PolicyView, request: RefundRequest, verdict: Verdict
) -> tuple[Arrival, Deadline | None]:
    """The arrival, and the day to check it arrived (``None`` when not known)."""
    if verdict is Verdict.NOT_ELIGIBLE:
        return Arrival(_ARRIVAL_NONE), None
    if request.scenario is Scenario.PROXY_CANCEL:
        return Arrival(_ARRIVAL_ACCOUNT), None
    if request.scenario is not Scenario.PROXY_RESUBMIT:
        return Arrival(_ARRIVAL_UNKNOWN), None
    lag = view.integer(LAG)
    if lag.value is None:
        return Arrival(_ARRIVAL_UNKNOWN), None
    applied = request.application_date or view.at
    first, last = month_bounds(add_months(applied.replace(day=1), lag.value))
    params = {
        "region": region_label(lag),
        "lag": str(lag.value),
        "applied": cn_date(applied),
        # 2027年3月 / 2027-03, for the language
        "month": month_text(first.year, first.month),
    }
    template = _ARRIVAL_NEXT_MONTH if lag.value == 1 else _ARRIVAL_MONTH
    arrival = Arrival(template, params, first, last, lag.resolved)
    return arrival, Deadline(written(_DL_CHECK_ARRIVAL), last)
