"""Reading a CSV file: its encoding (UTF-8 with or without BOM, GB18030 — a superset of
GBK, what Excel in China writes — detected unless the user picks one), its delimiter
(``, ; tab``, sniffed from the header) and its rows, each held to the caps of
:mod:`.table`."""

from __future__ import annotations

import codecs
import csv
import io

from yibao.domain import limits
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.importers.errors import ImportFileError
from yibao.domain.importers.layout import header_score
from yibao.domain.importers.problems import (
    MSG_CANNOT_DECODE,
    MSG_CSV_BROKEN,
    MSG_UNKNOWN_ENCODING,
)
from yibao.domain.importers.table import Cell, Table, check_row

#: (codec name, label shown to the user)
ENCODINGS: tuple[tuple[str, str], ...] = (
    ("utf-8-sig", "UTF-8（带 BOM）"),
    ("utf-8", "UTF-8"),
    ("gb18030", "GB18030 / GBK（Excel 中文版）"),
)


def detect_encoding(data: bytes) -> str:
    """``utf-8-sig`` with a BOM, else ``utf-8`` if it decodes, else ``gb18030``."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        raise ImportFileError(MSG_UNKNOWN_ENCODING) from None
    return "gb18030"


def decode(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(MSG_CANNOT_DECODE, encoding=encoding, line=str(line)) from None
    return text.removeprefix("\ufeff")


#: (delimiter, label shown to the user)
DELIMITERS: tuple[tuple[str, str], ...] = (
    (",", QT_TRANSLATE_NOOP("domain", "逗号 ,")),
    (";", QT_TRANSLATE_NOOP("domain", "分号 ;")),
    ("\t", QT_TRANSLATE_NOOP("domain", "制表符 Tab")),
)


def sniff_delimiter(text: str) -> str:
    """The delimiter among ``, ; tab`` under which the first lines name the most known
    headers (then: give the most rows of one width > 1); ``,`` on a tie."""
    lines = text[:65536].splitlines()[:20]
    best, best_key = ",", (0, 0)
    for delimiter, _label in DELIMITERS:
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue
        widths = [len(r) for r in rows if any(c.strip() for c in r)]
        common = max(widths, key=widths.count) if widths else 0
        key = (header_score(rows), widths.count(common) if common > 1 else 0)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def read_csv(data: bytes, encoding: str | None = None, delimiter: str | None = None) -> Table:
    """Decode and split a CSV file (the delimiter, unless given, by :func:`sniff_delimiter`).

    Raises :class:`ImportFileError` for a file that cannot be decoded or split, and past the
    caps on rows, columns and cell length.
    """
    used = encoding or detect_encoding(data)
    text = decode(data, used)
    chosen = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=chosen)
    rows: list[list[Cell]] = []
    cells = 0
    try:
        for r in reader:
            row: list[Cell] = r  # type: ignore[assignment]
            check_row(rows, len(rows) + 1, row)
            cells += len(row)
            if cells > limits.MAX_CELLS:
                raise ImportFileError(limits.MSG_TOO_MANY_CELLS, max=f"{limits.MAX_CELLS:,}")
            rows.append(row)
    except csv.Error:
        raise ImportFileError(MSG_CSV_BROKEN, line=str(len(rows) + 1)) from None
    return Table(rows, used, None, chosen)
