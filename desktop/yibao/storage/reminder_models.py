"""Notifications already shown (schema 0004), so each deadline is announced once per step.

A row says: the reminder ``reminder_uid`` due on ``due`` was announced at lead step ``step``
(days before the deadline; -1 once it is overdue). A deadline that moves to another day is
a new deadline and is announced again. Imported at the end of :mod:`yibao.storage.models`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from yibao.storage.columns import UtcDateTime, utcnow
from yibao.storage.models import Base


class SentNotificationRow(Base):
    __tablename__ = "sent_notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reminder_uid: Mapped[str] = mapped_column(String(200))
    due: Mapped[date] = mapped_column(Date)
    step: Mapped[int] = mapped_column(Integer)
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("reminder_uid", "due", "step"),)
