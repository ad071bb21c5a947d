"""Flexible-worker calculator (DOMAIN.md §9 seed figures)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.domain.history_helpers import shipped_book
from yibao.domain.flexible import (
    FlexibleTier,
    RateError,
    default_base,
    has_local_rate,
    monthly_contribution,
    parse_rate_percent,
    quotes,
    user_quote,
)


@pytest.mark.parametrize(
    ("base", "rate", "extra", "monthly"),
    [
        ("7000", "0.10", "0", "700.00"),
        ("4494", "0.08", "5", "364.52"),
        ("4494", "0.08", "13", "372.52"),
        ("4242", "0.09", "0", "381.78"),
        ("4396.9", "0.06", "0", "263.81"),
    ],
)
def test_seed_figures(base: str, rate: str, extra: str, monthly: str) -> None:
    assert monthly_contribution(Decimal(base), Decimal(rate), Decimal(extra)) == Decimal(monthly)


def test_no_national_rate_to_fall_back_on() -> None:
    """The seeds' 10 % / 6 % are examples, not every city's rate (POLICY-REVIEW §1 #7)."""
    book = shipped_book()
    assert quotes(book, "430102", date(2024, 6, 1), Decimal(7000)) == []  # 长沙: nothing local
    assert not has_local_rate(book, "430102", date(2024, 6, 1))
    assert has_local_rate(book, "330106", date(2025, 6, 1))


def test_city_rates_from_their_own_files() -> None:
    book = shipped_book()
    (hangzhou,) = quotes(book, "330106", date(2025, 6, 1), Decimal(4812))
    assert hangzhou.rate == Decimal("0.095") and hangzhou.monthly == Decimal("457.14")
    assert hangzhou.rate_rule is not None and hangzhou.rate_rule.region_key == "city-330100"
    (wuhan,) = quotes(book, "420102", date(2022, 6, 1), Decimal(6795), Decimal(7))
    assert wuhan.monthly == Decimal("414.70")  # 6795 × 6 % + 7 元大额
    assert wuhan.formula == "6,795.00 × 6% + 7.00 = 414.70"


def test_user_rate_when_the_book_has_none() -> None:
    q = user_quote(Decimal(7000), parse_rate_percent("８％"))
    assert q.rate == Decimal("0.08") and q.monthly == Decimal("560.00")
    assert q.yearly == Decimal("6720.00") and q.rate_from_user and q.builds_account is None
    assert q.formula == "7,000.00 × 8% = 560.00"


@pytest.mark.parametrize(
    ("text", "rate"),
    [("8", "0.08"), ("8%", "0.08"), ("９．５％", "0.095"), (" 6.5 % ", "0.065"), ("30", "0.30")],
)
def test_parse_rate_percent(text: str, rate: str) -> None:
    assert parse_rate_percent(text) == Decimal(rate)


@pytest.mark.parametrize("text", ["abc", "", "0", "-2", "31", "0.08%x", "NaN", "Infinity"])
def test_parse_rate_percent_rejects(text: str) -> None:
    with pytest.raises(RateError) as caught:
        parse_rate_percent(text)
    assert "比例" in caught.value.message


def test_extra_major_illness_amount() -> None:
    (q, *_) = [
        q
        for q in quotes(shipped_book(), "510500", date(2024, 6, 1), Decimal(4494), Decimal(5))
        if q.tier is FlexibleTier.POOLING_ONLY
    ]
    assert q.rate == Decimal("0.08")  # 四川 2024 (inferred, unconfirmed)
    assert q.monthly == Decimal("364.52")
    assert q.formula == "4,494.00 × 8% + 5.00 = 364.52"
    assert q.rate_rule.source is not None


def test_jinan_general_rate_and_published_base() -> None:
    at = date(2023, 6, 1)
    base = default_base(shipped_book(), "370100", at)
    assert base is not None and base.value == Decimal("4242")
    qs = quotes(shipped_book(), "370100", at, Decimal(4242))
    assert qs[0].tier is FlexibleTier.GENERAL
    assert qs[0].monthly == Decimal("381.78") and qs[0].builds_account is None


@given(
    base=st.decimals(min_value=0, max_value=100000, places=2),
    rate=st.decimals(min_value=0, max_value=Decimal("0.2"), places=3),
)
def test_monthly_is_rounded_to_cent_and_yearly_twelve_times(base: Decimal, rate: Decimal) -> None:
    monthly = monthly_contribution(base, rate)
    assert monthly == monthly.quantize(Decimal("0.01"))
    assert abs(monthly - base * rate) <= Decimal("0.005")
