"""What validation gives: :class:`ImportRow` (a valid row, amounts in fen, turned into a
:class:`~yibao.domain.contributions.ContributionRecord` by :meth:`ImportRow.to_record`),
:class:`Validation` (the rows and every problem), and the :class:`Defaults` a row without a
column gets."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from yibao.domain import limits
from yibao.domain.contributions import ContributionRecord, Month, Payer, RecordStatus
from yibao.domain.importers.problems import Problem, Severity
from yibao.domain.money import from_fen
from yibao.domain.people import Scheme


@dataclass(frozen=True, slots=True)
class Defaults:
    """What a row without that column gets, and how names map to members.

    ``members_by_name`` holds every household member (ambiguous names left out);
    ``schemes`` each member's scheme (the default for rows of that member). With ``today``
    the rows get the date checks of hand entry too (待遇年度 at most two years ahead, no
    payment date after today).
    """

    member_id: int
    scheme: Scheme
    source: str
    members_by_name: Mapping[str, int] = dataclasses.field(default_factory=dict)
    schemes: Mapping[int, Scheme] = dataclasses.field(default_factory=dict)
    today: date | None = None


@dataclass(frozen=True, slots=True)
class ImportRow:
    """A valid row, amounts in fen (``None`` = not given)."""

    line: int
    member_id: int
    month: Month
    scheme: Scheme
    base_fen: int | None
    personal_fen: int
    employer_fen: int
    credited_fen: int | None
    payer: Payer
    payer_member_id: int | None
    status: RecordStatus
    benefit_year: int | None
    paid_on: date | None
    source: str
    note: str

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.member_id, self.month.code, self.scheme.value)

    def to_record(self) -> ContributionRecord:
        return ContributionRecord(
            member_id=self.member_id,
            month=self.month,
            scheme=self.scheme,
            personal=from_fen(self.personal_fen),
            employer=from_fen(self.employer_fen),
            base=None if self.base_fen is None else from_fen(self.base_fen),
            credited=None if self.credited_fen is None else from_fen(self.credited_fen),
            payer=self.payer,
            payer_member_id=self.payer_member_id,
            status=self.status,
            benefit_year=self.benefit_year,
            paid_on=self.paid_on,
            source=self.source,
            note=self.note,
        )


@dataclass
class Validation:
    rows: list[ImportRow]
    problems: list[Problem]
    #: data rows read (valid or not)
    total: int

    @property
    def bad_lines(self) -> set[int]:
        return {p.line for p in self.problems if p.severity is Severity.ERROR}

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def file_errors(self) -> list[Problem]:
        return [p for p in self.errors if p.line == 0]


NOTE_MAX = limits.NOTE_MAX


def default_payer(scheme: Scheme) -> Payer:
    return Payer.EMPLOYER if scheme is Scheme.EMPLOYEE_ACTIVE else Payer.SELF
