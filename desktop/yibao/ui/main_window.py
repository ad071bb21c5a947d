"""The main window: a navigation list on the left, one page at a time on the right."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

# Nothing here may touch the ``Qt`` namespace (or import rarely used widget classes) at import
# time or before the first paint: PySide6 builds a class's Python enums on first use, and the
# ``Qt`` namespace alone has ~100 of them (about 15 ms). See bench/startup.py.
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from yibao import __version__
from yibao.paths import AppPaths
from yibao.prefs import Preferences
from yibao.ui import registry
from yibao.ui.context import AppContext, read_profile
from yibao.ui.errors import ErrorReporter
from yibao.ui.i18n import dtr, install_qt_chinese
from yibao.ui.pages.base import Page
from yibao.ui.style import app_stylesheet

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QWizard

    from yibao.domain.people import Member
    from yibao.ui.tray import ReminderMonitor
    from yibao.ui.widgets.saved_notice import SavedNotice

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self,
        paths: AppPaths,
        prefs: Preferences,
        reporter: ErrorReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = AppContext(paths, prefs, reporter, self)
        self._painted = False
        self._start_pending = False
        #: started with ``--minimized`` (at login): no first paint to wait for
        self._minimized_start = False
        #: deadline notifications and the tray icon (ui/tray.py), from ``ready`` on
        self.reminder_monitor: ReminderMonitor | None = None
        # English: "Yibao Assistant (医保个人助手)", with the Chinese name people search for
        app_name = self.tr("医保个人助手")
        self.setWindowTitle(app_name)
        self.resize(1120, 740)
        self.setMinimumSize(QSize(860, 560))
        self._start_maximized = False
        self._restore_geometry(prefs)
        self.setStyleSheet(app_stylesheet(prefs.point_size))

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        side = QWidget(central)
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 16, 12, 12)
        title = QLabel(app_name, side)
        title.setObjectName("appTitle")
        title.setWordWrap(" " in app_name)  # English wraps between words, Chinese never
        self._title = title
        self.profile_label = QLabel(self.tr("正在打开数据…"), side)
        self.profile_label.setObjectName("profileLabel")
        self.profile_label.setWordWrap(True)
        self.nav = QListWidget(side)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("页面导航"))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        version = QLabel(self.tr("版本 {v}\n离线运行，不联网").format(v=__version__), side)
        version.setObjectName("versionLabel")
        version.setWordWrap(True)
        side_layout.addWidget(title)
        side_layout.addWidget(self.profile_label)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(version)
        self._side = side

        # the pages, with room above them for the "saved" confirmation (built when needed)
        right = QWidget(central)
        self._right_layout = QVBoxLayout(right)
        self._right_layout.setContentsMargins(0, 0, 0, 0)
        self._right_layout.setSpacing(0)
        self.stack = QStackedWidget(right)
        self.stack.setObjectName("pages")
        self._right_layout.addWidget(self.stack, 1)
        self.saved_notice: SavedNotice | None = None
        layout.addWidget(side)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        #: pages built so far (the first one now, the others when first shown)
        self.pages: dict[str, Page] = {}
        self._placeholders: dict[str, QLabel] = {}
        for entry in registry.PAGES:
            self._add_entry(entry)
        # The first page too is built right after the first paint (DESIGN §7): until then
        # the window shows its frame, the navigation and a "loading" line.
        self._fit_sidebar(prefs.point_size)
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self._on_nav)
        self.ctx.household_changed.connect(self._refresh_profile)
        self.ctx.ready.connect(self._on_ready)
        self.ctx.open_failed.connect(self._on_open_failed)
        self.ctx.upgraded.connect(self._on_upgraded)
        self.ctx.prefs_changed.connect(self._on_prefs_changed)
        self.statusBar().showMessage(self.tr("数据位置：{path}").format(path=paths.data_dir))

    # -- pages -----------------------------------------------------------------------------
    def _add_entry(self, entry: registry.PageEntry) -> None:
        placeholder = QLabel(self.tr("正在打开…"), self.stack)
        placeholder.setObjectName("pagePlaceholder")  # centred by the style sheet
        placeholder.setProperty("role", "hint")
        self._placeholders[entry.name] = placeholder
        self.stack.addWidget(placeholder)
        item = QListWidgetItem(entry.title())  # row i is registry.PAGES[i]
        item.setSizeHint(QSize(160, 40))
        self.nav.addItem(item)

    def _add_shortcuts(self) -> None:
        """Ctrl+1 … Ctrl+9 switch pages (added after the first paint, like the pages)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        for i in range(min(9, self.nav.count())):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(lambda row=i: self.nav.setCurrentRow(row))

    def page_names(self) -> list[str]:
        return [entry.name for entry in registry.PAGES]

    def page(self, name: str) -> Page:
        """The page called ``name``, built on first use."""
        page = self.pages.get(name)
        if page is None:
            entry = next(e for e in registry.PAGES if e.name == name)
            page = entry.create(self.ctx, self.stack)
            placeholder = self._placeholders.pop(name)
            index = self.stack.indexOf(placeholder)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            page.navigate.connect(self.show_page)
            page.start_wizard.connect(self.open_wizard)
            self.pages[name] = page
        return page

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(registry.PAGES[row].name)
        self.stack.setCurrentWidget(page)
        page.shown()

    def show_page(self, name: str) -> None:
        for row, entry in enumerate(registry.PAGES):
            if entry.name == name:
                if row == self.nav.currentRow():
                    self._on_nav(row)  # e.g. the first page, before it was built
                else:
                    self.nav.setCurrentRow(row)
                return
        log.warning("no page named %s", name)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    # -- start-up --------------------------------------------------------------------------
    def start(self) -> None:
        """Open the database once the window has painted.

        The op thread's imports (SQLAlchemy, Alembic, the policy book) hold the GIL for long
        stretches; starting them before the first paint would delay it (DESIGN §7).
        """
        if self._painted or self._minimized_start:
            self.ctx.open_database()
        else:
            self._start_pending = True

    def show_minimized_start(self) -> None:
        """``--minimized`` (start at login): stay in the tray where there is one, else a
        minimised window; the database opens without waiting for a paint."""
        from yibao.ui.tray import tray_available

        self._minimized_start = True
        if tray_available():
            # only the tray icon until the user opens the window; closing the window (or a
            # menu) then leaves the app in the tray, to be quit from the tray's menu
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(False)
        else:
            self.showMinimized()

    def show_overview(self) -> None:
        """Bring the window up on the overview (tray icon or notification clicked)."""
        if self.isMinimized() or not self.isVisible():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_page("overview")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, lambda: self._on_nav(self.nav.currentRow()))
            QTimer.singleShot(0, self._add_shortcuts)
            if self.ctx.prefs.language != "en":
                app = QApplication.instance()
                assert app is not None
                install_qt_chinese(app)  # before any Qt dialog can open
            if self._start_pending:
                self._start_pending = False
                QTimer.singleShot(0, self.ctx.open_database)

    def _on_upgraded(self, backup_name: str) -> None:
        self.statusBar().showMessage(
            self.tr("数据已升级到新版本，升级前的备份：{name}").format(name=backup_name), 15000
        )

    def _on_open_failed(self, exc: BaseException) -> None:
        from yibao.services.errors import EnvironmentProblem, ProblemKind

        if not isinstance(exc, EnvironmentProblem):
            self.ctx.reporter.report(exc, self)
            return
        log.warning("database could not be opened: %s", exc.kind)
        self.profile_label.setText(self.tr("数据未打开"))
        if not self.ctx.reporter.interactive:
            self.ctx.reporter.report(exc, self)
            return
        if exc.kind in (ProblemKind.CORRUPT, ProblemKind.UNREADABLE, ProblemKind.EMPTY_FILE):
            from yibao.ui.dialogs.recovery import Choice, RecoveryDialog

            empty = exc.kind is ProblemKind.EMPTY_FILE
            choice = RecoveryDialog.ask(self, self.ctx.paths, dtr(exc.message), start_over=empty)
            if choice is Choice.START_OVER:
                self.ctx.start_afresh()
                return
            if choice is not None:
                self.ctx.restore_backup(choice)
                return
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("无法打开数据"), dtr(exc.message))
        QTimer.singleShot(0, self.close)

    def _on_ready(self) -> None:
        profile = self.ctx.profile
        self._show_profile(profile)
        if self.reminder_monitor is None:
            from yibao.ui import tray

            self.reminder_monitor = tray.install(self, self.ctx, self.show_overview)
        if profile is None:
            self.run_first_run_wizard()

    def run_first_run_wizard(self) -> None:
        from yibao.ui.wizards.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.ctx, self)
        wizard.saved.connect(self._on_profile_saved)
        wizard.open()
        self.first_run_wizard = wizard

    def _on_profile_saved(self, profile: Member) -> None:
        self.ctx.profile = profile
        self._show_profile(profile)
        self.ctx.household_changed.emit()

    def _refresh_profile(self) -> None:
        if not self.ctx.is_ready:
            return

        def done(profile: Member | None) -> None:
            self.ctx.profile = profile
            self._show_profile(profile)

        self.ctx.call(read_profile, done)

    def _show_profile(self, profile: Member | None) -> None:
        if profile is None:
            self.profile_label.setText(self.tr("尚未设置个人信息"))
        else:
            self.profile_label.setText(
                self.tr("{name} · {scheme}").format(
                    name=profile.name, scheme=dtr(profile.scheme.label)
                )
            )

    # -- wizards ---------------------------------------------------------------------------
    def wizard_names(self) -> list[str]:
        """Names of the task wizards (binding, proxy-payment, …) this build has."""
        return [entry.name for entry in registry.WIZARDS]

    def open_wizard(self, name: str) -> QWizard:
        """Open a task wizard (window-modal); it saves through the services itself."""
        from PySide6.QtCore import Qt

        wizard = registry.wizard(name).create(self.ctx, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        saved = getattr(wizard, "saved", None)
        if saved is not None:
            saved.connect(self._wizard_saved)
        wizard.open()
        self.current_wizard = wizard
        return wizard

    def _wizard_saved(self, result: object) -> None:
        """A visible confirmation once a wizard has saved (it closes itself)."""
        self.show_saved(result)

    def show_saved(self, result: object) -> None:
        """已保存到“我的事项”：标题 with 打开我的事项, above the pages until closed (a case
        wizard calls it even when it was closed while saving); a list of bindings is told
        the same way with 打开家庭成员."""
        from yibao.domain.cases import Case

        if isinstance(result, Case):
            text = self.tr("已保存到“我的事项”：{title}").format(title=result.title)
            self._notice().announce(
                text, page="cases", item_id=result.id or 0, open_text=self.tr("打开我的事项")
            )
        elif isinstance(result, list | tuple):
            text = self.tr("已记录 {n} 条家庭共济，可以在“家庭成员”页面查看").format(n=len(result))
            self._notice().announce(text, page="family", open_text=self.tr("打开家庭成员"))
        else:
            text = self.tr("已保存")
        self.statusBar().showMessage(text, 15000)

    def _notice(self) -> SavedNotice:
        if self.saved_notice is None:
            from yibao.ui.widgets.saved_notice import SavedNotice

            self.saved_notice = SavedNotice(self)
            self.saved_notice.open_requested.connect(self._open_saved)
            self._right_layout.insertWidget(0, self.saved_notice)
        return self.saved_notice

    def _open_saved(self, name: str, item_id: int) -> None:
        self.show_page(name)
        if name == "cases" and item_id:
            opener = getattr(self.page("cases"), "open_case", None)
            if callable(opener):
                opener(item_id)

    # -- preferences -----------------------------------------------------------------------
    def _on_prefs_changed(self) -> None:
        from yibao.ui.i18n import apply_font

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_font(app, self.ctx.prefs.point_size)
        self.setStyleSheet(app_stylesheet(self.ctx.prefs.point_size))
        self._fit_sidebar(self.ctx.prefs.point_size)

    def _fit_sidebar(self, point_size: int) -> None:
        """200 px, wider (up to 280) when a page's name or a word of the app's name needs it
        (English in 大字 mode)."""
        font = QFont(self.font())
        font.setPointSize(point_size)
        metrics = QFontMetrics(font)
        names = [self.nav.item(row).text() for row in range(self.nav.count())]
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        font.setPointSize(point_size + 6)  # #appTitle in the style sheet
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        words = self._title.text().split()
        title = max((metrics.horizontalAdvance(word) for word in words), default=0)
        # item padding (style sheet: 12 px each side), sidebar margins (12 + 12), a little air
        widest = max(widest + 24, title + 8) + 24 + 12
        self._side.setFixedWidth(max(200, min(280, widest)))

    # -- where the window was ---------------------------------------------------------------
    def _restore_geometry(self, prefs: Preferences) -> None:
        """The size and place of last time, if it is still on one of the screens."""
        if prefs.window is None:
            return
        x, y, width, height = prefs.window
        for screen in QGuiApplication.screens():
            area = screen.availableGeometry()
            # at least the title bar's middle must be reachable with the mouse
            if area.contains(x + width // 2, y + 10):
                self.setGeometry(x, y, width, height)
                break
        else:
            self.resize(prefs.window[2], prefs.window[3])
        self._start_maximized = prefs.window_maximized

    def show_as_last_time(self) -> None:
        """Show the window maximised if it was maximised when it was last closed."""
        if self._start_maximized:
            self.showMaximized()
        else:
            self.show()

    def remember_geometry(self) -> None:
        """Keep the window's size and place for the next start (in preferences.json)."""
        from yibao.prefs import save_preferences

        geometry = self.normalGeometry() if self.isMaximized() else self.geometry()
        prefs = self.ctx.prefs.with_(
            window=(geometry.x(), geometry.y(), geometry.width(), geometry.height()),
            window_maximized=self.isMaximized(),
        )
        self.ctx.prefs = prefs
        try:
            save_preferences(self.ctx.paths.prefs_path, prefs)
        except OSError as exc:
            log.warning("could not remember the window size: %s", exc)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_geometry()
        super().closeEvent(event)

    # -- shutdown --------------------------------------------------------------------------
    def shutdown(self) -> None:
        self.ctx.ops.shutdown()
        self.ctx.collector.stop()
        if self.ctx.db is not None:
            self.ctx.db.close()
            self.ctx.db = None
