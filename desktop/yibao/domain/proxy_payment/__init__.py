"""代缴: paying relatives' 居民医保 contributions from an employee's personal account.

Nobody tells a family in advance whether the balance will cover everyone, in which order, by
which deadline and what cash is needed. This package answers that, as pure Python, one
question per file:

- :mod:`.labels` — the words: :class:`ProxyMode` (a) direct deduction, (b) 先缴后返 (cash up
  front, money back ``proxy.refund_payout_lag_months`` after the month of a successful
  application), (c) the 医保钱包 quota (共济额度); :class:`Verdict`, :class:`Trigger`,
  :class:`PaymentStatus`, :class:`RefundState`; :class:`Note` and :class:`Level` are the
  kernel's :class:`~yibao.domain.kernel.Finding` and :class:`~yibao.domain.kernel.Level`
  (``Level.PROBLEM``, 代缴's old name, is ``BLOCKED``);
- :mod:`.rules` — :func:`rules_from_book` / :func:`rules_from_view`: the giver's region's
  rules (the threshold ``family.min_retained_balance``, ``proxy.*``, ``family.scope``/``reach``),
  each with its :class:`Basis`;
- :mod:`.period` — :func:`collection_period`: a relative's 集中征缴期 for the benefit year
  (``resident.collection.period`` or the usual months ``resident.collection.default_window``);
- :mod:`.pricing` — :func:`resident_contribution`: a relative's amount for the year
  (by-group pricing is ``domain.resident_pricing``);
- :mod:`.account` — :func:`project_events`: monthly credits (划入; typed or projected from
  history) and deductions such as 长护险 (``ltc.*``, :func:`ltc_deduction_from_book`) as dated
  account events;
- :mod:`.model` — the inputs: :class:`Relative`, :class:`ProxyPlan`;
- :mod:`.check` — :func:`check_plan` (:class:`PlanProblem` is the kernel's ``FieldProblem``,
  :class:`ProxyPlanError` its ``InputProblems``) and :func:`default_order`;
- :mod:`.eligibility` — whether the account may pay for a relative at all, and the
  conditions to meet first;
- :mod:`.simulate` — :func:`simulate`: the account walked through time, per relative NOW /
  LATER / SHORT / NOT_ELIGIBLE / NOTHING_DUE, balances, cash, quota and return months;
- :mod:`.result` — :class:`RelativeResult`, :class:`ProxyResult`, the timeline;
- :mod:`.explain` — the notes under a result; :mod:`.summary` — its plain-language summary;
- :mod:`.case` — keeping it as a case (我的事项): items, deadlines, checklist facts, progress;
- :mod:`.codec` — plan and result as typed JSON and back; :mod:`.dates` — month arithmetic.

Money is ``Decimal`` yuan throughout, rounded half-up to the cent (``domain.money``).
User-visible text is a Chinese template marked for translation with its parameters.
"""

from yibao.domain.kernel import Basis, Origin
from yibao.domain.proxy_payment.account import (
    AccountEvent,
    DeductionSchedule,
    EventKind,
    PlannedDeduction,
    ltc_deduction_from_book,
    project_events,
)
from yibao.domain.proxy_payment.case import (
    CHECKLIST_ID,
    PAYMENT_SECTION,
    case_deadlines,
    case_title,
    checklist_facts,
    merge_items,
    payment_item_key,
    payment_items,
    relative_progress,
)
from yibao.domain.proxy_payment.check import (
    PlanProblem,
    ProxyPlanError,
    check_plan,
    default_order,
)
from yibao.domain.proxy_payment.codec import plan_from_data, plan_to_data, result_to_data
from yibao.domain.proxy_payment.dates import add_months, month_start
from yibao.domain.proxy_payment.labels import (
    Level,
    Note,
    PaymentStatus,
    ProxyMode,
    RefundState,
    Trigger,
    Verdict,
)
from yibao.domain.proxy_payment.model import ONE, ProxyPlan, Relative
from yibao.domain.proxy_payment.period import (
    CollectionPeriod,
    collection_period,
    collection_period_in,
)
from yibao.domain.proxy_payment.pricing import (
    ContributionFigure,
    resident_contribution,
)
from yibao.domain.proxy_payment.result import (
    ProxyResult,
    RelativeResult,
    TimelineKind,
    TimelineRow,
)
from yibao.domain.proxy_payment.rules import RULE_KEYS, ProxyRules, rules_from_book, rules_from_view
from yibao.domain.proxy_payment.simulate import DEFAULT_HORIZON_MONTHS, simulate

__all__ = [
    "CHECKLIST_ID",
    "DEFAULT_HORIZON_MONTHS",
    "ONE",
    "PAYMENT_SECTION",
    "RULE_KEYS",
    "AccountEvent",
    "Basis",
    "CollectionPeriod",
    "ContributionFigure",
    "DeductionSchedule",
    "EventKind",
    "Level",
    "Note",
    "Origin",
    "PaymentStatus",
    "PlanProblem",
    "PlannedDeduction",
    "ProxyMode",
    "ProxyPlan",
    "ProxyPlanError",
    "ProxyResult",
    "ProxyRules",
    "RefundState",
    "Relative",
    "RelativeResult",
    "TimelineKind",
    "TimelineRow",
    "Trigger",
    "Verdict",
    "add_months",
    "case_deadlines",
    "case_title",
    "check_plan",
    "checklist_facts",
    "collection_period",
    "collection_period_in",
    "default_order",
    "ltc_deduction_from_book",
    "merge_items",
    "month_start",
    "payment_item_key",
    "payment_items",
    "plan_from_data",
    "plan_to_data",
    "project_events",
    "relative_progress",
    "resident_contribution",
    "result_to_data",
    "rules_from_book",
    "rules_from_view",
    "simulate",
]
