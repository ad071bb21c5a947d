"""Contribution history (缴费记录): months, records, and years paid against the requirement.

One :class:`ContributionRecord` per member, contribution month (费款所属期) and scheme. The
analysis here answers "how many years have I paid" and "will I have enough at retirement"
from the records, the user's 视同缴费年限 and the region's ``retirement.required_years``
(policy book; e.g. 泸州 men 30 / women 25 years including 视同 and at least 10 actually paid).

The requirement is the one in force on the person's **retirement date** (达到法定退休年龄),
not today: phase-ins are dated entries (广东: 男30/女25 from 2030-01-01). The statutory
retirement date follows the 2025 reform (:func:`statutory_retirement_date`). Where the local
rule says the actual years must be paid *there* (``actual_local``, 武汉 10 years in 武汉), the
records — which carry no region — are all taken as paid in the member's insured region, and
the advice says so.
"""

from __future__ import annotations

import calendar
import enum
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from yibao.domain.i18n import QT_TRANSLATE_NOOP, duration_text, month_text
from yibao.domain.kernel.years import FIRST_BENEFIT_YEAR
from yibao.domain.people import Gender, Member, Scheme
from yibao.domain.policy import Override, PolicyBook, Resolved

# ---------------------------------------------------------------------------- months


class MonthError(ValueError):
    """Text that is not a month; ``template``/``params`` give the Chinese message."""

    def __init__(self, template: str, **params: str) -> None:
        self.template = template
        self.params = dict(params)
        super().__init__(template.format(**params))


_MSG_MONTH_INVALID = QT_TRANSLATE_NOOP(
    "domain", "“{text}”不是有效的年月，请写成 2024-05 或 2024年5月 的样子"
)
_MSG_MONTH_RANGE = QT_TRANSLATE_NOOP("domain", "年月 {text} 超出范围（{first}年至{last}年）")

MIN_YEAR = FIRST_BENEFIT_YEAR
MAX_YEAR = 2100

# ASCII digits only (NFKC has folded full-width ones already): ``int()`` refuses some
# characters ``str.isdigit`` accepts (Ethiopic ፩), and nobody writes a month in them.
_MONTH_RES = (
    re.compile(r"([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*月?(?:\s*[-/.]?\s*[0-9]{1,2}\s*日?)?"),
    re.compile(r"([0-9]{4})([0-9]{2})(?:[0-9]{2})?"),
)
#: a month is never longer than "2024年05月01日" and some spaces
_MONTH_MAX_CHARS = 32


def _shown(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"


@dataclass(frozen=True, slots=True, order=True)
class Month:
    """A calendar month (费款所属期), stored as ``yyyymm`` (``202405``)."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not (1 <= self.month <= 12):
            raise ValueError(f"month out of range: {self.month}")

    # -- conversions ----------------------------------------------------------------------
    @property
    def index(self) -> int:
        """Months since year 0 (for arithmetic)."""
        return self.year * 12 + self.month - 1

    @classmethod
    def from_index(cls, index: int) -> Month:
        return cls(index // 12, index % 12 + 1)

    @property
    def code(self) -> int:
        """``yyyymm`` as an integer (the storage form; sorts like the months)."""
        return self.year * 100 + self.month

    @classmethod
    def from_code(cls, code: int) -> Month:
        return cls(code // 100, code % 100)

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    def add(self, months: int) -> Month:
        return Month.from_index(self.index + months)

    def __sub__(self, other: Month) -> int:
        return self.index - other.index

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def label(self) -> str:
        """``2025年3月`` (``2025-03`` in English, :func:`yibao.domain.i18n.month_text`)."""
        return month_text(self.year, self.month)

    @classmethod
    def parse(cls, value: object) -> Month:
        """Read a month from what people and spreadsheets write.

        ``"2024-05"``, ``"2024/5"``, ``"2024.05"``, ``"202405"``, ``"2024年5月"``,
        ``"2024-05-01"``, the integers ``202405`` / float ``202405.0``, and ``date`` cells.
        Raises :class:`MonthError`.
        """
        if isinstance(value, datetime | date):
            return cls._checked(value.year, value.month, str(value))
        if isinstance(value, bool):
            raise MonthError(_MSG_MONTH_INVALID, text=str(value))
        if isinstance(value, float):
            if not value.is_integer():
                raise MonthError(_MSG_MONTH_INVALID, text=repr(value))
            value = int(value)
        if isinstance(value, int):
            if not (0 <= value < 10**8):
                shown = str(value) if abs(value) < 10**20 else "…"
                raise MonthError(_MSG_MONTH_INVALID, text=shown)
            text = str(value)
        elif isinstance(value, str):
            if len(value) > 4 * _MONTH_MAX_CHARS:
                raise MonthError(_MSG_MONTH_INVALID, text=_shown(value.strip()))
            text = unicodedata.normalize("NFKC", value).strip()
        else:
            raise MonthError(_MSG_MONTH_INVALID, text=_shown(str(value)))
        if (
            len(text) == 7
            and text[4] == "-"
            and text.isascii()
            and text[:4].isdigit()
            and text[5:].isdigit()
        ):
            return cls._checked(int(text[:4]), int(text[5:]), text)  # the common fast path
        if len(text) <= _MONTH_MAX_CHARS:
            for pattern in _MONTH_RES:
                m = pattern.fullmatch(text)
                if m:
                    return cls._checked(int(m.group(1)), int(m.group(2)), text)
        raise MonthError(_MSG_MONTH_INVALID, text=_shown(text))

    @classmethod
    def _checked(cls, year: int, month: int, text: str) -> Month:
        if not (1 <= month <= 12):
            raise MonthError(_MSG_MONTH_INVALID, text=text)
        if not (MIN_YEAR <= year <= MAX_YEAR):
            raise MonthError(_MSG_MONTH_RANGE, text=text, first=str(MIN_YEAR), last=str(MAX_YEAR))
        return cls(year, month)


# ---------------------------------------------------------------------------- records


class RecordStatus(enum.StrEnum):
    PAID = "paid"  # 已缴
    BACK_PAID = "back_paid"  # 补缴
    ARREARS = "arrears"  # 欠缴

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def counts(self) -> bool:
        """Paid (on time or back-paid): the month counts towards years and coverage."""
        return self is not RecordStatus.ARREARS


_STATUS_LABELS = {
    RecordStatus.PAID: QT_TRANSLATE_NOOP("domain", "已缴"),
    RecordStatus.BACK_PAID: QT_TRANSLATE_NOOP("domain", "补缴"),
    RecordStatus.ARREARS: QT_TRANSLATE_NOOP("domain", "欠缴"),
}


class Payer(enum.StrEnum):
    SELF = "self"  # 本人
    EMPLOYER = "employer"  # 单位
    PROXY = "proxy"  # 代缴 (by another member, e.g. from their personal account)

    @property
    def label(self) -> str:
        return _PAYER_LABELS[self]


_PAYER_LABELS = {
    Payer.SELF: QT_TRANSLATE_NOOP("domain", "本人"),
    Payer.EMPLOYER: QT_TRANSLATE_NOOP("domain", "单位"),
    Payer.PROXY: QT_TRANSLATE_NOOP("domain", "代缴"),
}

MANUAL_SOURCE = "manual"

#: schemes whose months count towards 职工医保 years at retirement
EMPLOYEE_SCHEMES = frozenset(s for s in Scheme if s.is_employee_scheme)


@dataclass(frozen=True, slots=True)
class ContributionRecord:
    """One contribution month of one member in one scheme.

    Amounts are ``Decimal`` yuan. ``credited`` is what the statement says went into the
    personal account (划入), ``None`` if unknown. ``benefit_year`` (待遇年度) is for
    residents, kept apart from ``paid_on`` (the payment date). ``payer_member_id`` names the
    member who paid when ``payer`` is 代缴. ``source`` is ``"manual"`` or ``"file:<name>"``.
    """

    member_id: int
    month: Month
    scheme: Scheme
    personal: Decimal
    employer: Decimal = Decimal("0.00")
    base: Decimal | None = None
    credited: Decimal | None = None
    payer: Payer = Payer.SELF
    payer_member_id: int | None = None
    status: RecordStatus = RecordStatus.PAID
    benefit_year: int | None = None
    paid_on: date | None = None
    source: str = MANUAL_SOURCE
    note: str = ""
    id: int | None = None

    @property
    def total(self) -> Decimal:
        return self.personal + self.employer

    def same_content(self, other: ContributionRecord) -> bool:
        """Equal apart from id and source (a re-import of the same data changes nothing)."""
        return _content(self) == _content(other)


def _content(r: ContributionRecord) -> tuple[object, ...]:
    return (
        r.member_id,
        r.month,
        r.scheme,
        r.personal,
        r.employer,
        r.base,
        r.credited,
        r.payer,
        r.payer_member_id,
        r.status,
        r.benefit_year,
        r.paid_on,
        r.note,
    )


@dataclass(frozen=True, slots=True)
class MemberHistory:
    """Per-member figures the user enters: 视同缴费年限 and the account's opening balance."""

    member_id: int
    deemed_months: int = 0
    opening_balance: Decimal = Decimal("0.00")
    opening_date: date | None = None


class MovementKind(enum.StrEnum):
    SPENDING = "spending"  # 消费（看病、买药）
    LTC = "ltc"  # 长护险扣缴
    PROXY = "proxy"  # 为家人代缴 / 家庭共济支出
    OTHER = "other"

    @property
    def label(self) -> str:
        return _MOVEMENT_LABELS[self]


_MOVEMENT_LABELS = {
    MovementKind.SPENDING: QT_TRANSLATE_NOOP("domain", "看病买药"),
    MovementKind.LTC: QT_TRANSLATE_NOOP("domain", "长护险扣缴"),
    MovementKind.PROXY: QT_TRANSLATE_NOOP("domain", "代缴/共济支出"),
    MovementKind.OTHER: QT_TRANSLATE_NOOP("domain", "其他扣减"),
}


@dataclass(frozen=True, slots=True)
class AccountMovement:
    """Money leaving the personal account (a positive ``amount``) on a day."""

    member_id: int
    on: date
    kind: MovementKind
    amount: Decimal
    note: str = ""
    id: int | None = None


# ---------------------------------------------------------------------------- years


def paid_months(records: Iterable[ContributionRecord], schemes: Iterable[Scheme]) -> set[Month]:
    """Distinct months paid (or back-paid) in any of *schemes*."""
    wanted = frozenset(schemes)
    return {r.month for r in records if r.status.counts and r.scheme in wanted}


# ---------------------------------------------------------------------------- retirement age

#: 全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定（2024-09-13，2025-01-01 起）：
#: 男职工和原法定退休年龄为55周岁的女职工每4个月延迟1个月，分别逐步延迟至63、58周岁；
#: 原法定退休年龄为50周岁的女职工每2个月延迟1个月，逐步延迟至55周岁。
#: (original age, first birth month affected, months of birth per month of delay, most delay)
_REFORM: dict[int, tuple[date, int, int]] = {
    60: (date(1965, 1, 1), 4, 36),
    55: (date(1970, 1, 1), 4, 36),
    50: (date(1975, 1, 1), 2, 60),
}

FemaleOriginalAge = Literal[50, 55]


def statutory_retirement_date(
    birth: date, gender: Gender, female_original_age: FemaleOriginalAge = 55
) -> date:
    """The day the person reaches the statutory retirement age (法定退休年龄), with the 2025
    reform: a man born 1965-01-15 retires at 60 years 1 month, on 2025-02-15; one born in
    1976-09 or later at 63. Women: original age 55 (女干部, most 灵活就业) or 50 (女工人)."""
    base = 60 if gender is Gender.MALE else female_original_age
    first, step, most = _REFORM[base]
    born = birth.year * 12 + birth.month - 1
    since = born - (first.year * 12 + first.month - 1)
    delay = 0 if since < 0 else min(most, since // step + 1)
    months = base * 12 + delay
    index = born + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(birth.day, last))


@dataclass(frozen=True, slots=True)
class RetirementRequirement:
    """``retirement.required_years`` for one person (months), with where it comes from."""

    required_months: int
    min_actual_months: int
    includes_deemed: bool
    #: False when the region's rule does not say whether 视同 counts (we assume it does)
    deemed_rule_stated: bool
    resolved: Resolved
    #: the actual years must be paid in this region (在本地/待遇享受地实际缴费)
    actual_local: bool = False
    #: the date the rule was resolved at: the retirement date, or today when not known
    at: date | None = None
    #: the statutory retirement date used (``None`` when the birth date is unknown)
    retirement_date: date | None = None


def retirement_requirement(
    book: PolicyBook,
    region_code: str | None,
    gender: Gender,
    at: date,
    overrides: Sequence[Override] = (),
) -> RetirementRequirement | None:
    """The region's minimum years for 职工医保 benefits for someone retiring on *at*, or
    ``None`` (no rule in the book for that date)."""
    resolved = book.resolve("retirement.required_years", region_code, at, overrides)
    if resolved is None or not hasattr(resolved.value, "get"):
        return None
    table = resolved.value
    key = "male_months" if gender is Gender.MALE else "female_months"
    required = table.get(key)
    if not isinstance(required, int):
        return None
    min_actual = table.get("min_actual_months", 0)
    deemed = table.get("includes_deemed")
    return RetirementRequirement(
        required_months=required,
        min_actual_months=min_actual if isinstance(min_actual, int) else 0,
        includes_deemed=deemed is not False,
        deemed_rule_stated=isinstance(deemed, bool),
        resolved=resolved,
        actual_local=table.get("actual_local") is True,
        at=at,
    )


def requirement_at_retirement(
    book: PolicyBook,
    member: Member,
    today: date,
    overrides: Sequence[Override] = (),
    female_original_age: FemaleOriginalAge = 55,
) -> RetirementRequirement | None:
    """:func:`retirement_requirement` for *member*, resolved on their statutory retirement
    date (from birth date and gender); on *today* when the birth date is unknown."""
    if member.birth_date is None:
        return retirement_requirement(book, member.region_code, member.gender, today, overrides)
    retires = statutory_retirement_date(member.birth_date, member.gender, female_original_age)
    found = retirement_requirement(book, member.region_code, member.gender, retires, overrides)
    if found is None:
        return None
    return RetirementRequirement(
        required_months=found.required_months,
        min_actual_months=found.min_actual_months,
        includes_deemed=found.includes_deemed,
        deemed_rule_stated=found.deemed_rule_stated,
        resolved=found.resolved,
        actual_local=found.actual_local,
        at=retires,
        retirement_date=retires,
    )


@dataclass(frozen=True, slots=True)
class YearsStatus:
    """Years paid against the requirement (all counts in months)."""

    actual_months: int
    deemed_months: int
    counted_months: int
    requirement: RetirementRequirement | None
    met: bool | None  # None when the region has no requirement in the book
    #: months still missing (total and actual); 0 when met
    missing_months: int
    missing_actual_months: int
    #: if not met: the month in which it will be met if contributions continue
    met_in: Month | None
    last_paid: Month | None

    @property
    def local_assumed(self) -> bool:
        """The actual years must be paid locally, and every recorded month is taken as local
        (the records carry no region)."""
        return self.requirement is not None and self.requirement.actual_local

    @property
    def met_by_retirement(self) -> bool | None:
        """Met, or met by the statutory retirement date if one keeps paying monthly;
        ``None`` when there is no requirement or no retirement date."""
        if self.met is None or self.requirement is None:
            return None
        if self.met:
            return True
        retires = self.requirement.retirement_date
        if retires is None or self.met_in is None:
            return None
        return self.met_in < Month.of(retires)


def years_text(months: int) -> str:
    """``"25年3个月"`` / ``"8个月"`` / ``"0个月"`` (English: ``"25 years 3 months"``)."""
    return duration_text(months)


def years_status(
    records: Iterable[ContributionRecord],
    deemed_months: int,
    requirement: RetirementRequirement | None,
    today: date,
) -> YearsStatus:
    """Months actually paid in 职工医保 (incl. flexible workers) and 视同 months, against the
    requirement; when short, the month it will be met if the person keeps paying monthly
    from the month after their last paid month (or from this month, whichever is later)."""
    months = paid_months(records, EMPLOYEE_SCHEMES)
    actual = len(months)
    last = max(months) if months else None
    deemed = max(deemed_months, 0)
    if requirement is None:
        return YearsStatus(actual, deemed, actual + deemed, None, None, 0, 0, None, last)
    counted = actual + (deemed if requirement.includes_deemed else 0)
    missing_total = max(requirement.required_months - counted, 0)
    missing_actual = max(requirement.min_actual_months - actual, 0)
    needed = max(missing_total, missing_actual)
    met = needed == 0
    met_in: Month | None = None
    if not met:
        start = Month.of(today)
        if last is not None and last.add(1) > start:
            start = last.add(1)
        met_in = start.add(needed - 1)
    return YearsStatus(
        actual_months=actual,
        deemed_months=deemed,
        counted_months=counted,
        requirement=requirement,
        met=met,
        missing_months=missing_total,
        missing_actual_months=missing_actual,
        met_in=met_in,
        last_paid=last,
    )


def covered_now(records: Iterable[ContributionRecord], member: Member, today: date) -> bool:
    """A rough "am I covered right now": this or last month paid (employee schemes), or the
    current benefit year paid (residents)."""
    this_month = Month.of(today)
    for r in records:
        if not r.status.counts:
            continue
        if r.scheme is Scheme.RESIDENT:
            year = r.benefit_year if r.benefit_year is not None else r.month.year
            if year == today.year:
                return True
        elif this_month.add(-1) <= r.month <= this_month:
            return True
    return False


# ---------------------------------------------------------------------------- views


#: what a history view may be sorted by (the storage maps each to a column)
SORT_KEYS: tuple[str, ...] = (
    "month",
    "member",
    "scheme",
    "base",
    "personal",
    "employer",
    "credited",
    "payer",
    "status",
    "benefit_year",
    "paid_on",
    "source",
    "note",
)


@dataclass(frozen=True, slots=True)
class HistoryQuery:
    """What a history view shows: filters, and the sort key (one of :data:`SORT_KEYS`)."""

    member_id: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    scheme: Scheme | None = None
    sort: str = "month"
    descending: bool = True


@dataclass(frozen=True, slots=True)
class Totals:
    """Sums over the rows of a view."""

    count: int
    personal: Decimal
    employer: Decimal
    credited: Decimal
