"""What a refund question is about: the scenarios, applicants, heirs, the request the wizard
collects, and the shapes of the answer's amount and arrival."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from yibao.domain.i18n import QT_TRANSLATE_NOOP, day_text
from yibao.domain.kernel import Basis, FieldProblem, LabelledEnum
from yibao.domain.people import Relation, Scheme
from yibao.domain.policy import Resolved

CHECKLIST_ID = "refund"


class Scenario(LabelledEnum):
    #: 参保人死亡，继承人领取余额（继承）
    DEATH = "death", QT_TRANSLATE_NOOP("domain", "参保人去世，继承人领取余额")
    #: 出国（境）定居
    EMIGRATION = "emigration", QT_TRANSLATE_NOOP("domain", "出国（境）定居")
    #: 离开统筹区且个人账户无法转移
    LEAVE_REGION = "leave_region", QT_TRANSLATE_NOOP("domain", "离开参保地，个人账户转不走")
    #: 异地安置，参保地一次性支付
    RELOCATION = "relocation", QT_TRANSLATE_NOOP("domain", "异地安置，参保地一次性支付")
    #: 居民参加职工医保，退居民医保个人缴费
    DUPLICATE_ENROLMENT = (
        "duplicate_enrolment",
        QT_TRANSLATE_NOOP("domain", "重复参保：居民参加了职工医保，退居民医保费"),
    )
    #: 撤销（退回）个人账户代缴
    PROXY_CANCEL = "proxy_cancel", QT_TRANSLATE_NOOP("domain", "撤销个人账户代缴（退回代缴的钱）")
    #: 先缴后返发放失败，更正后重报
    PROXY_RESUBMIT = (
        "proxy_resubmit",
        QT_TRANSLATE_NOOP("domain", "先缴后返没有到账，更正后重新提交"),
    )

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
        "不少地方可以停保并退还居民医保个人缴费（以当地规定为准）。",
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


class Applicant(LabelledEnum):
    INSURED = "insured", QT_TRANSLATE_NOOP("domain", "参保人本人")
    EMPLOYER = "employer", QT_TRANSLATE_NOOP("domain", "单位经办人")
    HEIR = "heir", QT_TRANSLATE_NOOP("domain", "继承人")
    AGENT = "agent", QT_TRANSLATE_NOOP("domain", "受委托的代办人")


class HeirRelation(LabelledEnum):
    """The heir's relation to the deceased (decides the proof of relationship)."""

    #: 结婚证
    SPOUSE = "spouse", QT_TRANSLATE_NOOP("domain", "配偶")
    #: 户口簿 / 出生证明
    CHILD = "child", QT_TRANSLATE_NOOP("domain", "子女")
    #: 户口簿 / 出生证明
    PARENT = "parent", QT_TRANSLATE_NOOP("domain", "父母")
    #: 公证继承证明
    OTHER = "other", QT_TRANSLATE_NOOP("domain", "其他继承人")


def heir_relation_for(member_relation: Relation) -> HeirRelation:
    """The user's relation to a household member who died, from the member's relation to
    the user: the user's father (``PARENT``) → the user is his child (``CHILD``)."""
    return {
        Relation.SPOUSE: HeirRelation.SPOUSE,
        Relation.PARENT: HeirRelation.CHILD,
        Relation.CHILD: HeirRelation.PARENT,
    }.get(member_relation, HeirRelation.OTHER)


class Verdict(LabelledEnum):
    ELIGIBLE = "eligible", QT_TRANSLATE_NOOP("domain", "可以申请")
    NOT_YET = "not_yet", QT_TRANSLATE_NOOP("domain", "符合条件，但还没到可以申请的时间")
    CHECK_LOCALLY = (
        "check_locally",
        QT_TRANSLATE_NOOP("domain", "可能可以，需要先向当地医保部门确认"),
    )
    NOT_ELIGIBLE = "not_eligible", QT_TRANSLATE_NOOP("domain", "不符合条件")

    @property
    def severity(self) -> int:
        """Higher is worse; the overall verdict is the worst of its parts."""
        return _VERDICT_ORDER.index(self)


_VERDICT_ORDER = (Verdict.ELIGIBLE, Verdict.NOT_YET, Verdict.CHECK_LOCALLY, Verdict.NOT_ELIGIBLE)


class AmountBasis(LabelledEnum):
    #: the balance from the contribution history
    HISTORY = "history", QT_TRANSLATE_NOOP("domain", "按缴费记录推算的余额")
    #: typed by the user
    TYPED = "typed", QT_TRANSLATE_NOOP("domain", "您填写的金额")
    #: the contribution standard in the policy book (an estimate)
    STANDARD = "standard", QT_TRANSLATE_NOOP("domain", "按政策库缴费标准估算")
    UNKNOWN = "unknown", QT_TRANSLATE_NOOP("domain", "金额未知")


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


#: a problem with one input (shown at the field); ``field`` is the request attribute
RefundProblem = FieldProblem


@dataclass(frozen=True)
class Amount:
    """The money to expect; ``resolved`` is the policy value an estimate rests on."""

    value: Decimal | None
    basis: AmountBasis
    template: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)
    resolved: Resolved | None = None

    @property
    def text(self) -> str:
        return self.template.format(**self.params)

    @property
    def policy(self) -> Basis | None:
        """The estimate's policy basis (``None`` for a typed or known amount)."""
        return Basis.from_resolved(self.resolved) if self.resolved is not None else None


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

    @property
    def policy(self) -> Basis | None:
        """The payout rule's policy basis (``None`` when no rule is behind it)."""
        return Basis.from_resolved(self.resolved) if self.resolved is not None else None


def cn_date(day: date) -> str:
    """``2025年3月31日``: how dates are written for ordinary people (``2025-03-31`` in
    English: :func:`yibao.domain.i18n.day_text`)."""
    return day_text(day)
