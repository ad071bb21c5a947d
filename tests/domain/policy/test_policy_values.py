"""parse_value / format_value: the override editor's text ↔ typed values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yibao.domain.policy import (
    FieldSpec,
    ParameterInfo,
    PolicyValue,
    PolicyValueError,
    ValueType,
    format_value,
    parse_value,
)
from yibao.domain.policy.values import FIELD_SEPARATORS, KEY_VALUE_SEPARATORS


def make_info(
    value_type: ValueType,
    unit: str = "",
    fields: tuple[FieldSpec, ...] = (),
    choices: tuple[str, ...] = (),
) -> ParameterInfo:
    return ParameterInfo(
        key="test.key",
        label="测试",
        unit=unit,
        value_type=value_type,
        category="测试",
        description="测试参数。",
        fields=fields,
        choices=choices,
    )


MONEY = make_info(ValueType.DECIMAL, "元/年")
RATE = make_info(ValueType.DECIMAL, "%")
POINTS = make_info(ValueType.DECIMAL, "个百分点")
MONTHS = make_info(ValueType.INTEGER, "个月")
FLAG = make_info(ValueType.BOOLEAN)
DAY = make_info(ValueType.DATE, "日期")
TEXT = make_info(ValueType.TEXT)
CHOICE = make_info(ValueType.TEXT, choices=("按月", "按年"))
LIST = make_info(ValueType.TEXT_LIST)
BAND_FIELDS = (
    FieldSpec("min_age", ValueType.INTEGER, "起始年龄", "岁"),
    FieldSpec("max_age", ValueType.INTEGER, "截止年龄", "岁", optional=True),
    FieldSpec("rate", ValueType.DECIMAL, "划入比例", "%"),
    FieldSpec("since", ValueType.DATE, "起始日期", optional=True),
    FieldSpec("deemed", ValueType.BOOLEAN, "含视同", optional=True),
    FieldSpec("label", ValueType.TEXT, "说明", optional=True),
)
TABLE = make_info(ValueType.TABLE, fields=BAND_FIELDS)
TABLE_LIST = make_info(ValueType.TABLE_LIST, fields=BAND_FIELDS)

# ------------------------------------------------------------------ examples


@pytest.mark.parametrize(
    ("info", "text", "expected"),
    [
        (MONEY, "400", Decimal(400)),
        (MONEY, " 400元 ", Decimal(400)),
        (MONEY, "400元/年", Decimal(400)),
        (MONEY, "４３９６．９", Decimal("4396.9")),
        (MONEY, "1,000.50", Decimal("1000.50")),
        (MONEY, "24,264", Decimal(24264)),
        (RATE, "2%", Decimal("0.02")),
        (RATE, "2", Decimal("0.02")),
        (RATE, "２％", Decimal("0.02")),
        (RATE, "0.8%", Decimal("0.008")),
        (RATE, "300%", Decimal(3)),
        (POINTS, "10个百分点", Decimal("0.10")),
        (POINTS, "10", Decimal("0.10")),
        (MONTHS, "6", 6),
        (MONTHS, "６个月", 6),
        (MONTHS, "3月", 3),
        (FLAG, "是", True),
        (FLAG, "否", False),
        (FLAG, "TRUE", True),
        (FLAG, "no", False),
        (DAY, "2024-09-01", date(2024, 9, 1)),
        (DAY, "2024/9/1", date(2024, 9, 1)),
        (DAY, "2025年2月28日", date(2025, 2, 28)),
        (DAY, "２０２５－０２－２８", date(2025, 2, 28)),
        (TEXT, "  长期有效（至变更）  ", "长期有效（至变更）"),
        (CHOICE, "按年", "按年"),
        (LIST, "配偶, 父母，子女、兄弟姐妹", ("配偶", "父母", "子女", "兄弟姐妹")),
        (LIST, "", ()),
        (
            TABLE,
            "min_age=0; max_age=34; rate=0.8%",
            {"min_age": 0, "max_age": 34, "rate": Decimal("0.008")},
        ),
        (
            TABLE,
            "起始年龄＝45；划入比例＝２％；含视同=是",
            {"min_age": 45, "rate": Decimal("0.02"), "deemed": True},
        ),
        (
            TABLE_LIST,
            "起始年龄=0；截止年龄=69；划入比例=4.3% | 起始年龄=70；划入比例=4.8%",
            (
                {"min_age": 0, "max_age": 69, "rate": Decimal("0.043")},
                {"min_age": 70, "rate": Decimal("0.048")},
            ),
        ),
        (
            TABLE_LIST,
            "min_age=1; rate=1\nmin_age=2; rate=2",
            (
                {"min_age": 1, "rate": Decimal("0.01")},
                {"min_age": 2, "rate": Decimal("0.02")},
            ),
        ),
        (TABLE_LIST, "", ()),
    ],
)
def test_parse_examples(info: ParameterInfo, text: str, expected: PolicyValue) -> None:
    assert parse_value(info, text) == expected


@pytest.mark.parametrize(
    ("info", "value", "text"),
    [
        (MONEY, Decimal("4396.90"), "4396.9"),
        (MONEY, Decimal("400"), "400"),
        (MONEY, Decimal("1E+3"), "1000"),
        (RATE, Decimal("0.02"), "2%"),
        (RATE, Decimal("0.008"), "0.8%"),
        (RATE, Decimal("3.00"), "300%"),
        (POINTS, Decimal("0.10"), "10个百分点"),
        (MONTHS, 6, "6"),
        (FLAG, True, "是"),
        (FLAG, False, "否"),
        (DAY, date(1996, 12, 31), "1996-12-31"),
        (LIST, ("配偶", "父母"), "配偶、父母"),
        (TABLE, {"min_age": 45, "rate": Decimal("0.02")}, "起始年龄=45；划入比例=2%"),
        (
            TABLE_LIST,
            ({"min_age": 0, "rate": Decimal("0.043")}, {"min_age": 70, "rate": Decimal("0.048")}),
            "起始年龄=0；划入比例=4.3% | 起始年龄=70；划入比例=4.8%",
        ),
    ],
)
def test_format_examples(info: ParameterInfo, value: PolicyValue, text: str) -> None:
    assert format_value(info, value) == text


@pytest.mark.parametrize(
    ("info", "text", "message"),
    [
        (MONEY, "", "不能为空"),
        (MONEY, "四百", "请输入数字"),
        (MONEY, "1.2.3", "请输入数字"),
        (RATE, "two%", "例如 2%"),
        (MONTHS, "6.5", "请输入整数"),
        (FLAG, "也许", "请输入“是”或“否”"),
        (DAY, "2025-02-30", "请输入有效日期"),
        (DAY, "明天", "请输入有效日期"),
        (TEXT, "   ", "不能为空"),
        (CHOICE, "按季", "“按季”不是可选值，可选：按月、按年"),
        (LIST, "配偶,,父母", "列表中有空项"),
        (TABLE, "min_age=1", "缺少字段“划入比例”"),
        (TABLE, "min_age=1; rate=2%; colour=red", "未知字段“colour”"),
        (TABLE, "min_age=1; 起始年龄=2; rate=1", "字段“起始年龄”重复"),
        (TABLE, "min_age 1; rate=1", "格式应为 字段=值"),
        (TABLE, "min_age=x; rate=1", "字段“起始年龄”：请输入整数"),
    ],
)
def test_parse_errors_are_chinese(info: ParameterInfo, text: str, message: str) -> None:
    with pytest.raises(PolicyValueError) as caught:
        parse_value(info, text)
    assert message in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_format_rejects_wrong_shapes() -> None:
    with pytest.raises(TypeError):
        format_value(MONEY, ("a",))
    with pytest.raises(TypeError):
        format_value(LIST, "a")
    with pytest.raises(TypeError):
        format_value(TABLE, ("a",))
    with pytest.raises(TypeError):
        format_value(TABLE_LIST, {"min_age": 1})


# ------------------------------------------------------------------ round trips

_SEPARATORS = set("、,，" + FIELD_SEPARATORS + "|｜\n" + KEY_VALUE_SEPARATORS)
items = (
    st.text(
        alphabet=st.sampled_from("配偶父母子女长期临时按月年（）()-_/. abcXYZ0123456789"),
        min_size=1,
        max_size=12,
    )
    .map(str.strip)
    .filter(lambda s: bool(s) and not (_SEPARATORS & set(s)))
)
decimals = st.decimals(
    min_value=Decimal(-(10**9)), max_value=Decimal(10**9), places=6, allow_nan=False
)
rates = st.decimals(min_value=Decimal(0), max_value=Decimal(5), places=6, allow_nan=False)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def band_rows(draw: st.DrawFn) -> dict[str, object]:
    row: dict[str, object] = {"min_age": draw(st.integers(0, 120)), "rate": draw(rates)}
    if draw(st.booleans()):
        row["max_age"] = draw(st.integers(0, 120))
    if draw(st.booleans()):
        row["since"] = draw(dates)
    if draw(st.booleans()):
        row["deemed"] = draw(st.booleans())
    if draw(st.booleans()):
        row["label"] = draw(items)
    return row


def round_trip(info: ParameterInfo, value: PolicyValue) -> None:
    text = format_value(info, value)
    assert parse_value(info, text) == value, text
    assert format_value(info, parse_value(info, text)) == text


@given(decimals)
def test_money_round_trip(value: Decimal) -> None:
    round_trip(MONEY, value)


@given(decimals)
def test_rate_round_trip(value: Decimal) -> None:
    round_trip(RATE, value)
    round_trip(POINTS, value)


@given(st.integers(-(10**12), 10**12))
def test_integer_round_trip(value: int) -> None:
    round_trip(MONTHS, value)


@given(st.booleans())
def test_boolean_round_trip(value: bool) -> None:
    round_trip(FLAG, value)


@given(dates)
def test_date_round_trip(value: date) -> None:
    round_trip(DAY, value)


@given(st.text(min_size=1).map(str.strip).filter(bool))
def test_text_round_trip(value: str) -> None:
    round_trip(TEXT, value)


@given(st.lists(items, max_size=6).map(tuple))
def test_text_list_round_trip(value: tuple[str, ...]) -> None:
    round_trip(LIST, value)


@given(band_rows())
def test_table_round_trip(value: dict[str, object]) -> None:
    parsed = parse_value(TABLE, format_value(TABLE, value))  # type: ignore[arg-type]
    assert parsed == value


@given(st.lists(band_rows(), max_size=4))
def test_table_list_round_trip(rows: list[dict[str, object]]) -> None:
    value = tuple(rows)
    parsed = parse_value(TABLE_LIST, format_value(TABLE_LIST, value))  # type: ignore[arg-type]
    assert parsed == value
