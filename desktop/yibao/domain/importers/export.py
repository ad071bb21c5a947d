"""Writing contribution records out: CSV (UTF-8 with BOM, CRLF, so Excel opens it) and XLSX
with our template's headers, and the template itself — which the importer reads back. No
exported cell is a live formula (:mod:`.spreadsheet_text`)."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from yibao.domain.contributions import ContributionRecord, Payer, RecordStatus
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.importers.fields import TEMPLATE_FIELDS, Field
from yibao.domain.importers.spreadsheet_text import csv_text, needs_quote, xlsx_text
from yibao.domain.people import Scheme


def record_cells(record: ContributionRecord, names: Mapping[int, str]) -> list[str]:
    """One exported row in :data:`TEMPLATE_FIELDS` order (amounts as plain ``364.52``)."""

    def money(value: Decimal | None) -> str:
        return "" if value is None else f"{value:.2f}"

    return [
        names.get(record.member_id, ""),
        str(record.month),
        record.scheme.label,
        money(record.base),
        money(record.personal),
        money(record.employer),
        money(record.credited),
        record.payer.label,
        names.get(record.payer_member_id, "") if record.payer_member_id is not None else "",
        record.status.label,
        "" if record.benefit_year is None else str(record.benefit_year),
        "" if record.paid_on is None else record.paid_on.isoformat(),
        record.source,
        record.note,
    ]


def template_headers() -> list[str]:
    return [f.label for f in TEMPLATE_FIELDS]


#: columns of :func:`record_cells` holding free text (names, source, note)
_TEXT_COLUMNS = frozenset(
    TEMPLATE_FIELDS.index(f) for f in (Field.MEMBER, Field.PAYER_NAME, Field.SOURCE, Field.NOTE)
)
_AMOUNT_COLUMNS = frozenset(
    TEMPLATE_FIELDS.index(f) for f in (Field.BASE, Field.PERSONAL, Field.EMPLOYER, Field.CREDITED)
)
_BENEFIT_YEAR_COLUMN = TEMPLATE_FIELDS.index(Field.BENEFIT_YEAR)


def _csv_bytes(rows: Iterable[Sequence[str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(template_headers())
    for cells in rows:
        writer.writerow([csv_text(c) if i in _TEXT_COLUMNS else c for i, c in enumerate(cells)])
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")


def write_csv(records: Iterable[ContributionRecord], names: Mapping[int, str]) -> bytes:
    """UTF-8 with BOM (so Excel opens it), CRLF line ends, our template's headers.

    Text that a spreadsheet would run as a formula (``=…``, ``+…``, ``@…`` …) gets a
    leading ``'`` (:func:`~yibao.domain.spreadsheet_text.csv_text`); import takes it off.
    """
    return _csv_bytes(record_cells(r, names) for r in records)


#: the example row of :func:`template_csv` (成员 empty: the member chosen in the dialog)
_TEMPLATE_EXAMPLE = {
    Field.MONTH: "2025-01",
    Field.SCHEME: Scheme.EMPLOYEE_ACTIVE.label,
    Field.BASE: "6000.00",
    Field.PERSONAL: "120.00",
    Field.EMPLOYER: "480.00",
    Field.CREDITED: "120.00",
    Field.PAYER: Payer.EMPLOYER.label,
    Field.STATUS: RecordStatus.PAID.label,
    Field.PAID_ON: "2025-01-15",
    Field.NOTE: QT_TRANSLATE_NOOP("domain", "示例：请改成您自己的记录，或删掉这一行"),
}


def template_csv() -> bytes:
    """A CSV with our headers and one example row, for filling in by hand (reads back)."""
    return _csv_bytes([[_TEMPLATE_EXAMPLE.get(f, "") for f in TEMPLATE_FIELDS]])


def write_xlsx(records: Iterable[ContributionRecord], names: Mapping[int, str]) -> bytes:
    """An XLSX with our template's headers; amounts as numbers.

    Text is written as text (never a formula, whatever it starts with).
    """
    import openpyxl  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("缴费记录")

    def text_cell(text: str) -> object:
        cell = WriteOnlyCell(sheet, value=None)
        cell.value = xlsx_text(text)
        cell.data_type = "s"  # not "f" for "=…", not "e" for "#N/A"
        if needs_quote(text):
            cell.quotePrefix = True
        return cell

    sheet.append([text_cell(h) for h in template_headers()])
    for r in records:
        row: list[object] = []
        for i, text in enumerate(record_cells(r, names)):
            if i in _AMOUNT_COLUMNS:
                row.append(None if text == "" else Decimal(text))
            elif i == _BENEFIT_YEAR_COLUMN and r.benefit_year is not None:
                row.append(r.benefit_year)
            elif text == "":
                row.append(None)
            else:
                row.append(text_cell(text))
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
