"""Reading a day that a person typed: ``1986-03-01``, ``19860301``, ``1986/3/1``, ``1986年3月1日``.

One reader for every date field, so a person can type a date the way they write it, and gets a
Chinese message saying what is wrong when it can't be read (a format problem, or a day that
does not exist such as 2月30日).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from yibao.domain.i18n import QT_TRANSLATE_NOOP

#: year, month and day separated by - / . or 年 月 (日 optional), spaces allowed
_SEPARATED = re.compile(r"([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?")
#: eight digits: yyyymmdd
_COMPACT = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")

#: the longest text worth reading as a date (anything longer is not one)
MAX_LENGTH = 40


class DayTextError(ValueError):
    """The text is not a day. ``message`` is an untranslated Chinese template (``domain``)."""

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params))


FORMAT_HINT = QT_TRANSLATE_NOOP("domain", "请按“1986-03-01”或“19860301”的格式填写日期")
NO_SUCH_DAY = QT_TRANSLATE_NOOP("domain", "没有 {year} 年 {month} 月 {day} 日这一天")
TOO_EARLY = QT_TRANSLATE_NOOP("domain", "日期不能早于 {day}")
TOO_LATE = QT_TRANSLATE_NOOP("domain", "日期不能晚于 {day}")


def parse_day(
    text: str, *, minimum: date | None = None, maximum: date | None = None
) -> date | None:
    """The day in ``text``; ``None`` when it is empty; :class:`DayTextError` otherwise.

    ``minimum`` / ``maximum`` (inclusive) bound the days accepted.

    Full-width digits and punctuation (``１９８６－０３－０１``) are read as ASCII; only ASCII
    digits count after that, so a look-alike digit from another script is a format problem.
    """
    if len(text) > MAX_LENGTH:
        raise DayTextError(FORMAT_HINT)
    normal = unicodedata.normalize("NFKC", text).strip()
    if not normal:
        return None
    match = _SEPARATED.fullmatch(normal) or _COMPACT.fullmatch(normal)
    if match is None:
        raise DayTextError(FORMAT_HINT)
    year, month, day = (int(part) for part in match.groups())
    try:
        found = date(year, month, day)
    except ValueError:
        raise DayTextError(NO_SUCH_DAY, year=year, month=month, day=day) from None
    if minimum is not None and found < minimum:
        raise DayTextError(TOO_EARLY, day=minimum.isoformat())
    if maximum is not None and found > maximum:
        raise DayTextError(TOO_LATE, day=maximum.isoformat())
    return found
