from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from yibao.paths import AppPaths
from yibao.services import backups
from yibao.services.database import Database, open_database, start_afresh
from yibao.services.errors import EnvironmentProblem, ProblemKind
from yibao.storage import migrate
from yibao.storage.engine import make_engine

FIXTURE = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "schema-0001.sqlite3"


def test_open_creates_then_reopens(tmp_paths: AppPaths) -> None:
    opened = open_database(tmp_paths)
    assert opened.upgraded_from is None and opened.backup is None
    assert tmp_paths.db_path.exists() and tmp_paths.backup_dir.is_dir()
    with opened.db.session() as s:
        s.execute(
            text(
                "INSERT INTO policy_overrides (region_key, parameter_key, effective_from,"
                " value_json, note, created_at) VALUES ('national', 'a.b', '2025-01-01',"
                ' \'{"t":"int","v":"1"}\', \'\', \'2025-01-01 00:00:00\')'
            )
        )
    opened.db.close()
    again = open_database(tmp_paths)
    with again.db.session() as s:
        assert s.execute(text("SELECT count(*) FROM policy_overrides")).scalar() == 1
    again.db.close()


def test_open_upgrades_with_backup(tmp_paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_paths.ensure()
    shutil.copyfile(FIXTURE, tmp_paths.db_path)
    # Pretend this release knows a newer schema 0002 (the upgrade itself is stubbed).
    monkeypatch.setattr(migrate, "known_revisions", lambda: ["0001", "0002"])
    monkeypatch.setattr(migrate, "run_migrations", lambda path: None)
    opened = open_database(tmp_paths)
    try:
        assert opened.upgraded_from == "0001"
        assert opened.backup is not None and opened.backup.reason == "before-upgrade"
        assert opened.backup.path.parent == tmp_paths.backup_dir
    finally:
        opened.db.close()


def test_open_corrupt_file_is_refused_and_kept(tmp_paths: AppPaths) -> None:
    tmp_paths.ensure()
    tmp_paths.db_path.write_bytes(b"garbage" * 100)
    with pytest.raises(EnvironmentProblem) as info:
        open_database(tmp_paths)
    assert info.value.kind is ProblemKind.CORRUPT
    assert info.value.path == tmp_paths.db_path
    assert tmp_paths.db_path.read_bytes() == b"garbage" * 100


def test_open_zero_byte_file_is_refused_and_kept(tmp_paths: AppPaths) -> None:
    """A zero-byte data file is a lost household, not a new install: no silent fresh start."""
    opened = open_database(tmp_paths)
    backups.backup_now(opened.db)
    opened.db.close()
    tmp_paths.db_path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        tmp_paths.db_path.with_name(tmp_paths.db_path.name + suffix).unlink(missing_ok=True)
    with pytest.raises(EnvironmentProblem) as info:
        open_database(tmp_paths)
    assert info.value.kind is ProblemKind.EMPTY_FILE
    assert "数据文件是空的（0 字节）" in info.value.message
    assert str(tmp_paths.db_path) in info.value.message
    assert tmp_paths.db_path.exists() and tmp_paths.db_path.stat().st_size == 0
    assert len(backups.list_backups(tmp_paths)) == 1


def test_start_afresh_keeps_the_zero_byte_file(tmp_paths: AppPaths) -> None:
    tmp_paths.ensure()
    tmp_paths.db_path.write_bytes(b"")
    opened = start_afresh(tmp_paths)
    opened.db.close()
    assert migrate.inspect_database(tmp_paths.db_path).status is migrate.DbStatus.CURRENT
    aside = list(Path(tmp_paths.data_dir).glob("yibao.sqlite3.empty-*"))
    assert len(aside) == 1 and aside[0].stat().st_size == 0


def test_open_damaged_middle_is_corrupt(tmp_paths: AppPaths) -> None:
    opened = open_database(tmp_paths)
    with opened.db.session() as s:
        for i in range(2000):
            s.execute(
                text(
                    "INSERT INTO policy_overrides (region_key, parameter_key, effective_from,"
                    " value_json, note, created_at) VALUES ('national', :k, '2025-01-01',"
                    ' \'{"t":"int","v":"1"}\', :n, \'2025-01-01 00:00:00\')'
                ),
                {"k": f"a.b{i}", "n": "说明" * 50},
            )
    opened.db.close()
    conn = sqlite3.connect(tmp_paths.db_path)
    conn.execute("PRAGMA journal_mode=DELETE")  # everything in the main file
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.close()
    with tmp_paths.db_path.open("r+b") as fh:
        fh.seek(page_size * (pages // 2))
        fh.write(b"\xa5\x5a" * (page_size * 2))
    with pytest.raises(EnvironmentProblem) as info:
        open_database(tmp_paths)
    assert info.value.kind is ProblemKind.CORRUPT


def test_open_removes_stale_partial_backups(tmp_paths: AppPaths) -> None:
    open_database(tmp_paths).db.close()
    part = tmp_paths.backup_dir / ".yibao-20261130-101500-manual.sqlite3.part"
    shutil.copyfile(tmp_paths.db_path, part)
    os.utime(part, (1_000_000_000, 1_000_000_000))
    open_database(tmp_paths).db.close()
    assert not part.exists()


def test_open_too_new_is_refused(tmp_paths: AppPaths) -> None:
    open_database(tmp_paths).db.close()
    conn = sqlite3.connect(tmp_paths.db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    with pytest.raises(EnvironmentProblem) as info:
        open_database(tmp_paths)
    assert info.value.kind is ProblemKind.TOO_NEW
    assert "此数据库由更新版本的医保个人助手创建，请升级软件后再打开" in info.value.message


def test_open_locked_file(tmp_paths: AppPaths) -> None:
    open_database(tmp_paths).db.close()
    conn = sqlite3.connect(tmp_paths.db_path)
    conn.execute("PRAGMA journal_mode=DELETE")  # so an exclusive lock blocks readers too
    conn.close()
    holder = sqlite3.connect(tmp_paths.db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(EnvironmentProblem) as info:
            open_database(tmp_paths)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert info.value.kind is ProblemKind.LOCKED


def _count(db: Database) -> int:
    with db.session() as s:
        return int(s.execute(text("SELECT count(*) FROM policy_overrides")).scalar_one())


def _insert(db: Database, key: str) -> None:
    with db.session() as s:
        s.execute(
            text(
                "INSERT INTO policy_overrides (region_key, parameter_key, effective_from,"
                " value_json, note, created_at) VALUES ('national', :k, '2025-01-01',"
                ' \'{"t":"int","v":"1"}\', \'\', \'2025-01-01 00:00:00\')'
            ),
            {"k": key},
        )


def test_session_commits_and_rolls_back(db: Database) -> None:
    _insert(db, "a.one")
    with pytest.raises(RuntimeError), db.session() as s:
        s.execute(text("DELETE FROM policy_overrides"))
        raise RuntimeError("boom")
    assert _count(db) == 1


def test_locked_write_keeps_saved_data(db: Database) -> None:
    _insert(db, "a.one")
    holder = sqlite3.connect(db.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(EnvironmentProblem) as info:
            _insert(db, "a.two")
        assert info.value.kind is ProblemKind.LOCKED
        assert "没有丢失" in info.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _count(db) == 1
    _insert(db, "a.two")  # and it works again once the other program lets go
    assert _count(db) == 2


def test_disk_full_write(db: Database) -> None:
    _insert(db, "a.one")
    # A real SQLITE_FULL: cap the file at its current size.
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    with pytest.raises(EnvironmentProblem) as info, db.session() as s:
        s.connection().exec_driver_sql(f"PRAGMA max_page_count={pages}")
        for i in range(2000):
            s.execute(
                text(
                    "INSERT INTO policy_overrides (region_key, parameter_key, effective_from,"
                    " value_json, note, created_at) VALUES ('national', :k, '2025-01-01',"
                    " '1', :note, '2025-01-01 00:00:00')"
                ),
                {"k": f"b.k{i}", "note": "x" * 500},
            )
    assert info.value.kind is ProblemKind.DISK_FULL
    db.close()  # drop the capped connection
    assert _count(db) == 1


def test_disk_full_simulated(db: Database) -> None:
    from sqlalchemy import event

    def full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    event.listen(db.engine, "before_cursor_execute", full)
    try:
        with pytest.raises(EnvironmentProblem) as info:
            _insert(db, "a.one")
    finally:
        event.remove(db.engine, "before_cursor_execute", full)
    assert info.value.kind is ProblemKind.DISK_FULL
    assert _count(db) == 0


def test_read_only_database(tmp_paths: AppPaths) -> None:
    opened = open_database(tmp_paths)
    _insert(opened.db, "a.one")
    opened.db.close()
    # Root ignores file modes, so open it the way SQLite sees a write-protected file.
    ro = Database(make_engine(tmp_paths.db_path, read_only=True), tmp_paths.db_path, Path())
    try:
        with pytest.raises(EnvironmentProblem) as info:
            _insert(ro, "a.two")
        assert info.value.kind is ProblemKind.READ_ONLY
        assert _count(ro) == 1
    finally:
        ro.close()


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="POSIX modes; root can write read-only files"
)
def test_read_only_file_mode(tmp_paths: AppPaths) -> None:
    opened = open_database(tmp_paths)
    _insert(opened.db, "a.one")
    opened.db.close()
    for p in tmp_paths.data_dir.glob("yibao.sqlite3*"):
        p.chmod(0o400)
    tmp_paths.data_dir.chmod(0o500)
    try:
        with pytest.raises(EnvironmentProblem) as info:
            db = open_database(tmp_paths).db
            try:
                _insert(db, "a.two")
            finally:
                db.close()
        assert info.value.kind in (ProblemKind.READ_ONLY, ProblemKind.IO)
    finally:
        tmp_paths.data_dir.chmod(0o700)


def test_unreadable_file(tmp_paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    from yibao.services import database as database_service
    from yibao.storage.migrate import DbState, DbStatus

    open_database(tmp_paths).db.close()
    state = DbState(DbStatus.UNREADABLE, detail="unable to open database file")
    monkeypatch.setattr(database_service, "inspect_database", lambda path: state)
    with pytest.raises(EnvironmentProblem) as info:
        open_database(tmp_paths)
    assert info.value.kind is ProblemKind.UNREADABLE
    assert "没有修改或删除" in info.value.message
