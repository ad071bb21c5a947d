"""Reading a typed day: the formats people write, and a clear message for everything else."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yibao.domain.datetext import (
    FORMAT_HINT,
    NO_SUCH_DAY,
    TOO_EARLY,
    TOO_LATE,
    DayTextError,
    parse_day,
)


@pytest.mark.parametrize(
    "text",
    [
        "1986-03-01",
        "19860301",
        "1986/3/1",
        "1986.3.1",
        "1986-3-1",
        "1986年3月1日",
        "1986年3月1",
        " 1986 - 03 - 01 ",
        "１９８６－０３－０１",  # full-width, as a Chinese input method types it
    ],
)
def test_the_ways_people_write_a_day(text: str) -> None:
    assert parse_day(text) == date(1986, 3, 1)


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_empty_is_no_day(text: str) -> None:
    assert parse_day(text) is None


@pytest.mark.parametrize(
    "text",
    ["未填写19860301", "1986-03", "86-03-01", "1986-03-01-02", "abc", "１９８６" * 20, "١٩٨٦٠٣٠١"],
)
def test_what_is_not_a_day_says_how_to_write_one(text: str) -> None:
    with pytest.raises(DayTextError) as caught:
        parse_day(text)
    assert caught.value.message == FORMAT_HINT


def test_a_day_that_does_not_exist_is_named() -> None:
    with pytest.raises(DayTextError) as caught:
        parse_day("2025-02-29")
    assert caught.value.message == NO_SUCH_DAY
    assert str(caught.value) == "没有 2025 年 2 月 29 日这一天"
    assert parse_day("2024-02-29") == date(2024, 2, 29)


def test_bounds_are_inclusive_and_named() -> None:
    low, high = date(2020, 1, 1), date(2026, 12, 1)
    assert parse_day("2020-01-01", minimum=low, maximum=high) == low
    assert parse_day("2026-12-01", minimum=low, maximum=high) == high
    with pytest.raises(DayTextError) as early:
        parse_day("2019-12-31", minimum=low)
    assert early.value.message == TOO_EARLY and str(early.value) == "日期不能早于 2020-01-01"
    with pytest.raises(DayTextError) as late:
        parse_day("2026-12-02", maximum=high)
    assert late.value.message == TOO_LATE


@given(st.dates(min_value=date(1000, 1, 1)))
def test_every_day_reads_back_in_both_plain_forms(day: date) -> None:
    assert parse_day(day.isoformat()) == day
    assert parse_day(day.strftime("%Y%m%d")) == day


@given(st.text(max_size=60))
def test_any_text_is_a_day_nothing_or_our_error(text: str) -> None:
    try:
        result = parse_day(text)
    except DayTextError:
        return
    assert result is None or isinstance(result, date)
