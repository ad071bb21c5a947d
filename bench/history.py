"""Contribution history at scale: import speed and how the page's work grows with the rows.

    python bench/history.py [--rows 100000] [--small 20000] [--large 200000] [--runs 3]

1. Import of a ``--rows`` CSV (Chinese headers, one row per member and month) the way the
   import dialog does it – read + detect encoding, validate every row, compare with what is
   saved, commit in one transaction – against plain ``csv`` + ``sqlite3`` ``executemany`` of
   the same rows into the same table, in the same run (goal: ≤ 3×).
2. The work behind the history page and the overview on a household of ``--small`` and of
   ``--large`` records: open (ids in display order + totals + first page), sort by another
   column, filter (one member, a year range), and the household analysis. Prints the median
   times and the large/small ratio (goal: ≤ 12× for 10× the rows).

Medians of ``--runs`` runs. Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import csv
import io
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from yibao.domain.contributions import HistoryQuery, Month  # noqa: E402
from yibao.domain.people import Gender, Member, Relation, Scheme  # noqa: E402
from yibao.paths import AppPaths  # noqa: E402
from yibao.services import history, household  # noqa: E402
from yibao.services.database import Database, open_database  # noqa: E402

MONTHS_PER_MEMBER = 1500  # 1950-01 … 2074-12: one scheme per member
TODAY = date(2026, 6, 15)
HEADER = [
    "成员",
    "缴费年月",
    "险种",
    "缴费基数",
    "个人缴费",
    "单位缴费",
    "划入个人账户",
    "缴费状态",
]


def _median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _household(db: Database, rows: int) -> list[Member]:
    count = -(-rows // MONTHS_PER_MEMBER)
    members = [
        household.save_profile(
            db,
            Member(
                "成员0",
                Relation.SELF,
                Gender.MALE,
                date(1960, 1, 1),
                Scheme.EMPLOYEE_ACTIVE,
                "510500",
            ),
            today=TODAY,
        )
    ]
    for i in range(1, count):
        members.append(
            household.add_member(
                db,
                Member(
                    f"成员{i}",
                    Relation.OTHER,
                    Gender.FEMALE if i % 2 else Gender.MALE,
                    date(1960 + i % 40, 1 + i % 12, 1),
                    Scheme.EMPLOYEE_ACTIVE,
                    "510500",
                ),
                today=TODAY,
            )
        )
    return members


def _rows(members: list[Member], rows: int) -> list[list[str]]:
    out: list[list[str]] = []
    for i in range(rows):
        member = members[i // MONTHS_PER_MEMBER]
        month = Month(1950, 1).add(i % MONTHS_PER_MEMBER)
        base = 3000 + (i * 37) % 9000
        personal = f"{base * 2 / 100:.2f}"
        employer = f"{base * 8 / 100:.2f}"
        out.append(
            [member.name, str(month), "职工医保", str(base), personal, employer, personal, "已缴"]
        )
    return out


def _open(tmp: Path, name: str) -> Database:
    data = tmp / name
    return open_database(AppPaths(data_dir=data, log_dir=data / "logs")).db


def bench_import(tmp: Path, rows: int, runs: int) -> None:
    print(f"\n== import of a {rows:,}-row CSV (GB18030, Chinese headers)")
    ours: list[float] = []
    base: list[float] = []
    for run in range(runs):
        db = _open(tmp, f"import-{run}")
        members = _household(db, rows)
        data = _rows(members, rows)
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow(HEADER)
        writer.writerows(data)
        path = tmp / f"import-{run}.csv"
        path.write_bytes(buffer.getvalue().encode("gb18030"))
        assert members[0].id is not None
        start = time.perf_counter()
        table = history.read_import_file(path)
        preview = history.preview_import(db, members[0].id, table, path.name)
        result = history.commit_import(db, preview, replace_duplicates=False)
        ours.append(time.perf_counter() - start)
        assert result.inserted == rows and not preview.errors, (result, preview.errors[:3])
        db.close()

        # baseline: csv + sqlite3 executemany of the same rows into the same table
        bdb = _open(tmp, f"base-{run}")
        _household(bdb, rows)
        bdb.close()
        conn = sqlite3.connect(tmp / f"base-{run}" / "yibao.sqlite3")
        ids = {n: i for i, n in conn.execute("SELECT id, name FROM members")}
        start = time.perf_counter()
        with path.open(encoding="gb18030", newline="") as fh:
            reader = csv.reader(fh)
            next(reader)
            params = [
                (
                    ids[r[0]],
                    int(r[1][:4]) * 100 + int(r[1][5:]),
                    "employee_active",
                    int(r[3]) * 100,
                    round(float(r[4]) * 100),
                    round(float(r[5]) * 100),
                    round(float(r[6]) * 100),
                    "employer",
                    "paid",
                    "file:x",
                )
                for r in reader
            ]
        with conn:
            conn.executemany(
                "INSERT INTO contributions (member_id, month, scheme, base, personal, employer,"
                " credited, payer, status, source) VALUES (?,?,?,?,?,?,?,?,?,?)",
                params,
            )
        base.append(time.perf_counter() - start)
        conn.close()
    a, b = statistics.median(ours), statistics.median(base)
    print(f"yibao import (read, validate, compare, commit): {a:7.3f} s")
    print(f"csv + sqlite3 executemany:                      {b:7.3f} s")
    print(f"ratio: {a / b:.2f}x   (goal <= 3x)")


def _bulk_household(tmp: Path, name: str, rows: int) -> tuple[Database, list[Member]]:
    db = _open(tmp, name)
    members = _household(db, rows)
    db.close()
    conn = sqlite3.connect(tmp / name / "yibao.sqlite3")
    params = []
    for i in range(rows):
        member = members[i // MONTHS_PER_MEMBER]
        month = Month(1950, 1).add(i % MONTHS_PER_MEMBER)
        base = 3000 + (i * 37) % 9000
        params.append(
            (
                member.id,
                month.code,
                "employee_active",
                base * 100,
                base * 2,
                base * 8,
                base * 2,
                "employer",
                "paid",
                "bench",
            )
        )
    with conn:
        conn.executemany(
            "INSERT INTO contributions (member_id, month, scheme, base, personal, employer,"
            " credited, payer, status, source) VALUES (?,?,?,?,?,?,?,?,?,?)",
            params,
        )
    conn.close()
    return _open(tmp, name), members


def bench_scaling(tmp: Path, small: int, large: int, runs: int) -> None:
    print(f"\n== history page and analysis: {small:,} vs {large:,} records")
    results: dict[str, list[float]] = {}
    for rows in (small, large):
        db, members = _bulk_household(tmp, f"scale-{rows}", rows)
        one = members[len(members) // 2].id
        steps: dict[str, Callable[[], object]] = {
            "open (ids + totals + first page)": lambda db=db: history.query_view(
                db, HistoryQuery()
            ),
            "sort by 个人缴费": lambda db=db: history.query_view(
                db, HistoryQuery(sort="personal", descending=False)
            ),
            "filter (year range)": lambda db=db: history.query_view(
                db, HistoryQuery(year_from=2000, year_to=2010)
            ),
            "filter (one member)": lambda db=db, one=one: history.query_view(
                db, HistoryQuery(member_id=one)
            ),
            "fetch a page of 200 rows": lambda db=db: history.fetch_rows(
                db, history.query_view(db, HistoryQuery(), first_page=0).ids[-200:]
            ),
            "household analysis (overview)": lambda db=db: history.household_analysis(
                db, today=TODAY
            ),
        }
        for label, fn in steps.items():
            results.setdefault(label, []).append(_median(fn, runs))
        db.close()
    print(f"{'':34s} {small:>10,} {large:>10,}   ratio")
    worst = 0.0
    for label, (a, b) in results.items():
        ratio = b / a if a else float("inf")
        worst = max(worst, ratio)
        print(f"{label:34s} {a:9.3f}s {b:9.3f}s  {ratio:6.2f}x")
    print(f"worst ratio: {worst:.2f}x for {large / small:.0f}x the rows   (goal <= 12x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=20_000)
    parser.add_argument("--large", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="yibao-bench-") as tmp:
        bench_import(Path(tmp), args.rows, args.runs)
        bench_scaling(Path(tmp), args.small, args.large, args.runs)


if __name__ == "__main__":
    main()
