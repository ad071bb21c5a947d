"""设置: where the data lives, backups and restore, text size, language, about."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from yibao import __version__
from yibao.prefs import LEAD_DAYS_RANGE, OVERVIEW_DAYS_RANGE, save_preferences
from yibao.ui.context import AppContext
from yibao.ui.dialogs import confirm as confirm_mod
from yibao.ui.dialogs.failures import field_error_text, show_problem
from yibao.ui.pages.base import Page
from yibao.ui.widgets.basics import label

if TYPE_CHECKING:
    from yibao.services.autostart import Autostart
    from yibao.services.backups import BackupInfo
    from yibao.services.database import Database

#: English is wired end to end (translator, Qt's own strings, restart) but most strings are
#: not translated yet, so the choice says so.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class SettingsPage(Page):
    page_name = "settings"

    def title(self) -> str:
        return self.tr("设置")

    def hint(self) -> str:
        return self.tr("数据保存位置、备份与恢复、期限提醒、字体大小和界面语言。")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(scroll)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        scroll.setWidget(inner)
        self.body.addWidget(scroll, 1)

        # -- data location -----------------------------------------------------------------
        data_box = QGroupBox(self.tr("数据位置"), inner)
        grid = QGridLayout(data_box)
        self.data_path = QLabel(str(ctx.paths.db_path), data_box)
        self.data_path.setObjectName("data_path")
        self.data_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_path.setWordWrap(True)
        open_dir = QPushButton(self.tr("打开所在文件夹"), data_box)
        open_dir.setObjectName("open_data_dir")
        open_dir.clicked.connect(lambda: self._open_folder(ctx.paths.data_dir))
        grid.addWidget(QLabel(self.tr("数据文件："), data_box), 0, 0)
        grid.addWidget(self.data_path, 0, 1)
        grid.addWidget(open_dir, 0, 2)
        log_label = QLabel(str(ctx.paths.log_path), data_box)
        log_label.setObjectName("log_path")
        log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        log_label.setWordWrap(True)
        grid.addWidget(QLabel(self.tr("日志文件："), data_box), 1, 0)
        grid.addWidget(log_label, 1, 1)
        privacy = label(
            self.tr("数据只保存在这台电脑上，只有当前系统用户可以读取；软件不联网。"),
            data_box,
            "hint",
        )
        grid.addWidget(privacy, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        column.addWidget(data_box)

        # -- backups -----------------------------------------------------------------------
        backup_box = QGroupBox(self.tr("备份与恢复"), inner)
        bl = QVBoxLayout(backup_box)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("立即备份"), backup_box)
        self.backup_button.setObjectName("backup_now")
        self.backup_button.setProperty("role", "primary")
        self.restore_button = QPushButton(self.tr("从备份恢复…"), backup_box)
        self.restore_button.setObjectName("restore_backup")
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        bl.addLayout(row)
        # backups that leave this computer (another computer, a USB stick)
        file_row = QHBoxLayout()
        self.save_file_button = QPushButton(self.tr("保存备份到文件…"), backup_box)
        self.save_file_button.setObjectName("save_backup_file")
        self.open_file_button = QPushButton(self.tr("从文件恢复…"), backup_box)
        self.open_file_button.setObjectName("restore_backup_file")
        file_row.addWidget(self.save_file_button)
        file_row.addWidget(self.open_file_button)
        file_row.addStretch(1)
        bl.addLayout(file_row)
        self.backup_status = label("", backup_box, name="backup_status")
        bl.addWidget(self.backup_status)
        self.backups = QListWidget(backup_box)
        self.backups.setObjectName("backups")
        self.backups.setAccessibleName(self.tr("已有的备份"))
        self.backups.setMinimumHeight(140)
        bl.addWidget(self.backups)
        note = label(
            self.tr(
                "每次升级数据格式前都会自动备份。恢复时，当前数据会先另存一份备份，不会丢失。"
                "换电脑前，用“保存备份到文件…”把备份存到 U 盘或网盘（可以设密码），"
                "在新电脑上用“从文件恢复…”。"
            ),
            backup_box,
            "hint",
        )
        bl.addWidget(note)
        column.addWidget(backup_box)

        column.addWidget(self._build_reminders_box(inner))

        # -- display -----------------------------------------------------------------------
        display_box = QGroupBox(self.tr("显示"), inner)
        dl = QGridLayout(display_box)
        self.font_normal = QRadioButton(self.tr("标准字号"), display_box)
        self.font_normal.setObjectName("font_normal")
        self.font_large = QRadioButton(self.tr("大字模式（适合老年人）"), display_box)
        self.font_large.setObjectName("font_large")
        self.font_group = QButtonGroup(self)
        self.font_group.addButton(self.font_normal)
        self.font_group.addButton(self.font_large)
        (self.font_large if ctx.prefs.font_size == "large" else self.font_normal).setChecked(True)
        dl.addWidget(QLabel(self.tr("字体大小："), display_box), 0, 0)
        dl.addWidget(self.font_normal, 0, 1)
        dl.addWidget(self.font_large, 0, 2)
        self.language = QComboBox(display_box)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("界面语言"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(ctx.prefs.language), 0))
        self.language_note = QLabel(display_box)
        self.language_note.setProperty("role", "hint")
        self.language_note.setWordWrap(True)
        self.restart_button = QPushButton(self.tr("立即重启"), display_box)
        self.restart_button.setObjectName("restart_now")
        self.restart_button.setToolTip(self.tr("关闭并重新打开软件，换成所选的语言"))
        self.restart_button.hide()
        self.restart_button.clicked.connect(self.restart_now)
        dl.addWidget(QLabel(self.tr("界面语言："), display_box), 1, 0)
        dl.addWidget(self.language, 1, 1, 1, 2)
        dl.addWidget(self.restart_button, 1, 3)
        # on a row of its own: beside the list it made the box too wide in English 大字 mode
        dl.addWidget(self.language_note, 2, 1, 1, 4)
        dl.setColumnStretch(4, 1)
        column.addWidget(display_box)

        about = label(
            self.tr("医保个人助手 {v}。政策数值仅供参考，以当地医保部门公布为准。").format(
                v=__version__
            ),
            inner,
            "hint",
        )
        column.addWidget(about)
        column.addStretch(1)

        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.save_file_button.clicked.connect(self.save_backup_file)
        self.open_file_button.clicked.connect(self.restore_backup_file)
        self.backups.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.font_group.buttonToggled.connect(lambda _b, _c: self._font_changed())
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        self._update_buttons()

    # -- reminders -----------------------------------------------------------------------
    def _build_reminders_box(self, inner: QWidget) -> QGroupBox:
        from yibao.services import autostart
        from yibao.ui.tray import tray_available

        ctx = self.ctx
        box = QGroupBox(self.tr("期限提醒"), inner)
        box.setObjectName("reminders_box")
        grid = QGridLayout(box)
        self.lead_days = QSpinBox(box)
        self.lead_days.setObjectName("reminder_lead_days")
        self.lead_days.setAccessibleName(self.tr("提前提醒天数"))
        self.lead_days.setRange(*LEAD_DAYS_RANGE)
        self.lead_days.setSuffix(self.tr(" 天"))
        self.lead_days.setValue(ctx.prefs.reminder_lead_days)
        grid.addWidget(QLabel(self.tr("提前提醒："), box), 0, 0)
        grid.addWidget(self.lead_days, 0, 1)
        grid.addWidget(
            label(
                self.tr("期限前这么多天、前一天和当天各提醒一次；导出的日历也按这个天数提醒。"),
                box,
                "hint",
            ),
            0,
            2,
        )
        self.overview_days = QSpinBox(box)
        self.overview_days.setObjectName("overview_days")
        self.overview_days.setAccessibleName(self.tr("概览列出的期限范围"))
        self.overview_days.setRange(*OVERVIEW_DAYS_RANGE)
        self.overview_days.setSuffix(self.tr(" 天"))
        self.overview_days.setValue(ctx.prefs.overview_days)
        grid.addWidget(QLabel(self.tr("概览列出："), box), 1, 0)
        grid.addWidget(self.overview_days, 1, 1)
        grid.addWidget(
            label(self.tr("概览页列出这么多天之内的期限（已过期的也列出）。"), box, "hint"), 1, 2
        )
        self.quiet = QCheckBox(self.tr("安静模式：不弹出通知（概览页仍列出期限）"), box)
        self.quiet.setObjectName("reminders_quiet")
        self.quiet.setChecked(ctx.prefs.reminders_quiet)
        grid.addWidget(self.quiet, 2, 0, 1, 3)
        where = (
            self.tr("通知显示在系统托盘（任务栏通知区）。")
            if tray_available()
            else self.tr("这台电脑没有系统托盘，通知显示在窗口底部的状态栏。")
        )
        grid.addWidget(
            label(
                where
                + self.tr(
                    "软件没有运行时不会提醒；想在软件关着时也收到提醒，请把期限导出到"
                    "手机或电脑的日历。"
                ),
                box,
                "hint",
                "notify_where",
            ),
            3,
            0,
            1,
            3,
        )
        self.autostart: Autostart | None = autostart.for_platform()
        self.start_at_login = QCheckBox(self.tr("登录电脑后自动在后台启动，检查期限"), box)
        self.start_at_login.setObjectName("start_at_login")
        grid.addWidget(self.start_at_login, 4, 0, 1, 3)
        self.autostart_note = label("", box, "hint", "autostart_note")
        grid.addWidget(self.autostart_note, 5, 0, 1, 3)
        self._show_autostart()
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("导出全部期限到日历…"), box)
        self.export_button.setObjectName("export_calendar")
        row.addWidget(self.export_button)
        row.addStretch(1)
        grid.addLayout(row, 6, 0, 1, 3)
        self.reminder_status = label("", box, "hint", "reminder_status")
        self.reminder_status.hide()  # shown with the first message (no empty gap)
        grid.addWidget(self.reminder_status, 7, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        self.lead_days.valueChanged.connect(lambda _v: self._reminder_prefs_changed())
        self.overview_days.valueChanged.connect(lambda _v: self._reminder_prefs_changed())
        self.quiet.toggled.connect(lambda _c: self._reminder_prefs_changed())
        self.start_at_login.toggled.connect(self._start_at_login_toggled)
        self.export_button.clicked.connect(self.export_calendar)
        return box

    def _show_autostart(self) -> None:
        writer = self.autostart
        self.start_at_login.blockSignals(True)
        try:
            if writer is None:
                self.start_at_login.setChecked(False)
                self.start_at_login.setEnabled(False)
                self.autostart_note.setText(self.tr("这个系统不支持开机自动启动。"))
                return
            self.start_at_login.setChecked(writer.is_enabled())
        finally:
            self.start_at_login.blockSignals(False)
        self.autostart_note.setText(
            self.tr(
                "默认关闭。打开后，每次登录电脑时软件会最小化启动，只在期限快到时提醒您；"
                "关闭这个选项就删除启动项。启动项位置：{where}"
            ).format(where=writer.location())
        )

    def _start_at_login_toggled(self, checked: bool) -> None:
        from yibao.services.autostart import command_line

        writer = self.autostart
        if writer is None:
            return
        data_dir = self.ctx.paths.data_dir if self._custom_data_dir() else None
        try:
            if checked:
                writer.enable(command_line(data_dir))
            else:
                writer.disable()
        except OSError as exc:
            self._reminder_message(
                self.tr("无法修改开机启动：{err}").format(err=exc.strerror or exc)
            )
        self._show_autostart()

    def _custom_data_dir(self) -> bool:
        """The data dir is not the default one (then the login start names it too)."""
        import platformdirs

        from yibao import APP_ID

        default = Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=True))
        return default != self.ctx.paths.data_dir

    def _reminder_prefs_changed(self) -> None:
        prefs = self.ctx.prefs.with_(
            reminder_lead_days=self.lead_days.value(),
            overview_days=self.overview_days.value(),
            reminders_quiet=self.quiet.isChecked(),
        )
        if prefs == self.ctx.prefs:
            return
        self.ctx.prefs = prefs
        self._save_prefs()
        self.ctx.prefs_changed.emit()

    def export_calendar(self) -> None:
        from yibao.ui.widgets.deadlines_block import export_calendar

        export_calendar(self.ctx, self, self._reminder_message)

    def _reminder_message(self, text: str) -> None:
        self.reminder_status.setText(text)
        self.reminder_status.setVisible(bool(text))

    # -- helpers -------------------------------------------------------------------------
    def _open_folder(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _update_buttons(self) -> None:
        ready = self.ctx.is_ready
        self.backup_button.setEnabled(ready)
        self.restore_button.setEnabled(ready and self.backups.currentItem() is not None)
        self.save_file_button.setEnabled(ready)
        self.open_file_button.setEnabled(ready)

    def refresh(self) -> None:
        self._update_buttons()
        paths = self.ctx.paths

        def work(_db: Database) -> list[BackupInfo]:
            from yibao.services import backups

            return backups.list_backups(paths)

        self.ctx.call(work, self._set_backups)

    def _set_backups(self, infos: list[BackupInfo]) -> None:
        reasons = {
            "manual": self.tr("手动备份"),
            "before-upgrade": self.tr("升级前自动备份"),
            "before-restore": self.tr("恢复前自动备份"),
        }
        self.backups.clear()
        for info in infos:
            item = QListWidgetItem(
                self.tr("{when}　{reason}　{size} KB").format(
                    when=info.created.strftime("%Y-%m-%d %H:%M:%S"),
                    reason=reasons.get(info.reason, info.reason),
                    size=max(1, info.size_bytes // 1024),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(str(info.path))
            self.backups.addItem(item)
        if not infos:
            self.backups.addItem(self.tr("还没有备份"))
            self.backups.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_buttons()

    # -- actions -------------------------------------------------------------------------
    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)

        def work(db: Database) -> BackupInfo:
            from yibao.services import backups

            return backups.backup_now(db)

        def done(info: BackupInfo) -> None:
            self.backup_status.setText(self.tr("已备份到：{path}").format(path=info.path))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            self.ctx.reporter.report(exc, self)

        self.ctx.call(work, done, failed)

    def selected_backup(self) -> Path | None:
        item = self.backups.currentItem()
        if item is None:
            return None
        data = item.data(Qt.ItemDataRole.UserRole)
        return Path(data) if data else None

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or self.ctx.db is None:
            return
        if not confirm_mod.confirm(
            self,
            self.tr("从备份恢复"),
            self.tr("用所选备份替换当前数据？当前数据会先自动另存一份备份，之后仍可恢复。"),
            yes=self.tr("恢复"),
            no=self.tr("取消"),
        ):
            return

        def done() -> None:
            self.backup_status.setText(self.tr("已从备份恢复：{name}").format(name=backup.name))
            self.ctx.household_changed.emit()
            self.ctx.policy_changed.emit()

        def failed(exc: BaseException) -> None:
            self.ctx.reporter.report(exc, self)
            # whatever happened, try to reopen what is there so the app stays usable
            self.ctx.open_database()

        self.ctx.restore_backup(backup, done, failed)
        self._update_buttons()

    # -- backup files ------------------------------------------------------------------
    def save_backup_file(self) -> None:
        """保存备份到文件: where, an optional password, then the file (0600, atomic)."""
        from datetime import date

        from yibao.ui.dialogs import backup_file_dialog as files

        if self.ctx.db is None:
            return
        suggested = Path.home() / f"医保个人助手备份-{date.today().isoformat()}{files.SUFFIX}"
        target = files.ask_backup_path(self, save=True, suggested=suggested)
        if target is None:
            return
        password = files.BackupPasswordDialog.ask(self, saving=True)
        if password is None:
            return

        def work(db: Database) -> int:
            from yibao.services import backup_files

            return backup_files.save_backup_to(db, target, password, password)

        def done(_size: int) -> None:
            if password:
                text = self.tr("已保存到 {path}（已加密，恢复时要输入密码）")
            else:
                text = self.tr("已保存到 {path}（没有设密码，请妥善保管这个文件）")
            self.backup_status.setText(text.format(path=target))

        def failed(exc: BaseException) -> None:
            show_problem(self.backup_status, exc, self.ctx, self)

        self.backup_status.setText(self.tr("正在保存…"))
        self.ctx.call(work, done, failed)

    def restore_backup_file(self, *, problem: str = "", source: Path | None = None) -> None:
        """从文件恢复: the file, its password if it has one (checked before anything is
        replaced), a confirmation, then the restore (the current data is backed up first)."""
        from yibao.ui.dialogs import backup_file_dialog as files

        if self.ctx.db is None:
            return
        if source is None:
            source = files.ask_backup_path(self, save=False, suggested=Path.home())
            if source is None:
                return
        chosen = source

        def check(db: Database) -> bool:
            from yibao.services import backup_files

            return backup_files.needs_password(chosen)

        def asked_password(needed: bool) -> None:
            password = ""
            if needed:
                answer = files.BackupPasswordDialog.ask(
                    self, saving=False, problem=problem, file_name=chosen.name
                )
                if answer is None:
                    return
                password = answer
            self._check_then_restore(chosen, password)

        def failed(exc: BaseException) -> None:
            show_problem(self.backup_status, exc, self.ctx, self)

        self.ctx.call(check, asked_password, failed)

    def _check_then_restore(self, source: Path, password: str) -> None:
        paths = self.ctx.paths

        def check(_db: Database) -> None:
            from yibao.services import backup_files

            backup_files.check_file(paths, source, password)

        def checked(_none: None) -> None:
            if not confirm_mod.confirm(
                self,
                self.tr("从文件恢复"),
                self.tr(
                    "用“{name}”替换当前数据？当前数据会先自动另存一份备份，之后仍可恢复。"
                ).format(name=source.name),
                yes=self.tr("恢复"),
                no=self.tr("取消"),
            ):
                return

            def done() -> None:
                self.backup_status.setText(self.tr("已从文件恢复：{name}").format(name=source.name))
                self.ctx.household_changed.emit()
                self.ctx.policy_changed.emit()

            def failed_restore(exc: BaseException) -> None:
                self.ctx.reporter.report(exc, self)
                self.ctx.open_database()

            self.ctx.restore_backup(source, done, failed_restore, from_file=True, password=password)
            self._update_buttons()

        def refused(exc: BaseException) -> None:
            from yibao.services.errors import InvalidInput

            if isinstance(exc, InvalidInput) and exc.errors[0].field == "password":
                text = field_error_text(exc.errors[0])
                self.restore_backup_file(problem=text, source=source)  # ask again
                return
            show_problem(self.backup_status, exc, self.ctx, self)

        self.backup_status.setText(self.tr("正在检查备份文件…"))
        self.ctx.call(check, checked, refused)

    def _save_prefs(self) -> None:
        try:
            save_preferences(self.ctx.paths.prefs_path, self.ctx.prefs)
        except OSError as exc:
            self.backup_status.setText(self.tr("无法保存设置：{err}").format(err=exc.strerror))

    def _font_changed(self) -> None:
        size = "large" if self.font_large.isChecked() else "normal"
        if size == self.ctx.prefs.font_size:
            return
        self.ctx.prefs = self.ctx.prefs.with_(font_size=size)
        self._save_prefs()
        self.ctx.prefs_changed.emit()

    def _language_changed(self) -> None:
        language = str(self.language.currentData())
        if language == self.ctx.prefs.language:
            return
        self.ctx.prefs = self.ctx.prefs.with_(language=language)
        self._save_prefs()
        self.language_note.setText(self.tr("重新启动软件后生效"))
        self.restart_button.show()

    def restart_now(self) -> None:
        """Start the app again the way it was started (same command line), then quit."""
        import sys

        from PySide6.QtCore import QProcess
        from PySide6.QtWidgets import QApplication

        command = list(getattr(sys, "orig_argv", []) or [sys.executable, *sys.argv])
        if not QProcess.startDetached(command[0], command[1:]):
            self.language_note.setText(self.tr("没能自动重启，请手动关闭后重新打开软件"))
            return
        window = self.window()
        window.close()
        QApplication.quit()
