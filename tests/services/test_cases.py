"""Cases (我的事项): save, tick, notes, deadlines, status, delete, urgency order, restart."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from yibao.domain.cases import Case, CaseItem, CaseKind, CaseStatus, Deadline
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.paths import AppPaths
from yibao.services import cases, household
from yibao.services.database import Database, open_database
from yibao.services.errors import InvalidInput

TODAY = date(2026, 11, 22)


def _case(title: str = "备案", *, member_id: int | None = None, due: date | None = None) -> Case:
    return Case(
        kind=CaseKind.OFFSITE_FILING,
        title=title,
        member_id=member_id,
        inputs={"filing_type": "long_term_retired", "dest": "330100"},
        result={"validity": "长期", "ratio_cut": None},
        items=(
            CaseItem("a.one", "steps", "打开 APP", why="入口"),
            CaseItem("a.two", "materials", "身份证", source_id="seed-000"),
            CaseItem("a.three", "notes", "可选的", required=False),
        ),
        deadlines=(Deadline("报销截止", due),) if due else (),
    )


def _member(db: Database) -> Member:
    household.save_profile(
        db,
        Member(
            name="王芳",
            relation=Relation.SELF,
            gender=Gender.FEMALE,
            birth_date=date(1960, 5, 1),
            scheme=Scheme.EMPLOYEE_RETIRED,
            region_code="510500",
        ),
        today=TODAY,
    )
    profile = household.get_profile(db)
    assert profile is not None
    return profile


def test_save_and_get_round_trip(db: Database) -> None:
    me = _member(db)
    saved = cases.save_case(db, _case(member_id=me.id, due=date(2026, 12, 1)))
    assert saved.id is not None
    assert [i.key for i in saved.items] == ["a.one", "a.two", "a.three"]
    assert all(i.id is not None for i in saved.items)
    assert saved.deadlines[0].due == date(2026, 12, 1)
    assert saved.inputs == {"filing_type": "long_term_retired", "dest": "330100"}
    assert saved.result["ratio_cut"] is None
    assert saved.created_at is not None
    again = cases.get_case(db, saved.id)
    assert again == saved
    assert again.progress == (0, 2)


def test_replace_keeps_ids_by_key_and_drops_missing(db: Database) -> None:
    saved = cases.save_case(db, _case())
    ticked = cases.set_item_done(db, saved.items[0].id or 0, True)
    first_id = ticked.items[0].id
    new_items = (
        ticked.items[0],
        CaseItem("a.two", "materials", "身份证原件"),
        CaseItem("a.four", "after", "新的一项"),
    )
    replaced = cases.save_case(db, Case(**{**_fields(ticked), "items": new_items}))
    assert [i.key for i in replaced.items] == ["a.one", "a.two", "a.four"]
    assert replaced.items[0].id == first_id
    assert replaced.items[0].done
    assert replaced.items[1].text == "身份证原件"
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("select count(*) from case_items").fetchone()[0] == 3


def _fields(case: Case) -> dict[str, object]:
    return {f: getattr(case, f) for f in Case.__dataclass_fields__}


def test_tick_note_deadline_status_notes(db: Database) -> None:
    saved = cases.save_case(db, _case(due=date(2026, 12, 1)))
    item_id = saved.items[1].id or 0
    case = cases.set_item_done(db, item_id, True)
    assert case.items[1].done and case.items[1].done_at is not None
    assert case.progress == (1, 2)
    case = cases.set_item_done(db, item_id, False)
    assert not case.items[1].done and case.items[1].done_at is None
    case = cases.set_item_note(db, item_id, "  复印两份 ")
    assert case.items[1].note == "复印两份"
    case = cases.set_deadline_done(db, case.deadlines[0].id or 0, True)
    assert case.deadlines[0].done
    assert case.next_deadline(TODAY) is None
    case = cases.set_case_status(db, case.id or 0, "done")
    assert case.status is CaseStatus.DONE
    case = cases.set_case_notes(db, case.id or 0, "已交材料")
    assert case.notes == "已交材料"


def test_errors_are_field_errors(db: Database) -> None:
    with pytest.raises(InvalidInput) as info:
        cases.save_case(db, _case(title="  "))
    assert info.value.fields == ("title",)
    with pytest.raises(InvalidInput) as info:
        cases.save_case(db, _case(member_id=999))
    assert info.value.fields == ("member_id",)
    with pytest.raises(InvalidInput) as info:
        cases.set_item_done(db, 12345, True)
    assert "不存在" in info.value.errors[0].message
    with pytest.raises(InvalidInput):
        cases.get_case(db, 777)
    with pytest.raises(InvalidInput) as info:
        cases.set_case_status(db, 1, "whatever")
    assert info.value.fields == ("status",)
    with pytest.raises(InvalidInput) as info:
        cases.set_item_note(db, 1, "长" * 2000)
    assert info.value.fields == ("note",)
    with pytest.raises(InvalidInput) as info:
        cases.save_case(db, Case(**{**_fields(_case()), "id": 4242}))
    assert info.value.fields == ("id",)


def test_delete_cascades_and_member_delete_keeps_case(db: Database) -> None:
    me = _member(db)
    mother = household.add_member(
        db,
        Member(
            name="李梅",
            relation=Relation.PARENT,
            gender=Gender.FEMALE,
            birth_date=date(1950, 1, 1),
            scheme=Scheme.RESIDENT,
            region_code="510500",
        ),
        today=TODAY,
    )
    assert me.id is not None
    kept = cases.save_case(db, _case("母亲的备案", member_id=mother.id, due=date(2026, 12, 3)))
    gone = cases.save_case(db, _case("我的备案", member_id=me.id, due=date(2026, 12, 1)))
    cases.delete_case(db, gone.id or 0)
    cases.delete_case(db, gone.id or 0)  # already gone: fine
    household.remove_member(db, mother.id or 0)
    remaining = cases.list_cases(db, TODAY)
    assert [c.id for c in remaining] == [kept.id]
    assert remaining[0].member_id is None
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("select count(*) from case_items").fetchone()[0] == 3
        assert conn.execute("select count(*) from case_deadlines").fetchone()[0] == 1


def test_list_sorted_by_urgency(db: Database) -> None:
    late = cases.save_case(db, _case("晚", due=date(2027, 3, 1)))
    none = cases.save_case(db, _case("无期限"))
    soon = cases.save_case(db, _case("早", due=date(2026, 12, 1)))
    overdue = cases.save_case(db, _case("过期", due=date(2026, 11, 1)))
    finished = cases.save_case(db, _case("已办完", due=date(2026, 10, 1)))
    cases.set_case_status(db, finished.id or 0, CaseStatus.DONE)
    order = [c.title for c in cases.list_cases(db, TODAY)]
    assert order == ["过期", "早", "晚", "无期限", "已办完"]
    assert {late.id, none.id, soon.id, overdue.id} <= {c.id for c in cases.list_cases(db)}


def test_upcoming_deadlines_30_days(db: Database) -> None:
    cases.save_case(db, _case("过期", due=date(2026, 11, 1)))
    cases.save_case(db, _case("30天内", due=date(2026, 12, 22)))
    cases.save_case(db, _case("31天", due=date(2026, 12, 23)))
    done = cases.save_case(db, _case("已完成的期限", due=date(2026, 12, 2)))
    cases.set_deadline_done(db, done.deadlines[0].id or 0, True)
    cancelled = cases.save_case(db, _case("已取消", due=date(2026, 12, 5)))
    cases.set_case_status(db, cancelled.id or 0, CaseStatus.CANCELLED)
    upcoming = cases.upcoming_deadlines(db, TODAY)
    assert [(c.title, d.due) for c, d in upcoming] == [
        ("过期", date(2026, 11, 1)),
        ("30天内", date(2026, 12, 22)),
    ]
    assert len(cases.upcoming_deadlines(db, TODAY, days=31)) == 3


def test_cases_survive_restart(tmp_paths: AppPaths) -> None:
    opened = open_database(tmp_paths)
    saved = cases.save_case(opened.db, _case(due=date(2026, 12, 1)))
    cases.set_item_done(opened.db, saved.items[0].id or 0, True)
    opened.db.close()
    reopened = open_database(tmp_paths)
    try:
        (case,) = cases.list_cases(reopened.db, TODAY)
        assert case.items[0].done
        assert case.deadlines[0].due == date(2026, 12, 1)
        assert case.inputs["dest"] == "330100"
    finally:
        reopened.db.close()
