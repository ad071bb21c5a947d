"""Schema version checks and upgrades.

Start-up calls :func:`inspect_database` first: plain ``sqlite3``, one cheap query, no
SQLAlchemy or Alembic (DESIGN §7). Only when a migration is due does
:func:`upgrade_database` import Alembic. This module must stay free of module-level
``sqlalchemy``/``alembic`` imports (a test checks it).

Revision ids are the four-digit prefixes of the files in ``migrations/versions``
(``0001_initial.py`` → ``"0001"``), forming one linear chain; that lets us list the known
revisions without importing Alembic.
"""

from __future__ import annotations

import enum
import logging
import re
import sqlite3
import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from yibao.storage.backup import BackupInfo, backup_database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
SQLITE_HEADER = b"SQLite format 3\x00"
if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

#: How long the start-up ``quick_check`` may run before it is given up (seconds). It runs on
#: the op thread after the first paint; a household database is checked in milliseconds,
#: a huge one is not allowed to hold up opening for long.
QUICK_CHECK_BUDGET_S = 1.0

_VERSION_FILE = re.compile(r"^(\d{4})_[A-Za-z0-9_]+\.py$")


def known_revisions() -> list[str]:
    """Revision ids shipped with this version, oldest first (from the file names)."""
    found = {
        m.group(1)
        for p in VERSIONS_DIR.iterdir()
        if p.is_file() and (m := _VERSION_FILE.match(p.name))
    }
    return sorted(found)


HEAD_REVISION: str = (known_revisions() or [""])[-1]


class DbStatus(enum.Enum):
    MISSING = "missing"  # no file
    #: the file exists but holds nothing: a write cut short or a failed copy, not a new
    #: install (the household may be in a backup)
    ZERO_BYTES = "zero_bytes"
    EMPTY = "empty"  # SQLite with no tables at all
    CURRENT = "current"  # at HEAD_REVISION
    NEEDS_UPGRADE = "needs_upgrade"  # an older known revision
    TOO_NEW = "too_new"  # a revision this version does not know
    CORRUPT = "corrupt"  # not SQLite, malformed, truncated, or not our database
    UNREADABLE = "unreadable"  # permission denied, locked, I/O error


@dataclass(frozen=True, slots=True)
class DbState:
    status: DbStatus
    revision: str | None = None
    #: The low-level reason for CORRUPT/UNREADABLE (for logs; not for users).
    detail: str = ""

    @property
    def locked(self) -> bool:
        return self.status is DbStatus.UNREADABLE and "locked" in self.detail.lower()


class MigrationError(Exception):
    """The database cannot be brought to the current schema; ``state`` says why."""

    def __init__(self, state: DbState, message: str) -> None:
        super().__init__(message)
        self.state = state


def _read_header(db_path: Path) -> bytes:
    with db_path.open("rb") as fh:
        return fh.read(100)


def _expected_size(header: bytes) -> int | None:
    """Database size from the header, when the header says it is valid (file format §1.3)."""
    if len(header) < 100:
        return None
    (page_size,) = struct.unpack(">H", header[16:18])
    if page_size == 1:
        page_size = 65536
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if page_count == 0 or change_counter != valid_for:
        return None
    return int(page_size) * int(page_count)


def _unreadable_or_corrupt(exc: sqlite3.Error) -> DbState:
    text = str(exc)
    lowered = text.lower()
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return DbState(DbStatus.CORRUPT, detail=text)
    return DbState(DbStatus.UNREADABLE, detail=text)


def _quick_check(conn: sqlite3.Connection, budget_s: float | None) -> str | None:
    """``PRAGMA quick_check(1)``: the first problem found, or ``None`` if none was found.

    With a *budget_s*, the check is interrupted (through the progress handler) once that
    many seconds have passed, and counts as passed: damage it did not reach shows up later
    as a "malformed" error, which is explained to the user too.
    """
    if budget_s is not None:
        deadline = time.monotonic() + budget_s
        conn.set_progress_handler(lambda: int(time.monotonic() >= deadline), 100)
    try:
        row = conn.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.OperationalError as exc:
        if budget_s is None or "interrupt" not in str(exc).lower():
            raise
        log.info("quick_check stopped after %.1f s; not checked to the end", budget_s)
        return None
    finally:
        if budget_s is not None:
            conn.set_progress_handler(None, 0)
    if not row or row[0] != "ok":
        return f"quick_check: {row}"
    return None


def _connect_readonly(db_path: Path, timeout: float = 1.0) -> sqlite3.Connection:
    # mode=rw never creates a file, and falls back to read-only for write-protected files.
    return sqlite3.connect(f"file:{db_path.as_posix()}?mode=rw", uri=True, timeout=timeout)


def inspect_database(db_path: Path) -> DbState:
    """Classify the database file without SQLAlchemy: a header read, one query and a
    bounded ``quick_check`` (on the op thread, never before the first paint)."""
    db_path = Path(db_path)
    try:
        size = db_path.stat().st_size
    except FileNotFoundError:
        return DbState(DbStatus.MISSING)
    except OSError as exc:
        return DbState(DbStatus.UNREADABLE, detail=str(exc))
    if size == 0:
        return DbState(DbStatus.ZERO_BYTES)
    try:
        header = _read_header(db_path)
    except OSError as exc:
        return DbState(DbStatus.UNREADABLE, detail=str(exc))
    if header[:16] != SQLITE_HEADER:
        return DbState(DbStatus.CORRUPT, detail="not an SQLite file")
    if len(header) < 100:
        return DbState(DbStatus.CORRUPT, detail="truncated header")
    expected = _expected_size(header)
    wal_present = db_path.with_name(db_path.name + "-wal").exists()
    suspicious = expected is not None and size < expected and not wal_present
    try:
        conn = _connect_readonly(db_path)
    except sqlite3.Error as exc:
        return _unreadable_or_corrupt(exc)
    try:
        try:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" not in str(exc):
                return _unreadable_or_corrupt(exc)
            rows = None
        # Damage in the middle of the file passes the header and the query above; a file
        # shorter than its header says is checked to the end.
        problem = _quick_check(conn, None if suspicious else QUICK_CHECK_BUDGET_S)
        if problem is not None:
            return DbState(DbStatus.CORRUPT, detail=problem)
        if rows is None or not rows:
            (tables,) = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()
            if tables == 0 or (rows is not None and tables == 1):
                return DbState(DbStatus.EMPTY)
            return DbState(DbStatus.CORRUPT, detail="tables without alembic_version")
        if len(rows) != 1:
            return DbState(DbStatus.CORRUPT, detail="several alembic_version rows")
        revision = str(rows[0][0])
    except sqlite3.Error as exc:
        return _unreadable_or_corrupt(exc)
    finally:
        conn.close()
    known = known_revisions()
    if revision not in known:
        return DbState(DbStatus.TOO_NEW, revision)
    if revision == known[-1]:
        return DbState(DbStatus.CURRENT, revision)
    return DbState(DbStatus.NEEDS_UPGRADE, revision)


def alembic_config(db_path: Path) -> Config:
    """An Alembic ``Config`` built in code (imports Alembic)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    cfg.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    url = f"sqlite:///{db_path.as_posix()}"
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade_database(db_path: Path, backup_dir: Path) -> BackupInfo | None:
    """Bring *db_path* to :data:`HEAD_REVISION`, creating it if missing or empty.

    An existing database with data is backed up first (reason ``before-upgrade``); the
    backup is returned, or ``None`` when there was nothing to back up or nothing to do.
    Raises :class:`MigrationError` for ZERO_BYTES, TOO_NEW, CORRUPT and UNREADABLE files
    (untouched: a zero-byte file is a lost database, not a new one),
    ``sqlite3.Error``/``OSError`` for environment failures during the backup.
    """
    db_path = Path(db_path)
    state = inspect_database(db_path)
    if state.status is DbStatus.CURRENT:
        return None
    if state.status is DbStatus.TOO_NEW:
        raise MigrationError(state, f"database revision {state.revision!r} is newer than ours")
    if state.status in (DbStatus.ZERO_BYTES, DbStatus.CORRUPT, DbStatus.UNREADABLE):
        raise MigrationError(state, f"database is {state.status.value}: {state.detail}")
    backup: BackupInfo | None = None
    if state.status is DbStatus.NEEDS_UPGRADE:
        backup = backup_database(db_path, backup_dir, "before-upgrade")
    run_migrations(db_path)
    return backup


def run_migrations(db_path: Path, target: str = "head") -> None:
    """Run Alembic up to *target* on *db_path* (no checks, no backup; imports Alembic).

    Start-up uses :func:`upgrade_database`; this is for fixture generators and tests.
    """
    from alembic import command

    from yibao.storage.engine import make_engine

    cfg = alembic_config(db_path)
    engine = make_engine(db_path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, target)
            connection.commit()
    finally:
        engine.dispose()


def new_revision(message: str, *, autogenerate: bool = True) -> None:
    """Developer helper: write the next migration file, autogenerated against the models.

    ``python -m yibao.storage.migrate "add cases table"``. Review the file by hand, then add
    a fixture database for the new schema (tests/storage/make_fixture.py).
    """
    import tempfile

    from alembic import command

    known = known_revisions()
    next_id = f"{int(known[-1]) + 1:04d}" if known else "0001"
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "head.sqlite3"
        if known:
            run_migrations(db_path)
        cfg = alembic_config(db_path)
        command.revision(cfg, message=message, autogenerate=autogenerate, rev_id=next_id)


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 2:
        raise SystemExit('usage: python -m yibao.storage.migrate "message"')
    new_revision(sys.argv[1])
