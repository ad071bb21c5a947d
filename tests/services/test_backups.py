from __future__ import annotations

import errno
import os
import sqlite3
from datetime import date

import pytest

from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.paths import AppPaths
from yibao.services import backups
from yibao.services.database import open_database
from yibao.services.errors import EnvironmentProblem, ProblemKind
from yibao.services.household import add_member, list_members, save_profile
from yibao.storage import backup as storage_backup

TODAY = date(2025, 6, 1)
ME = Member(
    name="王建国",
    relation=Relation.SELF,
    gender=Gender.MALE,
    birth_date=date(1980, 5, 12),
    scheme=Scheme.EMPLOYEE_ACTIVE,
    region_code="510500",
)
KID = Member(
    name="王小明",
    relation=Relation.CHILD,
    gender=Gender.MALE,
    birth_date=date(2012, 9, 1),
    scheme=Scheme.RESIDENT,
    region_code="510500",
)


def test_backup_change_restore(tmp_paths: AppPaths) -> None:
    db = open_database(tmp_paths).db
    save_profile(db, ME, today=TODAY)
    info = backups.backup_now(db)
    assert info.reason == "manual" and info.path.parent == tmp_paths.backup_dir
    add_member(db, KID, today=TODAY)
    assert len(list_members(db)) == 2
    assert [b.path for b in backups.list_backups(tmp_paths)] == [info.path]
    db.close()

    opened = backups.restore(tmp_paths, info.path)
    try:
        assert [m.name for m in list_members(opened.db)] == ["王建国"]
        # The replaced data was kept as a before-restore backup.
        assert opened.backup is not None and opened.backup.reason == "before-restore"
        reasons = [b.reason for b in backups.list_backups(tmp_paths)]
        assert sorted(reasons) == ["before-restore", "manual"]
    finally:
        opened.db.close()
    # The before-restore backup has the child: restoring it undoes the restore.
    assert opened.backup is not None
    undone = backups.restore(tmp_paths, opened.backup.path)
    try:
        assert [m.name for m in list_members(undone.db)] == ["王建国", "王小明"]
    finally:
        undone.db.close()


def test_restore_over_corrupt_database(tmp_paths: AppPaths) -> None:
    db = open_database(tmp_paths).db
    save_profile(db, ME, today=TODAY)
    info = backups.backup_now(db)
    db.close()
    tmp_paths.db_path.write_bytes(b"\x00not a database" * 500)
    with pytest.raises(EnvironmentProblem) as problem:
        open_database(tmp_paths)
    assert problem.value.kind is ProblemKind.CORRUPT

    opened = backups.restore(tmp_paths, info.path)
    try:
        assert [m.name for m in list_members(opened.db)] == ["王建国"]
        assert opened.backup is None  # nothing readable to back up …
    finally:
        opened.db.close()
    aside = list(tmp_paths.data_dir.glob("yibao.sqlite3.corrupt-*"))
    assert len(aside) == 1  # … but the damaged file is kept
    assert aside[0].read_bytes() == b"\x00not a database" * 500


def test_restore_missing_backup(tmp_paths: AppPaths) -> None:
    open_database(tmp_paths).db.close()
    with pytest.raises(EnvironmentProblem) as problem:
        backups.restore(tmp_paths, tmp_paths.backup_dir / "gone.sqlite3")
    assert problem.value.kind is ProblemKind.MISSING_BACKUP


def test_restore_damaged_backup_changes_nothing(tmp_paths: AppPaths) -> None:
    db = open_database(tmp_paths).db
    save_profile(db, ME, today=TODAY)
    db.close()
    bad = tmp_paths.data_dir / "bad.sqlite3"
    bad.write_bytes(b"hello")
    before = tmp_paths.db_path.read_bytes()
    with pytest.raises(EnvironmentProblem) as problem:
        backups.restore(tmp_paths, bad)
    assert problem.value.kind is ProblemKind.CORRUPT
    assert "备份" in problem.value.message and problem.value.path == bad
    assert tmp_paths.db_path.read_bytes() == before


def test_restore_too_new_backup(tmp_paths: AppPaths) -> None:
    db = open_database(tmp_paths).db
    info = backups.backup_now(db)
    db.close()
    conn = sqlite3.connect(info.path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    with pytest.raises(EnvironmentProblem) as problem:
        backups.restore(tmp_paths, info.path)
    assert problem.value.kind is ProblemKind.TOO_NEW


def test_disk_full_during_backup_leaves_nothing(
    tmp_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(tmp_paths).db
    save_profile(db, ME, today=TODAY)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage_backup.os, "fsync", full)
    try:
        with pytest.raises(EnvironmentProblem) as problem:
            backups.backup_now(db)
    finally:
        monkeypatch.undo()
        db.close()
    assert problem.value.kind is ProblemKind.DISK_FULL
    assert list(tmp_paths.backup_dir.iterdir()) == []


def test_sqlite_disk_full_during_backup(
    tmp_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(tmp_paths).db
    real_connect = sqlite3.connect

    class FullConnection:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self._conn = conn

        def backup(self, target: sqlite3.Connection) -> None:
            target.execute("CREATE TABLE partial (x)")  # something was written …
            raise sqlite3.OperationalError("database or disk is full")

        def close(self) -> None:
            self._conn.close()

    def connect(database: object, *args: object, **kwargs: object) -> object:
        conn = real_connect(database, *args, **kwargs)  # type: ignore[arg-type]
        return FullConnection(conn) if "mode=rw" in str(database) else conn

    monkeypatch.setattr(storage_backup.sqlite3, "connect", connect)
    try:
        with pytest.raises(EnvironmentProblem) as problem:
            backups.backup_now(db)
    finally:
        monkeypatch.undo()
        db.close()
    assert problem.value.kind is ProblemKind.DISK_FULL
    assert list(tmp_paths.backup_dir.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_backups_are_private(tmp_paths: AppPaths) -> None:
    db = open_database(tmp_paths).db
    try:
        info = backups.backup_now(db)
    finally:
        db.close()
    assert info.path.stat().st_mode & 0o777 == 0o600
