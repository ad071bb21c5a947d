"""Where both are insured: the same 统筹区, the same province or another province, and what
the giver's region allows on the day (``family.reach``: 统筹区内 / 省内跨统筹区 / 跨省; across
provinces also ``family.wallet_cross_province``, the 医保钱包). Where the relative's own
region is narrower, a warning says so."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from yibao.domain.family.giver import FIX_NO_REGION
from yibao.domain.family.model import (
    REACH_CROSS_PROVINCE,
    REACH_SAME_PROVINCE,
    REACH_SAME_REGION,
    Distance,
    Rule,
    distance_between,
    first_later,
    policy_region,
    reason,
    region_name,
    rule_basis,
    since,
)
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Fact, Finding, Level, PolicyView
from yibao.domain.people import Member

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
_FIX_SAME_PROVINCE_LATER = QT_TRANSLATE_NOOP(
    "domain", "{policy_region}自{since}起支持{reach}共济，可以选择这以后的日期重新检查"
)
_FIX_SAME_PROVINCE_NO = QT_TRANSLATE_NOOP(
    "domain",
    "可以请{relative}参保地、有个人账户的近亲属作为共济人；或留意当地是否开放省内跨统筹区共济",
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
_FIX_CROSS_LATER = QT_TRANSLATE_NOOP(
    "domain",
    "{policy_region}自{since}起可以跨省共济，可以选择这以后的日期重新检查；"
    "也可以请{relative}参保地所在省、有个人账户的近亲属作为共济人",
)
_FIX_CROSS_LATER_WALLET = QT_TRANSLATE_NOOP(
    "domain",
    "{policy_region}自{since}起可以通过国家医保服务平台APP的“医保钱包”跨省共济，可以选择这以后的"
    "日期重新检查；也可以请{relative}参保地所在省、有个人账户的近亲属作为共济人",
)
_MSG_RELATIVE_SIDE = QT_TRANSLATE_NOOP(
    "domain",
    "{relative}的参保地{relative_region}按{policy_region}的规定{date}时只支持{reach}共济，"
    "这边可能也有限制",
)
_FIX_RELATIVE_SIDE = QT_TRANSLATE_NOOP("domain", "办理前请向两地医保部门确认")

_REACH_RANK = {REACH_SAME_REGION: 0, REACH_SAME_PROVINCE: 1, REACH_CROSS_PROVINCE: 2}
_DISTANCE_RANK = {Distance.SAME_REGION: 0, Distance.SAME_PROVINCE: 1, Distance.CROSS_PROVINCE: 2}


def reach_allows(reach: Fact[str], distance: Distance) -> bool:
    """Does the reach rule cover two regions *distance* apart (no rule: the same 统筹区)?"""
    if reach.value is None:
        return distance is Distance.SAME_REGION
    return _REACH_RANK.get(reach.value, 0) >= _DISTANCE_RANK[distance]


def _same_province(reach: Fact[str], view: PolicyView, params: dict[str, str]) -> Finding:
    if reach_allows(reach, Distance.SAME_PROVINCE):
        return reason(Rule.REGION, Level.OK, _MSG_SAME_PROVINCE_OK, params, reach)
    later = first_later(
        view,
        "family.reach",
        lambda v: v.text("family.reach"),
        lambda f: reach_allows(f, Distance.SAME_PROVINCE),
    )
    if later is None:
        fix, fix_params = _FIX_SAME_PROVINCE_NO, {"relative": params["relative"]}
    else:
        fix = _FIX_SAME_PROVINCE_LATER
        fix_params = {
            "policy_region": policy_region(later),
            "since": since(later),
            "reach": str(later.value),
        }
    blocked = reason(
        Rule.REGION,
        Level.BLOCKED,
        _MSG_SAME_PROVINCE_NO,
        params,
        reach,
        fix=fix,
        fix_params=fix_params,
    )
    if later is None:
        return blocked
    return replace(blocked, basis=(*blocked.basis, rule_basis(later)))


def _cross_province(
    relative: Member, reach: Fact[str], view: PolicyView, params: dict[str, str]
) -> tuple[Finding, bool]:
    """The cross-province finding and whether it goes through the 医保钱包."""
    if reach_allows(reach, Distance.CROSS_PROVINCE):
        return reason(Rule.REGION, Level.OK, _MSG_CROSS_OK, params, reach), True
    wallet = view.flag("family.wallet_cross_province")
    if wallet.value is True:
        found = reason(
            Rule.REGION, Level.OK, _MSG_CROSS_WALLET, {**params, "since": since(wallet)}, wallet
        )
        return found, True
    later = _cross_later(view)
    fix, fix_params = _FIX_CROSS_NO, {"relative": relative.name}
    if later is not None:
        fact, fix = later
        fix_params |= {"policy_region": policy_region(fact), "since": since(fact)}
    blocked = reason(
        Rule.REGION,
        Level.BLOCKED,
        _MSG_CROSS_NO,
        params,
        reach,
        fix=fix,
        fix_params=fix_params,
    )
    if later is None:
        return blocked, False
    return replace(blocked, basis=(*blocked.basis, rule_basis(later[0]))), False


def _cross_later(view: PolicyView) -> tuple[Fact[Any], str] | None:
    """The first day after ``view.at`` the book allows cross-province help (by the reach
    rule or the 医保钱包), with the fix that says so; ``None`` when it holds no such day."""
    reach = first_later(
        view,
        "family.reach",
        lambda v: v.text("family.reach"),
        lambda f: reach_allows(f, Distance.CROSS_PROVINCE),
    )
    wallet = first_later(
        view,
        "family.wallet_cross_province",
        lambda v: v.flag("family.wallet_cross_province"),
        lambda f: f.value is True,
    )
    found: list[tuple[Fact[Any], str]] = []
    if reach is not None:
        found.append((reach, _FIX_CROSS_LATER))
    if wallet is not None:
        found.append((wallet, _FIX_CROSS_LATER_WALLET))
    if not found:
        return None
    return min(found, key=lambda pair: since(pair[0]))


def _relative_side(
    relative: Member,
    distance: Distance,
    reach: Fact[str],
    view: PolicyView,
    params: dict[str, str],
) -> Finding | None:
    """A warning when the relative's own region rules are narrower (e.g. insured in 山西)."""
    theirs_view = view.for_region(relative.region_code)
    theirs = theirs_view.text("family.reach")
    if theirs.resolved is None:
        return None
    mine = reach.resolved.region_key if reach.resolved is not None else None
    if theirs.resolved.region_key == mine:
        return None
    if reach_allows(theirs, distance):
        return None
    wallet = theirs_view.flag("family.wallet_cross_province")
    if distance is Distance.CROSS_PROVINCE and wallet.value is True:
        return None
    return reason(
        Rule.RELATIVE_REGION_RULES,
        Level.WARNING,
        _MSG_RELATIVE_SIDE,
        {**params, "policy_region": policy_region(theirs), "reach": str(theirs.value)},
        theirs,
        fix=_FIX_RELATIVE_SIDE,
    )


def region_reasons(
    giver: Member, relative: Member, view: PolicyView
) -> tuple[list[Finding], Distance | None, bool]:
    """The 统筹区 / province finding (and the relative's side), the distance, via wallet.

    *view* is the book for the giver's region on the day asked.
    """
    assert giver.region_code is not None
    if not relative.region_code:
        blocked = reason(
            Rule.REGION,
            Level.BLOCKED,
            _MSG_RELATIVE_NO_REGION,
            {"giver": giver.name, "relative": relative.name},
            fix=FIX_NO_REGION,
            fix_params={"name": relative.name},
        )
        return [blocked], None, False
    distance = distance_between(giver.region_code, relative.region_code)
    reach = view.text("family.reach")
    params = {
        "giver": giver.name,
        "relative": relative.name,
        "giver_region": region_name(giver.region_code),
        "relative_region": region_name(relative.region_code),
        "region": region_name(giver.region_code),
        "policy_region": policy_region(reach),
        "reach": reach.value if reach.value is not None else "—",
        "date": view.at.isoformat(),
        "since": since(reach),
    }
    if distance is Distance.SAME_REGION:
        return [reason(Rule.REGION, Level.OK, _MSG_SAME_REGION, params, reach)], distance, False
    if distance is Distance.SAME_PROVINCE:
        main, via_wallet = _same_province(reach, view, params), False
    else:
        main, via_wallet = _cross_province(relative, reach, view, params)
    found = [main]
    if main.level is Level.OK:
        side = _relative_side(relative, distance, reach, view, params)
        if side is not None:
            found.append(side)
    return found, distance, via_wallet
