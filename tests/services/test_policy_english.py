"""The policy book in the language the app runs in (issue 17): English from the parallel
catalogue when English is chosen, Chinese otherwise; the override editor reads both back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from yibao.domain import i18n as language
from yibao.domain.policy import FrozenTable
from yibao.services import policy
from yibao.services.database import Database

AT = date(2026, 6, 1)


@pytest.fixture
def english() -> Iterator[None]:
    language.set_language("en")
    yield
    language.set_language("zh_CN")


def test_chinese_by_default() -> None:
    assert language.language() == "zh_CN"
    info = policy.policy_book().info("family.wallet_cross_province")
    assert info.label == "医保钱包跨省共济"
    assert policy.value_text(info, True) == "是"
    assert policy.edit_text(info, True) == "是"
    assert policy.unit_text("元/年") == "元/年"


@pytest.mark.usefixtures("english")
def test_english_book_when_english_is_chosen() -> None:
    book = policy.policy_book()
    assert book is policy.policy_book()  # loaded once per language
    info = book.info("family.wallet_cross_province")
    assert info.label == "Medical insurance wallet across provinces"
    assert info.category == "Family mutual aid (家庭共济)"
    assert policy.value_text(info, True) == "Yes"
    assert policy.edit_text(info, True) == "yes"
    assert policy.unit_text("元/年") == "yuan/year"
    assert book.source("gbf-2024-38").title.startswith("Guiding opinions of the General Office")
    row = next(r for r in book.effective_rows("510100", AT) if r.info.key == info.key)
    assert row.info.label == info.label and row.value is True


def test_set_language_switches_back_and_forth() -> None:
    language.set_language("en")
    try:
        assert policy.policy_book().info("proxy.cancellable").label.startswith("Paying for")
    finally:
        language.set_language("zh_CN")
    assert policy.policy_book().info("proxy.cancellable").label == "代缴可撤销"
    language.set_language("fr")  # not offered: Chinese
    assert not language.is_english()


@pytest.mark.usefixtures("english")
def test_override_typed_from_the_english_editor_text(db: Database) -> None:
    key = "resident.collection.default_window"
    info = policy.policy_book().info(key)
    value = FrozenTable({"start_month": 10, "end_month": 12, "end_in_benefit_year": False})
    text = policy.edit_text(info, value)
    assert text == "Start month=10; End month=12; Ends in the benefit year=no"
    saved = policy.set_override(db, "city-510100", key, date(2026, 1, 1), text, "")
    assert saved.value == value
    rate = policy.set_override(
        db, "city-510100", "account.active.rate", date(2026, 1, 1), "2.5%", ""
    )
    assert rate.value == Decimal("0.025")
    rows = policy.policy_rows(db, "510100", AT)
    row = next(r for r in rows if r.info.key == key)
    assert row.overridden and policy.value_text(row.info, row.value) == (
        "Start month: 10; End month: 12; Ends in the benefit year: No"
    )
