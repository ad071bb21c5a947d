"""我的事项: every saved case with its status and next deadline; tick off its checklist.

The list comes from ``services.cases.list_cases`` (most urgent first). The detail pane shows
the selected case's checklist grouped by section; ticking an item, editing its note, ticking
a deadline or changing the status saves at once through ``ctx.call``. Cases are created by
the task wizards (代缴, 异地就医备案, 返还), which announce them through
``AppContext.cases_changed`` after saving.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from yibao.domain.cases import Case, CaseItem, CaseKind, CaseStatus
from yibao.domain.checklists import SECTION_LABELS
from yibao.domain.people import Member
from yibao.ui.context import AppContext
from yibao.ui.dialogs import confirm as confirm_mod
from yibao.ui.export import case_pdf
from yibao.ui.i18n import dtr
from yibao.ui.models.table import Column, RowTableModel
from yibao.ui.pages.base import Page
from yibao.ui.widgets.basics import clear_layout, label, row_table
from yibao.ui.widgets.scroll import TallEnough

if TYPE_CHECKING:
    from yibao.services.database import Database


def next_deadline_text(case: Case, today: date) -> str:
    if case.status is not CaseStatus.OPEN:
        return "—"
    nxt = case.next_deadline(today)
    if nxt is None:
        return QCoreApplication.translate("CasesPage", "无")
    return QCoreApplication.translate("CasesPage", "{date}（{left}）").format(
        date=nxt.due.isoformat(), left=case_pdf.days_left_text(nxt, today)
    )


def is_overdue(case: Case, today: date) -> bool:
    nxt = case.next_deadline(today) if case.status is CaseStatus.OPEN else None
    return nxt is not None and nxt.due < today


def case_columns(members: dict[int, Member], today: date) -> list[Column[Case]]:
    def member_name(c: Case) -> str:
        m = members.get(c.member_id) if c.member_id is not None else None
        return m.name if m is not None else "—"

    def progress(c: Case) -> str:
        done, total = c.progress
        return f"{done}/{total}"

    return [
        Column(QCoreApplication.translate("CasesPage", "事项"), lambda c: c.title),
        Column(QCoreApplication.translate("CasesPage", "成员"), member_name),
        Column(QCoreApplication.translate("CasesPage", "状态"), lambda c: dtr(c.status.label)),
        Column(QCoreApplication.translate("CasesPage", "进度"), progress, align_right=True),
        Column(
            QCoreApplication.translate("CasesPage", "下一个期限"),
            lambda c: next_deadline_text(c, today),
            tooltip=lambda c: (
                QCoreApplication.translate("CasesPage", "已过期，请尽快办理")
                if is_overdue(c, today)
                else ""
            ),
        ),
    ]


class WrapCheck(QWidget):
    """A check box whose text wraps (``QCheckBox`` never wraps); clicking the text toggles."""

    def __init__(self, text: str, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.box = QCheckBox(self)
        self.box.setObjectName(name)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setText(text)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.box.setAccessibleName(text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
        super().mouseReleaseEvent(event)


class CaseTableModel(RowTableModel[Case]):
    """The cases list; rows can be replaced in place after a tick (no reset, no lost focus)."""

    def replace_case(self, case: Case) -> bool:
        for row, old in enumerate(self._rows):
            if old.id == case.id:
                self._rows[row] = case
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return True
        return False

    def set_columns(self, columns: list[Column[Case]]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()


class CasesPage(Page):
    page_name = "cases"

    def title(self) -> str:
        return self.tr("我的事项")

    def hint(self) -> str:
        return self.tr(
            "向导帮您整理好的办事清单都保存在这里：办完一步就勾上一步，材料备齐就勾上材料，"
            "期限快到的排在最前面。可以导出 PDF 或打印出来带去办理。"
        )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today: Callable[[], date] = date.today
        self._members: dict[int, Member] = {}
        self._current: Case | None = None
        self._section_labels: dict[str, str] = dict(SECTION_LABELS)
        self._emitting = False
        self._select_after: int | None = None
        self.last_export: Path | None = None
        self.claim_wizard: QWidget | None = None
        self._item_boxes: dict[int, QCheckBox] = {}
        self._deadline_boxes: dict[int, WrapCheck] = {}

        self.empty = self._build_empty()
        self.body.addWidget(self.empty)
        self._filler = QWidget(self)
        self.body.addWidget(self._filler, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("cases_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.model = CaseTableModel(case_columns({}, self.today()), self)
        self.model.highlight = lambda c: is_overdue(c, self.today())
        self.table = row_table(
            self.splitter, "cases", self.tr("事项列表"), self.model, fit_contents=False
        )
        # a long title wraps onto a second line instead of being cut off
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        # columns keep their text's width; a narrow list scrolls rather than cutting the last
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setMinimumWidth(320)

        self.detail_scroll = QScrollArea(self.splitter)
        self.detail_scroll.setObjectName("case_detail")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setMinimumWidth(380)
        self.detail = QWidget()
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(12, 0, 8, 8)
        self.detail_scroll.setWidget(self.detail)
        self.detail_height = TallEnough(self.detail_scroll)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.body.addWidget(self.splitter, 1)

        self.status_line = label("", self, "hint", "cases_status_line")
        self.body.addWidget(self.status_line)

        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        ctx.cases_changed.connect(self._on_cases_changed)
        ctx.household_changed.connect(self.refresh)
        self._show_empty(True)

    # -- empty state ------------------------------------------------------------------------
    def _build_empty(self) -> QFrame:
        from yibao.ui import registry

        frame = QFrame(self)
        frame.setObjectName("cases_empty")
        frame.setProperty("role", "card")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(18, 14, 18, 14)
        head = QLabel(self.tr("还没有事项"), frame)
        head.setProperty("role", "cardTitle")
        layout.addWidget(head)
        text = label(
            self.tr(
                "事项是由向导生成的办事清单。在“概览”中选一个要办的事（例如异地就医备案），"
                "回答几个问题，最后点“保存为事项”，清单就会出现在这里，之后可以逐项勾选、"
                "记备注、导出 PDF 或打印。"
            ),
            frame,
            "hint",
        )
        layout.addWidget(text)
        # one to a row: the English names are long ("Paying relatives' resident insurance
        # (代缴): simulation"), and even two to a row do not fit at 1024 px in 大字 mode
        buttons = QGridLayout()
        for row, entry in enumerate(registry.WIZARDS):
            button = QPushButton(entry.title(), frame)
            button.setObjectName(f"start_{entry.name}")
            button.setToolTip(entry.description())
            button.clicked.connect(partial(self.start_wizard.emit, entry.name))
            buttons.addWidget(button, row, 0)
        if not registry.WIZARDS:
            none = QLabel(self.tr("（这个版本还没有可用的向导。）"), frame)
            none.setProperty("role", "hint")
            buttons.addWidget(none, 0, 0)
        buttons.setColumnStretch(1, 1)
        layout.addLayout(buttons)
        frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return frame

    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
        self._filler.setVisible(empty)
        self.splitter.setVisible(not empty)

    # -- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.is_ready:
            return
        today = self.today()

        def work(db: Database) -> tuple[list[Case], dict[int, Member], dict[str, str]]:
            from yibao.services import cases, household
            from yibao.services.checklists import checklist_book

            members = {m.id: m for m in household.list_members(db) if m.id is not None}
            return cases.list_cases(db, today), members, dict(checklist_book().sections)

        self.ctx.call(work, self._set_data)

    def _set_data(self, data: tuple[list[Case], dict[int, Member], dict[str, str]]) -> None:
        case_list, members, sections = data
        self._members = members
        self._section_labels = sections
        keep = self._select_after or (self._current.id if self._current is not None else None)
        self._select_after = None
        self.model.set_columns(case_columns(members, self.today()))
        self.model.set_rows(case_list)
        self._show_empty(not case_list)
        self._fit_columns()
        row = next((i for i, c in enumerate(case_list) if c.id == keep), 0 if case_list else -1)
        if row >= 0:
            self.table.selectRow(row)
            self._show_case(case_list[row])
        else:
            self._show_case(None)

    def _fit_columns(self) -> None:
        """Every column but the title as wide as its text; the title wraps in what is left."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        em = self.table.fontMetrics().horizontalAdvance("测")
        natural_title = header.sectionSize(0)
        others = sum(header.sectionSize(i) for i in range(1, header.count()))
        total = sum(self.splitter.sizes()) or self.width()
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        detail_min = self.detail_scroll.minimumWidth()
        room = min(int(total * 0.6), total - detail_min) - others - frame
        title = max(em * 6, min(natural_title, em * 16, room))
        header.resizeSection(0, title)
        left = max(320, title + others + frame)
        self.splitter.setSizes([left, max(total - left, detail_min)])
        self.table.resizeRowsToContents()

    def _on_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        case = self.model.row_at(rows[0].row())
        if self._current is None or case.id != self._current.id:
            self._show_case(case)

    def select_case(self, case_id: int) -> bool:
        for row, case in enumerate(self.model.rows()):
            if case.id == case_id:
                self.table.selectRow(row)
                self._show_case(case)
                return True
        return False

    def open_case(self, case_id: int) -> None:
        """Select *case_id* now, or once the list has loaded (the overview's links)."""
        if not self.select_case(case_id):
            self._select_after = case_id

    def _on_cases_changed(self, case_id: int) -> None:
        if self._emitting:
            return
        self._select_after = case_id or None
        self.refresh()

    def _notify(self, case_id: int | None) -> None:
        self._emitting = True
        try:
            self.ctx.cases_changed.emit(case_id or 0)
        finally:
            self._emitting = False

    # -- detail pane ------------------------------------------------------------------------
    def _clear_detail(self) -> None:
        self._item_boxes.clear()
        self._deadline_boxes.clear()
        clear_layout(self.detail_layout)

    def _label(self, text: str, role: str | None = None, name: str = "") -> QLabel:
        """A detail-pane label whose text can be selected (and copied)."""
        selectable = label(text, self.detail, role, name)
        selectable.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return selectable

    def _show_case(self, case: Case | None) -> None:
        self._clear_detail()
        self._current = case
        if case is None:
            return
        today = self.today()
        add = self.detail_layout.addWidget
        add(self._label(case.title, "cardTitle", "case_title"))
        member = self._members.get(case.member_id) if case.member_id is not None else None
        meta = [dtr(case.kind.label), case_pdf.people_line(case, member)]
        if case.created_at is not None:
            created = case.created_at.astimezone().date().isoformat()
            meta.append(self.tr("创建于 {date}").format(date=created))
        add(self._label(" · ".join(meta), "hint"))

        bar = QWidget(self.detail)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 4, 0, 4)
        status_label = QLabel(self.tr("状态："), bar)
        self.status_combo = QComboBox(bar)
        self.status_combo.setObjectName("case_status")
        self.status_combo.setAccessibleName(self.tr("事项状态"))
        for status in CaseStatus:
            self.status_combo.addItem(dtr(status.label), status.value)
        self.status_combo.setCurrentIndex(list(CaseStatus).index(case.status))
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        status_label.setBuddy(self.status_combo)
        row.addWidget(status_label)
        row.addWidget(self.status_combo)
        row.addStretch(1)
        add(bar)
        bar = QWidget(self.detail)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 4)
        for name, text, slot in (
            ("export_pdf", self.tr("导出 PDF…"), self.export_pdf),
            ("print_case", self.tr("打印…"), self.print_case),
            ("delete_case", self.tr("删除"), self.delete_case),
        ):
            button = QPushButton(text, bar)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        add(bar)
        if case.kind is CaseKind.OFFSITE_FILING and not any(
            i.key.startswith("claim.") for i in case.items
        ):
            claim = QPushButton(self.tr("回来以后：手工报销…"), self.detail)
            claim.setObjectName("add_claim")
            claim.setToolTip(
                self.tr("在外地看病时全部自己付了钱的，添加手工报销的材料清单和截止日期。")
            )
            claim.clicked.connect(self.add_claim)
            self.detail_layout.addWidget(claim, 0, Qt.AlignmentFlag.AlignLeft)

        self.progress_label = self._label("", "sectionTitle", "case_progress")
        add(self.progress_label)
        lines = case_pdf.summary_lines(case)
        if lines:
            add(self._label(lines[0], "hint", "case_summary"))
        if len(lines) > 1:
            toggle = QPushButton(
                self.tr("查看结果说明（{n} 条）").format(n=len(lines) - 1), self.detail
            )
            toggle.setObjectName("toggle_summary")
            toggle.setCheckable(True)
            toggle.setFlat(True)
            toggle.setStyleSheet("text-align: left; color: #1b6fa8; padding: 2px 0;")
            details = QWidget(self.detail)
            details.setObjectName("summary_details")
            box = QVBoxLayout(details)
            box.setContentsMargins(0, 0, 0, 0)
            for line in lines[1:]:
                box.addWidget(self._label("• " + line, None))
            details.hide()
            toggle.toggled.connect(details.setVisible)
            add(toggle)
            add(details)

        order = list(self._section_labels)
        sections: dict[str, list[CaseItem]] = {}
        for item in case.items:
            sections.setdefault(item.section, []).append(item)
        for section in sorted(sections, key=lambda s: order.index(s) if s in order else len(order)):
            add(self._label(dtr(self._section_labels.get(section, section)), "sectionTitle"))
            for item in sections[section]:
                add(self._item_widget(item))

        if case.deadlines:
            add(self._label(self.tr("期限"), "sectionTitle"))
            for deadline in case.deadlines:
                check = WrapCheck("", f"deadline_{deadline.id}", self.detail)
                check.box.setChecked(deadline.done)
                check.box.toggled.connect(partial(self._deadline_toggled, deadline.id))
                if deadline.id is not None:
                    self._deadline_boxes[deadline.id] = check
                add(check)
            to_calendar = QPushButton(self.tr("加入日历…"), self.detail)
            to_calendar.setObjectName("case_to_calendar")
            to_calendar.setToolTip(
                self.tr("把这件事的期限写成日历文件（.ics），导入手机或电脑的日历后到时会提醒")
            )
            to_calendar.clicked.connect(self.export_calendar)
            self.detail_layout.addWidget(to_calendar, 0, Qt.AlignmentFlag.AlignLeft)

        add(self._label(self.tr("备注"), "sectionTitle"))
        self.notes_edit = QPlainTextEdit(self.detail)
        self.notes_edit.setObjectName("case_notes")
        self.notes_edit.setAccessibleName(self.tr("事项备注"))
        self.notes_edit.setPlaceholderText(self.tr("例如：窗口电话、办理进度、需要补交的材料…"))
        self.notes_edit.setPlainText(case.notes)
        self.notes_edit.setFixedHeight(90)
        add(self.notes_edit)
        save_notes = QPushButton(self.tr("保存备注"), self.detail)
        save_notes.setObjectName("save_notes")
        save_notes.clicked.connect(self.save_notes)
        holder = QHBoxLayout()
        holder.addStretch(1)
        holder.addWidget(save_notes)
        wrapper = QWidget(self.detail)
        wrapper.setLayout(holder)
        holder.setContentsMargins(0, 0, 0, 0)
        add(wrapper)
        self.detail_layout.addStretch(1)
        self._update_live(case, today)
        self.detail_height.update_later()

    def _item_widget(self, item: CaseItem) -> QWidget:
        holder = QWidget(self.detail)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.setSpacing(2)
        text = item.text if item.required else self.tr("{text}（可选）").format(text=item.text)
        check = WrapCheck(text, f"item_{item.key}", holder)
        check.box.setChecked(item.done)
        if item.why:
            check.setToolTip(item.why)
        check.box.toggled.connect(partial(self._item_toggled, item.id))
        if item.id is not None:
            self._item_boxes[item.id] = check.box
        layout.addWidget(check)
        if item.why:
            why = label(item.why, holder, "hint")
            why.setContentsMargins(26, 0, 0, 0)
            layout.addWidget(why)
        note = QLineEdit(holder)
        note.setObjectName(f"note_{item.key}")
        note.setAccessibleName(self.tr("“{text}”的备注").format(text=item.text))
        note.setPlaceholderText(self.tr("备注（可选），回车保存"))
        note.setText(item.note)
        note.setMaximumWidth(420)
        note.setContentsMargins(26, 0, 0, 0)
        note.editingFinished.connect(partial(self._note_edited, item.id, note))
        layout.addWidget(note)
        return holder

    def _update_live(self, case: Case, today: date) -> None:
        """Refresh what ticking changes, without rebuilding the pane (keeps focus)."""
        done, total = case.progress
        self.progress_label.setText(
            self.tr("已完成 {done} / {total} 项必做事项").format(done=done, total=total)
            + ("  ✓" if total and done == total else "")
        )
        for deadline in case.deadlines:
            box = self._deadline_boxes.get(deadline.id or -1)
            if box is None:
                continue
            box.setText(
                self.tr("{label}：{due}").format(
                    label=deadline.label, due=case_pdf.due_text(deadline, today)
                )
            )
            overdue = not deadline.done and deadline.due < today
            box.label.setStyleSheet("color: #b3261e;" if overdue else "")

    # -- actions ----------------------------------------------------------------------------
    def _apply(self, case: Case) -> None:
        """A service returned the updated case: update the row and the live bits."""
        self.model.replace_case(case)
        if self._current is not None and self._current.id == case.id:
            self._current = case
            self._update_live(case, self.today())
        self._notify(case.id)

    def _failed(self, exc: BaseException) -> None:
        self.ctx.reporter.report(exc, self)
        self.refresh()

    def _item_toggled(self, item_id: int | None, checked: bool) -> None:
        if item_id is None:
            return

        def work(db: Database) -> Case:
            from yibao.services import cases

            return cases.set_item_done(db, item_id, checked)

        self.ctx.call(work, self._apply, self._failed)

    def _note_edited(self, item_id: int | None, edit: QLineEdit) -> None:
        if item_id is None or self._current is None:
            return
        text = edit.text()
        old = next((i.note for i in self._current.items if i.id == item_id), None)
        if old is None or old == text.strip():
            return

        def work(db: Database) -> Case:
            from yibao.services import cases

            return cases.set_item_note(db, item_id, text)

        self.ctx.call(work, self._apply, self._failed)

    def _deadline_toggled(self, deadline_id: int | None, checked: bool) -> None:
        if deadline_id is None:
            return

        def work(db: Database) -> Case:
            from yibao.services import cases

            return cases.set_deadline_done(db, deadline_id, checked)

        self.ctx.call(work, self._apply, self._failed)

    def _status_changed(self, index: int) -> None:
        if self._current is None or self._current.id is None:
            return
        status = CaseStatus(self.status_combo.itemData(index))
        if status is self._current.status:
            return
        case_id = self._current.id

        def work(db: Database) -> Case:
            from yibao.services import cases

            return cases.set_case_status(db, case_id, status)

        def done(case: Case) -> None:
            self._apply(case)
            self.refresh()  # the order (open first) may change

        self.ctx.call(work, done, self._failed)

    def save_notes(self) -> None:
        if self._current is None or self._current.id is None:
            return
        case_id = self._current.id
        text = self.notes_edit.toPlainText()

        def work(db: Database) -> Case:
            from yibao.services import cases

            return cases.set_case_notes(db, case_id, text)

        def done(case: Case) -> None:
            self._apply(case)
            self.status_line.setText(self.tr("备注已保存。"))

        self.ctx.call(work, done, self._failed)

    def delete_case(self) -> None:
        case = self._current
        if case is None or case.id is None:
            return
        if not confirm_mod.confirm(
            self,
            self.tr("删除事项"),
            self.tr("确定要删除“{title}”吗？清单的勾选和备注会一起删除，无法撤销。").format(
                title=case.title
            ),
            yes=self.tr("删除"),
            no=self.tr("取消"),
        ):
            return
        case_id = case.id

        def work(db: Database) -> None:
            from yibao.services import cases

            cases.delete_case(db, case_id)

        def done(_result: None) -> None:
            self._current = None
            self.status_line.setText(self.tr("事项已删除。"))
            self._notify(None)
            self.refresh()

        self.ctx.call(work, done, self._failed)

    def add_claim(self) -> None:
        """The offsite wizard's "after return" branch for the selected filing case."""
        case = self._current
        if case is None or case.kind is not CaseKind.OFFSITE_FILING:
            return
        from yibao.ui.wizards.offsite_filing import OffsiteFilingWizard

        wizard = OffsiteFilingWizard(self.ctx, self.window(), from_case=case)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        self.claim_wizard = wizard

    def _with_document(self, then: Callable[[case_pdf.CaseDocument], None]) -> None:
        case = self._current
        if case is None:
            return
        member = self._members.get(case.member_id) if case.member_id is not None else None
        today = self.today()
        labels = dict(self._section_labels)

        def work(_db: Database) -> case_pdf.CaseDocument:
            from yibao.services.checklists import case_sources

            listed = case.result.get("sources")
            ids = [str(x) for x in listed] if isinstance(listed, list | tuple) else []
            sources = case_sources([*ids, *(i.source_id for i in case.items)])
            return case_pdf.CaseDocument(case, member, sources, today, labels)

        self.ctx.call(work, then)

    def export_pdf(self) -> None:
        if self._current is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / case_pdf.suggested_file_name(self._current)
        path = case_pdf.ask_pdf_path(self, suggested)
        if path is None:
            return

        def write(document: case_pdf.CaseDocument) -> None:
            try:
                case_pdf.export_pdf(document, path)
            except OSError as exc:
                QMessageBox.warning(
                    self,
                    self.tr("导出失败"),
                    self.tr("无法写入文件“{path}”，请换一个文件夹再试。（{why}）").format(
                        path=path, why=exc.strerror or exc
                    ),
                )
                return
            self.last_export = path
            self.status_line.setText(self.tr("已导出 PDF：{path}").format(path=path))

        self._with_document(write)

    def export_calendar(self) -> None:
        """This case's deadlines as a calendar file (ui/widgets/deadlines_block.py)."""
        case = self._current
        if case is None or case.id is None:
            return
        from yibao.ui.widgets.deadlines_block import export_calendar

        name = case_pdf.suggested_file_name(case).rsplit(".", 1)[0] + ".ics"
        export_calendar(
            self.ctx,
            self,
            self.status_line.setText,
            case_id=case.id,
            file_name=name,
            today=self.today(),
        )

    def print_case(self) -> None:
        if self._current is None:
            return
        if not case_pdf.printing_available():
            QMessageBox.information(
                self,
                self.tr("无法打印"),
                self.tr("这个版本不能直接打印。请先“导出 PDF…”，再用看图或 PDF 软件打印。"),
            )
            return

        def send(document: case_pdf.CaseDocument) -> None:
            if case_pdf.print_case(document, self):
                self.status_line.setText(self.tr("已发送到打印机。"))

        self._with_document(send)
