"""Personal-account refunds and payouts: who may apply, when, and what to expect.

DOMAIN.md §8. The money in a 职工医保 personal account cannot simply be withdrawn
(``account.cash_out_allowed``); it is paid out in one go only in the region's payout cases
(``refund.account.payout_cases``): the insured person died (the heir claims the balance,
``account.inheritable``), emigration (出国 / 出境定居), leaving the 统筹区 when the account
cannot be transferred, and in some places 异地安置. Wuhan: apply
``refund.account.apply_after_termination_months`` (2) months after the insurance ended.
Who may apply in each scenario is policy data too (``refund.applicants.<scenario>``).

Two more money-back situations share the wizard: duplicate enrolment (云浮: a resident who
joins 职工医保 before the resident benefit period starts gets the individual contribution
back) and 代缴 corrections (撤销, and a failed 先缴后返 payout corrected and resubmitted).

:func:`assess` turns a :class:`RefundRequest` into a :class:`RefundAssessment`: a verdict,
the findings (kernel :class:`~yibao.domain.kernel.Finding`, each with its policy basis), what
else to do, the earliest application date, the amount to expect and when it should arrive,
and the facts for the ``refund`` checklist. Pure Python; ``today`` is always passed in.

One question per file:

- ``model.py`` — the scenarios, applicants, heirs, verdicts (labelled enums), the request,
  the amount and arrival shapes, ``cn_date``;
- ``messages.py`` — every sentence the rules say (templates marked for translation);
- ``validation.py`` — bad input at the fields (:func:`check_request`);
- ``steps.py`` — what the rules write down for one request (findings, advice, dates);
- ``applicants.py`` — who may apply (``refund.applicants.*``);
- ``account.py`` — one-off payment and inheritance of the account balance;
- ``timing.py`` — waiting after the insurance ended;
- ``duplicate.py`` — duplicate enrolment and the resident benefit period;
- ``proxy.py`` — cancelling a 代缴 and resubmitting a failed 先缴后返 payout;
- ``amount.py`` / ``arrival.py`` — the money to expect and when;
- ``explain.py`` — findings as print lines and saved JSON;
- ``facts.py`` — the checklist facts;
- ``assessment.py`` — :func:`assess` and :class:`RefundAssessment`.
"""

from yibao.domain.kernel import Finding
from yibao.domain.refund.account import CASE_NAMES, PAYOUT_CASES
from yibao.domain.refund.applicants import allowed_applicants, applicants_key
from yibao.domain.refund.assessment import RefundAssessment, assess
from yibao.domain.refund.explain import reason_line
from yibao.domain.refund.facts import checklist_facts
from yibao.domain.refund.messages import _A_WAIT
from yibao.domain.refund.model import (
    ACCOUNT_SCENARIOS,
    CHECKLIST_ID,
    Amount,
    AmountBasis,
    Applicant,
    Arrival,
    HeirRelation,
    RefundProblem,
    RefundRequest,
    Scenario,
    Verdict,
    cn_date,
    heir_relation_for,
)
from yibao.domain.refund.validation import EARLIEST_YEAR, check_request
from yibao.domain.workdays import add_months

#: the old name of a refund finding
Reason = Finding

__all__ = [
    "ACCOUNT_SCENARIOS",
    "CASE_NAMES",
    "CHECKLIST_ID",
    "EARLIEST_YEAR",
    "PAYOUT_CASES",
    "_A_WAIT",
    "Amount",
    "AmountBasis",
    "Applicant",
    "Arrival",
    "HeirRelation",
    "Reason",
    "RefundAssessment",
    "RefundProblem",
    "RefundRequest",
    "Scenario",
    "Verdict",
    "add_months",
    "allowed_applicants",
    "applicants_key",
    "assess",
    "check_request",
    "checklist_facts",
    "cn_date",
    "heir_relation_for",
    "reason_line",
]
