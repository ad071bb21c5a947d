"""Reminders: every deadline the household has, what to do, and when to announce it.

One question per module: :mod:`.deadlines` (which deadlines), :mod:`.actions` (what to do),
:mod:`.lead` (lead windows and steps); :mod:`.model` holds the :class:`Reminder` value.
"""

from yibao.domain.reminders.deadlines import household_reminders, within
from yibao.domain.reminders.lead import OVERDUE, current_step, steps
from yibao.domain.reminders.model import Reminder, ReminderKind, fill

__all__ = [
    "OVERDUE",
    "Reminder",
    "ReminderKind",
    "current_step",
    "fill",
    "household_reminders",
    "steps",
    "within",
]
