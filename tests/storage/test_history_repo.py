"""Schema 0003 (contribution history): the 0001 fixture upgrades through it keeping its data,
the new tables work, deleting a member removes their records."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

from tests.domain.history_helpers import record
from yibao.domain.contributions import AccountMovement, MemberHistory, MovementKind
from yibao.storage.engine import make_engine, make_session_factory
from yibao.storage.history_repo import HistoryQuery, HistoryRepository
from yibao.storage.migrate import HEAD_REVISION, inspect_database, upgrade_database
from yibao.storage.repositories import MemberRepository

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_fixture_0001_upgrades_through_0003_and_tables_work(tmp_path: Path) -> None:
    db = tmp_path / "yibao.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", db)
    conn = sqlite3.connect(db)
    before = conn.execute("SELECT * FROM members ORDER BY id").fetchall()
    conn.close()
    upgrade_database(db, tmp_path / "backups")
    assert inspect_database(db).revision == HEAD_REVISION
    conn = sqlite3.connect(db)
    try:
        after = conn.execute("SELECT * FROM members ORDER BY id").fetchall()
        # the old columns are untouched; later revisions only add columns (0005: died_on)
        assert [row[: len(before[0])] for row in after] == before
        assert all(value is None for row in after for value in row[len(before[0]) :])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"contributions", "member_history", "account_movements"} <= tables
    finally:
        conn.close()
    engine = make_engine(db)
    try:
        with make_session_factory(engine)() as session:
            members = MemberRepository(session).list()
            wang = next(m for m in members if m.name == "王建国")
            assert wang.id is not None
            repo = HistoryRepository(session)
            saved = repo.add(record("2024-01", member_id=wang.id, credited="120"))
            assert saved.id is not None and saved.credited == Decimal("120.00")
            repo.set_member_history(
                MemberHistory(wang.id, 96, Decimal("1000.50"), date(2024, 1, 1))
            )
            repo.add_movement(
                AccountMovement(wang.id, date(2024, 2, 1), MovementKind.LTC, Decimal(4))
            )
            session.commit()
            assert repo.ids(HistoryQuery(member_id=wang.id)).tolist() == [saved.id]
            assert repo.member_history(wang.id).opening_balance == Decimal("1000.50")
            # deleting the member takes their history along (ON DELETE CASCADE)
            MemberRepository(session).delete(wang.id)
            session.commit()
            assert repo.count() == 0 and repo.movements(wang.id) == []
    finally:
        engine.dispose()


def test_money_is_integer_fen_in_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    upgrade_database(db, tmp_path / "b")
    engine = make_engine(db)
    try:
        with make_session_factory(engine)() as session:
            from yibao.domain.people import Gender, Member, Relation, Scheme

            m = MemberRepository(session).add(
                Member("甲", Relation.SELF, Gender.MALE, None, Scheme.EMPLOYEE_ACTIVE, "510500")
            )
            assert m.id is not None
            HistoryRepository(session).add(record("2024-01", member_id=m.id, personal="364.52"))
            session.commit()
    finally:
        engine.dispose()
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT typeof(personal), personal, month FROM contributions").fetchone()
        assert row == ("integer", 36452, 202401)
    finally:
        conn.close()
