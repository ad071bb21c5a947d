"""Moved to :mod:`yibao.domain.importers.xlsx_package` (the row caps to
:mod:`yibao.domain.importers.table`); this path keeps working."""

from yibao.domain.importers.table import column_label
from yibao.domain.importers.xlsx_package import (
    MSG_BAD_CELL,
    MSG_BAD_CONTENT,
    MSG_NOT_XLSX,
    Rows,
    inspect_package,
    iter_sheets,
)

__all__ = [
    "MSG_BAD_CELL",
    "MSG_BAD_CONTENT",
    "MSG_NOT_XLSX",
    "Rows",
    "column_label",
    "inspect_package",
    "iter_sheets",
]
