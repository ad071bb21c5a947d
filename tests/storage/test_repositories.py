from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.policy import FrozenTable, Override
from yibao.storage.engine import make_engine, make_session_factory
from yibao.storage.migrate import upgrade_database
from yibao.storage.repositories import MemberRepository, OverrideRepository, RowNotFound


@pytest.fixture
def factory(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    db = tmp_path / "yibao.sqlite3"
    upgrade_database(db, tmp_path / "backups")
    engine = make_engine(db)
    yield make_session_factory(engine)
    engine.dispose()


ME = Member(
    name="王建国",
    relation=Relation.SELF,
    gender=Gender.MALE,
    birth_date=date(1980, 5, 12),
    scheme=Scheme.EMPLOYEE_ACTIVE,
    region_code="510500",
    id_number="510502198005120033",
    notes="单位参保",
)


def test_member_crud(factory: sessionmaker[Session]) -> None:
    with factory.begin() as s:
        repo = MemberRepository(s)
        me = repo.add(ME)
        kid = repo.add(
            Member(
                name="王小明",
                relation=Relation.CHILD,
                gender=Gender.MALE,
                birth_date=date(2012, 9, 1),
                scheme=Scheme.RESIDENT,
                region_code=None,
                enrolled=False,
            )
        )
    assert me.id is not None and kid.id is not None
    assert replace(me, id=None) == ME
    with factory.begin() as s:
        repo = MemberRepository(s)
        assert repo.get_self() == me
        assert repo.get(kid.id) == kid
        assert repo.find_by_id_number("510502198005120033") == me
        assert repo.list() == [me, kid]
        updated = repo.update(replace(kid, scheme=Scheme.NONE, notes="已退保"))
        assert updated.notes == "已退保" and updated.scheme is Scheme.NONE
    with factory.begin() as s:
        repo = MemberRepository(s)
        assert repo.get(kid.id) == updated
        assert repo.delete(kid.id) is True
        assert repo.delete(kid.id) is False
        assert repo.get(kid.id) is None
        with pytest.raises(RowNotFound):
            repo.update(updated)
        with pytest.raises(RowNotFound):
            repo.update(replace(updated, id=None))
    with factory() as s:
        assert MemberRepository(s).get_self() == me


def test_overrides(factory: sessionmaker[Session]) -> None:
    tiers = (
        FrozenTable({"upto": Decimal("10000"), "rate": Decimal("0.85")}),
        FrozenTable({"upto": Decimal("50000"), "rate": Decimal("0.90")}),
    )
    values = [
        Decimal("0.020"),
        12,
        "按月",
        True,
        date(2025, 1, 1),
        ("甲", "乙"),
        FrozenTable({"a": Decimal("1.10")}),
        tiers,
    ]
    with factory.begin() as s:
        repo = OverrideRepository(s)
        added = [
            repo.add(Override("city-510500", f"k.p{i}", date(2025, 1, 1), v, note="n"))
            for i, v in enumerate(values)
        ]
    with factory() as s:
        repo = OverrideRepository(s)
        back = repo.list()
        assert back == added
        for original, stored in zip(values, (o.value for o in back), strict=True):
            assert type(stored) is type(original)
            assert stored == original
        assert str(back[0].value) == "0.020"
        assert isinstance(back[-1].value, tuple) and isinstance(back[-1].value[0], FrozenTable)
        assert hash(back[-1].value)  # domain values are hashable
        found = repo.find("city-510500", "k.p1", date(2025, 1, 1))
        assert found is not None and found.value == 12
        assert repo.find("city-510500", "k.p1", date(2025, 1, 2)) is None
        assert added[0].id is not None
        assert repo.get(added[0].id) == added[0]
    with factory.begin() as s:
        repo = OverrideRepository(s)
        changed = repo.update(replace(added[1], value=Decimal("13.5"), note="改"))
        assert changed.id == added[1].id and changed.value == Decimal("13.5")
        assert repo.get(added[1].id or 0) == changed
        with pytest.raises(RowNotFound):
            repo.update(replace(added[1], id=None))
        assert added[0].id is not None
        assert repo.delete(added[0].id)
        assert not repo.delete(added[0].id)
        assert len(repo.list()) == len(values) - 1
