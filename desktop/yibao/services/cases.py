"""Cases (我的事项): saving a wizard's plan, ticking its checklist, deadlines and status.

Each function is one user action with one unit of work, returning domain values. A case,
item or deadline that is gone (deleted in another window) raises :class:`InvalidInput` on
field ``id`` with a Chinese message; text that is too long raises it on its field.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from yibao.domain.cases import Case, CaseKind, CaseStatus, Deadline
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.services.database import Database
from yibao.services.errors import FieldError, InvalidInput, text_errors

if TYPE_CHECKING:
    from yibao.storage.case_repo import CaseRepository

log = logging.getLogger(__name__)

TITLE_MAX_LENGTH = 200
LABEL_MAX_LENGTH = 200
NOTES_MAX_LENGTH = 5000
ITEM_NOTE_MAX_LENGTH = 1000

_MSG_GONE = QT_TRANSLATE_NOOP("services", "这件事项已被删除，请刷新后再试")
_MSG_ITEM_GONE = QT_TRANSLATE_NOOP(
    "services", "这一项已不存在（事项可能已被删除或重新生成），请刷新后再试"
)
_MSG_TITLE_REQUIRED = QT_TRANSLATE_NOOP("services", "请填写事项名称")
_MSG_TOO_LONG = QT_TRANSLATE_NOOP("services", "不能超过 {max} 个字，现在是 {n} 个")
_MSG_MEMBER_GONE = QT_TRANSLATE_NOOP("services", "这位家庭成员已被删除，请重新选择")
_MSG_CHOOSE = QT_TRANSLATE_NOOP("services", "请从列表中选择（“{value}”不是可选项）")
_MSG_LABEL_REQUIRED = QT_TRANSLATE_NOOP("services", "期限缺少说明")


def _too_long(field: str, text: str, limit: int) -> list[FieldError]:
    """Too long, or holding a character that cannot be saved."""
    if len(text) > limit:
        return [FieldError.of(field, _MSG_TOO_LONG, max=str(limit), n=str(len(text)))]
    return text_errors(field, text)


def _trimmed(field: str, text: str, limit: int) -> str:
    """*text* without surrounding blanks; :class:`InvalidInput` on *field* if too long."""
    text = text.strip()
    errors = _too_long(field, text, limit)
    if errors:
        raise InvalidInput(errors)
    return text


def _clean(case: Case) -> Case:
    errors: list[FieldError] = []
    changes: dict[str, object] = {}
    for name, enum_cls in (("kind", CaseKind), ("status", CaseStatus)):
        raw = getattr(case, name)
        if not isinstance(raw, enum_cls):
            try:
                changes[name] = enum_cls(raw)
            except ValueError:
                errors.append(FieldError.of(name, _MSG_CHOOSE, value=str(raw)))
    title = case.title.strip()
    if not title:
        errors.append(FieldError.of("title", _MSG_TITLE_REQUIRED))
    errors += _too_long("title", title, TITLE_MAX_LENGTH)
    errors += _too_long("notes", case.notes, NOTES_MAX_LENGTH)
    for item in case.items:
        errors += _too_long("items", item.note, ITEM_NOTE_MAX_LENGTH)
    for deadline in case.deadlines:
        if not deadline.label.strip():
            errors.append(FieldError.of("deadlines", _MSG_LABEL_REQUIRED))
        errors += _too_long("deadlines", deadline.label, LABEL_MAX_LENGTH)
    if errors:
        raise InvalidInput(errors)
    return dataclasses.replace(case, title=title, **changes)  # type: ignore[arg-type]


def urgency_key(case: Case, today: date) -> tuple[int, int, str, int]:
    """Open cases first; among them the earliest next deadline first (none → last)."""
    open_rank = 0 if case.status is CaseStatus.OPEN else 1
    nxt = case.next_deadline(today) if case.status is CaseStatus.OPEN else None
    due = nxt.due.toordinal() if nxt is not None else date.max.toordinal()
    updated = case.updated_at.isoformat() if case.updated_at else ""
    # newest first among equals: invert by sorting on a negative id as the last resort
    return open_rank, due, _invert(updated), -(case.id or 0)


def _invert(text: str) -> str:
    return "".join(chr(0x10FFFF - ord(ch)) for ch in text)


# ---------------------------------------------------------------------------- use cases


def save_case(db: Database, case: Case) -> Case:
    """Insert a new case (``id is None``) or replace a stored one with its items/deadlines."""
    from yibao.storage.case_repo import CaseRepository
    from yibao.storage.repositories import MemberRepository, RowNotFound

    clean = _clean(case)
    try:
        with db.session() as session:
            member_id = clean.member_id
            if member_id is not None and MemberRepository(session).get(member_id) is None:
                raise InvalidInput(FieldError.of("member_id", _MSG_MEMBER_GONE))
            saved = CaseRepository(session).save(clean)
    except RowNotFound:  # the stored case is gone
        raise InvalidInput(FieldError.of("id", _MSG_GONE)) from None
    log.info("case saved: id=%s kind=%s items=%d", saved.id, saved.kind.value, len(saved.items))
    return saved


def list_cases(db: Database, today: date | None = None) -> list[Case]:
    """Every case, most urgent first (see :func:`urgency_key`)."""
    from yibao.storage.case_repo import CaseRepository

    today = today or date.today()
    with db.session() as session:
        cases = CaseRepository(session).list()
    return sorted(cases, key=lambda c: urgency_key(c, today))


def get_case(db: Database, case_id: int) -> Case:
    from yibao.storage.case_repo import CaseRepository

    with db.session() as session:
        case = CaseRepository(session).get(case_id)
    if case is None:
        raise InvalidInput(FieldError.of("id", _MSG_GONE))
    return case


def _run(db: Database, action: str, gone: str, change: Callable[[CaseRepository], Case]) -> Case:
    """One change through the repository; a row that is gone → :class:`InvalidInput` *gone*."""
    from yibao.storage.case_repo import CaseRepository
    from yibao.storage.repositories import RowNotFound

    try:
        with db.session() as session:
            case = change(CaseRepository(session))
    except RowNotFound:
        raise InvalidInput(FieldError.of("id", gone)) from None
    log.info("case %s: id=%s", action, case.id)
    return case


def set_item_done(db: Database, item_id: int, done: bool) -> Case:
    action = "item ticked" if done else "item unticked"
    return _run(db, action, _MSG_ITEM_GONE, lambda repo: repo.set_item_done(item_id, done))


def set_item_note(db: Database, item_id: int, note: str) -> Case:
    note = _trimmed("note", note, ITEM_NOTE_MAX_LENGTH)
    return _run(db, "item note set", _MSG_ITEM_GONE, lambda repo: repo.set_item_note(item_id, note))


def set_deadline_done(db: Database, deadline_id: int, done: bool) -> Case:
    action = "deadline done" if done else "deadline reopened"
    return _run(db, action, _MSG_ITEM_GONE, lambda repo: repo.set_deadline_done(deadline_id, done))


def set_case_status(db: Database, case_id: int, status: CaseStatus | str) -> Case:
    try:
        value = CaseStatus(status)
    except ValueError:
        raise InvalidInput(FieldError.of("status", _MSG_CHOOSE, value=str(status))) from None
    action = f"status {value.value}"
    return _run(db, action, _MSG_GONE, lambda repo: repo.set_status(case_id, value))


def set_case_notes(db: Database, case_id: int, notes: str) -> Case:
    notes = _trimmed("notes", notes, NOTES_MAX_LENGTH)
    return _run(db, "notes set", _MSG_GONE, lambda repo: repo.set_notes(case_id, notes))


def delete_case(db: Database, case_id: int) -> None:
    """Delete a case with its items and deadlines; one already gone is not an error."""
    from yibao.storage.case_repo import CaseRepository

    with db.session() as session:
        CaseRepository(session).delete(case_id)
    log.info("case deleted: id=%s", case_id)


def upcoming_deadlines(db: Database, today: date, days: int = 30) -> list[tuple[Case, Deadline]]:
    """Open deadlines of open cases due within *days* of *today* — overdue ones included
    (they come first) — earliest first."""
    from yibao.storage.case_repo import CaseRepository

    with db.session() as session:
        return CaseRepository(session).deadlines_between(None, today + timedelta(days=days))
