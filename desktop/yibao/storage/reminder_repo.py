"""Notifications already shown: rows ↔ ``(uid, due, step)`` keys. Never commits."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from yibao.storage.reminder_models import SentNotificationRow

#: (reminder uid, due date, lead step)
SentKey = tuple[str, date, int]


class SentNotificationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def sent(self) -> set[SentKey]:
        rows = self._session.execute(
            select(
                SentNotificationRow.reminder_uid,
                SentNotificationRow.due,
                SentNotificationRow.step,
            )
        )
        return {(uid, due, step) for uid, due, step in rows}

    def record(self, keys: Iterable[SentKey]) -> int:
        """Remember *keys* as shown (ones already there are skipped); how many were new."""
        known = self.sent()
        added = 0
        for uid, due, step in dict.fromkeys(keys):
            if (uid, due, step) in known:
                continue
            self._session.add(SentNotificationRow(reminder_uid=uid, due=due, step=step))
            added += 1
        self._session.flush()
        return added

    def forget_before(self, day: date) -> int:
        """Drop rows of deadlines due before *day* (they will never be announced again)."""
        result = self._session.execute(
            delete(SentNotificationRow).where(SentNotificationRow.due < day)
        )
        return int(getattr(result, "rowcount", 0) or 0)
