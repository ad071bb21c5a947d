"""Calculation cases (OpenFisca-style, in TOML): ``tests/domain/cases/<capability>/*.toml``.

Each ``[[case]]`` has a ``name``, a ``why`` (how the expected figures were worked out by hand
from the rule and the data), the inputs and the expected outputs. Capabilities so far:

- ``proxy_payment``: pricing each relative's 居民医保 contribution
  (``yibao.domain.resident_pricing``) — ``today``, ``benefit_year``, ``region`` (6-digit code
  or ``"national"``), optional ``[[case.overrides]]`` (``region_key``, ``parameter``,
  ``effective_from``, ``value`` as the user types it), ``[[case.members]]`` (``name``,
  optional ``birth_date``, ``group``, ``student``), optional ``total`` of the amounts, and
  ``[[case.expected]]`` per member name: ``amount`` (``"none"`` for no figure) and optionally
  ``kind``, ``group``, ``group_by``, ``group_choices``, ``figure_year``, ``region_key``,
  ``confidence``, ``overridden``, ``national_fallback``, ``needs_local_value``,
  ``asks_student``, ``student``, ``stale`` (待核验 on ``today``) — in
  ``resident_pricing*.toml``; the simulation cases beside them are run by
  ``test_proxy_payment_cases.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.domain.case_helpers import case_overrides, case_params
from tests.domain.policy.conftest import SHIPPED_POLICY_DIR
from yibao.domain.kernel import Basis
from yibao.domain.policy import Confidence, PolicyBook, load_policy_book
from yibao.domain.resident_pricing import Person, price, region_contributions

CASES_DIR = Path(__file__).parent / "cases"
#: as the 代缴 service: an earlier year's figure is offered for up to three years back
LOOK_BACK_YEARS = 3


@pytest.fixture(scope="module")
def book() -> PolicyBook:
    return load_policy_book(SHIPPED_POLICY_DIR)


_CASE_FIELDS = {
    "name",
    "why",
    "today",
    "benefit_year",
    "region",
    "overrides",
    "members",
    "expected",
    "total",
}
_MEMBER_FIELDS = {"name", "birth_date", "group", "student"}
_EXPECTED_FIELDS = {
    "name",
    "amount",
    "kind",
    "group",
    "group_by",
    "group_choices",
    "figure_year",
    "region_key",
    "confidence",
    "overridden",
    "national_fallback",
    "needs_local_value",
    "asks_student",
    "student",
    "stale",
}


@dataclass
class Case:
    file: str
    data: dict[str, Any]


def _check(file: str, raw: dict[str, Any]) -> None:
    assert not set(raw) - _CASE_FIELDS, f"{raw['name']}: {set(raw) - _CASE_FIELDS}"
    for member in raw["members"]:
        assert not set(member) - _MEMBER_FIELDS, member
    for expected in raw["expected"]:
        assert not set(expected) - _EXPECTED_FIELDS, expected


#: the simulation cases beside them run in ``test_proxy_payment_cases.py``
PROXY_CASES = case_params(
    (CASES_DIR / "proxy_payment").glob("resident_pricing*.toml"),
    _check,
    wrap=Case,
    parse_float=Decimal,
)


def test_the_issue_cases_are_there() -> None:
    names = " ".join(case.values[0].data["name"] for case in PROXY_CASES)
    assert "北京 2026" in names and "成都 2027" in names and "本地修改" in names


@pytest.mark.parametrize("case", PROXY_CASES)
def test_proxy_payment_pricing(book: PolicyBook, case: Case) -> None:
    raw = case.data
    overrides = case_overrides(book, raw)
    code = None if raw["region"] == "national" else raw["region"]
    region = region_contributions(
        book, code, raw["benefit_year"], overrides, look_back_years=LOOK_BACK_YEARS
    )
    today: date = raw["today"]
    prices = {
        m["name"]: price(
            region,
            Person(m.get("birth_date"), m.get("student"), m.get("group", "")),
        )
        for m in raw["members"]
    }
    for want in raw["expected"]:
        got = prices[want["name"]]
        label = f"{raw['name']} / {want['name']}"
        if want["amount"] == "none":
            assert got.amount is None, label
        else:
            assert got.amount == Decimal(want["amount"]), f"{label}: {got.amount}"
        actual: dict[str, object] = {
            "kind": got.kind.value,
            "group": got.group,
            "group_by": got.group_by.value,
            "group_choices": list(got.group_choices),
            "figure_year": got.figure_year,
            "national_fallback": got.national_fallback,
            "needs_local_value": got.needs_local_value,
            "asks_student": got.asks_student,
            "student": got.student,
            "overridden": got.overridden,
            "region_key": got.resolved.region_key if got.resolved else None,
            "confidence": got.resolved.confidence if got.resolved else None,
        }
        for name, value in actual.items():
            if name in want:
                expected = Confidence(want[name]) if name == "confidence" else want[name]
                assert value == expected, f"{label}: {name} = {value!r}, expected {expected!r}"
        if "stale" in want:
            basis = Basis.from_price(got)
            assert basis is not None, label
            assert (basis.stale(today) is not None) is want["stale"], label
    if "total" in raw:
        total = sum((p.amount or Decimal(0) for p in prices.values()), Decimal(0))
        assert total == Decimal(raw["total"])
