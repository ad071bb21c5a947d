"""The SQLAlchemy engine for the app's SQLite file.

Work runs on one background worker thread (not the GUI thread), hence
``check_same_thread=False``. Every new connection gets the pragmas below. The pysqlite
driver's own transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself
(SQLAlchemy's documented recipe), so DDL in migrations is transactional too.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from yibao.paths import restrict_file

DEFAULT_BUSY_TIMEOUT_MS = 3000
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only, if it does not exist yet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def restrict_database_files(db_path: Path) -> None:
    """chmod 0600 the database and its -wal/-shm/-journal companions where present."""
    restrict_file(db_path)
    for suffix in SIDE_SUFFIXES:
        restrict_file(db_path.with_name(db_path.name + suffix))


def make_engine(
    db_path: Path,
    *,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    foreign_keys: bool = True,
    read_only: bool = False,
) -> Engine:
    """An engine for the SQLite file *db_path* (created 0600 if missing, unless read-only).

    ``foreign_keys=False`` is only for migrations (table rebuilds in batch mode), which run
    ``PRAGMA foreign_key_check`` themselves. ``read_only`` opens the file with
    ``mode=ro`` (used when the file or its folder cannot be written).
    """
    db_path = Path(db_path)
    if read_only:
        url = URL.create(
            "sqlite+pysqlite",
            database=f"file:{db_path.as_posix()}",
            query={"mode": "ro", "uri": "true"},
        )
    else:
        create_private_file(db_path)
        url = URL.create("sqlite+pysqlite", database=str(db_path))
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, connection_record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()
        if not read_only:
            restrict_database_files(db_path)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay usable after commit (they are mapped to plain values)."""
    return sessionmaker(bind=engine, expire_on_commit=False)
