"""Breaks and waiting periods (DOMAIN.md §6; 国办发〔2024〕38号; 青岛医保's worked example)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.domain.history_helpers import months, record, shipped_book
from yibao.domain.contributions import Month
from yibao.domain.people import Scheme
from yibao.domain.policy import Override, parse_value
from yibao.domain.waiting import add_months, employee_breaks, resident_breaks, resident_waiting

QINGDAO = "370200"


def _resident(year: int, paid_on: date | None = None, amount: str = "400"):  # type: ignore[no-untyped-def]
    return record(
        f"{year}-01",
        scheme=Scheme.RESIDENT,
        base=None,
        personal=amount,
        employer="0",
        benefit_year=year,
        paid_on=paid_on,
    )


@pytest.mark.parametrize(
    ("uncovered", "repaired", "months_", "starts"),
    [
        (2, 0, 4, date(2027, 5, 1)),  # 青岛: uninsured 2025 and 2026
        (2, 1, 3, date(2027, 4, 1)),  # 青岛: after repairing one year
        (1, 0, 3, date(2027, 4, 1)),  # one year: the fixed 3 months only
        (3, 0, 5, date(2027, 6, 1)),
        (4, 0, 6, date(2027, 7, 1)),
        (5, 0, 7, date(2027, 8, 1)),
        (5, 5, 6, date(2027, 7, 1)),  # ≥ 4 years: at least 6 months even after repair
    ],
)
def test_resident_waiting_table(uncovered: int, repaired: int, months_: int, starts: date) -> None:
    w = resident_waiting(shipped_book(), QINGDAO, uncovered, date(2027, 1, 1), repaired)
    assert w is not None
    assert w.total_months == months_
    assert w.benefit_start == starts
    assert w.fixed_months == 3


def test_no_38_waiting_before_2025() -> None:
    assert resident_waiting(shipped_book(), QINGDAO, 2, date(2024, 12, 31)) is None


def test_long_break_floor_and_useful_repairs() -> None:
    w = resident_waiting(shipped_book(), QINGDAO, 5, date(2030, 1, 1))
    assert w is not None and w.total_months == 7 and w.max_useful_repair_years == 1
    repaired = resident_waiting(shipped_book(), QINGDAO, 5, date(2030, 1, 1), 1)
    assert repaired is not None and repaired.total_months == 6
    more = resident_waiting(shipped_book(), QINGDAO, 5, date(2030, 1, 1), 3)
    assert more is not None and more.total_months == 6 and more.long_break_floor


def test_qingdao_example_from_records() -> None:
    """Paid 2023 and 2024, nothing for 2025 and 2026, paid in the 2027 collection period."""
    records = [_resident(2023), _resident(2024), _resident(2027, paid_on=date(2026, 10, 20))]
    (brk,) = resident_breaks(records, shipped_book(), QINGDAO, date(2027, 2, 1))
    assert brk.uncovered == (2025, 2026) and not brk.ongoing and brk.enrol_year == 2027
    assert brk.without_repair is not None and brk.with_repair is not None
    assert brk.without_repair.benefit_start == date(2027, 5, 1)
    assert brk.with_repair.benefit_start == date(2027, 4, 1)
    assert brk.with_repair.repaired_years == 1
    # 2027's standard is not in the book: the member's own last payment is used
    assert brk.repair_cost == Decimal("400") and not brk.standard_from_book


def test_ongoing_resident_break_in_collection_period() -> None:
    records = [_resident(2023), _resident(2024)]
    (brk,) = resident_breaks(records, shipped_book(), QINGDAO, date(2026, 10, 1))
    assert brk.ongoing and brk.uncovered == (2025, 2026) and brk.enrol_year == 2027
    assert brk.without_repair is not None
    assert brk.without_repair.benefit_start == date(2027, 5, 1)


def test_collection_period_opening_comes_from_the_book() -> None:
    book = shipped_book()
    key = "resident.collection.default_window"
    october = parse_value(book.info(key), "开始月份=10；截止月份=12；截止月在待遇年度内=否")
    overrides = [Override("national", key, date(2000, 1, 1), october)]
    records = [_resident(2023), _resident(2024)]
    (brk,) = resident_breaks(records, book, QINGDAO, date(2026, 9, 15), overrides)
    assert brk.enrol_year == 2026 and brk.uncovered == (2025, 2026)
    (brk,) = resident_breaks(records, book, QINGDAO, date(2026, 10, 1), overrides)
    assert brk.enrol_year == 2027


def test_repair_cost_from_the_book_when_known() -> None:
    records = [_resident(2022, amount="350"), _resident(2025, paid_on=date(2025, 3, 1))]
    # uncovered years before 2025 are not counted under 38号; paying after the collection
    # period (to 2024-12-31 nationally) still brings the fixed 3 months
    (late,) = resident_breaks(records, shipped_book(), QINGDAO, date(2025, 6, 1))
    assert late.uncovered == () and late.late_payment
    assert late.without_repair is not None and late.without_repair.total_months == 3
    records = [_resident(2022, amount="350"), _resident(2025, paid_on=date(2024, 12, 1))]
    assert resident_breaks(records, shipped_book(), QINGDAO, date(2025, 6, 1)) == []
    records = [_resident(2024), _resident(2027, paid_on=date(2027, 3, 10))]
    (brk,) = resident_breaks(records, shipped_book(), QINGDAO, date(2027, 6, 1))
    assert brk.uncovered == (2025, 2026)
    # enrolled after the benefit year began: the wait counts from the payment day
    assert brk.without_repair is not None
    assert brk.without_repair.start == date(2027, 3, 10)
    assert brk.without_repair.benefit_start == date(2027, 7, 10)


def test_continuous_resident_has_no_break() -> None:
    records = [_resident(y) for y in range(2022, 2027)]
    assert resident_breaks(records, shipped_book(), QINGDAO, date(2026, 6, 1)) == []


def test_employee_break_stops_next_month_and_resumes_after_6() -> None:
    records = months("2023-01", "2023-06") + months("2023-10", "2024-06")
    (brk,) = employee_breaks(records, shipped_book(), "510500", date(2024, 7, 10))
    assert (brk.first, brk.last, brk.months) == (Month(2023, 7), Month(2023, 9), 3)
    assert brk.benefits_stop == Month(2023, 8)
    assert brk.resume_after_months == 6
    assert brk.resumes == Month(2024, 4) and not brk.resume_projected


def test_neijiang_resume_rule_is_local_and_projected() -> None:
    records = months("2024-01", "2024-12") + months("2025-03", "2025-05")
    (brk,) = employee_breaks(records, shipped_book(), "511000", date(2025, 6, 15))
    assert brk.resume_rule is not None and brk.resume_rule.region_key == "city-511000"
    assert brk.resumes == Month(2025, 9) and brk.resume_projected


def test_ongoing_employee_break() -> None:
    records = months("2024-01", "2025-03")
    (brk,) = employee_breaks(records, shipped_book(), "510500", date(2025, 6, 15))
    assert brk.ongoing and brk.first == Month(2025, 4) and brk.last == Month(2025, 5)
    assert brk.benefits_stop == Month(2025, 5) and brk.resumes is None
    # this month not on the statement yet is no break
    assert (
        employee_breaks(months("2024-01", "2025-05"), shipped_book(), "510500", date(2025, 6, 15))
        == []
    )


def test_add_months_clamps() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2027, 1, 1), 4) == date(2027, 5, 1)


def test_breaks_before_the_books_first_date_use_todays_rule() -> None:
    records = months("1990-01", "1991-08") + months("1992-01", "1993-01")
    brk, ongoing = employee_breaks(records, shipped_book(), "510500", date(2025, 6, 15))
    assert ongoing.ongoing and ongoing.first == Month(1993, 2)
    assert brk.benefits_stop == Month(1991, 10) and brk.resumes == Month(1992, 7)
    assert brk.stop_rule is not None and brk.stop_rule.source is not None


# ------------------------------------------------------------------ issue 14: late payment


def test_late_payment_keeps_the_fixed_three_months_once_recorded() -> None:
    """Bug (issue 14 #8): insured through 2026, pays for 2027 on 2027-03-10 — outside the
    collection period. The advice before paying says 3 months; once the payment is in the
    history the answer must stay 3 months, counted from the payment day."""
    book = shipped_book()
    before = [_resident(2025), _resident(2026)]
    (advice,) = resident_breaks(before, book, QINGDAO, date(2027, 3, 1))
    assert advice.ongoing and advice.enrol_year == 2027
    assert advice.without_repair is not None and advice.without_repair.total_months == 3
    after = [*before, _resident(2027, paid_on=date(2027, 3, 10))]
    (brk,) = resident_breaks(after, book, QINGDAO, date(2027, 3, 20))
    assert not brk.ongoing and brk.enrol_year == 2027 and brk.late_payment
    assert brk.uncovered == ()
    w = brk.without_repair
    assert w is not None and w.total_months == 3 and w.variable_months == 0
    assert w.start == date(2027, 3, 10) and w.benefit_start == date(2027, 6, 10)
    assert brk.with_repair is None and brk.repair_cost is None


def test_payment_inside_the_collection_period_has_no_wait() -> None:
    records = [_resident(2025), _resident(2026), _resident(2027, paid_on=date(2026, 11, 5))]
    assert resident_breaks(records, shipped_book(), QINGDAO, date(2027, 3, 20)) == []


def test_payment_without_a_date_is_taken_as_on_time() -> None:
    records = [_resident(2025), _resident(2026), _resident(2027)]
    assert resident_breaks(records, shipped_book(), QINGDAO, date(2027, 3, 20)) == []


# ------------------------------------------------------------------ 38号 exemptions

WUHAN = "420102"


def _baby_payment(paid: date, year: int | None = None):  # type: ignore[no-untyped-def]
    return _resident(year or paid.year, paid_on=paid)


def test_newborn_within_the_local_window_has_no_wait() -> None:
    """武汉: enrolled within 90 days of birth (the birth day counts) → benefits from birth."""
    born = date(2026, 5, 10)
    on_day_90 = [_baby_payment(date(2026, 8, 7))]  # 2026-05-10 + 89 days
    assert (
        resident_breaks(on_day_90, shipped_book(), WUHAN, date(2026, 9, 1), birth_date=born) == []
    )


def test_newborn_after_the_local_window_waits() -> None:
    born = date(2026, 5, 10)
    late = [_baby_payment(date(2026, 8, 8))]  # day 91
    (brk,) = resident_breaks(late, shipped_book(), WUHAN, date(2026, 9, 1), birth_date=born)
    assert brk.late_payment and not brk.newborn_window_unknown
    assert brk.without_repair is not None and brk.without_repair.total_months == 3


def test_newborn_where_the_window_is_unknown_is_flagged() -> None:
    """38号 exempts newborns but names no window: elsewhere the book cannot say."""
    born = date(2026, 5, 10)
    records = [_baby_payment(date(2026, 6, 1))]
    (brk,) = resident_breaks(records, shipped_book(), QINGDAO, date(2026, 9, 1), birth_date=born)
    assert brk.newborn_window_unknown and brk.late_payment
    assert brk.exempt_rule is not None and brk.exempt_rule.value == ("新生儿",)
    # without the birth date there is nothing to flag
    (plain,) = resident_breaks(records, shipped_book(), QINGDAO, date(2026, 9, 1))
    assert not plain.newborn_window_unknown


def test_newborn_rule_only_for_the_first_enrolment() -> None:
    born = date(2024, 5, 10)
    records = [_resident(2024, paid_on=date(2024, 6, 1)), _resident(2025, paid_on=date(2025, 4, 1))]
    (brk,) = resident_breaks(records, shipped_book(), WUHAN, date(2025, 6, 1), birth_date=born)
    assert brk.enrol_year == 2025 and brk.late_payment and not brk.newborn_window_unknown
