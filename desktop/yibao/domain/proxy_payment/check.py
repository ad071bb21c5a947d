"""Whether a plan can be worked with (each problem at its field, :class:`PlanProblem` is the
kernel's :class:`~yibao.domain.kernel.FieldProblem`), and the order relatives are paid in."""

from __future__ import annotations

from collections.abc import Iterable

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import (
    MSG_BENEFIT_YEAR_RANGE,
    FieldProblem,
    InputProblems,
    benefit_year_range,
    is_valid_benefit_year,
)
from yibao.domain.money import ZERO
from yibao.domain.proxy_payment.model import ONE, ProxyPlan, Relative

__all__ = ["PlanProblem", "ProxyPlanError", "check_plan", "default_order"]

# bad input at a field (``relatives.2.contribution`` …)
PlanProblem = FieldProblem


class ProxyPlanError(InputProblems):
    """The plan cannot be simulated; ``problems`` says which fields and why."""


_MSG_NEGATIVE_BALANCE = QT_TRANSLATE_NOOP("domain", "余额不能是负数")
_MSG_NO_RELATIVES = QT_TRANSLATE_NOOP("domain", "请至少添加一位要代缴的亲属")
_MSG_NO_NAME = QT_TRANSLATE_NOOP("domain", "请填写第 {n} 位亲属的称呼或姓名")
_MSG_NEGATIVE_CONTRIBUTION = QT_TRANSLATE_NOOP("domain", "{name} 的缴费金额不能是负数")
_MSG_SHARE = QT_TRANSLATE_NOOP("domain", "{name} 的个人负担比例应在 0% 到 100% 之间")
_MSG_THRESHOLD = QT_TRANSLATE_NOOP("domain", "余额起点不能是负数")
_MSG_BALANCE_DATE = QT_TRANSLATE_NOOP("domain", "余额日期不能晚于计划办理日期")


def check_plan(plan: ProxyPlan) -> list[PlanProblem]:
    """Problems with the user's input, each at its field (empty when the plan can run)."""
    problems: list[PlanProblem] = []
    if plan.balance < 0:
        problems.append(PlanProblem("balance", _MSG_NEGATIVE_BALANCE))
    if plan.balance_on is not None and plan.balance_on > plan.plan_date:
        problems.append(PlanProblem("balance_on", _MSG_BALANCE_DATE))
    if not is_valid_benefit_year(plan.benefit_year, plan.plan_date):
        low, high = benefit_year_range(plan.plan_date)
        problems.append(
            PlanProblem.of("benefit_year", MSG_BENEFIT_YEAR_RANGE, low=str(low), high=str(high))
        )
    threshold = plan.rules.min_retained_balance
    if threshold is not None and threshold < 0:
        problems.append(PlanProblem("min_retained_balance", _MSG_THRESHOLD))
    if not plan.relatives:
        problems.append(PlanProblem("relatives", _MSG_NO_RELATIVES))
    seen: set[str] = set()
    for index, rel in enumerate(plan.relatives):
        if rel.key in seen:
            raise ValueError(f"duplicate relative key {rel.key!r}")
        seen.add(rel.key)
        name = rel.name.strip()
        if not name:
            problems.append(
                PlanProblem(f"relatives.{index}.name", _MSG_NO_NAME, {"n": str(index + 1)})
            )
            name = str(index + 1)
        if rel.contribution < 0:
            problems.append(
                PlanProblem(
                    f"relatives.{index}.contribution", _MSG_NEGATIVE_CONTRIBUTION, {"name": name}
                )
            )
        if not ZERO <= rel.pays_share <= ONE:
            problems.append(
                PlanProblem(f"relatives.{index}.pays_share", _MSG_SHARE, {"name": name})
            )
    return problems


def default_order(relatives: Iterable[Relative]) -> list[Relative]:
    """Smallest amount first (so the most people are covered soonest), ties in given order;
    relatives who pay nothing go last."""
    items = list(relatives)
    return sorted(items, key=lambda r: (r.amount_due <= 0, r.amount_due))
