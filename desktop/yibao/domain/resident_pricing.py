"""What one person's 居民医保 individual contribution is for a benefit year, and why.

The policy book may hold, per region and benefit year,

* ``resident.contribution.individual_by_group``: amounts by group (北京: 老年人 / 学生儿童 /
  劳动年龄内居民), each row optionally limited by age (周岁 on 1 January of the benefit year,
  both ends inclusive) and to in-school students;
* ``resident.contribution.individual_min``: one figure for everyone. In a city or province file
  it is the local standard; in ``national`` it is only the national minimum, which is *not*
  the local figure and is said so.

:func:`region_contributions` reads both for a region (with the user's 本地修改) once;
:func:`price` prices a person from that, pure and fast, so a wizard can re-price as the user
edits. The answer (:class:`MemberPrice`) carries the amount with its basis: the group and how
it was found, the region and source, and whether it is a national fallback, an earlier
year's figure (estimate) or missing, so the UI can say so at the figure and offer to enter
the local value.

Which group a person is in: the user's choice when they made one; else the first row whose
conditions (age range, student) the person meets. A row without any condition is a catch-all
only when it is the table's single such row: when several rows carry no condition (the book
lists the groups but not who is in them, as for 北京 today), the book cannot tell and the
person's group must be chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TypeVar

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel.labels import LabelledEnum
from yibao.domain.kernel.view import Fact, PolicyView
from yibao.domain.money import round_yuan
from yibao.domain.people import age_on
from yibao.domain.policy import NATIONAL, Confidence, Override, PolicyBook, Resolved
from yibao.domain.policy import region_keys_for as _levels

BY_GROUP_KEY = "resident.contribution.individual_by_group"
UNIFORM_KEY = "resident.contribution.individual_min"

T = TypeVar("T")

__all__ = [
    "BY_GROUP_KEY",
    "UNIFORM_KEY",
    "GroupBy",
    "GroupRow",
    "MemberPrice",
    "Person",
    "PriceKind",
    "RegionContributions",
    "latest_fact",
    "price",
    "region_contributions",
]


class PriceKind(LabelledEnum):
    GROUP = "group", QT_TRANSLATE_NOOP("domain", "当地按人群的标准")
    LOCAL = "local", QT_TRANSLATE_NOOP("domain", "当地统一标准")
    # not the local figure: only the national minimum
    NATIONAL_MINIMUM = "national_minimum", QT_TRANSLATE_NOOP("domain", "全国最低标准")
    MISSING = "missing", QT_TRANSLATE_NOOP("domain", "政策库里没有")


class GroupBy(LabelledEnum):
    NONE = ""  # no group table
    CHOSEN = "chosen"  # the user chose the group
    CONDITIONS = "conditions"  # the row's age / student conditions
    UNDECIDED = "undecided"  # the book cannot tell: the user must choose


@dataclass(frozen=True)
class GroupRow:
    group: str
    amount: Decimal
    min_age: int | None = None
    max_age: int | None = None
    student: bool = False

    @property
    def conditioned(self) -> bool:
        return self.min_age is not None or self.max_age is not None or self.student

    def age_fits(self, age: int) -> bool:
        return (self.min_age is None or age >= self.min_age) and (
            self.max_age is None or age <= self.max_age
        )


def _rows(value: object) -> tuple[GroupRow, ...]:
    if not isinstance(value, tuple):
        return ()
    rows: list[GroupRow] = []
    for raw in value:
        if not isinstance(raw, Mapping):
            continue
        group, amount = raw.get("group"), raw.get("amount")
        if not isinstance(group, str) or not isinstance(amount, Decimal):
            continue
        low, high, student = raw.get("min_age"), raw.get("max_age"), raw.get("student")
        rows.append(
            GroupRow(
                group,
                amount,
                low if isinstance(low, int) and not isinstance(low, bool) else None,
                high if isinstance(high, int) and not isinstance(high, bool) else None,
                student is True,
            )
        )
    return tuple(rows)


@dataclass(frozen=True)
class RegionContributions:
    """What the book (with the user's overrides) says for one region and benefit year.

    ``*_year`` is the benefit year the figure is for: earlier than ``benefit_year`` when the
    book has nothing for that year and the latest earlier one is offered as a starting point.
    """

    region_code: str | None
    benefit_year: int
    groups: tuple[GroupRow, ...] = ()
    groups_resolved: Resolved | None = None
    groups_year: int | None = None
    uniform: Resolved | None = None
    uniform_year: int | None = None
    #: the name of the region's own level (成都市 for 510104): where a local value belongs
    region_name: str = ""

    @property
    def group_names(self) -> tuple[str, ...]:
        return tuple(row.group for row in self.groups)

    @property
    def has_student_row(self) -> bool:
        return any(row.student for row in self.groups)

    @property
    def region_key(self) -> str:
        """The most specific policy level of the region (where a local value is saved)."""
        return _levels(self.region_code)[0]


def latest_fact(
    view: PolicyView, read: Callable[[PolicyView], Fact[T]], look_back_years: int
) -> tuple[Fact[T], T, int] | None:
    """The figure for the view's benefit year, else the latest of *look_back_years* before:
    its fact, its value and the benefit year it is for (``None`` when none of them has one)."""
    first = view.at.year
    for year in range(first, first - look_back_years - 1, -1):
        fact = read(view.for_benefit_year(year))
        if fact.value is not None:
            return fact, fact.value, year
    return None


def _latest(
    view: PolicyView, read: Callable[[PolicyView], Fact[T]], look_back_years: int
) -> tuple[Resolved | None, int | None]:
    found = latest_fact(view, read, look_back_years)
    return (found[0].resolved, found[2]) if found is not None else (None, None)


def region_contributions(
    book: PolicyBook,
    region_code: str | None,
    benefit_year: int,
    overrides: Sequence[Override] = (),
    *,
    look_back_years: int = 0,
) -> RegionContributions:
    """Both figures for the region (``look_back_years``: how many earlier years to offer)."""
    view = PolicyView(book, region_code, date(benefit_year, 1, 1), overrides)
    groups, groups_year = _latest(view, lambda v: v.tables(BY_GROUP_KEY), look_back_years)
    uniform, uniform_year = _latest(view, lambda v: v.decimal(UNIFORM_KEY), look_back_years)
    rows = _rows(groups.value) if groups is not None else ()
    if not rows:
        groups, groups_year = None, None
    return RegionContributions(
        region_code,
        benefit_year,
        rows,
        groups,
        groups_year,
        uniform,
        uniform_year,
        book.region_name(_levels(region_code)[0]),
    )


@dataclass(frozen=True)
class Person:
    """What pricing needs to know about a person (all optional)."""

    birth_date: date | None = None
    #: in-school student (在校学生); ``None``: not asked
    student: bool | None = None
    #: the group the user chose (one of the table's groups); empty: not chosen
    group: str = ""


@dataclass(frozen=True)
class MemberPrice:
    """One person's contribution for a benefit year with where it came from."""

    amount: Decimal | None
    kind: PriceKind
    benefit_year: int
    #: the benefit year of the figure used (``None`` when missing)
    figure_year: int | None
    resolved: Resolved | None = None
    group: str = ""
    group_by: GroupBy = GroupBy.NONE
    #: the groups the user can choose from (the region's table; empty without one)
    group_choices: tuple[str, ...] = ()
    #: the table has a student-only row: ask whether the person is an in-school student
    asks_student: bool = False
    #: the student answer used (the person's, or the default from the student row's ages)
    student: bool = False
    age: int | None = None

    @property
    def estimated(self) -> bool:
        """An earlier year's figure offered for the benefit year."""
        return self.figure_year is not None and self.figure_year != self.benefit_year

    @property
    def national_fallback(self) -> bool:
        return self.kind is PriceKind.NATIONAL_MINIMUM

    @property
    def missing(self) -> bool:
        return self.amount is None

    @property
    def needs_group(self) -> bool:
        return self.group_by is GroupBy.UNDECIDED

    @property
    def overridden(self) -> bool:
        return self.resolved is not None and self.resolved.overridden

    @property
    def unconfirmed(self) -> bool:
        return self.resolved is not None and self.resolved.confidence is Confidence.UNCONFIRMED

    @property
    def needs_local_value(self) -> bool:
        """The figure is not a checked local one for the year: offer to enter the local value."""
        if self.overridden and not self.estimated:
            return False
        return (
            self.missing
            or self.national_fallback
            or self.estimated
            or self.needs_group
            or self.unconfirmed
        )


def _level_rank(resolved: Resolved, region_code: str | None) -> int:
    levels = _levels(region_code)
    return levels.index(resolved.region_key) if resolved.region_key in levels else len(levels)


def _use_groups(region: RegionContributions) -> bool:
    """Prefer the figure for the benefit year itself, then the more specific level, then the
    group table (it is the more detailed of two figures at one level)."""
    groups, uniform = region.groups_resolved, region.uniform
    if groups is None:
        return False
    if uniform is None:
        return True
    exact_groups = region.groups_year == region.benefit_year
    exact_uniform = region.uniform_year == region.benefit_year
    if exact_groups != exact_uniform:
        return exact_groups
    return _level_rank(groups, region.region_code) <= _level_rank(uniform, region.region_code)


def _default_student(rows: Sequence[GroupRow], age: int | None) -> bool:
    """Not asked: a student when a student row with both age bounds (中小学生 6–18) contains
    the age; an open-ended student row (大学生 16+) is only used when the user says so."""
    if age is None:
        return False
    return any(
        row.student and row.min_age is not None and row.max_age is not None and row.age_fits(age)
        for row in rows
    )


def _match(
    rows: Sequence[GroupRow], age: int | None, student: bool
) -> tuple[GroupRow | None, GroupBy]:
    catch_alls = [row for row in rows if not row.conditioned]
    for row in rows:
        if not row.conditioned:
            if len(catch_alls) == 1:
                return row, GroupBy.CONDITIONS
            return None, GroupBy.UNDECIDED
        if row.student and not student:
            continue
        if row.min_age is not None or row.max_age is not None:
            if age is None:
                return None, GroupBy.UNDECIDED
            if not row.age_fits(age):
                continue
        return row, GroupBy.CONDITIONS
    return None, GroupBy.UNDECIDED


def price(region: RegionContributions, person: Person) -> MemberPrice:
    """The person's contribution in *region* (see the module docstring for the rules)."""
    year = region.benefit_year
    age = age_on(person.birth_date, date(year, 1, 1))
    if _use_groups(region):
        assert region.groups_resolved is not None
        rows = region.groups
        student = person.student if person.student is not None else _default_student(rows, age)
        base = MemberPrice(
            None,
            PriceKind.GROUP,
            year,
            region.groups_year,
            resolved=region.groups_resolved,
            group_choices=region.group_names,
            asks_student=region.has_student_row,
            student=student,
            age=age,
        )
        row: GroupRow | None = next((r for r in rows if r.group == person.group), None)
        how = GroupBy.CHOSEN
        if row is None:
            row, how = _match(rows, age, student)
        if row is None:
            return replace(base, group_by=how)
        return replace(base, amount=round_yuan(row.amount), group=row.group, group_by=how)
    uniform = region.uniform
    if uniform is None or not isinstance(uniform.value, Decimal):
        return MemberPrice(None, PriceKind.MISSING, year, None, age=age)
    kind = PriceKind.NATIONAL_MINIMUM if uniform.region_key == NATIONAL else PriceKind.LOCAL
    return MemberPrice(
        round_yuan(uniform.value), kind, year, region.uniform_year, resolved=uniform, age=age
    )
