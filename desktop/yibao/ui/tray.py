"""While the app runs: a tray icon where the platform has one, and a notification when a
deadline enters its lead window — once per deadline per step (the services remember it).

:class:`ReminderMonitor` holds the logic and takes a clock and a notifier, so tests drive it
with a fake date and a fake notifier. :func:`install` wires it into the main window: the
system tray's balloon (``QSystemTrayIcon.showMessage``) where there is a tray, otherwise
the window's status bar (and a taskbar alert). The quiet setting turns notifications off;
the overview lists the deadlines either way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from yibao.ui.i18n import days_left_text, dtr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

    from yibao.domain.reminders import Reminder
    from yibao.services.database import Database
    from yibao.services.reminders import Notice
    from yibao.ui.context import AppContext

log = logging.getLogger(__name__)

#: how often the monitor looks again while the app runs (the date may have changed)
CHECK_INTERVAL_MS = 30 * 60 * 1000
#: notices listed one by one in a notification; the rest are counted
MAX_LINES = 4


def reminder_line(reminder: Reminder, today: date) -> str:
    return QCoreApplication.translate("Reminders", "{due}（{left}）{title}").format(
        due=reminder.due.isoformat(),
        left=days_left_text(reminder.due, today),
        title=dtr(reminder.title, reminder.params),
    )


def notification_text(notices: Sequence[Notice], today: date) -> tuple[str, str]:
    """The title and body of one notification for *notices* (earliest first)."""
    ordered = sorted(notices, key=lambda n: (n.reminder.due, n.reminder.uid))
    if len(ordered) == 1:
        reminder = ordered[0].reminder
        return QCoreApplication.translate("Reminders", "医保期限提醒"), "\n".join(
            (reminder_line(reminder, today), dtr(reminder.action, reminder.params))
        )
    lines = [reminder_line(n.reminder, today) for n in ordered[:MAX_LINES]]
    if len(ordered) > MAX_LINES:
        lines.append(
            QCoreApplication.translate("Reminders", "……还有 {n} 个，请打开概览查看").format(
                n=len(ordered) - MAX_LINES
            )
        )
    return QCoreApplication.translate("Reminders", "有 {n} 个医保期限需要注意").format(
        n=len(ordered)
    ), "\n".join(lines)


class Notifier(Protocol):
    def notify(self, title: str, text: str) -> None: ...


#: how long settings must stay unchanged before the deadlines are looked at again
SETTLE_MS = 1500


class ReminderMonitor(QObject):
    """Asks the services for the notices due and hands them to the notifier."""

    #: the notices just shown (a list of :class:`~yibao.services.reminders.Notice`)
    notified = Signal(list)

    def __init__(
        self,
        ctx: AppContext,
        notifier: Notifier,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent or ctx)
        self.ctx = ctx
        self.notifier = notifier
        self.today = today
        self._checking = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        ctx.ready.connect(self.check)
        ctx.cases_changed.connect(lambda _id: self.check())
        ctx.household_changed.connect(self.check)
        ctx.policy_changed.connect(self.check)
        # settings change tick by tick (a spin box from 7 to 30): look once they have settled,
        # so each step on the way doesn't announce the deadlines again
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        ctx.prefs_changed.connect(self._settle.start)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def check(self) -> None:
        """Look for deadlines whose lead step has come (nothing while quiet)."""
        if not self.ctx.is_ready or self.ctx.prefs.reminders_quiet:
            return
        if self._checking:  # one at a time; look again once this one is back
            self._again = True
            return
        self._checking = True
        today = self.today()
        lead = self.ctx.prefs.reminder_lead_days

        def work(db: Database) -> list[Notice]:
            from yibao.services import reminders

            return reminders.take_notices(db, today, lead)

        self.ctx.call(work, lambda notices: self._show(notices, today), self._failed)

    def _done(self) -> None:
        self._checking = False
        if self._again:
            self._again = False
            self.check()

    def _failed(self, exc: BaseException) -> None:
        # never a dialog for a background check; the next one tries again
        log.warning("deadline check failed: %s", type(exc).__name__)
        self._done()

    def _show(self, notices: list[Notice], today: date) -> None:
        try:
            if notices and not self.ctx.prefs.reminders_quiet:
                title, text = notification_text(notices, today)
                self.notifier.notify(title, text)
                self.notified.emit(notices)
        finally:
            self._done()


# ---------------------------------------------------------------------------- wiring


class TrayNotifier:
    def __init__(self, tray: QSystemTrayIcon) -> None:
        self.tray = tray

    def notify(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)


class WindowNotifier:
    """No system tray (or offscreen): the status bar, and the taskbar asks for attention."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window

    def notify(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QApplication

        first = text.splitlines()[0] if text else ""
        self.window.statusBar().showMessage(f"{title}：{first}", 60000)
        QApplication.alert(self.window)


def tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon

    return QSystemTrayIcon.isSystemTrayAvailable()


def make_tray(window: QMainWindow, show_window: Callable[[], None]) -> QSystemTrayIcon:
    """The tray icon with its menu: open the app, look at the deadlines, quit."""
    from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    tray = QSystemTrayIcon(app.windowIcon(), window)
    tray.setObjectName("tray_icon")
    tray.setToolTip(QCoreApplication.translate("Reminders", "医保个人助手"))
    menu = QMenu(window)
    menu.addAction(QCoreApplication.translate("Reminders", "打开医保个人助手"), show_window)
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("Reminders", "退出"), app.quit)
    tray.setContextMenu(menu)
    tray.activated.connect(
        lambda reason: (
            show_window()
            if reason
            in (
                QSystemTrayIcon.ActivationReason.Trigger,
                QSystemTrayIcon.ActivationReason.DoubleClick,
            )
            else None
        )
    )
    tray.messageClicked.connect(show_window)
    tray.show()
    return tray


def install(window: QMainWindow, ctx: AppContext, on_open: Callable[[], None]) -> ReminderMonitor:
    """Tray (if any), notifier and monitor for *window*; *on_open* brings the window up on
    its overview (tray click, notification click)."""
    notifier: Notifier
    if tray_available():
        tray = make_tray(window, on_open)
        window.setProperty("has_tray", True)
        notifier = TrayNotifier(tray)
    else:
        notifier = WindowNotifier(window)
    monitor = ReminderMonitor(ctx, notifier, parent=window)
    monitor.start()
    return monitor
