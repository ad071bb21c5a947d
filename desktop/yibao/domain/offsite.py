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

Filing rules are the 参保地's (the insured region's), so every value is resolved there.
Care paid in full goes to 手工报销 back home within ``offsite.manual_claim.time_limit``
(6 months to the end of the next year, by region); we give the date of the *shortest* limit
as the deadline to plan for, moved back to the last working day before it if it falls on a
rest day, and say the region may allow longer.

:func:`decide_type` maps plain answers to a type with the reason; :func:`plan_offsite` gives
the whole :class:`OffsitePlan` (validity, money notes, deadlines, checklist facts). Pure
Python; ``today`` and the holiday calendar are passed in.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from yibao.domain import workdays
from yibao.domain.cases import Deadline
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.people import Scheme
from yibao.domain.policy import Confidence, Override, PolicyBook, Resolved, Source, format_rate
from yibao.domain.regions import region_book
from yibao.domain.workdays import WorkCalendar, add_working_days, months_deadline

__all__ = [
    "ClaimPlan",
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
    "validate_answers",
]


class FilingType(enum.StrEnum):
    LONG_TERM_RETIRED = "long_term_retired"
    LONG_TERM_RESIDENT = "long_term_resident"
    LONG_TERM_WORKER = "long_term_worker"
    TEMP_REFERRAL = "temp_referral"
    TEMP_EMERGENCY = "temp_emergency"
    TEMP_OTHER = "temp_other"

    @property
    def label(self) -> str:
        return _TYPE_LABELS[self]

    @property
    def policy_name(self) -> str:
        """The name used in ``offsite.filing_types``."""
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


_TYPE_LABELS = {
    FilingType.LONG_TERM_RETIRED: QT_TRANSLATE_NOOP("domain", "异地安置退休"),
    FilingType.LONG_TERM_RESIDENT: QT_TRANSLATE_NOOP("domain", "异地长期居住"),
    FilingType.LONG_TERM_WORKER: QT_TRANSLATE_NOOP("domain", "常驻异地工作"),
    FilingType.TEMP_REFERRAL: QT_TRANSLATE_NOOP("domain", "异地转诊"),
    FilingType.TEMP_EMERGENCY: QT_TRANSLATE_NOOP("domain", "急诊抢救"),
    FilingType.TEMP_OTHER: QT_TRANSLATE_NOOP("domain", "其他临时外出就医"),
}
_POLICY_NAMES = {
    FilingType.LONG_TERM_RETIRED: "异地安置退休",
    FilingType.LONG_TERM_RESIDENT: "异地长期居住",
    FilingType.LONG_TERM_WORKER: "常驻异地工作",
    FilingType.TEMP_REFERRAL: "异地转诊",
    FilingType.TEMP_EMERGENCY: "急诊抢救",
    FilingType.TEMP_OTHER: "其他临时外出",
}


class CutMethod(enum.StrEnum):
    """How a temporary filing's ratio is lowered (the ``method`` of ``offsite.temporary.cuts``)."""

    POINTS = "降低百分点"
    PAID_FIRST = "先行自付"
    FACTOR = "乘以系数"


_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class TemporaryCut:
    """One row of ``offsite.temporary.cuts``: *value* is a fraction (``0.10`` = 10 points,
    10 % paid first, or — for a factor — ``0.80`` = ×80 %)."""

    method: CutMethod
    value: Decimal

    def ratio(self, home: Decimal) -> Decimal:
        """The share of an eligible bill paid off-site when *home* is paid at home (before
        deductibles and caps, which follow the home rules)."""
        if self.method is CutMethod.POINTS:
            return max(Decimal(0), home - self.value)
        if self.method is CutMethod.PAID_FIRST:
            return (1 - self.value) * home
        return home * self.value

    @classmethod
    def for_filing(cls, rows: object, filing: FilingType) -> TemporaryCut | None:
        """The row of a resolved ``offsite.temporary.cuts`` value for *filing*, if any."""
        if not isinstance(rows, tuple):
            return None
        for row in rows:
            if row.get("filing") != filing.policy_name:
                continue
            value = row.get("value")
            try:
                method = CutMethod(str(row.get("method")))
            except ValueError:
                continue
            if isinstance(value, Decimal):
                return cls(method, value)
        return None


def _pct(fraction: Decimal) -> str:
    """``0.81`` → ``81``, ``0.855`` → ``85.5`` (a percentage without trailing zeros)."""
    return format((fraction * _HUNDRED).quantize(Decimal("0.1"), ROUND_HALF_UP).normalize(), "f")


def _yuan(amount: Decimal) -> str:
    return format(amount.quantize(_CENT, ROUND_HALF_UP).normalize(), "f")


#: the bill and the home ratio of the worked example in the explanation
EXAMPLE_BILL = Decimal(10000)
EXAMPLE_HOME_RATIO = Decimal("0.90")


class Reason(enum.StrEnum):
    """Why the person needs care elsewhere (the wizard's plain question)."""

    SETTLE = "settle"  # 退休后到外地定居、随子女生活
    LIVE = "live"  # 在外地长期居住（生活、照顾家人、随迁）
    POSTED = "posted"  # 单位派到外地长期工作
    REFERRAL = "referral"  # 本地医院开了转诊，到外地大医院看病
    EMERGENCY = "emergency"  # 在外地突发急病、急诊抢救
    TRIP = "trip"  # 出差、旅游、探亲时看病，或自己想去外地看病

    @property
    def label(self) -> str:
        return _REASON_LABELS[self]

    @property
    def is_long_term(self) -> bool:
        return self in (Reason.SETTLE, Reason.LIVE, Reason.POSTED)


_REASON_LABELS = {
    Reason.SETTLE: QT_TRANSLATE_NOOP("domain", "退休后到外地定居（例如去子女所在城市养老）"),
    Reason.LIVE: QT_TRANSLATE_NOOP("domain", "在外地长期居住、生活（还没退休，或不落户）"),
    Reason.POSTED: QT_TRANSLATE_NOOP("domain", "单位派我到外地长期工作"),
    Reason.REFERRAL: QT_TRANSLATE_NOOP("domain", "本地医院开了转诊，要去外地医院看病"),
    Reason.EMERGENCY: QT_TRANSLATE_NOOP("domain", "在外地突发急病、急诊或抢救"),
    Reason.TRIP: QT_TRANSLATE_NOOP("domain", "出差、旅游、探亲时看病，或自己想去外地看病"),
}


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
class OffsiteProblem:
    """A problem with one answer: ``field`` is the attribute of :class:`OffsiteAnswers`."""

    field: str
    template: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True, slots=True)
class Note:
    """One explained statement with where it comes from (``template`` is translatable)."""

    template: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)
    source: Source | None = None
    #: the region whose rule this is (``泸州市``), or ``全国``
    region_name: str = ""
    #: nothing in the policy book: shown as 未收录 / 以当地为准
    missing: bool = False

    @property
    def text(self) -> str:
        return self.template.format(**self.params)

    @property
    def confidence(self) -> Confidence | None:
        return self.source.confidence if self.source is not None else None


@dataclass(frozen=True, slots=True)
class ClaimPlan:
    """手工报销 after care paid in full."""

    #: the deadline to plan for (shortest limit, moved back to a working day)
    deadline: date | None
    #: the shortest and longest limits in the book, for the explanation
    shortest_months: int | None
    longest: str
    note: Note
    #: typical review and payout time once the file is complete (working days), if known
    review_working_days: int | None = None
    review_note: Note | None = None
    #: the deadline was counted beyond the holiday data (weekends only)
    estimated: bool = False


@dataclass(frozen=True, slots=True)
class OffsitePlan:
    answers: OffsiteAnswers
    filing_type: FilingType
    #: why this type (translatable template + params)
    why: Note
    insured_name: str
    dest_name: str
    cross_province: bool
    validity: Note
    #: the last day a temporary filing lasts at least (from ``start``), else ``None``
    valid_until: date | None
    money: tuple[Note, ...]
    without_filing: Note
    #: filing after the emergency, if the region allows it (else a note saying it's unknown)
    file_afterwards: Note | None
    file_afterwards_by: date | None
    claim: ClaimPlan | None
    deadlines: tuple[Deadline, ...]
    warnings: tuple[Note, ...] = ()
    #: the 参保地's own rule for a temporary filing's ratio (``offsite.temporary.cuts``)
    temporary_cut: TemporaryCut | None = None

    @property
    def sources(self) -> tuple[Source, ...]:
        notes: list[Note | None] = [
            self.why,
            self.validity,
            *self.money,
            self.without_filing,
            self.file_afterwards,
            self.claim.note if self.claim else None,
            self.claim.review_note if self.claim else None,
        ]
        out: dict[str, Source] = {}
        for note in notes:
            if note is not None and note.source is not None:
                out.setdefault(note.source.id, note.source)
        return tuple(out.values())


# ------------------------------------------------------------------------------ messages

_MSG_REGION_UNKNOWN = QT_TRANSLATE_NOOP("domain", "请选择地区（“{code}”不是有效的统筹区）")
_MSG_SAME_REGION = QT_TRANSLATE_NOOP(
    "domain",
    "就医地和参保地都是{name}，在参保的统筹区内看病不用办理异地就医备案。"
    "如果要去的是同省的其他城市，请选那个城市",
)
_MSG_START_MISSING = QT_TRANSLATE_NOOP("domain", "请填写开始看病（住院）的日期")
_MSG_START_FUTURE_TREATED = QT_TRANSLATE_NOOP(
    "domain", "已经看过病的话，开始日期不能晚于今天（{today}）"
)
_MSG_START_TOO_OLD = QT_TRANSLATE_NOOP("domain", "日期太早了（早于 {earliest}），请检查")
_MSG_DISCHARGE_MISSING = QT_TRANSLATE_NOOP(
    "domain", "请填写出院或结清费用的日期，报销期限从这一天算起"
)
_MSG_DISCHARGE_BEFORE = QT_TRANSLATE_NOOP("domain", "出院（结算）日期不能早于开始日期 {start}")
_MSG_DISCHARGE_FUTURE = QT_TRANSLATE_NOOP(
    "domain", "出院（结算）日期不能晚于今天（{today}）；还没出院的话，请出院后再来填写报销部分"
)

EARLIEST = date(2015, 1, 1)


def _pooling(code: str) -> str | None:
    region = region_book().pooling_region_of(code.strip()) if code else None
    return region.code if region is not None else None


def validate_answers(answers: OffsiteAnswers, today: date) -> tuple[OffsiteProblem, ...]:
    problems: list[OffsiteProblem] = []
    insured = _pooling(answers.insured_region)
    dest = _pooling(answers.dest_region)
    if insured is None:
        problems.append(
            OffsiteProblem("insured_region", _MSG_REGION_UNKNOWN, {"code": answers.insured_region})
        )
    if dest is None:
        problems.append(
            OffsiteProblem("dest_region", _MSG_REGION_UNKNOWN, {"code": answers.dest_region})
        )
    if insured is not None and insured == dest:
        name = region_book().full_name(insured)
        problems.append(OffsiteProblem("dest_region", _MSG_SAME_REGION, {"name": name}))
    treated = answers.already_treated
    if treated and answers.start is None:
        problems.append(OffsiteProblem("start", _MSG_START_MISSING))
    if answers.start is not None:
        if treated and answers.start > today:
            problems.append(
                OffsiteProblem("start", _MSG_START_FUTURE_TREATED, {"today": today.isoformat()})
            )
        if answers.start < EARLIEST:
            problems.append(
                OffsiteProblem("start", _MSG_START_TOO_OLD, {"earliest": EARLIEST.isoformat()})
            )
    if treated and answers.paid_in_full:
        if answers.discharge is None:
            problems.append(OffsiteProblem("discharge", _MSG_DISCHARGE_MISSING))
        else:
            if answers.start is not None and answers.discharge < answers.start:
                problems.append(
                    OffsiteProblem(
                        "discharge", _MSG_DISCHARGE_BEFORE, {"start": answers.start.isoformat()}
                    )
                )
            if answers.discharge > today:
                problems.append(
                    OffsiteProblem("discharge", _MSG_DISCHARGE_FUTURE, {"today": today.isoformat()})
                )
    return tuple(problems)


# ------------------------------------------------------------------------------ decision

_WHY = {
    (Reason.SETTLE, True): QT_TRANSLATE_NOOP(
        "domain",
        "您已退休，准备到{dest}长期定居，属于“异地安置退休”。户口已迁过去的用户口簿办理；"
        "户口没迁的，多数地区可以用居住证或《异地长期居住承诺书》办理（个别地区要求改按"
        "“异地长期居住”备案，材料基本相同）。",
    ),
    (Reason.SETTLE, False): QT_TRANSLATE_NOOP(
        "domain",
        "“异地安置退休”只适用于已经退休的人。您还没有办理退休，到{dest}长期生活按"
        "“异地长期居住”备案；退休以后可以申请变更。",
    ),
    (Reason.LIVE, True): QT_TRANSLATE_NOOP(
        "domain", "您要在{dest}长期居住、生活，按“异地长期居住”备案，备案后长期有效。"
    ),
    (Reason.POSTED, True): QT_TRANSLATE_NOOP(
        "domain",
        "单位派您到{dest}长期工作，按“常驻异地工作”备案，一般需要单位出具派驻证明"
        "（部分地区可用个人承诺代替）。",
    ),
    (Reason.POSTED, False): QT_TRANSLATE_NOOP(
        "domain",
        "“常驻异地工作”用于单位派驻外地的职工医保参保人。您参加的是{scheme}，"
        "到{dest}长期生活一般按“异地长期居住”备案。",
    ),
    (Reason.REFERRAL, True): QT_TRANSLATE_NOOP(
        "domain",
        "参保地的定点医院因病情需要把您转到{dest}的医院，属于“异地转诊”（临时备案），"
        "需要医院开具的转诊证明。",
    ),
    (Reason.EMERGENCY, True): QT_TRANSLATE_NOOP(
        "domain",
        "在{dest}突发疾病需要急诊、抢救，属于“急诊抢救”（临时备案）。来不及先备案的，"
        "看参保地是否允许事后补办。",
    ),
    (Reason.TRIP, True): QT_TRANSLATE_NOOP(
        "domain",
        "出差、旅游、探亲时看病，或自己想去{dest}看病，属于“其他临时外出就医”（临时备案），"
        "一般不需要证明材料，但报销比例可能比转诊、急诊降得更多。",
    ),
}


def decide_type(answers: OffsiteAnswers) -> tuple[FilingType, str]:
    """The filing type for the answers and the (translatable) template explaining why.

    The template has ``{dest}`` and ``{scheme}`` placeholders.
    """
    reason = answers.reason
    retired = answers.scheme is Scheme.EMPLOYEE_RETIRED
    if reason is Reason.SETTLE:
        if retired:
            return FilingType.LONG_TERM_RETIRED, _WHY[(Reason.SETTLE, True)]
        return FilingType.LONG_TERM_RESIDENT, _WHY[(Reason.SETTLE, False)]
    if reason is Reason.LIVE:
        return FilingType.LONG_TERM_RESIDENT, _WHY[(Reason.LIVE, True)]
    if reason is Reason.POSTED:
        if answers.scheme.is_employee_scheme and not retired:
            return FilingType.LONG_TERM_WORKER, _WHY[(Reason.POSTED, True)]
        return FilingType.LONG_TERM_RESIDENT, _WHY[(Reason.POSTED, False)]
    if reason is Reason.REFERRAL:
        return FilingType.TEMP_REFERRAL, _WHY[(Reason.REFERRAL, True)]
    if reason is Reason.EMERGENCY:
        return FilingType.TEMP_EMERGENCY, _WHY[(Reason.EMERGENCY, True)]
    return FilingType.TEMP_OTHER, _WHY[(Reason.TRIP, True)]


# ------------------------------------------------------------------------------ the plan

_VALIDITY_LONG = QT_TRANSLATE_NOOP(
    "domain",
    "{rule}。参保关系转移或中断（例如换了统筹区参保）后，原备案一般随之失效，需要重新办理。",
)
_VALIDITY_TEMP = QT_TRANSLATE_NOOP(
    "domain",
    "临时备案原则上至少 {months} 个月有效（从备案开始日期算），期满后还要看病的需要重新备案；"
    "具体到期日以备案回执为准。",
)
_VALIDITY_REFERRAL = QT_TRANSLATE_NOOP(
    "domain",
    "{region}规定转诊备案最长 {months} 个月有效，到期后还需要治疗的，请再开转诊证明重新备案。",
)
_VALIDITY_MISSING = QT_TRANSLATE_NOOP(
    "domain", "政策库中没有{region}的备案有效期规定，请以备案回执为准。"
)
_MONEY_LONG_RULES = QT_TRANSLATE_NOOP(
    "domain",
    "长期备案后在{dest}看病，按参保地（{insured}）的起付线、报销比例和最高支付限额结算，"
    "不因“异地”而降低比例。",
)
_MONEY_LONG_HOME = QT_TRANSLATE_NOOP(
    "domain", "备案有效期内回{insured}看病，也可以照常用医保结算（双向享受待遇）。"
)
_MONEY_TEMP_CUT = QT_TRANSLATE_NOOP(
    "domain",
    "{type}属于临时外出就医，报销比例可能比在{insured}看病低，但最多低 {points} 个百分点"
    "（例如本地报 80% 的，最低按 {floor}% 报）。",
)
_MONEY_TEMP_POINTS = QT_TRANSLATE_NOOP(
    "domain",
    "{region}规定：{type}在外地看病，报销比例比在{insured}看病低 {value} 个百分点。"
    "例如在{insured}报 {home}% 的费用，在外地按 {home}% − {value} 个百分点 = {result}% 报："
    "{bill} 元的合规费用报 {paid} 元（起付线、最高支付限额另计）。",
)
_MONEY_TEMP_PAID_FIRST = QT_TRANSLATE_NOOP(
    "domain",
    "{region}规定：{type}在外地看病，合规费用先由个人自付 {value}%，"
    "其余部分再按{insured}的比例报销。例如在{insured}报 {home}% 的费用：{bill} 元先自付 "
    "{first} 元，剩下的 {rest} 元按 {home}% 报 {paid} 元，相当于整笔费用报 {result}%"
    "（起付线、最高支付限额另计）。",
)
_MONEY_TEMP_FACTOR = QT_TRANSLATE_NOOP(
    "domain",
    "{region}规定：{type}在外地看病，报销比例按在{insured}的比例乘以 {value}%。"
    "例如在{insured}报 {home}% 的费用，在外地按 {home}% × {value}% = {result}% 报："
    "{bill} 元的合规费用报 {paid} 元（起付线、最高支付限额另计）。",
)
_MONEY_TEMP_NO_CUT = QT_TRANSLATE_NOOP(
    "domain",
    "{region}规定：{type}在外地看病，报销比例与在{insured}看病相同，不因临时外出而降低"
    "（例如在{insured}报 {home}% 的，在外地也报 {home}%）。",
)
_MONEY_TEMP_MISSING = QT_TRANSLATE_NOOP(
    "domain", "临时外出就医的报销比例可能比在参保地低；政策库中没有降幅的规定，以当地为准。"
)
_MONEY_SAME_PROVINCE = QT_TRANSLATE_NOOP(
    "domain", "{region}在省内异地就医另有分段报销比例：{bands}。"
)
_WITHOUT_FILING = QT_TRANSLATE_NOOP(
    "domain",
    "不备案的话：在外地看病一般不能直接刷医保结算，要先全部自己垫付，回参保地手工报销，"
    "报销比例可能更低，甚至不予报销（各地不同，以当地为准）。",
)
_AFTER_ALLOWED = QT_TRANSLATE_NOOP(
    "domain",
    "{region}允许急诊抢救在就医后补办备案，期限是急诊之日起 {days} 天内"
    "（即 {by} 前）。补办后，符合规定的费用可按异地就医结算或报销。",
)
_AFTER_ALLOWED_NO_DAYS = QT_TRANSLATE_NOOP(
    "domain", "{region}允许急诊抢救在就医后补办备案；政策库中没有补办期限，请尽快办理。"
)
_AFTER_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "domain",
    "{region}的规定中急诊抢救不能事后补办备案；已经自己垫付的费用请按手工报销办理。",
)
_AFTER_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain",
    "政策库中没有{region}能否事后补办急诊备案、期限多长的规定（例如广东是急诊后 10 天内）。"
    "请尽快打电话问参保地医保经办机构；补办规则由参保地决定。",
)
_CLAIM_NOTE = QT_TRANSLATE_NOOP(
    "domain",
    "手工报销的申请时限各地不同，最短 {shortest} 个月、最长到{longest}。"
    "按最短的 {shortest} 个月算，请在 {deadline} 前把材料交到参保地医保经办机构；"
    "{region}如有更长的期限，以当地规定为准。",
)
_CLAIM_NOTE_MISSING = QT_TRANSLATE_NOOP(
    "domain",
    "政策库中没有{region}手工报销的申请时限。请尽早（最好在出院后几个月内）提交，"
    "并向参保地医保经办机构确认期限。",
)
_REVIEW_NOTE = QT_TRANSLATE_NOOP(
    "domain",
    "部分地区材料齐全后约 {days} 个工作日内审核并拨付；若 {date} 交齐材料，"
    "大约在 {paid} 前到账（按法定节假日推算）。",
)
_REVIEW_NOTE_ESTIMATED = QT_TRANSLATE_NOOP(
    "domain",
    "部分地区材料齐全后约 {days} 个工作日内审核并拨付；若 {date} 交齐材料，"
    "大约在 {paid} 前到账（{year} 年的法定节假日还没有收录，只按周末推算，可能再晚几天）。",
)
_CHANGE_NOTE = QT_TRANSLATE_NOOP(
    "domain",
    "想变更或取消备案：一般可以在办理备案的同一渠道申请；有的地区规定长期备案办理后"
    "一段时间内不能变更或取消。这部分规定未经证实，请以当地为准。",
)
_NOT_CROSS_PROVINCE = QT_TRANSLATE_NOOP(
    "domain",
    "{insured}和{dest}在同一个省，属于省内异地就医；不少省份省内异地已免备案，"
    "可以先在当地医保 APP 查一查。",
)

_NATIONAL_NAME = QT_TRANSLATE_NOOP("domain", "全国")


def _resolve(
    book: PolicyBook,
    key: str,
    region: str,
    at: date,
    overrides: Sequence[Override],
) -> Resolved | None:
    return book.resolve(key, region, at, overrides)


def _region_name(found: Resolved | None, fallback: str) -> str:
    if found is None:
        return fallback
    if found.region_key == "national":
        return _NATIONAL_NAME
    return found.region_name


def _points(value: object) -> int:
    """``Decimal("0.10")`` → ``10`` (percentage points)."""
    assert isinstance(value, Decimal)
    return int((value * 100).to_integral_value())


def previous_working_day(day: date, cal: WorkCalendar | None) -> tuple[date, bool]:
    """*day*, or the last working day before it (a conservative deadline)."""
    found = workdays.previous_working_day(day, cal)
    return found.due, found.estimated


def claim_deadline(
    discharge: date, shortest_months: int, cal: WorkCalendar | None = None
) -> tuple[date, bool]:
    """The last day to hand in a claim under the shortest limit: *shortest_months* from the
    discharge, moved back to a working day (the counter is closed on rest days)."""
    return previous_working_day(months_deadline(discharge, shortest_months), cal)


def _bands_text(bands: object) -> str:
    parts: list[str] = []
    if not isinstance(bands, tuple):
        return ""
    for band in bands:
        low = band.get("min_amount")
        high = band.get("max_amount")
        rate = band.get("rate")
        if not isinstance(rate, Decimal):
            continue
        pct = format_rate(rate)
        if high is None:
            parts.append(f"{low}元以上 {pct}")
        else:
            parts.append(f"{low}–{high}元 {pct}")
    return "；".join(parts)


def plan_offsite(
    answers: OffsiteAnswers,
    book: PolicyBook,
    today: date,
    *,
    overrides: Sequence[Override] = (),
    cal: WorkCalendar | None = None,
) -> OffsitePlan:
    """The whole plan for valid *answers* (check :func:`validate_answers` first)."""
    rb = region_book()
    insured = _pooling(answers.insured_region) or answers.insured_region
    dest = _pooling(answers.dest_region) or answers.dest_region
    insured_region = rb.lookup(insured)
    dest_region = rb.lookup(dest)
    insured_name = insured_region.name if insured_region else insured
    dest_name = dest_region.name if dest_region else dest
    cross_province = insured[:2] != dest[:2]
    at = answers.start if answers.start is not None and answers.already_treated else today

    def res(key: str) -> Resolved | None:
        return _resolve(book, key, insured, at, overrides)

    filing_type, why_template = decide_type(answers)
    why = Note(
        why_template,
        {"dest": dest_name, "scheme": answers.scheme.label},
        _source(res("offsite.filing_types")),
    )

    # validity
    valid_until: date | None = None
    if filing_type.is_long_term:
        rule = res("offsite.long_term.validity")
        validity = Note(
            _VALIDITY_LONG if rule else _VALIDITY_MISSING,
            {"rule": str(rule.value) if rule else "", "region": insured_name},
            _source(rule),
            _region_name(rule, insured_name),
            missing=rule is None,
        )
    else:
        referral = res("offsite.referral.validity_months")
        temp = res("offsite.temporary.validity_months")
        start = answers.start or today
        if filing_type is FilingType.TEMP_REFERRAL and referral is not None:
            months = int(str(referral.value))
            validity = Note(
                _VALIDITY_REFERRAL,
                {"months": str(months), "region": _region_name(referral, insured_name)},
                _source(referral),
                _region_name(referral, insured_name),
            )
            valid_until = months_deadline(start, months)
        elif temp is not None:
            months = int(str(temp.value))
            validity = Note(
                _VALIDITY_TEMP,
                {"months": str(months)},
                _source(temp),
                _region_name(temp, insured_name),
            )
            valid_until = months_deadline(start, months)
        else:
            validity = Note(
                _VALIDITY_MISSING, {"region": insured_name}, None, insured_name, missing=True
            )

    # money
    money: list[Note] = []
    cut_rule: TemporaryCut | None = None
    names = {"insured": insured_name, "dest": dest_name, "type": filing_type.label}
    if filing_type.is_long_term:
        rules = res("offsite.long_term.insured_region_rules")
        if rules is not None and rules.value is True:
            money.append(Note(_MONEY_LONG_RULES, names, _source(rules), _region_name(rules, "")))
        home = res("offsite.long_term.home_treatment_allowed")
        if home is not None and home.value is True:
            money.append(Note(_MONEY_LONG_HOME, names, _source(home), _region_name(home, "")))
    else:
        key = (
            "offsite.temporary.max_reduction_other"
            if filing_type is FilingType.TEMP_OTHER
            else "offsite.temporary.max_reduction_referral"
        )
        cut = res(key)
        cuts = res("offsite.temporary.cuts")
        cut_rule = TemporaryCut.for_filing(cuts.value, filing_type) if cuts else None
        if cuts is not None and cut_rule is not None:
            money.append(_cut_note(cut_rule, names, cuts, insured_name))
        elif cut is not None and isinstance(cut.value, Decimal):
            points = _points(cut.value)
            money.append(
                Note(
                    _MONEY_TEMP_CUT,
                    {**names, "points": str(points), "floor": str(80 - points)},
                    _source(cut),
                    _region_name(cut, ""),
                )
            )
        else:
            money.append(Note(_MONEY_TEMP_MISSING, names, None, insured_name, missing=True))
    if not cross_province:
        bands = res("offsite.same_province.ratio_bands")
        if bands is not None:
            money.append(
                Note(
                    _MONEY_SAME_PROVINCE,
                    {
                        "region": _region_name(bands, insured_name),
                        "bands": _bands_text(bands.value),
                    },
                    _source(bands),
                    _region_name(bands, insured_name),
                )
            )
    unconfirmed = _book_source(book, UNCONFIRMED_SOURCE)
    without = Note(_WITHOUT_FILING, {}, unconfirmed, _NATIONAL_NAME)

    # filing afterwards (emergency that already happened)
    file_afterwards: Note | None = None
    by: date | None = None
    if filing_type is FilingType.TEMP_EMERGENCY and answers.already_treated:
        allowed = res("offsite.emergency.filing_after_treatment")
        days = res("offsite.emergency.filing_deadline_days")
        if allowed is None:
            file_afterwards = Note(
                _AFTER_UNKNOWN, {"region": insured_name}, None, insured_name, missing=True
            )
        elif allowed.value is True:
            if days is not None and answers.start is not None:
                by = answers.start + timedelta(days=int(str(days.value)))
                file_afterwards = Note(
                    _AFTER_ALLOWED,
                    {
                        "region": _region_name(days, insured_name),
                        "days": str(days.value),
                        "by": by.isoformat(),
                    },
                    _source(days),
                    _region_name(days, insured_name),
                )
            else:
                file_afterwards = Note(
                    _AFTER_ALLOWED_NO_DAYS,
                    {"region": _region_name(allowed, insured_name)},
                    _source(allowed),
                    _region_name(allowed, insured_name),
                )
        else:
            file_afterwards = Note(
                _AFTER_NOT_ALLOWED,
                {"region": _region_name(allowed, insured_name)},
                _source(allowed),
                _region_name(allowed, insured_name),
            )

    # the claim after return
    claim: ClaimPlan | None = None
    if answers.already_treated and answers.paid_in_full and answers.discharge is not None:
        claim = _claim(answers.discharge, res, insured_name, today, cal)

    deadlines: list[Deadline] = []
    if answers.start is not None and not answers.already_treated and answers.start >= today:
        deadlines.append(
            Deadline(QT_TRANSLATE_NOOP("domain", "出发（开始就医）前办好备案"), answers.start)
        )
    if by is not None:
        deadlines.append(Deadline(QT_TRANSLATE_NOOP("domain", "急诊补办备案截止"), by))
    if claim is not None and claim.deadline is not None:
        deadlines.append(
            Deadline(
                QT_TRANSLATE_NOOP("domain", "手工报销材料提交截止（按最短时限）"), claim.deadline
            )
        )
    if valid_until is not None and not answers.already_treated:
        deadlines.append(
            Deadline(QT_TRANSLATE_NOOP("domain", "临时备案到期（如仍需就医请续办）"), valid_until)
        )

    warnings: list[Note] = []
    if not cross_province:
        warnings.append(Note(_NOT_CROSS_PROVINCE, names, unconfirmed, insured_name))
    warnings.append(Note(_CHANGE_NOTE, {}, unconfirmed, ""))
    return OffsitePlan(
        answers=answers,
        filing_type=filing_type,
        why=why,
        insured_name=insured_name,
        dest_name=dest_name,
        cross_province=cross_province,
        validity=validity,
        valid_until=valid_until,
        money=tuple(money),
        without_filing=without,
        file_afterwards=file_afterwards,
        file_afterwards_by=by,
        claim=claim,
        deadlines=tuple(deadlines),
        warnings=tuple(warnings),
        temporary_cut=cut_rule,
    )


def _cut_note(
    rule: TemporaryCut, names: Mapping[str, str], found: Resolved, insured_name: str
) -> Note:
    """The region's own rule for the temporary-filing ratio, with the worked example."""
    home = EXAMPLE_HOME_RATIO
    ratio = rule.ratio(home)
    params = {
        **names,
        "region": _region_name(found, insured_name),
        "home": _pct(home),
        "value": _pct(rule.value),
        "result": _pct(ratio),
        "bill": _yuan(EXAMPLE_BILL),
        "paid": _yuan(EXAMPLE_BILL * ratio),
    }
    if ratio == home:
        template = _MONEY_TEMP_NO_CUT
    elif rule.method is CutMethod.PAID_FIRST:
        first = EXAMPLE_BILL * rule.value
        params |= {"first": _yuan(first), "rest": _yuan(EXAMPLE_BILL - first)}
        template = _MONEY_TEMP_PAID_FIRST
    elif rule.method is CutMethod.FACTOR:
        template = _MONEY_TEMP_FACTOR
    else:
        template = _MONEY_TEMP_POINTS
    return Note(template, params, _source(found), params["region"])


#: the policy source for general statements without an original source (shown 未经证实)
UNCONFIRMED_SOURCE = "domain-notes-unconfirmed"


def _book_source(book: PolicyBook, source_id: str) -> Source | None:
    try:
        return book.source(source_id)
    except KeyError:
        return None


def _source(found: Resolved | None) -> Source | None:
    return found.source if found is not None else None


def _claim(
    discharge: date,
    res: Callable[[str], Resolved | None],
    insured_name: str,
    today: date,
    cal: WorkCalendar | None,
) -> ClaimPlan:
    limit = res("offsite.manual_claim.time_limit")
    review = res("offsite.manual_claim.review_working_days")
    if limit is None:
        note = Note(_CLAIM_NOTE_MISSING, {"region": insured_name}, None, insured_name, True)
        return ClaimPlan(None, None, "", note)
    table = limit.value
    assert isinstance(table, Mapping)
    shortest = int(str(table["shortest_months"]))
    longest = str(table["longest"])
    deadline, estimated = claim_deadline(discharge, shortest, cal)
    note = Note(
        _CLAIM_NOTE,
        {
            "shortest": str(shortest),
            "longest": longest,
            "deadline": deadline.isoformat(),
            "region": insured_name,
        },
        limit.source,
        _region_name(limit, insured_name),
    )
    review_days: int | None = None
    review_note: Note | None = None
    if review is not None:
        review_days = int(str(review.value))
        handed_in = max(today, discharge)
        paid = add_working_days(handed_in, review_days, cal)
        estimated = estimated or paid.estimated
        review_note = Note(
            _REVIEW_NOTE_ESTIMATED if paid.estimated else _REVIEW_NOTE,
            {
                "days": str(review_days),
                "date": handed_in.isoformat(),
                "paid": paid.due.isoformat(),
                "year": str(paid.due.year),
            },
            review.source,
            _region_name(review, insured_name),
        )
    return ClaimPlan(deadline, shortest, longest, note, review_days, review_note, estimated)


def checklist_facts(plan: OffsitePlan) -> dict[str, str | bool]:
    """Facts for ``offsite_filing.toml`` and ``manual_claim.toml``."""
    a = plan.answers
    return {
        "filing_type": plan.filing_type.value,
        "cross_province": plan.cross_province,
        "insured_region": _pooling(a.insured_region) or a.insured_region,
        "dest_region": _pooling(a.dest_region) or a.dest_region,
        "hukou_moved": a.hukou_moved,
        "has_residence_permit": a.has_residence_permit,
        "already_treated": a.already_treated,
        "paid_in_full": a.paid_in_full,
        "inpatient": a.inpatient,
        "in_service": a.scheme is Scheme.EMPLOYEE_ACTIVE,
        "insured_name": plan.insured_name,
        "dest_name": plan.dest_name,
        "type_label": plan.filing_type.label,
    }
