"""Saving a backup to a file of the user's choice, and restoring from such a file.

For moving to another computer, or keeping a copy off this one. An optional password
encrypts the file (see :mod:`yibao.storage.backup_file`); restoring checks the whole file
before the current data is touched, and the current data is backed up first as always.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.paths import AppPaths
from yibao.services import backups
from yibao.services.database import Database, OpenedDatabase
from yibao.services.errors import (
    MSG_BACKUP_DAMAGED,
    MSG_BACKUP_TOO_NEW,
    EnvironmentProblem,
    FieldError,
    InvalidInput,
    ProblemKind,
    environment_problem,
)
from yibao.storage import backup_file
from yibao.storage.backup import InvalidBackup

__all__ = [
    "MIN_PASSWORD_LENGTH",
    "check_file",
    "needs_password",
    "restore_from_file",
    "save_backup_to",
]

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 6
#: the suffix suggested for a backup file saved by the user
SUFFIX = ".yibao-backup"

MSG_PASSWORD_SHORT = QT_TRANSLATE_NOOP("services", "密码至少 {n} 个字符；不想设密码就留空")
MSG_PASSWORD_MISMATCH = QT_TRANSLATE_NOOP("services", "两次输入的密码不一样")
MSG_PASSWORD_NEEDED = QT_TRANSLATE_NOOP("services", "这个备份文件设了密码，请输入保存时设的密码")
MSG_PASSWORD_WRONG = QT_TRANSLATE_NOOP(
    "services", "密码不对，或者文件在保存后被改动过。当前数据没有改动，可以再试一次"
)


def check_new_password(password: str, again: str) -> tuple[FieldError, ...]:
    """Problems with a password chosen for a new backup file (empty: no encryption)."""
    if not password and not again:
        return ()
    if len(password) < MIN_PASSWORD_LENGTH:
        return (FieldError.of("password", MSG_PASSWORD_SHORT, n=str(MIN_PASSWORD_LENGTH)),)
    if password != again:
        return (FieldError.of("password_again", MSG_PASSWORD_MISMATCH),)
    return ()


def save_backup_to(db: Database, target: Path, password: str = "", again: str = "") -> int:
    """Write a backup of the open database to ``target``; returns its size in bytes."""
    problems = check_new_password(password, again)
    if problems:
        raise InvalidInput(problems)
    target = Path(target)
    try:
        size = backup_file.export_backup(db.path, target, password or None)
    except (OSError, sqlite3.Error) as exc:
        raise environment_problem(exc, target) from exc
    log.info("backup saved to a file (%s bytes, encrypted=%s)", size, bool(password))
    return size


def needs_password(source: Path) -> bool:
    """Whether ``source`` is an encrypted backup file (so a password must be asked for)."""
    try:
        return backup_file.is_encrypted(Path(source))
    except OSError as exc:
        raise environment_problem(exc, Path(source)) from exc


def _opened(paths: AppPaths, source: Path, password: str) -> backup_file.OpenedFile:
    if not source.is_file():
        raise EnvironmentProblem(ProblemKind.MISSING_BACKUP, source)
    try:
        return backup_file.open_backup_file(source, paths.data_dir, password or None)
    except backup_file.PasswordNeeded:
        raise InvalidInput(FieldError.of("password", MSG_PASSWORD_NEEDED)) from None
    except backup_file.WrongPassword:
        raise InvalidInput(FieldError.of("password", MSG_PASSWORD_WRONG)) from None
    except backup_file.NotABackup as exc:
        raise EnvironmentProblem(
            ProblemKind.CORRUPT, source, template=MSG_BACKUP_DAMAGED, detail=str(exc)
        ) from exc
    except InvalidBackup as exc:
        kind = ProblemKind.TOO_NEW if exc.too_new else ProblemKind.CORRUPT
        template = MSG_BACKUP_TOO_NEW if exc.too_new else MSG_BACKUP_DAMAGED
        raise EnvironmentProblem(kind, source, template=template, detail=str(exc)) from exc
    except OSError as exc:
        raise environment_problem(exc, source) from exc


def check_file(paths: AppPaths, source: Path, password: str = "") -> None:
    """Check ``source`` completely (and its password) without touching the current data."""
    _opened(paths, Path(source), password).discard()


def restore_from_file(paths: AppPaths, source: Path, password: str = "") -> OpenedDatabase:
    """Check ``source`` (decrypting it with ``password``) and put it in place of the data.

    The caller must have closed its :class:`Database`. Nothing is changed unless the file
    is a complete, readable backup of a version this app knows.
    """
    opened = _opened(paths, Path(source), password)
    try:
        return backups.restore(paths, opened.path)
    finally:
        opened.discard()
