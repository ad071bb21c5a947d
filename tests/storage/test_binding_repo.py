"""Binding repository: round trip, the snapshot kept apart from the user's notes, and the
0001 fixture database upgraded to the current schema taking bindings."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import select

from yibao.domain.bindings import Binding, BindingStatus
from yibao.domain.family import BindingSnapshot
from yibao.domain.people import Scheme
from yibao.storage.binding_repo import BindingRepository, snapshot_from_json, snapshot_to_json
from yibao.storage.engine import make_engine, make_session_factory
from yibao.storage.migrate import upgrade_database
from yibao.storage.models import MemberRow

FIXTURES = Path(__file__).resolve().parent / "fixtures"

SNAP = BindingSnapshot(Scheme.EMPLOYEE_ACTIVE, "140100", Scheme.RESIDENT, "140100", True, True)


def test_snapshot_round_trip() -> None:
    assert snapshot_from_json(snapshot_to_json(SNAP)) == SNAP
    assert snapshot_from_json(snapshot_to_json(None)) is None


def test_unreadable_snapshot_is_dropped_not_fatal() -> None:
    assert snapshot_from_json({"giver_scheme": "nonsense"}) is None
    assert snapshot_from_json("broken") is None


def test_fixture_0001_upgrades_and_takes_bindings(tmp_path: Path) -> None:
    db = tmp_path / "yibao.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", db)
    upgrade_database(db, tmp_path / "backups")
    engine = make_engine(db)
    factory = make_session_factory(engine)
    try:
        with factory() as session:
            ids = list(session.scalars(select(MemberRow.id).order_by(MemberRow.id)))
            repo = BindingRepository(session)
            saved = repo.add(
                Binding(ids[0], ids[1], BindingStatus.ACTIVE, date(2026, 1, 10), notes="备注"),
                SNAP,
            )
            session.commit()
        with factory() as session:
            repo = BindingRepository(session)
            ((binding, snapshot),) = repo.list()
            assert binding == saved and snapshot == SNAP
            assert binding.notes == "备注"
            updated = repo.update(
                Binding(
                    ids[0],
                    ids[1],
                    BindingStatus.DISSOLVED,
                    date(2026, 1, 10),
                    date(2026, 3, 1),
                    "自动解除：测试",
                    "备注",
                    binding.id,
                ),
                SNAP,
            )
            assert updated.status is BindingStatus.DISSOLVED
            assert binding.id is not None and repo.delete(binding.id)
            assert not repo.delete(binding.id)
            session.commit()
    finally:
        engine.dispose()
