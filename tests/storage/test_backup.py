from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from yibao.storage import backup as backup_mod
from yibao.storage.backup import (
    KEEP_AUTOMATIC,
    InvalidBackup,
    backup_database,
    list_backups,
    prune_backups,
    remove_stale_partials,
    restore_backup,
)
from yibao.storage.engine import make_engine
from yibao.storage.migrate import DbStatus, inspect_database, upgrade_database

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "schema-0001.sqlite3"


def _names(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM members ORDER BY id")]
    finally:
        conn.close()


def _rename_all(db: Path, name: str) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE members SET name = ?", (name,))
    conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "yibao.sqlite3"
    shutil.copyfile(FIXTURE, path)
    upgrade_database(path, tmp_path / "upgrade-backups")  # not the dir under test
    return path


def test_backup_name_perms_and_content(db: Path, tmp_path: Path) -> None:
    when = datetime(2025, 3, 1, 9, 30, 5)
    info = backup_database(db, tmp_path / "backups", "manual", now=when)
    assert info.path.name == "yibao-20250301-093005-manual.sqlite3"
    assert info.created == when and info.reason == "manual" and not info.automatic
    assert info.size_bytes == info.path.stat().st_size > 0
    assert info.revision == inspect_database(db).revision
    if os.name == "posix":
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert _names(info.path) == _names(db)
    # A standalone file: no WAL companions needed.
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()
    again = backup_database(db, tmp_path / "backups", "manual", now=when)
    assert again.path.name == "yibao-20250301-093005-2-manual.sqlite3"
    assert [p.name for p in (tmp_path / "backups").iterdir()] != []
    assert not list((tmp_path / "backups").glob(".*"))  # no temp files left


def test_backup_sees_uncheckpointed_wal_data(db: Path, tmp_path: Path) -> None:
    engine = make_engine(db)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("UPDATE members SET name = '在WAL里'")
        # The app still holds its connection; the data is (at least partly) in -wal.
        info = backup_database(db, tmp_path / "backups", "manual")
    finally:
        engine.dispose()
    assert set(_names(info.path)) == {"在WAL里"}


def test_unknown_reason_refused(db: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="reason"):
        backup_database(db, tmp_path / "backups", "whenever")


def test_list_backups_newest_first_and_ignores_strangers(db: Path, tmp_path: Path) -> None:
    bdir = tmp_path / "backups"
    t0 = datetime(2025, 1, 1, 12, 0, 0)
    backup_database(db, bdir, "manual", now=t0)
    backup_database(db, bdir, "before-upgrade", now=t0 + timedelta(days=1))
    backup_database(db, bdir, "before-restore", now=t0 + timedelta(days=2))
    (bdir / "notes.txt").write_text("x")
    (bdir / "yibao-garbage.sqlite3").write_text("x")
    infos = list_backups(bdir)
    assert [i.reason for i in infos] == ["before-restore", "before-upgrade", "manual"]
    assert all(i.revision is not None for i in infos)
    assert list_backups(tmp_path / "nowhere") == []


def test_pruning_keeps_manual_and_newest_automatic(db: Path, tmp_path: Path) -> None:
    bdir = tmp_path / "backups"
    t0 = datetime(2025, 1, 1, 0, 0, 0)
    backup_database(db, bdir, "manual", now=t0 - timedelta(days=30))
    for i in range(KEEP_AUTOMATIC + 3):
        reason = "before-upgrade" if i % 2 else "before-restore"
        backup_database(db, bdir, reason, now=t0 + timedelta(hours=i))
    infos = list_backups(bdir)
    automatic = [i for i in infos if i.automatic]
    assert len(automatic) == KEEP_AUTOMATIC
    assert automatic[-1].created == t0 + timedelta(hours=3)  # the three oldest went
    assert [i.reason for i in infos].count("manual") == 1
    assert prune_backups(bdir, keep_automatic=0) != []
    assert [i.reason for i in list_backups(bdir)] == ["manual"]


def test_disk_full_leaves_no_partial_backup(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bdir = tmp_path / "backups"
    bdir.mkdir(exist_ok=True)
    real_replace = os.replace

    def full(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_mod.os, "replace", full)
    with pytest.raises(OSError) as info:
        backup_database(db, bdir, "manual")
    assert info.value.errno == errno.ENOSPC
    monkeypatch.setattr(backup_mod.os, "replace", real_replace)
    assert list(bdir.iterdir()) == []


def test_restore_brings_old_data_back(db: Path, tmp_path: Path) -> None:
    bdir = tmp_path / "backups"
    original = _names(db)
    saved = backup_database(db, bdir, "manual")
    _rename_all(db, "改过了")
    before = restore_backup(saved.path, db, bdir)
    assert _names(db) == original
    assert before is not None and before.reason == "before-restore"
    assert set(_names(before.path)) == {"改过了"}  # the replaced data is kept too
    assert inspect_database(db).status is DbStatus.CURRENT
    if os.name == "posix":
        assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_restore_removes_stale_wal(db: Path, tmp_path: Path) -> None:
    bdir = tmp_path / "backups"
    saved = backup_database(db, bdir, "manual")
    engine = make_engine(db)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE members SET name = 'x'")
    # Simulate a crash: copy the -wal aside before the app closes, then put it back.
    wal = db.with_name(db.name + "-wal")
    assert wal.exists()
    wal_bytes = wal.read_bytes()
    engine.dispose()
    wal.write_bytes(wal_bytes)
    restore_backup(saved.path, db, bdir)
    assert not wal.exists()
    assert "x" not in _names(db)


def test_restore_over_corrupt_file_keeps_it_aside(db: Path, tmp_path: Path) -> None:
    bdir = tmp_path / "backups"
    saved = backup_database(db, bdir, "manual")
    garbage = b"\x00garbage" * 1000
    db.write_bytes(garbage)
    assert restore_backup(saved.path, db, bdir) is None
    aside = list(tmp_path.glob("yibao.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == garbage
    assert _names(db) == _names(saved.path)


def test_restore_over_zero_byte_file_keeps_it_aside(db: Path, tmp_path: Path) -> None:
    bdir = tmp_path / "backups"
    saved = backup_database(db, bdir, "manual")
    db.write_bytes(b"")
    assert restore_backup(saved.path, db, bdir) is None
    aside = list(tmp_path.glob("yibao.sqlite3.empty-*"))
    assert len(aside) == 1 and aside[0].stat().st_size == 0  # kept, never deleted
    assert _names(db) == _names(saved.path)


def test_stale_partial_copies_are_removed(db: Path, tmp_path: Path) -> None:
    """A killed backup leaves ``.part`` files (a copy of the data); old ones go at start."""
    bdir = tmp_path / "backups"
    backup_database(db, bdir, "manual")
    part = bdir / ".yibao-20261130-101500-manual.sqlite3.part"
    shutil.copyfile(db, part)
    journal = part.with_name(part.name + "-journal")
    journal.write_bytes(b"j" * 100)
    restoring = tmp_path / ".yibao.sqlite3.restoring"
    shutil.copyfile(db, restoring)
    fresh = bdir / ".yibao-20261201-090000-manual.sqlite3.part"  # another copy of the app
    fresh.write_bytes(b"being written")
    stranger = bdir / "notes.part"
    stranger.write_bytes(b"not ours")
    now = datetime(2026, 12, 1, 9, 5).timestamp()
    old = now - 3600
    for path in (part, journal, restoring, stranger):
        os.utime(path, (old, old))
    os.utime(fresh, (now - 60, now - 60))
    removed = remove_stale_partials(bdir, tmp_path, now=now)
    assert sorted(p.name for p in removed) == sorted([part.name, journal.name, restoring.name])
    assert not part.exists() and not journal.exists() and not restoring.exists()
    assert fresh.exists() and stranger.exists() and db.exists()
    assert len(list_backups(bdir)) == 1  # finished backups are never touched


def test_restore_into_missing_file(db: Path, tmp_path: Path) -> None:
    bdir = tmp_path / "backups"
    saved = backup_database(db, bdir, "manual")
    target = tmp_path / "elsewhere" / "yibao.sqlite3"
    assert restore_backup(saved.path, target, bdir) is None
    assert _names(target) == _names(db)


def test_damaged_backup_is_refused_and_nothing_touched(db: Path, tmp_path: Path) -> None:
    bdir = tmp_path / "backups"
    saved = backup_database(db, bdir, "manual")
    data = bytearray(saved.path.read_bytes())
    data[4096:8192] = b"\x07" * 4096
    saved.path.write_bytes(bytes(data))
    current = db.read_bytes()
    with pytest.raises(InvalidBackup):
        restore_backup(saved.path, db, bdir)
    assert db.read_bytes() == current
    not_sqlite = tmp_path / "x.sqlite3"
    not_sqlite.write_text("hello")
    with pytest.raises(InvalidBackup):
        restore_backup(not_sqlite, db, bdir)


def test_too_new_backup_is_refused(db: Path, tmp_path: Path) -> None:
    bdir = tmp_path / "backups"
    saved = backup_database(db, bdir, "manual")
    conn = sqlite3.connect(saved.path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(InvalidBackup) as info:
        restore_backup(saved.path, db, bdir)
    assert info.value.too_new


def test_restore_refuses_locked_database(db: Path, tmp_path: Path) -> None:
    bdir = tmp_path / "backups"
    saved = backup_database(db, bdir, "manual")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            restore_backup(saved.path, db, bdir)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(tmp_path.glob("*.corrupt-*"))
