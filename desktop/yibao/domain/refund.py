"""Personal-account refunds and payouts: who may apply, when, and what to expect.

DOMAIN.md §8. The money in a 职工医保 personal account cannot simply be withdrawn
(``account.cash_out_allowed``); it is paid out in one go only in certain cases, which vary by
region (``refund.account.cases``): the insured person died (the heir claims the balance,
``account.inheritable``), emigration (出国 / 出境定居), leaving the 统筹区 when the account
cannot be transferred, and in some places 异地安置. Wuhan: apply
``refund.account.apply_after_termination_months`` (2) months after the insurance ended.

Two more money-back situations share the wizard:

* **Duplicate enrolment** (云浮, official): a resident who joins 职工医保 *before* the resident
  benefit period starts may stop 居民医保 and get the individual contribution back
  (``refund.resident_duplicate.before_benefit_start``); after it starts, no refund
  (``…after_benefit_start``). The benefit year N starts on N-``resident.benefit_period.
  start_month``-01 (January unless the region says otherwise).
* **代缴**: cancelling (撤销) a 代缴 paid from the account (``proxy.cancellable``), and a
  先缴后返 payout that failed and is corrected and resubmitted (``proxy.pay_then_refund``,
  ``proxy.resubmit_failed_payout``; paid the month after a successful application,
  ``proxy.refund_payout_lag_months``).

:func:`assess` turns a :class:`RefundRequest` into a :class:`RefundAssessment`: a verdict,
the reasons (each with the policy value's source and confidence), what else to do, the
earliest application date, the amount to expect and when it should arrive, and the facts for
the ``refund`` checklist. Pure Python; ``today`` is always passed in.
"""

from __future__ import annotations

import calendar
import dataclasses
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from yibao.domain.cases import Deadline
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.money import format_yuan
from yibao.domain.people import Relation, Scheme
from yibao.domain.policy import Confidence, Override, PolicyBook, Resolved, Source
from yibao.domain.regions import region_book
from yibao.domain.workdays import add_months

__all__ = [
    "ACCOUNT_SCENARIOS",
    "ALLOWED_APPLICANTS",
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
    "Stance",
    "Verdict",
    "add_months",
    "assess",
    "check_request",
    "cn_date",
    "heir_relation_for",
    "reason_line",
]

CHECKLIST_ID = "refund"


# ----------------------------------------------------------------------------- choices


class Scenario(enum.StrEnum):
    DEATH = "death"  # 参保人死亡，继承人领取余额（继承）
    EMIGRATION = "emigration"  # 出国（境）定居
    LEAVE_REGION = "leave_region"  # 离开统筹区且个人账户无法转移
    RELOCATION = "relocation"  # 异地安置，参保地一次性支付
    DUPLICATE_ENROLMENT = "duplicate_enrolment"  # 居民参加职工医保，退居民医保个人缴费
    PROXY_CANCEL = "proxy_cancel"  # 撤销（退回）个人账户代缴
    PROXY_RESUBMIT = "proxy_resubmit"  # 先缴后返发放失败，更正后重报

    @property
    def label(self) -> str:
        return _SCENARIO_LABELS[self]

    @property
    def description(self) -> str:
        return _SCENARIO_DESCRIPTIONS[self]

    @property
    def is_account_payout(self) -> bool:
        """One-off payment of the personal account balance (一次性支取)."""
        return self in ACCOUNT_SCENARIOS


ACCOUNT_SCENARIOS = frozenset(
    {Scenario.DEATH, Scenario.EMIGRATION, Scenario.LEAVE_REGION, Scenario.RELOCATION}
)

_SCENARIO_LABELS = {
    Scenario.DEATH: QT_TRANSLATE_NOOP("domain", "参保人去世，继承人领取余额"),
    Scenario.EMIGRATION: QT_TRANSLATE_NOOP("domain", "出国（境）定居"),
    Scenario.LEAVE_REGION: QT_TRANSLATE_NOOP("domain", "离开参保地，个人账户转不走"),
    Scenario.RELOCATION: QT_TRANSLATE_NOOP("domain", "异地安置，参保地一次性支付"),
    Scenario.DUPLICATE_ENROLMENT: QT_TRANSLATE_NOOP(
        "domain", "重复参保：居民参加了职工医保，退居民医保费"
    ),
    Scenario.PROXY_CANCEL: QT_TRANSLATE_NOOP("domain", "撤销个人账户代缴（退回代缴的钱）"),
    Scenario.PROXY_RESUBMIT: QT_TRANSLATE_NOOP("domain", "先缴后返没有到账，更正后重新提交"),
}

_SCENARIO_DESCRIPTIONS = {
    Scenario.DEATH: QT_TRANSLATE_NOOP(
        "domain", "职工医保参保人去世后，个人账户余额可以由继承人依法继承、一次性领取。"
    ),
    Scenario.EMIGRATION: QT_TRANSLATE_NOOP(
        "domain", "参保人出国或到境外定居、终止参保后，个人账户余额可以一次性支取。"
    ),
    Scenario.LEAVE_REGION: QT_TRANSLATE_NOOP(
        "domain",
        "离开原参保地（统筹区），个人账户无法随医保关系转到新参保地时，有的地方一次性支付余额。",
    ),
    Scenario.RELOCATION: QT_TRANSLATE_NOOP(
        "domain", "退休后到外地安置（异地安置），部分地区把个人账户余额一次性支付给本人。"
    ),
    Scenario.DUPLICATE_ENROLMENT: QT_TRANSLATE_NOOP(
        "domain",
        "已经缴了居民医保，后来又参加了职工医保。在居民医保待遇期开始前参加职工医保的，"
        "可以停保并退还居民医保个人缴费。",
    ),
    Scenario.PROXY_CANCEL: QT_TRANSLATE_NOOP(
        "domain", "用职工个人账户给亲属代缴了居民医保费，想撤销这笔代缴、把钱退回来。"
    ),
    Scenario.PROXY_RESUBMIT: QT_TRANSLATE_NOOP(
        "domain",
        "亲属先自己缴了居民医保费，职工申请从个人账户返还（先缴后返），但钱没有发到银行卡，"
        "需要更正信息后重新提交。",
    ),
}


class Applicant(enum.StrEnum):
    INSURED = "insured"  # 参保人本人
    EMPLOYER = "employer"  # 单位经办
    HEIR = "heir"  # 继承人
    AGENT = "agent"  # 受委托的代办人

    @property
    def label(self) -> str:
        return _APPLICANT_LABELS[self]


_APPLICANT_LABELS = {
    Applicant.INSURED: QT_TRANSLATE_NOOP("domain", "参保人本人"),
    Applicant.EMPLOYER: QT_TRANSLATE_NOOP("domain", "单位经办人"),
    Applicant.HEIR: QT_TRANSLATE_NOOP("domain", "继承人"),
    Applicant.AGENT: QT_TRANSLATE_NOOP("domain", "受委托的代办人"),
}

#: Who may apply in each scenario (seed 000: employer cases and individuals; heirs inherit).
ALLOWED_APPLICANTS: Mapping[Scenario, tuple[Applicant, ...]] = {
    Scenario.DEATH: (Applicant.HEIR, Applicant.EMPLOYER, Applicant.AGENT),
    Scenario.EMIGRATION: (Applicant.INSURED, Applicant.EMPLOYER, Applicant.AGENT),
    Scenario.LEAVE_REGION: (Applicant.INSURED, Applicant.EMPLOYER, Applicant.AGENT),
    Scenario.RELOCATION: (Applicant.INSURED, Applicant.EMPLOYER, Applicant.AGENT),
    Scenario.DUPLICATE_ENROLMENT: (Applicant.INSURED, Applicant.AGENT),
    Scenario.PROXY_CANCEL: (Applicant.INSURED, Applicant.AGENT),
    Scenario.PROXY_RESUBMIT: (Applicant.INSURED, Applicant.AGENT),
}


class HeirRelation(enum.StrEnum):
    """The heir's relation to the deceased (decides the proof of relationship)."""

    SPOUSE = "spouse"  # 配偶：结婚证
    CHILD = "child"  # 子女：户口簿 / 出生证明
    PARENT = "parent"  # 父母：户口簿 / 出生证明
    OTHER = "other"  # 其他继承人：公证继承证明

    @property
    def label(self) -> str:
        return _HEIR_LABELS[self]


_HEIR_LABELS = {
    HeirRelation.SPOUSE: QT_TRANSLATE_NOOP("domain", "配偶"),
    HeirRelation.CHILD: QT_TRANSLATE_NOOP("domain", "子女"),
    HeirRelation.PARENT: QT_TRANSLATE_NOOP("domain", "父母"),
    HeirRelation.OTHER: QT_TRANSLATE_NOOP("domain", "其他继承人"),
}


def heir_relation_for(member_relation: Relation) -> HeirRelation:
    """The user's relation to a household member who died, from the member's relation to
    the user: the user's father (``PARENT``) → the user is his child (``CHILD``)."""
    return {
        Relation.SPOUSE: HeirRelation.SPOUSE,
        Relation.PARENT: HeirRelation.CHILD,
        Relation.CHILD: HeirRelation.PARENT,
    }.get(member_relation, HeirRelation.OTHER)


class Verdict(enum.StrEnum):
    ELIGIBLE = "eligible"
    NOT_YET = "not_yet"
    CHECK_LOCALLY = "check_locally"
    NOT_ELIGIBLE = "not_eligible"

    @property
    def label(self) -> str:
        return _VERDICT_LABELS[self]

    @property
    def severity(self) -> int:
        """Higher is worse; the overall verdict is the worst of its parts."""
        return _VERDICT_ORDER.index(self)


_VERDICT_ORDER = (Verdict.ELIGIBLE, Verdict.NOT_YET, Verdict.CHECK_LOCALLY, Verdict.NOT_ELIGIBLE)

_VERDICT_LABELS = {
    Verdict.ELIGIBLE: QT_TRANSLATE_NOOP("domain", "可以申请"),
    Verdict.NOT_YET: QT_TRANSLATE_NOOP("domain", "符合条件，但还没到可以申请的时间"),
    Verdict.CHECK_LOCALLY: QT_TRANSLATE_NOOP("domain", "可能可以，需要先向当地医保部门确认"),
    Verdict.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("domain", "不符合条件"),
}


class Stance(enum.StrEnum):
    """How a reason bears on the verdict."""

    FOR = "for"  # supports the application
    AGAINST = "against"  # rules it out
    CHECK = "check"  # unknown here: ask locally
    WAIT = "wait"  # right, but not yet
    INFO = "info"  # background


_STANCE_VERDICT = {
    Stance.FOR: Verdict.ELIGIBLE,
    Stance.INFO: Verdict.ELIGIBLE,
    Stance.WAIT: Verdict.NOT_YET,
    Stance.CHECK: Verdict.CHECK_LOCALLY,
    Stance.AGAINST: Verdict.NOT_ELIGIBLE,
}


class AmountBasis(enum.StrEnum):
    HISTORY = "history"  # the balance from the contribution history
    TYPED = "typed"  # typed by the user
    STANDARD = "standard"  # the contribution standard in the policy book (an estimate)
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _BASIS_LABELS[self]


_BASIS_LABELS = {
    AmountBasis.HISTORY: QT_TRANSLATE_NOOP("domain", "按缴费记录推算的余额"),
    AmountBasis.TYPED: QT_TRANSLATE_NOOP("domain", "您填写的金额"),
    AmountBasis.STANDARD: QT_TRANSLATE_NOOP("domain", "按政策库缴费标准估算"),
    AmountBasis.UNKNOWN: QT_TRANSLATE_NOOP("domain", "金额未知"),
}


# ----------------------------------------------------------------------------- values


@dataclass(frozen=True)
class RefundRequest:
    """What the wizard collected.

    ``scheme`` is the scheme of the person whose money it is (``None`` when not known, e.g.
    an employer clerk's colleague). ``termination_date``: the day the insurance ended (the
    date of death for an heir who does not know better) — account payouts only.
    ``employee_enrolment_date`` and ``benefit_year``: duplicate enrolment. ``balance``: the
    personal-account balance; ``amount``: the contribution paid (duplicate, 代缴).
    ``application_date``: when a corrected 先缴后返 application was (or will be) resubmitted.
    """

    scenario: Scenario
    applicant: Applicant
    region_code: str | None
    scheme: Scheme | None = None
    heir_relation: HeirRelation | None = None
    other_heirs: bool = False
    termination_date: date | None = None
    account_transferable: bool | None = None
    employee_enrolment_date: date | None = None
    benefit_year: int | None = None
    balance: Decimal | None = None
    balance_from_history: bool = False
    amount: Decimal | None = None
    application_date: date | None = None


@dataclass(frozen=True)
class RefundProblem:
    """A problem with one input (shown at the field). ``field`` is the request attribute."""

    field: str
    template: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class Reason:
    """One line of the explanation. ``resolved`` is the policy value it rests on (if any):
    its source, confidence, region and whether the user overrode it."""

    template: str
    params: Mapping[str, str]
    stance: Stance
    key: str | None = None
    resolved: Resolved | None = None
    source: Source | None = None

    @property
    def text(self) -> str:
        return self.template.format(**self.params)

    @property
    def policy_source(self) -> Source | None:
        if self.resolved is not None:
            return self.resolved.source
        return self.source

    @property
    def confidence(self) -> Confidence | None:
        source = self.policy_source
        return source.confidence if source is not None else None

    @property
    def overridden(self) -> bool:
        return self.resolved is not None and self.resolved.overridden

    @property
    def region_name(self) -> str | None:
        return self.resolved.region_name if self.resolved is not None else None


@dataclass(frozen=True)
class Amount:
    value: Decimal | None
    basis: AmountBasis
    template: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)
    resolved: Resolved | None = None

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class Arrival:
    """When the money should arrive: a month (first..last day) or unknown."""

    template: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)
    earliest: date | None = None
    latest: date | None = None
    resolved: Resolved | None = None

    @property
    def text(self) -> str:
        return self.template.format(**self.params)

    @property
    def known(self) -> bool:
        return self.latest is not None


@dataclass(frozen=True)
class RefundAssessment:
    request: RefundRequest
    today: date
    verdict: Verdict
    reasons: tuple[Reason, ...]
    #: what else the person can do (when not eligible, not yet, or unsure)
    alternatives: tuple[Reason, ...]
    earliest_application: date | None
    amount: Amount
    arrival: Arrival
    deadlines: tuple[Deadline, ...]
    #: facts for ``resources/checklists/refund.toml``
    facts: Mapping[str, str | bool]

    @property
    def can_apply_now(self) -> bool:
        return self.verdict is Verdict.ELIGIBLE

    @property
    def weakest_confidence(self) -> Confidence | None:
        """The least sure source among the reasons (``None`` if none has a source)."""
        levels = [r.confidence for r in self.reasons if r.confidence is not None]
        return max(levels, key=lambda c: c.rank) if levels else None

    @property
    def summary(self) -> str:
        """One line: the verdict, and from when one can apply."""
        if self.verdict is Verdict.NOT_YET and self.earliest_application is not None:
            return _SUMMARY_FROM.format(
                verdict=self.verdict.label, date=cn_date(self.earliest_application)
            )
        return self.verdict.label

    def summary_lines(self) -> list[str]:
        """The reasons with their source and confidence, what else to do, amount, arrival."""
        lines = [
            reason_line(r)
            for r in self.reasons
            if r.stance is not Stance.INFO or r.policy_source is not None or r.overridden
        ]
        lines += [_LINE_ADVICE.format(text=a.text) for a in self.alternatives]
        lines.append(_LINE_AMOUNT.format(text=self.amount.text))
        lines.append(_LINE_ARRIVAL.format(text=self.arrival.text))
        return lines

    def to_result(self) -> dict[str, object]:
        """The assessment as typed JSON for the saved case (``Case.result``)."""
        return {
            "summary": self.summary,
            "summary_lines": self.summary_lines(),
            "verdict": self.verdict.value,
            "verdict_label": self.verdict.label,
            "reasons": [_reason_json(r) for r in self.reasons],
            "alternatives": [_reason_json(r) for r in self.alternatives],
            "earliest_application": self.earliest_application,
            "amount": self.amount.value,
            "amount_basis": self.amount.basis.value,
            "amount_text": self.amount.text,
            "arrival_text": self.arrival.text,
            "arrival_earliest": self.arrival.earliest,
            "arrival_latest": self.arrival.latest,
            "assessed_on": self.today,
        }


_SUMMARY_FROM = QT_TRANSLATE_NOOP("domain", "{verdict}：{date} 起可以申请")
_LINE_ADVICE = QT_TRANSLATE_NOOP("domain", "建议：{text}")
_LINE_AMOUNT = QT_TRANSLATE_NOOP("domain", "预计金额：{text}")
_LINE_ARRIVAL = QT_TRANSLATE_NOOP("domain", "到账时间：{text}")
_TAG_SOURCE = QT_TRANSLATE_NOOP("domain", "（依据：{title}；{confidence}）")
_TAG_OVERRIDE = QT_TRANSLATE_NOOP("domain", "（依据：您的本地修改）")


def reason_line(reason: Reason) -> str:
    """``text（依据：title；可信度）`` for print; plain text when no policy value is behind it."""
    if reason.overridden:
        return reason.text + _TAG_OVERRIDE
    source = reason.policy_source
    if source is None:
        return reason.text
    return reason.text + _TAG_SOURCE.format(title=source.title, confidence=source.confidence.label)


def _reason_json(reason: Reason) -> dict[str, object]:
    source = reason.policy_source
    return {
        "text": reason.text,
        "stance": reason.stance.value,
        "key": reason.key,
        "source_id": source.id if source is not None else None,
        "source_title": source.title if source is not None else None,
        "confidence": source.confidence.value if source is not None else None,
        "region": reason.region_name,
        "overridden": reason.overridden,
    }


# ------------------------------------------------------------------------------ dates


def _month_bounds(day: date) -> tuple[date, date]:
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])


def cn_date(day: date) -> str:
    """``2025年3月31日``: how dates are written for ordinary people."""
    return f"{day.year}年{day.month}月{day.day}日"


# --------------------------------------------------------------------------- validation

EARLIEST_YEAR = 1990

_MSG_TERMINATION_REQUIRED = QT_TRANSLATE_NOOP(
    "domain", "请填写参保终止的日期（去世、出境定居或停保的日期）"
)
_MSG_DEATH_FUTURE = QT_TRANSLATE_NOOP("domain", "去世日期不能晚于今天（{today}）")
_MSG_DATE_TOO_EARLY = QT_TRANSLATE_NOOP("domain", "日期不能早于 {year} 年，请检查")
_MSG_ENROLMENT_REQUIRED = QT_TRANSLATE_NOOP("domain", "请填写参加职工医保的日期")
_MSG_YEAR_REQUIRED = QT_TRANSLATE_NOOP("domain", "请填写已缴居民医保费的待遇年度")
_MSG_YEAR_RANGE = QT_TRANSLATE_NOOP("domain", "待遇年度应在 {first} 年到 {last} 年之间")
_MSG_ENROLMENT_FAR = QT_TRANSLATE_NOOP(
    "domain", "参加职工医保的日期离 {year} 年度太远，请检查年度或日期"
)
_MSG_APPLICANT = QT_TRANSLATE_NOOP("domain", "“{scenario}”不能由{applicant}办理，请改选办理人")
_MSG_HEIR_RELATION = QT_TRANSLATE_NOOP("domain", "请选择继承人与去世者的关系")
_MSG_NEGATIVE = QT_TRANSLATE_NOOP("domain", "金额不能是负数")


def check_request(request: RefundRequest, today: date) -> tuple[RefundProblem, ...]:
    """Input problems to show at the fields (empty when the request can be assessed).

    An applicant who may not apply is *not* a problem here: :func:`assess` explains it.
    """
    problems: list[RefundProblem] = []
    scenario = request.scenario
    earliest = date(EARLIEST_YEAR, 1, 1)
    if scenario.is_account_payout:
        term = request.termination_date
        if term is None:
            problems.append(RefundProblem("termination_date", _MSG_TERMINATION_REQUIRED))
        elif term < earliest:
            problems.append(
                RefundProblem("termination_date", _MSG_DATE_TOO_EARLY, {"year": str(EARLIEST_YEAR)})
            )
        elif scenario is Scenario.DEATH and term > today:
            problems.append(
                RefundProblem("termination_date", _MSG_DEATH_FUTURE, {"today": cn_date(today)})
            )
        if (
            scenario is Scenario.DEATH
            and request.applicant in (Applicant.HEIR, Applicant.AGENT)
            and request.heir_relation is None
        ):
            problems.append(RefundProblem("heir_relation", _MSG_HEIR_RELATION))
    if scenario is Scenario.DUPLICATE_ENROLMENT:
        first, last = EARLIEST_YEAR, today.year + 1
        year = request.benefit_year
        if year is None:
            problems.append(RefundProblem("benefit_year", _MSG_YEAR_REQUIRED))
        elif not first <= year <= last:
            problems.append(
                RefundProblem(
                    "benefit_year", _MSG_YEAR_RANGE, {"first": str(first), "last": str(last)}
                )
            )
        enrolled = request.employee_enrolment_date
        if enrolled is None:
            problems.append(RefundProblem("employee_enrolment_date", _MSG_ENROLMENT_REQUIRED))
        elif enrolled < earliest:
            problems.append(
                RefundProblem(
                    "employee_enrolment_date", _MSG_DATE_TOO_EARLY, {"year": str(EARLIEST_YEAR)}
                )
            )
        elif year is not None and first <= year <= last and abs(enrolled.year - year) > 1:
            problems.append(
                RefundProblem("employee_enrolment_date", _MSG_ENROLMENT_FAR, {"year": str(year)})
            )
    for name in ("balance", "amount"):
        value = getattr(request, name)
        if value is not None and value < 0:
            problems.append(RefundProblem(name, _MSG_NEGATIVE))
    return tuple(problems)


# ------------------------------------------------------------------------------ assess

# keywords that name each one-off case in ``refund.account.cases`` (free text in the book,
# editable by the user as 本地修改, so matched by keyword rather than exact wording)
_CASE_KEYWORDS: Mapping[Scenario, tuple[str, ...]] = {
    Scenario.DEATH: ("死亡", "去世", "继承"),
    Scenario.EMIGRATION: ("出国", "出境", "定居国外", "境外定居"),
    Scenario.LEAVE_REGION: ("离开统筹区", "无法转移", "不能转移", "跨统筹区"),
    Scenario.RELOCATION: ("异地安置",),
}
_PARTIAL_MARKERS = ("部分地区", "部分城市", "个别地区")

_R_CASH_OUT_NO = QT_TRANSLATE_NOOP(
    "domain", "个人账户的钱一般不能提现，只有政策规定的几种情形可以一次性支取。"
)
_R_CASH_OUT_YES = QT_TRANSLATE_NOOP("domain", "当地规定个人账户余额可以提现。")
_R_CASE_LISTED = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，“{case}”可以一次性支取个人账户余额。"
)
_R_CASE_PARTIAL = QT_TRANSLATE_NOOP(
    "domain", "政策库只写了“{case}”：只有部分地区可以，{place}是否可以要向当地确认。"
)
_R_CASE_NOT_LISTED = QT_TRANSLATE_NOOP(
    "domain",
    "按{region}的规定，可以一次性支取的情形是：{cases}。“{scenario}”不在其中。",
)
_R_CASE_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{place}可以一次性支取个人账户的情形，请向当地医保部门确认。"
)
_R_INHERIT_YES = QT_TRANSLATE_NOOP("domain", "按{region}的规定，个人账户余额可以依法继承。")
_R_INHERIT_NO = QT_TRANSLATE_NOOP("domain", "按{region}的规定，个人账户余额不能继承。")
_R_INHERIT_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{place}个人账户能否继承的规定，请向当地医保部门确认。"
)
_R_NO_ACCOUNT = QT_TRANSLATE_NOOP("domain", "“{scheme}”没有个人账户，没有余额可以支取或继承。")
_R_HAS_ACCOUNT = QT_TRANSLATE_NOOP("domain", "“{scheme}”有个人账户，余额可以按规定支取。")
_R_APPLICANT_OK = QT_TRANSLATE_NOOP("domain", "{applicant}可以办理“{scenario}”。")
_R_APPLICANT_NO = QT_TRANSLATE_NOOP(
    "domain", "“{scenario}”不能由{applicant}办理，可以由{allowed}办理。"
)
_R_TRANSFERABLE = QT_TRANSLATE_NOOP(
    "domain",
    "您说个人账户可以转到新参保地。能转移的，余额随医保关系转移接续到新参保地，不一次性支取。",
)
_R_NOT_TRANSFERABLE = QT_TRANSLATE_NOOP(
    "domain", "您说个人账户转不到新参保地，这正是可以一次性支取的情形。"
)
_R_TRANSFER_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain",
    "还不清楚个人账户能否转到新参保地。能转移的一般随医保关系转移，不一次性支取；"
    "请先问清新参保地。",
)
_R_WAIT_MONTHS = QT_TRANSLATE_NOOP(
    "domain",
    "按{region}的规定，终止参保满 {months} 个月后才能申请：参保在 {termination} 终止，"
    "{earliest} 起可以申请。",
)
_R_WAIT_PASSED = QT_TRANSLATE_NOOP(
    "domain",
    "按{region}的规定，终止参保满 {months} 个月后才能申请：参保在 {termination} 终止，"
    "从 {earliest} 起已经可以申请。",
)
_R_NO_WAIT = QT_TRANSLATE_NOOP(
    "domain",
    "政策库中没有{place}终止参保后要等多久才能申请的规定；参保在 {termination} 终止，"
    "一般终止后即可申请，以当地为准。",
)
_R_NOT_TERMINATED = QT_TRANSLATE_NOOP(
    "domain", "参保要到 {termination} 才终止，终止以后才能申请一次性支取。"
)
_R_NO_TERMINATION = QT_TRANSLATE_NOOP(
    "domain", "参保关系终止（停保、减员）以后才能申请一次性支取。"
)
_R_BENEFIT_START = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，{year} 年度居民医保的待遇期从 {start} 开始。"
)
_R_BENEFIT_START_DEFAULT = QT_TRANSLATE_NOOP(
    "domain",
    "政策库中没有{place}居民医保待遇期的开始月份，按通常做法从 {start} 开始计算。",
)
_R_DUP_BEFORE = QT_TRANSLATE_NOOP(
    "domain",
    "您在 {enrolled} 参加职工医保，早于 {year} 年度居民医保待遇期开始（{start}）。",
)
_R_DUP_AFTER = QT_TRANSLATE_NOOP(
    "domain",
    "您在 {enrolled} 参加职工医保，这时 {year} 年度居民医保的待遇期（{start} 开始）已经开始了。",
)
_R_DUP_REFUND_YES = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，这种情况可以停止居民医保，退还 {year} 年度的居民医保个人缴费。"
)
_R_DUP_REFUND_NO = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，这种情况 {year} 年度的居民医保个人缴费不予退还。"
)
_R_DUP_REFUND_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{place}这种情况能否退费的规定，请向当地医保部门确认。"
)
_R_PROXY_CANCEL_YES = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，个人账户代缴可以申请撤销（退款）。"
)
_R_PROXY_CANCEL_NO = QT_TRANSLATE_NOOP("domain", "按{region}的规定，个人账户代缴后不能撤销。")
_R_PROXY_CANCEL_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{place}个人账户代缴能否撤销的规定，请向当地医保部门确认。"
)
_R_PROXY_BACK_TO_ACCOUNT = QT_TRANSLATE_NOOP(
    "domain",
    "代缴的钱是从职工个人账户付出的，撤销后一般退回个人账户，而不是发到银行卡"
    "（个人账户一般不能提现）。",
)
_R_PAY_THEN_REFUND_YES = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，有“先缴后返”：亲属先缴费，职工申请后从个人账户返还到银行卡。"
)
_R_PAY_THEN_REFUND_NO = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，没有“先缴后返”这种代缴方式。"
)
_R_PAY_THEN_REFUND_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{place}是否有“先缴后返”的规定，请向当地医保部门确认。"
)
_R_RESUBMIT_YES = QT_TRANSLATE_NOOP(
    "domain", "按{region}的规定，可以查询返还进度；发放失败的，可以更正信息后重新提交。"
)
_R_RESUBMIT_NO = QT_TRANSLATE_NOOP("domain", "按{region}的规定，返还失败后不能重新提交。")
_R_RESUBMIT_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{place}返还失败后能否重新提交的规定，请向当地医保部门确认。"
)

_A_ASK_LOCAL = QT_TRANSLATE_NOOP(
    "domain", "打电话或到参保地医保经办机构窗口问清楚能不能办、要带什么，再去办理。"
)
_A_HEIR = QT_TRANSLATE_NOOP(
    "domain", "参保人已去世，请由继承人（或继承人委托的代办人、原单位）办理。"
)
_A_INSURED_OR_AGENT = QT_TRANSLATE_NOOP("domain", "请由参保人本人办理，或本人委托代办人办理。")
_A_NOT_EMPLOYER = QT_TRANSLATE_NOOP(
    "domain", "这是个人自己缴的钱，单位不能代办；请由本人或本人委托的代办人办理。"
)
_A_TRANSFER = QT_TRANSLATE_NOOP(
    "domain",
    "在新参保地参保后，办理医保关系转移接续，个人账户余额随之转入，继续用于看病买药。",
)
_A_KEEP_USING = QT_TRANSLATE_NOOP(
    "domain",
    "余额不会清零，会一直结转；可以继续用于看病买药，或通过家庭共济给家人用。",
)
_A_RESIDENT_DUPLICATE = QT_TRANSLATE_NOOP(
    "domain", "如果是居民医保和职工医保重复缴费，请选择“重复参保”这一项。"
)
_A_NEXT_YEAR = QT_TRANSLATE_NOOP(
    "domain",
    "以后只缴职工医保即可，不要再缴 {next} 年度的居民医保费；如果已经缴了，"
    "在 {next_start} 之前申请，那一年的费用一般可以退。",
)
_A_WAIT = QT_TRANSLATE_NOOP(
    "domain",
    "现在先把材料准备齐，{earliest} 以后再去申请。保存为事项后，这个日期会列在概览页，"
    "软件开着时会提前通知；在“我的事项”里点“加入日历…”，手机或电脑的日历也会到时提醒。",
)
_A_TERMINATE_FIRST = QT_TRANSLATE_NOOP(
    "domain", "先办理停保（单位职工由单位办理减员），参保终止以后再申请。"
)
_A_RESUBMIT_COUNTER = QT_TRANSLATE_NOOP(
    "domain", "带上身份证和正确的银行卡，到参保地医保经办机构窗口问清楚如何更正。"
)

_CASE_NAMES = {
    Scenario.DEATH: QT_TRANSLATE_NOOP("domain", "参保人死亡"),
    Scenario.EMIGRATION: QT_TRANSLATE_NOOP("domain", "出国（境）定居"),
    Scenario.LEAVE_REGION: QT_TRANSLATE_NOOP("domain", "离开统筹区且个人账户无法转移"),
    Scenario.RELOCATION: QT_TRANSLATE_NOOP("domain", "异地安置"),
}

_AMOUNT_BALANCE = QT_TRANSLATE_NOOP(
    "domain", "个人账户余额约 {amount}（{basis}）；实际金额以经办机构核定为准。"
)
_AMOUNT_BALANCE_EMPLOYER = QT_TRANSLATE_NOOP(
    "domain",
    "个人账户余额约 {amount}（{basis}）；实际金额以经办机构核定为准。单位办理的，"
    "钱可能先付到单位账户，请约定好何时转给本人或继承人。",
)
_AMOUNT_BALANCE_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain",
    "不知道余额：可以在国家医保服务平台 APP 或当地医保公众号查询个人账户余额，"
    "实际金额以经办机构核定为准。",
)
_AMOUNT_CONTRIBUTION = QT_TRANSLATE_NOOP(
    "domain", "退还 {year} 年度居民医保个人缴费 {amount}（{basis}）。"
)
_AMOUNT_CONTRIBUTION_STANDARD = QT_TRANSLATE_NOOP(
    "domain",
    "退还 {year} 年度居民医保个人缴费，按国家最低标准约 {amount}；实际以缴费凭证上的金额为准。",
)
_AMOUNT_CONTRIBUTION_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "退还 {year} 年度居民医保个人缴费，金额以缴费凭证为准。"
)
_AMOUNT_NONE = QT_TRANSLATE_NOOP("domain", "按现在的情况，不会有退款。")
_AMOUNT_PROXY = QT_TRANSLATE_NOOP("domain", "代缴的金额 {amount}（{basis}）。")
_AMOUNT_PROXY_UNKNOWN = QT_TRANSLATE_NOOP("domain", "金额以代缴记录或缴费凭证为准。")

_ARRIVAL_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain",
    "当地没有公布到账时间（政策库中没有这一项）。递交申请时请问清楚多久到账，记在本事项的备注里。",
)
_ARRIVAL_MONTH = QT_TRANSLATE_NOOP(
    "domain",
    "按{region}的规定，申请成功后隔 {lag} 个月发放。按 {applied} 重新提交、审核通过计算，"
    "预计 {year}年{month}月 发到银行卡。",
)
_ARRIVAL_NEXT_MONTH = QT_TRANSLATE_NOOP(
    "domain",
    "按{region}的规定，申请成功的次月发放。按 {applied} 重新提交、审核通过计算，"
    "预计 {year}年{month}月 发到银行卡。",
)
_ARRIVAL_ACCOUNT = QT_TRANSLATE_NOOP(
    "domain", "撤销成功后退回个人账户；到账时间当地没有公布，可在医保 APP 中查看个人账户明细。"
)
_ARRIVAL_NONE = QT_TRANSLATE_NOOP("domain", "不符合条件，不会有退款。")

_DL_APPLY = QT_TRANSLATE_NOOP("domain", "可以去申请了（终止参保满 {months} 个月）")
_DL_APPLY_NOW = QT_TRANSLATE_NOOP("domain", "递交申请")
_DL_CHECK_ARRIVAL = QT_TRANSLATE_NOOP("domain", "查看返还是否已经到账")
_DL_NEXT_YEAR = QT_TRANSLATE_NOOP(
    "domain", "不要再缴 {next} 年度居民医保费（如已缴，在此之前申请退）"
)


_NATIONAL_LABEL = QT_TRANSLATE_NOOP("domain", "全国通行")
_LOCAL_LABEL = QT_TRANSLATE_NOOP("domain", "当地")


def _place_name(region_code: str | None) -> str:
    """The insured region's name for messages (``武汉市``), or ``当地`` when unknown."""
    if not region_code:
        return _LOCAL_LABEL
    book = region_book()
    region = book.pooling_region_of(region_code) or book.lookup(region_code)
    return region.name if region is not None else _LOCAL_LABEL


class _Assessor:
    def __init__(
        self,
        book: PolicyBook,
        request: RefundRequest,
        today: date,
        overrides: Sequence[Override],
    ) -> None:
        self.book = book
        self.request = request
        self.today = today
        self.overrides = overrides
        self.reasons: list[Reason] = []
        self.alternatives: list[Reason] = []
        self.earliest: date | None = None
        self.deadlines: list[Deadline] = []
        self.place = _place_name(request.region_code)

    # -- helpers
    def resolve(self, key: str, at: date | None = None) -> Resolved | None:
        return self.book.resolve(key, self.request.region_code, at or self.today, self.overrides)

    def region_label(self, resolved: Resolved | None) -> str:
        if resolved is not None:
            if resolved.region_key == "national":
                return _NATIONAL_LABEL
            return resolved.region_name
        return _LOCAL_LABEL

    def add(
        self,
        template: str,
        stance: Stance,
        resolved: Resolved | None = None,
        key: str | None = None,
        **params: str,
    ) -> None:
        if "{region}" in template and "region" not in params:
            params["region"] = self.region_label(resolved)
        if "{place}" in template and "place" not in params:
            params["place"] = self.place
        self.reasons.append(
            Reason(
                template, params, stance, key or (resolved.info.key if resolved else None), resolved
            )
        )

    def alt(self, template: str, **params: str) -> None:
        if not any(a.template == template for a in self.alternatives):
            self.alternatives.append(Reason(template, params, Stance.INFO))

    def verdict(self) -> Verdict:
        worst = Verdict.ELIGIBLE
        for reason in self.reasons:
            candidate = _STANCE_VERDICT[reason.stance]
            if candidate.severity > worst.severity:
                worst = candidate
        return worst

    # -- parts
    def applicant(self) -> bool:
        r = self.request
        allowed = ALLOWED_APPLICANTS[r.scenario]
        if r.applicant in allowed:
            self.add(
                _R_APPLICANT_OK,
                Stance.INFO,
                applicant=r.applicant.label,
                scenario=r.scenario.label,
            )
            return True
        self.add(
            _R_APPLICANT_NO,
            Stance.AGAINST,
            applicant=r.applicant.label,
            scenario=r.scenario.label,
            allowed="、".join(a.label for a in allowed),
        )
        if r.scenario is Scenario.DEATH:
            self.alt(_A_HEIR)
        elif r.applicant is Applicant.EMPLOYER:
            self.alt(_A_NOT_EMPLOYER)
        else:
            self.alt(_A_INSURED_OR_AGENT)
        return False

    def account_payout(self) -> None:
        r = self.request
        if r.scheme is not None:
            if r.scheme.has_personal_account:
                self.add(_R_HAS_ACCOUNT, Stance.INFO, scheme=r.scheme.label)
            else:
                self.add(_R_NO_ACCOUNT, Stance.AGAINST, scheme=r.scheme.label)
                if r.scheme is Scheme.RESIDENT:
                    self.alt(_A_RESIDENT_DUPLICATE)
        cash = self.resolve("account.cash_out_allowed")
        if cash is not None:
            self.add(_R_CASH_OUT_YES if cash.value is True else _R_CASH_OUT_NO, Stance.INFO, cash)
        self.region_case()
        if r.scenario is Scenario.DEATH:
            inherit = self.resolve("account.inheritable")
            if inherit is None:
                self.add(_R_INHERIT_UNKNOWN, Stance.CHECK, key="account.inheritable")
                self.alt(_A_ASK_LOCAL)
            elif inherit.value is True:
                self.add(_R_INHERIT_YES, Stance.FOR, inherit)
            else:
                self.add(_R_INHERIT_NO, Stance.AGAINST, inherit)
        if r.scenario is Scenario.LEAVE_REGION:
            if r.account_transferable is True:
                self.add(_R_TRANSFERABLE, Stance.AGAINST)
                self.alt(_A_TRANSFER)
            elif r.account_transferable is False:
                self.add(_R_NOT_TRANSFERABLE, Stance.FOR)
            else:
                self.add(_R_TRANSFER_UNKNOWN, Stance.CHECK)
                self.alt(_A_TRANSFER)
        self.timing()

    def region_case(self) -> None:
        r = self.request
        cases = self.resolve("refund.account.cases")
        key = "refund.account.cases"
        if cases is None or not isinstance(cases.value, tuple):
            self.add(_R_CASE_UNKNOWN, Stance.CHECK, key=key)
            self.alt(_A_ASK_LOCAL)
            return
        listed = [str(c) for c in cases.value]
        keywords = _CASE_KEYWORDS[r.scenario]
        hits = [c for c in listed if any(k in c for k in keywords)]
        if not hits:
            self.add(
                _R_CASE_NOT_LISTED,
                Stance.AGAINST,
                cases,
                cases="、".join(listed),
                scenario=r.scenario.label,
            )
            self.alt(_A_KEEP_USING)
            self.alt(_A_ASK_LOCAL)
            return
        full = [c for c in hits if not any(m in c for m in _PARTIAL_MARKERS)]
        if full:
            self.add(_R_CASE_LISTED, Stance.FOR, cases, case=full[0])
        else:
            self.add(_R_CASE_PARTIAL, Stance.CHECK, cases, case=hits[0])
            self.alt(_A_ASK_LOCAL)

    def timing(self) -> None:
        r = self.request
        term = r.termination_date
        if term is None:
            self.add(_R_NO_TERMINATION, Stance.WAIT)
            self.alt(_A_TERMINATE_FIRST)
            return
        if term > self.today:
            self.add(_R_NOT_TERMINATED, Stance.WAIT, termination=cn_date(term))
            self.alt(_A_TERMINATE_FIRST)
        wait = self.resolve("refund.account.apply_after_termination_months")
        if wait is None or not isinstance(wait.value, int):
            self.earliest = term
            if term <= self.today:
                self.add(
                    _R_NO_WAIT,
                    Stance.INFO,
                    key="refund.account.apply_after_termination_months",
                    termination=cn_date(term),
                )
            return
        months = wait.value
        earliest = add_months(term, months)
        self.earliest = earliest
        params = {
            "months": str(months),
            "termination": cn_date(term),
            "earliest": cn_date(earliest),
        }
        if earliest > self.today:
            self.add(_R_WAIT_MONTHS, Stance.WAIT, wait, **params)
            self.alt(_A_WAIT, earliest=cn_date(earliest))
            self.deadlines.append(Deadline(_DL_APPLY.format(months=months), earliest))
        else:
            self.add(_R_WAIT_PASSED, Stance.INFO, wait, **params)

    def benefit_start_month(self, year: int) -> tuple[int, Resolved] | None:
        """The month *year*'s resident benefit period starts in, with its rule (``None``
        when the book has no usable value)."""
        rule = self.resolve("resident.benefit_period.start_month", date(year, 1, 1))
        if rule is None or not isinstance(rule.value, int) or not 1 <= rule.value <= 12:
            return None
        return rule.value, rule

    def duplicate(self) -> tuple[date | None, int | None, bool]:
        """Returns (benefit start, benefit year, refundable)."""
        r = self.request
        year, enrolled = r.benefit_year, r.employee_enrolment_date
        if year is None or enrolled is None:
            self.add(
                _R_DUP_REFUND_UNKNOWN,
                Stance.CHECK,
                key="refund.resident_duplicate.before_benefit_start",
            )
            return None, year, False
        month_rule = self.benefit_start_month(year)
        month = 1
        if month_rule is not None:
            month, rule_used = month_rule
            start = date(year, month, 1)
            self.add(_R_BENEFIT_START, Stance.INFO, rule_used, year=str(year), start=cn_date(start))
        else:
            start = date(year, 1, 1)
            self.add(
                _R_BENEFIT_START_DEFAULT,
                Stance.INFO,
                key="resident.benefit_period.start_month",
                start=cn_date(start),
            )
        before = enrolled < start
        self.add(
            _R_DUP_BEFORE if before else _R_DUP_AFTER,
            Stance.INFO,
            enrolled=cn_date(enrolled),
            year=str(year),
            start=cn_date(start),
        )
        key = (
            "refund.resident_duplicate.before_benefit_start"
            if before
            else "refund.resident_duplicate.after_benefit_start"
        )
        rule = self.resolve(key)
        refundable = False
        if rule is None or not isinstance(rule.value, bool):
            self.add(_R_DUP_REFUND_UNKNOWN, Stance.CHECK, key=key)
            self.alt(_A_ASK_LOCAL)
        elif rule.value:
            refundable = True
            self.add(_R_DUP_REFUND_YES, Stance.FOR, rule, year=str(year))
        else:
            self.add(_R_DUP_REFUND_NO, Stance.AGAINST, rule, year=str(year))
        next_year = year + 1
        next_rule = self.benefit_start_month(next_year)
        next_start = date(next_year, next_rule[0] if next_rule is not None else month, 1)
        if not refundable and next_start > self.today:
            self.alt(_A_NEXT_YEAR, next=str(next_year), next_start=cn_date(next_start))
            self.deadlines.append(Deadline(_DL_NEXT_YEAR.format(next=next_year), next_start))
        self.earliest = max(enrolled, self.today) if refundable else None
        return start, year, refundable

    def proxy_cancel(self) -> None:
        rule = self.resolve("proxy.cancellable")
        if rule is None or not isinstance(rule.value, bool):
            self.add(_R_PROXY_CANCEL_UNKNOWN, Stance.CHECK, key="proxy.cancellable")
            self.alt(_A_ASK_LOCAL)
        elif rule.value:
            self.add(_R_PROXY_CANCEL_YES, Stance.FOR, rule)
        else:
            self.add(_R_PROXY_CANCEL_NO, Stance.AGAINST, rule)
            self.alt(_A_KEEP_USING)
        cash = self.resolve("account.cash_out_allowed")
        self.add(_R_PROXY_BACK_TO_ACCOUNT, Stance.INFO, cash, key="account.cash_out_allowed")
        self.earliest = self.today

    def proxy_resubmit(self) -> Resolved | None:
        ptr = self.resolve("proxy.pay_then_refund")
        if ptr is None or not isinstance(ptr.value, bool):
            self.add(_R_PAY_THEN_REFUND_UNKNOWN, Stance.CHECK, key="proxy.pay_then_refund")
            self.alt(_A_ASK_LOCAL)
        elif ptr.value:
            self.add(_R_PAY_THEN_REFUND_YES, Stance.FOR, ptr)
        else:
            self.add(_R_PAY_THEN_REFUND_NO, Stance.AGAINST, ptr)
            self.alt(_A_ASK_LOCAL)
        rule = self.resolve("proxy.resubmit_failed_payout")
        if rule is None or not isinstance(rule.value, bool):
            self.add(_R_RESUBMIT_UNKNOWN, Stance.CHECK, key="proxy.resubmit_failed_payout")
            self.alt(_A_RESUBMIT_COUNTER)
        elif rule.value:
            self.add(_R_RESUBMIT_YES, Stance.FOR, rule)
        else:
            self.add(_R_RESUBMIT_NO, Stance.AGAINST, rule)
            self.alt(_A_RESUBMIT_COUNTER)
        self.earliest = self.today
        return self.resolve("proxy.refund_payout_lag_months")

    # -- amount and arrival
    def amount(self, verdict: Verdict, benefit_year: int | None) -> Amount:
        r = self.request
        if verdict is Verdict.NOT_ELIGIBLE:
            return Amount(None, AmountBasis.UNKNOWN, _AMOUNT_NONE)
        if r.scenario.is_account_payout:
            if r.balance is None:
                return Amount(None, AmountBasis.UNKNOWN, _AMOUNT_BALANCE_UNKNOWN)
            basis = AmountBasis.HISTORY if r.balance_from_history else AmountBasis.TYPED
            template = (
                _AMOUNT_BALANCE_EMPLOYER if r.applicant is Applicant.EMPLOYER else _AMOUNT_BALANCE
            )
            return Amount(
                r.balance, basis, template, {"amount": format_yuan(r.balance), "basis": basis.label}
            )
        if r.scenario is Scenario.DUPLICATE_ENROLMENT:
            year = str(benefit_year) if benefit_year is not None else "—"
            if r.amount is not None:
                basis = AmountBasis.TYPED
                return Amount(
                    r.amount,
                    basis,
                    _AMOUNT_CONTRIBUTION,
                    {"year": year, "amount": format_yuan(r.amount), "basis": basis.label},
                )
            if benefit_year is not None:
                standard = self.resolve(
                    "resident.contribution.individual_min", date(benefit_year, 1, 1)
                )
                if standard is not None and isinstance(standard.value, Decimal):
                    return Amount(
                        standard.value,
                        AmountBasis.STANDARD,
                        _AMOUNT_CONTRIBUTION_STANDARD,
                        {"year": year, "amount": format_yuan(standard.value)},
                        standard,
                    )
            return Amount(None, AmountBasis.UNKNOWN, _AMOUNT_CONTRIBUTION_UNKNOWN, {"year": year})
        if r.amount is not None:
            basis = AmountBasis.TYPED
            return Amount(
                r.amount,
                basis,
                _AMOUNT_PROXY,
                {"amount": format_yuan(r.amount), "basis": basis.label},
            )
        return Amount(None, AmountBasis.UNKNOWN, _AMOUNT_PROXY_UNKNOWN)

    def arrival(self, verdict: Verdict, lag: Resolved | None) -> Arrival:
        r = self.request
        if verdict is Verdict.NOT_ELIGIBLE:
            return Arrival(_ARRIVAL_NONE)
        if r.scenario is Scenario.PROXY_CANCEL:
            return Arrival(_ARRIVAL_ACCOUNT)
        if r.scenario is Scenario.PROXY_RESUBMIT and lag is not None and isinstance(lag.value, int):
            applied = r.application_date or self.today
            month_day = add_months(applied.replace(day=1), lag.value)
            first, last = _month_bounds(month_day)
            self.deadlines.append(Deadline(_DL_CHECK_ARRIVAL, last))
            return Arrival(
                _ARRIVAL_NEXT_MONTH if lag.value == 1 else _ARRIVAL_MONTH,
                {
                    "region": self.region_label(lag),
                    "lag": str(lag.value),
                    "applied": cn_date(applied),
                    "year": str(first.year),
                    "month": str(first.month),
                },
                first,
                last,
                lag,
            )
        return Arrival(_ARRIVAL_UNKNOWN)


def assess(
    book: PolicyBook,
    request: RefundRequest,
    today: date,
    overrides: Sequence[Override] = (),
) -> RefundAssessment:
    """The verdict, reasons, timing, amount and checklist facts for *request* on *today*.

    Policy values are resolved for ``request.region_code`` on *today* (benefit-year values
    on 1 January of the benefit year), the user's *overrides* applied.
    """
    a = _Assessor(book, request, today, overrides)
    benefit_year: int | None = request.benefit_year
    lag: Resolved | None = None
    a.applicant()
    scenario = request.scenario
    if scenario.is_account_payout:
        a.account_payout()
    elif scenario is Scenario.DUPLICATE_ENROLMENT:
        _, benefit_year, _ = a.duplicate()
    elif scenario is Scenario.PROXY_CANCEL:
        a.proxy_cancel()
    else:
        lag = a.proxy_resubmit()
    verdict = a.verdict()
    if verdict in (Verdict.ELIGIBLE, Verdict.CHECK_LOCALLY) and a.earliest is not None:
        due = max(a.earliest, today)
        if not any(d.due == due for d in a.deadlines):
            a.deadlines.append(Deadline(_DL_APPLY_NOW, due))
    amount = a.amount(verdict, benefit_year)
    arrival = a.arrival(verdict, lag)
    return RefundAssessment(
        request=request,
        today=today,
        verdict=verdict,
        reasons=tuple(a.reasons),
        alternatives=tuple(a.alternatives),
        earliest_application=a.earliest if verdict is not Verdict.NOT_ELIGIBLE else None,
        amount=amount,
        arrival=arrival,
        deadlines=tuple(sorted(a.deadlines, key=lambda d: d.due)),
        facts=checklist_facts(request),
    )


def checklist_facts(request: RefundRequest) -> dict[str, str | bool]:
    """The facts the ``refund`` checklist's ``when`` / ``unless`` conditions test."""
    facts: dict[str, str | bool] = {
        "scenario": request.scenario.value,
        "applicant": request.applicant.value,
        "other_heirs": request.other_heirs,
    }
    if request.region_code:
        pooling = region_book().pooling_region_of(request.region_code)
        facts["region"] = pooling.code if pooling is not None else request.region_code
    if request.heir_relation is not None and request.scenario is Scenario.DEATH:
        facts["heir_relation"] = request.heir_relation.value
    return facts
