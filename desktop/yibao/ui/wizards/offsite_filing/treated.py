"""After return: when the care happened and whether it was paid in full."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QFormLayout, QVBoxLayout, QWizardPage

from yibao.ui.widgets.basics import date_edit as _date_edit
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.wizards.offsite_filing.common import show_answer_errors

if TYPE_CHECKING:
    from yibao.ui.wizards.offsite_filing.wizard import OffsiteFilingWizard


class TreatedPage(QWizardPage):
    """After return: when the care happened and whether it was paid in full."""

    def __init__(self, wizard: OffsiteFilingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("treated")
        self.wiz = wizard
        self.setTitle(self.tr("看病和付费的情况"))
        self.setSubTitle(
            self.tr("报销和补办备案的期限从这些日期算起。记不清的，看发票或出院记录上的日期。")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.start = _date_edit(self, "treated_start", self.tr("开始看病（急诊、入院）的日期"))
        self.errors.add_row(form, self.tr("开始看病（急诊、入院）："), "start", self.start)
        self.inpatient = QCheckBox(self.tr("住了院"), self)
        self.inpatient.setObjectName("inpatient")
        self.inpatient.setChecked(True)
        form.addRow(self.inpatient)
        self.paid = QCheckBox(self.tr("医院没能直接用医保结算，费用全部自己付了"), self)
        self.paid.setObjectName("paid_in_full")
        self.paid.setChecked(True)
        form.addRow(self.paid)
        self.discharge = _date_edit(self, "discharge", self.tr("出院或结清费用的日期"))
        self.errors.add_row(form, self.tr("出院（结清费用）："), "discharge", self.discharge)
        layout.addLayout(form)
        layout.addWidget(
            _label(
                self.tr(
                    "全部自己付了钱的，回到参保地可以申请“手工报销”，下一步会列出要带的材料"
                    "和截止日期。医院已经直接结算的，不用勾选。"
                ),
                self,
                "hint",
            )
        )
        layout.addStretch(1)
        self.paid.toggled.connect(self.discharge.setEnabled)
        self.start.dateChanged.connect(lambda _d: self.errors.clear_field("start"))
        self.discharge.dateChanged.connect(lambda _d: self.errors.clear_field("discharge"))

    def validatePage(self) -> bool:
        return show_answer_errors(
            self.errors, self.wiz.answers(), ("start", "discharge"), date.today()
        )
