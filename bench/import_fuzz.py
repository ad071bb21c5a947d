"""Hostile CSV/XLSX files through read → validate → commit, timed one by one.

    python bench/import_fuzz.py [--count 1200] [--seed 0] [--limit 10] [--worst]

``--count`` CSV and ``--count`` XLSX files from ``tests/domain/hostile_inputs.py`` (seeds
``seed … seed + count - 1``) go through the import the way the dialog does it (read the
file, validate and compare with what is saved, commit with bad rows skipped) into a
throwaway database, then the history page's query. Reports crashes (any exception but the
importer's own ``ImportFileError``), hangs (over ``--limit`` seconds; SIGALRM stops them),
the slowest inputs, and the peak memory. Exit status 1 if there was a crash or a hang.
``--worst`` adds files built to sit just inside the caps of ``yibao.domain.limits`` in the
shapes that cost openpyxl, csv and the validation most per byte.
Not a test: the times depend on the machine.
"""

from __future__ import annotations

import argparse
import collections
import random
import resource
import signal
import statistics
import sys
import tempfile
import time
import traceback
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

from tests.domain import xlsx_parts as xp  # noqa: E402
from tests.domain.hostile_inputs import hostile_csv, hostile_xlsx  # noqa: E402
from yibao.domain import limits  # noqa: E402
from yibao.domain.contributions import HistoryQuery  # noqa: E402
from yibao.domain.importers import ImportFileError  # noqa: E402
from yibao.domain.people import Gender, Member, Relation, Scheme  # noqa: E402
from yibao.paths import AppPaths  # noqa: E402
from yibao.services import history, household  # noqa: E402
from yibao.services.database import open_database  # noqa: E402


class Hang(Exception):
    pass


def worst_cases() -> list[tuple[str, str, bytes]]:
    """(name, suffix, content) of files just inside the caps."""
    tags = limits.MAX_XLSX_TAGS - 200
    other = limits.MAX_XLSX_OTHER_TAGS - 200
    head = xp.row(1, xp.text("A1", "缴费年月"), xp.text("B1", "个人缴费"))
    styles_head = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    template_row = (
        "张伟,{m},职工医保（在职）,6000.00,120.00,480.00,120.00,单位,,已缴,,2024-01-15,file:x,"
    )
    months = [f"{1950 + i // 12 % 150}-{i % 12 + 1:02d}" for i in range(limits.MAX_ROWS)]
    per_sheet = tags // limits.MAX_XLSX_SHEETS - 400
    out = [
        (
            "xlsx: empty rows up to the tag cap",
            "xlsx",
            xp.build(xp.sheet_xml(head + "<row/>" * tags)),
        ),
        (
            "xlsx: one row of bare cells",
            "xlsx",
            xp.build(xp.sheet_xml(head + "<row>" + "<c/>" * tags + "</row>")),
        ),
        (
            "xlsx: numbered one-cell rows",
            "xlsx",
            xp.build(
                xp.sheet_xml(
                    head
                    + "".join(xp.row(i, xp.num(f"A{i}", "202401")) for i in range(2, tags // 6))
                )
            ),
        ),
        (
            "xlsx: tiny shared strings",
            "xlsx",
            xp.build(xp.sheet_xml(head), xp.shared_xml("<si><t/></si>" * (tags // 3 - 10))),
        ),
        (
            "xlsx: cell styles up to the other-parts cap",
            "xlsx",
            xp.build(
                xp.sheet_xml(head),
                styles=styles_head
                + "<cellXfs>"
                + '<xf numFmtId="14"/>' * other
                + "</cellXfs></styleSheet>",
            ),
        ),
        (
            f"xlsx: {limits.MAX_XLSX_SHEETS} sheets on one part without a dimension",
            "xlsx",
            xp.build(
                xp.sheet_xml(head + "<row/>" * (per_sheet - 50)), sheets=limits.MAX_XLSX_SHEETS
            ),
        ),
        (
            "xlsx: rich inline text",
            "xlsx",
            xp.build(
                xp.sheet_xml(
                    head
                    + "<row>"
                    + ('<c t="inlineStr"><is>' + "<r><t>a</t></r>" * 1000 + "</is></c>")
                    * (tags // 4000 - 1)
                    + "</row>"
                )
            ),
        ),
        (
            "xlsx: a real statement up to the tag cap",
            "xlsx",
            xp.build(
                xp.sheet_xml(
                    xp.row(
                        1,
                        *(
                            xp.text(f"{c}1", h)
                            for c, h in zip(
                                "ABCD",
                                ["缴费年月", "缴费基数", "个人缴费", "单位缴费"],
                                strict=True,
                            )
                        ),
                    )
                    + "".join(
                        xp.row(
                            i,
                            xp.text(f"A{i}", months[i]),
                            xp.num(f"B{i}", "6000"),
                            xp.num(f"C{i}", "120.5"),
                            xp.num(f"D{i}", "480"),
                        )
                        for i in range(2, tags // 21)
                    )
                )
            ),
        ),
        (
            f"csv: a {limits.MAX_ROWS - 1:,}-row statement",
            "csv",
            (
                "成员,费款所属期,险种,缴费基数,个人缴费,单位缴费,划入个人账户,缴费方,代缴人,缴费状态,待遇年度,缴费日期,来源,备注\n"
                + "\n".join(template_row.format(m=m) for m in months[: limits.MAX_ROWS - 1])
            ).encode(),
        ),
    ]
    width = limits.MAX_COLUMNS
    line = "2024-01," + ",".join(["1"] * (width - 1)) + "\n"
    rows = min(limits.MAX_ROWS - 1, (limits.MAX_FILE_BYTES - 2000) // len(line))
    out.append(
        (
            f"csv: {rows:,} rows x {width} columns",
            "csv",
            ("缴费年月,个人缴费" + ",x" * (width - 2) + "\n" + line * rows).encode(),
        )
    )
    cell = "长" * limits.MAX_CELL_CHARS
    n = (limits.MAX_FILE_BYTES - 100) // (len(cell.encode()) + 10)
    out.append(
        (
            f"csv: {n} cells of {limits.MAX_CELL_CHARS} characters",
            "csv",
            (
                "缴费年月,个人缴费,备注\n" + "".join(f"2024-01,1,{cell}\n" for _ in range(n))
            ).encode(),
        )
    )
    return out


def _alarm(_signum: int, _frame: object) -> None:
    raise Hang


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--worst", action="store_true")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(data_dir=Path(tmp) / "data", log_dir=Path(tmp) / "logs")
        paths.ensure()
        db = open_database(paths).db
        me = household.save_profile(
            db,
            Member(
                name="张伟",
                relation=Relation.SELF,
                gender=Gender.MALE,
                birth_date=date(1985, 1, 1),
                scheme=Scheme.EMPLOYEE_ACTIVE,
                region_code="510500",
            ),
            today=date(2025, 6, 15),
        )
        assert me.id is not None
        outcomes: collections.Counter[str] = collections.Counter()
        times: list[tuple[float, str]] = []
        crashes: list[str] = []
        crash_types: collections.Counter[str] = collections.Counter()
        hangs: list[str] = []
        imported = 0
        inputs = [
            (
                kind,
                seed,
                f"{kind} seed={seed}",
                lambda make=make, seed=seed: make(random.Random(seed)),
            )
            for kind, make in (("csv", hostile_csv), ("xlsx", hostile_xlsx))
            for seed in range(args.seed, args.seed + args.count)
        ]
        if args.worst:
            inputs += [
                (kind, 0, name, lambda data=data: data) for name, kind, data in worst_cases()
            ]
        for kind, seed, label, build in inputs:
            data = build()
            path = Path(tmp) / f"in.{kind}"
            path.write_bytes(data)
            name = f"{label} ({len(data):,} bytes)"
            start = time.perf_counter()
            signal.alarm(args.limit)
            try:
                table = history.read_import_file(path)
                preview = history.preview_import(db, me.id, table, path.name)
                result = history.commit_import(
                    db, preview, replace_duplicates=seed % 2 == 0, skip_bad_rows=True
                )
                history.query_view(db, HistoryQuery())
                imported += result.inserted + result.replaced
                outcomes[f"{kind}: read" + (", rows imported" if result.inserted else "")] += 1
            except ImportFileError as exc:
                outcomes[f"{kind}: refused ({exc.template[:12]}…)"] += 1
            except Hang:
                hangs.append(name)
            except Exception as exc:
                crashes.append(name + "\n" + traceback.format_exc())
                crash_types[type(exc).__name__] += 1
            finally:
                signal.alarm(0)
            times.append((time.perf_counter() - start, name))
        db.close()
    durations = [t for t, _ in times]
    extra = f" + {len(inputs) - 2 * args.count} at the caps" if args.worst else ""
    print(
        f"inputs: {len(times)} ({args.count} CSV + {args.count} XLSX, seeds from {args.seed}"
        f"{extra})"
    )
    print(f"crashes: {len(crashes)}   hangs (> {args.limit} s): {len(hangs)}")
    if crash_types:
        print("crashes by type: " + ", ".join(f"{k} {n}" for k, n in crash_types.most_common()))
    print(
        f"time per input: median {statistics.median(durations) * 1000:.1f} ms, "
        f"p99 {statistics.quantiles(durations, n=100, method='inclusive')[98] * 1000:.0f} ms, "
        f"max {max(durations):.2f} s; total {sum(durations):.0f} s"
    )
    print(
        f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB"
    )
    print(f"rows imported or replaced: {imported}")
    print("slowest:")
    for t, name in sorted(times, reverse=True)[: 15 if args.worst else 5]:
        print(f"  {t:6.2f} s  {name}")
    print("outcomes:")
    for key, n in sorted(outcomes.items()):
        print(f"  {n:5d}  {key}")
    for c in crashes[:10]:
        print("CRASH", c)
    for h in hangs[:10]:
        print("HANG", h)
    return 1 if crashes or hangs else 0


if __name__ == "__main__":
    sys.exit(main())
