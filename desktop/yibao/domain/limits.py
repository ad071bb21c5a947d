"""One set of limits for every way a contribution record comes in (typed by hand, CSV, XLSX)
and for the files we read.

Amounts: the manual-entry cap (¥100,000,000, :data:`yibao.domain.money.MAX_YUAN`) holds for
imports too (checked in one place, :func:`yibao.domain.importers.amount_fen`), so no stored
amount exceeds :data:`MAX_FEN`; a sum of even a billion such amounts stays far below
SQLite's 64-bit integers.

Files: the caps below keep a small hostile file from stalling the app or exhausting memory.
They were measured with ``bench/import_fuzz.py`` (openpyxl 3.1.5 needs up to ~6 µs per XML
tag): within them any file is read in a few seconds. Real statements are far smaller (a
person has at most some hundreds of contribution months).
"""

from __future__ import annotations

from datetime import date

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel.years import MSG_BENEFIT_YEAR_RANGE, benefit_year_range
from yibao.domain.money import MAX_YUAN

__all__ = [
    "MAX_CELLS",
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "MAX_FEN",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "MAX_XLSX_OTHER_TAGS",
    "MAX_XLSX_SHARED_BYTES",
    "MAX_XLSX_SHEETS",
    "MAX_XLSX_TAGS",
    "MAX_XLSX_UNPACKED_BYTES",
    "MAX_YUAN",
    "NOTE_MAX",
    "SOURCE_MAX",
    "benefit_years",
]

#: the largest amount of one record, in fen (¥100,000,000.00)
MAX_FEN = int(MAX_YUAN) * 100
#: 备注 and 来源 lengths (the columns' sizes)
NOTE_MAX = 500
SOURCE_MAX = 200

#: bytes of a CSV or XLSX file
MAX_FILE_BYTES = 32 * 1024 * 1024
#: rows (including the header and blank ones) and columns of a table; a household's whole
#: history is some thousands of rows, bench/history.py imports 100,000
MAX_ROWS = 120_000
MAX_COLUMNS = 200
#: cells of a table in all (a 120,000-row statement of 14 columns has 1,680,000)
MAX_CELLS = 4_000_000
#: characters in one cell (Excel's own limit, so every real spreadsheet cell fits)
MAX_CELL_CHARS = 32_767
#: the unpacked size of all parts of an XLSX package
MAX_XLSX_UNPACKED_BYTES = 64 * 1024 * 1024
#: the unpacked size of its shared strings (a 10,000-row statement has well under 1 MB)
MAX_XLSX_SHARED_BYTES = 16 * 1024 * 1024
#: XML tags (``<``) in the worksheets and the shared strings, counted once per sheet that
#: shows them (openpyxl reads a worksheet's part for each sheet pointing at it)
MAX_XLSX_TAGS = 400_000
#: XML tags in every other part (styles, workbook, relationships …: slower to read)
MAX_XLSX_OTHER_TAGS = 30_000
MAX_XLSX_SHEETS = 50


def benefit_years(today: date) -> tuple[int, int]:
    """The 待遇年度 a record may name (:func:`yibao.domain.kernel.years.benefit_year_range`)."""
    return benefit_year_range(today)


MSG_YEAR_RANGE = MSG_BENEFIT_YEAR_RANGE
MSG_PAID_FUTURE = QT_TRANSLATE_NOOP("domain", "缴费日期不能晚于今天（{today}）")
MSG_FILE_TOO_BIG = QT_TRANSLATE_NOOP("domain", "文件太大（超过 {max} MB），请分成几个文件导入")
MSG_TOO_MANY_ROWS = QT_TRANSLATE_NOOP("domain", "文件行数太多（超过 {max} 行），请分成几个文件导入")
MSG_TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "domain", "文件内容太多（超过 {max} 个格子），请删掉用不到的列，或分成几个文件导入"
)
MSG_TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "domain", "第 {line} 行的列数太多（超过 {max} 列），请删掉用不到的列后再导入"
)
MSG_CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "domain", "第 {line} 行“{column}”列的内容太长（超过 {max} 个字），请检查这个文件"
)
MSG_XLSX_TOO_BIG = QT_TRANSLATE_NOOP(
    "domain",
    "这个 Excel 文件太大或太复杂（{detail}），请分成几个文件，或在 Excel 中另存为 CSV 后导入",
)
