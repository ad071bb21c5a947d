"""What a 家庭共济 answer is made of: the finding codes (:class:`Rule`), the verdict for a
giver (:class:`GiverCheck`) and for one relative (:class:`Verdict`), the wizard's whole
answer (:class:`Assessment`), and the small facts every rule shares (how far apart two
regions are, which scheme words the book uses, whether a binding is in force).

A reason is a kernel :class:`~yibao.domain.kernel.Finding`: its ``code`` is a :class:`Rule`
value, its ``level`` ``OK`` / ``BLOCKED`` / ``WARNING`` and its ``basis`` the policy value it
rests on (none when it rests on the household's own data).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, TypeVar

from yibao.domain.bindings import Binding, BindingStatus
from yibao.domain.checklists import ChecklistEntry
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Basis, Fact, Finding, LabelledEnum, Level, PolicyView, finding
from yibao.domain.people import Member, Relation, Scheme
from yibao.domain.policy import Source
from yibao.domain.policy.regionkeys import region_keys_for
from yibao.domain.regions import region_book

REACH_SAME_REGION = "统筹区内"
REACH_SAME_PROVINCE = "省内跨统筹区"
REACH_CROSS_PROVINCE = "跨省"
SCHEME_EMPLOYEE = "职工医保"
SCHEME_RESIDENT = "居民医保"

# the old name of a reason's level (``ok`` / ``blocked`` / ``warning``)
ReasonStatus = Level
# the old name of one reason in a verdict
Reason = Finding


class Rule(LabelledEnum):
    """Which rule a finding comes from: its ``code`` (stable ids for tests and the UI)."""

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
    #: what happens to a binding when a side's insurance ends or moves (family.auto_unbind)
    AUTO_UNBIND = "auto_unbind"


class Outcome(LabelledEnum):
    ELIGIBLE = "eligible", QT_TRANSLATE_NOOP("domain", "可以办理")
    NOT_ELIGIBLE = "not_eligible", QT_TRANSLATE_NOOP("domain", "暂时不能办理")
    #: the same giver and relative are already recorded: nothing to do, nothing wrong
    ALREADY_RECORDED = "already_recorded", QT_TRANSLATE_NOOP("domain", "已记录")


class Distance(LabelledEnum):
    SAME_REGION = "same_region"
    SAME_PROVINCE = "same_province"
    CROSS_PROVINCE = "cross_province"


def _blocked(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(f for f in findings if f.level is Level.BLOCKED)


@dataclass(frozen=True)
class GiverCheck:
    """Can *member* be a 共济人 on ``at``? (``reasons`` are :class:`Finding` objects.)"""

    member: Member
    at: date
    reasons: tuple[Finding, ...]

    @property
    def qualifies(self) -> bool:
        return not self.blocked

    @property
    def blocked(self) -> tuple[Finding, ...]:
        return _blocked(self.reasons)


@dataclass(frozen=True)
class Verdict:
    """May *relative* use *giver*'s personal account on ``at``, and why (every finding)."""

    giver: Member
    relative: Member
    at: date
    relation: Relation | None
    distance: Distance | None
    reasons: tuple[Finding, ...]
    #: cross-province: done through the 医保钱包 共济额度
    via_wallet: bool = False

    @property
    def outcome(self) -> Outcome:
        blocked = self.blocked
        if blocked and all(r.code == Rule.ALREADY_BOUND for r in blocked):
            return Outcome.ALREADY_RECORDED
        if blocked:
            return Outcome.NOT_ELIGIBLE
        return Outcome.ELIGIBLE

    @property
    def eligible(self) -> bool:
        return self.outcome is Outcome.ELIGIBLE

    def reason(self, rule: Rule) -> Finding | None:
        """The finding of *rule* (``None`` when that rule had nothing to say)."""
        return next((r for r in self.reasons if r.code == rule), None)

    @property
    def blocked(self) -> tuple[Finding, ...]:
        return _blocked(self.reasons)


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


# ------------------------------------------------------------------ shared by the rules


def rule_basis(fact: Fact[Any]) -> Basis:
    """The basis of a family rule read from the book, or "政策库未收录" when it has none.

    A national family rule is the rule itself, not a stand-in for a missing local figure,
    so it is never marked as a national fallback.
    """
    if fact.resolved is None:
        return fact.basis
    return replace(fact.basis, national_fallback=False)


def reason(
    rule: Rule,
    level: Level,
    template: str,
    params: Mapping[str, str],
    fact: Fact[Any] | None = None,
    *,
    fix: str = "",
    fix_params: Mapping[str, str] | None = None,
) -> Finding:
    """A family finding: *rule*'s code, resting on *fact* (the policy value, or that the book has
    none); without a *fact* it rests on the household's own records."""
    return finding(
        rule.value,
        template,
        rule_basis(fact) if fact is not None else Basis.household(),
        level=level,
        fix=fix,
        fix_params=fix_params,
        **params,
    )


def region_name(code: str | None) -> str:
    if not code:
        return "—"
    return region_book().full_name(code)


def names(values: Iterable[str]) -> str:
    return "、".join(values)


def since(fact: Fact[Any]) -> str:
    """The first day of the value *fact* found (``—`` when the book had none)."""
    return fact.resolved.effective_from.isoformat() if fact.resolved is not None else "—"


T = TypeVar("T")


def first_later(
    view: PolicyView,
    key: str,
    read: Callable[[PolicyView], Fact[T]],
    accept: Callable[[Fact[T]], bool],
) -> Fact[T] | None:
    """The first value of *key* after ``view.at`` that *accept* takes, as *read* gives it
    on the day it starts (the book's entries for the view's region and the user's overrides);
    ``None`` when the book holds no such later value."""
    keys = region_keys_for(view.region_code)
    days = {e.effective_from for k in keys for e in view.book.series(key, k)}
    days |= {o.effective_from for o in view.overrides if o.key == key and o.region_key in keys}
    for day in sorted(d for d in days if d > view.at):
        fact = read(view.on(day))
        if fact.resolved is not None and accept(fact):
            return fact
    return None


def document(fact: Fact[Any]) -> str:
    """The 文号 of the source *fact* rests on (``""`` when it has none)."""
    source = fact.basis.source
    return source.doc_number or "" if source is not None else ""


def policy_region(fact: Fact[Any]) -> str:
    """The region whose rule *fact* is (``—`` when the book had none)."""
    return fact.resolved.region_name if fact.resolved is not None else "—"


def scheme_kind(scheme: Scheme) -> str | None:
    """``职工医保`` / ``居民医保`` (the words of ``family.relative_schemes``), ``None`` if none."""
    if scheme.is_employee_scheme:
        return SCHEME_EMPLOYEE
    if scheme is Scheme.RESIDENT:
        return SCHEME_RESIDENT
    return None


def insured(member: Member) -> bool:
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
