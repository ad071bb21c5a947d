"""The English catalogue of the policy book (issue 17): complete, current, applied, and the
Chinese book and its value text untouched."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.domain.policy.conftest import SHIPPED_POLICY_DIR, WritePolicy
from yibao.domain.policy import (
    FrozenTable,
    PolicyBook,
    ValueType,
    format_value,
    load_policy_book,
    parse_value,
)
from yibao.domain.policy.english import (
    CHINESE_ONLY,
    EnglishCatalogue,
    english_book,
    load_english_catalogue,
    source_title,
)

#: a run of Chinese ideographs
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
#: Chinese kept on purpose beside the English: in brackets or quotes
_KEPT = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)|《[^《》]*》|“[^“”]*”|\"[^\"]*\"")

GBF_2024_38 = "国务院办公厅关于健全基本医疗保险参保长效机制的指导意见"

MINI_EN_PARAMETERS = """\
[category]
"居民医保缴费" = "Resident insurance contributions"

[unit]
"元/年" = "yuan/year"
"个月" = "months"

[parameter."resident.contribution.individual_min"]
label = "Personal contribution (minimum)"
zh_label = "居民医保个人缴费标准（最低）"
description = "The personal contribution."
zh_description = "个人缴费（旧的说法）。"

[parameter."retirement.required_years".field.male_months]
label = "Men"
zh_label = "男性"
[parameter."retirement.required_years".field.includes_deemed]
label = "Deemed years count"
zh_label = "含视同"

[parameter."family.scope"]
choice = { "配偶" = "Spouse" }
"""

MINI_EN_SOURCES = """\
[source."src-a"]
title = "Source A"
zh_title = "来源 A"
"""


@pytest.fixture(scope="module")
def catalogue() -> EnglishCatalogue:
    return load_english_catalogue(SHIPPED_POLICY_DIR)


@pytest.fixture(scope="module")
def english(book: PolicyBook, catalogue: EnglishCatalogue) -> PolicyBook:
    return english_book(book, catalogue)


@pytest.fixture
def mini(write_policy: WritePolicy) -> tuple[PolicyBook, EnglishCatalogue]:
    directory = write_policy()
    (directory / "en").mkdir()
    (directory / "en" / "parameters.toml").write_text(MINI_EN_PARAMETERS, encoding="utf-8")
    (directory / "en" / "sources.toml").write_text(MINI_EN_SOURCES, encoding="utf-8")
    return load_policy_book(directory), load_english_catalogue(directory)


def stray_chinese(text: str) -> list[str]:
    return _CJK.findall(_KEPT.sub(" ", text))


# ------------------------------------------------------------------ the shipped catalogue


def test_every_parameter_and_source_has_current_english(
    book: PolicyBook, catalogue: EnglishCatalogue
) -> None:
    """Fails on a parameter, field, choice, category, unit, source, issuer or free-text value
    without English, and on English written for Chinese that has changed since (stale)."""
    assert catalogue.problems(book) == []
    assert len(book.parameters()) == len(catalogue.parameters) >= 107
    assert len(book.sources()) == len(catalogue.sources) >= 179


def test_the_loader_ignores_the_english_folder(book: PolicyBook) -> None:
    assert (SHIPPED_POLICY_DIR / "en" / "parameters.toml").exists()
    assert "en" not in {key for key, _ in book.region_keys()}
    assert not any(key.startswith("en") for key, _ in book.region_keys())


def test_english_texts_read_as_english(english: PolicyBook) -> None:
    """Chinese only in brackets or quotes (terms and titles kept on purpose)."""
    found: list[str] = []
    for info in english.parameters():
        texts = [info.label, info.description, info.category, *(f.label for f in info.fields)]
        found += [f"{info.key}: {t}" for t in texts if stray_chinese(t)]
    for source in english.sources():
        texts = [source.title, source.issuer or "", source.note]
        found += [f"{source.id}: {t}" for t in texts if stray_chinese(t)]
    assert found == []
    assert not any(CHINESE_ONLY in info.label for info in english.parameters())


def test_english_field_labels_stay_distinct(english: PolicyBook) -> None:
    """The override editor finds a field by its label: two alike would be ambiguous."""
    for info in english.parameters():
        names = [f.name for f in info.fields] + [f.label for f in info.fields]
        assert len(set(names)) == len(names), info.key


def test_english_book_keeps_values_units_and_choices(book: PolicyBook, english: PolicyBook) -> None:
    """Rules compare the data: only the texts change."""
    for zh, en in zip(book.parameters(), english.parameters(), strict=True):
        assert (en.key, en.unit, en.value_type, en.choices) == (
            zh.key,
            zh.unit,
            zh.value_type,
            zh.choices,
        )
        assert [(f.name, f.unit, f.choices) for f in en.fields] == [
            (f.name, f.unit, f.choices) for f in zh.fields
        ]
    at = date(2026, 6, 1)
    for code in (None, "510100", "110000"):
        zh_rows = book.effective_rows(code, at)
        en_rows = english.effective_rows(code, at)
        assert [(r.info.key, r.value, r.region_key) for r in en_rows] == [
            (r.info.key, r.value, r.region_key) for r in zh_rows
        ]


def test_national_reads_nationwide(book: PolicyBook, english: PolicyBook) -> None:
    """Cities and provinces keep their names (place names); 全国 is not one."""
    assert english.region_name("national") == "Nationwide"
    assert book.region_name("national") == "全国"
    assert english.region_name("city-510100") == book.region_name("city-510100")
    row = english.require("family.scope", "510100", date(2026, 6, 1))
    assert row.region_name == "Nationwide"


def test_chinese_book_unchanged(book: PolicyBook, english: PolicyBook) -> None:
    info = book.info("resident.contribution.individual_min")
    assert info.label == "居民医保个人缴费标准（最低）"
    assert english.info(info.key).label == "Resident insurance: personal contribution (minimum)"
    assert (
        book.source("gbf-2024-38").title == "国务院办公厅关于健全基本医疗保险参保长效机制的指导意见"
    )


def test_official_titles_keep_the_chinese_beside_the_english(english: PolicyBook) -> None:
    assert english.source("gbf-2024-38").title == (
        "Guiding opinions of the General Office of the State Council on a long-term mechanism "
        f"for enrolment in basic medical insurance 《{GBF_2024_38}》"
    )
    # a Q&A page: the English gloss alone
    assert english.source("seed-003-unconfirmed").title == (
        "In what order family mutual aid pays (Q&A page)"
    )
    assert source_title("Notice", "关于印发《方案》的通知") == "Notice (关于印发《方案》的通知)"


def test_english_value_display(book: PolicyBook, catalogue: EnglishCatalogue) -> None:
    def shown(key: str, value: object) -> str:
        return catalogue.value_text(book.info(key), value)  # type: ignore[arg-type]

    assert shown("family.wallet_cross_province", True) == "Yes"
    assert shown("proxy.cancellable", False) == "No"
    assert shown("family.scope", ("配偶", "父母")) == "Spouse, Parents"
    assert shown("account.active.max_rate", Decimal("0.02")) == "2%"
    assert (
        shown("offsite.temporary.max_reduction_referral", Decimal("0.1")) == "10 percentage points"
    )
    assert (
        shown(
            "resident.collection.default_window",
            FrozenTable({"start_month": 9, "end_month": 12, "end_in_benefit_year": False}),
        )
        == "Start month: 9; End month: 12; Ends in the benefit year: No"
    )
    rows = (
        FrozenTable({"group": "老年人", "amount": Decimal("380"), "min_age": 60}),
        FrozenTable({"group": "学生儿童", "amount": Decimal("325"), "student": True}),
    )
    assert shown("resident.contribution.individual_by_group", rows) == (
        "Group: Older people; Personal contribution: 380 yuan/year; From age: 60 years"
        " | Group: Students and children; Personal contribution: 325 yuan/year;"
        " Students only: Yes"
    )
    assert shown("offsite.channels", ("电话",)) == "Telephone"
    assert catalogue.unit("元/月") == "yuan/month"


def test_every_value_in_the_english_book_displays_in_english(
    english: PolicyBook, catalogue: EnglishCatalogue
) -> None:
    found = [
        f"{row.info.key}: {text}"
        for row in english.entries()
        if row.entry.value is not None
        for text in [catalogue.value_text(row.info, row.entry.value)]
        if stray_chinese(text)
    ]
    assert found == []


def test_edit_text_reads_back_in_both_languages(book: PolicyBook, english: PolicyBook) -> None:
    """``parse_value(format_value(v)) == v`` for every value in the book: Chinese text with
    the Chinese book, English text (yes/no, ``, ``, ``; ``, English labels) with the English."""
    for zh_row, en_row in zip(book.entries(), english.entries(), strict=True):
        value = zh_row.entry.value
        if value is None:
            continue
        zh_text = format_value(zh_row.info, value)
        assert parse_value(zh_row.info, zh_text) == value, zh_text
        en_text = format_value(en_row.info, value, english=True)
        assert parse_value(en_row.info, en_text) == value, en_text
        if en_row.info.value_type is ValueType.BOOLEAN:
            assert en_text in ("yes", "no")


def test_chinese_value_text_unchanged(book: PolicyBook, english: PolicyBook) -> None:
    info = book.info("resident.collection.default_window")
    value = FrozenTable({"start_month": 9, "end_month": 12, "end_in_benefit_year": False})
    assert format_value(info, value) == "开始月份=9；截止月份=12；截止月在待遇年度内=否"
    assert format_value(book.info("family.scope"), ("配偶", "父母")) == "配偶、父母"
    scope = book.info("offsite.temporary.max_reduction_referral")
    assert format_value(scope, Decimal("0.1")) == "10个百分点"
    assert format_value(scope, Decimal("0.1"), english=True) == "10 percentage points"
    assert parse_value(scope, "10 percentage points") == Decimal("0.1")
    english_info = english.info("resident.collection.default_window")
    text = format_value(english_info, value, english=True)
    assert text == "Start month=9; End month=12; Ends in the benefit year=no"
    assert parse_value(english_info, text) == value


# ------------------------------------------------------------------ missing and stale


def test_missing_and_stale_texts_are_reported(mini: tuple[PolicyBook, EnglishCatalogue]) -> None:
    book, catalogue = mini
    problems = catalogue.problems(book)
    assert (
        "stale resident.contribution.individual_min description: written for "
        "'个人缴费（旧的说法）。', now '个人缴费。'" in problems
    )
    assert "missing retirement.required_years label" in problems
    assert "missing retirement.required_years.female_months label" in problems
    assert "missing category '退休缴费年限'" in problems
    assert "missing family.scope choice '父母'" in problems
    assert "missing source src-b title" in problems
    assert "missing resident.contribution.individual_min label" not in problems


def test_missing_and_stale_texts_show_the_chinese_marked(
    mini: tuple[PolicyBook, EnglishCatalogue],
) -> None:
    book, catalogue = mini
    english = english_book(book, catalogue)
    info = english.info("resident.contribution.individual_min")
    assert info.label == "Personal contribution (minimum)"
    assert info.description == f"个人缴费。 {CHINESE_ONLY}"  # stale: the Chinese changed
    assert info.category == "Resident insurance contributions"
    years = english.info("retirement.required_years")
    assert years.label == f"退休缴费年限 {CHINESE_ONLY}"
    assert years.category == f"退休缴费年限 {CHINESE_ONLY}"
    assert [f.label for f in years.fields] == ["Men", f"女性 {CHINESE_ONLY}", "Deemed years count"]
    assert english.source("src-a").title == "Source A 《来源 A》"
    assert english.source("src-b").title == f"来源 B {CHINESE_ONLY}"
    assert catalogue.value_text(english.info("family.scope"), ("配偶", "父母")) == "Spouse, 父母"
    assert catalogue.unit("天") == f"天 {CHINESE_ONLY}"


def test_obsolete_entries_are_reported(write_policy: WritePolicy) -> None:
    directory = write_policy()
    (directory / "en").mkdir()
    (directory / "en" / "sources.toml").write_text(
        '[source."gone"]\ntitle = "Gone"\nzh_title = "没了"\n', encoding="utf-8"
    )
    problems = load_english_catalogue(directory).problems(load_policy_book(directory))
    assert "obsolete source gone" in problems


def test_a_book_without_catalogue_is_all_marked(write_policy: WritePolicy) -> None:
    book = load_policy_book(write_policy())
    english = english_book(book, load_english_catalogue(Path(write_policy())))
    assert all(info.label.endswith(CHINESE_ONLY) for info in english.parameters())
    assert book.info("family.scope").label == "共济范围"  # the Chinese book is not touched


def test_with_texts_needs_the_same_keys(book: PolicyBook) -> None:
    with pytest.raises(ValueError):
        book.with_texts(book.parameters()[1:], book.sources())
