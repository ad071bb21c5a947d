from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from yibao.domain.people import Gender, Relation, Scheme
from yibao.storage.engine import make_engine, make_session_factory
from yibao.storage.migrate import upgrade_database
from yibao.storage.models import MemberRow

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    db = tmp_path / "yibao.sqlite3"
    upgrade_database(db, tmp_path / "backups")
    eng = make_engine(db)
    yield eng
    eng.dispose()


def _member(relation: Relation, name: str, id_number: str | None = None) -> MemberRow:
    return MemberRow(
        relation=relation,
        name=name,
        gender=Gender.FEMALE,
        birth_date=date(1990, 1, 1),
        id_number=id_number,
        scheme=Scheme.RESIDENT,
        region_code="510500",
    )


def test_pragmas_on_every_connection(engine: Engine) -> None:
    for _ in range(2):
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 3000
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        engine.dispose()  # force a fresh DBAPI connection next time


def test_file_is_wal_for_other_connections(engine: Engine, tmp_path: Path) -> None:
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    plain = sqlite3.connect(tmp_path / "yibao.sqlite3")
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        plain.close()


@posix_only
def test_new_files_are_private(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    eng = make_engine(db)
    try:
        with eng.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
            conn.exec_driver_sql("INSERT INTO t VALUES (1)")
        names = [db.name, db.name + "-wal", db.name + "-shm"]
        present = [n for n in names if (tmp_path / n).exists()]
        assert db.name in present and db.name + "-wal" in present
        for name in present:
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    finally:
        eng.dispose()


def test_at_most_one_self_row(engine: Engine) -> None:
    factory = make_session_factory(engine)
    with factory.begin() as session:
        session.add(_member(Relation.SELF, "本人"))
        session.add(_member(Relation.CHILD, "孩子甲"))
        session.add(_member(Relation.CHILD, "孩子乙"))  # several non-self rows are fine
    with pytest.raises(IntegrityError), factory.begin() as session:
        session.add(_member(Relation.SELF, "又一个本人"))
    with factory() as session:
        assert session.execute(text("SELECT count(*) FROM members")).scalar() == 3


def test_id_number_unique_but_optional(engine: Engine) -> None:
    factory = make_session_factory(engine)
    with factory.begin() as session:
        session.add(_member(Relation.CHILD, "甲"))
        session.add(_member(Relation.CHILD, "乙"))  # two NULL id numbers
        session.add(_member(Relation.SPOUSE, "丙", "11010519491231002X"))
    with pytest.raises(IntegrityError), factory.begin() as session:
        session.add(_member(Relation.PARENT, "丁", "11010519491231002X"))


def test_enums_stored_as_values(engine: Engine) -> None:
    factory = make_session_factory(engine)
    with factory.begin() as session:
        session.add(_member(Relation.MATERNAL_GRANDPARENT, "外婆"))
    with engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT relation, gender, scheme FROM members").one()
    assert tuple(row) == ("maternal_grandparent", "female", "resident")


def test_transaction_rolls_back_ddl_and_dml(engine: Engine) -> None:
    # SQLAlchemy (not the driver) begins transactions, so DDL is transactional too.
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        raise RuntimeError("boom")
    with engine.connect() as conn:
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name = 'scratch'"
            ).scalar()
            == 0
        )


def test_read_only_engine(engine: Engine, tmp_path: Path) -> None:
    factory = make_session_factory(engine)
    with factory.begin() as session:
        session.add(_member(Relation.SELF, "本人"))
    engine.dispose()
    ro = make_engine(tmp_path / "yibao.sqlite3", read_only=True)
    try:
        with ro.connect() as conn:
            assert conn.exec_driver_sql("SELECT name FROM members").scalar() == "本人"
        with pytest.raises(Exception, match="readonly"), ro.begin() as conn:
            conn.exec_driver_sql("DELETE FROM members")
    finally:
        ro.dispose()
