"""Reading contribution statements (CSV / XLSX) into records, and writing them out: pure, no
database. One question per file:

- :mod:`.errors` — :class:`ImportFileError`, the one error for a file that cannot be read;
- :mod:`.table` — :class:`Table` (cells before any mapping) and the one set of row caps
  (rows, columns, cell length) every CSV and XLSX row passes;
- :mod:`.csv_file` — encodings (UTF-8 with or without BOM, GB18030 — a superset of GBK,
  what Excel in China writes; :func:`detect_encoding` picks one, the user may override it),
  delimiters (:func:`sniff_delimiter`) and :func:`read_csv`;
- :mod:`.xlsx_package` — reading worksheets without letting a small hostile XLSX stall the
  app (the package inspected first, rows straight from openpyxl's parser);
- :mod:`.files` — :func:`read_xlsx` and :func:`read_file` (CSV or XLSX, size capped);
- :mod:`.fields` — the :class:`Field` a column may hold and the header texts naming it:
  Chinese (缴费年月 / 费款所属期, 缴费基数, 个人缴费, 单位缴费, 划入个人账户 / 个账划入, 险种,
  缴费状态 …), our own export template, and the national platform's field names
  (``accrym_begn``, ``psn_clctstd_sumamt``, ``psn_clct_amt``, ``into_acct_amt`` …);
- :mod:`.layout` — the header row (after title lines) and which column holds which field
  (:func:`guess_layout`); unknown headers are left for the user to map;
- :mod:`.cells` — one cell: amounts as exact integer fen (``"364.52"`` stays 364.52; XLSX
  floats through their ``repr``, never ``Decimal(float)``; the one amount cap, ¥100,000,000),
  schemes, statuses, payers, dates and years;
- :mod:`.problems` — :class:`Problem` (a :class:`~yibao.domain.kernel.FieldProblem` at a row
  and column), :class:`Severity` and the messages;
- :mod:`.rows` — checking one data row (:class:`~.rows.RowReader`), CSV and XLSX alike;
- :mod:`.records` — :class:`ImportRow` (a valid row, amounts in fen, fast for 100,000 rows;
  storage keeps fen too) → :class:`~yibao.domain.contributions.ContributionRecord`,
  :class:`Validation`, :class:`Defaults`;
- :mod:`.validation` — :func:`validate`: every problem by row and column before anything is
  written, months repeated in the file, and warnings (without refusing) about rows that look
  implausible (:mod:`yibao.domain.plausibility`);
- :mod:`.export` — CSV / XLSX exports and the template, holding no live formula
  (:mod:`.spreadsheet_text`).

Hostile files: every failure is an :class:`ImportFileError` (with the row where known);
sizes, rows, columns and cell lengths are capped (:mod:`yibao.domain.limits`).
"""

from yibao.domain.importers.cells import (
    amount_fen,
    parse_date,
    parse_payer,
    parse_scheme,
    parse_status,
    parse_year,
)
from yibao.domain.importers.csv_file import (
    DELIMITERS,
    ENCODINGS,
    decode,
    detect_encoding,
    read_csv,
    sniff_delimiter,
)
from yibao.domain.importers.errors import ImportFileError
from yibao.domain.importers.export import (
    record_cells,
    template_csv,
    template_headers,
    write_csv,
    write_xlsx,
)
from yibao.domain.importers.fields import TEMPLATE_FIELDS, Field, guess_field, normalise_header
from yibao.domain.importers.files import read_file, read_xlsx
from yibao.domain.importers.layout import Layout, find_header, guess_layout
from yibao.domain.importers.problems import (
    MSG_AMOUNT_TOO_LARGE,
    MSG_BAD_AMOUNT,
    MSG_BAD_DATE,
    MSG_BAD_MONTH,
    MSG_BAD_YEAR,
    MSG_CANNOT_DECODE,
    MSG_CSV_BROKEN,
    MSG_DUPLICATE_IN_FILE,
    MSG_DUPLICATE_SAVED,
    MSG_EMPTY_FILE,
    MSG_FILE_IS_EMPTY,
    MSG_NEGATIVE,
    MSG_NO_AMOUNT,
    MSG_NO_AMOUNT_COLUMN,
    MSG_NO_MONTH,
    MSG_NOT_MAPPED,
    MSG_PROXY_SELF,
    MSG_RANGE,
    MSG_TOO_LONG,
    MSG_UNKNOWN_ENCODING,
    MSG_UNKNOWN_MEMBER,
    MSG_UNKNOWN_OWNER,
    MSG_UNKNOWN_PAYER,
    MSG_UNKNOWN_SCHEME,
    MSG_UNKNOWN_STATUS,
    Problem,
    Severity,
)
from yibao.domain.importers.records import (
    NOTE_MAX,
    Defaults,
    ImportRow,
    Validation,
    default_payer,
)
from yibao.domain.importers.table import Cell, Table
from yibao.domain.importers.validation import iter_data, validate
from yibao.domain.importers.xlsx_package import MSG_NOT_XLSX

__all__ = [
    "DELIMITERS",
    "ENCODINGS",
    "MSG_AMOUNT_TOO_LARGE",
    "MSG_BAD_AMOUNT",
    "MSG_BAD_DATE",
    "MSG_BAD_MONTH",
    "MSG_BAD_YEAR",
    "MSG_CANNOT_DECODE",
    "MSG_CSV_BROKEN",
    "MSG_DUPLICATE_IN_FILE",
    "MSG_DUPLICATE_SAVED",
    "MSG_EMPTY_FILE",
    "MSG_FILE_IS_EMPTY",
    "MSG_NEGATIVE",
    "MSG_NOT_MAPPED",
    "MSG_NOT_XLSX",
    "MSG_NO_AMOUNT",
    "MSG_NO_AMOUNT_COLUMN",
    "MSG_NO_MONTH",
    "MSG_PROXY_SELF",
    "MSG_RANGE",
    "MSG_TOO_LONG",
    "MSG_UNKNOWN_ENCODING",
    "MSG_UNKNOWN_MEMBER",
    "MSG_UNKNOWN_OWNER",
    "MSG_UNKNOWN_PAYER",
    "MSG_UNKNOWN_SCHEME",
    "MSG_UNKNOWN_STATUS",
    "NOTE_MAX",
    "TEMPLATE_FIELDS",
    "Cell",
    "Defaults",
    "Field",
    "ImportFileError",
    "ImportRow",
    "Layout",
    "Problem",
    "Severity",
    "Table",
    "Validation",
    "amount_fen",
    "decode",
    "default_payer",
    "detect_encoding",
    "find_header",
    "guess_field",
    "guess_layout",
    "iter_data",
    "normalise_header",
    "parse_date",
    "parse_payer",
    "parse_scheme",
    "parse_status",
    "parse_year",
    "read_csv",
    "read_file",
    "read_xlsx",
    "record_cells",
    "sniff_delimiter",
    "template_csv",
    "template_headers",
    "validate",
    "write_csv",
    "write_xlsx",
]
