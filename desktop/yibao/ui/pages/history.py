"""缴费记录: every contribution month of the household, filtered, sorted, edited, imported.

The table is a windowed model: sorting and filtering run in SQL on the op thread, rows are
fetched page by page, so 200,000 records open without freezing the window. Deleting asks
first, and the last destructive change (delete, overwrite, import) can be undone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from yibao.domain.contributions import ContributionRecord, HistoryQuery, Totals
from yibao.domain.money import format_yuan
from yibao.domain.people import Member, Scheme
from yibao.ui.context import AppContext
from yibao.ui.dialogs import confirm as confirm_mod
from yibao.ui.i18n import dtr
from yibao.ui.models.history_model import HistoryTableModel
from yibao.ui.pages.base import Page
from yibao.ui.widgets.basics import fit_columns, label, row_table
from yibao.ui.widgets.flow import flow_row

if TYPE_CHECKING:
    from yibao.services.database import Database
    from yibao.services.history import ImportResult, SaveResult, UndoAction

NO_YEAR = 1949  # the spin boxes' "不限" value


class HistoryPage(Page):
    page_name = "history"

    def title(self) -> str:
        return self.tr("缴费记录")

    def hint(self) -> str:
        return self.tr(
            "每个月交了多少、谁交的、划入个人账户多少。可以从医保 App 或 Excel 导出的明细导入，"
            "也可以手工添加。概览页的缴费年限、断缴提醒和个人账户都按这里的记录计算。"
        )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.members: list[Member] = []
        self.last_undo: UndoAction | None = None

        # each label stays with its field; the row wraps (English in 大字 mode, 1024 px)
        filter_row, filters = flow_row(self)
        self.member_filter = QComboBox(self)
        self.member_filter.setObjectName("member_filter")
        self.member_filter.setAccessibleName(self.tr("按成员筛选"))
        self.member_filter.addItem(self.tr("全部成员"), None)
        filters.addWidget(self._labelled(self.tr("成员"), self.member_filter))
        self.year_from = self._year_box("year_from", self.tr("起始年份"))
        self.year_to = self._year_box("year_to", self.tr("截止年份"))
        filters.addWidget(
            self._labelled(self.tr("年份"), self.year_from, QLabel(self.tr("至")), self.year_to)
        )
        self.scheme_filter = QComboBox(self)
        self.scheme_filter.setObjectName("scheme_filter")
        self.scheme_filter.setAccessibleName(self.tr("按险种筛选"))
        self.scheme_filter.addItem(self.tr("全部险种"), None)
        for s in Scheme:
            if s is not Scheme.NONE:
                self.scheme_filter.addItem(dtr(s.label), s.value)
        filters.addWidget(self._labelled(self.tr("险种"), self.scheme_filter))
        self.body.addWidget(filter_row)

        # the row wraps instead of clipping its buttons (大字 mode, 1024 px)
        button_row, buttons = flow_row(self)
        self.add_button = self._button("add_record", self.tr("添加…"), primary=True)
        self.edit_button = self._button("edit_record", self.tr("修改…"))
        self.delete_button = self._button("delete_record", self.tr("删除"))
        self.undo_button = self._button("undo", self.tr("撤销"))
        self.import_button = self._button("import_records", self.tr("导入…"))
        self.export_button = self._button("export_records", self.tr("导出…"))
        self.account_button = self._button("member_account", self.tr("缴费年限与账户…"))
        self.flexible_button = self._button("flexible_calculator", self.tr("灵活就业计算器…"))
        for b in (self.add_button, self.edit_button, self.delete_button, self.undo_button):
            buttons.addWidget(b)
        buttons.add_gap(12)
        for b in (self.import_button, self.export_button):
            buttons.addWidget(b)
        buttons.add_gap(24)
        buttons.addWidget(self.account_button)
        buttons.addWidget(self.flexible_button)
        self.body.addWidget(button_row)

        self.model = HistoryTableModel(ctx, self)
        self.table = row_table(
            self,
            "records",
            self.tr("缴费记录列表"),
            self.model,
            several=True,
            fit_contents=False,
        )
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(28)
        fit_columns(self.table, (104, 70, 130, 88, 84, 84, 104, 90, 80, 80, 96, 120))
        self.body.addWidget(self.table, 1)

        self.totals_label = label("", self, "hint", "totals")
        self.body.addWidget(self.totals_label)
        self.status_label = label("", self, name="status")
        self.body.addWidget(self.status_label)

        self.member_filter.currentIndexChanged.connect(self._filters_changed)
        self.scheme_filter.currentIndexChanged.connect(self._filters_changed)
        self.year_from.valueChanged.connect(self._filters_changed)
        self.year_to.valueChanged.connect(self._filters_changed)
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_last)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export)
        self.account_button.clicked.connect(self.member_account)
        self.flexible_button.clicked.connect(self.flexible_calculator)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.loaded.connect(self._show_totals)
        self.model.loading.connect(lambda: self.totals_label.setText(self.tr("正在加载…")))
        self.model.modelReset.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_last)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        ctx.household_changed.connect(self._household_changed)
        self._update_buttons()

    def _labelled(self, text: str, *widgets: QWidget) -> QWidget:
        """A label and its field(s), kept on one line of the wrapping filter row."""
        group = QWidget(self)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 12, 0)
        row.addWidget(QLabel(text, group))
        for widget in widgets:
            widget.setParent(group)
            row.addWidget(widget)
        return group

    def _year_box(self, name: str, accessible: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setRange(NO_YEAR, 2100)
        box.setSpecialValueText(self.tr("不限"))
        box.setValue(NO_YEAR)
        box.setKeyboardTracking(False)
        return box

    def _button(self, name: str, text: str, *, primary: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        if primary:
            button.setProperty("role", "primary")
        return button

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.is_ready:
            return

        def work(db: Database) -> list[Member]:
            from yibao.services import household

            return household.list_members(db)

        self.ctx.call(work, self._members_loaded)

    def _household_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _members_loaded(self, members: list[Member]) -> None:
        self.members = members
        self.model.names = {m.id: m.name for m in members if m.id is not None}
        current = self.member_filter.currentData()
        self.member_filter.blockSignals(True)
        self.member_filter.clear()
        self.member_filter.addItem(self.tr("全部成员"), None)
        for m in members:
            self.member_filter.addItem(m.name, m.id)
        index = self.member_filter.findData(current)
        self.member_filter.setCurrentIndex(max(index, 0))
        self.member_filter.blockSignals(False)
        self.model.set_filter(self.current_query())

    def current_query(self) -> HistoryQuery:
        scheme = self.scheme_filter.currentData()
        year_from = self.year_from.value()
        year_to = self.year_to.value()
        return replace(
            self.model.filter,
            member_id=self.member_filter.currentData(),
            year_from=None if year_from == NO_YEAR else year_from,
            year_to=None if year_to == NO_YEAR else year_to,
            scheme=Scheme(scheme) if scheme else None,
        )

    def _filters_changed(self) -> None:
        if self.ctx.is_ready:
            self.model.set_filter(self.current_query())

    def _show_totals(self, totals: Totals) -> None:
        if totals.count == 0:
            self.totals_label.setText(
                self.tr("没有符合条件的记录。可以点“导入…”读入缴费明细，或点“添加…”手工录入。")
            )
            return
        self.totals_label.setText(
            self.tr(
                "共 {count} 条 · 个人缴费合计 {personal} · 单位缴费合计 {employer} · "
                "划入个人账户合计 {credited}"
            ).format(
                count=f"{totals.count:,}",
                personal=format_yuan(totals.personal),
                employer=format_yuan(totals.employer),
                credited=format_yuan(totals.credited),
            )
        )

    # -- selection ------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        ids = [self.model.id_at(r) for r in self.selected_rows()]
        return [i for i in ids if i is not None]

    def _update_buttons(self) -> None:
        ready = self.ctx.is_ready
        rows = self.selected_rows()
        self.add_button.setEnabled(ready and bool(self.members))
        self.edit_button.setEnabled(ready and len(rows) == 1)
        self.delete_button.setEnabled(ready and bool(rows))
        self.undo_button.setEnabled(ready and self.last_undo is not None)
        self.import_button.setEnabled(ready and bool(self.members))
        self.export_button.setEnabled(ready and self.model.rowCount() > 0)
        self.account_button.setEnabled(ready and bool(self.members))
        self.flexible_button.setEnabled(True)

    def select_record(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _member_for_actions(self) -> int | None:
        chosen = self.member_filter.currentData()
        if chosen is not None:
            return int(chosen)
        me = next((m for m in self.members if m.relation.value == "self"), None)
        return me.id if me else (self.members[0].id if self.members else None)

    # -- actions --------------------------------------------------------------------------
    def _set_undo(self, action: UndoAction | None, message: str) -> None:
        self.last_undo = action
        self.status_label.setText(message)
        self._update_buttons()

    def add_record(self) -> None:
        from yibao.ui.dialogs.record_dialog import RecordDialog

        result = RecordDialog.ask(self.ctx, self.members, None, self._member_for_actions(), self)
        if result is not None:
            self._saved(result)

    def edit_selected(self) -> None:
        from yibao.ui.dialogs.record_dialog import RecordDialog

        rows = self.selected_rows()
        if len(rows) != 1:
            return
        record = self.model.record_at(rows[0])
        if record is None or record.member_id < 0:
            return
        result = RecordDialog.ask(self.ctx, self.members, record, None, self)
        if result is not None:
            self._saved(result)

    def _saved(self, result: SaveResult) -> None:
        record = result.record
        if result.undo is not None:
            self._set_undo(
                result.undo, self.tr("已修改 {month} 的记录。").format(month=record.month)
            )
        else:
            self._set_undo(None, self.tr("已添加 {month} 的记录。").format(month=record.month))
        self.model.reload()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if not confirm_mod.confirm(
            self,
            self.tr("删除缴费记录"),
            self.tr("确定要删除选中的 {n} 条缴费记录吗？删除后可以点“撤销”恢复。").format(
                n=len(ids)
            ),
            yes=self.tr("删除"),
            no=self.tr("取消"),
        ):
            return

        def work(db: Database) -> UndoAction:
            from yibao.services import history

            return history.delete_records(db, ids)

        def done(action: UndoAction) -> None:
            self._set_undo(
                action,
                self.tr("已删除 {n} 条记录。点“撤销”可以恢复。").format(n=len(action.restore)),
            )
            self.model.reload()

        self.ctx.call(work, done)

    def undo_last(self) -> None:
        action = self.last_undo
        if action is None:
            return

        def work(db: Database) -> None:
            from yibao.services import history

            history.undo(db, action)

        def done(_r: None) -> None:
            self._set_undo(None, self.tr("已撤销上一步操作。"))
            self.model.reload()

        self.ctx.call(work, done)

    def import_file(self) -> ImportResult | None:
        from yibao.ui.dialogs.import_dialog import ImportDialog

        result = ImportDialog.ask(self.ctx, self.members, self._member_for_actions(), self)
        if result is not None:
            self.imported(result)
        return result

    def imported(self, result: ImportResult) -> None:
        message = self.tr(
            "导入完成：新增 {new} 条，替换 {replaced} 条，相同未改动 {same} 条，跳过 {skipped} 条。"
        ).format(
            new=result.inserted,
            replaced=result.replaced,
            same=result.unchanged,
            skipped=result.skipped,
        )
        if result.undo is not None:
            message += self.tr("点“撤销”可以取消这次导入。")
            self._set_undo(result.undo, message)
        else:
            self.status_label.setText(message)
        self.model.reload()

    def export(self) -> None:
        from yibao.ui.dialogs.files import file_dialog, run_file_dialog

        # .xlsx or .csv, as the person chose: no suffix is forced here
        name = run_file_dialog(
            file_dialog(
                self,
                self.tr("导出缴费记录"),
                Path.home() / f"缴费记录-{date.today().isoformat()}.xlsx",
                self.tr("Excel 表格 (*.xlsx);;CSV 文件 (*.csv)"),
                save=True,
            )
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        member_id = self.member_filter.currentData()

        def work(db: Database) -> int:
            from yibao.services import history

            return history.export_records(db, path, member_id)

        self.ctx.call(
            work,
            lambda n: self.status_label.setText(
                self.tr("已导出 {n} 条记录到 {path}").format(n=n, path=path)
            ),
        )

    def member_account(self) -> None:
        from yibao.ui.dialogs.account_dialog import AccountDialog

        member_id = self._member_for_actions()
        member = next((m for m in self.members if m.id == member_id), None)
        if member is None:
            return
        if AccountDialog.ask(self.ctx, member, self) is not None:
            self.status_label.setText(
                self.tr("已保存{name}的缴费年限与账户信息。").format(name=member.name)
            )

    def flexible_calculator(self) -> None:
        from yibao.ui.dialogs.flexible_dialog import FlexibleDialog

        member_id = self._member_for_actions()
        member = next((m for m in self.members if m.id == member_id), None)
        FlexibleDialog.ask(self.ctx, member.region_code if member else None, self)

    def record_at_row(self, row: int) -> ContributionRecord | None:
        return self.model.record_at(row)
