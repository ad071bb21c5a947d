"""Reminders: which deadlines a household has, what to do, and when each is announced."""

from __future__ import annotations

from datetime import date

import pytest

from tests.domain.history_helpers import record, shipped_book
from yibao.domain.cases import Case, CaseKind, CaseStatus, Deadline
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.policy import Override
from yibao.domain.reminders import ReminderKind, current_step, household_reminders, steps, within
from yibao.domain.reminders.deadlines import (
    case_reminders,
    collection_reminders,
    collection_uid,
    renewal_reminders,
)
from yibao.domain.reminders.lead import OVERDUE

TODAY = date(2026, 12, 1)


def _member(mid: int, name: str, scheme: Scheme, region: str | None = "510500") -> Member:
    return Member(
        name=name,
        relation=Relation.SELF if mid == 1 else Relation.PARENT,
        gender=Gender.FEMALE,
        birth_date=date(1955, 3, 1),
        scheme=scheme,
        region_code=region,
        id=mid,
    )


def _case(cid: int, status: CaseStatus = CaseStatus.OPEN) -> Case:
    return Case(
        kind=CaseKind.OFFSITE_FILING,
        title="王芳 临时外出就医备案",
        member_id=1,
        status=status,
        deadlines=(
            Deadline("手工报销材料提交截止（按最短时限）", date(2027, 5, 19), id=10 * cid + 1),
            Deadline("出发（开始就医）前办好备案", date(2026, 12, 10), done=True, id=10 * cid + 2),
        ),
        id=cid,
    )


def test_open_case_deadlines_with_stable_uids_and_what_to_do() -> None:
    (r,) = case_reminders([_case(3)])
    assert r.uid == "case-3-deadline-31@yibao.local"
    assert r.due == date(2027, 5, 19) and r.kind is ReminderKind.CASE
    assert r.title_text == "手工报销材料提交截止（按最短时限）（王芳 临时外出就医备案）"
    assert "经办机构" in r.action_text
    assert (r.case_id, r.page) == (3, "cases")
    # ticked-off deadlines and closed cases come back only when asked for, marked done
    every = case_reminders([_case(3), _case(4, CaseStatus.DONE)], include_done=True)
    assert [(x.uid, x.done) for x in every] == [
        ("case-3-deadline-31@yibao.local", False),
        ("case-3-deadline-32@yibao.local", True),
        ("case-4-deadline-41@yibao.local", True),
        ("case-4-deadline-42@yibao.local", True),
    ]


def test_resident_collection_end_from_the_usual_months() -> None:
    book = shipped_book()
    members = [_member(2, "李秀英", Scheme.RESIDENT), _member(1, "王芳", Scheme.EMPLOYEE_ACTIVE)]
    (r,) = collection_reminders(members, book, TODAY, proxy_possible=True)
    # national default window: September–December of the year before the benefit year
    assert r.due == date(2026, 12, 31) and r.params["year"] == 2027
    assert r.estimated and r.basis is not None and r.basis.key.endswith("default_window")
    assert r.uid == collection_uid(2, 2027) == "member-2-collection-2027@yibao.local"
    assert r.title_text == "李秀英的2027年度居民医保缴费截止"
    assert "以当地医保部门公布为准" in r.action_text
    # missing the period: the 38号 fixed waiting period (3 months in the book)
    assert r.params["months"] == 3
    assert r.consequence_text == "错过征缴期再参保，要等待 3 个月才能报销（国办发〔2024〕38号）。"
    assert r.wizard == "proxy-payment"
    # after the period ended, the next benefit year's
    (later,) = collection_reminders(members, book, date(2027, 1, 2))
    assert later.due == date(2027, 12, 31) and later.params["year"] == 2028
    assert later.wizard is None and later.page == "family"


def test_the_waiting_rule_is_named_from_the_books_source() -> None:
    """The document behind "错过征缴期…要等待" comes from the waiting rule's source in the
    book, not from the sentence; a user's own value has no document to name."""
    book = shipped_book()
    members = [_member(2, "李秀英", Scheme.RESIDENT)]
    rule = book.require("waiting.resident.fixed_months", "510500", date(2027, 1, 1))
    assert rule.source is not None and rule.source.doc_number
    (r,) = collection_reminders(members, book, TODAY)
    assert r.params["document"] == rule.source.doc_number
    assert r.consequence_text.endswith(f"（{rule.source.doc_number}）。")
    mine = [Override("city-510500", "waiting.resident.fixed_months", date(2025, 1, 1), 4)]
    (own,) = collection_reminders(members, book, TODAY, mine)
    assert own.consequence_text == "错过征缴期再参保，要等待 4 个月才能报销。"


def test_published_period_and_a_local_value_win() -> None:
    book = shipped_book()
    mianyang = [_member(2, "李秀英", Scheme.RESIDENT, "510700")]
    (r,) = collection_reminders(mianyang, book, date(2024, 12, 1))
    assert r.due == date(2025, 2, 28) and not r.estimated  # 绵阳 2025: to 2025-02-28
    key = "resident.collection.period"
    local = {"start": date(2026, 9, 1), "end": date(2027, 1, 15)}
    overrides = [Override("city-510700", key, date(2027, 1, 1), local)]
    (mine,) = collection_reminders(mianyang, book, TODAY, overrides)
    assert mine.due == date(2027, 1, 15) and not mine.estimated
    assert mine.basis is not None and mine.basis.origin.value == "override"


def test_already_paid_goes_to_the_next_year_and_a_break_says_what_it_costs() -> None:
    book = shipped_book()
    members = [_member(2, "李秀英", Scheme.RESIDENT)]
    paid = {
        2: [
            record(
                "2027-01",
                scheme=Scheme.RESIDENT,
                base=None,
                personal="400",
                employer="0",
                benefit_year=2027,
                member_id=2,
            )
        ]
    }
    (r,) = collection_reminders(members, book, TODAY, records=paid)
    assert r.params["year"] == 2028 and r.due == date(2027, 12, 31)
    # covered in 2025, not in 2026: paying for 2027 on time still waits 3 months, late 4
    broken = {
        2: [
            record(
                "2025-01",
                scheme=Scheme.RESIDENT,
                base=None,
                personal="400",
                employer="0",
                benefit_year=2025,
                member_id=2,
            )
        ]
    }
    (b,) = collection_reminders(members, book, TODAY, records=broken)
    assert b.params["year"] == 2027
    assert (b.params["years"], b.params["now_months"], b.params["months"]) == (1, 3, 4)
    assert "已断缴 1 年" in b.consequence_text
    # how much 补缴 shortens it is the book's figure (waiting.resident.repair_months_per_paid_year)
    assert b.params["repair"] == 1 and "可少等 1 个月" in b.consequence_text
    no_repair = Override(
        "national", "waiting.resident.repair_months_per_paid_year", date(2025, 1, 1), 0
    )
    (c,) = collection_reminders(members, book, TODAY, [no_repair], records=broken)
    assert "repair" not in c.params and "少等" not in c.consequence_text


def test_flexible_renewal_window_where_the_book_has_one() -> None:
    book = shipped_book()
    neijiang = [_member(1, "王芳", Scheme.FLEXIBLE_ACCOUNT, "511000")]
    (r,) = renewal_reminders(neijiang, book, date(2025, 1, 10))
    assert r.due == date(2025, 3, 31) and r.kind is ReminderKind.RENEWAL
    assert r.uid == "member-1-renewal-2025@yibao.local"
    assert r.params["months"] == 6  # 内江: six continuous months after a break
    assert "2025-01-01 起可办" in r.action_text
    assert renewal_reminders(neijiang, book, date(2025, 4, 1)) == []  # window over, none later
    assert renewal_reminders([_member(1, "王芳", Scheme.FLEXIBLE_ACCOUNT)], book, TODAY) == []


def test_household_list_is_sorted_and_within_filters_by_span() -> None:
    book = shipped_book()
    members = [
        _member(1, "王芳", Scheme.EMPLOYEE_ACTIVE),
        _member(2, "李秀英", Scheme.RESIDENT),
        _member(3, "王小明", Scheme.RESIDENT),
    ]
    found = household_reminders([_case(3)], members, book, TODAY)
    assert [(r.due, r.uid) for r in found] == [
        (date(2026, 12, 31), "member-2-collection-2027@yibao.local"),
        (date(2026, 12, 31), "member-3-collection-2027@yibao.local"),
        (date(2027, 5, 19), "case-3-deadline-31@yibao.local"),
    ]
    assert [r.uid for r in within(found, TODAY, 30)] == [
        "member-2-collection-2027@yibao.local",
        "member-3-collection-2027@yibao.local",
    ]
    assert len(within(found, TODAY, 90)) == 2
    assert len(within(found, TODAY, 200)) == 3


def test_lead_steps() -> None:
    assert steps(7) == (7, 1, 0, OVERDUE)
    assert steps(1) == (1, 0, OVERDUE)
    assert steps(500) == (60, 1, 0, OVERDUE)  # clamped


@pytest.mark.parametrize(
    ("days_left", "expected"),
    [
        (10, None),
        (8, None),
        (7, 7),
        (3, 7),
        (2, 7),
        (1, 1),
        (0, 0),
        (-1, OVERDUE),
        (-30, OVERDUE),
        (-31, None),
    ],
)
def test_current_step(days_left: int, expected: int | None) -> None:
    due = date(2027, 5, 19)
    today = date.fromordinal(due.toordinal() - days_left)
    assert current_step(due, today, 7) == expected


def test_a_member_who_died_has_no_deadlines_of_their_own() -> None:
    from dataclasses import replace

    book = shipped_book()
    alive = _member(2, "李秀英", Scheme.RESIDENT)
    died = replace(_member(3, "张建国", Scheme.RESIDENT), died_on=date(2026, 10, 3))
    flexible = replace(_member(4, "王强", Scheme.FLEXIBLE_ACCOUNT), died_on=date(2026, 9, 1))
    found = collection_reminders([alive, died, flexible], book, TODAY)
    assert [r.params["name"] for r in found] == ["李秀英"]
    assert renewal_reminders([flexible], book, TODAY) == []
