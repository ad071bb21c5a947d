"""Finding the header row of a table and which column holds which field (statements often
start with a title line; a second column for the same field is left for the user)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from yibao.domain.importers.fields import Field, guess_field
from yibao.domain.importers.table import Cell, Table


def header_score(rows: Sequence[Sequence[Cell]], limit: int = 15) -> int:
    return max((row_score(r) for r in rows[:limit]), default=0)


def row_score(row: Sequence[Cell]) -> int:
    return len({f for c in row if (f := guess_field(c)) is not None})


def find_header(rows: Sequence[Sequence[Cell]], limit: int = 15) -> int:
    """Index of the header row: the first of the first rows naming ≥ 2 known fields
    (statements often start with a title line); 0 if none does."""
    best, best_score = 0, 0
    for index, row in enumerate(rows[:limit]):
        score = row_score(row)
        if score >= 2 and score > best_score:
            best, best_score = index, score
            break
    return best


@dataclass
class Layout:
    """Which column holds which field. ``mapping[i]`` is column ``i``'s field or ``None``."""

    header_index: int
    headers: list[str]
    mapping: list[Field | None]

    @property
    def unknown_columns(self) -> list[int]:
        return [i for i, f in enumerate(self.mapping) if f is None and self.headers[i].strip()]


def guess_layout(table: Table) -> Layout:
    index = find_header(table.rows)
    header = table.rows[index] if table.rows else []
    headers = ["" if c is None else str(c).strip().removeprefix("\ufeff") for c in header]
    mapping: list[Field | None] = []
    seen: set[Field] = set()
    for h in headers:
        f = guess_field(h)
        if f is not None and f in seen:
            f = None  # a second column for the same field: let the user decide
        if f is not None:
            seen.add(f)
        mapping.append(f)
    return Layout(index, headers, mapping)
