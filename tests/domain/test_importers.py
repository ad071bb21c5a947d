"""Reading statements: encodings, header names, exact amounts, problems by row and column."""

from __future__ import annotations

import codecs
import io
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.domain.history_helpers import record
from yibao.domain.contributions import Month, Payer, RecordStatus
from yibao.domain.importers import (
    Defaults,
    Field,
    ImportFileError,
    amount_fen,
    detect_encoding,
    guess_layout,
    read_csv,
    read_xlsx,
    validate,
    write_csv,
    write_xlsx,
)
from yibao.domain.money import AmountError
from yibao.domain.people import Scheme

DEFAULTS = Defaults(member_id=1, scheme=Scheme.EMPLOYEE_ACTIVE, source="file:test.csv")

GBK_TEXT = (
    "缴费年月,险种,缴费基数,个人缴费,单位缴费,个账划入,缴费状态\r\n"
    "2024-01,职工基本医疗保险,6000,120,480,120,已缴\r\n"
    "2024-02,职工基本医疗保险,6000,120,480,120,已缴\r\n"
    "2024-13,职工基本医疗保险,6000,120,480,120,已缴\r\n"
    "2024-04,职工基本医疗保险,6000,120.5,480,120,补缴\r\n"
)


def _run(data: bytes, encoding: str | None = None, defaults: Defaults = DEFAULTS):  # type: ignore[no-untyped-def]
    table = read_csv(data, encoding)
    layout = guess_layout(table)
    return table, layout, validate(table, layout, defaults)


def test_gbk_csv_with_chinese_headers_and_one_bad_row() -> None:
    data = GBK_TEXT.encode("gbk")
    assert detect_encoding(data) == "gb18030"
    table, layout, v = _run(data)
    assert table.encoding == "gb18030"
    assert layout.mapping[:7] == [
        Field.MONTH,
        Field.SCHEME,
        Field.BASE,
        Field.PERSONAL,
        Field.EMPLOYER,
        Field.CREDITED,
        Field.STATUS,
    ]
    assert v.total == 4 and len(v.rows) == 3
    (problem,) = v.errors
    assert (problem.line, problem.column, problem.field) == (4, "缴费年月", Field.MONTH)
    assert "2024-13" in problem.message
    rec = v.rows[2].to_record()
    assert rec.personal == Decimal("120.50") and rec.status is RecordStatus.BACK_PAID
    assert rec.payer is Payer.EMPLOYER and rec.scheme is Scheme.EMPLOYEE_ACTIVE


def test_gbk_read_as_utf8_fails_with_a_chinese_message() -> None:
    with pytest.raises(ImportFileError) as info:
        read_csv(GBK_TEXT.encode("gbk"), "utf-8")
    assert "编码" in str(info.value)


@pytest.mark.parametrize("bom", [True, False])
def test_utf8_with_and_without_bom(bom: bool) -> None:
    data = GBK_TEXT.encode("utf-8")
    if bom:
        data = codecs.BOM_UTF8 + data
    table, layout, v = _run(data)
    assert table.encoding == ("utf-8-sig" if bom else "utf-8")
    assert layout.headers[0] == "缴费年月"  # no BOM left in the first header
    assert len(v.rows) == 3


def test_national_platform_field_names() -> None:
    text = (
        "psn_no,cashym,accrym_begn,accrym_end,insutype,psn_clctstd_sumamt,psn_clct_amt,"
        "emp_clct_amt,into_acct_amt,clct_flag,clct_time\n"
        "P001,202401,202401,202401,310,6000.00,120.00,480.00,120.00,1,2024-01-15 10:00:00\n"
        "P001,202402,202402,202402,310,6000.00,120.00,480.00,120.00,0,\n"
        "P001,202501,202501,202512,390,,400.00,0,,1,2024-11-03\n"
    )
    _table, layout, v = _run(text.encode("utf-8"))
    assert layout.mapping[0] is None and layout.unknown_columns == [0, 2]
    # cashym and accrym_begn both name the month: the first wins, the second is left unmapped
    assert layout.mapping[1] is Field.MONTH and layout.mapping[2] is None
    assert v.errors == []
    a, b, c = v.rows
    assert a.month == Month(2024, 1) and a.base_fen == 600000 and a.credited_fen == 12000
    assert a.paid_on == date(2024, 1, 15)
    assert b.status is RecordStatus.ARREARS
    assert c.scheme is Scheme.RESIDENT and c.benefit_year == 2025 and c.personal_fen == 40000


def test_split_account_credit_columns_add_up() -> None:
    text = "费款所属期,个人缴费,psn_clct_into_acct_amt,emp_clct_into_acct_amt\n2020-06,120,120,60\n"
    _, _, v = _run(text.encode("utf-8"))
    assert v.rows[0].credited_fen == 18000


def test_title_rows_before_the_header_and_blank_lines() -> None:
    text = (
        "个人缴费明细（2024年）\n\n缴费年月,个人缴费,单位缴费\n2024-01,120,480\n\n2024-02,120,480\n"
    )
    _, layout, v = _run(text.encode("utf-8"))
    assert layout.header_index == 2
    assert [r.line for r in v.rows] == [4, 6]


def test_every_problem_by_row_and_column() -> None:
    text = (
        "缴费年月,险种,个人缴费,单位缴费,缴费状态,代缴人,待遇年度,缴费日期\n"
        "2024-01,职工医保,-5,480,已缴,,,\n"
        "2024-02,公务员补助,120,480,已缴,,,\n"
        "2024-03,职工医保,12a,480,迟缴,王五,20x5,2024-02-30\n"
        "2024-01,职工医保,120,480,已缴,,,\n"
        "2024-05,职工医保,,,已缴,,,\n"
    )
    _, _, v = _run(text.encode("utf-8"), defaults=DEFAULTS)
    found = {(p.line, p.column, p.code) for p in v.problems}
    assert (2, "个人缴费", "negative") in found
    assert (3, "险种", "unknown_scheme") in found
    assert (4, "个人缴费", "bad_amount") in found
    assert (4, "缴费状态", "unknown_status") in found
    assert (4, "代缴人", "unknown_member") in found
    assert (4, "待遇年度", "bad_year") in found
    assert (4, "缴费日期", "bad_date") in found
    assert (6, "个人缴费", "no_amount") in found
    # line 5 repeats 2024-01, but line 2 (the first 2024-01) was bad: no duplicate then
    assert [r.line for r in v.rows] == [5]


def test_duplicate_month_in_file() -> None:
    text = "缴费年月,个人缴费\n2024-01,120\n2024-01,130\n"
    _, _, v = _run(text.encode("utf-8"))
    (p,) = v.problems
    assert p.line == 3 and p.code == "duplicate_in_file" and "第 2 行" in p.message


def test_missing_month_column_is_a_file_problem_until_mapped() -> None:
    text = "时间,金额\n2024-01,120\n"
    table, layout, v = _run(text.encode("utf-8"))
    assert {p.code for p in v.file_errors} == {"not_mapped"}
    layout.mapping = [Field.MONTH, Field.PERSONAL]
    v = validate(table, layout, DEFAULTS)
    assert v.errors == [] and v.rows[0].personal_fen == 12000


def test_proxy_payer_by_member_name() -> None:
    defaults = Defaults(2, Scheme.RESIDENT, "file:x", {"张伟": 1})
    text = "缴费年月,个人缴费,代缴人,待遇年度\n2025-01,400,张伟,2025\n"
    _, _, v = _run(text.encode("utf-8"), defaults=defaults)
    row = v.rows[0]
    assert row.payer is Payer.PROXY and row.payer_member_id == 1 and row.benefit_year == 2025


def _xlsx(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for r in rows:
        sheet.append(r)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_floats_are_exact() -> None:
    data = _xlsx(
        [
            ["缴费年月", "缴费基数", "个人缴费", "单位缴费"],
            [202401, 4494, 364.52, 0.1 + 0.2],
            ["2024-02", 4494.0, 359.52, 0],
        ]
    )
    table = read_xlsx(data)
    v = validate(table, guess_layout(table), DEFAULTS)
    assert v.errors == []
    a, b = v.rows
    assert a.personal_fen == 36452 and a.employer_fen == 30  # 0.30000000000000004 → 0.30
    assert b.base_fen == 449400 and b.personal_fen == 35952


def test_export_csv_and_xlsx_round_trip() -> None:
    records = [
        record("2024-01", credited="120"),
        record(
            "2024-02", personal="364.52", employer="0", base=None, status=RecordStatus.BACK_PAID
        ),
        record(
            "2024-11",
            scheme=Scheme.RESIDENT,
            base=None,
            personal="400",
            employer="0",
            benefit_year=2025,
            paid_on=date(2024, 11, 3),
        ),
    ]
    for data in (write_csv(records, {}), write_xlsx(records, {})):
        table = read_xlsx(data) if data[:2] == b"PK" else read_csv(data)
        v = validate(table, guess_layout(table), DEFAULTS)
        assert v.errors == []
        back = [r.to_record() for r in v.rows]
        for original, read in zip(records, back, strict=True):
            assert read.same_content(original), (original, read)
    csv_bytes = write_csv(records, {})
    assert csv_bytes.startswith(codecs.BOM_UTF8)


@pytest.mark.parametrize(
    ("cell", "fen"),
    [
        ("364.52", 36452),
        ("1,234.5", 123450),
        ("¥12", 1200),
        ("０.５", 50),
        (364.52, 36452),
        (700, 70000),
        ("", None),
        (None, None),
    ],
)
def test_amount_cells(cell: object, fen: int | None) -> None:
    assert amount_fen(cell) == fen


@given(st.decimals(min_value=0, max_value=10_000_000, places=2))
def test_amounts_exact_as_text_and_as_spreadsheet_float(value: Decimal) -> None:
    fen = int(value * 100)
    assert amount_fen(str(value)) == fen
    assert amount_fen(f"{value:,.2f}") == fen
    assert amount_fen(float(str(value))) == fen


@given(st.decimals(min_value=Decimal("-1e6"), max_value=Decimal("-0.01"), places=2))
def test_negative_amounts_refused(value: Decimal) -> None:
    with pytest.raises(AmountError) as info:
        amount_fen(str(value))
    assert info.value.code == "negative"


def test_member_column_routes_rows_to_household_members() -> None:
    defaults = Defaults(
        1,
        Scheme.EMPLOYEE_ACTIVE,
        "file:x",
        {"张伟": 1, "张小明": 2},
        {1: Scheme.EMPLOYEE_ACTIVE, 2: Scheme.RESIDENT},
    )
    text = (
        "成员,缴费年月,个人缴费,代缴人\n"
        "张伟,2024-01,120,\n张小明,2024-01,400,张伟\n李四,2024-01,1,\n"
    )
    _, _, v = _run(text.encode("utf-8"), defaults=defaults)
    a, b = v.rows
    assert (a.member_id, a.scheme) == (1, Scheme.EMPLOYEE_ACTIVE)
    assert (b.member_id, b.scheme, b.payer_member_id, b.benefit_year) == (
        2,
        Scheme.RESIDENT,
        1,
        2024,
    )
    (p,) = v.errors
    assert (p.line, p.column, p.code) == (4, "成员", "unknown_owner")


def test_a_row_problem_is_a_field_problem_at_a_row_and_column() -> None:
    from yibao.domain.importers import Problem
    from yibao.domain.kernel import FieldProblem

    _, _, v = _run("缴费年月,个人缴费\n2024-01,-3\n".encode())
    (p,) = v.problems
    assert isinstance(p, Problem) and isinstance(p, FieldProblem)
    assert (p.line, p.column, p.field, p.code) == (2, "个人缴费", Field.PERSONAL, "negative")
    assert p.message == "金额不能是负数：-3"


def test_old_module_paths_still_work() -> None:
    from yibao.domain import import_errors, importers, spreadsheet_text, xlsx_reader

    assert import_errors.ImportFileError is importers.ImportFileError
    assert spreadsheet_text.csv_text("=1+1") == "'=1+1"
    assert xlsx_reader.MSG_NOT_XLSX is importers.MSG_NOT_XLSX
    assert xlsx_reader.column_label([["缴费年月"]], 1) == "缴费年月"
    assert xlsx_reader.column_label([], 3) == "第 3 列"
    assert set(importers.__all__) <= set(dir(importers))
