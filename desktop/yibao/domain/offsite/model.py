"""What the 异地就医备案 rules work with: the filing types and plain reasons, the wizard's
answers and the plan they give."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from yibao.domain.cases import Deadline
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import FieldProblem, Finding, LabelledEnum, sources_of
from yibao.domain.people import Scheme
from yibao.domain.policy import Source

if TYPE_CHECKING:
    from yibao.domain.offsite.cuts import TemporaryCut

# an explained statement of the plan (the kernel's one finding type; the old name)
Note = Finding
# a problem with one answer: ``field`` is the attribute of :class:`OffsiteAnswers`
OffsiteProblem = FieldProblem


class FilingType(LabelledEnum):
    LONG_TERM_RETIRED = "long_term_retired", QT_TRANSLATE_NOOP("domain", "异地安置退休")
    LONG_TERM_RESIDENT = "long_term_resident", QT_TRANSLATE_NOOP("domain", "异地长期居住")
    LONG_TERM_WORKER = "long_term_worker", QT_TRANSLATE_NOOP("domain", "常驻异地工作")
    TEMP_REFERRAL = "temp_referral", QT_TRANSLATE_NOOP("domain", "异地转诊")
    TEMP_EMERGENCY = "temp_emergency", QT_TRANSLATE_NOOP("domain", "急诊抢救")
    TEMP_OTHER = "temp_other", QT_TRANSLATE_NOOP("domain", "其他临时外出就医")

    @property
    def policy_name(self) -> str:
        """The name used in ``offsite.filing_types`` and ``offsite.temporary.cuts``."""
        return _POLICY_NAMES[self]

    @property
    def is_long_term(self) -> bool:
        return self in (
            FilingType.LONG_TERM_RETIRED,
            FilingType.LONG_TERM_RESIDENT,
            FilingType.LONG_TERM_WORKER,
        )

    @property
    def term_label(self) -> str:
        return (
            QT_TRANSLATE_NOOP("domain", "长期备案")
            if self.is_long_term
            else QT_TRANSLATE_NOOP("domain", "临时备案")
        )


# the names the policy data uses (not shown: the label is)
_POLICY_NAMES = {
    FilingType.LONG_TERM_RETIRED: "异地安置退休",
    FilingType.LONG_TERM_RESIDENT: "异地长期居住",
    FilingType.LONG_TERM_WORKER: "常驻异地工作",
    FilingType.TEMP_REFERRAL: "异地转诊",
    FilingType.TEMP_EMERGENCY: "急诊抢救",
    FilingType.TEMP_OTHER: "其他临时外出",
}


class Reason(LabelledEnum):
    """Why the person needs care elsewhere (the wizard's plain question)."""

    SETTLE = "settle", QT_TRANSLATE_NOOP("domain", "退休后到外地定居（例如去子女所在城市养老）")
    LIVE = "live", QT_TRANSLATE_NOOP("domain", "在外地长期居住、生活（还没退休，或不落户）")
    POSTED = "posted", QT_TRANSLATE_NOOP("domain", "单位派我到外地长期工作")
    REFERRAL = "referral", QT_TRANSLATE_NOOP("domain", "本地医院开了转诊，要去外地医院看病")
    EMERGENCY = "emergency", QT_TRANSLATE_NOOP("domain", "在外地突发急病、急诊或抢救")
    TRIP = "trip", QT_TRANSLATE_NOOP("domain", "出差、旅游、探亲时看病，或自己想去外地看病")

    @property
    def is_long_term(self) -> bool:
        return self in (Reason.SETTLE, Reason.LIVE, Reason.POSTED)


@dataclass(frozen=True, slots=True)
class OffsiteAnswers:
    """What the wizard asked. Region codes are 6-digit GB/T 2260 codes."""

    insured_region: str  # 参保地
    dest_region: str  # 就医地
    reason: Reason
    scheme: Scheme = Scheme.EMPLOYEE_ACTIVE
    #: SETTLE: the household registration (户口) moved to the destination
    hukou_moved: bool = False
    #: long-term: has a 居住证 (residence permit) at the destination
    has_residence_permit: bool = False
    #: the care already happened (an emergency, or a trip) — file afterwards / claim
    already_treated: bool = False
    #: paid everything at the hospital (no direct settlement) → 手工报销 back home
    paid_in_full: bool = False
    #: treated as an in-patient (住院); decides the 病历 items of the claim
    inpatient: bool = True
    #: planned start of care or of living there; for care that happened: its first day
    start: date | None = None
    #: discharge or the day the bill was paid (the claim's time limit runs from it)
    discharge: date | None = None


@dataclass(frozen=True, slots=True)
class ClaimPlan:
    """手工报销 after care paid in full."""

    #: the deadline to plan for (shortest limit, moved back to a working day)
    deadline: date | None
    #: the shortest and longest limits in the book, for the explanation
    shortest_months: int | None
    longest: str
    note: Finding
    #: typical review and payout time once the file is complete (working days), if known
    review_working_days: int | None = None
    review_note: Finding | None = None
    #: the deadline was counted beyond the holiday data (weekends only)
    estimated: bool = False

    @property
    def findings(self) -> tuple[Finding, ...]:
        return (self.note,) if self.review_note is None else (self.note, self.review_note)


@dataclass(frozen=True, slots=True)
class OffsitePlan:
    answers: OffsiteAnswers
    filing_type: FilingType
    #: why this type
    why: Finding
    insured_name: str
    dest_name: str
    cross_province: bool
    validity: Finding
    #: the last day a temporary filing lasts at least (from ``start``), else ``None``
    valid_until: date | None
    money: tuple[Finding, ...]
    without_filing: Finding
    #: filing after the emergency, if the region allows it (else a finding saying it's unknown)
    file_afterwards: Finding | None
    file_afterwards_by: date | None
    claim: ClaimPlan | None
    deadlines: tuple[Deadline, ...]
    warnings: tuple[Finding, ...] = ()
    #: the 参保地's own rule for a temporary filing's ratio (``offsite.temporary.cuts``)
    temporary_cut: TemporaryCut | None = None

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding of the plan, in the order the plan explains them."""
        return (
            self.why,
            self.validity,
            *self.money,
            self.without_filing,
            *((self.file_afterwards,) if self.file_afterwards is not None else ()),
            *(self.claim.findings if self.claim is not None else ()),
            *self.warnings,
        )

    @property
    def sources(self) -> tuple[Source, ...]:
        """The distinct sources the plan rests on (the warnings' general source excluded)."""
        return sources_of(
            [
                self.why,
                self.validity,
                *self.money,
                self.without_filing,
                self.file_afterwards,
                *(self.claim.findings if self.claim is not None else ()),
            ]
        )
