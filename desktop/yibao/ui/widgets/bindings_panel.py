"""The 家庭共济 section of the family page: every binding with its status, and the actions
(办理新的共济, 标记为已办理, 标记为已解除, 谁来付钱？).

Reading the list reconciles the bindings with the members first (``services.bindings``), so a
member's change of region or scheme shows up here as an automatic dissolution. The family page
calls :meth:`BindingsPanel.refresh` whenever it refreshes (including on household changes).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yibao.domain.bindings import BindingStatus
from yibao.domain.family import BindingRecord
from yibao.domain.kernel import Finding
from yibao.ui.context import AppContext
from yibao.ui.dialogs import binding_dialogs
from yibao.ui.i18n import dtr
from yibao.ui.models.proxy import sorting_proxy
from yibao.ui.models.table import Column, RowTableModel
from yibao.ui.widgets.basics import keep_rows_visible, label, row_table
from yibao.ui.widgets.findings import basis_text, finding_text

if TYPE_CHECKING:
    from yibao.services.database import Database

_STATUS_ORDER = {BindingStatus.ACTIVE: 0, BindingStatus.PLANNED: 1, BindingStatus.DISSOLVED: 2}


_t = QCoreApplication.translate


def binding_columns() -> list[Column[BindingRecord]]:
    def when(d: date | None) -> str:
        return d.isoformat() if d else "—"

    def remark(r: BindingRecord) -> str:
        b = r.binding
        if b.status is BindingStatus.DISSOLVED and b.ended_reason:
            return b.ended_reason + (f"；{b.notes}" if b.notes else "")
        return b.notes

    return [
        Column(_t("BindingsPanel", "共济人"), lambda r: r.giver.name),
        Column(_t("BindingsPanel", "被共济亲属"), lambda r: r.relative.name),
        Column(
            _t("BindingsPanel", "状态"),
            lambda r: dtr(r.binding.status.label),
            lambda r: _STATUS_ORDER[r.binding.status],
        ),
        Column(_t("BindingsPanel", "开始日期"), lambda r: when(r.binding.start_date)),
        Column(_t("BindingsPanel", "解除日期"), lambda r: when(r.binding.end_date)),
        Column(_t("BindingsPanel", "备注 / 解除原因"), remark, tooltip=remark),
    ]


class BindingsPanel(QWidget):
    """Bindings table and actions; ``start_wizard`` opens the binding wizard."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        start_wizard: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bindings_panel")
        self.ctx = ctx
        self.today: Callable[[], date] = date.today
        self._start_wizard = start_wizard
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        title = QLabel(self.tr("家庭共济"), self)
        title.setProperty("role", "sectionTitle")
        layout.addWidget(title)
        # what happens when a side's insurance changes comes from the book (refresh fills it)
        self.hint = label(self.tr("谁的个人账户给谁用。"), self, "hint", "bindings_hint")
        layout.addWidget(self.hint)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("办理家庭共济…"), self)
        self.new_button.setObjectName("new_binding")
        self.active_button = QPushButton(self.tr("标记为已办理…"), self)
        self.active_button.setObjectName("mark_active")
        self.dissolve_button = QPushButton(self.tr("标记为已解除…"), self)
        self.dissolve_button.setObjectName("dissolve_binding")
        self.who_pays_button = QPushButton(self.tr("谁来付钱？"), self)
        self.who_pays_button.setObjectName("who_pays")
        self.who_pays_button.setToolTip(self.tr("亲属看病花了一笔钱，先扣谁的账户、各扣多少"))
        for b in (self.new_button, self.active_button, self.dissolve_button, self.who_pays_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.model: RowTableModel[BindingRecord] = RowTableModel(binding_columns(), self)
        self.model.highlight = lambda r: r.binding.status is BindingStatus.DISSOLVED
        self.proxy = sorting_proxy(self.model, self)  # type: ignore[arg-type]
        self.table = row_table(self, "bindings", self.tr("家庭共济列表"), self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        keep_rows_visible(self.table, 3)
        layout.addWidget(self.table, 1)
        self.empty = label(
            self.tr("还没有家庭共济记录。点“办理家庭共济…”，看看家人能不能用您的个人账户。"),
            self,
            "hint",
            "bindings_empty",
        )
        layout.addWidget(self.empty)

        self.new_button.clicked.connect(self.start_new)
        self.active_button.clicked.connect(self.mark_active)
        self.dissolve_button.clicked.connect(self.dissolve)
        self.who_pays_button.clicked.connect(self.who_pays)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.is_ready:
            return
        today = self.today()

        def work(db: Database) -> tuple[list[BindingRecord], Finding]:
            from yibao.services import bindings

            return bindings.list_bindings(db, today), bindings.dissolution_rule_now(db, today)

        self.ctx.call(work, self._loaded)

    def _loaded(self, result: tuple[list[BindingRecord], Finding]) -> None:
        records, rule = result
        self.rule = rule
        self.hint.setText(self.tr("谁的个人账户给谁用。{rule}。").format(rule=finding_text(rule)))
        self.hint.setToolTip("\n".join(basis_text(b, self.today()) for b in rule.basis))
        self._set_rows(records)

    def _set_rows(self, records: list[BindingRecord]) -> None:
        self.model.set_rows(records)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not records)
        self._update_buttons()

    def selected(self) -> BindingRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_binding(self, binding_id: int) -> None:
        for row, r in enumerate(self.model.rows()):
            if r.binding.id == binding_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    def _update_buttons(self) -> None:
        r = self.selected()
        ready = self.ctx.is_ready
        self.new_button.setEnabled(ready)
        self.active_button.setEnabled(
            ready and r is not None and r.binding.status is BindingStatus.PLANNED
        )
        self.dissolve_button.setEnabled(
            ready and r is not None and r.binding.status is not BindingStatus.DISSOLVED
        )
        self.who_pays_button.setEnabled(ready and r is not None)

    # -- actions --------------------------------------------------------------------------
    def start_new(self) -> None:
        if self._start_wizard is not None:
            self._start_wizard("binding")

    def mark_active(self) -> None:
        r = self.selected()
        if r is None or r.binding.id is None:
            return
        answer = binding_dialogs.BindingDateDialog.ask(
            self,
            self.tr("标记为已办理"),
            self.tr("{giver}给{relative}的家庭共济已经办好了吗？请填写生效（开始）日期。").format(
                giver=r.giver.name, relative=r.relative.name
            ),
            self.tr("开始日期"),
            self.today(),
            with_reason=False,
        )
        if answer is None:
            return
        binding_id, today = r.binding.id, self.today()

        def work(db: Database) -> object:
            from yibao.services import bindings

            return bindings.mark_active(db, binding_id, start=answer.day, today=today)

        self.ctx.call(work, lambda _b: self.ctx.household_changed.emit(), self._failed)

    def dissolve(self) -> None:
        r = self.selected()
        if r is None or r.binding.id is None:
            return
        answer = binding_dialogs.BindingDateDialog.ask(
            self,
            self.tr("标记为已解除"),
            self.tr(
                "{giver}给{relative}的家庭共济已经解除了吗？解除后记录会保留，状态改为“已解除”。"
            ).format(giver=r.giver.name, relative=r.relative.name),
            self.tr("解除日期"),
            self.today(),
            with_reason=True,
        )
        if answer is None:
            return
        binding_id, today = r.binding.id, self.today()

        def work(db: Database) -> object:
            from yibao.services import bindings

            return bindings.dissolve(
                db, binding_id, today=today, day=answer.day, reason=answer.reason
            )

        self.ctx.call(work, lambda _b: self.ctx.household_changed.emit(), self._failed)

    def who_pays(self) -> None:
        r = self.selected()
        if r is None or r.relative.id is None:
            return
        relative_id, today = r.relative.id, self.today()

        def work(db: Database) -> object:
            from yibao.services import bindings

            return bindings.who_pays_setup(db, relative_id, today)

        def show(setup: object) -> None:
            binding_dialogs.WhoPaysDialog.ask(setup, self)

        self.ctx.call(work, show)

    def _failed(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from yibao.services.errors import EnvironmentProblem, InvalidInput

        if isinstance(exc, InvalidInput | EnvironmentProblem):
            messages = (
                [dtr(e.message) for e in exc.errors]
                if isinstance(exc, InvalidInput)
                else [dtr(exc.message)]
            )
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("没有保存"), "\n".join(messages), parent=self
            )
            box.setObjectName("bindingError")
            box.open()
            self.last_error = "\n".join(messages)
            return
        self.ctx.reporter.report(exc, self)

    last_error = ""
    #: what the book says about automatic dissolution (after the first refresh)
    rule: Finding | None = None
