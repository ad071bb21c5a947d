"""Money: integer 分 (fen) in storage, :class:`~decimal.Decimal` yuan in Python, never float.

Rounding is always half-up to the cent (``ROUND_HALF_UP``), the way contribution and
account-credit amounts are rounded in the notices users compare against (DOMAIN.md).

* :func:`parse_yuan` reads what a person types (``"1,234.5"``, ``"¥12"``, ``"12元"``,
  full-width ``"１２３．４５"``) and raises :class:`AmountError` with a Chinese message.
* :func:`to_fen` / :func:`from_fen` convert for storage.
* :func:`yuan_from_float` reads spreadsheet cells without binary-float surprises.
* :func:`format_yuan` renders ``"¥1,234.50"`` / ``"-¥380.00"``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

from yibao.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "CENT",
    "MAX_YUAN",
    "AmountError",
    "format_yuan",
    "from_fen",
    "parse_yuan",
    "round_yuan",
    "to_fen",
    "yuan_from_float",
]

CENT = Decimal("0.01")
#: zero yuan with two places, the start of every sum
ZERO = Decimal("0.00")
#: Anything typed above this (one hundred million yuan) is taken to be a typing mistake.
MAX_YUAN = Decimal(100_000_000)


class AmountError(ValueError):
    """A user-facing problem with an amount.

    ``template`` is the untranslated Chinese message (marked for ``lupdate``), ``params`` its
    format parameters; ``message`` is the formatted Chinese text. The UI translates
    ``template`` under the ``"domain"`` context and then formats it with ``params``.
    """

    def __init__(self, code: str, template: str, **params: str) -> None:
        self.code = code
        self.template = template
        self.params: Mapping[str, str] = dict(params)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def __repr__(self) -> str:
        return f"AmountError(code={self.code!r}, message={self.message!r})"


_MSG_EMPTY = QT_TRANSLATE_NOOP("domain", "请输入金额")
_MSG_INVALID = QT_TRANSLATE_NOOP(
    "domain", "“{text}”不是有效的金额，请只输入数字和小数点，例如 364.52"
)
_MSG_POINTS = QT_TRANSLATE_NOOP("domain", "金额中只能有一个小数点")
_MSG_GROUPING = QT_TRANSLATE_NOOP(
    "domain", "金额中的千位分隔符（逗号）位置不对，例如应写作 1,234.50"
)
_MSG_PLACES = QT_TRANSLATE_NOOP("domain", "金额最多只能有 {places} 位小数")
_MSG_NO_PLACES = QT_TRANSLATE_NOOP("domain", "金额只能是整数，不能有小数")
_MSG_NEGATIVE = QT_TRANSLATE_NOOP("domain", "金额不能是负数")
_MSG_TOO_LARGE = QT_TRANSLATE_NOOP("domain", "金额过大（超过 1 亿元），请检查是否多输了数字")
_MSG_NOT_FINITE = QT_TRANSLATE_NOOP("domain", "金额必须是一个具体的数字")


def _context(value: Decimal) -> Context:
    """A context precise enough to quantize *value* to cents without losing digits."""
    digits = len(value.as_tuple().digits)
    return Context(prec=max(28, digits + 4, value.adjusted() + 8), rounding=ROUND_HALF_UP)


def _shown(text: str) -> str:
    """*text* for a message: stripped, and cut to 40 characters."""
    text = text.strip()
    return text if len(text) <= 40 else text[:40] + "…"


def _require_finite(value: Decimal) -> None:
    if not value.is_finite():
        raise AmountError("not_finite", _MSG_NOT_FINITE)


#: beyond this many digits before the point a value is no amount at all (quantizing it
#: needs a context as large as the number)
_MAX_DIGITS = 4000


def round_yuan(value: Decimal) -> Decimal:
    """Round to the cent, half-up: ``263.814`` → ``263.81``, ``0.005`` → ``0.01``.

    Raises :class:`AmountError` (``too_large``) for values of more than 4,000 digits.
    """
    if not isinstance(value, Decimal):
        raise TypeError(f"round_yuan expects Decimal, got {type(value).__name__}")
    _require_finite(value)
    if value.adjusted() >= _MAX_DIGITS:
        raise AmountError("too_large", _MSG_TOO_LARGE)
    result = value.quantize(CENT, context=_context(value))
    # Never hand out a negative zero ("-0.00").
    return result.copy_abs() if result.is_zero() else result


_STRICT_RE = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)")


def to_fen(yuan: Decimal | int | str) -> int:
    """Yuan → integer fen for storage.

    ``Decimal`` values are rounded half-up to the cent; ``int`` is whole yuan; ``str`` must be
    a plain decimal number (``"-12.34"``, at most two decimals; for what people type use
    :func:`parse_yuan`). ``float`` (and ``bool``) raise :class:`TypeError`.
    """
    if isinstance(yuan, bool | float):
        raise TypeError(f"to_fen does not accept {type(yuan).__name__}; use Decimal or str")
    if isinstance(yuan, int):
        return yuan * 100
    if isinstance(yuan, str):
        text = yuan.strip()
        if not text:
            raise AmountError("empty", _MSG_EMPTY)
        if not _STRICT_RE.fullmatch(text):
            raise AmountError("invalid", _MSG_INVALID, text=yuan)
        _, _, decimals = text.partition(".")
        if len(decimals.rstrip("0")) > 2:
            raise AmountError("too_many_places", _MSG_PLACES, places="2")
        value = Decimal(text)
    elif isinstance(yuan, Decimal):
        value = yuan
    else:
        raise TypeError(f"to_fen does not accept {type(yuan).__name__}")
    cents = round_yuan(value)
    return int(cents.scaleb(2, context=_context(cents)))


def from_fen(fen: int) -> Decimal:
    """Integer fen → yuan with exactly two decimal places (exact for any size)."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"from_fen expects int, got {type(fen).__name__}")
    sign = 1 if fen < 0 else 0
    digits = tuple(int(d) for d in str(abs(fen)))
    return Decimal((sign, digits, -2)) if fen else Decimal("0.00")


# What people type around a number: currency signs before, 元 after.
_PREFIXES = ("人民币", "RMB", "CNY", "¥", "￥")
_SUFFIXES = ("人民币", "元整", "元", "块", "RMB", "CNY")
_MINUS_SIGNS = "-\u2212\u2012\u2013\ufe63"
_SPACES_RE = re.compile(r"\s+")
_NUMBER_RE = re.compile(r"(?P<int>[\d,]*)(?:\.(?P<frac>\d*))?")
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+")


#: longer than this (after removing spaces) is not an amount anyone typed
_MAX_TEXT = 64


def _clean(text: str) -> tuple[bool, str]:
    """Normalise full-width forms and strip signs and currency; return (negative, rest).

    Linear in the length of *text*: the signs are stripped by moving two indices, not by
    slicing the string once per sign.
    """
    # NFKC folds full-width digits, points, commas, minus and ￥ to their ASCII forms.
    s = unicodedata.normalize("NFKC", text)
    s = _SPACES_RE.sub("", s)
    for ch in _MINUS_SIGNS[1:]:
        s = s.replace(ch, "-")
    s = s.replace("。", ".")
    upper = s.upper()
    start, end = 0, len(s)
    negative = signed = False
    changed = True
    while changed and start < end:
        changed = False
        if not signed and upper.startswith(("-", "+"), start, end):
            negative, signed = s[start] == "-", True
            start += 1
            changed = True
            continue
        for prefix in _PREFIXES:
            if upper.startswith(prefix, start, end):
                start += len(prefix)
                changed = True
                break
        for suffix in _SUFFIXES:
            if end - start >= len(suffix) and upper.endswith(suffix, start, end):
                end -= len(suffix)
                changed = True
                break
    return negative, s[start:end]


def parse_yuan(text: str, *, allow_negative: bool = False, max_places: int = 2) -> Decimal:
    """Parse an amount typed by a person into yuan, quantized to ``max(2, max_places)``.

    Accepts ``"1,234.5"``, ``"¥12"``, ``"12元"``, ``" 12 "``, ``"１２３．４５"``, ``"-380"``
    (with ``allow_negative``). Trailing zeros beyond ``max_places`` (``"12.500"``) are
    accepted since they change nothing. Raises :class:`AmountError` otherwise.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_yuan expects str, got {type(text).__name__}")
    if max_places < 0:
        raise ValueError("max_places must be >= 0")
    negative, body = _body(text)
    integer, fraction = _digits(text, body, max_places)
    try:
        value = Decimal(f"{integer or '0'}.{fraction or '0'}")
    except InvalidOperation:  # pragma: no cover - the regex admits only digits
        raise AmountError("invalid", _MSG_INVALID, text=_shown(text)) from None
    if value > MAX_YUAN:
        raise AmountError("too_large", _MSG_TOO_LARGE)
    if negative and not value.is_zero():
        if not allow_negative:
            raise AmountError("negative", _MSG_NEGATIVE)
        value = -value
    return value.quantize(Decimal(1).scaleb(-max(2, max_places)), rounding=ROUND_HALF_UP)


def _body(text: str) -> tuple[bool, str]:
    """(negative, the number's characters) of what was typed; refuses text far too long
    and text with nothing but a sign."""
    if len(text) > 4 * _MAX_TEXT:
        raise AmountError("invalid", _MSG_INVALID, text=_shown(text))
    negative, body = _clean(text)
    if len(body) > _MAX_TEXT:
        raise AmountError("invalid", _MSG_INVALID, text=_shown(text))
    if not body.strip():
        if text.strip() and negative:
            raise AmountError("invalid", _MSG_INVALID, text=_shown(text))
        raise AmountError("empty", _MSG_EMPTY)
    return negative, body


def _digits(text: str, body: str, max_places: int) -> tuple[str, str]:
    """The integer digits (grouping commas checked and taken out) and the decimals."""
    if body.count(".") > 1:
        raise AmountError("multiple_points", _MSG_POINTS)
    match = _NUMBER_RE.fullmatch(body)
    if match is None or not any(ch.isdigit() for ch in body):
        raise AmountError("invalid", _MSG_INVALID, text=_shown(text))
    integer = match.group("int")
    fraction = match.group("frac") or ""
    if "," in integer:
        if not _GROUPED_RE.fullmatch(integer):
            raise AmountError("grouping", _MSG_GROUPING)
        integer = integer.replace(",", "")
    if len(fraction.rstrip("0")) > max_places:
        if max_places == 0:
            raise AmountError("too_many_places", _MSG_NO_PLACES, places="0")
        raise AmountError("too_many_places", _MSG_PLACES, places=str(max_places))
    return integer, fraction


def yuan_from_float(value: float) -> Decimal:
    """A spreadsheet cell's float → yuan, via its shortest ``repr`` (never ``Decimal(float)``).

    ``364.52`` → ``Decimal("364.52")``; ``2.675`` → ``Decimal("2.68")`` (half-up on the
    decimal the person typed, not on the binary approximation).
    """
    if isinstance(value, bool) or not isinstance(value, float | int):
        raise TypeError(f"yuan_from_float expects float, got {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise AmountError("not_finite", _MSG_NOT_FINITE)
    return round_yuan(Decimal(repr(value)))


def format_yuan(value: Decimal, *, symbol: bool = True) -> str:
    """``"¥1,234.50"``, ``"-¥380.00"``, ``"¥0.00"``; ``symbol=False`` → ``"1,234.50"``."""
    amount = round_yuan(value)
    sign = "-" if amount < 0 else ""
    return f"{sign}{'¥' if symbol else ''}{abs(amount):,.2f}"
