"""Hostile and odd files: every failure is the importer's own error (with row and column
where known), amounts have the manual-entry cap, parsing stays linear, exports hold no live
formula, and implausible rows are flagged without being refused."""

from __future__ import annotations

import csv
import dataclasses
import io
import time
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from tests.domain import xlsx_parts as xp
from tests.domain.history_helpers import record
from yibao.domain.contributions import Month, MonthError
from yibao.domain.importers import (
    Defaults,
    Field,
    ImportFileError,
    Severity,
    amount_fen,
    guess_layout,
    read_csv,
    read_file,
    read_xlsx,
    validate,
    write_csv,
    write_xlsx,
)
from yibao.domain.money import MAX_YUAN, AmountError, parse_yuan, round_yuan
from yibao.domain.people import Scheme

DEFAULTS = Defaults(member_id=1, scheme=Scheme.EMPLOYEE_ACTIVE, source="file:t")
HEAD = xp.row(1, xp.text("A1", "缴费年月"), xp.text("B1", "个人缴费"), xp.text("C1", "单位缴费"))


def _check(table):  # type: ignore[no-untyped-def]
    return validate(table, guess_layout(table), DEFAULTS)


def _codes(v) -> list[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    return [(p.line, p.column, p.code) for p in v.problems]


# ---------------------------------------------------------------------------- 2: one cap


def test_xlsx_amount_beyond_the_cap_is_refused_at_its_cell() -> None:
    sheet = xp.sheet_xml(
        HEAD
        + xp.row(2, xp.text("A2", "2024-01"), xp.num("B2", "92233720368547758"))
        + xp.row(3, xp.text("A3", "2024-02"), xp.num("B3", "120"))
    )
    v = _check(read_xlsx(xp.build(sheet)))
    assert _codes(v) == [(2, "个人缴费", "too_large")]
    assert [r.personal_fen for r in v.rows] == [12000]


@pytest.mark.parametrize(
    "text", ["100000000.01", "123456789012", "999999999999.99", "1,000,000,000"]
)
def test_csv_amount_beyond_the_cap_is_refused(text: str) -> None:
    data = f'缴费年月,个人缴费\n2024-01,"{text}"\n'.encode()
    v = _check(read_csv(data))
    assert _codes(v) == [(2, "个人缴费", "too_large")]


def test_the_cap_itself_is_allowed_everywhere() -> None:
    from yibao.domain import limits

    assert limits.MAX_FEN == 100_000_000 * 100 and limits.MAX_YUAN == MAX_YUAN
    for cell in ("100000000", "100,000,000.00", 100_000_000, 100_000_000.0):
        assert amount_fen(cell) == limits.MAX_FEN
    for cell in ("100000000.01", 100_000_001, 1e8 + 0.01, Decimal("1e8") + 1):
        with pytest.raises(AmountError) as info:
            amount_fen(cell)
        assert info.value.code == "too_large"


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ("1,000,000,000", "1,000,000,000"),  # read by parse_yuan, which has a cap of its own
        ("¥200000000", "¥200000000"),
        ("123456789012", "123456789012"),
        (10**30, "…"),
        (1e300, "1e+300"),
        (Decimal("1e999999"), "1E+999999"),  # beyond what money can even round
    ],
)
def test_every_amount_over_the_cap_gets_one_message_naming_the_cell(
    cell: object, shown: str
) -> None:
    from yibao.domain.importers import MSG_AMOUNT_TOO_LARGE

    with pytest.raises(AmountError) as info:
        amount_fen(cell)
    assert info.value.code == "too_large"
    assert info.value.template == MSG_AMOUNT_TOO_LARGE
    assert info.value.params == {"text": shown}


def test_a_huge_negative_amount_is_negative() -> None:
    for cell in (-(10**30), -1e300, "-1,000", Decimal("-1e300")):
        with pytest.raises(AmountError) as info:
            amount_fen(cell)
        assert info.value.code == "negative", cell


# ---------------------------------------------------------------------------- 6: own errors


def test_csv_cell_over_the_csv_field_limit_names_its_row() -> None:
    data = ("缴费年月,个人缴费,备注\n2024-01,120,x\n2024-02,120," + "y" * 140_000 + "\n").encode()
    with pytest.raises(ImportFileError) as info:
        read_csv(data)
    assert info.value.line == 3
    assert "第 3 行" in str(info.value)


def test_csv_cell_longer_than_a_spreadsheet_cell_is_refused() -> None:
    data = ('缴费年月,个人缴费,备注\n2024-01,120,"' + "长" * 40_000 + '"\n').encode()
    with pytest.raises(ImportFileError) as info:
        read_csv(data)
    assert info.value.line == 2 and info.value.column == "备注"


@pytest.mark.parametrize("text", ["፩፪፫፬-፩፪", "٢٠٢٤-٠٥", "2024-0\u0665", "𑁦𑁧𑁨𑁩年1月"])
def test_month_in_non_ascii_digits_is_a_month_error(text: str) -> None:
    with pytest.raises(MonthError):
        Month.parse(text)


def test_month_error_does_not_echo_a_huge_cell() -> None:
    with pytest.raises(MonthError) as info:
        Month.parse("2" * 10_000)
    assert len(str(info.value)) < 200


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        (xp.num("B2", "NaN"), "nan"),
        (xp.num("B2", "INF"), "inf"),
        ('<c r="B2" t="d"><v>not a date</v></c>', "bad date"),
        ('<c r="B2" t="s"><v>7</v></c>', "shared string index"),
        ('<c r="B2" t="b"><v>x</v></c>', "bad boolean"),
        ('<c r="ZZZZ2"><v>1</v></c>', "bad reference"),
    ],
)
def test_xlsx_cells_openpyxl_cannot_read_are_import_errors(cell: str, why: str) -> None:
    sheet = xp.sheet_xml(HEAD + xp.row(2, xp.text("A2", "2024-01"), cell))
    data = xp.build(sheet, xp.shared_xml("<si><t>a</t></si>"))
    with pytest.raises(ImportFileError) as info:
        read_xlsx(data)
    assert info.value.line == 2, why
    assert info.value.column == (None if why == "bad reference" else "个人缴费"), why


def test_malformed_sheet_xml_is_an_import_error() -> None:
    sheet = xp.sheet_xml(HEAD + "<row r='2'><c><v>1</v></row>")
    with pytest.raises(ImportFileError):
        read_xlsx(xp.build(sheet))


def test_xlsx_infinite_and_huge_floats_are_row_problems() -> None:
    sheet = xp.sheet_xml(
        HEAD
        + xp.row(2, xp.text("A2", "2024-01"), xp.num("B2", "1e999"))
        + xp.row(3, xp.text("A3", "2024-02"), xp.num("B3", "1e300"))
        + xp.row(4, xp.num("A4", "1e300"), xp.num("B4", "1"))
        + xp.row(5, xp.num("A5", "202405", style=1), xp.num("B5", "1"))
    )
    v = _check(read_xlsx(xp.build(sheet, styles=xp.DATE_STYLES)))
    codes = _codes(v)
    assert (2, "个人缴费", "bad_amount") in codes
    assert (3, "个人缴费", "too_large") in codes
    assert (4, "缴费年月", "bad_month") in codes
    assert (5, "缴费年月", "bad_month") in codes  # a date far beyond 2100


def test_amount_1e300_is_an_amount_error_not_invalid_operation() -> None:
    for cell in (1e300, -1e300, Decimal("1e300"), Decimal("1e999999")):
        with pytest.raises(AmountError):
            amount_fen(cell)
    with pytest.raises(AmountError):
        round_yuan(Decimal("1e999999"))
    assert round_yuan(Decimal("1e30")) == Decimal("1e30")


# ---------------------------------------------------------------------------- 7: caps, linear


def test_parse_yuan_with_300k_currency_suffixes_is_quick() -> None:
    start = time.perf_counter()
    with pytest.raises(AmountError):
        parse_yuan("1" + "元" * 300_000)
    with pytest.raises(AmountError):
        parse_yuan("¥" * 300_000 + "1")
    assert time.perf_counter() - start < 0.5
    assert parse_yuan("人民币 1,234.50 元整") == Decimal("1234.50")
    assert parse_yuan("￥¥12元") == Decimal("12.00")


def test_xlsx_with_ten_million_tiny_shared_strings_is_refused_quickly() -> None:
    data = xp.build(xp.sheet_xml(HEAD), xp.shared_xml("<si><t/></si>" * 2_000_000))
    assert len(data) < 1_000_000
    start = time.perf_counter()
    with pytest.raises(ImportFileError) as info:
        read_xlsx(data)
    assert time.perf_counter() - start < 2
    assert "太大" in str(info.value)


def test_xlsx_huge_shared_string_is_refused_quickly() -> None:
    from yibao.domain import limits

    big = "x" * (limits.MAX_XLSX_SHARED_BYTES + 10)
    data = xp.build(xp.sheet_xml(HEAD), xp.shared_xml(f"<si><t>{big}</t></si>"))
    start = time.perf_counter()
    with pytest.raises(ImportFileError):
        read_xlsx(data)
    assert time.perf_counter() - start < 2


def test_xlsx_member_lying_about_its_size_is_refused() -> None:
    data = bytearray(xp.build(xp.sheet_xml(HEAD + xp.row(2, xp.num("A2", "1")))))
    # shrink the declared size of sheet1.xml in the central directory: zipfile stops at the
    # declared size and the CRC no longer matches
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    central = bytes(data).rfind(b"xl/worksheets/sheet1.xml") - 46
    size_at = central + 24
    assert int.from_bytes(data[size_at : size_at + 4], "little") == info.file_size
    data[size_at : size_at + 4] = (10).to_bytes(4, "little")
    with pytest.raises(ImportFileError):
        read_xlsx(bytes(data))


def test_xlsx_row_far_down_or_cell_far_right_is_refused_quickly() -> None:
    far_row = xp.sheet_xml(HEAD + xp.row(1_000_000_000, xp.num("A1000000000", "1")))
    far_cells = xp.sheet_xml(
        HEAD + "".join(xp.row(i, xp.num(f"XFD{i}", "1")) for i in range(2, 20000))
    )
    for sheet, word in ((far_row, "行"), (far_cells, "列")):
        start = time.perf_counter()
        with pytest.raises(ImportFileError) as info:
            read_xlsx(xp.build(sheet))
        assert time.perf_counter() - start < 3
        assert word in str(info.value)


def test_xlsx_lying_dimension_does_not_blow_up() -> None:
    sheet = xp.sheet_xml(
        HEAD + xp.row(2, xp.text("A2", "2024-01"), xp.num("B2", "120")), dimension="A1:XFD1048576"
    )
    start = time.perf_counter()
    table = read_xlsx(xp.build(sheet))
    assert time.perf_counter() - start < 2
    assert len(table.rows) == 2 and [len(r) for r in table.rows] == [3, 2]


def test_many_sheets_on_one_big_part_are_refused() -> None:
    rows = "".join(xp.row(i, xp.num(f"A{i}", "1")) for i in range(1, 30_001))
    data = xp.build(xp.sheet_xml(rows), sheets=200)
    start = time.perf_counter()
    with pytest.raises(ImportFileError):
        read_xlsx(data)
    assert time.perf_counter() - start < 3


def test_csv_row_and_column_caps() -> None:
    from yibao.domain import limits

    wide = ("缴费年月,个人缴费" + ",x" * limits.MAX_COLUMNS + "\n").encode()
    with pytest.raises(ImportFileError) as info:
        read_csv(wide)
    assert info.value.line == 1 and "列" in str(info.value)
    tall = b"a,b\n" + b"2024-01,1\n" * limits.MAX_ROWS
    with pytest.raises(ImportFileError) as info:
        read_csv(tall)
    assert "行" in str(info.value)


def test_file_larger_than_the_cap_is_refused_before_reading(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from yibao.domain import limits

    path = tmp_path / "big.csv"
    with path.open("wb") as f:
        f.truncate(limits.MAX_FILE_BYTES + 1)
    with pytest.raises(ImportFileError) as info:
        read_file(path)
    assert "太大" in str(info.value)


# ---------------------------------------------------------------------------- 5: formulas


HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)", "\tx", "\rx", "＝1"]


def _records_with_hostile_text():  # type: ignore[no-untyped-def]
    return [
        dataclasses.replace(
            record(f"2024-{i + 1:02d}"), note=text, source="=cmd|'/c calc'!A1", member_id=1
        )
        for i, text in enumerate(HOSTILE)
    ]


def test_csv_export_neutralises_formula_cells_and_reads_back_exactly() -> None:
    records = _records_with_hostile_text()
    data = write_csv(records, {1: '=HYPERLINK("http://evil")'})
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    for cells in rows[1:]:
        for cell in cells:
            assert not cell or cell[0] not in "=+-@\t\r＝", cells
    assert rows[1][0] == '\'=HYPERLINK("http://evil")'
    assert rows[1][13] == "'" + HOSTILE[0]
    table = read_csv(data)
    defaults = dataclasses.replace(DEFAULTS, members_by_name={'=HYPERLINK("http://evil")': 1})
    v = validate(table, guess_layout(table), defaults)
    assert v.errors == []
    assert [r.note for r in v.rows] == HOSTILE
    assert {r.source for r in v.rows} == {"=cmd|'/c calc'!A1"}


def test_xlsx_export_writes_text_as_text() -> None:
    records = _records_with_hostile_text()
    data = write_xlsx(records, {1: '=HYPERLINK("http://evil")'})
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.active
    types = {c.data_type for r in sheet.iter_rows() for c in r if c.value is not None}
    assert "f" not in types
    assert sheet["A2"].value == '=HYPERLINK("http://evil")' and sheet["A2"].data_type == "s"
    # XML turns a CR into a line feed; everything else is kept as it was
    notes = [sheet.cell(i + 2, 14).value for i in range(len(HOSTILE))]
    assert notes == [h.replace("\r", "\n") for h in HOSTILE]
    assert sheet["N2"].quotePrefix
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")
    table = read_xlsx(data)
    defaults = dataclasses.replace(DEFAULTS, members_by_name={'=HYPERLINK("http://evil")': 1})
    v = validate(table, guess_layout(table), defaults)
    assert v.errors == []
    # the importer strips the spaces around a cell (a tab or CR here)
    assert [r.note for r in v.rows] == [h.strip() for h in HOSTILE]


# ---------------------------------------------------------------------------- 12: delimiter


def test_comma_file_with_semicolons_in_a_note_is_read_with_commas() -> None:
    data = "缴费年月,个人缴费,备注\n2024-01,120,a;b;c;d\n2024-02,120,e;f;g;h\n".encode()
    table = read_csv(data)
    assert table.delimiter == "," and table.rows[1] == ["2024-01", "120", "a;b;c;d"]


def test_delimiter_can_be_chosen() -> None:
    data = "缴费年月;个人缴费\n2024-01;120,5\n".encode()
    assert read_csv(data).delimiter == ";"
    table = read_csv(data, delimiter=",")
    assert table.delimiter == "," and table.rows[0] == ["缴费年月;个人缴费"]
    assert read_csv("缴费年月\t个人缴费\n2024-01\t1\n".encode()).delimiter == "\t"


# ---------------------------------------------------------------------------- 15.9


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"  \r\n\r\n", b",,,\n,,\n"])
def test_empty_file_says_so(data: bytes) -> None:
    v = _check(read_csv(data))
    assert [(p.line, p.code) for p in v.problems] == [(0, "empty_file")]
    assert v.file_errors[0].message == "文件是空的"


def test_empty_xlsx_says_so() -> None:
    v = _check(read_xlsx(xp.build(xp.sheet_xml(""))))
    assert [p.code for p in v.problems] == ["empty_file"]


def test_template_is_read_back_by_the_importer() -> None:
    from yibao.domain.importers import template_csv

    data = template_csv()
    table = read_csv(data)
    layout = guess_layout(table)
    assert None not in layout.mapping
    v = validate(table, layout, DEFAULTS)
    assert v.problems == [] and len(v.rows) == 1
    row = v.rows[0]
    assert row.member_id == 1 and row.personal_fen > 0 and row.base_fen is not None


def test_implausible_row_is_warned_at_its_cells_but_imported() -> None:
    data = (
        "缴费年月,缴费基数,个人缴费,单位缴费,划入个人账户\n"
        "2024-01,7,0,480,560\n"
        "2024-02,6000,120,480,150\n"
    ).encode()
    v = _check(read_csv(data))
    assert v.errors == [] and len(v.rows) == 2
    warned = [(p.line, p.column, p.code) for p in v.problems if p.severity is Severity.WARNING]
    assert warned == [
        (2, "划入个人账户", "credited_above_paid"),
        (2, "缴费基数", "paid_above_base"),
    ]
    assert all(p.field in (Field.CREDITED, Field.BASE) for p in v.problems)


def test_import_has_the_date_limits_of_hand_entry() -> None:
    from datetime import date

    data = (
        "缴费年月,个人缴费,待遇年度,缴费日期\n"
        "2025-01,120,2027,2025-06-15\n"
        "2025-02,120,2028,2025-06-16\n"
    ).encode()
    table = read_csv(data)
    today = dataclasses.replace(DEFAULTS, today=date(2025, 6, 15))
    v = validate(table, guess_layout(table), today)
    assert _codes(v) == [(3, "待遇年度", "year_range"), (3, "缴费日期", "paid_future")]
    assert "2027" in v.problems[0].message
    assert _check(table).problems == []  # without a today: no date limits


def test_csv_cell_count_cap() -> None:
    from yibao.domain import limits

    line = ",".join(["1"] * 150) + "\n"
    data = ("缴费年月,个人缴费" + ",x" * 148 + "\n" + line * (limits.MAX_CELLS // 150)).encode()
    with pytest.raises(ImportFileError) as info:
        read_csv(data)
    assert "格子" in str(info.value)
