"""What every page shares: the op runner, the open database, preferences and change signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from yibao.paths import AppPaths
from yibao.prefs import Preferences
from yibao.ui.errors import ErrorReporter
from yibao.ui.gc import GuiThreadCollector
from yibao.ui.ops import OpRunner

if TYPE_CHECKING:
    from yibao.domain.cases import Case
    from yibao.domain.people import Member
    from yibao.services.database import Database

T = TypeVar("T")


class DatabaseNotReady(RuntimeError):
    pass


class AppContext(QObject):
    #: the database is open and ``profile`` loaded (again, after a restore)
    ready = Signal()
    #: members or the profile changed
    household_changed = Signal()
    #: policy overrides changed
    policy_changed = Signal()
    #: preferences changed (font size, language)
    prefs_changed = Signal()
    #: a case was saved, changed or deleted (its id, or 0 if unknown)
    cases_changed = Signal(int)

    def __init__(
        self,
        paths: AppPaths,
        prefs: Preferences,
        reporter: ErrorReporter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.prefs = prefs
        self.reporter = reporter
        self.ops = OpRunner(reporter.report, self)
        # before any op can run: the op thread must never collect Qt objects (see ui/gc.py)
        self.collector = GuiThreadCollector(self)
        self.db: Database | None = None
        self.profile: Member | None = None

    def announce_case(self, case: Case) -> None:
        """Tell the pages that ``case`` was saved (a ``notify`` for :meth:`call`)."""
        self.cases_changed.emit(case.id or 0)

    @property
    def is_ready(self) -> bool:
        return self.db is not None

    def call(
        self,
        fn: Callable[[Database], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        notify: Callable[[T], None] | None = None,
    ) -> None:
        """Run ``fn(db)`` on the op thread (one session per user action inside ``fn``).

        ``on_success``/``on_failure`` answer the widget that asked; ``notify`` always runs
        after a success (see :meth:`OpRunner.run`)."""
        db = self.db
        if db is None:
            # Pages only act after ``ready``; reaching this is a programming error.
            raise DatabaseNotReady("database not open yet")

        def work() -> T:
            return fn(db)

        self.ops.run(work, on_success, on_failure, notify=notify)
