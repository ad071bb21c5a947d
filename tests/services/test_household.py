from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

import pytest

from yibao.domain.idcard import id_number_checksum
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.paths import AppPaths
from yibao.services.database import Database, open_database
from yibao.services.errors import InvalidInput
from yibao.services.household import (
    add_member,
    get_profile,
    list_members,
    remove_member,
    save_profile,
    update_member,
    validate_member,
)

TODAY = date(2025, 6, 1)


def make_id(first17: str) -> str:
    return first17 + id_number_checksum(first17)


MY_ID = make_id("51050219800512003")  # male, born 1980-05-12, 泸州市江阳区
SPOUSE_ID = make_id("51050219821103002")  # female, born 1982-11-03

ME = Member(
    name="  王建国 ",
    relation=Relation.SELF,
    gender=Gender.MALE,
    birth_date=None,
    scheme=Scheme.EMPLOYEE_ACTIVE,
    region_code="510500",
    id_number=MY_ID[:6] + " " + MY_ID[6:].lower(),
)
SPOUSE = Member(
    name="李芳",
    relation=Relation.SPOUSE,
    gender=Gender.FEMALE,
    birth_date=date(1982, 11, 3),
    scheme=Scheme.FLEXIBLE_ACCOUNT,
    region_code="510500",
    id_number=SPOUSE_ID,
)
CHILD = Member(
    name="王小明",
    relation=Relation.CHILD,
    gender=Gender.MALE,
    birth_date=date(2012, 9, 1),
    scheme=Scheme.RESIDENT,
    region_code="510500",
)


def _fields(member: Member, profile: bool | None = None) -> list[str]:
    return [e.field for e in validate_member(member, today=TODAY, profile=profile)]


def test_valid_members() -> None:
    assert validate_member(ME, today=TODAY, profile=True) == ()
    assert validate_member(SPOUSE, today=TODAY, profile=False) == ()
    assert validate_member(CHILD, today=TODAY) == ()


def test_wrong_check_digit() -> None:
    last = SPOUSE_ID[-1]
    wrong = SPOUSE_ID[:-1] + ("0" if last != "0" else "1")
    errors = validate_member(replace(SPOUSE, id_number=wrong), today=TODAY)
    assert [e.field for e in errors] == ["id_number"]
    assert errors[0].message and errors[0].context == "domain"


def test_id_birth_date_conflict() -> None:
    errors = validate_member(replace(SPOUSE, birth_date=date(1982, 11, 4)), today=TODAY)
    assert [e.field for e in errors] == ["birth_date"]
    assert "1982-11-03" in errors[0].message and "身份证号" in errors[0].message


def test_id_gender_conflict() -> None:
    errors = validate_member(replace(SPOUSE, gender=Gender.MALE), today=TODAY)
    assert [e.field for e in errors] == ["gender"]
    assert "女" in errors[0].message


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "   "}, "name"),
        ({"name": "王" * 41}, "name"),
        ({"name": "王\x00明"}, "name"),
        ({"name": "王\u200b明"}, "name"),
        ({"birth_date": None}, "birth_date"),
        ({"birth_date": date(2025, 6, 2)}, "birth_date"),
        ({"birth_date": date(1899, 12, 31)}, "birth_date"),
        ({"region_code": "999999"}, "region_code"),
        ({"region_code": "510502"}, "region_code"),  # a district, not the 统筹区
        ({"region_code": "510000"}, "region_code"),  # a province
        ({"scheme": Scheme.NONE, "enrolled": True}, "enrolled"),
        ({"relation": Relation.SELF}, "relation"),
    ],
)
def test_field_errors(changes: dict[str, object], field: str) -> None:
    assert _fields(replace(CHILD, **changes), profile=False) == [field]


def test_name_of_forty_and_nonsense_ok() -> None:
    assert _fields(replace(CHILD, name="王" * 40)) == []
    assert _fields(replace(CHILD, scheme=Scheme.NONE, enrolled=False)) == []
    assert _fields(replace(CHILD, region_code=None)) == []
    assert _fields(replace(CHILD, region_code="110000")) == []  # 北京市 is one 统筹区


def test_bad_id_does_not_also_demand_birth_date() -> None:
    assert _fields(replace(CHILD, birth_date=None, id_number="12345")) == ["id_number"]


def test_profile_relation_rules() -> None:
    assert _fields(replace(ME, relation=Relation.SPOUSE), profile=True) == ["relation"]


def test_save_profile_creates_then_updates(db: Database) -> None:
    assert get_profile(db) is None
    saved = save_profile(db, ME, today=TODAY)
    assert saved.id is not None
    assert saved.name == "王建国"
    assert saved.id_number == MY_ID  # normalised
    assert saved.birth_date == date(1980, 5, 12)  # derived from the ID
    assert get_profile(db) == saved
    again = save_profile(db, replace(ME, notes="换了单位", id=None), today=TODAY)
    assert again.id == saved.id and again.notes == "换了单位"
    assert len(list_members(db)) == 1


def test_save_profile_invalid(db: Database) -> None:
    with pytest.raises(InvalidInput) as info:
        save_profile(db, replace(ME, name=""), today=TODAY)
    assert info.value.fields == ("name",)
    assert get_profile(db) is None


def test_members_order_and_crud(db: Database) -> None:
    save_profile(db, ME, today=TODAY)
    kid = add_member(db, CHILD, today=TODAY)
    spouse = add_member(db, SPOUSE, today=TODAY)
    mum = add_member(
        db,
        replace(CHILD, name="张桂兰", relation=Relation.PARENT, birth_date=date(1955, 1, 1)),
        today=TODAY,
    )
    names = [m.name for m in list_members(db)]
    assert names == ["王建国", "李芳", "张桂兰", "王小明"]
    assert [m.name for m in list_members(db, include_self=False)] == ["李芳", "张桂兰", "王小明"]

    updated = update_member(db, replace(kid, notes="在读小学"), today=TODAY)
    assert updated.notes == "在读小学" and updated.id == kid.id
    remove_member(db, mum.id or 0)
    remove_member(db, mum.id or 0)  # already gone: fine
    assert [m.name for m in list_members(db)] == ["王建国", "李芳", "王小明"]
    assert spouse.id is not None


def test_add_refuses_self_and_duplicates(db: Database) -> None:
    save_profile(db, ME, today=TODAY)
    with pytest.raises(InvalidInput) as info:
        add_member(db, replace(SPOUSE, relation=Relation.SELF), today=TODAY)
    assert info.value.fields == ("relation",)
    with pytest.raises(InvalidInput) as info:
        add_member(
            db,
            replace(SPOUSE, id_number=MY_ID, gender=Gender.MALE, birth_date=None),
            today=TODAY,
        )
    assert info.value.fields == ("id_number",)
    assert "王建国" in info.value.errors[0].message


def test_remove_and_update_of_self_refused(db: Database) -> None:
    me = save_profile(db, ME, today=TODAY)
    assert me.id is not None
    with pytest.raises(InvalidInput) as info:
        remove_member(db, me.id)
    assert info.value.fields == ("relation",)
    with pytest.raises(InvalidInput):
        update_member(db, replace(me, relation=Relation.SPOUSE), today=TODAY)
    assert get_profile(db) == me


def test_update_of_removed_member(db: Database) -> None:
    kid = add_member(db, CHILD, today=TODAY)
    assert kid.id is not None
    remove_member(db, kid.id)
    with pytest.raises(InvalidInput) as info:
        update_member(db, kid, today=TODAY)
    assert info.value.fields == ("id",)


def test_id_numbers_never_logged(db: Database, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    me = save_profile(db, ME, today=TODAY)
    spouse = add_member(db, SPOUSE, today=TODAY)
    update_member(db, replace(spouse, notes="x"), today=TODAY)
    assert me.id_number is not None
    logged = caplog.text
    assert MY_ID not in logged and SPOUSE_ID not in logged
    assert "王建国" not in logged and "李芳" not in logged
    assert MY_ID[:6] in logged  # masked form is there


def test_members_survive_restart(tmp_paths: AppPaths) -> None:
    opened = open_database(tmp_paths)
    save_profile(opened.db, ME, today=TODAY)
    add_member(opened.db, SPOUSE, today=TODAY)
    opened.db.close()
    again = open_database(tmp_paths)
    try:
        assert [m.name for m in list_members(again.db)] == ["王建国", "李芳"]
    finally:
        again.db.close()


def test_plain_string_enum_values_are_accepted(db: Database) -> None:
    # Qt item data hands StrEnum members back as plain str.
    raw = replace(CHILD, relation="child", gender="male", scheme="resident")  # type: ignore[arg-type]
    assert validate_member(raw, today=TODAY) == ()
    saved = add_member(db, raw, today=TODAY)
    assert saved.relation is Relation.CHILD and saved.gender is Gender.MALE
    assert saved.scheme is Scheme.RESIDENT
    (listed,) = list_members(db)
    assert listed == saved
    bad = replace(CHILD, scheme="gold")  # type: ignore[arg-type]
    assert [e.field for e in validate_member(bad, today=TODAY)] == ["scheme"]
