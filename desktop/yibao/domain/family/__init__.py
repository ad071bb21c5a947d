"""家庭共济 (family mutual aid with the personal account): who may give, who may receive,
why or why not, what happens when things change, and who pays a relative's bill.

Every rule reads the policy book for the giver's region on a day through a
:class:`~yibao.domain.kernel.PolicyView` (``family.*`` keys, see
``resources/policy/README.md``) and answers with kernel :class:`~yibao.domain.kernel.Finding`
objects: a :class:`Rule` code, a level (``OK`` / ``BLOCKED`` / ``WARNING``), a Chinese
template and its parameters, and the basis it rests on (the policy value's region, source,
confidence and dates). Findings that rest on the household's own data carry no basis.

One question per file:

- :mod:`.model` — the finding codes (:class:`Rule`), :class:`GiverCheck`, :class:`Verdict`,
  :class:`Assessment`, :class:`Outcome`, :class:`Distance`, and what the rules share;
- :mod:`.relations` — what one member is to another (:func:`relation_between`);
- :mod:`.giver` — can a member be a 共济人 (:func:`check_giver`);
- :mod:`.relative` — is the relative within the scope and enrolled in an allowed scheme;
- :mod:`.regions` — 统筹区 / province / cross-province (医保钱包) rules of both regions;
- :mod:`.one_giver` — the same pair again, one 授权人 per relative;
- :mod:`.threshold` — the balance that must stay (``family.min_retained_balance``),
  :func:`usable_balance`, an empty account, the 共济额度 note;
- :mod:`.assess` — every rule for one relative (:func:`assess_relative`) and the
  checklist facts (:func:`guide_facts`);
- :mod:`.allocation` — who pays a relative's bill (:func:`allocate_payment`);
- :mod:`.dissolution` — snapshots, automatic dissolution (and what the book says about it,
  :func:`dissolution_rule`) and the overview's notices.

``Reason`` and ``ReasonStatus`` are the old names of :class:`~yibao.domain.kernel.Finding`
and :class:`~yibao.domain.kernel.Level`. Pure Python: no Qt, no SQLAlchemy. Money is
:class:`~decimal.Decimal` yuan.
"""

from yibao.domain.family.allocation import (
    PayerBalance,
    PayerRole,
    PaymentLine,
    PaymentPlan,
    allocate_payment,
)
from yibao.domain.family.assess import assess_relative, guide_facts
from yibao.domain.family.dissolution import (
    AUTO_DISSOLVED_PREFIX,
    NOTICE_DAYS,
    BindingRecord,
    BindingSnapshot,
    Notice,
    NoticeKind,
    Reconciled,
    dissolution_rule,
    earlier_notice,
    reconcile_binding,
    snapshot_of,
)
from yibao.domain.family.giver import check_giver
from yibao.domain.family.model import (
    REACH_CROSS_PROVINCE,
    REACH_SAME_PROVINCE,
    REACH_SAME_REGION,
    SCHEME_EMPLOYEE,
    SCHEME_RESIDENT,
    Assessment,
    Distance,
    GiverCheck,
    Outcome,
    Reason,
    ReasonStatus,
    Rule,
    Verdict,
    distance_between,
    in_force,
    scheme_kind,
)
from yibao.domain.family.relations import relation_between
from yibao.domain.family.threshold import threshold_fact, threshold_of, usable_balance

__all__ = [
    "AUTO_DISSOLVED_PREFIX",
    "NOTICE_DAYS",
    "REACH_CROSS_PROVINCE",
    "REACH_SAME_PROVINCE",
    "REACH_SAME_REGION",
    "SCHEME_EMPLOYEE",
    "SCHEME_RESIDENT",
    "Assessment",
    "BindingRecord",
    "BindingSnapshot",
    "Distance",
    "GiverCheck",
    "Notice",
    "NoticeKind",
    "Outcome",
    "PayerBalance",
    "PayerRole",
    "PaymentLine",
    "PaymentPlan",
    "Reason",
    "ReasonStatus",
    "Reconciled",
    "Rule",
    "Verdict",
    "allocate_payment",
    "assess_relative",
    "check_giver",
    "dissolution_rule",
    "distance_between",
    "earlier_notice",
    "guide_facts",
    "in_force",
    "reconcile_binding",
    "relation_between",
    "scheme_kind",
    "snapshot_of",
    "threshold_fact",
    "threshold_of",
    "usable_balance",
]
