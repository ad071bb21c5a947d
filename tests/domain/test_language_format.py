"""Dates, months, durations and quantities the domain writes, in the language set at start."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from yibao.domain import i18n
from yibao.domain.contributions import Month, years_text
from yibao.domain.policy.model import ValueType
from yibao.domain.policy.values import prose_scalar


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("zh_CN")


def test_chinese_is_the_default() -> None:
    assert i18n.language() == i18n.CHINESE
    assert i18n.day_text(date(2025, 3, 10)) == "2025年3月10日"
    assert i18n.month_text(2025, 3) == "2025年3月"
    assert years_text(303) == "25年3个月"
    assert years_text(24) == "2年"
    assert years_text(8) == "8个月"
    assert Month(2025, 3).label() == "2025年3月"


@pytest.mark.usefixtures("english")
def test_english_dates_are_iso_like_the_tables() -> None:
    assert i18n.is_english()
    assert i18n.day_text(date(2025, 3, 10)) == "2025-03-10"
    assert i18n.month_text(2025, 3) == "2025-03"
    assert Month(2025, 3).label() == "2025-03"


@pytest.mark.usefixtures("english")
def test_english_durations() -> None:
    assert years_text(303) == "25 years 3 months"
    assert years_text(13) == "1 year 1 month"
    assert years_text(24) == "2 years"
    assert years_text(8) == "8 months"
    assert years_text(0) == "0 months"
    assert years_text(-5) == "0 months"


def test_set_language_accepts_locale_names() -> None:
    i18n.set_language("en_US")
    try:
        assert i18n.is_english()
    finally:
        i18n.set_language("zh_CN")
    assert not i18n.is_english()


def test_prose_values_in_chinese() -> None:
    assert prose_scalar(ValueType.DECIMAL, Decimal(1000), "元") == "1000元"
    assert prose_scalar(ValueType.INTEGER, 3, "个月") == "3个月"
    assert prose_scalar(ValueType.DECIMAL, Decimal("0.085"), "%") == "8.5%"
    assert prose_scalar(ValueType.DATE, date(2026, 12, 31)) == "2026年12月31日"
    assert prose_scalar(ValueType.BOOLEAN, True) == "是"
    assert prose_scalar(ValueType.INTEGER, 9, "月") == "9月"


@pytest.mark.usefixtures("english")
def test_prose_values_in_english() -> None:
    # money as the app shows it elsewhere (format_yuan: ¥1,234.50), whole yuan without cents
    assert prose_scalar(ValueType.DECIMAL, Decimal(1000), "元") == "¥1,000"
    assert prose_scalar(ValueType.DECIMAL, Decimal(400), "元/年") == "¥400 a year"
    assert prose_scalar(ValueType.DECIMAL, Decimal("4396.9"), "元/月") == "¥4,396.9 a month"
    assert prose_scalar(ValueType.INTEGER, 3, "个月") == "3 months"
    assert prose_scalar(ValueType.INTEGER, 1, "个月") == "1 month"
    assert prose_scalar(ValueType.INTEGER, 90, "天") == "90 days"
    assert prose_scalar(ValueType.DECIMAL, Decimal("0.085"), "%") == "8.5%"
    assert prose_scalar(ValueType.DECIMAL, Decimal("0.1"), "个百分点") == "10 percentage points"
    assert prose_scalar(ValueType.DATE, date(2026, 12, 31)) == "2026-12-31"
    assert prose_scalar(ValueType.BOOLEAN, False) == "no"
    assert prose_scalar(ValueType.INTEGER, 9, "月") == "September"
    assert prose_scalar(ValueType.INTEGER, 60, "周岁") == "60 years old"
    assert i18n.list_text(["特困人员", "孤儿"]) == "特困人员, 孤儿"


def test_a_message_inside_a_message_reads_chinese_as_before() -> None:
    rule = i18n.Message("{region}的规定", {"region": "泸州市"})
    parts = (i18n.Message("第一句。"), i18n.Message("第{n}句。", {"n": 2}))
    assert str(rule) == "泸州市的规定"
    assert i18n.fill("按{rule}：{more}", {"rule": rule, "more": parts}) == (
        "按泸州市的规定：第一句。第2句。"
    )


def test_written_and_items_are_the_chinese_without_a_translator() -> None:
    """What a saved case keeps (``written``) is the filled Chinese template when the app runs
    in Chinese; a list param (``Items``) is its items joined with 、."""
    from yibao.domain.i18n import Items, Message, fill, written

    names = Items(["李建国", "王秀英"])
    assert names == "李建国、王秀英" and names.parts == ("李建国", "王秀英")
    params = {"year": 2025, "names": names, "why": Message("{n} 人", {"n": 2})}
    assert written("代缴 {year} 年度居民医保（{names}）{why}", params) == (
        "代缴 2025 年度居民医保（李建国、王秀英）2 人"
    )
    assert written("{x}", {"x": "a"}) == fill("{x}", {"x": "a"})


def test_refund_dates_follow_the_language() -> None:
    """Issue 17: "… by 2025年3月10日" in the English refund result."""
    from yibao.domain.refund import cn_date

    assert cn_date(date(2025, 3, 10)) == "2025年3月10日"
    i18n.set_language("en")
    try:
        assert cn_date(date(2025, 3, 10)) == "2025-03-10"
    finally:
        i18n.set_language("zh_CN")
