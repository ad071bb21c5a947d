"""The contribution history in SQLite: windowed queries (sort and filter in SQL), records,
bulk import in one transaction, per-member figures and account movements.

Hot paths (ids of a sorted/filtered view, a page of rows, bulk inserts) use plain SQL on the
session's connection: a household may have 200,000 rows. Like the other repositories these
never commit; the service's unit of work does.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from yibao.domain.contributions import (
    AccountMovement,
    ContributionRecord,
    HistoryQuery,
    MemberHistory,
    Month,
    MovementKind,
    Payer,
    RecordStatus,
    Totals,
)
from yibao.domain.importers import ImportRow
from yibao.domain.money import from_fen, to_fen
from yibao.domain.people import Scheme
from yibao.storage.history_models import AccountMovementRow, MemberHistoryRow
from yibao.storage.repositories import delete_row

__all__ = ["SORT_COLUMNS", "HistoryQuery", "HistoryRepository", "Totals"]

#: sortable columns: view sort key (``domain.contributions.SORT_KEYS``) → SQL column
SORT_COLUMNS: dict[str, str] = {
    "month": "month",
    "member": "member_id",
    "scheme": "scheme",
    "base": "base",
    "personal": "personal",
    "employer": "employer",
    "credited": "credited",
    "payer": "payer",
    "status": "status",
    "benefit_year": "benefit_year",
    "paid_on": "paid_on",
    "source": "source",
    "note": "note",
}

_COLUMNS = (
    "id, member_id, month, scheme, base, personal, employer, credited, payer,"
    " payer_member_id, status, benefit_year, paid_on, source, note"
)
_INSERT = (
    "INSERT INTO contributions (member_id, month, scheme, base, personal, employer, credited,"
    " payer, payer_member_id, status, benefit_year, paid_on, source, note)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_WITH_ID = (
    "INSERT INTO contributions (id, member_id, month, scheme, base, personal, employer,"
    " credited, payer, payer_member_id, status, benefit_year, paid_on, source, note)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE = (
    "UPDATE contributions SET member_id = ?, month = ?, scheme = ?, base = ?, personal = ?,"
    " employer = ?, credited = ?, payer = ?, payer_member_id = ?, status = ?, benefit_year = ?,"
    " paid_on = ?, source = ?, note = ? WHERE id = ?"
)
CHUNK = 5000


def _fen(value: Decimal | None) -> int | None:
    return None if value is None else to_fen(value)


def _params(r: ContributionRecord) -> tuple[Any, ...]:
    return (
        r.member_id,
        r.month.code,
        r.scheme.value,
        _fen(r.base),
        to_fen(r.personal),
        to_fen(r.employer),
        _fen(r.credited),
        r.payer.value,
        r.payer_member_id,
        r.status.value,
        r.benefit_year,
        None if r.paid_on is None else r.paid_on.isoformat(),
        r.source,
        r.note,
    )


def _import_params(r: ImportRow) -> tuple[Any, ...]:
    return (
        r.member_id,
        r.month.code,
        r.scheme.value,
        r.base_fen,
        r.personal_fen,
        r.employer_fen,
        r.credited_fen,
        r.payer.value,
        r.payer_member_id,
        r.status.value,
        r.benefit_year,
        None if r.paid_on is None else r.paid_on.isoformat(),
        r.source,
        r.note,
    )


def _yuan(fen: int) -> Decimal:
    """Integer fen → yuan with two places (like ``money.from_fen``, faster for many rows)."""
    return Decimal(fen).scaleb(-2)


def record_from_tuple(t: Sequence[Any]) -> ContributionRecord:
    return ContributionRecord(
        id=t[0],
        member_id=t[1],
        month=Month(t[2] // 100, t[2] % 100),
        scheme=Scheme(t[3]),
        base=None if t[4] is None else _yuan(t[4]),
        personal=_yuan(t[5]),
        employer=_yuan(t[6]),
        credited=None if t[7] is None else _yuan(t[7]),
        payer=Payer(t[8]),
        payer_member_id=t[9],
        status=RecordStatus(t[10]),
        benefit_year=t[11],
        paid_on=None if t[12] is None else date.fromisoformat(t[12]),
        source=t[13],
        note=t[14],
    )


class HistoryRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _sql(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        return self._session.connection().exec_driver_sql(sql, tuple(params))

    # -- windowed view -----------------------------------------------------------------------
    @staticmethod
    def _where(query: HistoryQuery) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if query.member_id is not None:
            clauses.append("member_id = ?")
            params.append(query.member_id)
        if query.year_from is not None:
            clauses.append("month >= ?")
            params.append(query.year_from * 100 + 1)
        if query.year_to is not None:
            clauses.append("month <= ?")
            params.append(query.year_to * 100 + 12)
        if query.scheme is not None:
            clauses.append("scheme = ?")
            params.append(query.scheme.value)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def ids(self, query: HistoryQuery) -> array[int]:
        """Ids of the rows the view shows, in display order."""
        where, params = self._where(query)
        column = SORT_COLUMNS.get(query.sort, "month")
        direction = "DESC" if query.descending else "ASC"
        order = f"{column} {direction}"
        if column != "month":
            order += f", month {direction}"
        sql = f"SELECT id FROM contributions{where} ORDER BY {order}, id {direction}"
        cursor = self._sql(sql, params)
        out: array[int] = array("q")
        while True:
            chunk = cursor.fetchmany(20000)
            if not chunk:
                break
            out.extend(r[0] for r in chunk)
        return out

    def totals(self, query: HistoryQuery) -> Totals:
        """Count and sums of the rows in view, exact for any amounts stored.

        Every amount is capped (¥100,000,000), so SQLite's 64-bit ``sum()`` cannot overflow
        on what we write; a database holding larger amounts from before the cap (or edited
        outside the app) is summed in Python instead of failing with "integer overflow".
        """
        where, params = self._where(query)
        try:
            row = self._sql(
                "SELECT count(*), coalesce(sum(personal), 0), coalesce(sum(employer), 0),"
                f" coalesce(sum(credited), 0) FROM contributions{where}",
                params,
            ).one()
        except OperationalError as exc:
            if "overflow" not in str(exc.orig):
                raise
            row = self._python_totals(where, params)
        return Totals(int(row[0]), from_fen(row[1]), from_fen(row[2]), from_fen(row[3]))

    def _python_totals(self, where: str, params: Sequence[Any]) -> tuple[int, int, int, int]:
        cursor = self._sql(f"SELECT personal, employer, credited FROM contributions{where}", params)
        count = personal = employer = credited = 0
        while chunk := cursor.fetchmany(20000):
            for p, e, c in chunk:
                count += 1
                personal += p or 0
                employer += e or 0
                credited += c or 0
        return count, personal, employer, credited

    def rows(self, ids: Sequence[int]) -> list[ContributionRecord]:
        """The records with these ids, in the order given (missing ones left out)."""
        found: dict[int, ContributionRecord] = {}
        ids = list(ids)
        for start in range(0, len(ids), 900):
            part = ids[start : start + 900]
            marks = ",".join("?" * len(part))
            for t in self._sql(f"SELECT {_COLUMNS} FROM contributions WHERE id IN ({marks})", part):
                found[t[0]] = record_from_tuple(t)
        return [found[i] for i in ids if i in found]

    # -- records -------------------------------------------------------------------------------
    def get(self, record_id: int) -> ContributionRecord | None:
        rows = self.rows([record_id])
        return rows[0] if rows else None

    def for_member(self, member_id: int) -> list[ContributionRecord]:
        cursor = self._sql(
            f"SELECT {_COLUMNS} FROM contributions WHERE member_id = ? ORDER BY month, scheme",
            (member_id,),
        )
        return [record_from_tuple(t) for t in cursor.fetchall()]

    def find(self, member_id: int, month: Month, scheme: Scheme) -> ContributionRecord | None:
        t = self._sql(
            f"SELECT {_COLUMNS} FROM contributions WHERE member_id = ? AND month = ?"
            " AND scheme = ?",
            (member_id, month.code, scheme.value),
        ).first()
        return None if t is None else record_from_tuple(t)

    def add(self, record: ContributionRecord) -> ContributionRecord:
        if record.id is not None:
            self._sql(_INSERT_WITH_ID, (record.id, *_params(record)))
            new_id = record.id
        else:
            new_id = self._sql(_INSERT, _params(record)).lastrowid
        saved = self.get(int(new_id))
        assert saved is not None
        return saved

    def update(self, record: ContributionRecord) -> ContributionRecord | None:
        """Overwrite the stored record with this id; ``None`` if there is none any more."""
        if record.id is None:
            return None
        result = self._sql(_UPDATE, (*_params(record), record.id))
        if result.rowcount == 0:
            return None
        return self.get(record.id)

    def delete(self, ids: Sequence[int]) -> list[ContributionRecord]:
        """Delete and return the deleted records (for undo)."""
        gone = self.rows(ids)
        for start in range(0, len(gone), 900):
            part = [r.id for r in gone[start : start + 900]]
            marks = ",".join("?" * len(part))
            self._sql(f"DELETE FROM contributions WHERE id IN ({marks})", part)
        return gone

    def delete_id_range(self, low: int, high: int) -> int:
        """Delete the rows with ``low < id <= high`` (an import's new rows)."""
        result = self._sql("DELETE FROM contributions WHERE id > ? AND id <= ?", (low, high))
        return int(result.rowcount)

    def restore(self, records: Iterable[ContributionRecord]) -> None:
        """Put records back exactly as they were (same ids): undo of a delete or an edit."""
        for r in records:
            assert r.id is not None
            self._sql("DELETE FROM contributions WHERE id = ?", (r.id,))
            self._sql(_INSERT_WITH_ID, (r.id, *_params(r)))

    def max_id(self) -> int:
        return int(self._sql("SELECT coalesce(max(id), 0) FROM contributions").scalar_one())

    def count(self, member_id: int | None = None) -> int:
        if member_id is None:
            return int(self._sql("SELECT count(*) FROM contributions").scalar_one())
        return int(
            self._sql(
                "SELECT count(*) FROM contributions WHERE member_id = ?", (member_id,)
            ).scalar_one()
        )

    def existing_keys(
        self, member_ids: Iterable[int]
    ) -> dict[tuple[int, int, str], ContributionRecord]:
        """Stored records of these members by (member, yyyymm, scheme) – import duplicates."""
        out: dict[tuple[int, int, str], ContributionRecord] = {}
        for member_id in sorted(set(member_ids)):
            for r in self.for_member(member_id):
                out[(r.member_id, r.month.code, r.scheme.value)] = r
        return out

    def insert_import(
        self,
        rows: Sequence[ImportRow],
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Bulk insert in chunks (one transaction: the caller's); *progress(done, total)*
        is called after each chunk."""
        total = len(rows)
        connection = self._session.connection()
        for start in range(0, total, CHUNK):
            part = [_import_params(r) for r in rows[start : start + CHUNK]]
            connection.exec_driver_sql(_INSERT, part)
            if progress is not None:
                progress(min(start + CHUNK, total), total)

    def replace_import(self, ids_and_rows: Sequence[tuple[int, ImportRow]]) -> None:
        if not ids_and_rows:
            return
        params = [(*_import_params(r), record_id) for record_id, r in ids_and_rows]
        self._session.connection().exec_driver_sql(_UPDATE, params)

    def years_present(self) -> tuple[int, int] | None:
        row = self._sql("SELECT min(month), max(month) FROM contributions").one()
        if row[0] is None:
            return None
        return int(row[0]) // 100, int(row[1]) // 100

    # -- per-member figures ------------------------------------------------------------------
    def member_history(self, member_id: int) -> MemberHistory:
        row = self._session.get(MemberHistoryRow, member_id)
        if row is None:
            return MemberHistory(member_id)
        return MemberHistory(member_id, row.deemed_months, row.opening_balance, row.opening_date)

    def set_member_history(self, history: MemberHistory) -> MemberHistory:
        row = self._session.get(MemberHistoryRow, history.member_id)
        if row is None:
            row = MemberHistoryRow(member_id=history.member_id)
            self._session.add(row)
        row.deemed_months = history.deemed_months
        row.opening_balance = history.opening_balance
        row.opening_date = history.opening_date
        self._session.flush()
        return self.member_history(history.member_id)

    # -- account movements -----------------------------------------------------------------
    def movements(self, member_id: int) -> list[AccountMovement]:
        rows = self._session.scalars(
            select(AccountMovementRow)
            .where(AccountMovementRow.member_id == member_id)
            .order_by(AccountMovementRow.on_date, AccountMovementRow.id)
        )
        return [
            AccountMovement(r.member_id, r.on_date, MovementKind(r.kind), r.amount, r.note, r.id)
            for r in rows
        ]

    def add_movement(self, movement: AccountMovement) -> AccountMovement:
        row = AccountMovementRow(
            member_id=movement.member_id,
            on_date=movement.on,
            kind=movement.kind,
            amount=movement.amount,
            note=movement.note,
        )
        self._session.add(row)
        self._session.flush()
        return AccountMovement(row.member_id, row.on_date, row.kind, row.amount, row.note, row.id)

    def delete_movement(self, movement_id: int) -> bool:
        return delete_row(self._session, AccountMovementRow, movement_id)
