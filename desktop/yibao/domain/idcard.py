"""Citizen ID numbers (公民身份号码, GB 11643-1999): checking, birth date and gender, masking.

An 18-character number is: 6-digit address code (GB/T 2260 county code where the number was
first issued), 8-digit birth date ``YYYYMMDD``, 3-digit sequence number (odd for men, even
for women) and a check character (ISO 7064 MOD 11-2, ``0``–``9`` or ``X``).

Decisions:

* Only 18-character numbers are accepted; an old 15-digit number is reported as a length
  error whose message asks for the 18-digit number.
* Province prefixes: the 31 mainland ones (11–15, 21–23, 31–37, 41–46, 50–54, 61–65) and the
  港澳台居民居住证 numbers, which use the fixed address codes 810000 (Hong Kong), 820000
  (Macao) and 830000 (Taiwan). Any other prefix — including 71 (台湾省 in GB/T 2260, which
  appears on no mainland ID card) — is an error.
* An address code that is not in the region data (current or historic) is only a *warning*:
  the data may lag behind new codes, and the number is still what is printed on the card.
* Birth dates must exist, lie in 1900 or later and not after ``today``.

Messages are Chinese templates marked with :func:`QT_TRANSLATE_NOOP`; an :class:`IdIssue`
carries the template and its parameters so the UI can translate first and format after.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.people import Gender
from yibao.domain.regions import region_book

__all__ = [
    "ID_NUMBER_LENGTH",
    "MAINLAND_PROVINCE_PREFIXES",
    "RESIDENCE_PERMIT_PREFIXES",
    "IdCardInfo",
    "IdCheck",
    "IdIssue",
    "check_id_number",
    "id_number_checksum",
    "mask_id_number",
    "normalize_id_number",
]

ID_NUMBER_LENGTH = 18
MIN_BIRTH_YEAR = 1900

MAINLAND_PROVINCE_PREFIXES = frozenset(
    f"{n:02d}"
    for n in (
        *range(11, 16),
        *range(21, 24),
        *range(31, 38),
        *range(41, 47),
        *range(50, 55),
        *range(61, 66),
    )
)
#: 港澳台居民居住证: province prefix → the fixed 6-digit address code used on the permit.
RESIDENCE_PERMIT_PREFIXES: Mapping[str, str] = {"81": "810000", "82": "820000", "83": "830000"}

_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_CHECK_CHARS = "10X98765432"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"


@dataclass(frozen=True)
class IdIssue:
    """A problem with an ID number: ``template`` (untranslated) formatted with ``params``."""

    code: str
    template: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)
    field: str = "id_number"

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class IdCardInfo:
    """What a valid number tells: ``province_code`` and ``county_code`` are 6-digit codes
    (``"110000"``, ``"110105"``)."""

    number: str
    birth_date: date
    gender: Gender
    province_code: str
    county_code: str

    @property
    def is_residence_permit(self) -> bool:
        """港澳台居民居住证 (81/82/83 prefixes) rather than a mainland ID card."""
        return self.number[:2] in RESIDENCE_PERMIT_PREFIXES


@dataclass(frozen=True)
class IdCheck:
    """The result of :func:`check_id_number`. ``info`` is set only when there are no errors."""

    number: str
    info: IdCardInfo | None
    errors: tuple[IdIssue, ...] = ()
    warnings: tuple[IdIssue, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


_MSG_EMPTY = QT_TRANSLATE_NOOP("domain", "请输入身份证号")
_MSG_LENGTH = QT_TRANSLATE_NOOP("domain", "身份证号应为 18 位，现在是 {n} 位")
_MSG_LENGTH_15 = QT_TRANSLATE_NOOP(
    "domain",
    "身份证号应为 18 位，现在是 15 位。旧的 15 位身份证号不能使用，请填写现在的 18 位号码",
)
_MSG_CHARACTERS = QT_TRANSLATE_NOOP(
    "domain", "身份证号第 {position} 位“{char}”无效：身份证号只能由数字组成，最后一位可以是 X"
)
_MSG_PROVINCE = QT_TRANSLATE_NOOP(
    "domain", "身份证号前两位“{prefix}”不是有效的省份代码，请核对前两位数字"
)
_MSG_DATE_INVALID = QT_TRANSLATE_NOOP(
    "domain", "身份证号中的出生日期 {date} 不存在，请核对第 7–14 位数字"
)
_MSG_DATE_FUTURE = QT_TRANSLATE_NOOP(
    "domain", "身份证号中的出生日期 {date} 晚于今天，请核对第 7–14 位数字"
)
_MSG_YEAR_EARLY = QT_TRANSLATE_NOOP(
    "domain", "身份证号中的出生年份 {year} 早于 1900 年，请核对第 7–10 位数字"
)
_MSG_CHECKSUM = QT_TRANSLATE_NOOP("domain", "身份证号校验位不正确，请核对是否有输错的数字")
_MSG_COUNTY = QT_TRANSLATE_NOOP(
    "domain",
    "身份证号前六位“{county}”不在行政区划代码表中，请核对；如果证件上确实如此，可以继续",
)


def normalize_id_number(text: str) -> str:
    """Strip spaces and hyphens, fold full-width characters, upper-case a final ``x``."""
    folded = unicodedata.normalize("NFKC", text)
    kept = "".join(ch for ch in folded if not ch.isspace() and ch not in _DASHES)
    return kept.replace("x", "X")


def id_number_checksum(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character (``"0"``–``"9"`` or ``"X"``) for 17 digits."""
    if len(first17) != 17 or not (first17.isascii() and first17.isdigit()):
        raise ValueError("id_number_checksum expects exactly 17 ASCII digits")
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def _is_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def check_id_number(text: str, *, today: date | None = None) -> IdCheck:
    """Check an ID number as typed; see the module docstring for the rules."""
    number = normalize_id_number(text)
    if not number:
        return IdCheck(number, None, (IdIssue("empty", _MSG_EMPTY),))

    errors: list[IdIssue] = []
    for position, ch in enumerate(number, start=1):
        final_x = ch == "X" and position == len(number)
        if not (_is_digit(ch) or final_x):
            errors.append(
                IdIssue("characters", _MSG_CHARACTERS, {"position": str(position), "char": ch})
            )
            break
    if len(number) != ID_NUMBER_LENGTH:
        template = _MSG_LENGTH_15 if len(number) == 15 else _MSG_LENGTH
        errors.append(IdIssue("length", template, {"n": str(len(number))}))
    if errors:
        return IdCheck(number, None, tuple(errors))

    warnings: list[IdIssue] = []
    prefix = number[:2]
    county = number[:6]
    if prefix in RESIDENCE_PERMIT_PREFIXES:
        if county != RESIDENCE_PERMIT_PREFIXES[prefix]:
            warnings.append(IdIssue("unknown_county", _MSG_COUNTY, {"county": county}))
    elif prefix in MAINLAND_PROVINCE_PREFIXES:
        if not region_book().is_known_county(county):
            warnings.append(IdIssue("unknown_county", _MSG_COUNTY, {"county": county}))
    else:
        errors.append(IdIssue("province", _MSG_PROVINCE, {"prefix": prefix}))

    birth = _birth_date(number, today or date.today(), errors)

    if id_number_checksum(number[:17]) != number[17]:
        errors.append(IdIssue("checksum", _MSG_CHECKSUM))

    if errors or birth is None:
        return IdCheck(number, None, tuple(errors), tuple(warnings))
    info = IdCardInfo(
        number=number,
        birth_date=birth,
        gender=Gender.MALE if int(number[16]) % 2 else Gender.FEMALE,
        province_code=prefix + "0000",
        county_code=county,
    )
    return IdCheck(number, info, (), tuple(warnings))


def _birth_date(number: str, today: date, errors: list[IdIssue]) -> date | None:
    year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    shown = f"{number[6:10]}-{number[10:12]}-{number[12:14]}"
    if year < MIN_BIRTH_YEAR:
        errors.append(IdIssue("birth_year_too_early", _MSG_YEAR_EARLY, {"year": number[6:10]}))
        return None
    try:
        birth = date(year, month, day)
    except ValueError:
        errors.append(IdIssue("birth_date_invalid", _MSG_DATE_INVALID, {"date": shown}))
        return None
    if birth > today:
        errors.append(IdIssue("birth_date_future", _MSG_DATE_FUTURE, {"date": shown}))
        return None
    return birth


def mask_id_number(number: str | None) -> str:
    """Mask for display: ``"110105********002X"``.

    For 18 or more characters the first 6 and last 4 are shown; shorter input shows
    proportionally less (a third at the front, two ninths at the back, rounded down), so
    nothing beyond the first 6 and last 4 is ever revealed. ``None`` or blank → ``""``.
    """
    if number is None:
        return ""
    text = normalize_id_number(number)
    n = len(text)
    if n == 0:
        return ""
    if n >= ID_NUMBER_LENGTH:
        head, tail = 6, 4
    else:
        head, tail = n // 3, (2 * n) // 9
    return text[:head] + "*" * (n - head - tail) + text[n - tail :]
