"""The relative (被共济的亲属): are they within the family scope of the giver's region on the
day (``family.scope``: 配偶、父母、子女 until each region widened it to 近亲属), and enrolled in
a scheme the region allows (``family.relative_schemes``)?"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from yibao.domain.family.model import (
    Rule,
    document,
    first_later,
    insured,
    names,
    policy_region,
    reason,
    rule_basis,
    scheme_kind,
    since,
)
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Fact, Finding, Level, PolicyView
from yibao.domain.people import Member, Relation
from yibao.domain.policy import TableValue

_MSG_RELATION_OK = QT_TRANSLATE_NOOP(
    "domain", "{relative}是{giver}的{relation}，在可以共济的亲属范围内（{scope}，自{since}起）"
)
_MSG_RELATION_OUT = QT_TRANSLATE_NOOP(
    "domain",
    "{relative}是{giver}的{relation}，不在{date}时可以共济的亲属范围内（只限{scope}）",
)
_FIX_RELATION_LATER = QT_TRANSLATE_NOOP(
    "domain",
    "{policy_region}自{since}起把可以共济的亲属扩大到{scope}，可以选择这以后的日期重新检查；"
    "也可以请{relative}本人的{allowed}中有个人账户的人共济",
)
_FIX_RELATION_LATER_DOC = QT_TRANSLATE_NOOP(
    "domain",
    "{policy_region}自{since}起按{document}把可以共济的亲属扩大到{scope}，可以选择这以后的日期"
    "重新检查；也可以请{relative}本人的{allowed}中有个人账户的人共济",
)
_FIX_RELATION_NARROW = QT_TRANSLATE_NOOP(
    "domain",
    "政策库中没有当地以后扩大亲属范围的记载，以当地医保部门公布为准；可以请{relative}本人的"
    "{allowed}中有个人账户的人共济",
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
    "先为{relative}参加城乡居民医保（一般每年{start}月至{end}月集中缴费）或职工医保，参保后再"
    "办理共济；居民医保个人缴费也可以在绑定后用共济人的个人账户代缴",
)
_FIX_NOT_ENROLLED_NEXT_YEAR = QT_TRANSLATE_NOOP(
    "domain",
    "先为{relative}参加城乡居民医保（一般每年{start}月至次年{end}月集中缴费）或职工医保，参保后"
    "再办理共济；居民医保个人缴费也可以在绑定后用共济人的个人账户代缴",
)
_FIX_NOT_ENROLLED_NO_WINDOW = QT_TRANSLATE_NOOP(
    "domain",
    "先为{relative}参加城乡居民医保（在当地集中缴费期内缴费）或职工医保，参保后再办理共济；"
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


def _widened(
    view: PolicyView | None, relation: Relation, relative: Member, allowed: tuple[str, ...]
) -> tuple[str, dict[str, str], Fact[tuple[str, ...]] | None]:
    """What to do when *relation* is outside the scope: the day the book widens the giver's
    scope to take it in (with its document), or the relative's own close family."""
    params = {"relative": relative.name, "allowed": names(allowed)}
    later = None
    if view is not None:
        later = first_later(
            view,
            "family.scope",
            lambda v: v.texts("family.scope"),
            lambda f: f.value is not None and relation.label in f.value,
        )
    if later is None or later.value is None:
        return _FIX_RELATION_NARROW, params, None
    params |= {
        "policy_region": policy_region(later),
        "since": since(later),
        "scope": names(later.value),
        "document": document(later),
    }
    return (_FIX_RELATION_LATER_DOC if params["document"] else _FIX_RELATION_LATER), params, later


def relation_reason(
    giver: Member,
    relative: Member,
    relation: Relation | None,
    scope: Fact[tuple[str, ...]],
    at: date,
    view: PolicyView | None = None,
) -> Finding:
    """Is *relative* (who is *relation* to *giver*) within the scope in force on *at*?
    *view* (the giver's region on *at*) finds when the book widens the scope, for the fix."""
    p = {"giver": giver.name, "relative": relative.name}
    if relation is None:
        return reason(
            Rule.RELATION, Level.BLOCKED, _MSG_RELATION_UNKNOWN, p, fix=_FIX_RELATION_UNKNOWN
        )
    if relation in (Relation.OTHER, Relation.SELF):
        return reason(
            Rule.RELATION,
            Level.BLOCKED,
            _MSG_RELATION_NOT_CLOSE,
            p,
            scope,
            fix=_FIX_RELATION_NOT_CLOSE,
            fix_params={"relative": relative.name},
        )
    assert scope.value is not None  # check_giver reports a missing scope
    allowed = scope.value
    params = {
        **p,
        "relation": relation.label,
        "scope": names(allowed),
        "since": since(scope),
        "date": at.isoformat(),
    }
    if relation.label in allowed:
        return reason(Rule.RELATION, Level.OK, _MSG_RELATION_OK, params, scope)
    fix, fix_params, later = _widened(view, relation, relative, allowed)
    blocked = reason(
        Rule.RELATION,
        Level.BLOCKED,
        _MSG_RELATION_OUT,
        params,
        scope,
        fix=fix,
        fix_params=fix_params,
    )
    if later is None:
        return blocked
    return replace(blocked, basis=(*blocked.basis, rule_basis(later)))


def _enrol_fix(relative: Member, window: Fact[TableValue] | None) -> tuple[str, dict[str, str]]:
    """What to do for a relative not insured: enrol in the usual collection window of the
    relative's region (``resident.collection.default_window``: 9–12 月, 云南 9 月至次年 2 月)."""
    params = {"relative": relative.name}
    row = window.value if window is not None else None
    start = row.get("start_month") if row is not None else None
    end = row.get("end_month") if row is not None else None
    if not isinstance(start, int) or not isinstance(end, int):
        return _FIX_NOT_ENROLLED_NO_WINDOW, params
    params |= {"start": str(start), "end": str(end)}
    return (_FIX_NOT_ENROLLED_NEXT_YEAR if end < start else _FIX_NOT_ENROLLED), params


def enrolment_reason(
    relative: Member,
    schemes: Fact[tuple[str, ...]],
    at: date,
    window: Fact[TableValue] | None = None,
) -> Finding:
    """Is *relative* insured in a scheme that may be helped (职工医保 / 居民医保)? *window* is
    the usual 居民医保 collection window of the relative's region (for what to do)."""
    p = {"relative": relative.name, "scheme": relative.scheme.label}
    kind = scheme_kind(relative.scheme)
    if not insured(relative) or kind is None:
        fix, fix_params = _enrol_fix(relative, window)
        return reason(
            Rule.ENROLLED,
            Level.BLOCKED,
            _MSG_NOT_ENROLLED,
            p,
            schemes,
            fix=fix,
            fix_params=fix_params,
        )
    if schemes.value is None:
        return reason(
            Rule.ENROLLED,
            Level.WARNING,
            _MSG_NO_SCHEME_RULE,
            {**p, "kind": kind, "date": at.isoformat()},
            schemes,
        )
    allowed = schemes.value
    params = {**p, "kind": kind, "allowed": names(allowed)}
    if kind in allowed:
        return reason(Rule.ENROLLED, Level.OK, _MSG_ENROLLED_OK, params, schemes)
    return reason(
        Rule.ENROLLED,
        Level.BLOCKED,
        _MSG_SCHEME_NOT_ALLOWED,
        params,
        schemes,
        fix=_FIX_SCHEME_NOT_ALLOWED,
    )
