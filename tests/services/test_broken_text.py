"""A lone surrogate (half a character) in a name or note is refused at its field, never a
crash at saving (UnicodeEncodeError) — whichever way it arrives."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from tests.domain.history_helpers import record
from yibao.domain.cases import Case, CaseKind
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.text import MSG_BROKEN_CHARACTER, has_broken_character
from yibao.services import cases, history, household, policy
from yibao.services.database import Database
from yibao.services.errors import InvalidInput

TODAY = date(2025, 6, 1)
HALF = "\ud842"  # the first half of 𠀀-range characters such as 𠮷 (\ud842\udfb7)

ME = Member(
    name="王建国",
    relation=Relation.SELF,
    gender=Gender.MALE,
    birth_date=date(1980, 5, 12),
    scheme=Scheme.EMPLOYEE_ACTIVE,
    region_code="510500",
)


def test_lone_surrogates_are_broken_pairs_are_not() -> None:
    assert has_broken_character("吉" + HALF)
    assert has_broken_character("\udfb7")
    assert not has_broken_character("𠮷野家 😀")  # whole characters outside the BMP are fine
    assert not has_broken_character("")


def test_member_name_and_notes_are_refused_at_the_field(db: Database) -> None:
    errors = household.validate_member(
        dataclasses.replace(ME, name="王" + HALF, notes="备注" + HALF), today=TODAY
    )
    assert [(e.field, e.message) for e in errors] == [
        ("name", MSG_BROKEN_CHARACTER),
        ("notes", MSG_BROKEN_CHARACTER),
    ]
    with pytest.raises(InvalidInput) as info:
        household.save_profile(db, dataclasses.replace(ME, name="王" + HALF), today=TODAY)
    assert info.value.fields == ("name",)
    assert "残缺的字符" in info.value.errors[0].message
    assert household.get_profile(db) is None  # nothing half-saved
    household.save_profile(db, dataclasses.replace(ME, name="王𠮷"), today=TODAY)
    profile = household.get_profile(db)
    assert profile is not None and profile.name == "王𠮷"


def test_case_notes_and_policy_note_are_refused(db: Database) -> None:
    with pytest.raises(InvalidInput) as info:
        cases.save_case(
            db, Case(kind=CaseKind.REFUND, title="退费", member_id=None, notes="电话" + HALF)
        )
    assert info.value.fields == ("notes",)
    with pytest.raises(InvalidInput) as info:
        policy.set_override(
            db,
            "national",
            "account.active.rate",
            date(2025, 1, 1),
            "2%",
            note="窗口说" + HALF,
        )
    assert info.value.fields == ("note",)


def test_a_record_note_never_crashes_the_save(db: Database) -> None:
    """Whatever path reaches the database with it (a dialog, an import), the user gets a
    Chinese message, not a crash, and nothing is saved."""
    household.save_profile(db, ME, today=TODAY)
    profile = household.get_profile(db)
    assert profile is not None and profile.id is not None
    bad = dataclasses.replace(record("2024-01", member_id=profile.id), note="补缴" + HALF)
    with pytest.raises(InvalidInput) as info:
        history.save_record(db, bad, today=TODAY)
    assert info.value.errors[0].message == MSG_BROKEN_CHARACTER
    assert info.value.errors[0].field == "note"  # named at the note field, before any write
    assert history.year_span(db) is None  # nothing saved
