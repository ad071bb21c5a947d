"""Reading the worksheets of an XLSX file without letting a small hostile file stall the app.

openpyxl (pinned at 3.1.5) does the XML; around it:

1. Before openpyxl sees the file, the ZIP package is inspected: the unpacked size of all
   parts (``zipfile`` never unpacks more than a part's declared size: a part lying about it
   fails its CRC), and the XML tags of every part — the work openpyxl will do, at up to
   ~6 µs per tag in a worksheet and ~60 µs in the styles — against the caps in
   :mod:`yibao.domain.limits`.
2. Rows are read straight from openpyxl's worksheet parser, so a row numbered 1,000,000,000
   or a cell in column XFD costs nothing until it is refused (the read-only worksheet would
   pad every row to the widest one and fill every missing row), and a lying ``<dimension>``
   is never used.
3. Everything openpyxl raises while loading *or* reading rows (a NaN cell, a bad date, a
   shared string that does not exist, broken XML …) becomes :class:`ImportFileError` with
   the row where it happened.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterator
from typing import Any

from yibao.domain import limits
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.importers.errors import ImportFileError
from yibao.domain.importers.table import check_cells, check_line, check_width, column_label

MSG_NOT_XLSX = QT_TRANSLATE_NOOP(
    "domain", "无法读取这个 Excel 文件（{detail}）；请确认是 .xlsx 格式"
)
MSG_BAD_CONTENT = QT_TRANSLATE_NOOP(
    "domain",
    "Excel 文件第 {line} 行附近有无法读取的内容，请在 Excel 中打开这个文件、另存一份后再导入",
)
MSG_BAD_CELL = QT_TRANSLATE_NOOP(
    "domain",
    "Excel 文件第 {line} 行“{column}”列有无法读取的内容，"
    "请在 Excel 中打开这个文件、另存一份后再导入",
)
_DETAIL_UNPACKED = QT_TRANSLATE_NOOP("domain", "解压后超过 {max} MB")
_DETAIL_CONTENT = QT_TRANSLATE_NOOP("domain", "内容超过 {max} 个单元")
_DETAIL_SHEETS = QT_TRANSLATE_NOOP("domain", "工作表太多")
_DETAIL_SHARED = QT_TRANSLATE_NOOP("domain", "文字内容解压后超过 {max} MB")
_DETAIL_PARTS = QT_TRANSLATE_NOOP("domain", "样式等附加内容太多")

#: a ``<sheet>`` entry of a workbook, with or without a namespace prefix
_SHEET_ENTRY = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?sheet[\s/>]")
_MAX_PARTS = 2000

Rows = list[list[object]]


def _too_big(detail: str, **params: str) -> ImportFileError:
    return ImportFileError(limits.MSG_XLSX_TOO_BIG, detail=detail.format(**params))


def inspect_package(data: bytes) -> None:
    """Refuse a package openpyxl would take too long (or too much memory) to read."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # BadZipFile, ValueError, OSError, EOFError …
        raise ImportFileError(MSG_NOT_XLSX, detail=type(exc).__name__) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > _MAX_PARTS:
            raise _too_big(_DETAIL_PARTS)
        mb = str(limits.MAX_XLSX_UNPACKED_BYTES // (1024 * 1024))
        if sum(i.file_size for i in infos) > limits.MAX_XLSX_UNPACKED_BYTES:
            raise _too_big(_DETAIL_UNPACKED, max=mb)
        sheet_tags = shared_tags = other_tags = entries = 0
        for info in infos:
            if info.is_dir():
                continue
            try:
                content = archive.read(info)
            except Exception as exc:  # CRC mismatch, encrypted part, unknown compression
                raise ImportFileError(MSG_NOT_XLSX, detail=type(exc).__name__) from None
            tags = content.count(b"<")
            name = info.filename.lower()
            if name.startswith("xl/worksheets/"):
                sheet_tags += tags
            elif name == "xl/sharedstrings.xml":
                shared_tags += tags
                if info.file_size > limits.MAX_XLSX_SHARED_BYTES:
                    shared_mb = str(limits.MAX_XLSX_SHARED_BYTES // (1024 * 1024))
                    raise _too_big(_DETAIL_SHARED, max=shared_mb)
            else:
                other_tags += tags
                entries += len(_SHEET_ENTRY.findall(content))
    cells = str(limits.MAX_XLSX_TAGS // 3)
    if entries > limits.MAX_XLSX_SHEETS:
        raise _too_big(_DETAIL_SHEETS)
    if other_tags > limits.MAX_XLSX_OTHER_TAGS:
        raise _too_big(_DETAIL_PARTS)
    # every sheet entry makes openpyxl scan its worksheet once more while loading
    if (
        sheet_tags + shared_tags > limits.MAX_XLSX_TAGS
        or max(entries, 1) * (sheet_tags + other_tags) > limits.MAX_XLSX_TAGS
    ):
        raise _too_big(_DETAIL_CONTENT, max=cells)


def iter_sheets(data: bytes) -> Iterator[tuple[str, Rows]]:
    """(title, rows) of each worksheet in order; ``rows[i]`` is the sheet's row ``i + 1``
    (cells as openpyxl gives them: str, int, float, bool, datetime … or ``None``).

    Raises :class:`ImportFileError` for anything that cannot be read.
    """
    inspect_package(data)
    import openpyxl  # type: ignore[import-untyped]

    with warnings.catch_warnings():
        # openpyxl warns about styles it drops and dates it cannot convert; neither matters
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(
                io.BytesIO(data), read_only=True, data_only=True, keep_links=False
            )
        except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException …
            raise ImportFileError(MSG_NOT_XLSX, detail=type(exc).__name__) from None
        try:
            seen: set[str] = set()
            for sheet in book.worksheets:
                part = str(getattr(sheet, "_worksheet_path", id(sheet)))
                if part in seen:
                    continue
                seen.add(part)
                yield sheet.title, _read_rows(book, sheet)
        finally:
            book.close()


def _read_rows(book: Any, sheet: Any) -> Rows:
    from openpyxl.worksheet._reader import WorkSheetParser  # type: ignore[import-untyped]

    rows: Rows = []
    parser: Any = None
    current: list[Any] = [None]  # the cell element being read, to name its column
    try:
        with sheet._get_source() as source:
            parser = WorkSheetParser(
                source,
                sheet._shared_strings,
                data_only=True,
                epoch=book.epoch,
                date_formats=book._date_formats,
                timedelta_formats=book._timedelta_formats,
            )
            parse_cell = parser.parse_cell

            def remember(element: Any) -> Any:
                current[0] = element
                return parse_cell(element)

            parser.parse_cell = remember
            for index, cells in parser.parse():
                _add_row(rows, index, cells)
    except ImportFileError:
        raise
    except Exception:  # ValueError, IndexError, ParseError, OverflowError …
        line = getattr(parser, "row_counter", 0)
        if not (isinstance(line, int) and 0 < line <= limits.MAX_ROWS):
            line = len(rows) + 1
        column = _failed_column(parser, current[0])
        if 0 < column <= limits.MAX_COLUMNS:
            raise ImportFileError(
                MSG_BAD_CELL, line=str(line), column=column_label(rows, column)
            ) from None
        raise ImportFileError(MSG_BAD_CONTENT, line=str(line)) from None
    return rows


def _failed_column(parser: Any, element: Any) -> int:
    """The column of the cell openpyxl failed on, 0 if not known."""
    if element is None:
        return 0
    reference = element.get("r")
    if reference is None:  # openpyxl counted it on from the cell before
        column = getattr(parser, "col_counter", 0)
        return column if isinstance(column, int) else 0
    from openpyxl.utils.cell import coordinate_to_tuple  # type: ignore[import-untyped]

    try:
        return int(coordinate_to_tuple(reference)[1])
    except Exception:  # the reference itself is what is broken
        return 0


def _add_row(rows: Rows, index: int, cells: list[dict[str, Any]]) -> None:
    if index <= len(rows):
        return  # a row number repeated or going back: openpyxl skips those too
    values = [(c["column"], c["value"]) for c in cells if c["value"] is not None]
    if not values:
        return
    check_line(index)
    width = max(column for column, _ in values)
    check_width(index, width)  # before the row is built
    row: list[object] = [None] * width
    for column, value in values:
        row[column - 1] = value
    check_cells(rows, index, row)
    while len(rows) < index - 1:
        rows.append([])
    rows.append(row)
