from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yibao.domain.money import (
    MAX_YUAN,
    AmountError,
    format_yuan,
    from_fen,
    parse_yuan,
    round_yuan,
    to_fen,
    yuan_from_float,
)

D = Decimal

# Two-place amounts within what a person could type (|x| ≤ 1 亿元).
amounts = st.integers(min_value=-10_000_000_000, max_value=10_000_000_000).map(from_fen)


# --- round_yuan -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("263.814", "263.81"),
        ("263.815", "263.82"),
        ("0.005", "0.01"),
        ("-0.005", "-0.01"),
        ("2.675", "2.68"),
        ("-0.004", "0.00"),
        ("12", "12.00"),
    ],
)
def test_round_yuan_half_up(value: str, expected: str) -> None:
    result = round_yuan(D(value))
    assert result == D(expected)
    assert str(result) == expected  # exactly two places, never "-0.00"


def test_round_yuan_rejects_nan_and_float() -> None:
    with pytest.raises(AmountError) as info:
        round_yuan(D("NaN"))
    assert info.value.code == "not_finite"
    with pytest.raises(TypeError):
        round_yuan(1.5)  # type: ignore[arg-type]


# --- DOMAIN.md worked examples ------------------------------------------------------------


def test_domain_examples() -> None:
    assert round_yuan(D("4494") * D("0.08")) == D("359.52")
    assert round_yuan(D("359.52") + 5) == D("364.52")
    assert round_yuan(D("4242") * D("0.09")) == D("381.78")
    # 4396.9 × 6 % = 263.814 → 263.81
    assert round_yuan(D("4396.9") * D("0.06")) == D("263.81")
    assert to_fen(round_yuan(D("4494") * D("0.08")) + 5) == 36452
    assert format_yuan(D("364.52")) == "¥364.52"


# --- to_fen / from_fen --------------------------------------------------------------------


def test_to_fen_accepts_decimal_int_str() -> None:
    assert to_fen(D("364.52")) == 36452
    assert to_fen(D("0.005")) == 1  # half-up
    assert to_fen(12) == 1200
    assert to_fen("12.3") == 1230
    assert to_fen("-380") == -38000
    assert to_fen(" 0.01 ") == 1


@pytest.mark.parametrize("bad", [1.5, True, None, [1]])
def test_to_fen_rejects_non_money_types(bad: object) -> None:
    with pytest.raises(TypeError):
        to_fen(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "¥12", "1,234", "12元", "1e3", "NaN", "abc", "1.2.3", "."])
def test_to_fen_str_is_strict(text: str) -> None:
    with pytest.raises(AmountError):
        to_fen(text)


def test_to_fen_str_rejects_third_decimal() -> None:
    with pytest.raises(AmountError) as info:
        to_fen("1.005")
    assert info.value.code == "too_many_places"
    assert to_fen("1.500") == 150  # trailing zeros change nothing


def test_from_fen_has_two_places() -> None:
    assert str(from_fen(36452)) == "364.52"
    assert str(from_fen(5)) == "0.05"
    assert str(from_fen(0)) == "0.00"
    assert str(from_fen(-38000)) == "-380.00"
    with pytest.raises(TypeError):
        from_fen(1.0)  # type: ignore[arg-type]


@given(st.integers())
def test_fen_round_trip(fen: int) -> None:
    yuan = from_fen(fen)
    assert yuan.as_tuple().exponent == -2
    assert to_fen(yuan) == fen


# --- parse_yuan ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", "12.00"),
        (" 12 ", "12.00"),
        ("1,234.5", "1234.50"),
        ("1,234,567.89", "1234567.89"),
        ("¥12", "12.00"),
        ("￥12.5", "12.50"),
        ("12元", "12.00"),
        ("¥ 1,234.50 元", "1234.50"),
        ("１２３．４５", "123.45"),
        ("１，２３４．５", "1234.50"),
        ("0.5", "0.50"),
        (".5", "0.50"),
        ("12.", "12.00"),
        ("12.500", "12.50"),
        ("100000000", "100000000.00"),
        ("RMB 8", "8.00"),
        ("0", "0.00"),
        ("-0", "0.00"),
    ],
)
def test_parse_yuan_accepts(text: str, expected: str) -> None:
    result = parse_yuan(text)
    assert result == D(expected)
    assert str(result) == expected


@pytest.mark.parametrize("text", ["-380", "-¥380", "¥-380", "－３８０", "−380.00"])
def test_parse_yuan_negative_when_allowed(text: str) -> None:
    assert parse_yuan(text, allow_negative=True) == D("-380")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("¥", "empty"),
        ("abc", "invalid"),
        ("12a", "invalid"),
        ("NaN", "invalid"),
        ("Infinity", "invalid"),
        ("inf", "invalid"),
        ("1e5", "invalid"),
        ("-", "invalid"),
        ("+-5", "invalid"),
        ("--5", "invalid"),
        ("1.2.3", "multiple_points"),
        ("1.234", "too_many_places"),
        ("12,34", "grouping"),
        ("1,2345.00", "grouping"),
        ("-380", "negative"),
        ("100000000.01", "too_large"),
        ("999999999999", "too_large"),
    ],
)
def test_parse_yuan_rejects(text: str, code: str) -> None:
    with pytest.raises(AmountError) as info:
        parse_yuan(text)
    error = info.value
    assert error.code == code
    assert error.message == error.template.format(**error.params)
    assert str(error) == error.message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error.message)  # Chinese text


def test_parse_yuan_too_many_places_message_says_how_many() -> None:
    with pytest.raises(AmountError) as info:
        parse_yuan("1.234")
    assert "2 位小数" in info.value.message
    with pytest.raises(AmountError) as info:
        parse_yuan("1.23", max_places=1)
    assert info.value.params == {"places": "1"}
    with pytest.raises(AmountError) as info:
        parse_yuan("1.5", max_places=0)
    assert info.value.code == "too_many_places"


def test_parse_yuan_more_places_when_asked() -> None:
    assert parse_yuan("0.1234", max_places=4) == D("0.1234")
    assert str(parse_yuan("1", max_places=4)) == "1.0000"


@given(amounts)
def test_parse_format_round_trip(value: Decimal) -> None:
    assert parse_yuan(format_yuan(value), allow_negative=True) == value
    assert parse_yuan(format_yuan(value, symbol=False), allow_negative=True) == value


@given(st.text(max_size=12))
def test_parse_yuan_only_raises_amount_error(text: str) -> None:
    try:
        result = parse_yuan(text, allow_negative=True)
    except AmountError:
        return
    assert abs(result) <= MAX_YUAN
    assert result == round_yuan(result)


# --- yuan_from_float ----------------------------------------------------------------------


def test_yuan_from_float_uses_decimal_text() -> None:
    assert yuan_from_float(364.52) == D("364.52")
    assert str(yuan_from_float(364.52)) == "364.52"
    assert yuan_from_float(0.1 + 0.2) == D("0.30")
    assert yuan_from_float(2.675) == D("2.68")  # Decimal(2.675) would give 2.67
    assert yuan_from_float(4494 * 0.08) == D("359.52")
    assert yuan_from_float(12) == D("12.00")


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_yuan_from_float_rejects_non_finite(bad: float) -> None:
    with pytest.raises(AmountError):
        yuan_from_float(bad)


@given(st.integers(min_value=-(10**13), max_value=10**13))
def test_yuan_from_float_round_trips_two_place_strings(fen: int) -> None:
    text = str(from_fen(fen))
    assert yuan_from_float(float(text)) == D(text)


# --- format_yuan --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "symbol", "expected"),
    [
        ("1234.5", True, "¥1,234.50"),
        ("-380", True, "-¥380.00"),
        ("0", True, "¥0.00"),
        ("-0.001", True, "¥0.00"),
        ("1234.5", False, "1,234.50"),
        ("-1234567.891", False, "-1,234,567.89"),
        ("0.005", True, "¥0.01"),
    ],
)
def test_format_yuan(value: str, symbol: bool, expected: str) -> None:
    assert format_yuan(D(value), symbol=symbol) == expected
