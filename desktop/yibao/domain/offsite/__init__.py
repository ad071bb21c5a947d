"""异地就医备案: which filing type, how long it lasts, what it changes in money, and the
手工报销 claim after care paid in full (DOMAIN.md §7).

Filing types (医保发〔2022〕22号, ``offsite.filing_types``):

* 长期 — 异地安置退休 (a retiree settling elsewhere), 异地长期居住 (living elsewhere long
  term), 常驻异地工作 (posted elsewhere by the employer): valid until changed
  (``offsite.long_term.validity``); settle under the 参保地's deductible/ratio/cap
  (``offsite.long_term.insured_region_rules``) and may still be treated at home
  (``offsite.long_term.home_treatment_allowed``).
* 临时 — 异地转诊 (referred by a hospital), 急诊抢救 (emergency), 其他临时外出就医: valid
  at least ``offsite.temporary.validity_months`` months; a referral at most
  ``offsite.referral.validity_months`` where the region says so (Guangdong 3). The ratio may
  be lower than at home. Where the 参保地 says how (``offsite.temporary.cuts``, per filing
  type), that rule is explained with worked figures: so many percentage points less
  (降低百分点: 90 % − 10 points → 80 %), a share paid by the patient first and the rest at
  the home ratio (先行自付 10 %: 90 % × 90 % → 81 % of the bill), or the home ratio times a
  factor (乘以系数 80 %: 90 % × 80 % → 72 %) — :class:`TemporaryCut`. Otherwise the national
  ceiling applies: referral/emergency by at most ``offsite.temporary.max_reduction_referral``,
  others by at most ``offsite.temporary.max_reduction_other``. An emergency that already
  happened may be filed afterwards where the region allows it
  (``offsite.emergency.filing_after_treatment``, within
  ``offsite.emergency.filing_deadline_days``; Guangdong 10 days).

Filing rules are the 参保地's (the insured region's), so every value is read through one
:class:`~yibao.domain.kernel.PolicyView` of the 参保地 (on the first day of care already had,
else today).
Care paid in full goes to 手工报销 back home within ``offsite.manual_claim.time_limit``
(6 months to the end of the next year, by region); we give the date of the *shortest* limit
as the deadline to plan for, moved back to the last working day before it if it falls on a
rest day, and say the region may allow longer. A deadline already past is said to have
passed, not given as one to meet.

Every statement of the plan is a kernel :class:`~yibao.domain.kernel.Finding` (``Note`` is
its old name) with the :class:`~yibao.domain.kernel.Basis` of the values it used; a bad
answer is a :class:`~yibao.domain.kernel.FieldProblem` (``OffsiteProblem``). Pure Python;
``today`` and the holiday calendar are passed in.

Layout (one question per file):

- ``model.py`` — :class:`FilingType`, :class:`Reason`, :class:`OffsiteAnswers`, and the
  :class:`OffsitePlan` / :class:`ClaimPlan` they give;
- ``places.py`` — the 参保地 and 就医地 as pooling regions, their names, 跨省 or 省内;
- ``validate.py`` — :func:`validate_answers`: which answers can't be worked with, and why;
- ``decide.py`` — :func:`decide_type`: the filing type for the reason and scheme, and why;
- ``validity.py`` — how long the filing lasts (and the last day of a temporary one);
- ``cuts.py`` — :class:`TemporaryCut`: the 参保地's own temporary-filing ratio rule;
- ``money.py`` — what the filing changes in money (long-term, temporary, 省内 bands);
- ``afterwards.py`` — filing after an emergency: allowed or not, and by when;
- ``claim.py`` — 手工报销: :func:`claim_deadline` and the review time;
- ``plan.py`` — :func:`plan_offsite`: all of it, with the deadlines and warnings;
- ``checklist.py`` — :func:`checklist_facts` for ``offsite_filing`` and ``manual_claim``;
- ``messages.py`` — the Chinese templates.
"""

from __future__ import annotations

from yibao.domain.offsite.checklist import checklist_facts
from yibao.domain.offsite.claim import claim_deadline, previous_working_day
from yibao.domain.offsite.cuts import (
    EXAMPLE_BILL,
    EXAMPLE_HOME_RATIO,
    CutMethod,
    TemporaryCut,
)
from yibao.domain.offsite.decide import decide_type
from yibao.domain.offsite.model import (
    ClaimPlan,
    FilingType,
    Note,
    OffsiteAnswers,
    OffsitePlan,
    OffsiteProblem,
    Reason,
)
from yibao.domain.offsite.plan import UNCONFIRMED_SOURCE, plan_offsite
from yibao.domain.offsite.validate import EARLIEST, validate_answers

__all__ = [
    "EARLIEST",
    "EXAMPLE_BILL",
    "EXAMPLE_HOME_RATIO",
    "UNCONFIRMED_SOURCE",
    "ClaimPlan",
    "CutMethod",
    "FilingType",
    "Note",
    "OffsiteAnswers",
    "OffsitePlan",
    "OffsiteProblem",
    "Reason",
    "TemporaryCut",
    "checklist_facts",
    "claim_deadline",
    "decide_type",
    "plan_offsite",
    "previous_working_day",
    "validate_answers",
]
