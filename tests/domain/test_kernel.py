"""The rules kernel: the policy view, the basis, findings, field problems, labelled enums and
the one definition of the valid benefit years."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import (
    Basis,
    FieldProblem,
    Finding,
    InputProblems,
    LabelledEnum,
    Level,
    Origin,
    PolicyView,
    benefit_year_range,
    finding,
    is_valid_benefit_year,
    sources_of,
    worst,
)
from yibao.domain.policy import Confidence, Override, PolicyBook, load_policy_book

POLICY_DIR = Path(__file__).resolve().parents[2] / "resources" / "policy"
TAIYUAN = "140100"
DAY = date(2026, 3, 1)


@pytest.fixture(scope="module")
def book() -> PolicyBook:
    return load_policy_book(POLICY_DIR)


# ------------------------------------------------------------------ the policy view


def test_a_view_returns_the_typed_value_with_its_basis(book: PolicyBook) -> None:
    view = PolicyView(book, TAIYUAN, DAY)
    fact = view.decimal("family.min_retained_balance")
    assert fact.found and fact.value == Decimal("1000")
    assert fact.basis.origin is Origin.BOOK
    assert fact.basis.region_name == "山西省"
    assert fact.basis.region_key == "province-14"
    assert fact.basis.source_id == "province-14-2023-family-threshold"
    assert fact.basis.effective_from == date(2022, 6, 29)
    assert not fact.from_national and not fact.basis.is_estimate
    assert fact.resolved is not None and not fact.overridden


def test_before_the_rule_started_the_fact_is_missing(book: PolicyBook) -> None:
    fact = PolicyView(book, TAIYUAN, date(2022, 6, 28)).decimal("family.min_retained_balance")
    assert not fact.found and fact.value is None
    assert fact.basis.origin is Origin.MISSING and fact.basis.is_missing
    assert fact.get(Decimal(0)) == Decimal(0)


def test_a_national_value_for_a_region_says_where_it_came_from(book: PolicyBook) -> None:
    fact = PolicyView(book, TAIYUAN, date(2025, 1, 1)).decimal(
        "resident.contribution.individual_min"
    )
    national = PolicyView(book, None, date(2025, 1, 1)).decimal(
        "resident.contribution.individual_min"
    )
    assert national.found and national.from_national
    assert fact.from_national is (fact.basis.region_key == "national")
    # a national rule is the rule, not a stand-in: the rule marks a fallback figure itself
    assert not fact.basis.national_fallback and not national.basis.national_fallback


def test_an_override_wins_and_says_so(book: PolicyBook) -> None:
    mine = Override("province-14", "family.min_retained_balance", date(2026, 1, 1), Decimal(500))
    view = PolicyView(book, TAIYUAN, DAY, (mine,))
    fact = view.decimal("family.min_retained_balance")
    assert fact.value == Decimal(500)
    assert fact.overridden and fact.basis.origin is Origin.OVERRIDE
    assert fact.basis.confidence is None and not fact.basis.needs_checking
    assert view.on(date(2025, 12, 31)).decimal("family.min_retained_balance").value == 1000


def test_a_wrong_type_is_a_data_bug_named_by_key(book: PolicyBook) -> None:
    view = PolicyView(book, TAIYUAN, DAY)
    with pytest.raises(TypeError, match=r"family\.min_retained_balance"):
        view.texts("family.min_retained_balance")
    with pytest.raises(TypeError, match=r"family\.scope"):
        view.decimal("family.scope")
    assert "配偶" in view.texts("family.scope").get(())


def test_moving_the_view(book: PolicyBook) -> None:
    view = PolicyView(book, TAIYUAN, DAY)
    assert view.for_benefit_year(2025).at == date(2025, 1, 1)
    assert view.for_region(None).region_code is None
    assert view.require("family.min_retained_balance").value == Decimal(1000)


# ------------------------------------------------------------------ basis


def test_typed_and_household_bases() -> None:
    typed = Basis.typed("balance", "余额", "¥1,200.00")
    assert typed.origin is Origin.USER and not typed.is_policy and typed.stale(DAY) is None
    household = Basis.household()
    assert household.origin is Origin.HOUSEHOLD and household.source is None


def test_a_book_value_checked_long_ago_is_stale(book: PolicyBook) -> None:
    fact = PolicyView(book, TAIYUAN, DAY).decimal("family.min_retained_balance")
    checked = fact.basis.checked_on
    assert checked is not None
    assert fact.basis.stale(checked) is None
    assert fact.basis.stale(date(checked.year + 2, checked.month, 1)) is not None


# ------------------------------------------------------------------ findings


def test_a_finding_formats_after_translation_and_collects_its_sources(book: PolicyBook) -> None:
    fact = PolicyView(book, TAIYUAN, DAY).decimal("family.min_retained_balance")
    f = finding(
        "threshold",
        "余额超过 {amount} 的部分才能用",
        fact.basis,
        None,
        level=Level.WARNING,
        fix="先等 {month} 月划入",
        fix_params={"month": "4"},
        amount="¥1,000.00",
    )
    assert f.text == "余额超过 ¥1,000.00 的部分才能用"
    assert f.fix_text == "先等 4 月划入"
    assert f.basis == (fact.basis,)
    assert [s.id for s in f.sources] == ["province-14-2023-family-threshold"]
    assert f.confidence is fact.basis.confidence
    assert not f.missing and not f.overridden
    assert sources_of([f, None, f]) == f.sources


def test_the_weakest_confidence_counts(book: PolicyBook) -> None:
    strong = PolicyView(book, TAIYUAN, DAY).decimal("family.min_retained_balance").basis
    assert strong.source is not None
    weak_source = next(s for s in book.sources() if s.confidence is Confidence.UNCONFIRMED)
    weak = replace(strong, source=weak_source)
    assert Finding("x", "x", basis=(strong, weak)).confidence is Confidence.UNCONFIRMED


def test_worst_level() -> None:
    ok = Finding("a", "a", level=Level.OK)
    wait = Finding("b", "b", level=Level.WAIT)
    blocked = Finding("c", "c", level=Level.BLOCKED)
    assert worst([ok, wait]) is Level.WAIT
    assert worst([blocked, ok, wait]) is Level.BLOCKED
    assert worst([]) is Level.OK
    assert [level.rank for level in Level] == sorted(level.rank for level in Level)


def test_problem_is_the_old_name_of_blocked() -> None:
    """代缴 called a note that rules the payment out ``PROBLEM``: the kernel keeps that name
    as an alias of ``BLOCKED`` (not a seventh level), and 代缴's ``Level`` is the kernel's."""
    from yibao.domain.proxy_payment import Level as ProxyLevel

    assert Level.PROBLEM is Level.BLOCKED and Level("blocked") is Level.BLOCKED
    assert len(Level) == 6 and "PROBLEM" not in [level.name for level in Level]
    assert ProxyLevel is Level


def test_field_problems() -> None:
    problem = FieldProblem.of("relatives.1.name", "请填写第 {n} 位亲属的称呼或姓名", n="2")
    assert problem.message == "请填写第 2 位亲属的称呼或姓名"
    error = InputProblems([problem, FieldProblem("balance", "余额不能是负数")])
    assert error.for_field("balance")[0].message == "余额不能是负数"
    assert "relatives.1.name" in str(error)


# ------------------------------------------------------------------ labelled enums


class _Colour(LabelledEnum):
    RED = "red", QT_TRANSLATE_NOOP("domain", "红")
    PLAIN = "plain"


def test_a_labelled_enum_is_a_str_enum_with_labels() -> None:
    assert _Colour("red") is _Colour.RED and _Colour.RED == "red"
    assert _Colour.RED.value == "red" and f"{_Colour.RED}" == "red"
    assert _Colour.RED.label == "红" and _Colour.PLAIN.label == ""
    assert Level.BLOCKED.label == "不符合" and Origin.OVERRIDE.label == "本地修改"


# ------------------------------------------------------------------ benefit years


def test_one_definition_of_the_valid_benefit_years() -> None:
    assert benefit_year_range(date(2026, 12, 2)) == (1950, 2028)
    assert is_valid_benefit_year(2028, date(2026, 12, 2))
    assert not is_valid_benefit_year(2029, date(2026, 12, 2))
    assert not is_valid_benefit_year(1949, date(2026, 12, 2))
