"""Database backups with SQLite's online backup API (consistent while WAL is in use).

Backups are single self-contained files (rollback-journal mode) in the backup folder, named
``yibao-YYYYMMDD-HHMMSS[-n]-<reason>.sqlite3`` in local time. Automatic backups
(``before-*``) are pruned to the newest :data:`KEEP_AUTOMATIC`; manual ones never are.
Plain ``sqlite3`` only: :mod:`yibao.storage.migrate` imports this before SQLAlchemy is loaded.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final, Literal

from yibao.paths import restrict_file

log = logging.getLogger(__name__)

BackupReason = Literal["manual", "before-upgrade", "before-restore"]
REASONS: Final = ("manual", "before-upgrade", "before-restore")
KEEP_AUTOMATIC: Final = 10
_NAME = re.compile(
    r"^yibao-(?P<date>\d{8})-(?P<time>\d{6})(?:-(?P<n>\d+))?-(?P<reason>"
    + "|".join(REASONS)
    + r")\.sqlite3$"
)
_SIDE_SUFFIXES = ("-wal", "-shm")
#: A partial copy left by a backup or restore that was killed: ``.yibao-….sqlite3.part``
#: (with its ``-journal``/``-wal``/``-shm``) in the backup folder, ``.<db>.restoring`` next to
#: the database.
_PARTIAL = re.compile(r"^\.(?:yibao-.+\.sqlite3\.part(?:-journal|-wal|-shm)?|.+\.restoring)$")
#: A partial file this old is not being written by anyone any more (a backup of a household
#: database takes seconds); younger ones may belong to another running copy of the app.
STALE_PARTIAL_SECONDS: Final = 10 * 60


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime  # local time, naive (from the file name)
    reason: str
    size_bytes: int
    #: Alembic revision inside the backup, or ``None`` if it could not be read.
    revision: str | None

    @property
    def automatic(self) -> bool:
        return self.reason != "manual"


class InvalidBackup(Exception):
    """The chosen backup cannot be restored (damaged, unknown schema, or not ours)."""

    def __init__(self, path: Path, reason: str, *, too_new: bool = False) -> None:
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.too_new = too_new


def _read_revision(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return None if row is None else str(row[0])


def _parse_name(path: Path) -> tuple[datetime, int, str] | None:
    m = _NAME.match(path.name)
    if not m:
        return None
    try:
        created = datetime.strptime(m["date"] + m["time"], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return created, int(m["n"] or 0), m["reason"]


def backup_info(path: Path) -> BackupInfo | None:
    """Describe one backup file, or ``None`` if its name is not a backup name."""
    parsed = _parse_name(path)
    if parsed is None:
        return None
    created, _n, reason = parsed
    return BackupInfo(
        path=path,
        created=created,
        reason=reason,
        size_bytes=path.stat().st_size,
        revision=_read_revision(path),
    )


def _sorted_backups(backup_dir: Path) -> list[tuple[datetime, int, Path, str]]:
    found: list[tuple[datetime, int, Path, str]] = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.glob("yibao-*.sqlite3"):
        parsed = _parse_name(path)
        if parsed is not None and path.is_file():
            created, n, reason = parsed
            found.append((created, n, path, reason))
    found.sort(key=lambda item: (item[0], item[1], item[2].name), reverse=True)
    return found


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """All backups in *backup_dir*, newest first."""
    result = []
    for _created, _n, path, _reason in _sorted_backups(Path(backup_dir)):
        with contextlib.suppress(OSError):
            info = backup_info(path)
            if info is not None:
                result.append(info)
    return result


def _unique_name(backup_dir: Path, reason: str, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    candidate = backup_dir / f"yibao-{stamp}-{reason}.sqlite3"
    n = 1
    while candidate.exists():
        n += 1
        candidate = backup_dir / f"yibao-{stamp}-{n}-{reason}.sqlite3"
    return candidate


def _remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def backup_database(
    db_path: Path, backup_dir: Path, reason: str, *, now: datetime | None = None
) -> BackupInfo:
    """Copy *db_path* into *backup_dir* consistently, even while the app has it open.

    Writes to a hidden temporary file first and renames it into place, so a failure
    (disk full, I/O error) leaves no partial backup behind. The file is chmod 0600.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = Path(db_path)
    backup_dir = Path(backup_dir)
    backup_dir.mkdir(parents=True, exist_ok=True)
    when = (now or datetime.now()).replace(microsecond=0)
    target = _unique_name(backup_dir, reason, when)
    tmp = target.with_name(f".{target.name}.part")
    side = [tmp.with_name(tmp.name + suffix) for suffix in ("-journal", "-wal", "-shm")]
    _remove_quietly(tmp, *side)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        source = sqlite3.connect(f"file:{db_path.as_posix()}?mode=rw", uri=True, timeout=3.0)
        try:
            dest = sqlite3.connect(tmp, timeout=3.0)
            try:
                source.backup(dest)
                # A standalone file: no WAL companions needed to read it.
                dest.execute("PRAGMA journal_mode=DELETE")
                dest.commit()
            finally:
                dest.close()
        finally:
            source.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp, *side)
        raise
    restrict_file(target)
    info = BackupInfo(
        path=target,
        created=when,
        reason=reason,
        size_bytes=target.stat().st_size,
        revision=_read_revision(target),
    )
    log.info("backup written: %s (%s bytes)", target.name, info.size_bytes)
    if info.automatic:
        prune_backups(backup_dir, keep_automatic=KEEP_AUTOMATIC, protect=target)
    return info


def prune_backups(
    backup_dir: Path, *, keep_automatic: int = KEEP_AUTOMATIC, protect: Path | None = None
) -> list[Path]:
    """Delete automatic backups beyond the newest *keep_automatic*; never manual ones."""
    automatic = [item for item in _sorted_backups(Path(backup_dir)) if item[3] != "manual"]
    removed: list[Path] = []
    for _created, _n, path, _reason in automatic[keep_automatic:]:
        if protect is not None and path == protect:
            continue
        try:
            path.unlink()
        except OSError as exc:
            log.warning("could not prune backup %s: %s", path.name, exc)
            continue
        removed.append(path)
    return removed


def verify_backup(backup: Path) -> str:
    """Check a backup's integrity and schema; return its revision or raise InvalidBackup."""
    from yibao.storage.migrate import SQLITE_HEADER, known_revisions

    backup = Path(backup)
    try:
        with backup.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise InvalidBackup(backup, f"cannot read: {exc}") from exc
    if header != SQLITE_HEADER:
        raise InvalidBackup(backup, "not an SQLite file")
    try:
        # immutable=1: read the file as it is, without creating journals next to it.
        conn = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro&immutable=1", uri=True)
        try:
            check = conn.execute("PRAGMA integrity_check(1)").fetchone()
            if not check or check[0] != "ok":
                raise InvalidBackup(backup, f"integrity_check: {check}")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise InvalidBackup(backup, str(exc)) from exc
    if row is None:
        raise InvalidBackup(backup, "no schema revision")
    revision = str(row[0])
    if revision not in known_revisions():
        raise InvalidBackup(backup, f"unknown schema revision {revision}", too_new=True)
    return revision


def remove_stale_partials(
    *folders: Path, older_than_s: float = STALE_PARTIAL_SECONDS, now: float | None = None
) -> list[Path]:
    """Delete partial copies (see :data:`_PARTIAL`) older than *older_than_s* in *folders*.

    They hold a copy of the user's data that nothing will ever finish or read. Called at
    start-up; a file that cannot be removed is logged and left.
    """
    when = time.time() if now is None else now
    removed: list[Path] = []
    for folder in folders:
        try:
            candidates = [p for p in Path(folder).iterdir() if _PARTIAL.match(p.name)]
        except OSError:
            continue
        for path in candidates:
            try:
                if not path.is_file() or when - path.stat().st_mtime < older_than_s:
                    continue
                path.unlink()
            except OSError as exc:
                log.warning("could not remove partial copy %s: %s", path.name, exc)
                continue
            removed.append(path)
    if removed:
        log.info("removed %d partial copies left by an interrupted backup", len(removed))
    return removed


def move_aside(db_path: Path, *, now: datetime | None = None, label: str = "corrupt") -> Path:
    """Rename an unusable database (and its -wal) to ``<name>.<label>-<ts>``; drop its -shm.

    ``label`` is ``corrupt`` for a damaged file and ``empty`` for a zero-byte one.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = db_path.with_name(f"{db_path.name}.{label}-{stamp}-{n}")
    os.replace(db_path, target)
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        os.replace(wal, target.with_name(target.name + "-wal"))
    _remove_quietly(db_path.with_name(db_path.name + "-shm"))
    log.warning("moved unusable database aside to %s", target.name)
    return target


def restore_backup(backup: Path, db_path: Path, backup_dir: Path) -> BackupInfo | None:
    """Replace *db_path* with the contents of *backup*. Close every connection first.

    The backup is verified first (raises :class:`InvalidBackup`; nothing is touched). A
    readable current database is backed up (``before-restore``, returned); an unreadable,
    corrupt or zero-byte one is moved aside (never deleted). A *locked* database raises
    ``sqlite3.OperationalError`` — another program is using it.
    """
    from yibao.storage.migrate import DbStatus, inspect_database

    backup = Path(backup)
    db_path = Path(db_path)
    verify_backup(backup)
    saved: BackupInfo | None = None
    state = inspect_database(db_path)
    if state.locked:
        raise sqlite3.OperationalError("database is locked")
    if state.status in (DbStatus.CORRUPT, DbStatus.UNREADABLE):
        move_aside(db_path)
    elif state.status is DbStatus.ZERO_BYTES:
        move_aside(db_path, label="empty")
    elif state.status is not DbStatus.MISSING:
        if state.status is not DbStatus.EMPTY:
            saved = backup_database(db_path, backup_dir, "before-restore")
        # The backup holds everything, including what was still in the WAL.
        _remove_quietly(*(db_path.with_name(db_path.name + s) for s in _SIDE_SUFFIXES))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    _remove_quietly(tmp)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, backup.open("rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        _remove_quietly(*(db_path.with_name(db_path.name + s) for s in _SIDE_SUFFIXES))
        os.replace(tmp, db_path)
    except BaseException:
        _remove_quietly(tmp)
        raise
    restrict_file(db_path)
    log.info("restored %s", backup.name)
    return saved
