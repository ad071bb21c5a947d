"""Checking one data row: each field read from its column (or the defaults), every problem
named at the row and the column, and a valid row turned into an :class:`ImportRow`.

Rows from CSV and XLSX alike go through :class:`RowReader`; per-file caches
(:class:`_Memo`) keep 100,000 rows of the same few months, schemes and statuses fast.
"""

from __future__ import annotations

from datetime import date

from yibao.domain import limits
from yibao.domain.contributions import Month, MonthError, Payer, RecordStatus
from yibao.domain.importers.cells import (
    amount_fen,
    cell_text,
    cell_value,
    parse_date,
    parse_payer,
    parse_scheme,
    parse_status,
    parse_year,
    shown,
)
from yibao.domain.importers.fields import Field
from yibao.domain.importers.layout import Layout
from yibao.domain.importers.problems import (
    MSG_BAD_AMOUNT,
    MSG_BAD_DATE,
    MSG_BAD_MONTH,
    MSG_BAD_YEAR,
    MSG_NEGATIVE,
    MSG_NO_AMOUNT,
    MSG_NO_MONTH,
    MSG_PROXY_SELF,
    MSG_RANGE,
    MSG_TOO_LONG,
    MSG_UNKNOWN_MEMBER,
    MSG_UNKNOWN_OWNER,
    MSG_UNKNOWN_PAYER,
    MSG_UNKNOWN_SCHEME,
    MSG_UNKNOWN_STATUS,
    Problem,
    Severity,
)
from yibao.domain.importers.records import NOTE_MAX, Defaults, ImportRow, default_payer
from yibao.domain.importers.table import Cell
from yibao.domain.money import AmountError
from yibao.domain.people import Scheme
from yibao.domain.plausibility import doubts

AMOUNT_FIELDS = (
    Field.BASE,
    Field.PERSONAL,
    Field.EMPLOYER,
    Field.CREDITED,
    Field.CREDITED_PERSONAL,
    Field.CREDITED_EMPLOYER,
)
_BASE, _PERSONAL, _EMPLOYER, _CREDITED, _CREDITED_PERSONAL, _CREDITED_EMPLOYER = range(6)


class _Memo:
    """Per-file caches: statements repeat the same months, schemes and statuses."""

    def __init__(self) -> None:
        self.months: dict[object, Month | MonthError] = {}
        self.schemes: dict[tuple[object, Scheme], Scheme | None] = {}
        self.statuses: dict[object, RecordStatus | None] = {}
        self.payers: dict[object, Payer | None] = {}

    def month(self, value: Cell) -> Month:
        key = (value.__class__, value)
        found = self.months.get(key)
        if found is None:
            try:
                found = Month.parse(value)
            except MonthError as exc:
                found = exc
            self.months[key] = found
        if isinstance(found, MonthError):
            raise found
        return found

    def scheme(self, value: Cell, default: Scheme) -> Scheme | None:
        key = (value, default)
        if key not in self.schemes:
            self.schemes[key] = parse_scheme(value, default)
        return self.schemes[key]

    def status(self, value: Cell) -> RecordStatus | None:
        if value not in self.statuses:
            self.statuses[value] = parse_status(value)
        return self.statuses[value]

    def payer(self, value: Cell) -> Payer | None:
        if value not in self.payers:
            self.payers[value] = parse_payer(value)
        return self.payers[value]


def mapped_columns(layout: Layout) -> dict[Field, int]:
    """Field → the first column mapped to it."""
    columns: dict[Field, int] = {}
    for i, f in enumerate(layout.mapping):
        if f is not None and f not in columns:
            columns[f] = i
    return columns


class RowReader:
    """Reads the rows of one file with one layout; :meth:`read` gives a valid row or
    ``None``, with the row's problems in :attr:`bad`."""

    def __init__(self, layout: Layout, columns: dict[Field, int], defaults: Defaults) -> None:
        self.defaults = defaults
        self.memo = _Memo()
        col = columns.get
        #: the column of each field (``None``: not in the file, so every row has the default)
        self.i_member = col(Field.MEMBER)
        self.i_month = col(Field.MONTH)
        self.i_end = col(Field.MONTH_END)
        self.i_scheme = col(Field.SCHEME)
        self.i_status = col(Field.STATUS)
        self.i_payer = col(Field.PAYER)
        self.i_payer_name = col(Field.PAYER_NAME)
        self.i_year = col(Field.BENEFIT_YEAR)
        self.i_paid = col(Field.PAID_ON)
        self.i_note = col(Field.NOTE)
        self.i_source = col(Field.SOURCE)
        self.amount_columns = [
            (position, f, columns[f]) for position, f in enumerate(AMOUNT_FIELDS) if f in columns
        ]
        self.has_personal = Field.PERSONAL in columns
        self.column_of = {f: layout.headers[i] for f, i in columns.items()}
        self.line = 0
        self.bad: list[Problem] = []

    # ------------------------------------------------------------------ problems

    def column(self, f: Field) -> str:
        """How the problem list names *f*'s column: its header, else the field's label."""
        return self.column_of.get(f, f.label)

    def _fail(self, f: Field, code: str, template: str, **params: str) -> None:
        self.bad.append(Problem.at(self.line, self.column(f), f, code, template, params))

    def doubts(self, row: ImportRow) -> list[Problem]:
        """Warnings about a valid row that looks implausible (it is imported all the same)."""
        found = doubts(
            row.scheme, row.base_fen, row.personal_fen, row.employer_fen, row.credited_fen
        )
        if not found:
            return []
        return [
            Problem.at(
                row.line,
                self.column(Field(d.field)),
                Field(d.field),
                d.code,
                d.template,
                d.params,
                Severity.WARNING,
            )
            for d in found
        ]

    # ------------------------------------------------------------------ one row

    def read(self, line: int, row: list[Cell]) -> ImportRow | None:
        self.line = line
        self.bad.clear()
        owner = self._owner(row)
        month = self._month(row)
        defaults = self.defaults
        scheme = self.memo.scheme(
            cell_value(row, self.i_scheme), defaults.schemes.get(owner, defaults.scheme)
        )
        if scheme is None:
            raw = cell_value(row, self.i_scheme)
            self._fail(Field.SCHEME, "unknown_scheme", MSG_UNKNOWN_SCHEME, text=shown(raw))
        if month is not None:
            self._month_end(row, month, scheme)
        amounts = self._amounts(row)
        status = self._status(row)
        payer, payer_member = self._payer(row, owner)
        benefit_year = self._benefit_year(row, scheme, month)
        paid_on = self._paid_on(row)
        note, source = self._note(row), self._source(row)
        if self.bad:
            return None
        assert month is not None and scheme is not None and status is not None
        return ImportRow(
            line,
            owner,
            month,
            scheme,
            amounts[_BASE],
            amounts[_PERSONAL] or 0,
            amounts[_EMPLOYER] or 0,
            amounts[_CREDITED],
            payer or default_payer(scheme),
            payer_member,
            status,
            benefit_year,
            paid_on,
            source,
            note,
        )

    # ------------------------------------------------------------------ the fields

    def _owner(self, row: list[Cell]) -> int:
        raw = cell_text(row, self.i_member)
        if raw is None:
            return self.defaults.member_id
        found = self.defaults.members_by_name.get(raw.strip())
        if found is None:
            self._fail(Field.MEMBER, "unknown_owner", MSG_UNKNOWN_OWNER, text=shown(raw))
            return self.defaults.member_id
        return found

    def _month(self, row: list[Cell]) -> Month | None:
        raw = cell_value(row, self.i_month)
        if raw is None:
            self._fail(Field.MONTH, "no_month", MSG_NO_MONTH)
            return None
        try:
            return self.memo.month(raw)
        except MonthError as exc:
            self._fail(Field.MONTH, "bad_month", MSG_BAD_MONTH, detail=str(exc))
            return None

    def _month_end(self, row: list[Cell], month: Month, scheme: Scheme | None) -> None:
        raw = None if self.i_end is None else cell_value(row, self.i_end)
        if raw is None:
            return
        try:
            end = self.memo.month(raw)
        except MonthError as exc:
            self._fail(Field.MONTH_END, "bad_month", MSG_BAD_MONTH, detail=str(exc))
            return
        if end != month and scheme is not Scheme.RESIDENT:
            self._fail(Field.MONTH_END, "range", MSG_RANGE, first=str(month), last=str(end))

    def _amounts(self, row: list[Cell]) -> list[int | None]:
        """The amounts in fen, in :data:`AMOUNT_FIELDS` order; 划入个人账户 from the split
        columns when only they are given."""
        values: list[int | None] = [None] * len(AMOUNT_FIELDS)
        failed = False
        for position, f, index in self.amount_columns:
            raw = cell_value(row, index)
            try:
                values[position] = amount_fen(raw)
            except AmountError as exc:
                failed = failed or f in (Field.PERSONAL, Field.EMPLOYER)
                self._amount_problem(f, raw, exc)
        if values[_PERSONAL] is None and values[_EMPLOYER] is None and not failed:
            where = Field.PERSONAL if self.has_personal else Field.EMPLOYER
            self._fail(where, "no_amount", MSG_NO_AMOUNT)
        split = values[_CREDITED_PERSONAL], values[_CREDITED_EMPLOYER]
        if values[_CREDITED] is None and split != (None, None):
            values[_CREDITED] = (split[0] or 0) + (split[1] or 0)
        return values

    def _amount_problem(self, f: Field, raw: Cell, exc: AmountError) -> None:
        if exc.code == "negative":
            self._fail(f, "negative", MSG_NEGATIVE, text=shown(raw))
        elif exc.code == "too_large":
            self._fail(f, "too_large", exc.template, **exc.params)
        else:
            self._fail(f, "bad_amount", MSG_BAD_AMOUNT, detail=exc.message)

    def _status(self, row: list[Cell]) -> RecordStatus | None:
        raw = cell_value(row, self.i_status)
        status = self.memo.status(raw)
        if status is None:
            self._fail(Field.STATUS, "unknown_status", MSG_UNKNOWN_STATUS, text=shown(raw))
        return status

    def _payer(self, row: list[Cell], owner: int) -> tuple[Payer | None, int | None]:
        """The payer (``None``: the scheme's usual one) and the member who paid for another."""
        payer: Payer | None = None
        if self.i_payer is not None:
            raw = cell_value(row, self.i_payer)
            payer = self.memo.payer(raw)
            if raw is not None and payer is None:
                self._fail(Field.PAYER, "unknown_payer", MSG_UNKNOWN_PAYER, text=shown(raw))
        name = None if self.i_payer_name is None else cell_text(row, self.i_payer_name)
        if name is None:
            return payer, None
        member = self.defaults.members_by_name.get(name.strip())
        if member is None:
            self._fail(Field.PAYER_NAME, "unknown_member", MSG_UNKNOWN_MEMBER, text=shown(name))
        elif member == owner:
            self._fail(Field.PAYER_NAME, "proxy_self", MSG_PROXY_SELF)
        elif payer is None:
            payer = Payer.PROXY
        return payer, member

    def _benefit_year(
        self, row: list[Cell], scheme: Scheme | None, month: Month | None
    ) -> int | None:
        raw = None if self.i_year is None else cell_value(row, self.i_year)
        year: int | None = None
        if raw is not None:
            try:
                year = parse_year(raw)
            except ValueError:
                self._fail(Field.BENEFIT_YEAR, "bad_year", MSG_BAD_YEAR, text=shown(raw))
        if year is None and scheme is Scheme.RESIDENT and month is not None:
            year = month.year
        today = self.defaults.today
        if year is not None and today is not None:
            low, high = limits.benefit_years(today)
            if not low <= year <= high:
                where = Field.BENEFIT_YEAR if self.i_year is not None else Field.MONTH
                self._fail(where, "year_range", limits.MSG_YEAR_RANGE, low=str(low), high=str(high))
        return year

    def _paid_on(self, row: list[Cell]) -> date | None:
        raw = None if self.i_paid is None else cell_value(row, self.i_paid)
        if raw is None:
            return None
        try:
            paid_on = parse_date(raw)
        except ValueError:
            self._fail(Field.PAID_ON, "bad_date", MSG_BAD_DATE, text=shown(raw))
            return None
        today = self.defaults.today
        if paid_on is not None and today is not None and paid_on > today:
            self._fail(
                Field.PAID_ON, "paid_future", limits.MSG_PAID_FUTURE, today=today.isoformat()
            )
        return paid_on

    def _note(self, row: list[Cell]) -> str:
        if self.i_note is None:
            return ""
        note = cell_text(row, self.i_note) or ""
        if len(note) > NOTE_MAX:
            self._fail(Field.NOTE, "too_long", MSG_TOO_LONG, max=str(NOTE_MAX))
        return note

    def _source(self, row: list[Cell]) -> str:
        source = None if self.i_source is None else cell_text(row, self.i_source)
        return self.defaults.source if source is None else source[: limits.SOURCE_MAX]
