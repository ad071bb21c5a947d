"""Reading one cell: amounts (exact, as integer fen, with the one amount cap), schemes,
statuses, payers, dates and years, and the plain text of a cell.

Amounts: ``"364.52"`` stays 364.52; XLSX floats go through their ``repr``
(:func:`yibao.domain.money.yuan_from_float`), never ``Decimal(float)``; everything above the
manual-entry cap (¥100,000,000, :data:`yibao.domain.limits.MAX_FEN`) is refused by one check,
with the cell's text in the message.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal

from yibao.domain import limits
from yibao.domain.contributions import MAX_YEAR, Payer, RecordStatus
from yibao.domain.datetext import DayTextError, parse_day
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.importers.problems import MSG_AMOUNT_TOO_LARGE, MSG_NEGATIVE
from yibao.domain.importers.spreadsheet_text import from_csv_text
from yibao.domain.importers.table import Cell
from yibao.domain.kernel.years import FIRST_BENEFIT_YEAR
from yibao.domain.money import AmountError, parse_yuan, to_fen, yuan_from_float
from yibao.domain.people import Scheme

# ---------------------------------------------------------------------------- amounts

_MSG_NOT_AMOUNT = QT_TRANSLATE_NOOP("domain", "“{text}”不是金额")
_DASHES = ("-", "—", "--")


def amount_fen(value: Cell) -> int | None:
    """Cell → integer fen (``None`` for empty); raises :class:`AmountError`.

    Negative amounts raise ``AmountError`` with code ``negative``, amounts above the
    manual-entry cap (¥100,000,000, :data:`yibao.domain.limits.MAX_FEN`) code ``too_large``.
    """
    if value is None:
        return None
    try:
        if value.__class__ is str:
            text = value.strip()
            whole, point, cents = text.partition(".")
            if (
                whole.isascii()
                and whole.isdigit()
                and len(whole) <= 12
                and (not point or (cents.isascii() and cents.isdigit() and len(cents) <= 2))
            ):  # the common case, without Decimal or a regex
                fen: int | None = int(whole) * 100 + (int(cents.ljust(2, "0")) if point else 0)
            else:
                fen = _text_fen(text)
        else:
            fen = _number_fen(value)
    except AmountError as exc:
        if exc.code == "too_large" and exc.template is not MSG_AMOUNT_TOO_LARGE:
            raise _too_large(value) from None  # beyond what money can even round
        raise
    if fen is not None and fen > limits.MAX_FEN:  # the one amount cap
        raise _too_large(value)
    return fen


def _too_large(value: Cell) -> AmountError:
    return AmountError("too_large", MSG_AMOUNT_TOO_LARGE, text=_amount_shown(value)[:40])


def _negative(value: Cell) -> AmountError:
    return AmountError("negative", MSG_NEGATIVE, text=_amount_shown(value))


def _amount_shown(value: Cell) -> str:
    """An amount cell as a message shows it (a huge whole number as ``…``)."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int):
        if -(10**20) < value < 10**20:
            return str(value)
        return "-…" if value < 0 else "…"
    if isinstance(value, float):
        return repr(value)
    return str(value)[:40]


def _text_fen(text: str) -> int | None:
    """Text that is not plain digits: ``1,234.50``, ``¥12``, ``-3`` …"""
    if not text or text in _DASHES:
        return None
    return _yuan_fen(parse_yuan(text, allow_negative=True), text)


def _number_fen(value: Cell) -> int | None:
    if isinstance(value, bool):
        raise AmountError("invalid", _MSG_NOT_AMOUNT, text=str(value))
    if isinstance(value, int):
        if value < 0:
            raise _negative(value)
        return value * 100
    if isinstance(value, float):
        # beyond 1e15 the float is too large anyway; its repr would not quantize cheaply
        big = math.isfinite(value) and abs(value) > 1e15
        return _yuan_fen(Decimal(value) if big else yuan_from_float(value), value)
    if isinstance(value, Decimal):
        return _yuan_fen(value, value)
    return _text_fen(str(value).strip())


def _yuan_fen(yuan: Decimal, value: Cell) -> int:
    """Yuan (not yet rounded) → fen; NaN and infinity raise ``not_finite``."""
    if yuan.is_finite() and yuan < 0:
        raise _negative(value)
    return to_fen(yuan)


# ---------------------------------------------------------------------------- schemes …

#: 职工医保 without saying which: as the member's own if that is an employee scheme
_EMPLOYEE = "employee"
_SCHEME_CODES: dict[str, Scheme | str] = {"310": _EMPLOYEE, "390": Scheme.RESIDENT}
#: words in a scheme's name, the first that matches wins
_SCHEME_WORDS: tuple[tuple[tuple[str, ...], Scheme | str], ...] = (
    (("退休",), Scheme.EMPLOYEE_RETIRED),
    (("单建统筹",), Scheme.FLEXIBLE_POOLING),
    (("灵活", "统账结合"), Scheme.FLEXIBLE_ACCOUNT),
    (("居民", "新农合", "城乡"), Scheme.RESIDENT),
    (("职工", "基本医疗"), _EMPLOYEE),
)
#: our values, and the labels (the first scheme with a label wins)
_SCHEME_NAMES: dict[str, Scheme] = {
    **{s.label: s for s in reversed(Scheme)},
    **{s.value: s for s in Scheme},
}


def _plain(value: Cell) -> str:
    """A code-like cell as text: NFKC, stripped, a whole float without ``.0``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()


def parse_scheme(value: Cell, default: Scheme) -> Scheme | None:
    """A scheme from its label, our value, or the national code (310 职工, 390 居民)."""
    text = _plain(value)
    if not text:
        return default
    named = _SCHEME_NAMES.get(text)
    if named is not None:
        return named
    found = _SCHEME_CODES.get(text)
    if found is None:
        found = next((s for words, s in _SCHEME_WORDS if any(w in text for w in words)), None)
    if isinstance(found, Scheme) or found is None:
        return found
    return default if default.is_employee_scheme else Scheme.EMPLOYEE_ACTIVE


_STATUS_WORDS = (
    (RecordStatus.BACK_PAID, ("补缴", "补收", "补交", "back_paid")),
    (RecordStatus.ARREARS, ("欠缴", "未缴", "未到账", "未足额", "arrears")),
    (RecordStatus.PAID, ("已缴", "已到账", "正常", "足额", "已足额", "已交", "paid", "实缴")),
)


def parse_status(value: Cell) -> RecordStatus | None:
    text = _plain(value)
    if not text:
        return RecordStatus.PAID
    if text in ("1", "是"):
        return RecordStatus.PAID
    if text in ("0", "否"):
        return RecordStatus.ARREARS
    for status, words in _STATUS_WORDS:
        if text == status.label or any(w in text for w in words):
            return status
    return None


def parse_payer(value: Cell) -> Payer | None:
    text = "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    try:
        return Payer(text)
    except ValueError:
        pass
    if "代缴" in text or "共济" in text:
        return Payer.PROXY
    if "单位" in text:
        return Payer.EMPLOYER
    if text in ("本人", "个人", "自己", "自缴", "个人缴纳"):
        return Payer.SELF
    return None


#: a time after the day ("2024-05-01 10:30:00", "2024-05-01T10:30") or after eight digits
_TIME_TAIL = re.compile(r"(?:(?<=[0-9日])[ T].*|(?<=^[0-9]{8})[0-9]{6})$")


def parse_date(value: Cell) -> date | None:
    """A day from a cell; ``None`` for empty; raises ``ValueError`` if it is not a date.

    Text goes through :func:`yibao.domain.datetext.parse_day`, the reader of every typed date;
    a statement's time of day after it is ignored.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if not text:
        return None
    try:
        day = parse_day(_TIME_TAIL.sub("", text, count=1))
    except DayTextError:
        raise ValueError(text) from None
    if day is None:
        raise ValueError(text)
    return day


def parse_year(value: Cell) -> int | None:
    """A 4-digit year (``2025``, ``2025年``, ``2025年度``) within the years a record may hold
    (``FIRST_BENEFIT_YEAR`` … ``contributions.MAX_YEAR``; today's range is checked with the
    rows, :func:`yibao.domain.kernel.years.benefit_year_range`); ``None`` for empty; raises
    ``ValueError`` for anything else."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(str(value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFKC", str(value)).strip().removesuffix("年度").removesuffix("年")
    if not text:
        return None
    if not (len(text) == 4 and text.isdigit()) or not (FIRST_BENEFIT_YEAR <= int(text) <= MAX_YEAR):
        raise ValueError(text)
    return int(text)


# ---------------------------------------------------------------------------- text


def cell_value(row: list[Cell], index: int | None) -> Cell:
    """The cell at *index* (``None`` past the row's end, for no column, or blank text)."""
    if index is None or index >= len(row):
        return None
    value = row[index]
    if value.__class__ is str:
        value = value.strip()
        return value or None
    return value


def cell_text(row: list[Cell], index: int | None) -> str | None:
    """A text cell (name, note, source): as :func:`cell_value`, and our export's ``'`` before
    ``=`` taken off again."""
    value = cell_value(row, index)
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return from_csv_text(text) if text.startswith("'") else text


def shown(value: Cell) -> str:
    """A cell's text for a message: at most 40 characters."""
    text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"
