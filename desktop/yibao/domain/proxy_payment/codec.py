"""A 代缴 plan and its result as typed JSON for ``Case.inputs`` / ``Case.result``, and back."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from yibao.domain.i18n import written
from yibao.domain.people import Relation
from yibao.domain.proxy_payment.account import AccountEvent, EventKind
from yibao.domain.proxy_payment.labels import ProxyMode
from yibao.domain.proxy_payment.model import ONE, ProxyPlan, Relative
from yibao.domain.proxy_payment.period import CollectionPeriod
from yibao.domain.proxy_payment.result import ProxyResult
from yibao.domain.proxy_payment.rules import ProxyRules

__all__ = ["plan_from_data", "plan_to_data", "result_to_data"]


def plan_to_data(plan: ProxyPlan) -> dict[str, object]:
    """The plan as typed JSON (str/int/bool/Decimal/date/tuples/maps) for ``Case.inputs``."""
    rules = plan.rules
    return {
        "version": 1,
        "giver_name": plan.giver_name,
        "giver_region": plan.giver_region,
        "giver_member_id": plan.giver_member_id,
        "balance": plan.balance,
        "balance_on": plan.balance_on,
        "benefit_year": plan.benefit_year,
        "plan_date": plan.plan_date,
        "mode": plan.mode.value,
        "rules": {
            name: (value if not isinstance(value, tuple) else tuple(value))
            for name, value in (
                (f.name, getattr(rules, f.name)) for f in dataclasses.fields(ProxyRules)
            )
            if name != "basis"
        },
        "relatives": tuple(
            {
                "key": r.key,
                "name": r.name,
                "contribution": r.contribution,
                "relation": r.relation.value if r.relation else None,
                "region_code": r.region_code,
                "pays_share": r.pays_share,
                "subsidy_group": r.subsidy_group,
                "special_channel": r.special_channel,
                "newborn": r.newborn,
                "bound": r.bound,
                "member_id": r.member_id,
                "collection_start": r.collection.start if r.collection else None,
                "collection_end": r.collection.end if r.collection else None,
                "collection_estimated": r.collection.estimated if r.collection else False,
                "price_group": r.price_group,
                "student": r.student,
            }
            for r in plan.relatives
        ),
        "events": tuple(
            {"on": e.on, "kind": e.kind.value, "amount": e.amount, "label": e.label}
            for e in plan.events
        ),
    }


def _get(data: Mapping[str, object], name: str, kind: type, default: object = None) -> object:
    value = data.get(name, default)
    if value is None:
        return default
    if kind is Decimal and isinstance(value, int | str) and not isinstance(value, bool):
        return Decimal(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"bad {name!r} in stored plan: {value!r}")
    return value


def plan_from_data(data: Mapping[str, object]) -> ProxyPlan:
    """Inverse of :func:`plan_to_data` (without the policy sources); raises ``ValueError``."""
    raw_rules = data.get("rules") or {}
    if not isinstance(raw_rules, Mapping):
        raise ValueError("bad rules in stored plan")
    rule_values: dict[str, object] = {}
    for f in dataclasses.fields(ProxyRules):
        if f.name == "basis" or f.name not in raw_rules:
            continue
        value = raw_rules[f.name]
        rule_values[f.name] = tuple(value) if isinstance(value, list) else value
    rules = ProxyRules(**rule_values)  # type: ignore[arg-type]
    relatives: list[Relative] = []
    for raw in _get(data, "relatives", tuple, ()):  # type: ignore[attr-defined]
        if not isinstance(raw, Mapping):
            raise ValueError("bad relative in stored plan")
        start = _get(raw, "collection_start", date)
        end = _get(raw, "collection_end", date)
        relation = raw.get("relation")
        relatives.append(
            Relative(
                key=str(_get(raw, "key", str)),
                name=str(_get(raw, "name", str, "")),
                contribution=_get(raw, "contribution", Decimal),  # type: ignore[arg-type]
                relation=Relation(relation) if isinstance(relation, str) else None,
                region_code=_get(raw, "region_code", str),  # type: ignore[arg-type]
                pays_share=_get(raw, "pays_share", Decimal, ONE),  # type: ignore[arg-type]
                subsidy_group=str(_get(raw, "subsidy_group", str, "")),
                special_channel=bool(_get(raw, "special_channel", bool, False)),
                newborn=bool(_get(raw, "newborn", bool, False)),
                bound=_get(raw, "bound", bool),  # type: ignore[arg-type]
                member_id=_get(raw, "member_id", int),  # type: ignore[arg-type]
                collection=(
                    CollectionPeriod(
                        start, end, bool(_get(raw, "collection_estimated", bool, False))
                    )
                    if isinstance(start, date) and isinstance(end, date)
                    else None
                ),
                price_group=str(_get(raw, "price_group", str, "")),
                student=_get(raw, "student", bool),  # type: ignore[arg-type]
            )
        )
    events: list[AccountEvent] = []
    for raw in _get(data, "events", tuple, ()):  # type: ignore[attr-defined]
        if not isinstance(raw, Mapping):
            raise ValueError("bad event in stored plan")
        events.append(
            AccountEvent(
                _get(raw, "on", date),  # type: ignore[arg-type]
                EventKind(str(_get(raw, "kind", str))),
                _get(raw, "amount", Decimal),  # type: ignore[arg-type]
                str(_get(raw, "label", str, "")),
            )
        )
    return ProxyPlan(
        balance=_get(data, "balance", Decimal),  # type: ignore[arg-type]
        benefit_year=_get(data, "benefit_year", int),  # type: ignore[arg-type]
        plan_date=_get(data, "plan_date", date),  # type: ignore[arg-type]
        mode=ProxyMode(str(_get(data, "mode", str))),
        relatives=tuple(relatives),
        rules=rules,
        events=tuple(events),
        balance_on=_get(data, "balance_on", date),  # type: ignore[arg-type]
        giver_name=str(_get(data, "giver_name", str, "")),
        giver_region=_get(data, "giver_region", str),  # type: ignore[arg-type]
        giver_member_id=_get(data, "giver_member_id", int),  # type: ignore[arg-type]
    )


def result_to_data(result: ProxyResult) -> dict[str, object]:
    """The result for ``Case.result``: plain-language summary (``summary`` +
    ``summary_lines``, shown by 我的事项 and the PDF) and one map per relative."""
    summary = [written(n.template, n.params) for n in result.summary]  # kept as written
    lines = summary[1:] + [written(n.template, n.params) for n in result.notes]
    return {
        "version": 1,
        "mode": result.plan.mode.value,
        "summary": summary[0] if summary else "",
        "summary_lines": tuple(lines),
        "balance_now": result.balance_now,
        "usable_now": result.usable_now,
        "balance_after_now": result.balance_after_now,
        "total_due": result.total_due,
        "total_covered": result.total_covered,
        "cash_needed": result.cash_needed,
        "cash_up_front": result.cash_up_front,
        "quota_now": result.quota_now,
        "rest_covered_on": result.rest_covered_on,
        "deadline": result.deadline,
        "rows": tuple(
            {
                "key": r.relative.key,
                "name": r.relative.name,
                "position": r.position,
                "verdict": r.verdict.value,
                "amount": r.amount,
                "pay_on": r.pay_on,
                "after_credit": r.after_credit.month_text if r.after_credit else None,
                "balance_after": r.balance_after,
                "deadline": r.deadline,
                "would_cover_on": r.would_cover_on,
                "cash_needed": r.cash_needed,
                "cash_up_front": r.cash_up_front,
                "return_month": r.return_month,
                "quota": r.quota,
                "reasons": tuple(n.text for n in (*r.reasons, *r.conditions)),
            }
            for r in result.rows
        ),
    }
