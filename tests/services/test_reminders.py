"""Reminders through the services: the household's deadlines, notices once per step, .ics."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from yibao.domain.offsite import OffsiteAnswers, Reason
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.services import cases, household, offsite, reminders
from yibao.services.calendar_file import alarm_triggers
from yibao.services.database import Database

TODAY = date(2026, 12, 1)


def _household(db: Database) -> dict[str, int]:
    """王芳 (employee) with her mother and son in 居民医保; a 手工报销 case after an emergency
    stay in 杭州 and a temporary filing for a trip to 海口."""
    household.save_profile(
        db,
        Member(
            "王芳", Relation.SELF, Gender.FEMALE, date(1975, 5, 1), Scheme.EMPLOYEE_ACTIVE, "510500"
        ),
        today=TODAY,
    )
    profile = household.get_profile(db)
    assert profile is not None
    mother = household.add_member(
        db,
        Member(
            "李秀英", Relation.PARENT, Gender.FEMALE, date(1950, 3, 1), Scheme.RESIDENT, "510500"
        ),
        today=TODAY,
    )
    son = household.add_member(
        db,
        Member("王小明", Relation.CHILD, Gender.MALE, date(2012, 9, 1), Scheme.RESIDENT, "510500"),
        today=TODAY,
    )
    claim = offsite.save_plan(
        db,
        OffsiteAnswers(
            "510500",
            "330100",
            Reason.EMERGENCY,
            already_treated=True,
            paid_in_full=True,
            start=date(2026, 11, 10),
            discharge=date(2026, 11, 20),
        ),
        profile,
        TODAY,
    )
    trip = offsite.save_plan(
        db,
        OffsiteAnswers("510500", "460100", Reason.TRIP, start=date(2026, 12, 10)),
        profile,
        TODAY,
    )
    assert claim.id and trip.id and mother.id and son.id
    return {"claim": claim.id, "trip": trip.id, "mother": mother.id, "son": son.id}


def _deadlines(db: Database, case_id: int) -> dict[str, date]:
    return {d.label: d.due for d in cases.get_case(db, case_id).deadlines}


def test_the_household_has_every_deadline(db: Database) -> None:
    ids = _household(db)
    claim = _deadlines(db, ids["claim"])
    trip = _deadlines(db, ids["trip"])
    assert "手工报销材料提交截止（按最短时限）" in claim
    assert claim["手工报销材料提交截止（按最短时限）"] == date(2027, 5, 19)
    assert set(trip) == {"出发（开始就医）前办好备案", "临时备案到期（如仍需就医请续办）"}
    found = reminders.household_deadlines(db, TODAY)
    dates = {(r.case_id, r.params.get("label")): r.due for r in found if r.case_id}
    assert {label: due for (cid, label), due in dates.items() if cid == ids["claim"]} == claim
    assert {label: due for (cid, label), due in dates.items() if cid == ids["trip"]} == trip
    collection = {r.member_id: r.due for r in found if r.kind.value == "collection"}
    assert collection == {ids["mother"]: date(2026, 12, 31), ids["son"]: date(2026, 12, 31)}
    # the overview's span: 90 days leaves out the claim in May
    soon = reminders.household_deadlines(db, TODAY, days=90)
    assert date(2027, 5, 19) not in {r.due for r in soon}
    assert len(soon) == len(found) - 1 - (
        trip["临时备案到期（如仍需就医请续办）"] > TODAY + timedelta(days=90)
    )


def test_ics_reads_back_with_every_deadline_and_its_alarms(db: Database, tmp_path: Path) -> None:
    ids = _household(db)
    expected = {r.uid: r for r in reminders.household_deadlines(db, TODAY)}
    path = tmp_path / "医保期限.ics"
    now = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    count = reminders.export_calendar(db, path, TODAY, 10, now=now)
    assert count == len(expected) == 5  # the claim, the trip's two, two members
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(cal["VERSION"]) == "2.0" and "Yibao" in str(cal["PRODID"])
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert set(events) == set(expected)
    for uid, event in events.items():
        r = expected[uid]
        assert event.decoded("DTSTART") == r.due
        assert event.decoded("DTEND") == r.due + timedelta(days=1)
        assert str(event["SUMMARY"]) == r.title_text
        assert r.action_text in str(event["DESCRIPTION"])
        triggers = [a.decoded("TRIGGER") for a in event.walk("VALARM")]
        # 09:00 ten days before, and 09:00 on the day
        assert triggers == [timedelta(days=-10, hours=9), timedelta(hours=9)]
        assert all(str(a["ACTION"]) == "DISPLAY" for a in event.walk("VALARM"))
    assert alarm_triggers(10) == (timedelta(days=-10, hours=9), timedelta(hours=9))
    mother = events[f"member-{ids['mother']}-collection-2027@yibao.local"]
    assert "等待 3 个月" in str(mother["DESCRIPTION"])

    # one case only; ticking a deadline off writes it again, cancelled, under the same UID
    case = cases.get_case(db, ids["trip"])
    first = case.deadlines[0]
    assert first.id is not None
    cases.set_deadline_done(db, first.id, True)
    later = now + timedelta(hours=2)
    assert reminders.export_calendar(db, path, TODAY, 10, ids["trip"], now=later) == 2
    again = {
        str(e["UID"]): e for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    }
    assert set(again) == {u for u, r in expected.items() if r.case_id == ids["trip"]}
    done = again[f"case-{ids['trip']}-deadline-{first.id}@yibao.local"]
    assert str(done["STATUS"]) == "CANCELLED" and done.walk("VALARM") == []
    assert int(done["SEQUENCE"]) > int(events[str(done["UID"])]["SEQUENCE"])


def test_notices_once_per_deadline_per_step(db: Database) -> None:
    ids = _household(db)
    trip = _deadlines(db, ids["trip"])
    leave = trip["出发（开始就医）前办好备案"]  # 2026-12-10

    def taken(day: date) -> list[tuple[str, int]]:
        return [
            (str(n.reminder.params.get("label", n.reminder.kind.value)), n.step)
            for n in reminders.take_notices(db, day, 7)
        ]

    assert taken(TODAY) == []  # nothing within 7 days yet
    assert taken(leave - timedelta(days=6)) == [("出发（开始就医）前办好备案", 7)]
    assert taken(leave - timedelta(days=6)) == []  # remembered
    assert taken(leave - timedelta(days=5)) == []  # same step
    assert taken(leave - timedelta(days=1)) == [("出发（开始就医）前办好备案", 1)]
    assert taken(leave) == [("出发（开始就医）前办好备案", 0)]
    assert taken(leave + timedelta(days=1)) == [("出发（开始就医）前办好备案", -1)]
    # the collection ends (12-31) enter their window on 12-24: one notice per member
    assert taken(date(2026, 12, 24)) == [("collection", 7), ("collection", 7)]
    # a deadline that moves is a new deadline
    case = cases.get_case(db, ids["trip"])
    import dataclasses

    moved = dataclasses.replace(
        case,
        deadlines=tuple(
            dataclasses.replace(d, due=date(2026, 12, 28)) if d.due == leave else d
            for d in case.deadlines
        ),
    )
    cases.save_case(db, moved)
    assert taken(date(2026, 12, 24)) == [("出发（开始就医）前办好备案", 7)]


def test_notices_survive_a_restart(db: Database, tmp_paths) -> None:  # type: ignore[no-untyped-def]
    from yibao.services.database import open_database

    _household(db)
    assert reminders.take_notices(db, date(2026, 12, 24), 7)
    db.close()
    reopened = open_database(tmp_paths, busy_timeout_ms=200).db
    try:
        assert reminders.take_notices(reopened, date(2026, 12, 24), 7) == []
    finally:
        reopened.close()


@pytest.mark.parametrize("lead", [1, 7, 60])
def test_alarm_lead_is_the_setting(lead: int) -> None:
    assert alarm_triggers(lead)[0] == timedelta(days=-lead, hours=9)
