"""Moved to :mod:`yibao.domain.importers.spreadsheet_text`; this path keeps working."""

from yibao.domain.importers.spreadsheet_text import (
    FORMULA_STARTS,
    csv_text,
    from_csv_text,
    needs_quote,
    xlsx_text,
)

__all__ = ["FORMULA_STARTS", "csv_text", "from_csv_text", "needs_quote", "xlsx_text"]
