"""Calculation cases of the 代缴 simulation: ``tests/domain/cases/proxy_payment/*.toml``
(all but ``resident_pricing*.toml``, which ``test_calculation_cases.py`` runs).

Each ``[[case]]`` is a situation and its answer, worked out by hand (``why`` says how):

- the plan: ``plan_date``, ``benefit_year``, ``mode`` (``direct`` / ``pay_then_refund`` /
  ``wallet_quota``), ``balance``, optional ``balance_on``, ``giver_region``;
- the rules: from the shipped policy book for ``giver_region`` on ``plan_date``, or a
  ``[case.rules]`` table (``ProxyRules`` fields) instead; optional ``threshold`` (the
  user's typed 余额起点, ``"none"`` for none);
- the account: ``[case.credits]`` (``monthly``, ``day``, optional ``until``, ``first_month``),
  ``ltc = "book"`` (长护险 from the book for the giver's region) or ``[[case.deductions]]``
  (``amount``, ``schedule``);
- ``[[case.relatives]]``: ``key``, ``name``, ``amount`` (yuan, or ``"book"``: priced from the
  book for ``region`` and the benefit year, with optional ``birth_date``/``group``/``student``),
  optional ``relation`` (``Relation`` value, default parent), ``region`` (default the
  giver's), ``period`` (``"book"`` — the default —, ``"none"`` or ``{ start, end }``),
  ``bound``, ``pays_share``, ``subsidy_group``, ``special_channel``, ``newborn``;
- ``[case.expected]``: any of ``balance_now``, ``usable_now``, ``balance_after_now``,
  ``total_due``, ``total_covered``, ``cash_needed``, ``cash_up_front``, ``quota_now``,
  ``deadline``, ``rest_covered_on``, ``all_covered``, ``notes`` (codes that must be there),
  ``no_notes`` (codes that must not), ``summary`` (the summary's codes, in order),
  ``quota_topups`` (``[[day, amount]]``), and ``[[case.expected.rows]]`` per ``key``:
  ``verdict``, ``amount``, ``pay_on``, ``trigger``, ``after_credit`` (``"2024-12"``),
  ``balance_after``, ``deadline``, ``period_estimated``, ``would_cover_on``, ``cash_needed``,
  ``cash_up_front``, ``return_month`` (``"2025-11"``), ``quota``, ``reasons`` and
  ``conditions`` (codes, in order), ``national_fallback``, ``price_region_key``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.domain.case_helpers import case_params
from tests.domain.policy.conftest import SHIPPED_POLICY_DIR
from yibao.domain.kernel import Basis
from yibao.domain.people import Relation
from yibao.domain.policy import PolicyBook, load_policy_book
from yibao.domain.proxy_payment import (
    CollectionPeriod,
    DeductionSchedule,
    PlannedDeduction,
    ProxyMode,
    ProxyPlan,
    ProxyResult,
    ProxyRules,
    Relative,
    add_months,
    collection_period,
    ltc_deduction_from_book,
    project_events,
    rules_from_book,
    simulate,
)
from yibao.domain.resident_pricing import Person, price, region_contributions

CASES_DIR = Path(__file__).parent / "cases" / "proxy_payment"

_CASE = {
    "name",
    "why",
    "plan_date",
    "benefit_year",
    "mode",
    "balance",
    "balance_on",
    "giver_region",
    "rules",
    "threshold",
    "credits",
    "ltc",
    "deductions",
    "relatives",
    "expected",
}
_RELATIVE = {
    "key",
    "name",
    "amount",
    "relation",
    "region",
    "period",
    "bound",
    "pays_share",
    "subsidy_group",
    "special_channel",
    "newborn",
    "birth_date",
    "group",
    "student",
}
_TOTALS = {
    "balance_now",
    "usable_now",
    "balance_after_now",
    "total_due",
    "total_covered",
    "cash_needed",
    "cash_up_front",
    "quota_now",
}
_EXPECTED = _TOTALS | {
    "deadline",
    "rest_covered_on",
    "all_covered",
    "notes",
    "no_notes",
    "summary",
    "quota_topups",
    "rows",
}
_ROW_MONEY = {"amount", "balance_after", "cash_needed", "cash_up_front", "quota"}
_ROW = _ROW_MONEY | {
    "key",
    "verdict",
    "pay_on",
    "trigger",
    "after_credit",
    "deadline",
    "period_estimated",
    "would_cover_on",
    "return_month",
    "reasons",
    "conditions",
    "national_fallback",
    "price_region_key",
}


@dataclass
class Case:
    file: str
    data: dict[str, Any]


def _check(file: str, raw: dict[str, Any]) -> None:
    name = raw["name"]
    assert not set(raw) - _CASE, f"{name}: {set(raw) - _CASE}"
    for rel in raw["relatives"]:
        assert not set(rel) - _RELATIVE, f"{name}: {set(rel) - _RELATIVE}"
    expected = raw["expected"]
    assert not set(expected) - _EXPECTED, f"{name}: {set(expected) - _EXPECTED}"
    for row in expected.get("rows", []):
        assert not set(row) - _ROW, f"{name}: {set(row) - _ROW}"


CASES = case_params(
    [p for p in CASES_DIR.glob("*.toml") if not p.name.startswith("resident_pricing")],
    _check,
    wrap=Case,
)


@pytest.fixture(scope="module")
def book() -> PolicyBook:
    return load_policy_book(SHIPPED_POLICY_DIR)


def _yuan(value: object) -> Decimal:
    return Decimal(str(value))


def _rules(book: PolicyBook, raw: dict[str, Any]) -> ProxyRules:
    if "rules" in raw:
        values = dict(raw["rules"])
        if "min_retained_balance" in values:
            values["min_retained_balance"] = _yuan(values["min_retained_balance"])
        for name in ("excluded_groups", "scope"):
            if name in values:
                values[name] = tuple(values[name])
        rules = ProxyRules(**values)
    else:
        rules = rules_from_book(book, raw.get("giver_region"), raw["plan_date"])
    if "threshold" in raw:
        typed = raw["threshold"]
        rules = rules.with_threshold(None if typed == "none" else _yuan(typed))
    return rules


def _relative(book: PolicyBook, raw: dict[str, Any], rel: dict[str, Any]) -> Relative:
    year: int = raw["benefit_year"]
    region = rel.get("region", raw.get("giver_region"))
    basis: Basis | None = None
    if rel["amount"] == "book":
        priced = price(
            region_contributions(book, region, year),
            Person(rel.get("birth_date"), rel.get("student"), rel.get("group", "")),
        )
        assert priced.amount is not None, f"{raw['name']}: the book prices {rel['name']}"
        amount, basis = priced.amount, Basis.from_price(priced)
    else:
        amount = _yuan(rel["amount"])
    period = rel.get("period", "book")
    if period == "book":
        collection = collection_period(book, region, year)
    elif period == "none":
        collection = None
    else:
        collection = CollectionPeriod(period["start"], period["end"])
    return Relative(
        key=rel["key"],
        name=rel["name"],
        contribution=amount,
        relation=Relation(rel.get("relation", "parent")),
        region_code=region,
        pays_share=_yuan(rel.get("pays_share", "1")),
        subsidy_group=rel.get("subsidy_group", ""),
        special_channel=rel.get("special_channel", False),
        newborn=rel.get("newborn", False),
        bound=rel.get("bound", True),
        contribution_basis=basis,
        collection=collection,
    )


def _plan(book: PolicyBook, raw: dict[str, Any]) -> ProxyPlan:
    plan_date: date = raw["plan_date"]
    since: date = raw.get("balance_on", plan_date)
    deductions = [
        PlannedDeduction(_yuan(d["amount"]), DeductionSchedule(d.get("schedule", "monthly")))
        for d in raw.get("deductions", [])
    ]
    if raw.get("ltc") == "book":
        ltc = ltc_deduction_from_book(book, raw.get("giver_region"), plan_date)
        assert ltc is not None, f"{raw['name']}: the book has the region's 长护险"
        deductions.append(ltc)
    credits = raw.get("credits", {})
    events = project_events(
        since,
        credits.get("until", add_months(plan_date, 30)),
        monthly_credit=_yuan(credits.get("monthly", "0")),
        credit_day=credits.get("day", 1),
        deductions=deductions,
        first_month=credits.get("first_month"),
    )
    return ProxyPlan(
        balance=_yuan(raw["balance"]),
        benefit_year=raw["benefit_year"],
        plan_date=plan_date,
        mode=ProxyMode(raw["mode"]),
        relatives=tuple(_relative(book, raw, rel) for rel in raw["relatives"]),
        rules=_rules(book, raw),
        events=events,
        balance_on=raw.get("balance_on"),
        giver_region=raw.get("giver_region"),
    )


def _check_totals(result: ProxyResult, want: dict[str, Any], label: str) -> None:
    for name in sorted(_TOTALS & set(want)):
        got = getattr(result, name)
        assert got == _yuan(want[name]), f"{label}: {name} = {got}, expected {want[name]}"
    for name in ("deadline", "rest_covered_on", "all_covered"):
        if name in want:
            got = getattr(result, name)
            assert got == want[name], f"{label}: {name} = {got}, expected {want[name]}"
    codes = [n.code for n in result.notes]
    for code in want.get("notes", []):
        assert code in codes, f"{label}: note {code} missing from {codes}"
    for code in want.get("no_notes", []):
        assert code not in codes, f"{label}: note {code} unexpected in {codes}"
    if "summary" in want:
        assert [n.code for n in result.summary] == want["summary"], label
    if "quota_topups" in want:
        got_topups = [[day, amount] for day, amount, _ in result.quota_topups]
        assert got_topups == [[d, _yuan(a)] for d, a in want["quota_topups"]], label


def _row_values(result: ProxyResult, key: str) -> dict[str, object]:
    row = result.row(key)
    basis = row.relative.contribution_basis
    collection = row.relative.collection
    return {
        "verdict": row.verdict.value,
        "amount": row.amount,
        "pay_on": row.pay_on,
        "trigger": row.trigger.value if row.trigger else None,
        "after_credit": row.after_credit.month_text if row.after_credit else None,
        "balance_after": row.balance_after,
        "deadline": row.deadline,
        "period_estimated": collection.estimated if collection else None,
        "would_cover_on": row.would_cover_on,
        "cash_needed": row.cash_needed,
        "cash_up_front": row.cash_up_front,
        "return_month": row.return_month.strftime("%Y-%m") if row.return_month else None,
        "quota": row.quota,
        "reasons": [n.code for n in row.reasons],
        "conditions": [n.code for n in row.conditions],
        "national_fallback": basis.national_fallback if basis else None,
        "price_region_key": basis.region_key if basis else None,
    }


def test_there_are_enough_simulation_cases() -> None:
    assert len(CASES) >= 12
    verdicts = {
        row["verdict"]
        for case in CASES
        for row in case.values[0].data["expected"].get("rows", [])
        if "verdict" in row
    }
    assert verdicts == {"now", "later", "short", "not_eligible", "nothing_due"}


@pytest.mark.parametrize("case", CASES)
def test_proxy_payment_simulation(book: PolicyBook, case: Case) -> None:
    raw = case.data
    result = simulate(_plan(book, raw))
    want = raw["expected"]
    _check_totals(result, want, raw["name"])
    keys = [r.relative.key for r in result.rows]
    for expected in want.get("rows", []):
        label = f"{raw['name']} / {expected['key']}"
        assert expected["key"] in keys, label
        actual = _row_values(result, expected["key"])
        for name, value in expected.items():
            if name == "key":
                continue
            wanted = _yuan(value) if name in _ROW_MONEY else value
            assert actual[name] == wanted, (
                f"{label}: {name} = {actual[name]!r}, expected {wanted!r}"
            )
