"""Marking user-visible domain text for translation without importing Qt.

The domain speaks Chinese (the source language of the UI). Strings that reach the user are
wrapped in :func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` collects them under a context; the
UI translates them at display time with ``QCoreApplication.translate(context, text)``.
Messages with parameters are formatted *after* translation, so the template is what is marked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

DOMAIN_CONTEXT = "domain"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return *text* unchanged; the name lets ``lupdate`` find it under *context*."""
    del context
    return text


class Message:
    """A marked template and its params that is *part* of another message's params, so the
    UI translates it together with the message (``yibao.ui.i18n.dtr``) instead of showing a
    Chinese sentence inside an English one. A param may also be a tuple of parts (sentences
    one after another). ``str()`` is the Chinese.

    (A plain class: this module is read before the first paint, ``dataclasses`` is not.)"""

    __slots__ = ("params", "template")

    def __init__(self, template: str, params: Mapping[str, object] | None = None) -> None:
        self.template = template
        self.params: Mapping[str, object] = dict(params or {})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.template, dict(self.params)) == (other.template, dict(other.params))

    def __hash__(self) -> int:
        return hash(self.template)

    def __repr__(self) -> str:
        return f"Message({self.template!r}, {dict(self.params)!r})"

    def __str__(self) -> str:
        return fill(self.template, self.params)


class Items(str):
    """Items of a list that are *one* param of a message (the policy book's 参保人死亡 and
    出国（境）定居 …): as text it is the Chinese, ``甲、乙``; the UI translates each item and
    joins them for its language (``yibao.ui.i18n.dtr``)."""

    parts: tuple[str, ...]

    def __new__(cls, parts: Iterable[str]) -> Items:
        items = tuple(parts)
        made = super().__new__(cls, "、".join(items))
        made.parts = items
        return made


def fill(template: str, params: Mapping[str, object]) -> str:
    """*template* with *params* in Chinese: :class:`Message` params as their Chinese, tuples
    of parts run together."""
    return template.format(**{name: _chinese(value) for name, value in params.items()})


def _chinese(value: object) -> object:
    if isinstance(value, Message):
        return str(value)
    if isinstance(value, tuple):
        return "".join(str(_chinese(part)) for part in value)
    return value


# ----------------------------------------------------------------- formatting by language
#
# Dates, months, durations and quantities that the domain writes into a message's params
# (or into a checklist's text) are written for the language the app runs in, set once at
# start by the UI (:func:`set_language`; ``yibao.ui.i18n.install_translators`` does it).
# Chinese: ``2025年3月10日``, ``2025年3月``, ``25年3个月``, ``1000元``. English: the ISO forms
# the app's tables and date fields show (``2025-03-10``, ``2025-03``) and plain words
# (``25 years 3 months``, ``¥1,000``).

CHINESE = "zh_CN"
ENGLISH = "en"

_language = CHINESE


def set_language(code: str) -> None:
    """The language domain texts are formatted for: ``"en"`` (or ``en_…``) or Chinese."""
    global _language
    _language = ENGLISH if code.lower().startswith("en") else CHINESE


_translator: Callable[[str], str] | None = None


def set_translator(translate: Callable[[str], str] | None) -> None:
    """How a marked text is translated (the UI gives Qt's, at start): the domain calls
    :func:`translated` where a label it was given must read in the chosen language."""
    global _translator
    _translator = translate


def translated(text: str) -> str:
    """*text* in the chosen language if it is a marked text the translator knows, else as it
    is (a place name, a person's name, anything before the UI set a translator)."""
    return _translator(text) if _translator is not None and text else text


def written(template: str, params: Mapping[str, object] | None = None) -> str:
    """*template* filled with *params*, in the chosen language, for a text that is kept as it
    is written (a saved case's title, its advice items and deadlines): the template and the
    params that are marked texts (a :class:`Message`, :class:`Items`, a label) are translated
    through the UI's translator. In Chinese this is :func:`fill`."""
    text = translated(template)
    if not params:
        return text
    return text.format(**{name: _written(value) for name, value in params.items()})


def _written(value: object) -> object:
    if isinstance(value, Message):
        return written(value.template, value.params)
    if isinstance(value, Items):
        return list_text(translated(part) for part in value.parts)
    if isinstance(value, tuple):
        return (" " if is_english() else "").join(str(_written(part)) for part in value)
    if isinstance(value, str):
        return translated(value)
    return value


def language() -> str:
    """:data:`ENGLISH` or :data:`CHINESE` (the default)."""
    return _language


def is_english() -> bool:
    return _language == ENGLISH


def day_text(day: date) -> str:
    """``2025年3月10日`` / ``2025-03-10``."""
    if is_english():
        return day.isoformat()
    return f"{day.year}年{day.month}月{day.day}日"


def month_text(year: int, month: int) -> str:
    """``2025年3月`` / ``2025-03``."""
    if is_english():
        return f"{year:04d}-{month:02d}"
    return f"{year}年{month}月"


_WEEKDAYS_ZH = ("一", "二", "三", "四", "五", "六", "日")
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def weekday_text(day: date) -> str:
    """The day of the week: ``二`` (for 周二) / ``Tue``."""
    return (_WEEKDAYS_EN if is_english() else _WEEKDAYS_ZH)[day.weekday()]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def duration_text(months: int) -> str:
    """``25年3个月`` / ``25 years 3 months``; ``8个月`` / ``8 months``; ``0个月`` / ``0 months``."""
    years, rest = divmod(max(months, 0), 12)
    if is_english():
        if years and rest:
            return f"{_plural(years, 'year')} {_plural(rest, 'month')}"
        return _plural(years, "year") if years else _plural(rest, "month")
    if years and rest:
        return f"{years}年{rest}个月"
    if years:
        return f"{years}年"
    return f"{rest}个月"


#: the English of the policy book's units, for a number written in a sentence
_UNIT_WORDS: dict[str, tuple[str, str]] = {
    # unit: (after 1, after any other number)
    "元/年": ("a year", "a year"),  # after ¥… (see _YUAN_UNITS)
    "元/月": ("a month", "a month"),
    "个月": ("month", "months"),
    "月": ("month", "months"),
    "天": ("day", "days"),
    "日": ("day", "days"),
    "个工作日": ("working day", "working days"),
    "年": ("year", "years"),
    "岁": ("years old", "years old"),
    "周岁": ("years old", "years old"),
    "个百分点": ("percentage point", "percentage points"),
    "家": ("", ""),
}

_YUAN_UNITS = frozenset({"元", "元/年", "元/月"})

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def quantity_text(number: str, unit: str, *, month_of_year: bool = False) -> str:
    """A number with its unit for a sentence: ``1000元`` / ``¥1,000``, ``3个月`` /
    ``3 months``, ``8.5%`` either way. ``month_of_year``: the number is a calendar month
    (unit ``月``): ``9月`` / ``September``."""
    if not is_english():
        return number + unit
    if month_of_year and number.isdigit() and 1 <= int(number) <= 12:
        return _MONTH_NAMES[int(number) - 1]
    if not unit or unit == "%":
        return number + unit
    if unit in _YUAN_UNITS and number.lstrip("-").partition(".")[0].isdigit():
        # money as the app writes it elsewhere (¥1,234.50), a whole amount without cents
        whole, dot, cents = number.lstrip("-").partition(".")
        money = ("-" if number.startswith("-") else "") + "¥" + f"{int(whole):,}" + dot + cents
        return money if unit == "元" else f"{money} {_UNIT_WORDS[unit][1]}"
    one, many = _UNIT_WORDS.get(unit, (unit, unit))
    word = one if number == "1" else many
    return f"{number} {word}" if word else number


def flag_text(value: bool) -> str:
    """是/否 · yes/no."""
    if is_english():
        return "yes" if value else "no"
    return "是" if value else "否"


def list_text(items: Iterable[str]) -> str:
    """Items of a list in a sentence: ``甲、乙`` / ``甲, 乙``."""
    return (", " if is_english() else "、").join(items)
