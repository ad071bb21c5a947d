"""History use cases on a real database: editing with undo, all-or-nothing import,
idempotent re-import, export round trip, a process killed mid-import, analysis."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.domain.history_helpers import record
from yibao.domain.contributions import MemberHistory, Month, Payer
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.paths import AppPaths
from yibao.services import history, household
from yibao.services.database import Database, open_database
from yibao.services.errors import InvalidInput
from yibao.storage.history_repo import HistoryQuery

TODAY = date(2025, 6, 15)
ROOT = Path(__file__).resolve().parents[2]

GBK_CSV = (
    "缴费年月,险种,缴费基数,个人缴费,单位缴费,个账划入,缴费状态\r\n"
    "2024-01,职工基本医疗保险,6000,120,480,120,已缴\r\n"
    "2024-02,职工基本医疗保险,6000,120,480,120,已缴\r\n"
    "2024-1３,职工基本医疗保险,6000,120,480,120,已缴\r\n"
    "2024-04,职工基本医疗保险,6000,120.5,480,120,补缴\r\n"
).encode("gbk")


def _self(db: Database) -> Member:
    return household.save_profile(
        db,
        Member(
            name="张伟",
            relation=Relation.SELF,
            gender=Gender.MALE,
            birth_date=date(1985, 1, 1),
            scheme=Scheme.EMPLOYEE_ACTIVE,
            region_code="510500",
        ),
        today=TODAY,
    )


def _count(db: Database, member_id: int | None = None) -> int:
    return history.query_view(db, HistoryQuery(member_id=member_id)).totals.count


def test_add_edit_delete_with_undo(db: Database) -> None:
    me = _self(db)
    assert me.id is not None
    saved = history.save_record(db, record("2024-01", member_id=me.id), today=TODAY).record
    assert saved.id is not None and saved.personal == Decimal("120.00")
    with pytest.raises(InvalidInput) as info:
        history.save_record(db, record("2024-01", member_id=me.id, personal="99"), today=TODAY)
    assert info.value.fields == ("month",)
    edited = history.save_record(
        db,
        record("2024-01", member_id=me.id, personal="130").__class__(
            **{**_fields(saved), "personal": Decimal("130")}
        ),
        today=TODAY,
    )
    assert edited.record.personal == Decimal("130.00") and edited.undo is not None
    history.undo(db, edited.undo)
    assert history.fetch_rows(db, [saved.id])[0].personal == Decimal("120.00")
    action = history.delete_records(db, [saved.id])
    assert _count(db) == 0
    history.undo(db, action)
    assert history.fetch_rows(db, [saved.id]) == [saved]


def _fields(r):  # type: ignore[no-untyped-def]
    import dataclasses

    return {f.name: getattr(r, f.name) for f in dataclasses.fields(r)}


def test_validation_at_the_field(db: Database) -> None:
    me = _self(db)
    assert me.id is not None
    bad = record("2024-01", member_id=me.id, personal="0", employer="0", base="-1")
    bad = bad.__class__(**{**_fields(bad), "payer": Payer.PROXY, "paid_on": date(2030, 1, 1)})
    with pytest.raises(InvalidInput) as info:
        history.save_record(db, bad, today=TODAY)
    assert set(info.value.fields) == {"base", "personal", "payer_member_id", "paid_on"}


def test_import_preview_names_the_bad_row_then_commit_is_idempotent(
    db: Database, tmp_path: Path
) -> None:
    me = _self(db)
    assert me.id is not None
    path = tmp_path / "明细.csv"
    path.write_bytes(GBK_CSV)
    table = history.read_import_file(path)
    assert table.encoding == "gb18030"
    preview = history.preview_import(db, me.id, table, path.name)
    (error,) = preview.errors
    assert error.line == 4 and error.column == "缴费年月"
    assert preview.new == 3 and _count(db) == 0  # nothing written by the preview
    with pytest.raises(InvalidInput):  # all or nothing unless the bad row is skipped
        history.commit_import(db, preview, replace_duplicates=False)
    assert _count(db) == 0
    result = history.commit_import(db, preview, replace_duplicates=False, skip_bad_rows=True)
    assert (result.inserted, result.replaced, result.unchanged) == (3, 0, 0)
    rows = history.query_view(db, HistoryQuery(sort="month", descending=False)).first_rows
    assert [str(r.month) for r in rows] == ["2024-01", "2024-02", "2024-04"]
    assert rows[2].personal == Decimal("120.50") and rows[0].source == "file:明细.csv"
    # the same file again changes nothing
    again = history.preview_import(db, me.id, history.read_import_file(path), path.name)
    assert again.unchanged == 3 and again.new == 0 and again.duplicates == []
    result = history.commit_import(db, again, replace_duplicates=True, skip_bad_rows=True)
    assert (result.inserted, result.replaced, result.unchanged, result.undo) == (0, 0, 3, None)
    assert _count(db) == 3


def test_duplicates_skip_or_replace_and_undo_of_import(db: Database, tmp_path: Path) -> None:
    me = _self(db)
    assert me.id is not None
    history.save_record(db, record("2024-01", member_id=me.id, personal="100"), today=TODAY)
    path = tmp_path / "a.csv"
    path.write_text("缴费年月,个人缴费,单位缴费\n2024-01,120,480\n2024-02,120,480\n", "utf-8")
    preview = history.preview_import(db, me.id, history.read_import_file(path), path.name)
    assert len(preview.duplicates) == 1
    dup = next(p for p in preview.problems if p.code == "duplicate_saved")
    assert dup.line == 2 and "100.00" in dup.message
    skipped = history.commit_import(db, preview, replace_duplicates=False)
    assert (skipped.inserted, skipped.skipped) == (1, 1)
    assert skipped.undo is not None
    history.undo(db, skipped.undo)
    assert _count(db) == 1
    replaced = history.commit_import(db, preview, replace_duplicates=True)
    assert (replaced.inserted, replaced.replaced) == (1, 1)
    view = history.query_view(db, HistoryQuery(sort="month", descending=False))
    assert [r.personal for r in view.first_rows] == [Decimal("120.00"), Decimal("120.00")]
    assert replaced.undo is not None
    history.undo(db, replaced.undo)
    view = history.query_view(db, HistoryQuery())
    assert [r.personal for r in view.first_rows] == [Decimal("100.00")]


def test_import_is_one_transaction(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from yibao.storage import history_repo

    monkeypatch.setattr(history_repo, "CHUNK", 100)
    me = _self(db)
    assert me.id is not None
    lines = ["缴费年月,个人缴费,单位缴费"]
    lines += [f"{Month(1960, 1).add(i)},120,480" for i in range(1000)]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines), "utf-8")
    preview = history.preview_import(db, me.id, history.read_import_file(path), path.name)
    assert preview.new == 1000

    def boom(done: int, total: int) -> None:
        if done >= 500:
            raise RuntimeError("failure in the middle")

    with pytest.raises(RuntimeError):
        history.commit_import(db, preview, replace_duplicates=False, progress=boom)
    assert _count(db) == 0
    assert history.commit_import(db, preview, replace_duplicates=False).inserted == 1000


def test_export_import_round_trip(db: Database, tmp_path: Path) -> None:
    me = _self(db)
    kid = household.add_member(
        db,
        Member(
            name="张小明",
            relation=Relation.CHILD,
            gender=Gender.MALE,
            birth_date=date(2015, 3, 1),
            scheme=Scheme.RESIDENT,
            region_code="510500",
        ),
        today=TODAY,
    )
    assert me.id is not None and kid.id is not None
    history.save_record(db, record("2024-01", member_id=me.id, credited="120"), today=TODAY)
    proxy = record(
        "2025-01",
        member_id=kid.id,
        scheme=Scheme.RESIDENT,
        base=None,
        personal="400",
        employer="0",
        benefit_year=2025,
        paid_on=date(2024, 11, 3),
    )
    proxy = proxy.__class__(**{**_fields(proxy), "payer": Payer.PROXY, "payer_member_id": me.id})
    history.save_record(db, proxy, today=TODAY)
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"kid{suffix}"
        assert history.export_records(db, out, kid.id) == 1
        assert not out.with_name(out.name + ".part").exists()
        before = history.query_view(db, HistoryQuery(member_id=kid.id)).first_rows
        preview = history.preview_import(db, kid.id, history.read_import_file(out), out.name)
        assert preview.errors == [] and preview.unchanged == 1
        ids = [r.id for r in before if r.id is not None]
        history.delete_records(db, ids)
        preview = history.preview_import(db, kid.id, history.read_import_file(out), out.name)
        history.commit_import(db, preview, replace_duplicates=False)
        after = history.query_view(db, HistoryQuery(member_id=kid.id)).first_rows
        assert [a.same_content(b) for a, b in zip(after, before, strict=True)] == [True]
        assert after[0].payer_member_id == me.id
    assert (tmp_path / "kid.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_sort_filter_and_totals_in_sql(db: Database) -> None:
    me = _self(db)
    assert me.id is not None
    for month, personal in (("2023-05", "100"), ("2024-01", "300"), ("2024-02", "200")):
        history.save_record(db, record(month, member_id=me.id, personal=personal), today=TODAY)
    view = history.query_view(db, HistoryQuery(year_from=2024, sort="personal", descending=False))
    assert [r.personal for r in view.first_rows] == [Decimal("200.00"), Decimal("300.00")]
    assert view.totals.count == 2 and view.totals.personal == Decimal("500.00")
    assert history.year_span(db) == (2023, 2024)


def test_analysis_warnings(db: Database) -> None:
    me = _self(db)
    assert me.id is not None
    for i in range(24):
        history.save_record(
            db, record(str(Month(2022, 1).add(i)), member_id=me.id, credited="120"), today=TODAY
        )
    history.set_member_history(db, MemberHistory(me.id, 60, Decimal("500"), date(2022, 1, 1)))
    (a,) = history.household_analysis(db, today=TODAY)
    assert a.years is not None and a.years.actual_months == 24 and a.years.counted_months == 84
    assert a.years.met is False
    texts = [w.message for w in a.warnings]
    assert any("2024年1月 起没有缴费记录" in t for t in texts), texts
    assert any("还差" in t for t in texts), texts
    assert a.account is not None and a.account.balance == Decimal("500") + 24 * 120
    assert len(a.account.projection) == 12
    assert a.yearly == (
        (2022, Decimal("1440.00"), Decimal("5760.00")),
        (2023, Decimal("1440.00"), Decimal("5760.00")),
    )


def test_member_history_validation(db: Database) -> None:
    me = _self(db)
    assert me.id is not None
    with pytest.raises(InvalidInput) as info:
        history.set_member_history(db, MemberHistory(me.id, -1))
    assert info.value.fields == ("deemed_months",)
    saved = history.set_member_history(db, MemberHistory(me.id, 120, Decimal("12.34"), TODAY))
    assert history.member_history(db, me.id) == saved


_KILL_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from yibao.paths import AppPaths
    from yibao.services import history
    from yibao.storage import history_repo

    history_repo.CHUNK = 200
    from yibao.services.database import open_database

    data, member_id, path = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    db = open_database(AppPaths(data_dir=data, log_dir=data / "logs")).db

    def progress(done, total):
        print(f"progress {done}/{total}", flush=True)
        time.sleep(0.3)

    history.import_file(db, member_id, path, progress=progress)
    print("finished", flush=True)
    """
)


@pytest.mark.slow
def test_process_killed_mid_import_leaves_database_intact(
    tmp_paths: AppPaths, tmp_path: Path
) -> None:
    opened = open_database(tmp_paths)
    me = _self(opened.db)
    assert me.id is not None
    history.save_record(opened.db, record("1999-01", member_id=me.id), today=TODAY)
    opened.db.close()
    lines = ["缴费年月,个人缴费,单位缴费,备注"]
    lines += [f"{Month(1950, 1).add(i)},120,480,{'说明' * 20}" for i in range(1800)]
    big = tmp_path / "big.csv"
    big.write_text("\n".join(lines), "utf-8")
    script = tmp_path / "kill_me.py"
    script.write_text(_KILL_SCRIPT, "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    proc = subprocess.Popen(
        [sys.executable, str(script), str(tmp_paths.data_dir), str(me.id), str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        second = proc.stdout.readline()  # two chunks written, the transaction still open
        proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert first.startswith("progress 200/") and second.startswith("progress 400/"), err
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(tmp_paths.db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM contributions").fetchone() == (1,)
        assert conn.execute(
            "SELECT count(*) FROM contributions WHERE source = 'file:big.csv'"
        ).fetchone() == (0,)
    finally:
        conn.close()


def test_late_resident_payment_warns_of_the_fixed_wait(db: Database) -> None:
    """Issue 14 #8: paying for 2027 on 2027-03-10 (after the collection period) still means
    3 months' wait once the payment is recorded, counted from the payment day."""
    today = date(2027, 3, 20)
    kid = household.add_member(
        db,
        Member("张小明", Relation.CHILD, Gender.MALE, date(2015, 3, 1), Scheme.RESIDENT, "370200"),
        today=today,
    )
    assert kid.id is not None
    for year, paid in ((2025, date(2024, 11, 1)), (2026, date(2025, 11, 1)), (2027, None)):
        history.save_record(
            db,
            record(
                f"{year}-01",
                member_id=kid.id,
                scheme=Scheme.RESIDENT,
                base=None,
                personal="400",
                employer="0",
                benefit_year=year,
                paid_on=paid or date(2027, 3, 10),
            ),
            today=today,
        )
    analysis = next(a for a in history.household_analysis(db, today=today) if a.member.id == kid.id)
    (brk,) = analysis.resident_breaks
    assert brk.late_payment and brk.without_repair is not None
    assert brk.without_repair.benefit_start == date(2027, 6, 10)
    texts = [w.message for w in analysis.warnings]
    late = [t for t in texts if "集中缴费期结束后" in t]
    assert late and "2027-03-10" in late[0] and "3 个月" in late[0] and "2027-06-10" in late[0]
    assert "不设等待期的人群：新生儿等" in late[0]


def test_warnings_read_english_when_english_is_chosen(db: Database, qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: the parts a warning is built from (the rule it follows, a way to shorten the
    wait, who has no wait, a retirement note) are translated with it, and its months and
    lists are written for English: no Chinese but the names."""
    import re

    from yibao.domain.regions import region_book
    from yibao.ui.cjkcheck import stray_chinese
    from yibao.ui.i18n import dtr, install_translators

    me = _self(db)
    assert me.id is not None
    for i in range(24):
        history.save_record(
            db, record(str(Month(2022, 1).add(i)), member_id=me.id, credited="120"), today=TODAY
        )
    history.set_member_history(db, MemberHistory(me.id, 60, Decimal("500"), date(2022, 1, 1)))
    today = date(2027, 3, 20)
    kid = household.add_member(
        db,
        Member("张小明", Relation.CHILD, Gender.MALE, date(2015, 3, 1), Scheme.RESIDENT, "370200"),
        today=today,
    )
    assert kid.id is not None
    for year, paid in ((2025, date(2024, 11, 1)), (2027, date(2027, 3, 10))):
        history.save_record(
            db,
            record(
                f"{year}-01",
                member_id=kid.id,
                scheme=Scheme.RESIDENT,
                base=None,
                personal="400",
                employer="0",
                benefit_year=year,
                paid_on=paid,
            ),
            today=today,
        )
    install_translators(qapp, "en")
    try:
        warnings = [w for a in history.household_analysis(db, today=today) for w in a.warnings]
        texts = [dtr(w.template, w.params) for w in warnings]
    finally:
        install_translators(qapp, "zh_CN")
    assert len(texts) >= 3, texts
    # user data, and the book's own text values (a list of groups: data, not a message)
    names = ["张伟", "张小明", "新生儿", *(r.name for r in region_book().all())]
    assert [stray_chinese(t, names) for t in texts] == [""] * len(texts), texts
    # not even in brackets: only short terms (职工医保, 城乡居民医保), never a sentence
    for text in texts:
        for name in sorted(names, key=len, reverse=True):
            text = text.replace(name, "")
        runs = re.findall(r"[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]+", text)
        assert all(len(run) <= 6 and not re.search(r"[，。：；（）、]", run) for run in runs), text
    assert any("2024-01" in t for t in texts), texts  # a month, written for English
    assert any("for the 2027 benefit year" in t for t in texts), texts
