"""Cases (我的事项): rows ↔ :class:`yibao.domain.cases.Case`, with items and deadlines.

Like the other repositories it never commits; the service's unit of work does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from yibao.domain.cases import Case, CaseItem, CaseStatus, Deadline
from yibao.storage.columns import utcnow
from yibao.storage.models import CaseDeadlineRow, CaseItemRow, CaseRow
from yibao.storage.repositories import delete_row, get_row

#: (case, deadline) pairs for the overview
Upcoming = list[tuple[Case, Deadline]]


def _mapping(raw: object) -> Mapping[str, object]:
    return dict(raw) if isinstance(raw, Mapping) else {}


def item_from_row(row: CaseItemRow) -> CaseItem:
    return CaseItem(
        key=row.item_key,
        section=row.section,
        text=row.content,
        why=row.why,
        required=row.required,
        source_id=row.source_id,
        done=row.done,
        done_at=row.done_at,
        note=row.note,
        id=row.id,
    )


def deadline_from_row(row: CaseDeadlineRow) -> Deadline:
    return Deadline(label=row.label, due=row.due, done=row.done, id=row.id)


def case_from_row(row: CaseRow) -> Case:
    return Case(
        kind=row.kind,
        title=row.title,
        member_id=row.member_id,
        status=row.status,
        inputs=_mapping(row.inputs),
        result=_mapping(row.result),
        items=tuple(item_from_row(r) for r in sorted(row.items, key=lambda r: r.position)),
        deadlines=tuple(
            deadline_from_row(r) for r in sorted(row.deadlines, key=lambda r: (r.due, r.id or 0))
        ),
        notes=row.notes,
        created_at=row.created_at,
        updated_at=row.updated_at,
        id=row.id,
    )


def _copy_item(item: CaseItem, row: CaseItemRow, position: int) -> None:
    row.position = position
    row.item_key = item.key
    row.section = item.section
    row.content = item.text
    row.why = item.why
    row.required = item.required
    row.source_id = item.source_id
    row.done = item.done
    row.done_at = item.done_at if item.done else None
    if item.done and row.done_at is None:
        row.done_at = utcnow()
    row.note = item.note


def _sync_items(row: CaseRow, items: Sequence[CaseItem]) -> None:
    """Update rows matched by id (else by key), add new ones, drop the rest."""
    by_id = {r.id: r for r in row.items}
    by_key = {r.item_key: r for r in row.items}
    used: set[int] = set()
    keep: list[CaseItemRow] = []
    for position, item in enumerate(items):
        target = by_id.get(item.id) if item.id is not None else None
        if target is None or id(target) in used:
            candidate = by_key.get(item.key)
            target = candidate if candidate is not None and id(candidate) not in used else None
        if target is None:
            target = CaseItemRow()
        used.add(id(target))
        _copy_item(item, target, position)
        keep.append(target)
    row.items = keep


def _sync_deadlines(row: CaseRow, deadlines: Sequence[Deadline]) -> None:
    by_id = {r.id: r for r in row.deadlines}
    by_label = {r.label: r for r in row.deadlines}
    used: set[int] = set()
    keep: list[CaseDeadlineRow] = []
    for deadline in deadlines:
        target = by_id.get(deadline.id) if deadline.id is not None else None
        if target is None or id(target) in used:
            candidate = by_label.get(deadline.label)
            target = candidate if candidate is not None and id(candidate) not in used else None
        if target is None:
            target = CaseDeadlineRow()
        used.add(id(target))
        target.label = deadline.label
        target.due = deadline.due
        target.done = deadline.done
        keep.append(target)
    row.deadlines = keep


class CaseRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self) -> list[Case]:
        rows = self._session.scalars(
            select(CaseRow)
            .options(selectinload(CaseRow.items), selectinload(CaseRow.deadlines))
            .order_by(CaseRow.id)
        )
        return [case_from_row(r) for r in rows]

    def get(self, case_id: int) -> Case | None:
        row = self._session.get(CaseRow, case_id)
        return None if row is None else case_from_row(row)

    def save(self, case: Case) -> Case:
        """Insert *case* (no id) or replace the stored one's fields, items and deadlines."""
        if case.id is None:
            row = CaseRow()
            self._session.add(row)
        else:
            row = get_row(self._session, CaseRow, case.id, "case")
            row.updated_at = utcnow()
        row.kind = case.kind
        row.title = case.title
        row.member_id = case.member_id
        row.status = case.status
        row.inputs = dict(case.inputs)
        row.result = dict(case.result)
        row.notes = case.notes
        _sync_items(row, case.items)
        _sync_deadlines(row, case.deadlines)
        self._session.flush()
        self._session.refresh(row)
        return case_from_row(row)

    def delete(self, case_id: int) -> bool:
        return delete_row(self._session, CaseRow, case_id)

    def _touch(self, row: CaseRow) -> Case:
        row.updated_at = utcnow()
        self._session.flush()
        self._session.refresh(row)
        return case_from_row(row)

    def set_item_done(self, item_id: int, done: bool, at: datetime | None = None) -> Case:
        item = get_row(self._session, CaseItemRow, item_id, "case item")
        item.done = done
        item.done_at = (at or utcnow()) if done else None
        return self._touch(item.case)

    def set_item_note(self, item_id: int, note: str) -> Case:
        item = get_row(self._session, CaseItemRow, item_id, "case item")
        item.note = note
        return self._touch(item.case)

    def set_deadline_done(self, deadline_id: int, done: bool) -> Case:
        deadline = get_row(self._session, CaseDeadlineRow, deadline_id, "deadline")
        deadline.done = done
        return self._touch(deadline.case)

    def set_status(self, case_id: int, status: CaseStatus) -> Case:
        row = get_row(self._session, CaseRow, case_id, "case")
        row.status = status
        return self._touch(row)

    def set_notes(self, case_id: int, notes: str) -> Case:
        row = get_row(self._session, CaseRow, case_id, "case")
        row.notes = notes
        return self._touch(row)

    def deadlines_between(self, start: date | None, end: date) -> Upcoming:
        """Open deadlines due on or before *end* (and on or after *start*, if given) of open
        cases, earliest first."""
        query = (
            select(CaseDeadlineRow)
            .join(CaseRow)
            .where(
                CaseDeadlineRow.done.is_(False),
                CaseRow.status == CaseStatus.OPEN,
                CaseDeadlineRow.due <= end,
            )
            .order_by(CaseDeadlineRow.due, CaseDeadlineRow.id)
        )
        if start is not None:
            query = query.where(CaseDeadlineRow.due >= start)
        cases: dict[int, Case] = {}
        out: list[tuple[Case, Deadline]] = []
        for row in self._session.scalars(query):
            case = cases.get(row.case_id)
            if case is None:
                case = cases[row.case_id] = case_from_row(row.case)
            out.append((case, deadline_from_row(row)))
        return out
