"""Bindings already recorded for the relative: the same pair again (nothing to do), and
whether another 共济人 may be added (``family.one_giver_per_relative``: seed 001 “每名近亲属
仅能绑定1名参保职工”; nationally from 2026-01-09 a relative may have several)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from yibao.domain.bindings import Binding
from yibao.domain.family.model import Rule, in_force, policy_region, reason
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Finding, Level, PolicyView
from yibao.domain.people import Member

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


def _other_giver_reason(
    other: Binding, names: Mapping[int, str], p: dict[str, str], view: PolicyView
) -> Finding:
    rule = view.flag("family.one_giver_per_relative")
    op = {
        **p,
        "other": names.get(other.giver_id, "?"),
        "status": other.status.label,
        "policy_region": policy_region(rule),
    }
    if rule.value is True:
        return reason(
            Rule.ONE_GIVER,
            Level.BLOCKED,
            _MSG_ONE_GIVER_BLOCKED,
            op,
            rule,
            fix=_FIX_ONE_GIVER_BLOCKED,
            fix_params=op,
        )
    if rule.found:
        return reason(Rule.ONE_GIVER, Level.OK, _MSG_MANY_GIVERS_OK, op, rule)
    return reason(
        Rule.ONE_GIVER,
        Level.WARNING,
        _MSG_MANY_GIVERS_UNKNOWN,
        op,
        rule,
        fix=_FIX_MANY_GIVERS_UNKNOWN,
    )


def binding_reasons(
    giver: Member,
    relative: Member,
    bindings: Sequence[Binding],
    names: Mapping[int, str],
    view: PolicyView,
) -> list[Finding]:
    """The relative's bindings in force: a duplicate, another giver (*view*: giver's region)."""
    mine = [b for b in bindings if in_force(b) and b.relative_id == relative.id]
    p = {"giver": giver.name, "relative": relative.name, "date": view.at.isoformat()}
    found: list[Finding] = []
    same = [b for b in mine if b.giver_id == giver.id]
    if same:
        found.append(
            reason(
                Rule.ALREADY_BOUND,
                Level.BLOCKED,
                _MSG_SAME_PAIR,
                {**p, "status": same[0].status.label},
                fix=_FIX_SAME_PAIR,
            )
        )
    others = [b for b in mine if b.giver_id != giver.id]
    if others:
        found.append(_other_giver_reason(others[0], names, p, view))
        return found
    rule = view.flag("family.one_giver_per_relative")
    if rule.value is True:
        found.append(
            reason(
                Rule.ONE_GIVER,
                Level.OK,
                _MSG_ONE_GIVER_FREE,
                {**p, "policy_region": policy_region(rule)},
                rule,
            )
        )
    return found
