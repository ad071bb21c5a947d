"""What every page shares: the op runner, the open database, preferences and change signals.

The context also opens the database (and restores a backup in its place): on the op thread,
then the profile, then ``ready``. The window explains failures (``open_failed``).
"""

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
    from pathlib import Path

    from yibao.domain.cases import Case
    from yibao.domain.people import Member
    from yibao.services.database import Database, OpenedDatabase

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
    #: the database could not be opened (the exception)
    open_failed = Signal(object)
    #: the database was migrated to this version (the name of the backup made first)
    upgraded = Signal(str)

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

    # -- the database ----------------------------------------------------------------------
    def open_database(self) -> None:
        """Open (and migrate) the database on the op thread; then ``ready`` or ``open_failed``."""
        paths = self.paths

        def work() -> OpenedDatabase:
            from yibao.domain.regions import region_book
            from yibao.services import database
            from yibao.services.policy import policy_book

            opened = database.open_database(paths)
            policy_book()  # load the policy and region data here, not on the GUI thread
            region_book()
            return opened

        self.ops.run(work, self._opened, self.open_failed.emit)

    def start_afresh(self) -> None:
        """Begin with a new, empty database in place of a zero-byte file (kept aside under
        another name); then ``ready`` (the first-run wizard) or ``open_failed``."""
        paths = self.paths

        def work() -> OpenedDatabase:
            from yibao.services import database

            return database.start_afresh(paths)

        self.ops.run(work, self._opened, self.open_failed.emit)

    def restore_backup(
        self,
        backup: Path,
        on_success: Callable[[], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        from_file: bool = False,
        password: str = "",
    ) -> None:
        """Close the database and put ``backup`` in its place (the current data is backed up
        first), then reopen: ``ready`` and ``on_success``, or ``on_failure`` (default:
        ``open_failed``). ``from_file``: a backup file from outside the backup folder, maybe
        encrypted with ``password``."""
        db, self.db = self.db, None
        paths = self.paths

        def work() -> OpenedDatabase:
            from yibao.services import backup_files, backups

            if db is not None:
                db.close()
            if from_file:
                return backup_files.restore_from_file(paths, backup, password)
            return backups.restore(paths, backup)

        failed = on_failure or self.open_failed.emit
        self.ops.run(work, lambda opened: self._opened(opened, on_success), failed)

    def _opened(self, opened: OpenedDatabase, then: Callable[[], None] | None = None) -> None:
        self.db = opened.db
        # a restore hands back its before-restore backup: only a migration is an upgrade
        if opened.upgraded_from is not None and opened.backup is not None:
            self.upgraded.emit(opened.backup.path.name)

        def loaded(profile: Member | None) -> None:
            # pages see ``ready`` with the profile known, and load their data once
            self.profile = profile
            self.ready.emit()
            if then is not None:
                then()

        self.call(read_profile, loaded)

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


def read_profile(db: Database) -> Member | None:
    """The user's own record (``ctx.call(read_profile, …)``)."""
    from yibao.services import household

    return household.get_profile(db)
