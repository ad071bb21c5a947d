"""Lead windows: when a deadline is announced, and which step of it has come.

A deadline is announced when it enters its lead window (``lead_days`` before, a setting),
again the day before, on the day itself, and once when it has passed — each step once.
A step is the number of days before the deadline (``OVERDUE`` = -1 after it). When the app
was not running for a while, only the step reached now is announced, not the ones missed.
"""

from __future__ import annotations

from datetime import date

OVERDUE = -1
DEFAULT_LEAD_DAYS = 7
MIN_LEAD_DAYS = 1
MAX_LEAD_DAYS = 60
#: overdue deadlines older than this are not announced any more
OVERDUE_ANNOUNCE_DAYS = 30


def clamp_lead_days(days: int) -> int:
    return max(MIN_LEAD_DAYS, min(MAX_LEAD_DAYS, days))


def steps(lead_days: int) -> tuple[int, ...]:
    """The steps for a lead of *lead_days*, largest first: 7 → (7, 1, 0, -1)."""
    lead = clamp_lead_days(lead_days)
    return tuple(sorted({lead, 1, 0, OVERDUE}, reverse=True))


def current_step(due: date, today: date, lead_days: int) -> int | None:
    """The step reached on *today* for a deadline on *due* (``None``: not yet in the window,
    or overdue for longer than :data:`OVERDUE_ANNOUNCE_DAYS`)."""
    left = (due - today).days
    if left < 0:
        return OVERDUE if -left <= OVERDUE_ANNOUNCE_DAYS else None
    reached = [s for s in steps(lead_days) if s >= 0 and left <= s]
    return min(reached) if reached else None
