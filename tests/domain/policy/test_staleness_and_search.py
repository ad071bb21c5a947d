"""待核验 (checked over 12 months ago, or an earlier benefit year's figure) and finding a
value by its value or name at any date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from yibao.domain.policy import (
    Override,
    PolicyBook,
    StaleReason,
    resolved_staleness,
    search_values,
    staleness,
)
from yibao.domain.policy.coverage import is_benefit_year
from yibao.domain.policy.search import overrides_as_rows

CHENGDU = "510104"


def test_benefit_year_parameters_are_flagged_in_the_catalogue(book: PolicyBook) -> None:
    flagged = {info.key for info in book.parameters() if info.benefit_year}
    assert flagged == {
        "resident.contribution.individual_min",
        "resident.contribution.individual_by_group",
        "resident.contribution.fiscal_subsidy_min",
        "resident.contribution.fiscal_subsidy_increase",
        "resident.collection.period",
        # its description says 按待遇年度记录: the start month of one benefit year's period
        "resident.benefit_period.start_month",
        "flexible.renewal_window",
    }
    # the usual months of a collection period are not one benefit year's figure
    assert not book.info("resident.collection.default_window").benefit_year
    assert not book.info("family.min_retained_balance").benefit_year
    # the coverage table reads the same flag
    assert all(is_benefit_year(info) == info.benefit_year for info in book.parameters())


def test_a_benefit_period_rule_that_ended_last_year_is_stale(book: PolicyBook) -> None:
    """Bug: staleness knew the benefit-year parameters by key prefix and missed
    resident.benefit_period.start_month, which the coverage table counts as one."""
    info = book.info("resident.benefit_period.start_month")
    stale = staleness(info, date(2026, 12, 1), date(2025, 12, 31), date(2026, 12, 1))
    assert stale is not None and stale.reasons == (StaleReason.SERIES_ENDED,)
    assert stale.last_year == 2025
    # an ordinary rule that ended is not "an earlier year's figure"
    scope = book.info("family.scope")
    assert staleness(scope, date(2026, 12, 1), date(2025, 12, 31), date(2026, 12, 1)) is None


def test_checked_more_than_twelve_months_ago_is_stale(book: PolicyBook) -> None:
    key = book.info("family.min_retained_balance")
    assert staleness(key, date(2026, 12, 1), None, date(2027, 12, 1)) is None  # exactly 12
    stale = staleness(key, date(2026, 12, 1), None, date(2027, 12, 2))
    assert stale is not None and stale.reasons == (StaleReason.CHECKED_LONG_AGO,)
    assert "2026-12-01" in stale.text and "12个月" in stale.text
    # 29 February: a year later is 28 February
    assert staleness(key, date(2024, 2, 29), None, date(2025, 2, 28)) is None
    assert staleness(key, date(2024, 2, 28), None, date(2025, 3, 1)) is not None
    # the user's own value is never stale by date
    assert staleness(key, date(2020, 1, 1), None, date(2027, 1, 1), overridden=True) is None


def test_a_benefit_year_series_ending_before_this_year_is_stale(book: PolicyBook) -> None:
    # 成都 2027: the book's latest is the national 2025 figure (ends 2025-12-31)
    resolved = book.require("resident.contribution.individual_min", CHENGDU, date(2025, 1, 1))
    assert resolved.effective_to == date(2025, 12, 31)
    stale = resolved_staleness(resolved, date(2026, 12, 1))
    assert stale is not None and stale.reasons == (StaleReason.SERIES_ENDED,)
    assert stale.last_year == 2025
    assert "只到 2025 年度" in stale.text and "2026 年度" in stale.text
    # in 2025 itself it was current
    assert resolved_staleness(resolved, date(2025, 10, 1)) is None
    # 北京 2026 by group: closed at 2027, current in 2026, stale (and long unchecked) in 2028
    beijing = book.require("resident.contribution.individual_by_group", "110105", date(2026, 1, 1))
    assert resolved_staleness(beijing, date(2026, 12, 1)) is None
    later = resolved_staleness(beijing, date(2028, 1, 2))
    assert later is not None
    assert set(later.reasons) == {StaleReason.CHECKED_LONG_AGO, StaleReason.SERIES_ENDED}
    # a non-benefit-year rule that simply continues is not stale by its end
    scope = book.require("family.scope", CHENGDU, date(2026, 12, 1))
    assert resolved_staleness(scope, date(2026, 12, 1)) is None


def test_search_finds_400_at_any_date(book: PolicyBook) -> None:
    found = search_values(book, CHENGDU, "400")
    rows = [
        (r.region_key, r.effective_from.year)
        for r in found
        if r.info.key == "resident.contribution.individual_min"
    ]
    # 成都's own figures first, then 四川's, then the national minimums of every year
    assert rows[0] == ("city-510100", 2026)
    assert [row for row in rows if row[0] == "national"] == [("national", 2025), ("national", 2024)]
    # the 2024 national entry is not in force today: the search is not today's resolution
    in_force = book.resolve("resident.contribution.individual_min", CHENGDU, date(2026, 12, 1))
    assert in_force is not None and in_force.region_key == "city-510100"
    # full-width digits and a unit are fine
    wide = search_values(book, CHENGDU, "４００元")
    assert [
        (r.region_key, r.effective_from)
        for r in wide
        if r.info.key == "resident.contribution.individual_min"
    ] == [
        (r.region_key, r.effective_from)
        for r in found
        if r.info.key == "resident.contribution.individual_min"
    ]


def test_search_by_name_and_inside_tables(book: PolicyBook) -> None:
    by_name = search_values(book, "110105", "个人缴费标准（按人群）")
    assert [(r.region_key, r.effective_from) for r in by_name] == [
        ("city-110000", date(2026, 1, 1)),
        ("city-110000", date(2025, 1, 1)),
    ]
    # a number inside a table row
    in_table = search_values(book, "110105", "435")
    assert any(r.info.key == "resident.contribution.individual_by_group" for r in in_table)
    # another region's figures are not offered
    assert not any(r.region_key == "city-110000" for r in search_values(book, CHENGDU, "435"))


def test_search_and_list_find_a_local_value_of_next_year(book: PolicyBook) -> None:
    override = Override(
        "city-510100",
        "resident.contribution.individual_min",
        date(2027, 1, 1),
        Decimal("430"),
        "成都医保局 2027 年度通知",
        id=7,
    )
    found = search_values(book, CHENGDU, "430", [override])
    assert [(r.overridden, r.region_key, r.effective_from) for r in found] == [
        (True, "city-510100", date(2027, 1, 1))
    ]
    assert found[0].region_name == "成都市"
    assert search_values(book, CHENGDU, "本地修改", [override])[0].override == override
    assert search_values(book, CHENGDU, "医保局 2027", [override])[0].override == override
    listed = overrides_as_rows(book, [override])
    assert [r.override for r in listed] == [override]
