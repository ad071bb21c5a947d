"""Backups saved to a file of the user's choice: plain or with a password, checked before use."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.paths import AppPaths
from yibao.services import backup_files
from yibao.services.database import open_database
from yibao.services.errors import EnvironmentProblem, InvalidInput, ProblemKind
from yibao.services.household import add_member, list_members, save_profile
from yibao.storage import backup_file

TODAY = date(2025, 6, 1)
ME = Member(
    name="王建国",
    relation=Relation.SELF,
    gender=Gender.FEMALE,
    birth_date=date(1949, 12, 31),
    scheme=Scheme.EMPLOYEE_RETIRED,
    region_code="510500",
    id_number="11010519491231002X",
)
KID = Member(
    name="王小明",
    relation=Relation.CHILD,
    gender=Gender.MALE,
    birth_date=date(2012, 9, 1),
    scheme=Scheme.RESIDENT,
    region_code="510500",
)


def _saved(tmp_paths: AppPaths, target: Path, password: str = "") -> None:
    db = open_database(tmp_paths).db
    save_profile(db, ME, today=TODAY)
    backup_files.save_backup_to(db, target, password, password)
    add_member(db, KID, today=TODAY)  # a change after the backup
    db.close()


def _names(tmp_paths: AppPaths) -> list[str]:
    db = open_database(tmp_paths).db
    try:
        return [m.name for m in list_members(db)]
    finally:
        db.close()


def _errors(exc: InvalidInput) -> list[tuple[str, str]]:
    return [(e.field, e.message) for e in exc.errors]


def test_plain_file_round_trip_and_only_the_user_can_read_it(
    tmp_paths: AppPaths, tmp_path: Path
) -> None:
    target = tmp_path / "usb" / "家里的医保.yibao-backup"
    target.parent.mkdir()
    _saved(tmp_paths, target)
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not list(target.parent.glob(".*part"))
    opened = backup_files.restore_from_file(tmp_paths, target)
    opened.db.close()
    assert _names(tmp_paths) == ["王建国"]
    # the data from before the restore is kept as a backup, and no plain copy is left behind
    assert opened.backup is not None and opened.backup.reason == "before-restore"
    assert not list(tmp_paths.data_dir.glob(".yibao-file-*"))


def test_encrypted_file_holds_no_readable_data_and_needs_its_password(
    tmp_paths: AppPaths, tmp_path: Path
) -> None:
    target = tmp_path / "backup.yibao-backup"
    _saved(tmp_paths, target, "correct horse")
    blob = target.read_bytes()
    assert blob.startswith(backup_file.MAGIC)
    for secret in ("王建国".encode(), b"11010519491231002X", b"SQLite format 3"):
        assert secret not in blob
    with pytest.raises(InvalidInput) as missing:
        backup_files.restore_from_file(tmp_paths, target)
    assert _errors(missing.value)[0][0] == "password"
    with pytest.raises(InvalidInput) as wrong:
        backup_files.restore_from_file(tmp_paths, target, "wrong horse")
    assert "密码不对" in _errors(wrong.value)[0][1]
    assert _names(tmp_paths) == ["王建国", "王小明"]  # nothing touched so far
    opened = backup_files.restore_from_file(tmp_paths, target, "correct horse")
    opened.db.close()
    assert _names(tmp_paths) == ["王建国"]


@pytest.mark.parametrize("where", [0, 9, 40, -1])
def test_any_changed_byte_of_an_encrypted_file_is_refused(
    tmp_paths: AppPaths, tmp_path: Path, where: int
) -> None:
    target = tmp_path / "backup.yibao-backup"
    _saved(tmp_paths, target, "correct horse")
    data = bytearray(target.read_bytes())
    data[where] ^= 0x01
    target.write_bytes(bytes(data))
    with pytest.raises((InvalidInput, EnvironmentProblem)):
        backup_files.restore_from_file(tmp_paths, target, "correct horse")
    assert _names(tmp_paths) == ["王建国", "王小明"]


@pytest.mark.parametrize(
    "content",
    [b"", b"hello", b"YIBAOBAK" + b"\x01\x1f\x08\x01" + b"\x00" * 60, b"SQLite format 3\x00" * 8],
    ids=["empty", "text", "crafted-header", "broken-sqlite"],
)
def test_foreign_or_damaged_files_are_refused_and_nothing_changes(
    tmp_paths: AppPaths, tmp_path: Path, content: bytes
) -> None:
    target = tmp_path / "not-ours.yibao-backup"
    _saved(tmp_paths, tmp_path / "ok.yibao-backup")
    target.write_bytes(content)
    with pytest.raises((EnvironmentProblem, InvalidInput)) as caught:
        backup_files.restore_from_file(tmp_paths, target, "some password")
    if isinstance(caught.value, EnvironmentProblem):
        assert caught.value.kind is ProblemKind.CORRUPT
        assert "当前数据没有改动" in caught.value.message
    assert _names(tmp_paths) == ["王建国", "王小明"]


def test_a_new_password_is_checked_at_its_field(tmp_paths: AppPaths, tmp_path: Path) -> None:
    db = open_database(tmp_paths).db
    try:
        with pytest.raises(InvalidInput) as short:
            backup_files.save_backup_to(db, tmp_path / "x", "abc", "abc")
        assert _errors(short.value)[0][0] == "password"
        with pytest.raises(InvalidInput) as mismatch:
            backup_files.save_backup_to(db, tmp_path / "x", "abcdefg", "abcdefh")
        assert _errors(mismatch.value) == [("password_again", "两次输入的密码不一样")]
        assert not (tmp_path / "x").exists()
    finally:
        db.close()


def test_full_disk_while_saving_says_so_and_leaves_no_file(
    tmp_paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    db = open_database(tmp_paths).db
    target = tmp_path / "b.yibao-backup"

    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    try:
        with pytest.raises(EnvironmentProblem) as caught:
            backup_files.save_backup_to(db, target)
        assert caught.value.kind is ProblemKind.DISK_FULL
    finally:
        db.close()
    assert not target.exists() and not list(tmp_path.glob(".*part"))
