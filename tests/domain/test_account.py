"""Personal account crediting, explanation, mismatch flags, balance and projection (§2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.domain.history_helpers import member, months, record, shipped_book
from yibao.domain.account import account_summary, check_credits, compute_credit
from yibao.domain.contributions import AccountMovement, MemberHistory, Month, MovementKind
from yibao.domain.people import Scheme


def test_seed_004_base_6000_age_35_before_reform() -> None:
    m = member(region="510500", birth=date(1985, 1, 1))
    c = compute_credit(shipped_book(), m, Scheme.EMPLOYEE_ACTIVE, Month(2020, 6), Decimal(6000))
    assert c.amount == Decimal("180.00")
    assert "2% × 6,000.00 + 1% × 6,000.00 = 120.00 + 60.00 = 180.00" in c.explanation
    assert "35 岁" in c.rule and "来源：" in c.explanation


def test_after_reform_own_two_percent() -> None:
    m = member(region="510500")
    c = compute_credit(shipped_book(), m, Scheme.EMPLOYEE_ACTIVE, Month(2024, 3), Decimal(6000))
    assert c.amount == Decimal("120.00")
    assert c.formula == "2% × 6,000.00 = 120.00"
    assert "国办发〔2021〕14号" in c.explanation


@pytest.mark.parametrize(
    ("month", "expected", "rate"),
    [(Month(2022, 11), Decimal("500.00"), "5%"), (Month(2022, 12), Decimal("200.00"), "2%")],
)
def test_shenzhen_cut_from_5_to_2_percent(month: Month, expected: Decimal, rate: str) -> None:
    m = member(region="440300")
    c = compute_credit(shipped_book(), m, Scheme.EMPLOYEE_ACTIVE, month, Decimal(10000))
    assert c.amount == expected
    assert c.formula.startswith(rate) and "深圳" in c.rule


@pytest.mark.parametrize(
    ("month", "expected"),
    [(Month(2022, 12), Decimal("260.00")), (Month(2023, 1), Decimal("83.00"))],
)
def test_wuhan_retiree_260_to_83(month: Month, expected: Decimal) -> None:
    m = member(region="420100", scheme=Scheme.EMPLOYEE_RETIRED, birth=date(1955, 3, 1))
    c = compute_credit(shipped_book(), m, Scheme.EMPLOYEE_RETIRED, month, None)
    assert c.amount == expected
    assert "定额" in c.rule and "权威媒体报道" in c.explanation


def test_retiree_without_local_amount_is_not_guessed() -> None:
    m = member(region="510500", scheme=Scheme.EMPLOYEE_RETIRED)
    c = compute_credit(shipped_book(), m, Scheme.EMPLOYEE_RETIRED, Month(2024, 1), None)
    assert c.amount is None and "定额" in c.rule


def test_no_account_schemes() -> None:
    m = member(scheme=Scheme.RESIDENT)
    c = compute_credit(shipped_book(), m, Scheme.RESIDENT, Month(2024, 1), None)
    assert c.amount == 0 and "没有个人账户" in c.rule


def test_recorded_credit_that_differs_is_flagged_not_overwritten() -> None:
    m = member(region="510500")
    recs = [record("2024-01", credited="120"), record("2024-02", credited="150")]
    checks = check_credits(shipped_book(), m, recs)
    assert [c.differs for c in checks] == [False, True]
    assert checks[1].effective == Decimal("150")  # the statement wins in the balance
    assert checks[1].computed.amount == Decimal("120.00")


def test_balance_over_time_and_projection() -> None:
    m = member(region="510500")
    history = MemberHistory(1, 0, Decimal("1000.00"), date(2024, 1, 1))
    recs = months("2024-01", "2024-03")
    spent = [AccountMovement(1, date(2024, 2, 10), MovementKind.LTC, Decimal("50"))]
    s = account_summary(shipped_book(), m, history, recs, spent, date(2024, 4, 15))
    assert [str(p.month) for p in s.points] == ["2024-01", "2024-02", "2024-03", "2024-04"]
    assert [p.balance for p in s.points] == [Decimal(x) for x in ("1120", "1190", "1310", "1310")]
    assert len(s.projection) == 12
    assert s.projection[0].month == Month(2024, 5)
    assert s.projection[-1].balance == Decimal("1310") + 12 * Decimal("120")
    assert s.monthly_credit_now is not None and s.monthly_credit_now.amount == Decimal("120.00")
    assert s.mismatches == ()


def test_credits_before_the_opening_balance_are_not_counted_twice() -> None:
    m = member(region="510500")
    history = MemberHistory(1, 0, Decimal("500.00"), date(2024, 3, 1))
    s = account_summary(
        shipped_book(), m, history, months("2024-01", "2024-03"), [], date(2024, 3, 20)
    )
    assert s.balance == Decimal("620.00")


@pytest.mark.parametrize("region", ["440300", "420100", "510500", None])
def test_rule_cache_answers_like_the_book(region: str | None) -> None:
    from yibao.domain.account import RuleCache
    from yibao.domain.policy import Override

    book = shipped_book()
    overrides = [Override("city-440300", "account.active.rate", date(2023, 7, 1), Decimal("0.03"))]
    cache = RuleCache(book, overrides)
    keys = ["account.active.rate", "account.retired.monthly_amount", "account.active.max_rate"]
    for year in range(1999, 2027):
        for month in (1, 4, 7, 12):
            for key in keys:
                at = date(year, month, 1)
                assert cache.resolve(key, region, at) == book.resolve(key, region, at, overrides)
