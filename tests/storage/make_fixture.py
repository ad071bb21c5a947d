"""Regenerate ``fixtures/schema-0001.sqlite3``: the first released schema with a small household.

    PYTHONPATH=desktop python tests/storage/make_fixture.py

Data goes in with plain SQL against *this* schema (never through today's models), so the
script keeps producing the same file after later migrations change the models. Add a new
generator (and fixture) for every released schema; never edit an old fixture.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from yibao.storage.migrate import run_migrations

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "schema-0001.sqlite3"
REVISION = "0001"
STAMP = "2025-03-01 08:00:00.000000"

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def with_check_digit(first17: str) -> str:
    """Append the GB 11643 (ISO 7064 MOD 11-2) check character."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return first17 + "10X98765432"[total % 11]


# (relation, name, gender, birth_date, id_number, scheme, region_code, enrolled, notes)
MEMBERS = [
    (
        "self",
        "王建国",
        "male",
        "1980-05-12",
        with_check_digit("51050219800512003"),
        "employee_active",
        "510500",
        1,
        "单位参保",
    ),
    (
        "spouse",
        "李芳",
        "female",
        "1982-11-03",
        with_check_digit("51050219821103002"),
        "flexible_account",
        "510500",
        1,
        "",
    ),
    ("child", "王小明", "male", "2012-09-01", None, "resident", "510500", 1, "在读小学"),
    (
        "parent",
        "王德华",
        "male",
        "1952-02-20",
        with_check_digit("51052119520220001"),
        "employee_retired",
        "510500",
        1,
        "",
    ),
    ("maternal_grandparent", "张桂兰", "female", "1935-07-07", None, "none", None, 0, "未参保"),
]

OVERRIDE = (
    "city-510500",
    "employee.personal_account.active_rate",
    "2025-01-01",
    '{"t":"dec","v":"0.02"}',
    "按单位通知自行修改",
)


def make(path: Path = FIXTURE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    run_migrations(path, REVISION)
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany(
                "INSERT INTO members (relation, name, gender, birth_date, id_number, scheme,"
                " region_code, enrolled, notes, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(*m, STAMP, STAMP) for m in MEMBERS],
            )
            conn.execute(
                "INSERT INTO policy_overrides (region_key, parameter_key, effective_from,"
                " value_json, note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (*OVERRIDE, STAMP),
            )
        # One self-contained file in the repository: no WAL companions.
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()
    return path


if __name__ == "__main__":
    print(make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURE))
