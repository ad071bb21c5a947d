"""Save the bindings (计划中 / 已办理), one row per relative who qualifies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from yibao.domain.bindings import Binding, BindingStatus
from yibao.domain.family import Verdict
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import from_qdate as _pydate
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import to_qdate as _qdate

if TYPE_CHECKING:
    from yibao.ui.wizards.binding.wizard import BindingWizard


class FinishRow:
    """One relative on the finish page: save?, status, start date, notes."""

    def __init__(self, page: FinishPage, grid: QGridLayout, row: int, verdict: Verdict) -> None:
        rid = verdict.relative.id
        self.verdict = verdict
        self.save = QCheckBox(verdict.relative.name, page)
        self.save.setObjectName(f"save_{rid}")
        self.save.setChecked(True)
        self.save.setAccessibleName(
            QCoreApplication.translate("FinishPage", "保存{name}的共济").format(
                name=verdict.relative.name
            )
        )
        self.status = QComboBox(page)
        self.status.setObjectName(f"status_{rid}")
        self.status.setAccessibleName(QCoreApplication.translate("FinishPage", "状态"))
        for s in (BindingStatus.PLANNED, BindingStatus.ACTIVE):
            self.status.addItem(dtr(s.label), s.value)
        self.start = QDateEdit(page)
        self.start.setObjectName(f"start_{rid}")
        self.start.setAccessibleName(QCoreApplication.translate("FinishPage", "开始日期"))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setDate(_qdate(page.wiz.today()))
        self.notes = QLineEdit(page)
        self.notes.setObjectName(f"notes_{rid}")
        self.notes.setAccessibleName(QCoreApplication.translate("FinishPage", "备注"))
        self.notes.setMaxLength(500)
        self.notes.setPlaceholderText(
            QCoreApplication.translate("FinishPage", "例如：已在APP提交，等待确认")
        )
        for col, w in enumerate((self.save, self.status, self.start, self.notes)):
            grid.addWidget(w, row, col)
        self.widgets = (self.save, self.status, self.start, self.notes)

    def binding(self, giver_id: int) -> Binding | None:
        if not self.save.isChecked() or self.verdict.relative.id is None:
            return None
        return Binding(
            giver_id=giver_id,
            relative_id=self.verdict.relative.id,
            status=BindingStatus(self.status.currentData()),
            start_date=_pydate(self.start.date()),
            notes=self.notes.text().strip(),
        )


class FinishPage(QWizardPage):
    def __init__(self, wizard: BindingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("finish_page")
        self.wiz = wizard
        self.setTitle(self.tr("记下来"))
        self.setSubTitle(
            self.tr(
                "保存后在“家庭成员”页面和概览里都能看到。还没去办的选“计划中”，办好了选“已办理”。"
            )
        )
        layout = QVBoxLayout(self)
        holder = QWidget(self)
        self.grid = QGridLayout(holder)
        self.grid.setColumnStretch(3, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.status = _label("", self, "fieldError")
        self.status.setObjectName("saveStatus")
        layout.addWidget(self.status)
        self.rows: list[FinishRow] = []

    def initializePage(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        heads = (self.tr("保存"), self.tr("状态"), self.tr("开始日期"), self.tr("备注"))
        for col, text in enumerate(heads):
            self.grid.addWidget(_label(text, self, "hint"), 0, col)
        a = self.wiz.assessment
        for i, verdict in enumerate(a.eligible if a else (), start=1):
            self.rows.append(FinishRow(self, self.grid, i, verdict))
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(len(self.rows) + 1, 1)
        self.status.clear()

    def bindings(self) -> list[Binding]:
        giver_id = self.wiz.giver_id()
        if giver_id is None:
            return []
        return [b for r in self.rows if (b := r.binding(giver_id)) is not None]
