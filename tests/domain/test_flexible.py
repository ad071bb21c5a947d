"""Flexible-worker calculator (DOMAIN.md §9 seed figures)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.domain.history_helpers import shipped_book
from yibao.domain.flexible import FlexibleTier, default_base, monthly_contribution, quotes


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


def test_national_tiers_with_and_without_account() -> None:
    qs = quotes(shipped_book(), "330100", date(2024, 6, 1), Decimal(7000))
    by_tier = {q.tier: q for q in qs}
    with_account = by_tier[FlexibleTier.WITH_ACCOUNT]
    assert with_account.monthly == Decimal("700.00") and with_account.yearly == Decimal("8400.00")
    assert with_account.builds_account is True
    assert with_account.formula == "7,000.00 × 10% = 700.00"
    pooling = by_tier[FlexibleTier.POOLING_ONLY]
    assert pooling.monthly == Decimal("420.00") and pooling.builds_account is False


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
