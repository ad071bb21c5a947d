"""The giver (共济人): can this member lend their personal account on a day? They need an
insured 职工 scheme with a personal account, a known 参保地, and a family rule in force
there (``family.scope``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from yibao.domain.family.model import (
    GiverCheck,
    Rule,
    first_later,
    insured,
    policy_region,
    reason,
    region_name,
    since,
)
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Finding, Level, PolicyView
from yibao.domain.people import Member, Scheme
from yibao.domain.policy import Override, PolicyBook

_MSG_POLICY_NONE = QT_TRANSLATE_NOOP(
    "domain", "{date}时{region}还没有职工医保个人账户家庭共济的规定"
)
_FIX_POLICY_NONE = QT_TRANSLATE_NOOP("domain", "请选择更晚的日期，或在政策页面补充当地规定")
_FIX_POLICY_LATER = QT_TRANSLATE_NOOP(
    "domain", "{policy_region}自{since}起实行家庭共济，请选择这以后的日期，或在政策页面补充当地规定"
)
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
FIX_NO_REGION = QT_TRANSLATE_NOOP("domain", "请在家庭成员页面为{name}补充参保地（省份和城市）")


def _account_reason(member: Member) -> Finding:
    p = {"name": member.name, "scheme": member.scheme.label}
    if not insured(member):
        return reason(
            Rule.GIVER_ENROLLED,
            Level.BLOCKED,
            _MSG_GIVER_NOT_INSURED,
            p,
            fix=_FIX_GIVER_NOT_INSURED,
        )
    if member.scheme is Scheme.RESIDENT:
        return reason(
            Rule.GIVER_ACCOUNT,
            Level.BLOCKED,
            _MSG_GIVER_RESIDENT,
            p,
            fix=_FIX_GIVER_RESIDENT,
            fix_params=p,
        )
    if member.scheme is Scheme.FLEXIBLE_POOLING:
        return reason(
            Rule.GIVER_ACCOUNT, Level.BLOCKED, _MSG_GIVER_POOLING, p, fix=_FIX_GIVER_POOLING
        )
    return reason(Rule.GIVER_ACCOUNT, Level.OK, _MSG_GIVER_OK, p)


def _region_reason(member: Member, view: PolicyView) -> Finding | None:
    if not member.region_code:
        return reason(
            Rule.GIVER_REGION,
            Level.BLOCKED,
            _MSG_GIVER_NO_REGION,
            {"name": member.name, "scheme": member.scheme.label},
            fix=FIX_NO_REGION,
            fix_params={"name": member.name},
        )
    scope = view.texts("family.scope")
    if scope.found:
        return None
    later = first_later(view, "family.scope", lambda v: v.texts("family.scope"), lambda f: f.found)
    params = {"date": view.at.isoformat(), "region": region_name(member.region_code)}
    if later is None:
        return reason(
            Rule.POLICY_IN_FORCE, Level.BLOCKED, _MSG_POLICY_NONE, params, fix=_FIX_POLICY_NONE
        )
    return reason(
        Rule.POLICY_IN_FORCE,
        Level.BLOCKED,
        _MSG_POLICY_NONE,
        params,
        later,
        fix=_FIX_POLICY_LATER,
        fix_params={"policy_region": policy_region(later), "since": since(later)},
    )


def check_giver(
    member: Member,
    at: date,
    book: PolicyBook,
    overrides: Sequence[Override] = (),
) -> GiverCheck:
    """Every reason why *member* can or cannot be a 共济人 on *at*."""
    view = PolicyView(book, member.region_code, at, overrides)
    reasons = [_account_reason(member)]
    where = _region_reason(member, view)
    if where is not None:
        reasons.append(where)
    return GiverCheck(member, at, tuple(reasons))
