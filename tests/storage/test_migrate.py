from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from yibao.storage import migrate
from yibao.storage.engine import make_engine
from yibao.storage.migrate import (
    HEAD_REVISION,
    DbStatus,
    MigrationError,
    inspect_database,
    known_revisions,
    upgrade_database,
)
from yibao.storage.models import Base

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def _count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        (n,) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(n)
    finally:
        conn.close()


def test_known_revisions_match_alembic_chain() -> None:
    known = known_revisions()
    assert known[0] == "0001"
    assert known[-1] == HEAD_REVISION
    script = ScriptDirectory.from_config(migrate.alembic_config(Path("unused.sqlite3")))
    chain = [s.revision for s in script.walk_revisions("base", "heads")]
    assert list(reversed(chain)) == known  # one linear chain, ids == file prefixes
    assert script.get_heads() == [HEAD_REVISION]


def _no_tables(db: Path) -> None:
    """An SQLite file with a header and pages but no tables (a table created and dropped)."""
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()


def test_inspect_missing_zero_bytes_and_empty(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    assert inspect_database(db).status is DbStatus.MISSING
    db.touch()
    # A zero-byte file is a lost database (a write cut short), not a new install.
    assert inspect_database(db).status is DbStatus.ZERO_BYTES
    db.unlink()
    _no_tables(db)
    assert db.stat().st_size > 0
    assert inspect_database(db).status is DbStatus.EMPTY  # SQLite without tables


def test_upgrade_creates_empty_file_at_head(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    _no_tables(db)
    assert upgrade_database(db, tmp_path / "backups") is None  # nothing worth backing up
    state = inspect_database(db)
    assert (state.status, state.revision) == (DbStatus.CURRENT, HEAD_REVISION)
    assert _count(db, "members") == 0
    assert upgrade_database(db, tmp_path / "backups") is None  # current: no-op
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_upgrade_refuses_a_zero_byte_file(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    db.touch()
    with pytest.raises(MigrationError) as info:
        upgrade_database(db, tmp_path / "backups")
    assert info.value.state.status is DbStatus.ZERO_BYTES
    assert db.exists() and db.stat().st_size == 0  # untouched


def _damage_middle(db: Path, pages: int = 4) -> None:
    """Overwrite *pages* pages in the middle of the file with garbage, in place."""
    conn = sqlite3.connect(db)
    (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    (page_count,) = conn.execute("PRAGMA page_count").fetchone()
    conn.close()
    assert page_count > 20, "the test needs a database with many pages"
    with db.open("r+b") as fh:
        fh.seek(page_size * (page_count // 2))
        fh.write(bytes((i * 37 + 11) % 256 for i in range(page_size * pages)))


def _big_current_database(db: Path) -> None:
    upgrade_database(db, db.parent / "backups")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.executemany(
            "INSERT INTO policy_overrides (region_key, parameter_key, effective_from,"
            " value_json, note, created_at) VALUES ('national', ?, '2025-01-01',"
            ' \'{"t":"int","v":"1"}\', ?, \'2025-01-01 00:00:00\')',
            [(f"p.k{i}", "备注" * 40) for i in range(3000)],
        )
    conn.close()


def test_damage_in_the_middle_of_the_file_is_corrupt(tmp_path: Path) -> None:
    db = tmp_path / "yibao.sqlite3"
    _big_current_database(db)
    assert inspect_database(db).status is DbStatus.CURRENT
    size = db.stat().st_size
    _damage_middle(db)
    assert db.stat().st_size == size  # same size: the header check alone cannot see it
    state = inspect_database(db)
    assert state.status is DbStatus.CORRUPT, state
    with pytest.raises(MigrationError):
        upgrade_database(db, tmp_path / "backups")


def test_quick_check_is_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Past its time budget the check is interrupted and the file opens (no stall)."""
    db = tmp_path / "yibao.sqlite3"
    _big_current_database(db)
    monkeypatch.setattr(migrate, "QUICK_CHECK_BUDGET_S", 0.0)
    with caplog.at_level("INFO", logger="yibao.storage.migrate"):
        assert inspect_database(db).status is DbStatus.CURRENT
    assert "quick_check stopped" in caplog.text


def test_models_match_migrated_schema(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    upgrade_database(db, tmp_path / "backups")
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn, opts={"compare_type": True, "compare_server_default": True}
            )
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema-*.sqlite3")))
def test_fixture_upgrades_keeping_data(fixture: str, tmp_path: Path) -> None:
    db = tmp_path / "yibao.sqlite3"
    shutil.copyfile(FIXTURES / fixture, db)
    before = inspect_database(db)
    assert before.revision in known_revisions()
    members, overrides = _count(db, "members"), _count(db, "policy_overrides")
    assert members >= 4 and overrides >= 1
    backup = upgrade_database(db, tmp_path / "backups")
    if before.revision != HEAD_REVISION:
        assert backup is not None and backup.revision == before.revision
    assert inspect_database(db).status is DbStatus.CURRENT
    assert _count(db, "members") == members
    assert _count(db, "policy_overrides") == overrides
    conn = sqlite3.connect(db)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM members")}
        assert "王建国" in names
    finally:
        conn.close()


def _load_generator() -> ModuleType:
    path = Path(__file__).resolve().parent / "make_fixture.py"
    spec = importlib.util.spec_from_file_location("yibao_tests_make_fixture", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fixture_0001_is_what_the_generator_makes(tmp_path: Path) -> None:
    make_fixture = _load_generator()
    fresh = make_fixture.make(tmp_path / "fresh.sqlite3")
    query = "SELECT * FROM members ORDER BY id"
    a, b = sqlite3.connect(fresh), sqlite3.connect(FIXTURES / "schema-0001.sqlite3")
    try:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
        q2 = "SELECT * FROM policy_overrides"
        assert a.execute(q2).fetchall() == b.execute(q2).fetchall()
    finally:
        a.close()
        b.close()


def test_needs_upgrade_is_backed_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "yibao.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", db)
    # Pretend a newer release exists, so 0001 is "old".
    monkeypatch.setattr(migrate, "known_revisions", lambda: ["0001", "0002"])
    state = inspect_database(db)
    assert (state.status, state.revision) == (DbStatus.NEEDS_UPGRADE, "0001")
    calls: list[str] = []
    monkeypatch.setattr(migrate, "run_migrations", lambda path: calls.append(path.name))
    backup = upgrade_database(db, tmp_path / "backups")
    assert backup is not None and backup.reason == "before-upgrade"
    assert backup.revision == "0001" and backup.path.exists()
    assert calls == ["yibao.sqlite3"]


def test_too_new_is_refused_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    upgrade_database(db, tmp_path / "backups")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = db.read_bytes()
    state = inspect_database(db)
    assert (state.status, state.revision) == (DbStatus.TOO_NEW, "9999")
    with pytest.raises(MigrationError) as info:
        upgrade_database(db, tmp_path / "backups")
    assert info.value.state.status is DbStatus.TOO_NEW
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [
        b"this is not a database at all, just some text\n" * 40,
        b"SQLite format 3\x00" + b"\xff" * 200,
        b"SQLite for",
    ],
    ids=["text", "bad-header-body", "short"],
)
def test_garbage_is_corrupt(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "x.sqlite3"
    db.write_bytes(content)
    assert inspect_database(db).status is DbStatus.CORRUPT
    with pytest.raises(MigrationError):
        upgrade_database(db, tmp_path / "backups")
    assert db.read_bytes() == content


def _populated(tmp_path: Path) -> Path:
    db = tmp_path / "x.sqlite3"
    upgrade_database(db, tmp_path / "backups")
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany(
            "INSERT INTO members (relation, name, gender, scheme, notes, created_at, updated_at)"
            " VALUES ('other', ?, 'male', 'none', ?, '2025-01-01', '2025-01-01')",
            [(f"成员{i}", "备注" * 200) for i in range(200)],
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return db


def test_truncated_file_is_corrupt(tmp_path: Path) -> None:
    db = _populated(tmp_path)
    data = db.read_bytes()
    assert len(data) > 40000
    db.write_bytes(data[: len(data) // 2])
    state = inspect_database(db)
    assert state.status is DbStatus.CORRUPT, state


def test_malformed_page_is_corrupt(tmp_path: Path) -> None:
    db = _populated(tmp_path)
    data = bytearray(db.read_bytes())
    page = 4096
    data[page : 3 * page] = b"\x07" * (2 * page)  # smash the schema-adjacent pages
    db.write_bytes(bytes(data))
    assert inspect_database(db).status in (DbStatus.CORRUPT, DbStatus.UNREADABLE)
    assert inspect_database(db).status is DbStatus.CORRUPT


def test_locked_database_is_unreadable_not_corrupt(tmp_path: Path) -> None:
    db = _populated(tmp_path)  # rollback-journal mode: an exclusive lock blocks readers
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        state = inspect_database(db)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert state.status is DbStatus.UNREADABLE and state.locked


def test_foreign_tables_are_not_ours(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.close()
    assert inspect_database(db).status is DbStatus.CORRUPT


def test_migrate_module_imports_no_sqlalchemy_or_alembic() -> None:
    code = (
        "import sys, yibao.storage.migrate as m\n"
        "m.known_revisions(); m.HEAD_REVISION\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "print(bad)\n"
        "raise SystemExit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(DESKTOP), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_inspect_needs_no_sqlalchemy(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    upgrade_database(db, tmp_path / "b")
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from yibao.storage.migrate import inspect_database\n"
        f"print(inspect_database(Path({str(db)!r})).status.name)\n"
        "assert 'sqlalchemy' not in sys.modules and 'alembic' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(DESKTOP), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "CURRENT"
