"""Reminders (期限提醒): the household's deadlines, notifications due, calendar export.

Each function is one user action with one unit of work: the services read the cases,
members, contribution records and local policy values in one session and hand them to
:mod:`yibao.domain.reminders`, which decides which deadlines there are and when each is
announced. Notifications already shown are remembered in ``sent_notifications`` so each
deadline is announced once per lead step.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from yibao.domain.people import Scheme
from yibao.domain.reminders import Reminder, current_step, household_reminders, within
from yibao.domain.reminders.lead import OVERDUE_ANNOUNCE_DAYS
from yibao.services.database import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

#: sent-notification rows for deadlines this long past are dropped
FORGET_AFTER_DAYS = 400


@dataclass(frozen=True, slots=True)
class Notice:
    """A reminder whose lead step *step* has come and was not announced yet."""

    reminder: Reminder
    step: int


def _load(session: Session, today: date, *, include_done: bool) -> list[Reminder]:
    from yibao.services.household import display_order
    from yibao.services.policy import policy_book
    from yibao.storage.case_repo import CaseRepository
    from yibao.storage.history_repo import HistoryRepository
    from yibao.storage.repositories import MemberRepository, OverrideRepository

    members = display_order(MemberRepository(session).list())
    overrides = OverrideRepository(session).list()
    cases = CaseRepository(session).list()
    history = HistoryRepository(session)
    # only residents' payments decide a collection deadline (see collection_reminders)
    records = {
        m.id: history.for_member(m.id)
        for m in members
        if m.id is not None and m.scheme is Scheme.RESIDENT and not m.deceased
    }
    return household_reminders(
        cases, members, policy_book(), today, overrides, records, include_done=include_done
    )


def household_deadlines(db: Database, today: date, days: int | None = None) -> list[Reminder]:
    """Every open deadline the app knows, earliest first; with *days*, only those due within
    *days* of *today* (overdue ones included)."""
    with db.session() as session:
        found = _load(session, today, include_done=False)
    return found if days is None else within(found, today, days)


def take_notices(db: Database, today: date, lead_days: int) -> list[Notice]:
    """The deadlines whose lead step has come and that were not announced at that step yet;
    they are remembered as announced (the caller shows them)."""
    from yibao.storage.reminder_repo import SentNotificationRepository

    with db.session() as session:
        found = _load(session, today, include_done=False)
        repo = SentNotificationRepository(session)
        sent = repo.sent()
        notices: list[Notice] = []
        for reminder in found:
            step = current_step(reminder.due, today, lead_days)
            if step is None or (reminder.uid, reminder.due, step) in sent:
                continue
            notices.append(Notice(reminder, step))
        repo.record((n.reminder.uid, n.reminder.due, n.step) for n in notices)
        repo.forget_before(today - timedelta(days=max(FORGET_AFTER_DAYS, OVERDUE_ANNOUNCE_DAYS)))
    if notices:
        log.info("deadline notices due: %d", len(notices))
    return notices


def export_calendar(
    db: Database,
    path: Path,
    today: date,
    lead_days: int,
    case_id: int | None = None,
    *,
    now: datetime | None = None,
) -> int:
    """Write the household's deadlines (or one case's) to an .ics file at *path*; how many
    events it has. Deadlines from *today* on are written, ticked-off ones as cancelled so a
    calendar that imports the file again drops them."""
    from yibao.services.calendar_file import write_calendar

    with db.session() as session:
        found = _load(session, today, include_done=True)
    chosen = [r for r in found if r.due >= today and (case_id is None or r.case_id == case_id)]
    write_calendar(path, chosen, lead_days, now=now)
    log.info("calendar exported: %d events (case=%s)", len(chosen), case_id)
    return len(chosen)
