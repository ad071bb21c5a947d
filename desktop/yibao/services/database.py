"""Opening the database at start-up, and the unit of work for each user action.

Call :func:`open_database` on the worker thread (never the GUI thread). It inspects the file
with plain ``sqlite3`` first; SQLAlchemy is imported only after that, and Alembic only when
a migration is due.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from yibao.paths import AppPaths
from yibao.services.errors import (
    EnvironmentProblem,
    InvalidInput,
    ProblemKind,
    broken_text_input,
    environment_problem,
    translate_db_error,
)
from yibao.storage.backup import BackupInfo, move_aside, remove_stale_partials
from yibao.storage.migrate import DbState, DbStatus, MigrationError, inspect_database

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

__all__ = [
    "BackupInfo",
    "Database",
    "OpenedDatabase",
    "open_database",
    "problem_for_state",
    "start_afresh",
]

log = logging.getLogger(__name__)


class Database:
    """An open database: the engine and a session factory. Hold one per data dir."""

    def __init__(self, engine: Engine, path: Path, backup_dir: Path) -> None:
        from yibao.storage.engine import make_session_factory

        self._engine = engine
        self._factory: sessionmaker[Session] = make_session_factory(engine)
        self.path = path
        self.backup_dir = backup_dir

    @property
    def engine(self) -> Engine:
        return self._engine

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        Database and file errors caused by the environment are re-raised as
        :class:`EnvironmentProblem`; the transaction is rolled back, so what was saved
        before stays as it was.
        """
        session = self._factory()
        try:
            yield session
            session.commit()
        except InvalidInput:
            _rollback_quietly(session)
            raise
        except Exception as exc:
            _rollback_quietly(session)
            invalid = broken_text_input(exc)
            if invalid is not None:
                # a field check missed it: still the user's input, never a crash
                log.warning("text with a broken character refused by the database")
                raise invalid from exc
            problem = translate_db_error(exc, self.path)
            if problem is not None and problem is not exc:
                log.warning("database problem (%s): %s", problem.kind, problem.detail)
                raise problem from exc
            raise
        finally:
            session.close()

    def close(self) -> None:
        """Release every connection (before a restore, or at exit)."""
        self._engine.dispose()


def _rollback_quietly(session: Session) -> None:
    try:
        session.rollback()
    except Exception:  # a broken connection must not hide the original error
        log.warning("rollback failed", exc_info=True)


@dataclass(frozen=True, slots=True)
class OpenedDatabase:
    db: Database
    #: the schema revision before an upgrade ran now, else ``None``
    upgraded_from: str | None
    #: the ``before-upgrade`` backup made now, else ``None``
    backup: BackupInfo | None


def problem_for_state(state: DbState, path: Path) -> EnvironmentProblem | None:
    """The problem that stops us opening a file in *state*, or ``None`` if it can be opened."""
    if state.status is DbStatus.CORRUPT:
        return EnvironmentProblem(ProblemKind.CORRUPT, path, detail=state.detail)
    if state.status is DbStatus.ZERO_BYTES:
        return EnvironmentProblem(ProblemKind.EMPTY_FILE, path, detail="zero bytes")
    if state.status is DbStatus.TOO_NEW:
        return EnvironmentProblem(ProblemKind.TOO_NEW, path, detail=f"revision {state.revision}")
    if state.status is DbStatus.UNREADABLE:
        if state.locked:
            return EnvironmentProblem(ProblemKind.LOCKED, path, detail=state.detail)
        return EnvironmentProblem(ProblemKind.UNREADABLE, path, detail=state.detail)
    return None


def open_database(paths: AppPaths, *, busy_timeout_ms: int | None = None) -> OpenedDatabase:
    """Open (creating or upgrading as needed) the database of *paths*.

    Raises :class:`EnvironmentProblem` for a corrupt, zero-byte, unreadable, locked or
    too-new file (which is left untouched) and for disk-full / permission problems on the
    way. Partial copies left by a killed backup or restore are removed first.
    """
    db_path = paths.db_path
    try:
        paths.ensure()
    except OSError as exc:
        raise environment_problem(exc, paths.data_dir) from exc
    remove_stale_partials(paths.backup_dir, db_path.parent)
    state = inspect_database(db_path)
    log.info("database state: %s (revision %s)", state.status.value, state.revision)
    problem = problem_for_state(state, db_path)
    if problem is not None:
        raise problem
    backup: BackupInfo | None = None
    upgraded_from: str | None = None
    if state.status is not DbStatus.CURRENT:
        from yibao.storage.migrate import upgrade_database

        try:
            backup = upgrade_database(db_path, paths.backup_dir)
        except MigrationError as exc:
            raise problem_for_state(exc.state, db_path) or EnvironmentProblem(
                ProblemKind.IO, db_path, detail=str(exc)
            ) from exc
        except (OSError, sqlite3.Error) as exc:
            raise environment_problem(exc, db_path) from exc
        except Exception as exc:
            translated = translate_db_error(exc, db_path)
            if translated is None:
                raise
            raise translated from exc
        if state.status is DbStatus.NEEDS_UPGRADE:
            upgraded_from = state.revision
        log.info("database %s at head", "upgraded" if upgraded_from else "created")
    return OpenedDatabase(_connect(db_path, paths, busy_timeout_ms), upgraded_from, backup)


def start_afresh(paths: AppPaths) -> OpenedDatabase:
    """Start with a new, empty database in place of a zero-byte file (the user chose to).

    The zero-byte file is kept, renamed ``yibao.sqlite3.empty-<time>``; any other state is
    opened (or refused) exactly as :func:`open_database` does.
    """
    db_path = paths.db_path
    if inspect_database(db_path).status is DbStatus.ZERO_BYTES:
        try:
            move_aside(db_path, label="empty")
        except OSError as exc:
            raise environment_problem(exc, db_path) from exc
    return open_database(paths)


def _connect(db_path: Path, paths: AppPaths, busy_timeout_ms: int | None) -> Database:
    from yibao.storage.engine import DEFAULT_BUSY_TIMEOUT_MS, make_engine

    timeout = DEFAULT_BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
    try:
        engine = make_engine(db_path, busy_timeout_ms=timeout)
        # Connect now, so a file we cannot use fails here rather than at the first click.
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:
        translated = translate_db_error(exc, db_path)
        if translated is None:
            raise
        raise translated from exc
    return Database(engine, db_path, paths.backup_dir)
