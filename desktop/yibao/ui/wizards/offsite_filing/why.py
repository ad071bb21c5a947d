"""The second page: why — plain questions that decide the filing type."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from yibao.domain.offsite import Reason
from yibao.services.offsite import EARLIEST_START
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import date_edit as _date_edit
from yibao.ui.widgets.basics import from_qdate as _pydate
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import to_qdate as _qdate
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.wizards.offsite_filing.common import PageId, show_answer_errors

if TYPE_CHECKING:
    from yibao.ui.wizards.offsite_filing.wizard import OffsiteFilingWizard


class WhyPage(QWizardPage):
    """Why: plain questions that decide the filing type."""

    def __init__(self, wizard: OffsiteFilingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("why")
        self.wiz = wizard
        self.setTitle(self.tr("为什么要去外地看病"))
        self.setSubTitle(self.tr("选最接近的一项，我会告诉您该办哪种备案、为什么。"))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[Reason, QRadioButton] = {}
        long_title = _label(self.tr("长期在外地"), self, "sectionTitle")
        layout.addWidget(long_title)
        for reason in Reason:
            if reason is Reason.REFERRAL:
                layout.addWidget(_label(self.tr("临时去外地看病"), self, "sectionTitle"))
            button = QRadioButton(dtr(reason.label), self)
            button.setObjectName(f"reason_{reason.value}")
            self.group.addButton(button)
            self.buttons[reason] = button
            layout.addWidget(button)
            button.toggled.connect(self._update)
        self.more = QWidget(self)
        more = QFormLayout(self.more)
        more.setContentsMargins(0, 8, 0, 0)
        self.hukou = QCheckBox(self.tr("户口已经（或将要）迁到就医地"), self.more)
        self.hukou.setObjectName("hukou_moved")
        self.hukou.setAccessibleName(self.tr("户口已迁到就医地"))
        more.addRow(self.hukou)
        self.treated = QCheckBox(self.tr("已经看过病了（现在要补办备案或回来报销）"), self.more)
        self.treated.setObjectName("already_treated")
        self.treated.setAccessibleName(self.tr("已经看过病"))
        more.addRow(self.treated)
        self.has_start = QCheckBox(self.tr("已经定了出发（开始看病）的日期"), self.more)
        self.has_start.setObjectName("has_start")
        self.start = _date_edit(self.more, "start", self.tr("开始日期"))
        self.start.setMinimumDate(_qdate(EARLIEST_START))
        more.addRow(self.has_start)
        self.errors = FieldErrors()
        self.start_label = self.tr("开始日期：")
        self.errors.add_row(more, self.start_label, "start", self.start)
        layout.addWidget(self.more)
        self.hint = _label("", self, "hint", "why_hint")
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.has_start.toggled.connect(self._update)
        self.treated.toggled.connect(self._update)
        self.start.dateChanged.connect(self._update)
        self._update()

    def reason(self) -> Reason | None:
        for reason, button in self.buttons.items():
            if button.isChecked():
                return reason
        return None

    def set_reason(self, reason: Reason) -> None:
        self.buttons[reason].setChecked(True)

    def _update(self) -> None:
        reason = self.reason()
        self.hukou.setVisible(reason is Reason.SETTLE)
        # long-term or temporary: someone may already have been treated without a filing
        self.treated.setVisible(reason is not None)
        treated = reason is not None and self.treated.isChecked()
        self.has_start.setVisible(reason is not None and not treated)
        self.start.setEnabled(treated or self.has_start.isChecked())
        self.start.setVisible(reason is not None)
        start = _pydate(self.start.date()) if self.has_start.isChecked() else None
        if reason is None:
            hint = ""
        elif treated:
            hint = self.tr("已经看过病的：下一步填写看病的日期和付费情况。")
        elif start is not None and start < date.today():
            hint = self.tr(
                "开始日期已经过去了：已经在外地看过病的，请勾选“已经看过病了”，"
                "我会告诉您怎么补办备案、怎么回来报销。"
            )
        else:
            hint = self.tr("还没出发的：办好备案再去，在外地看病就能直接刷医保结算。")
        self.hint.setText(hint)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.reason() is not None

    def start_date(self) -> date | None:
        if self.start.isEnabled():
            return _pydate(self.start.date())
        return None

    def nextId(self) -> int:
        if self.reason() is not None and self.treated.isChecked():
            return PageId.TREATED
        return PageId.RESULT

    def validatePage(self) -> bool:
        # care already had: the date is checked with the bill on the next page
        fields = () if self.nextId() == PageId.TREATED else ("start",)
        if not fields:
            self.errors.show([])
            return True
        return show_answer_errors(self.errors, self.wiz.answers(), fields, date.today())
