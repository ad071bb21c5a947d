"""家庭共济 (family mutual aid with the personal account): who may give, who may receive,
why or why not, what happens when things change, and who pays a relative's bill.

Every rule reads the policy book for the giver's region at a date (``family.*`` keys, see
``resources/policy/README.md``) and answers with :class:`Reason` objects: a status
(ok / blocked / warning), a Chinese template and its parameters, and the resolved policy value
it rests on (so the UI can name the source and its confidence, and say 未经证实 where it is).
Reasons that rest on the household's own data (e.g. a missing 参保地) carry no policy value.

Pure Python: no Qt, no SQLAlchemy. Money is :class:`~decimal.Decimal` yuan.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from yibao.domain.bindings import Binding, BindingStatus
from yibao.domain.checklists import ChecklistEntry
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.money import ZERO, format_yuan, round_yuan
from yibao.domain.people import Gender, Member, Relation, Scheme, age_on
from yibao.domain.policy import Confidence, Override, PolicyBook, Resolved, Source
from yibao.domain.regions import region_book

__all__ = [
    "AUTO_DISSOLVED_PREFIX",
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
    "Rule",
    "Verdict",
    "allocate_payment",
    "assess_relative",
    "check_giver",
    "distance_between",
    "earlier_notice",
    "guide_facts",
    "in_force",
    "reconcile_binding",
    "relation_between",
    "scheme_kind",
    "snapshot_of",
    "threshold_of",
    "usable_balance",
]


REACH_SAME_REGION = "统筹区内"
REACH_SAME_PROVINCE = "省内跨统筹区"
REACH_CROSS_PROVINCE = "跨省"
SCHEME_EMPLOYEE = "职工医保"
SCHEME_RESIDENT = "居民医保"

#: ``Binding.ended_reason`` of bindings this module dissolved (the overview lists them).
AUTO_DISSOLVED_PREFIX = "自动解除"
#: How long an automatic dissolution stays on the overview.
NOTICE_DAYS = 90


# ------------------------------------------------------------------ reasons and verdicts


class ReasonStatus(enum.StrEnum):
    OK = "ok"
    BLOCKED = "blocked"
    WARNING = "warning"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    ReasonStatus.OK: QT_TRANSLATE_NOOP("domain", "符合"),
    ReasonStatus.BLOCKED: QT_TRANSLATE_NOOP("domain", "不符合"),
    ReasonStatus.WARNING: QT_TRANSLATE_NOOP("domain", "注意"),
}


class Rule(enum.StrEnum):
    """Which rule a reason comes from (stable ids for tests and the UI)."""

    GIVER_ENROLLED = "giver_enrolled"
    GIVER_ACCOUNT = "giver_account"
    GIVER_REGION = "giver_region"
    POLICY_IN_FORCE = "policy_in_force"
    RELATION = "relation"
    ENROLLED = "enrolled"
    REGION = "region"
    RELATIVE_REGION_RULES = "relative_region_rules"
    ONE_GIVER = "one_giver"
    ALREADY_BOUND = "already_bound"
    THRESHOLD = "threshold"
    BALANCE = "balance"
    QUOTA = "quota"


@dataclass(frozen=True)
class Reason:
    """One reason in a verdict: what was checked, the answer, and what it rests on.

    ``policy`` is the resolved policy value the rule used (source, confidence, region,
    dates); ``None`` when the reason rests on the household's own data. ``fix`` is a
    template telling the user what to do about a blocked or warning reason.
    """

    rule: Rule
    status: ReasonStatus
    template: str
    params: Mapping[str, str] = field(default_factory=dict)
    policy: Resolved | None = None
    fix: str = ""
    fix_params: Mapping[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.template.format(**self.params)

    @property
    def fix_text(self) -> str:
        return self.fix.format(**self.fix_params) if self.fix else ""

    @property
    def source(self) -> Source | None:
        return self.policy.source if self.policy is not None else None

    @property
    def confidence(self) -> Confidence | None:
        return self.policy.confidence if self.policy is not None else None

    @property
    def overridden(self) -> bool:
        return self.policy is not None and self.policy.overridden

    @property
    def unconfirmed(self) -> bool:
        return self.confidence is Confidence.UNCONFIRMED


class Outcome(enum.StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    #: the same giver and relative are already recorded: nothing to do, nothing wrong
    ALREADY_RECORDED = "already_recorded"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    Outcome.ELIGIBLE: QT_TRANSLATE_NOOP("domain", "可以办理"),
    Outcome.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("domain", "暂时不能办理"),
    Outcome.ALREADY_RECORDED: QT_TRANSLATE_NOOP("domain", "已记录"),
}


class Distance(enum.StrEnum):
    SAME_REGION = "same_region"
    SAME_PROVINCE = "same_province"
    CROSS_PROVINCE = "cross_province"


@dataclass(frozen=True)
class GiverCheck:
    """Can *member* be a 共济人 on ``at``?"""

    member: Member
    at: date
    reasons: tuple[Reason, ...]

    @property
    def qualifies(self) -> bool:
        return not any(r.status is ReasonStatus.BLOCKED for r in self.reasons)

    @property
    def blocked(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.status is ReasonStatus.BLOCKED)


@dataclass(frozen=True)
class Verdict:
    """May *relative* use *giver*'s personal account on ``at``, and why (every reason)."""

    giver: Member
    relative: Member
    at: date
    relation: Relation | None
    distance: Distance | None
    reasons: tuple[Reason, ...]
    #: cross-province: done through the 医保钱包 共济额度
    via_wallet: bool = False

    @property
    def outcome(self) -> Outcome:
        blocked = [r for r in self.reasons if r.status is ReasonStatus.BLOCKED]
        if blocked and all(r.rule is Rule.ALREADY_BOUND for r in blocked):
            return Outcome.ALREADY_RECORDED
        if blocked:
            return Outcome.NOT_ELIGIBLE
        return Outcome.ELIGIBLE

    @property
    def eligible(self) -> bool:
        return self.outcome is Outcome.ELIGIBLE

    def reason(self, rule: Rule) -> Reason | None:
        for r in self.reasons:
            if r.rule is rule:
                return r
        return None

    @property
    def blocked(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.status is ReasonStatus.BLOCKED)


# ------------------------------------------------------------------ small helpers


def _resolve(
    book: PolicyBook, key: str, region_code: str | None, at: date, overrides: Sequence[Override]
) -> Resolved | None:
    return book.resolve(key, region_code, at, overrides)


def _region_name(code: str | None) -> str:
    if not code:
        return "—"
    return region_book().full_name(code)


def _names(values: Iterable[str]) -> str:
    return "、".join(values)


def _text_list(resolved: Resolved) -> tuple[str, ...]:
    value = resolved.value
    if isinstance(value, tuple):
        return tuple(v for v in value if isinstance(v, str))
    return ()


def _since(resolved: Resolved) -> str:
    return resolved.effective_from.isoformat()


def scheme_kind(scheme: Scheme) -> str | None:
    """``职工医保`` / ``居民医保`` (the words of ``family.relative_schemes``), ``None`` if none."""
    if scheme.is_employee_scheme:
        return SCHEME_EMPLOYEE
    if scheme is Scheme.RESIDENT:
        return SCHEME_RESIDENT
    return None


def _insured(member: Member) -> bool:
    return member.enrolled and member.scheme.is_insured


def in_force(binding: Binding) -> bool:
    return binding.status is not BindingStatus.DISSOLVED


def distance_between(a: str, b: str) -> Distance:
    """How far apart two insured regions (统筹区 codes) are."""
    if a == b:
        return Distance.SAME_REGION
    if a[:2] == b[:2]:
        return Distance.SAME_PROVINCE
    return Distance.CROSS_PROVINCE


# ------------------------------------------------------------------ relations

_INVERSE = {
    Relation.SPOUSE: Relation.SPOUSE,
    Relation.PARENT: Relation.CHILD,
    Relation.CHILD: Relation.PARENT,
    Relation.SIBLING: Relation.SIBLING,
    Relation.PATERNAL_GRANDPARENT: Relation.GRANDCHILD,
    Relation.MATERNAL_GRANDPARENT: Relation.DAUGHTERS_CHILD,
    Relation.GRANDCHILD: Relation.PATERNAL_GRANDPARENT,
    Relation.DAUGHTERS_CHILD: Relation.MATERNAL_GRANDPARENT,
    Relation.OTHER: Relation.OTHER,
}

# (giver's relation to the user, relative's relation to the user) → relative's relation to
# the giver, for pairs that do not depend on the user's gender. ``OTHER`` = not 近亲属
# (in-laws, nephews …). Pairs not listed cannot be worked out from the household alone.
_PAIRS: Mapping[tuple[Relation, Relation], Relation] = {
    (Relation.SPOUSE, Relation.CHILD): Relation.CHILD,
    (Relation.CHILD, Relation.SPOUSE): Relation.PARENT,
    (Relation.SPOUSE, Relation.GRANDCHILD): Relation.GRANDCHILD,
    (Relation.SPOUSE, Relation.DAUGHTERS_CHILD): Relation.DAUGHTERS_CHILD,
    (Relation.GRANDCHILD, Relation.SPOUSE): Relation.PATERNAL_GRANDPARENT,
    (Relation.DAUGHTERS_CHILD, Relation.SPOUSE): Relation.MATERNAL_GRANDPARENT,
    (Relation.PARENT, Relation.PARENT): Relation.SPOUSE,
    (Relation.PARENT, Relation.SIBLING): Relation.CHILD,
    (Relation.SIBLING, Relation.PARENT): Relation.PARENT,
    (Relation.SIBLING, Relation.SIBLING): Relation.SIBLING,
    (Relation.CHILD, Relation.CHILD): Relation.SIBLING,
    (Relation.SPOUSE, Relation.PARENT): Relation.OTHER,
    (Relation.PARENT, Relation.SPOUSE): Relation.OTHER,
    (Relation.SPOUSE, Relation.SIBLING): Relation.OTHER,
    (Relation.SIBLING, Relation.SPOUSE): Relation.OTHER,
    (Relation.SIBLING, Relation.CHILD): Relation.OTHER,
    (Relation.CHILD, Relation.SIBLING): Relation.OTHER,
}


def relation_between(
    giver: Member, relative: Member, user_gender: Gender | None
) -> Relation | None:
    """What *relative* is to *giver*, worked out from both relations to the user.

    ``Relation.OTHER`` means "related, but not a 近亲属" (e.g. a spouse's parent);
    ``None`` means the household data cannot tell (e.g. a parent and a grandparent). Pairs
    through the user assume the usual family (the user's parents are married to each other,
    the user's child is also the spouse's child).
    """
    if giver.relation is Relation.SELF:
        return relative.relation
    if relative.relation is Relation.SELF:
        return _INVERSE[giver.relation]
    pair = (giver.relation, relative.relation)
    if pair in _PAIRS:
        return _PAIRS[pair]
    if user_gender is not None:
        male = user_gender is Gender.MALE
        if pair == (Relation.PARENT, Relation.CHILD):
            return Relation.GRANDCHILD if male else Relation.DAUGHTERS_CHILD
        if pair == (Relation.CHILD, Relation.PARENT):
            return Relation.PATERNAL_GRANDPARENT if male else Relation.MATERNAL_GRANDPARENT
    return None


# ------------------------------------------------------------------ the giver

_MSG_POLICY_NONE = QT_TRANSLATE_NOOP(
    "domain", "{date}时{region}还没有职工医保个人账户家庭共济的规定（2021年起各地陆续实行）"
)
_FIX_POLICY_NONE = QT_TRANSLATE_NOOP("domain", "请选择更晚的日期，或在政策页面补充当地规定")
_MSG_GIVER_NOT_INSURED = QT_TRANSLATE_NOOP("domain", "{name}目前没有正常参保（{scheme}）")
_FIX_GIVER_NOT_INSURED = QT_TRANSLATE_NOOP(
    "domain", "共济人要在职工医保正常参保、个人账户里有钱。若信息有误，请在家庭成员页面修改"
)
_MSG_GIVER_RESIDENT = QT_TRANSLATE_NOOP(
    "domain", "{name}参加的是城乡居民医保，居民医保没有个人账户，不能作为共济人"
)
_FIX_GIVER_RESIDENT = QT_TRANSLATE_NOOP(
    "domain", "可以请家里参加职工医保（有个人账户）的人作为共济人，给{name}共济"
)
_MSG_GIVER_POOLING = QT_TRANSLATE_NOOP(
    "domain", "{name}是灵活就业“单建统筹”（一档），只交统筹基金，没有个人账户，不能作为共济人"
)
_FIX_GIVER_POOLING = QT_TRANSLATE_NOOP(
    "domain",
    "如想用个人账户共济，可以向当地医保经办机构咨询能否改为“统账结合”（二档）参保；"
    "或请家里其他有个人账户的人作为共济人",
)
_MSG_GIVER_OK = QT_TRANSLATE_NOOP("domain", "{name}参加{scheme}，有个人账户，可以作为共济人")
_MSG_GIVER_NO_REGION = QT_TRANSLATE_NOOP("domain", "{name}没有填写参保地，查不到当地的家庭共济规定")
_FIX_NO_REGION = QT_TRANSLATE_NOOP("domain", "请在家庭成员页面为{name}补充参保地（省份和城市）")


def check_giver(
    member: Member,
    at: date,
    book: PolicyBook,
    overrides: Sequence[Override] = (),
) -> GiverCheck:
    """Every reason why *member* can or cannot be a 共济人 on *at*."""
    reasons: list[Reason] = []
    p = {"name": member.name, "scheme": member.scheme.label}
    if not _insured(member):
        reasons.append(
            Reason(
                Rule.GIVER_ENROLLED,
                ReasonStatus.BLOCKED,
                _MSG_GIVER_NOT_INSURED,
                p,
                fix=_FIX_GIVER_NOT_INSURED,
            )
        )
    elif member.scheme is Scheme.RESIDENT:
        reasons.append(
            Reason(
                Rule.GIVER_ACCOUNT,
                ReasonStatus.BLOCKED,
                _MSG_GIVER_RESIDENT,
                p,
                fix=_FIX_GIVER_RESIDENT,
                fix_params=p,
            )
        )
    elif member.scheme is Scheme.FLEXIBLE_POOLING:
        reasons.append(
            Reason(
                Rule.GIVER_ACCOUNT,
                ReasonStatus.BLOCKED,
                _MSG_GIVER_POOLING,
                p,
                fix=_FIX_GIVER_POOLING,
            )
        )
    else:
        reasons.append(Reason(Rule.GIVER_ACCOUNT, ReasonStatus.OK, _MSG_GIVER_OK, p))
    if not member.region_code:
        reasons.append(
            Reason(
                Rule.GIVER_REGION,
                ReasonStatus.BLOCKED,
                _MSG_GIVER_NO_REGION,
                p,
                fix=_FIX_NO_REGION,
                fix_params={"name": member.name},
            )
        )
    else:
        scope = _resolve(book, "family.scope", member.region_code, at, overrides)
        if scope is None:
            reasons.append(
                Reason(
                    Rule.POLICY_IN_FORCE,
                    ReasonStatus.BLOCKED,
                    _MSG_POLICY_NONE,
                    {"date": at.isoformat(), "region": _region_name(member.region_code)},
                    fix=_FIX_POLICY_NONE,
                )
            )
    return GiverCheck(member, at, tuple(reasons))


# ------------------------------------------------------------------ one relative

_MSG_RELATION_OK = QT_TRANSLATE_NOOP(
    "domain", "{relative}是{giver}的{relation}，在可以共济的亲属范围内（{scope}，自{since}起）"
)
_MSG_RELATION_OUT = QT_TRANSLATE_NOOP(
    "domain",
    "{relative}是{giver}的{relation}，不在{date}时可以共济的亲属范围内（只限{scope}）",
)
_FIX_RELATION_SIBLING = QT_TRANSLATE_NOOP(
    "domain",
    "国办发〔2024〕38号自2024年7月26日起把范围扩大到近亲属（含兄弟姐妹、祖父母、外祖父母、"
    "孙子女、外孙子女），但当地规定可能更窄；可以请{relative}的配偶、父母或子女中有个人账户的人共济",
)
_MSG_RELATION_NOT_CLOSE = QT_TRANSLATE_NOOP(
    "domain", "{relative}与{giver}不是近亲属（例如配偶的父母、兄弟姐妹的子女），不能共济"
)
_FIX_RELATION_NOT_CLOSE = QT_TRANSLATE_NOOP(
    "domain", "可以请{relative}的配偶、父母、子女等近亲属中有个人账户的人作为共济人"
)
_MSG_RELATION_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "从家庭成员的关系中看不出{relative}是{giver}的什么人，无法判断是否属于近亲属"
)
_FIX_RELATION_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "请由您本人作为共济人，或在家庭成员页面核对关系后再试"
)
_MSG_NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "domain", "{relative}目前没有参加基本医疗保险（{scheme}），共济要求亲属本人已参保"
)
_FIX_NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "domain",
    "先为{relative}参加城乡居民医保（一般每年9月至12月集中缴费）或职工医保，参保后再办理共济；"
    "居民医保个人缴费也可以在绑定后用共济人的个人账户代缴",
)
_MSG_ENROLLED_OK = QT_TRANSLATE_NOOP(
    "domain", "{relative}已参加{kind}（{scheme}），可以被共济（{allowed}）"
)
_MSG_SCHEME_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "domain", "{relative}参加的是{kind}，当地规定被共济亲属须参加{allowed}"
)
_FIX_SCHEME_NOT_ALLOWED = QT_TRANSLATE_NOOP("domain", "请向当地医保经办机构确认")
_MSG_NO_SCHEME_RULE = QT_TRANSLATE_NOOP(
    "domain",
    "{relative}已参加{kind}；政策库中没有{date}时被共济亲属可参加哪些险种的规定，"
    "以当地医保部门公布为准",
)
_MSG_RELATIVE_NO_REGION = QT_TRANSLATE_NOOP(
    "domain", "{relative}没有填写参保地，无法判断两人是否在同一统筹区或同一省"
)
_MSG_SAME_REGION = QT_TRANSLATE_NOOP(
    "domain",
    "两人都在{region}参保（同一统筹区），可以共济（{policy_region}{date}时的范围：{reach}）",
)
_MSG_SAME_PROVINCE_OK = QT_TRANSLATE_NOOP(
    "domain",
    "两人在同一省的不同统筹区（{giver_region} / {relative_region}），"
    "{policy_region}{date}时支持{reach}共济（自{since}起）",
)
_MSG_SAME_PROVINCE_NO = QT_TRANSLATE_NOOP(
    "domain",
    "两人不在同一统筹区（{giver_region} / {relative_region}），"
    "{policy_region}{date}时只支持{reach}共济",
)
_FIX_SAME_PROVINCE_NO = QT_TRANSLATE_NOOP(
    "domain", "2024年12月起各省已普遍实现省内跨统筹区共济；可选择更晚的日期重新检查"
)
_MSG_CROSS_OK = QT_TRANSLATE_NOOP(
    "domain",
    "两人不在同一省（{giver_region} / {relative_region}），{policy_region}{date}时支持"
    "跨省共济，要通过国家医保服务平台APP的“医保钱包”设置共济额度",
)
_MSG_CROSS_WALLET = QT_TRANSLATE_NOOP(
    "domain",
    "两人不在同一省（{giver_region} / {relative_region}）；{date}时可以通过国家医保服务平台APP的"
    "“医保钱包”跨省共济（自{since}起）",
)
_MSG_CROSS_NO = QT_TRANSLATE_NOOP(
    "domain",
    "两人不在同一省（{giver_region} / {relative_region}），{policy_region}规定个人账户"
    "{date}时只能{reach}共济，不能给外省参保的亲属用",
)
_FIX_CROSS_NO = QT_TRANSLATE_NOOP(
    "domain",
    "可以请{relative}参保地所在省、有个人账户的近亲属作为共济人；或留意当地是否开放跨省共济",
)
_MSG_RELATIVE_SIDE = QT_TRANSLATE_NOOP(
    "domain",
    "{relative}的参保地{relative_region}按{policy_region}的规定{date}时只支持{reach}共济，"
    "这边可能也有限制",
)
_FIX_RELATIVE_SIDE = QT_TRANSLATE_NOOP("domain", "办理前请向两地医保部门确认")
_MSG_ONE_GIVER_BLOCKED = QT_TRANSLATE_NOOP(
    "domain",
    "{relative}已经由{other}授权共济（{status}）；{policy_region}规定每名亲属同一时间只能"
    "有一名授权人",
)
_FIX_ONE_GIVER_BLOCKED = QT_TRANSLATE_NOOP(
    "domain", "如果要改由{giver}共济，请先解除{other}与{relative}的共济，再重新办理"
)
_MSG_ONE_GIVER_FREE = QT_TRANSLATE_NOOP(
    "domain",
    "{policy_region}规定每名亲属同一时间只能有一名授权人；{relative}目前没有其他授权人",
)
_MSG_MANY_GIVERS_OK = QT_TRANSLATE_NOOP(
    "domain",
    "{relative}已经由{other}授权共济（{status}）；按{policy_region}{date}时的规定，"
    "一名亲属可以被多人授权",
)
_MSG_MANY_GIVERS_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain",
    "{relative}已经由{other}授权共济（{status}）；政策库中没有能否再由第二人授权的规定",
)
_FIX_MANY_GIVERS_UNKNOWN = QT_TRANSLATE_NOOP("domain", "办理前请向当地医保经办机构确认")
_MSG_SAME_PAIR = QT_TRANSLATE_NOOP(
    "domain", "已经记录了{giver}给{relative}的共济（{status}），不用重复办理"
)
_FIX_SAME_PAIR = QT_TRANSLATE_NOOP(
    "domain", "可以在“家庭成员”页面的家庭共济列表中查看或修改这条记录"
)
_MSG_THRESHOLD = QT_TRANSLATE_NOOP(
    "domain", "{policy_region}规定：个人账户余额超过{threshold}的部分才可以共济"
)
_MSG_THRESHOLD_BALANCE = QT_TRANSLATE_NOOP(
    "domain",
    "{policy_region}规定：个人账户余额超过{threshold}的部分才可以共济；按您填写的余额"
    "{balance}，现在可共济{usable}",
)
_FIX_THRESHOLD_ZERO = QT_TRANSLATE_NOOP(
    "domain", "可以先办理绑定；等余额超过{threshold}后，超出的部分就能给亲属用"
)
_MSG_BALANCE_ZERO = QT_TRANSLATE_NOOP(
    "domain", "按您填写的余额（{balance}），{giver}的个人账户现在没有钱可以共济"
)
_FIX_BALANCE_ZERO = QT_TRANSLATE_NOOP(
    "domain", "可以先办理绑定，等每月划入后再用；余额可在国家医保服务平台APP查询"
)
_MSG_QUOTA = QT_TRANSLATE_NOOP(
    "domain",
    "跨省共济用的是医保钱包里的“共济额度”：转入额度的钱{giver}本人不能再用，"
    "解除绑定后没用完的额度退回个人账户",
)


def _relation_reason(
    giver: Member,
    relative: Member,
    relation: Relation | None,
    scope: Resolved | None,
    at: date,
) -> Reason:
    p = {"giver": giver.name, "relative": relative.name}
    if relation is None:
        return Reason(
            Rule.RELATION,
            ReasonStatus.BLOCKED,
            _MSG_RELATION_UNKNOWN,
            p,
            fix=_FIX_RELATION_UNKNOWN,
        )
    if relation in (Relation.OTHER, Relation.SELF):
        return Reason(
            Rule.RELATION,
            ReasonStatus.BLOCKED,
            _MSG_RELATION_NOT_CLOSE,
            p,
            policy=scope,
            fix=_FIX_RELATION_NOT_CLOSE,
            fix_params={"relative": relative.name},
        )
    assert scope is not None  # check_giver reports a missing scope
    allowed = _text_list(scope)
    params = {
        **p,
        "relation": relation.label,
        "scope": _names(allowed),
        "since": _since(scope),
        "date": at.isoformat(),
    }
    if relation.label in allowed:
        return Reason(Rule.RELATION, ReasonStatus.OK, _MSG_RELATION_OK, params, policy=scope)
    return Reason(
        Rule.RELATION,
        ReasonStatus.BLOCKED,
        _MSG_RELATION_OUT,
        params,
        policy=scope,
        fix=_FIX_RELATION_SIBLING,
        fix_params={"relative": relative.name},
    )


def _enrolment_reason(relative: Member, schemes: Resolved | None, at: date) -> Reason:
    p = {"relative": relative.name, "scheme": relative.scheme.label}
    kind = scheme_kind(relative.scheme)
    if not _insured(relative) or kind is None:
        return Reason(
            Rule.ENROLLED,
            ReasonStatus.BLOCKED,
            _MSG_NOT_ENROLLED,
            p,
            policy=schemes,
            fix=_FIX_NOT_ENROLLED,
            fix_params={"relative": relative.name},
        )
    if schemes is None:
        return Reason(
            Rule.ENROLLED,
            ReasonStatus.WARNING,
            _MSG_NO_SCHEME_RULE,
            {**p, "kind": kind, "date": at.isoformat()},
        )
    allowed = _text_list(schemes)
    params = {**p, "kind": kind, "allowed": _names(allowed)}
    if kind in allowed:
        return Reason(Rule.ENROLLED, ReasonStatus.OK, _MSG_ENROLLED_OK, params, policy=schemes)
    return Reason(
        Rule.ENROLLED,
        ReasonStatus.BLOCKED,
        _MSG_SCHEME_NOT_ALLOWED,
        params,
        policy=schemes,
        fix=_FIX_SCHEME_NOT_ALLOWED,
    )


_REACH_RANK = {REACH_SAME_REGION: 0, REACH_SAME_PROVINCE: 1, REACH_CROSS_PROVINCE: 2}
_DISTANCE_RANK = {Distance.SAME_REGION: 0, Distance.SAME_PROVINCE: 1, Distance.CROSS_PROVINCE: 2}


def _reach_allows(reach: Resolved | None, distance: Distance) -> bool:
    if reach is None or not isinstance(reach.value, str):
        return distance is Distance.SAME_REGION
    return _REACH_RANK.get(reach.value, 0) >= _DISTANCE_RANK[distance]


def _region_reasons(
    giver: Member,
    relative: Member,
    at: date,
    book: PolicyBook,
    overrides: Sequence[Override],
) -> tuple[list[Reason], Distance | None, bool]:
    """The 统筹区 / province reason (and the relative's side), the distance, via wallet."""
    assert giver.region_code is not None
    p = {"giver": giver.name, "relative": relative.name}
    if not relative.region_code:
        return (
            [
                Reason(
                    Rule.REGION,
                    ReasonStatus.BLOCKED,
                    _MSG_RELATIVE_NO_REGION,
                    p,
                    fix=_FIX_NO_REGION,
                    fix_params={"name": relative.name},
                )
            ],
            None,
            False,
        )
    distance = distance_between(giver.region_code, relative.region_code)
    reach = _resolve(book, "family.reach", giver.region_code, at, overrides)
    reach_text = reach.value if reach is not None and isinstance(reach.value, str) else "—"
    params = {
        **p,
        "giver_region": _region_name(giver.region_code),
        "relative_region": _region_name(relative.region_code),
        "region": _region_name(giver.region_code),
        "policy_region": reach.region_name if reach is not None else "—",
        "reach": reach_text,
        "date": at.isoformat(),
        "since": _since(reach) if reach is not None else "—",
    }
    via_wallet = False
    reasons: list[Reason] = []
    if distance is Distance.SAME_REGION:
        reasons.append(Reason(Rule.REGION, ReasonStatus.OK, _MSG_SAME_REGION, params, reach))
    elif distance is Distance.SAME_PROVINCE:
        if _reach_allows(reach, distance):
            reasons.append(
                Reason(Rule.REGION, ReasonStatus.OK, _MSG_SAME_PROVINCE_OK, params, reach)
            )
        else:
            reasons.append(
                Reason(
                    Rule.REGION,
                    ReasonStatus.BLOCKED,
                    _MSG_SAME_PROVINCE_NO,
                    params,
                    reach,
                    fix=_FIX_SAME_PROVINCE_NO,
                )
            )
    else:
        wallet = _resolve(book, "family.wallet_cross_province", giver.region_code, at, overrides)
        if _reach_allows(reach, distance):
            via_wallet = True
            reasons.append(Reason(Rule.REGION, ReasonStatus.OK, _MSG_CROSS_OK, params, reach))
        elif wallet is not None and wallet.value is True:
            via_wallet = True
            reasons.append(
                Reason(
                    Rule.REGION,
                    ReasonStatus.OK,
                    _MSG_CROSS_WALLET,
                    {**params, "since": _since(wallet)},
                    wallet,
                )
            )
        else:
            reasons.append(
                Reason(
                    Rule.REGION,
                    ReasonStatus.BLOCKED,
                    _MSG_CROSS_NO,
                    params,
                    reach,
                    fix=_FIX_CROSS_NO,
                    fix_params={"relative": relative.name},
                )
            )
    if distance is not Distance.SAME_REGION and reasons[-1].status is ReasonStatus.OK:
        # The relative's own region may be narrower (e.g. a relative insured in Shanxi).
        theirs = _resolve(book, "family.reach", relative.region_code, at, overrides)
        if theirs is not None and theirs.region_key != (reach.region_key if reach else None):
            wallet_theirs = _resolve(
                book, "family.wallet_cross_province", relative.region_code, at, overrides
            )
            ok = _reach_allows(theirs, distance) or (
                distance is Distance.CROSS_PROVINCE
                and wallet_theirs is not None
                and wallet_theirs.value is True
            )
            if not ok:
                reasons.append(
                    Reason(
                        Rule.RELATIVE_REGION_RULES,
                        ReasonStatus.WARNING,
                        _MSG_RELATIVE_SIDE,
                        {
                            **params,
                            "policy_region": theirs.region_name,
                            "reach": str(theirs.value),
                        },
                        theirs,
                        fix=_FIX_RELATIVE_SIDE,
                    )
                )
    return reasons, distance, via_wallet


def _binding_reasons(
    giver: Member,
    relative: Member,
    bindings: Sequence[Binding],
    names: Mapping[int, str],
    at: date,
    book: PolicyBook,
    overrides: Sequence[Override],
) -> list[Reason]:
    assert giver.region_code is not None
    mine = [b for b in bindings if in_force(b) and b.relative_id == relative.id]
    p = {"giver": giver.name, "relative": relative.name, "date": at.isoformat()}
    reasons: list[Reason] = []
    same = [b for b in mine if b.giver_id == giver.id]
    if same:
        reasons.append(
            Reason(
                Rule.ALREADY_BOUND,
                ReasonStatus.BLOCKED,
                _MSG_SAME_PAIR,
                {**p, "status": same[0].status.label},
                fix=_FIX_SAME_PAIR,
            )
        )
    others = [b for b in mine if b.giver_id != giver.id]
    rule = _resolve(book, "family.one_giver_per_relative", giver.region_code, at, overrides)
    policy_region = rule.region_name if rule is not None else "—"
    if others:
        other = others[0]
        op = {
            **p,
            "other": names.get(other.giver_id, "?"),
            "status": other.status.label,
            "policy_region": policy_region,
        }
        if rule is not None and rule.value is True:
            reasons.append(
                Reason(
                    Rule.ONE_GIVER,
                    ReasonStatus.BLOCKED,
                    _MSG_ONE_GIVER_BLOCKED,
                    op,
                    rule,
                    fix=_FIX_ONE_GIVER_BLOCKED,
                    fix_params=op,
                )
            )
        elif rule is not None:
            reasons.append(Reason(Rule.ONE_GIVER, ReasonStatus.OK, _MSG_MANY_GIVERS_OK, op, rule))
        else:
            reasons.append(
                Reason(
                    Rule.ONE_GIVER,
                    ReasonStatus.WARNING,
                    _MSG_MANY_GIVERS_UNKNOWN,
                    op,
                    fix=_FIX_MANY_GIVERS_UNKNOWN,
                )
            )
    elif rule is not None and rule.value is True:
        reasons.append(
            Reason(
                Rule.ONE_GIVER,
                ReasonStatus.OK,
                _MSG_ONE_GIVER_FREE,
                {**p, "policy_region": policy_region},
                rule,
            )
        )
    return reasons


def usable_balance(balance: Decimal, threshold: Decimal) -> Decimal:
    """The part of *balance* above *threshold* (never negative), to the cent."""
    return round_yuan(max(ZERO, balance - threshold))


def threshold_of(
    book: PolicyBook, region_code: str | None, at: date, overrides: Sequence[Override] = ()
) -> tuple[Decimal, Resolved | None]:
    """``family.min_retained_balance`` for a region (0 where there is none)."""
    found = _resolve(book, "family.min_retained_balance", region_code, at, overrides)
    if found is None or not isinstance(found.value, Decimal):
        return ZERO, found
    return round_yuan(found.value), found


def _money_reasons(
    giver: Member,
    balance: Decimal | None,
    at: date,
    book: PolicyBook,
    overrides: Sequence[Override],
) -> list[Reason]:
    threshold, found = threshold_of(book, giver.region_code, at, overrides)
    reasons: list[Reason] = []
    if found is not None and threshold > 0:
        p = {
            "policy_region": found.region_name,
            "threshold": format_yuan(threshold),
        }
        if balance is None:
            reasons.append(Reason(Rule.THRESHOLD, ReasonStatus.WARNING, _MSG_THRESHOLD, p, found))
        else:
            usable = usable_balance(balance, threshold)
            reasons.append(
                Reason(
                    Rule.THRESHOLD,
                    ReasonStatus.WARNING,
                    _MSG_THRESHOLD_BALANCE,
                    {**p, "balance": format_yuan(balance), "usable": format_yuan(usable)},
                    found,
                    fix=_FIX_THRESHOLD_ZERO if usable == 0 else "",
                    fix_params=p if usable == 0 else {},
                )
            )
        return reasons
    if balance is not None and balance <= 0:
        reasons.append(
            Reason(
                Rule.BALANCE,
                ReasonStatus.WARNING,
                _MSG_BALANCE_ZERO,
                {"giver": giver.name, "balance": format_yuan(balance)},
                fix=_FIX_BALANCE_ZERO,
            )
        )
    return reasons


def assess_relative(
    giver: Member,
    relative: Member,
    *,
    at: date,
    book: PolicyBook,
    overrides: Sequence[Override] = (),
    bindings: Sequence[Binding] = (),
    names: Mapping[int, str] | None = None,
    user_gender: Gender | None = None,
    balance: Decimal | None = None,
) -> Verdict:
    """The eligibility verdict for *relative* using *giver*'s account on *at*, every reason.

    Rules are read from the policy book for the giver's region (``family.scope``,
    ``family.relative_schemes``, ``family.reach``, ``family.wallet_cross_province``,
    ``family.one_giver_per_relative``, ``family.min_retained_balance``,
    ``family.quota_locked``). *bindings* are the household's recorded bindings (for the
    one-授权人 rule and duplicates), *names* member id → name for the messages, *balance*
    the giver's current balance if the user knows it.
    """
    giver_check = check_giver(giver, at, book, overrides)
    reasons: list[Reason] = [r for r in giver_check.reasons if r.status is ReasonStatus.BLOCKED]
    relation = relation_between(giver, relative, user_gender)
    if reasons or giver.region_code is None:
        # Without a usable giver the rest cannot be judged; say only what blocks it.
        return Verdict(giver, relative, at, relation, None, tuple(reasons))
    scope = _resolve(book, "family.scope", giver.region_code, at, overrides)
    schemes = _resolve(book, "family.relative_schemes", giver.region_code, at, overrides)
    reasons.append(_relation_reason(giver, relative, relation, scope, at))
    reasons.append(_enrolment_reason(relative, schemes, at))
    region_reasons, distance, via_wallet = _region_reasons(giver, relative, at, book, overrides)
    reasons += region_reasons
    reasons += _binding_reasons(giver, relative, bindings, names or {}, at, book, overrides)
    reasons += _money_reasons(giver, balance, at, book, overrides)
    if via_wallet:
        quota = _resolve(book, "family.quota_locked", giver.region_code, at, overrides)
        if quota is not None and quota.value is True:
            reasons.append(
                Reason(Rule.QUOTA, ReasonStatus.WARNING, _MSG_QUOTA, {"giver": giver.name}, quota)
            )
    return Verdict(giver, relative, at, relation, distance, tuple(reasons), via_wallet)


# ------------------------------------------------------------------ stored bindings


@dataclass(frozen=True, slots=True)
class BindingSnapshot:
    """Both sides' scheme and 统筹区 when a binding was recorded as done (已办理).

    The national 2026 rules dissolve a binding when either side's insurance ends or moves
    统筹区; comparing the members with this snapshot is how the app notices.
    """

    giver_scheme: Scheme
    giver_region: str | None
    relative_scheme: Scheme
    relative_region: str | None
    giver_enrolled: bool = True
    relative_enrolled: bool = True


def snapshot_of(giver: Member, relative: Member) -> BindingSnapshot:
    return BindingSnapshot(
        giver_scheme=giver.scheme,
        giver_region=giver.region_code,
        relative_scheme=relative.scheme,
        relative_region=relative.region_code,
        giver_enrolled=giver.enrolled,
        relative_enrolled=relative.enrolled,
    )


@dataclass(frozen=True, slots=True)
class BindingRecord:
    """A stored binding with the members on both sides (for lists) and its snapshot."""

    binding: Binding
    giver: Member
    relative: Member
    snapshot: BindingSnapshot | None = None


class NoticeKind(enum.StrEnum):
    AUTO_DISSOLVED = "auto_dissolved"
    CHECK_NEEDED = "check_needed"
    PLANNED_AFFECTED = "planned_affected"


@dataclass(frozen=True)
class Notice:
    """Something the overview should tell the user about a binding."""

    kind: NoticeKind
    binding_id: int | None
    template: str
    params: Mapping[str, str]
    day: date
    #: produced by this reconciliation (not an earlier one still shown)
    new: bool = False
    policy: Resolved | None = None

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class Reconciled:
    """What :func:`reconcile_binding` decided: the binding to store (if changed), a notice."""

    binding: Binding
    snapshot: BindingSnapshot | None
    changed: bool
    notice: Notice | None


_CHANGE_GIVER_ENDED = QT_TRANSLATE_NOOP(
    "domain", "共济人{giver}的职工医保个人账户已不可用（现在：{scheme}）"
)
_CHANGE_RELATIVE_ENDED = QT_TRANSLATE_NOOP(
    "domain", "{relative}的基本医疗保险已终止（现在：{scheme}）"
)
_CHANGE_GIVER_MOVED = QT_TRANSLATE_NOOP("domain", "共济人{giver}的参保地由{old}变为{new}")
_CHANGE_RELATIVE_MOVED = QT_TRANSLATE_NOOP("domain", "{relative}的参保地由{old}变为{new}")
_ENDED_REASON = QT_TRANSLATE_NOOP("domain", "自动解除：{changes}（{date}）")
_NOTICE_DISSOLVED = QT_TRANSLATE_NOOP(
    "domain",
    "{giver}给{relative}的家庭共济已自动解除：{changes}。按国家规定，任一方参保终止或转移"
    "统筹区时共济关系自动解除；如仍需共济，请重新办理",
)
_NOTICE_CHECK = QT_TRANSLATE_NOOP(
    "domain",
    "{giver}给{relative}的家庭共济：{changes}。{date}时当地是否自动解除没有明确规定，"
    "请在国家医保服务平台APP中查看共济状态",
)
_NOTICE_PLANNED = QT_TRANSLATE_NOOP(
    "domain", "计划中的{giver}给{relative}的家庭共济：{changes}。办理前请重新检查是否符合条件"
)


def _changes(snap: BindingSnapshot, giver: Member, relative: Member) -> tuple[list[str], bool]:
    """Chinese descriptions of what changed, and whether any side's insurance ended."""
    out: list[str] = []
    ended = False
    giver_ok = giver.enrolled and giver.scheme.has_personal_account
    was_ok = snap.giver_enrolled and snap.giver_scheme.has_personal_account
    if was_ok and not giver_ok:
        ended = True
        out.append(_CHANGE_GIVER_ENDED.format(giver=giver.name, scheme=giver.scheme.label))
    if (snap.relative_enrolled and snap.relative_scheme.is_insured) and not _insured(relative):
        ended = True
        out.append(
            _CHANGE_RELATIVE_ENDED.format(relative=relative.name, scheme=relative.scheme.label)
        )
    if snap.giver_region != giver.region_code:
        out.append(
            _CHANGE_GIVER_MOVED.format(
                giver=giver.name,
                old=_region_name(snap.giver_region),
                new=_region_name(giver.region_code),
            )
        )
    if snap.relative_region != relative.region_code:
        out.append(
            _CHANGE_RELATIVE_MOVED.format(
                relative=relative.name,
                old=_region_name(snap.relative_region),
                new=_region_name(relative.region_code),
            )
        )
    return out, ended


def reconcile_binding(
    record: BindingRecord,
    today: date,
    book: PolicyBook,
    overrides: Sequence[Override] = (),
) -> Reconciled:
    """Compare a binding in force with both members now; dissolve it where the rules say.

    * no snapshot yet → take one now (nothing else);
    * 已办理 and a side's insurance ended or moved 统筹区: with ``family.auto_unbind`` in
      force for the giver's region (2026-01-09 nationally) the binding is dissolved
      (``end_date = today``, ``ended_reason`` starting with :data:`AUTO_DISSOLVED_PREFIX`);
      otherwise a "please check" notice, and the snapshot is renewed so it is said once;
    * 计划中 and something changed: a notice to re-check, and the snapshot is renewed.
    """
    b = record.binding
    current = snapshot_of(record.giver, record.relative)
    if not in_force(b):
        return Reconciled(b, record.snapshot, False, None)
    died = next((m for m in (record.giver, record.relative) if m.died_on is not None), None)
    if died is not None and died.died_on is not None:
        # death ends the insurance, so the binding ends that day, whatever the local rule
        params = {
            "giver": record.giver.name,
            "relative": record.relative.name,
            "name": died.name,
            "date": died.died_on.isoformat(),
        }
        dissolved = replace(
            b,
            status=BindingStatus.DISSOLVED,
            end_date=died.died_on,
            ended_reason=_ENDED_DEATH.format(name=died.name, date=died.died_on.isoformat()),
        )
        notice = Notice(NoticeKind.AUTO_DISSOLVED, b.id, _NOTICE_DEATH, params, today, True)
        return Reconciled(dissolved, current, True, notice)
    if record.snapshot is None:
        return Reconciled(b, current, True, None)
    if record.snapshot == current:
        return Reconciled(b, record.snapshot, False, None)
    changes, _ended = _changes(record.snapshot, record.giver, record.relative)
    if not changes:
        # e.g. 在职 → 退休: still an account, same regions; just remember the new state.
        return Reconciled(b, current, True, None)
    text = "；".join(changes)
    params = {
        "giver": record.giver.name,
        "relative": record.relative.name,
        "changes": text,
        "date": today.isoformat(),
    }
    if b.status is BindingStatus.PLANNED:
        notice = Notice(NoticeKind.PLANNED_AFFECTED, b.id, _NOTICE_PLANNED, params, today, True)
        return Reconciled(b, current, True, notice)
    rule = _resolve(
        book,
        "family.auto_unbind",
        record.snapshot.giver_region or record.giver.region_code,
        today,
        overrides,
    )
    if rule is not None and rule.value is True:
        dissolved = replace(
            b,
            status=BindingStatus.DISSOLVED,
            end_date=today,
            ended_reason=_ENDED_REASON.format(changes=text, date=today.isoformat()),
        )
        notice = Notice(
            NoticeKind.AUTO_DISSOLVED, b.id, _NOTICE_DISSOLVED, params, today, True, rule
        )
        return Reconciled(dissolved, current, True, notice)
    notice = Notice(NoticeKind.CHECK_NEEDED, b.id, _NOTICE_CHECK, params, today, True, rule)
    return Reconciled(b, current, True, notice)


_ENDED_DEATH = QT_TRANSLATE_NOOP("domain", "自动解除：{name}于{date}去世")
_NOTICE_DEATH = QT_TRANSLATE_NOOP(
    "domain", "{name}于{date}去世，{giver}给{relative}的家庭共济已自动解除"
)
_NOTICE_EARLIER = QT_TRANSLATE_NOOP("domain", "{giver}给{relative}的家庭共济已于{date}{reason}")


def earlier_notice(record: BindingRecord, today: date) -> Notice | None:
    """A still-recent automatic dissolution (within :data:`NOTICE_DAYS`), for the overview."""
    b = record.binding
    if b.status is not BindingStatus.DISSOLVED or b.end_date is None:
        return None
    if not b.ended_reason.startswith(AUTO_DISSOLVED_PREFIX):
        return None
    if (today - b.end_date).days > NOTICE_DAYS or b.end_date > today:
        return None
    reason = b.ended_reason.split("（")[0]
    return Notice(
        NoticeKind.AUTO_DISSOLVED,
        b.id,
        _NOTICE_EARLIER,
        {
            "giver": record.giver.name,
            "relative": record.relative.name,
            "date": b.end_date.isoformat(),
            "reason": reason,
        },
        b.end_date,
        False,
    )


# ------------------------------------------------------------------ who pays


class PayerRole(enum.StrEnum):
    OWN = "own"  # the relative's own personal account
    GIVER = "giver"  # a 共济人's account
    CASH = "cash"  # what no account covers

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    PayerRole.OWN: QT_TRANSLATE_NOOP("domain", "本人个人账户"),
    PayerRole.GIVER: QT_TRANSLATE_NOOP("domain", "共济人个人账户"),
    PayerRole.CASH: QT_TRANSLATE_NOOP("domain", "自己另付（现金、微信、支付宝等）"),
}


@dataclass(frozen=True)
class PayerBalance:
    """An account that may pay: its owner's name, balance, and the amount that must stay.

    ``cap`` is the most this account pays for one settlement where the giver has set a
    单次最高支付额度 for this relative (``family.per_relative_payment_cap``, e.g. 山西);
    ``None`` for no cap.
    """

    name: str
    role: PayerRole
    balance: Decimal
    threshold: Decimal = ZERO
    member_id: int | None = None
    cap: Decimal | None = None

    @property
    def usable(self) -> Decimal:
        usable = usable_balance(self.balance, self.threshold)
        if self.cap is not None:
            usable = min(usable, round_yuan(max(self.cap, ZERO)))
        return usable


@dataclass(frozen=True)
class PaymentLine:
    name: str
    role: PayerRole
    balance: Decimal
    usable: Decimal
    pays: Decimal
    #: placed by the name-order tie-break (equal usable balances), which is unconfirmed
    tie_break: bool = False
    member_id: int | None = None
    #: not used because one settlement may use only one 共济人's account
    skipped: bool = False

    @property
    def balance_after(self) -> Decimal:
        return round_yuan(self.balance - self.pays)


@dataclass(frozen=True)
class PaymentPlan:
    bill: Decimal
    lines: tuple[PaymentLine, ...]
    out_of_pocket: Decimal
    order: Resolved | None
    tie_break_used: bool
    #: the rule "one settlement, one 共济人" (``family.one_giver_per_settlement``) applied
    one_giver_per_settlement: bool = False

    @property
    def from_accounts(self) -> Decimal:
        return round_yuan(
            sum((line.pays for line in self.lines if line.role is not PayerRole.CASH), ZERO)
        )


def allocate_payment(
    bill: Decimal,
    own: PayerBalance | None,
    givers: Sequence[PayerBalance],
    order: Resolved | None = None,
    *,
    one_giver_per_settlement: bool = False,
) -> PaymentPlan:
    """Split a relative's personal-account-payable bill over the accounts, in order.

    With *one_giver_per_settlement* (山西: “被授权人一次结算仅可使用一名授权人的共济账户”)
    only the first 共济人 in that order who can pay anything pays; the others are listed as
    ``skipped`` and the rest of the bill is paid by other means.

    Order (``family.payment_order``, seed 003, 未经证实): the relative's own account first,
    then the 共济 accounts; among several 共济人, the larger usable balance first, equal
    balances by name (here: the names' character order — how the real system sorts names is
    not known, so it is flagged ``tie_break``). Each account pays at most its usable part
    (the balance above the region's threshold); what is left is paid by other means.
    """
    if bill < 0:
        raise ValueError("bill must not be negative")
    remaining = round_yuan(bill)
    lines: list[PaymentLine] = []
    ordered = sorted(givers, key=lambda g: (-g.usable, g.name))
    groups: dict[Decimal, int] = {}
    for g in givers:
        groups[g.usable] = groups.get(g.usable, 0) + 1
    queue: list[tuple[PayerBalance, bool]] = [(own, False)] if own is not None else []
    queue += [(g, groups[g.usable] > 1 and g.usable > 0) for g in ordered]
    giver_used = False
    for payer, tie in queue:
        skipped = one_giver_per_settlement and payer.role is PayerRole.GIVER and giver_used
        pays = ZERO if skipped else min(remaining, payer.usable)
        if payer.role is PayerRole.GIVER and pays > 0:
            giver_used = True
        lines.append(
            PaymentLine(
                payer.name,
                payer.role,
                round_yuan(payer.balance),
                payer.usable,
                round_yuan(pays),
                tie,
                payer.member_id,
                skipped and payer.usable > 0 and remaining > 0,
            )
        )
        remaining = round_yuan(remaining - pays)
    # The tie-break decided something when, within a group of equal balances, one account
    # paid and another did not pay all it could.
    tie_used = False
    for value, count in groups.items():
        tied = [line for line in lines if line.tie_break and line.usable == value]
        if count > 1 and tied and any(x.pays > 0 for x in tied):
            tie_used = tie_used or any(x.pays < x.usable for x in tied)
    if remaining > 0:
        lines.append(PaymentLine("", PayerRole.CASH, ZERO, ZERO, remaining))
    return PaymentPlan(
        round_yuan(bill), tuple(lines), remaining, order, tie_used, one_giver_per_settlement
    )


# ------------------------------------------------------------------ the wizard's answer

_RELATION_FACT = {
    Relation.SPOUSE: "spouse",
    Relation.PARENT: "parent",
    Relation.CHILD: "child",
    Relation.SIBLING: "sibling",
    Relation.PATERNAL_GRANDPARENT: "grandparent",
    Relation.MATERNAL_GRANDPARENT: "grandparent",
    Relation.GRANDCHILD: "grandchild",
    Relation.DAUGHTERS_CHILD: "grandchild",
}


def guide_facts(
    giver: Member,
    verdicts: Sequence[Verdict],
    at: date,
    book: PolicyBook,
    overrides: Sequence[Override] = (),
) -> dict[str, str | bool | tuple[str, ...]]:
    """Facts for the ``binding`` checklist (``resources/checklists/binding.toml``), from the
    verdicts of the relatives who qualify."""
    ok = [v for v in verdicts if v.eligible]
    relations = tuple(
        dict.fromkeys(_RELATION_FACT[v.relation] for v in ok if v.relation in _RELATION_FACT)
    )
    threshold, _found = threshold_of(book, giver.region_code, at, overrides)
    one = _resolve(book, "family.one_giver_per_relative", giver.region_code, at, overrides)
    auto = _resolve(book, "family.auto_unbind", giver.region_code, at, overrides)
    minors = [v for v in ok if (age := age_on(v.relative.birth_date, at)) is not None and age < 18]
    facts: dict[str, str | bool | tuple[str, ...]] = {
        "relation": relations,
        "via_wallet": any(v.via_wallet for v in ok),
        "has_threshold": threshold > 0,
        "one_giver": one is not None and one.value is True,
        "auto_unbind": auto is not None and auto.value is True,
        "minor": bool(minors),
    }
    if giver.region_code:
        facts["giver_region"] = giver.region_code
    return facts


@dataclass(frozen=True)
class Assessment:
    """Everything the wizard shows after the relatives are chosen."""

    giver: GiverCheck
    verdicts: tuple[Verdict, ...]
    at: date
    #: the ``binding`` checklist entries for the relatives who qualify
    guide: tuple[ChecklistEntry, ...] = ()
    #: the sources the guide's entries cite, by id
    sources: Mapping[str, Source] = field(default_factory=dict)

    @property
    def eligible(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if v.eligible)
