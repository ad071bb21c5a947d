"""Text cells in exported files that no spreadsheet will run as a formula.

CSV: a cell starting with ``= + - @``, a tab, CR/LF or NUL (OWASP's CSV-injection advice;
also the full-width ``＝ ＋ － ＠`` Excel accepts in Chinese) gets a leading ``'``, which
spreadsheets take as "this is text"; the importer takes it off again, so our own export
reads back exactly. XLSX: text is written as text (``data_type`` ``"s"``, shown with a quote
prefix), never as a formula; characters XML cannot hold are dropped.
"""

from __future__ import annotations

import re

__all__ = ["FORMULA_STARTS", "csv_text", "from_csv_text", "xlsx_text"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "＝", "＋", "－", "＠")

# control characters XML 1.0 has no place for (what openpyxl refuses to write)
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def needs_quote(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """A CSV cell that is text in any spreadsheet: ``'=1+1`` for ``=1+1``."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def from_csv_text(text: str) -> str:
    """Undo :func:`csv_text` (the importer reading our own export)."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def xlsx_text(text: str) -> str:
    """*text* without the control characters an XLSX cannot hold."""
    return _NOT_XML.sub("", text)
