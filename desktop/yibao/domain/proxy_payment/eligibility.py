"""Whether the account may pay for a relative at all (newborn, special channel, only the
current year, scope of relations, reach between regions, the collection period over), and
the conditions to meet first (binding; a known or estimated collection period)."""

from __future__ import annotations

from yibao.domain.family.model import REACH_CROSS_PROVINCE, REACH_SAME_REGION
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Finding, Level, finding
from yibao.domain.money import format_yuan
from yibao.domain.proxy_payment.labels import ProxyMode
from yibao.domain.proxy_payment.model import ProxyPlan, Relative
from yibao.domain.regions import region_book

__all__ = ["conditions", "ineligible"]

_R_NEWBORN = QT_TRANSLATE_NOOP(
    "domain",
    "新生儿一般在出生后通过专门渠道办理参保缴费，不能用个人账户代缴，请按当地新生儿参保办法办理。",
)
_R_SPECIAL_CHANNEL = QT_TRANSLATE_NOOP(
    "domain",
    "{group}的个人缴费部分通过专门渠道缴纳，不能用个人账户代缴；"
    "请按当地资助参保的办法缴 {amount}。",
)
_R_SCOPE = QT_TRANSLATE_NOOP(
    "domain",
    "本地区个人账户只能为{scope}代缴，{relation}不在范围内；请亲属自己缴 {amount}。",
)
_R_REACH_POOLING = QT_TRANSLATE_NOOP(
    "domain",
    "本地区只能在同一统筹区内共济，{name}的参保地（{region}）不同；请亲属自己缴 {amount}。",
)
_R_REACH_PROVINCE = QT_TRANSLATE_NOOP(
    "domain",
    "本地区只能在省内共济，{name}的参保地（{region}）在外省；请亲属自己缴 {amount}。",
)
_R_NOT_CURRENT_YEAR = QT_TRANSLATE_NOOP(
    "domain",
    "本地区只能代缴当年的居民医保费，不能代缴 {year} 年度（补缴往年）；请亲属自己按补缴办法办理。",
)
_R_PERIOD_OVER = QT_TRANSLATE_NOOP(
    "domain",
    "{year} 年度的征缴期 {end} 已经结束，过了缴费期不能再代缴；补缴要按当地办法办理，"
    "并可能有待遇等待期。",
)
_C_BIND = QT_TRANSLATE_NOOP("domain", "先在医保 APP 或窗口办好与{name}的家庭共济绑定，才能代缴。")
_C_BIND_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain", "请确认已经办好与{name}的家庭共济绑定；没绑定的要先绑定才能代缴。"
)
_C_PERIOD_ESTIMATED = QT_TRANSLATE_NOOP(
    "domain",
    "{region}{year} 年度的征缴期按通常月份估计为 {start} 至 {end}，请以当地公布的日期为准。",
)
_C_NO_PERIOD = QT_TRANSLATE_NOOP(
    "domain",
    "不知道{name}参保地 {year} 年度的征缴期，没有按截止日计算；请向当地确认缴费截止日期。",
)


def _regions_differ(plan: ProxyPlan, rel: Relative) -> Finding | None:
    """A reach problem between the giver's and the relative's insured regions, if any."""
    reach = plan.rules.reach
    if (
        reach is None
        or reach == REACH_CROSS_PROVINCE
        or not plan.giver_region
        or not rel.region_code
    ):
        return None
    basis = plan.rules.basis_of("family.reach")
    book = region_book()
    if reach == REACH_SAME_REGION:
        mine = book.pooling_region_of(plan.giver_region)
        theirs = book.pooling_region_of(rel.region_code)
        if mine is None or theirs is None or mine.code == theirs.code:
            return None
        code, template = "reach_pooling", _R_REACH_POOLING
    elif plan.giver_region[:2] != rel.region_code[:2]:
        code, template = "reach_province", _R_REACH_PROVINCE
    else:
        return None
    if plan.mode is ProxyMode.WALLET_QUOTA and plan.rules.wallet_cross_province:
        return None
    return finding(
        code,
        template,
        basis,
        level=Level.BLOCKED,
        name=rel.name,
        region=book.full_name(rel.region_code),
        amount=format_yuan(rel.amount_due),
    )


#: the ``proxy.excluded_groups`` choice for newborns (their first year goes through the
#: birth registration channel)
NEWBORN_GROUP = "新生儿"


def ineligible(plan: ProxyPlan, rel: Relative) -> Finding | None:
    rules = plan.rules
    amount = format_yuan(rel.amount_due)
    excluded = rules.excluded_groups
    excluded_basis = rules.basis_of("proxy.excluded_groups")
    # a typed choice of proxy.excluded_groups, not a word searched for in free text
    if rel.newborn and (not excluded or NEWBORN_GROUP in excluded):
        return finding("newborn", _R_NEWBORN, excluded_basis, level=Level.BLOCKED)
    if rel.subsidised and rel.special_channel:
        return finding(
            "special_channel",
            _R_SPECIAL_CHANNEL,
            excluded_basis,
            level=Level.BLOCKED,
            group=rel.subsidy_group,
            amount=amount,
        )
    if rules.current_year_only and plan.benefit_year < plan.plan_date.year:
        return finding(
            "not_current_year",
            _R_NOT_CURRENT_YEAR,
            rules.basis_of("proxy.current_year_only"),
            level=Level.BLOCKED,
            year=str(plan.benefit_year),
        )
    if (
        rules.scope is not None
        and rel.relation is not None
        and rel.relation.label not in rules.scope
    ):
        return finding(
            "scope",
            _R_SCOPE,
            rules.basis_of("family.scope"),
            level=Level.BLOCKED,
            scope="、".join(rules.scope),
            relation=rel.relation.label,
            amount=amount,
        )
    reach = _regions_differ(plan, rel)
    if reach is not None:
        return reach
    period = rel.collection
    if rules.within_collection_period and period is not None and plan.plan_date > period.end:
        return finding(
            "period_over",
            _R_PERIOD_OVER,
            period.basis,
            rules.basis_of("proxy.within_collection_period"),
            level=Level.BLOCKED,
            year=str(plan.benefit_year),
            end=period.end.isoformat(),
        )
    return None


def conditions(plan: ProxyPlan, rel: Relative) -> list[Finding]:
    notes: list[Finding] = []
    rules = plan.rules
    if rules.requires_binding and rel.bound is not True:
        template = _C_BIND if rel.bound is False else _C_BIND_UNKNOWN
        notes.append(
            finding(
                "binding",
                template,
                rules.basis_of("proxy.requires_binding"),
                level=Level.WARNING if rel.bound is False else Level.INFO,
                name=rel.name,
            )
        )
    if rules.within_collection_period:
        period = rel.collection
        region = region_book().full_name(rel.region_code) if rel.region_code else ""
        if period is None:
            notes.append(
                finding(
                    "no_period",
                    _C_NO_PERIOD,
                    rules.basis_of("proxy.within_collection_period"),
                    level=Level.WARNING,
                    name=rel.name,
                    year=str(plan.benefit_year),
                )
            )
        elif period.estimated:
            notes.append(
                finding(
                    "period_estimated",
                    _C_PERIOD_ESTIMATED,
                    period.basis,
                    region=f"{region} " if region else "",
                    year=str(plan.benefit_year),
                    start=period.start.isoformat(),
                    end=period.end.isoformat(),
                )
            )
    return notes
