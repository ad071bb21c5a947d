"""Reading an import file as a :class:`~.table.Table`: a CSV (:mod:`.csv_file`) or an XLSX
(:mod:`.xlsx_package`, the first worksheet with a recognisable header), told apart by the
suffix or the first bytes; the file size is capped before anything is read."""

from __future__ import annotations

from pathlib import Path

from yibao.domain import limits
from yibao.domain.importers.csv_file import read_csv
from yibao.domain.importers.errors import ImportFileError
from yibao.domain.importers.layout import header_score
from yibao.domain.importers.table import Cell, Table
from yibao.domain.importers.xlsx_package import iter_sheets


def read_xlsx(source: Path | bytes) -> Table:
    """The first worksheet with a recognisable header (else the first one)."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    chosen: tuple[str | None, list[list[Cell]]] | None = None
    for title, rows in iter_sheets(data):
        if chosen is None:
            chosen = (title, rows)
        if header_score(rows) >= 2:
            chosen = (title, rows)
            break
    if chosen is None:
        return Table([], None, None)
    return Table(chosen[1], None, chosen[0])


def read_file(path: Path, encoding: str | None = None, delimiter: str | None = None) -> Table:
    """Read a CSV or XLSX file (by its suffix or its first bytes); raises
    :class:`ImportFileError` (and ``OSError`` when the file cannot be opened)."""
    path = Path(path)
    if path.stat().st_size > limits.MAX_FILE_BYTES:
        raise ImportFileError(
            limits.MSG_FILE_TOO_BIG, max=str(limits.MAX_FILE_BYTES // (1024 * 1024))
        )
    data = path.read_bytes()
    if len(data) > limits.MAX_FILE_BYTES:  # grew since stat()
        raise ImportFileError(
            limits.MSG_FILE_TOO_BIG, max=str(limits.MAX_FILE_BYTES // (1024 * 1024))
        )
    xlsx = path.suffix.lower() in (".xlsx", ".xlsm") or data[:4] == b"PK\x03\x04"
    if not data:
        return Table([], None if xlsx else "utf-8", None, None if xlsx else ",")
    if xlsx:
        return read_xlsx(data)
    return read_csv(data, encoding, delimiter)
