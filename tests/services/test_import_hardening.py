"""Import and export services against hostile input: all-or-nothing by default, one amount
cap for every source, totals that cannot overflow, exports readable by the user only."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.domain import xlsx_parts as xp
from tests.domain.history_helpers import record
from yibao.domain.contributions import HistoryQuery
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.services import history, household
from yibao.services.database import Database
from yibao.services.errors import InvalidInput

TODAY = date(2025, 6, 15)


def _me(db: Database) -> int:
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
        today=TODAY,
    )
    assert me.id is not None
    return me.id


def _count(db: Database) -> int:
    return history.query_view(db, HistoryQuery()).totals.count


def test_import_file_imports_nothing_while_a_row_is_bad(db: Database, tmp_path: Path) -> None:
    me = _me(db)
    path = tmp_path / "a.csv"
    path.write_text("缴费年月,个人缴费\n2024-01,120\n2024-13,120\n2024-03,120\n", "utf-8")
    with pytest.raises(InvalidInput) as info:
        history.import_file(db, me, path)
    assert _count(db) == 0
    assert "第 3 行" in info.value.errors[0].message and "没有导入" in info.value.errors[0].message
    preview = history.preview_import(db, me, history.read_import_file(path), path.name)
    with pytest.raises(InvalidInput):
        history.commit_import(db, preview, replace_duplicates=False)
    assert _count(db) == 0
    result = history.import_file(db, me, path, skip_bad_rows=True)
    assert result.inserted == 2 and _count(db) == 2


def test_xlsx_amount_beyond_the_cap_never_reaches_the_history(db: Database, tmp_path: Path) -> None:
    me = _me(db)
    sheet = xp.sheet_xml(
        xp.row(1, xp.text("A1", "缴费年月"), xp.text("B1", "个人缴费"))
        + xp.row(2, xp.text("A2", "2024-01"), xp.num("B2", "92233720368547758"))
        + xp.row(3, xp.text("A3", "2024-02"), xp.num("B3", "92233720368547758"))
    )
    path = tmp_path / "a.xlsx"
    path.write_bytes(xp.build(sheet))
    with pytest.raises(InvalidInput):
        history.import_file(db, me, path)
    assert history.import_file(db, me, path, skip_bad_rows=True).inserted == 0
    assert _count(db) == 0
    # hand entry has the same cap
    big = record("2024-01", member_id=me, personal="100000000.01")
    with pytest.raises(InvalidInput):
        history.save_record(db, big, today=TODAY)
    ok = record("2024-01", member_id=me, personal="100000000", employer="100000000")
    history.save_record(db, ok, today=TODAY)
    path.write_text("缴费年月,个人缴费,单位缴费\n2024-02,100000000,100000000\n", "utf-8")
    path = path.rename(tmp_path / "b.csv")
    assert history.import_file(db, me, path).inserted == 1
    totals = history.query_view(db, HistoryQuery()).totals
    assert totals.personal == Decimal("200000000.00") and totals.count == 2


def test_totals_of_a_database_with_amounts_from_before_the_cap(db: Database) -> None:
    me = _me(db)
    with db.session() as session:
        connection = session.connection()
        for month in (202401, 202402):
            connection.exec_driver_sql(
                "INSERT INTO contributions (member_id, month, scheme, base, personal, employer,"
                " credited, payer, payer_member_id, status, benefit_year, paid_on, source, note)"
                " VALUES (?, ?, 'employee_active', NULL, ?, 0, NULL, 'self', NULL, 'paid',"
                " NULL, NULL, 'manual', '')",
                (me, month, 9223372036854775800),
            )
    view = history.query_view(db, HistoryQuery())
    assert view.totals.count == 2
    assert view.totals.personal == Decimal(2 * 9223372036854775800).scaleb(-2)
    assert len(view.first_rows) == 2
    assert history.query_view(db, HistoryQuery(member_id=me, year_from=2024)).totals.count == 2


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_exports_and_the_template_are_readable_by_the_user_only(
    db: Database, tmp_path: Path
) -> None:
    me = _me(db)
    history.save_record(db, record("2024-01", member_id=me), today=TODAY)
    old = os.umask(0o022)
    try:
        for name in ("out.csv", "out.xlsx"):
            path = tmp_path / name
            path.write_bytes(b"old")  # an existing file keeps no wider mode either
            path.chmod(0o644)
            assert history.export_records(db, path) == 1
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
        template = tmp_path / "模板.csv"
        history.save_template(template)
        assert stat.S_IMODE(template.stat().st_mode) == 0o600
    finally:
        os.umask(old)
    # the template is read back by the importer
    preview = history.preview_import(db, me, history.read_import_file(template), template.name)
    assert preview.problems == [] and preview.new == 1


def test_delimiter_can_be_given_to_the_service(db: Database, tmp_path: Path) -> None:
    me = _me(db)
    path = tmp_path / "a.csv"
    path.write_text("缴费年月;个人缴费;备注\n2024-01;120;a,b\n", "utf-8")
    assert history.read_import_file(path).delimiter == ";"
    table = history.read_import_file(path, delimiter=",")
    assert table.delimiter == "," and table.rows[1] == ["2024-01;120;a", "b"]
    assert history.import_file(db, me, path, delimiter=";").inserted == 1
