"""A "cases changed" signal per app context, without touching ``AppContext``.

Wizards that save a case call :func:`notify_cases_changed`; the cases page and the overview
connect to :func:`case_events` to refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from yibao.ui.context import AppContext


class CaseEvents(QObject):
    #: a case was saved, changed or deleted (argument: its id, or 0 if unknown)
    changed = Signal(int)


def case_events(ctx: AppContext) -> CaseEvents:
    events = ctx.findChild(CaseEvents, "caseEvents")
    if events is None:
        events = CaseEvents(ctx)
        events.setObjectName("caseEvents")
    return events


def notify_cases_changed(ctx: AppContext, case_id: int | None = None) -> None:
    case_events(ctx).changed.emit(case_id or 0)
