"""A table of cells as read from a file, before any mapping, and the one set of checks every
row of it passes, whether it came from a CSV or an XLSX file: :func:`check_line` (rows),
:func:`check_width` (columns) and :func:`check_cells` (cell length), capped by
:mod:`yibao.domain.limits`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from yibao.domain import limits
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.importers.errors import ImportFileError

Cell = object  # str from CSV; str/int/float/datetime/None from XLSX

_COLUMN_N = QT_TRANSLATE_NOOP("domain", "第 {n} 列")


@dataclass
class Table:
    """Cells as read from a file, before any mapping. ``rows[i]`` is file row ``i + 1``."""

    rows: list[list[Cell]]
    encoding: str | None = None  # None for XLSX
    sheet: str | None = None
    delimiter: str | None = None  # None for XLSX


def column_label(rows: Sequence[Sequence[Cell]], column: int) -> str:
    """How a message names column *column* (1-based): the first row's text there if it
    looks like a header, else "第 N 列"."""
    if rows and len(rows[0]) >= column:
        head = rows[0][column - 1]
        if isinstance(head, str) and 0 < len(head.strip()) <= 30:
            return head.strip()
    return _COLUMN_N.format(n=column)


def check_line(line: int) -> None:
    """Refuse row *line* (1-based) past :data:`~yibao.domain.limits.MAX_ROWS`."""
    if line > limits.MAX_ROWS:
        raise ImportFileError(limits.MSG_TOO_MANY_ROWS, max=str(limits.MAX_ROWS))


def check_width(line: int, width: int) -> None:
    """Refuse row *line* of *width* columns past :data:`~yibao.domain.limits.MAX_COLUMNS`
    (XLSX checks it before building the row)."""
    if width > limits.MAX_COLUMNS:
        raise ImportFileError(
            limits.MSG_TOO_MANY_COLUMNS, line=str(line), max=str(limits.MAX_COLUMNS)
        )


def check_cells(rows: Sequence[Sequence[Cell]], line: int, row: Sequence[Cell]) -> None:
    """Refuse a text cell of row *line* longer than
    :data:`~yibao.domain.limits.MAX_CELL_CHARS`; *rows* (the rows before it) name its column."""
    cap = limits.MAX_CELL_CHARS
    try:
        longest = max(map(len, row), default=0)  # type: ignore[arg-type]
    except TypeError:  # not all text (XLSX): only text cells can be long
        longest = max((len(c) for c in row if isinstance(c, str)), default=0)
    if longest <= cap:
        return
    column = next(i for i, c in enumerate(row) if isinstance(c, str) and len(c) > cap) + 1
    raise ImportFileError(
        limits.MSG_CELL_TOO_LONG, line=str(line), column=column_label(rows, column), max=str(cap)
    )


def check_row(rows: Sequence[Sequence[Cell]], line: int, row: list[Cell]) -> None:
    """:func:`check_line`, :func:`check_width` and :func:`check_cells` for a row of text read
    whole (CSV), in one quick look when nothing is wrong; blank cells at the end of a row
    too wide are dropped first."""
    if line > limits.MAX_ROWS:
        check_line(line)
    if len(row) > limits.MAX_COLUMNS:
        while row and (row[-1] is None or (isinstance(row[-1], str) and not row[-1].strip())):
            row.pop()
        check_width(line, len(row))
    if row and max(map(len, row)) > limits.MAX_CELL_CHARS:  # type: ignore[arg-type]
        check_cells(rows, line, row)
