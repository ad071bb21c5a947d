"""Calculation cases of 异地就医备案 (OpenFisca-style, in TOML): a situation in, figures out.

Every ``tests/domain/cases/offsite/*.toml`` but ``temporary_cuts.toml`` (run by
``test_offsite.py``) holds ``[[case]]`` tables:

- inputs: ``name``, ``why`` (how the expected figures were worked out by hand), ``today``,
  ``insured`` and ``dest`` (6-digit codes), ``reason`` (:class:`Reason` value), optional
  ``scheme`` (:class:`Scheme` value, default 在职职工), ``start``, ``discharge``,
  ``already_treated``, ``paid_in_full``, ``inpatient``, ``hukou_moved``, optional
  ``[[case.overrides]]`` (``region_key``, ``parameter``, ``effective_from``, ``value`` as the
  user types it), and ``home_ratio`` / ``bill`` for the ratio of a temporary cut;
- ``[case.expected]``: any of ``filing_type``, ``term`` (长期/临时), ``cross_province``,
  ``validity`` (finding code), ``valid_until``, ``money`` (the money finding codes in
  order), ``file_afterwards`` (code or ``"none"``), ``file_afterwards_by``, ``claim`` (code
  or ``"none"``), ``claim_deadline``, ``claim_estimated``, ``review_paid``, ``deadlines``
  (``[label, date]`` pairs, all of them), ``cut_method`` (or ``"none"``), ``ratio``,
  ``paid``, ``warnings`` (codes), ``says`` (fragments of the plan's text), ``sources`` (ids
  the plan rests on, a subset). A date may be ``"none"``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.domain.case_helpers import case_overrides, case_params
from tests.domain.policy.conftest import SHIPPED_POLICY_DIR
from yibao.domain.kernel import Finding
from yibao.domain.offsite import (
    CutMethod,
    OffsiteAnswers,
    OffsitePlan,
    Reason,
    plan_offsite,
    validate_answers,
)
from yibao.domain.people import Scheme
from yibao.domain.policy import PolicyBook, load_policy_book
from yibao.domain.workdays import official_calendar

CASES_DIR = Path(__file__).parent / "cases" / "offsite"
#: run by test_offsite.py, in its own shape
OWN_SHAPE = {"temporary_cuts.toml"}

_INPUTS = {
    "name",
    "why",
    "today",
    "insured",
    "dest",
    "reason",
    "scheme",
    "start",
    "discharge",
    "already_treated",
    "paid_in_full",
    "inpatient",
    "hukou_moved",
    "overrides",
    "home_ratio",
    "bill",
    "expected",
}
_EXPECTED = {
    "filing_type",
    "term",
    "cross_province",
    "validity",
    "valid_until",
    "money",
    "file_afterwards",
    "file_afterwards_by",
    "claim",
    "claim_deadline",
    "claim_estimated",
    "review_paid",
    "deadlines",
    "cut_method",
    "ratio",
    "paid",
    "warnings",
    "says",
    "sources",
}


def _check(file: str, raw: dict[str, Any]) -> None:
    assert not set(raw) - _INPUTS, f"{raw['name']}: {set(raw) - _INPUTS}"
    assert not set(raw["expected"]) - _EXPECTED, raw["name"]


CASES = case_params([p for p in CASES_DIR.glob("*.toml") if p.name not in OWN_SHAPE], _check)


@pytest.fixture(scope="module")
def book() -> PolicyBook:
    return load_policy_book(SHIPPED_POLICY_DIR)


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 10


def _answers(raw: dict[str, Any]) -> OffsiteAnswers:
    return OffsiteAnswers(
        insured_region=raw["insured"],
        dest_region=raw["dest"],
        reason=Reason(raw["reason"]),
        scheme=Scheme(raw.get("scheme", Scheme.EMPLOYEE_ACTIVE.value)),
        hukou_moved=raw.get("hukou_moved", False),
        already_treated=raw.get("already_treated", False),
        paid_in_full=raw.get("paid_in_full", False),
        inpatient=raw.get("inpatient", True),
        start=raw.get("start"),
        discharge=raw.get("discharge"),
    )


def _day(value: object) -> date | None:
    assert value == "none" or isinstance(value, date), value
    return None if value == "none" else value  # type: ignore[return-value]


def _code(found: Finding | None) -> str:
    return "none" if found is None else found.code


def _text(plan: OffsitePlan) -> str:
    return "\n".join(f.text for f in plan.findings)


def _actual(plan: OffsitePlan, raw: dict[str, Any]) -> dict[str, object]:
    claim = plan.claim
    cut = plan.temporary_cut
    out: dict[str, object] = {
        "filing_type": plan.filing_type.value,
        "term": "长期" if plan.filing_type.is_long_term else "临时",
        "cross_province": plan.cross_province,
        "validity": plan.validity.code,
        "valid_until": plan.valid_until,
        "money": [f.code for f in plan.money],
        "file_afterwards": _code(plan.file_afterwards),
        "file_afterwards_by": plan.file_afterwards_by,
        "claim": _code(claim.note if claim is not None else None),
        "claim_deadline": claim.deadline if claim is not None else None,
        "claim_estimated": claim.estimated if claim is not None else None,
        "review_paid": _review_paid(plan),
        "deadlines": [[d.label, d.due] for d in plan.deadlines],
        "cut_method": cut.method.value if cut is not None else "none",
        "warnings": [f.code for f in plan.warnings],
    }
    if cut is not None and "home_ratio" in raw:
        ratio = cut.ratio(Decimal(raw["home_ratio"]))
        out["ratio"] = ratio
        out["paid"] = (Decimal(raw["bill"]) * ratio).quantize(Decimal("0.01"))
    return out


def _review_paid(plan: OffsitePlan) -> date | None:
    review = plan.claim.review_note if plan.claim is not None else None
    return date.fromisoformat(review.params["paid"]) if review is not None else None


def _expected(name: str, value: object) -> object:
    if name in ("valid_until", "file_afterwards_by", "claim_deadline", "review_paid"):
        return _day(value)
    if name in ("ratio", "paid"):
        return Decimal(str(value))
    if name == "deadlines":
        assert isinstance(value, list)
        return [[label, _day(due)] for label, due in value]
    if name == "cut_method" and value != "none":
        return CutMethod(str(value)).value
    return value


@pytest.mark.parametrize("raw", CASES)
def test_offsite_case(book: PolicyBook, raw: dict[str, Any]) -> None:
    today: date = raw["today"]
    answers = _answers(raw)
    assert validate_answers(answers, today) == (), raw["name"]
    plan = plan_offsite(
        answers, book, today, overrides=case_overrides(book, raw), cal=official_calendar()
    )
    want = raw["expected"]
    actual = _actual(plan, raw)
    for name, value in want.items():
        if name in ("says", "sources"):
            continue
        assert name in actual, f"{raw['name']}: {name} not worked out (no cut or no home_ratio?)"
        expected = _expected(name, value)
        got = actual[name]
        assert got == expected, f"{raw['name']}: {name} = {got!r}, not {expected!r}"
    text = _text(plan)
    for fragment in want.get("says", []):
        assert fragment in text, f"{raw['name']}: {fragment!r} not in\n{text}"
    sources = {s.id for s in plan.sources}
    assert set(want.get("sources", [])) <= sources, f"{raw['name']}: {sources}"
