"""Manual backups and restoring one (Settings page)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from yibao.paths import AppPaths
from yibao.services.database import Database, OpenedDatabase, open_database
from yibao.services.errors import (
    MSG_BACKUP_DAMAGED,
    MSG_BACKUP_TOO_NEW,
    EnvironmentProblem,
    ProblemKind,
    environment_problem,
)
from yibao.storage import backup as storage_backup
from yibao.storage.backup import BackupInfo, InvalidBackup

__all__ = ["BackupInfo", "backup_now", "list_backups", "restore"]

log = logging.getLogger(__name__)


def backup_now(db: Database) -> BackupInfo:
    """A manual backup of the open database (safe while it is in use)."""
    try:
        return storage_backup.backup_database(db.path, db.backup_dir, "manual")
    except (OSError, sqlite3.Error) as exc:
        raise environment_problem(exc, db.backup_dir) from exc


def list_backups(paths: AppPaths) -> list[BackupInfo]:
    """Backups in the data dir's backup folder, newest first."""
    try:
        return storage_backup.list_backups(paths.backup_dir)
    except OSError as exc:
        raise environment_problem(exc, paths.backup_dir) from exc


def restore(paths: AppPaths, backup_path: Path) -> OpenedDatabase:
    """Replace the database with *backup_path* and open it again.

    The caller must have closed its :class:`Database` first. The current data is kept as a
    ``before-restore`` backup (returned in ``.backup``), or, if it was unreadable, moved
    aside next to it as ``yibao.sqlite3.corrupt-<time>``. Nothing is deleted.
    """
    backup_path = Path(backup_path)
    if not backup_path.is_file():
        raise EnvironmentProblem(ProblemKind.MISSING_BACKUP, backup_path)
    try:
        paths.ensure()
        before = storage_backup.restore_backup(backup_path, paths.db_path, paths.backup_dir)
    except InvalidBackup as exc:
        kind = ProblemKind.TOO_NEW if exc.too_new else ProblemKind.CORRUPT
        template = MSG_BACKUP_TOO_NEW if exc.too_new else MSG_BACKUP_DAMAGED
        raise EnvironmentProblem(kind, backup_path, template=template, detail=str(exc)) from exc
    except FileNotFoundError as exc:
        if not backup_path.exists():
            raise EnvironmentProblem(ProblemKind.MISSING_BACKUP, backup_path) from exc
        raise environment_problem(exc, paths.db_path) from exc
    except (OSError, sqlite3.Error) as exc:
        raise environment_problem(exc, paths.db_path) from exc
    log.info("restored backup %s", backup_path.name)
    opened = open_database(paths)
    if before is not None:
        return OpenedDatabase(opened.db, opened.upgraded_from, before)
    return opened
