"""The overview's 近期期限: every deadline of the household in the next N days (a setting),
what to do about each, and a link to its case or the wizard that handles it; plus the
export of all deadlines to a calendar file (.ics).

``refresh()`` calls ``services.reminders.household_deadlines`` on the op thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yibao.ui.context import AppContext
from yibao.ui.i18n import days_left_text, dtr, join_sentences
from yibao.ui.widgets.basics import clear_layout

if TYPE_CHECKING:
    from yibao.domain.reminders import Reminder
    from yibao.services.database import Database

#: rows shown; the rest are counted
MAX_ROWS = 8


def ask_ics_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the calendar file (tests monkeypatch this)."""
    from yibao.ui.dialogs.files import ask_save_path

    return ask_save_path(
        parent,
        QCoreApplication.translate("Reminders", "导出到日历"),
        suggested,
        QCoreApplication.translate("Reminders", "日历文件 (*.ics)"),
        ".ics",
    )


def default_ics_path(name: str) -> Path:
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / name


def export_calendar(
    ctx: AppContext,
    parent: QWidget,
    status: Callable[[str], None],
    *,
    case_id: int | None = None,
    file_name: str | None = None,
    today: date | None = None,
) -> None:
    """Ask for a file and write the household's (or one case's) deadlines to it."""
    suggested = default_ics_path(
        file_name or QCoreApplication.translate("Reminders", "医保期限.ics")
    )
    path = ask_ics_path(parent, suggested)
    if path is None:
        return
    day = today or date.today()
    lead = ctx.prefs.reminder_lead_days

    def work(db: Database) -> int:
        from yibao.services import reminders

        return reminders.export_calendar(db, path, day, lead, case_id)

    def done(count: int) -> None:
        status(
            QCoreApplication.translate(
                "Reminders",
                "已导出 {n} 个期限到 {path}。在手机或电脑的日历里导入这个文件，"
                "每个期限前 {lead} 天和当天上午 9 点会提醒；再次导入会更新，不会重复。",
            ).format(n=count, path=path, lead=lead)
        )

    def failed(exc: BaseException) -> None:
        if isinstance(exc, OSError):
            status(
                QCoreApplication.translate(
                    "Reminders", "无法写入文件“{path}”，请换一个文件夹再试。（{why}）"
                ).format(path=path, why=exc.strerror or exc)
            )
            return
        ctx.reporter.report(exc, parent)

    ctx.call(work, done, failed)


class DeadlinesBlock(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        navigate: Callable[[str], None],
        start_wizard: Callable[[str], None],
        open_case: Callable[[int], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deadlines_block")
        self.ctx = ctx
        self.today: Callable[[], date] = date.today
        self._navigate = navigate
        self._start_wizard = start_wizard
        self._open_case = open_case
        self.reminders: list[Reminder] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("近期期限"), self)
        self.title.setObjectName("deadlines_title")
        self.title.setProperty("role", "sectionTitle")
        head.addWidget(self.title)
        self.span = QLabel(self)
        self.span.setObjectName("deadlines_span")
        self.span.setProperty("role", "hint")
        head.addWidget(self.span)
        head.addStretch(1)
        self.export_button = QPushButton(self.tr("导出到日历…"), self)
        self.export_button.setObjectName("export_calendar")
        self.export_button.setToolTip(
            self.tr("把全家所有的期限写成日历文件（.ics），导入手机或电脑的日历后到时会提醒")
        )
        self.export_button.clicked.connect(self.export)
        head.addWidget(self.export_button)
        layout.addLayout(head)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        layout.addLayout(self.rows)
        self.status = QLabel(self)
        self.status.setObjectName("deadlines_status")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        layout.addWidget(self.status)
        self.hide()

    def refresh(self) -> None:
        if not self.ctx.is_ready:
            return
        today = self.today()
        days = self.ctx.prefs.overview_days

        def work(db: Database) -> list[Reminder]:
            from yibao.services import reminders

            return reminders.household_deadlines(db, today, days)

        self.ctx.call(work, lambda found: self.show_reminders(found, today, days))

    def show_reminders(self, found: list[Reminder], today: date, days: int) -> None:
        self.reminders = found
        clear_layout(self.rows)
        self.setVisible(bool(found))
        self.span.setText(self.tr("接下来 {n} 天").format(n=days))
        for reminder in found[:MAX_ROWS]:
            self.rows.addWidget(self._row(reminder, today))
        if len(found) > MAX_ROWS:
            more = QPushButton(
                self.tr("还有 {n} 个期限，到“我的事项”查看").format(n=len(found) - MAX_ROWS), self
            )
            more.setObjectName("deadlines_more")
            more.setFlat(True)
            more.setCursor(Qt.CursorShape.PointingHandCursor)
            more.clicked.connect(lambda: self._navigate("cases"))
            self.rows.addWidget(more)

    def _row(self, reminder: Reminder, today: date) -> QFrame:
        row = QFrame(self)
        row.setProperty("role", "card")
        row.setObjectName(f"deadline_row_{reminder.uid}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(14, 8, 14, 8)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        head = QLabel(
            self.tr("{due}（{left}）  {title}").format(
                due=reminder.due.isoformat(),
                left=days_left_text(reminder.due, today),
                title=dtr(reminder.title, reminder.params),
            ),
            row,
        )
        head.setObjectName("deadline_head")
        head.setWordWrap(True)
        head.setProperty("role", "cardTitle")
        if reminder.due <= today:
            head.setStyleSheet("color: #b3261e;")
        texts.addWidget(head)
        what = dtr(reminder.action, reminder.params)
        if reminder.consequence:
            what = join_sentences(what, dtr(reminder.consequence, reminder.params))
        action = QLabel(what, row)
        action.setObjectName("deadline_action")
        action.setWordWrap(True)
        action.setProperty("role", "hint")
        texts.addWidget(action)
        if reminder.basis is not None:  # where the date comes from (a collection period …)
            from yibao.ui.widgets.findings import basis_text  # not before the first paint

            basis = QLabel(basis_text(reminder.basis, today), row)
            basis.setObjectName("deadline_basis")
            basis.setWordWrap(True)
            basis.setProperty("role", "hint")
            texts.addWidget(basis)
        layout.addLayout(texts, 1)
        button = self._link(reminder, row)
        if button is not None:
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _link(self, reminder: Reminder, parent: QWidget) -> QPushButton | None:
        if reminder.case_id is not None:
            case_id = reminder.case_id
            button = QPushButton(self.tr("打开事项"), parent)
            button.setToolTip(self.tr("在“我的事项”中打开这件事"))
            button.clicked.connect(lambda _c=False: self._open_case(case_id))
        elif reminder.wizard is not None:
            from yibao.ui import registry

            name = reminder.wizard
            short = {"proxy-payment": self.tr("去代缴")}
            button = QPushButton(short.get(name) or registry.wizard(name).title(), parent)
            button.setToolTip(registry.wizard(name).description())
            button.clicked.connect(lambda _c=False: self._start_wizard(name))
        elif reminder.page is not None:
            page = reminder.page
            titles = {
                "family": self.tr("家庭成员"),
                "history": self.tr("记录缴费"),
                "cases": self.tr("我的事项"),
            }
            button = QPushButton(titles.get(page, self.tr("前往")), parent)
            button.clicked.connect(lambda _c=False: self._navigate(page))
        else:
            return None
        button.setObjectName(f"deadline_link_{reminder.uid}")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def export(self) -> None:
        def show(text: str) -> None:
            self.status.setText(text)
            self.status.show()

        export_calendar(self.ctx, self, show, today=self.today())
