""":func:`validate`: every data row of a table checked before anything is written — the
file's own problems first (empty, no month or amount column), then each row
(:class:`~.rows.RowReader`), a month repeated within the file, and warnings about rows that
look implausible (:mod:`yibao.domain.plausibility`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from yibao.domain.importers.fields import Field
from yibao.domain.importers.layout import Layout
from yibao.domain.importers.problems import (
    MSG_DUPLICATE_IN_FILE,
    MSG_EMPTY_FILE,
    MSG_FILE_IS_EMPTY,
    MSG_NO_AMOUNT_COLUMN,
    MSG_NOT_MAPPED,
    Problem,
)
from yibao.domain.importers.records import Defaults, ImportRow, Validation
from yibao.domain.importers.rows import RowReader, mapped_columns
from yibao.domain.importers.table import Cell, Table


def _blank(row: Sequence[Cell]) -> bool:
    for c in row:  # noqa: SIM110 - a plain loop is faster than all() here (100,000 rows)
        if c is not None and (c.__class__ is not str or c.strip()):
            return False
    return True


def iter_data(table: Table, layout: Layout) -> Iterator[tuple[int, list[Cell]]]:
    """(file line number, cells) of each non-blank row after the header."""
    for index in range(layout.header_index + 1, len(table.rows)):
        row = table.rows[index]
        if not _blank(row):
            yield index + 1, row


def _file_problems(table: Table, columns: dict[Field, int]) -> list[Problem]:
    """What stops the whole file: no data at all, or no month or amount column mapped."""
    if all(_blank(r) for r in table.rows):
        return [Problem.at(0, "", None, "empty_file", MSG_FILE_IS_EMPTY)]
    problems: list[Problem] = []
    if Field.MONTH not in columns:
        label = {"label": Field.MONTH.label}
        problems.append(Problem.at(0, "", Field.MONTH, "not_mapped", MSG_NOT_MAPPED, label))
    if Field.PERSONAL not in columns and Field.EMPLOYER not in columns:
        problems.append(Problem.at(0, "", Field.PERSONAL, "not_mapped", MSG_NO_AMOUNT_COLUMN))
    return problems


def validate(table: Table, layout: Layout, defaults: Defaults) -> Validation:
    """Every row checked; problems by row and column; duplicates within the file flagged."""
    columns = mapped_columns(layout)
    problems = _file_problems(table, columns)
    if problems:
        return Validation([], problems, 0)
    reader = RowReader(layout, columns, defaults)
    rows: list[ImportRow] = []
    seen: dict[tuple[int, int, str], int] = {}
    total = 0
    for line, cells in iter_data(table, layout):
        total += 1
        row = reader.read(line, cells)
        if row is None:
            problems.extend(reader.bad)
            continue
        key = row.key
        first = seen.get(key)
        if first is not None:
            problems.append(_duplicate(row, reader.column(Field.MONTH), first))
            continue
        seen[key] = line
        problems.extend(reader.doubts(row))
        rows.append(row)
    if total == 0:
        problems.append(Problem.at(0, "", None, "empty", MSG_EMPTY_FILE))
    return Validation(rows, problems, total)


def _duplicate(row: ImportRow, column: str, first: int) -> Problem:
    params = {"month": str(row.month), "scheme": row.scheme.label, "other": str(first)}
    return Problem.at(
        row.line, column, Field.MONTH, "duplicate_in_file", MSG_DUPLICATE_IN_FILE, params
    )
