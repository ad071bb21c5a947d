"""The giver (共济人), the day whose rules apply and, optionally, the balance; every member's
giver check with its reasons."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWizardPage,
)

from yibao.domain.family import GiverCheck
from yibao.domain.money import AmountError
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import to_qdate as _qdate
from yibao.ui.widgets.findings import finding_html
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.wizards.binding.common import (
    member_line,
    text_browser,
)

if TYPE_CHECKING:
    from yibao.ui.wizards.binding.wizard import BindingWizard


class GiverPage(QWizardPage):
    def __init__(self, wizard: BindingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("giver_page")
        self.wiz = wizard
        self.setTitle(self.tr("谁来出钱（共济人）"))
        self.setSubTitle(
            self.tr(
                "共济人要参加职工医保，并且有个人账户（在职、退休或灵活就业“统账结合”都可以）。"
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.giver = QComboBox(self)
        self.giver.setObjectName("giver")
        self.policy_date = QDateEdit(self)
        self.policy_date.setObjectName("policy_date")
        self.policy_date.setCalendarPopup(True)
        self.policy_date.setDisplayFormat("yyyy-MM-dd")
        self.policy_date.setMinimumDate(QDate(2000, 1, 1))
        self.policy_date.setMaximumDate(QDate(2099, 12, 31))
        self.policy_date.setDate(_qdate(wizard.today()))
        self.balance = QLineEdit(self)
        self.balance.setObjectName("balance")
        self.balance.setPlaceholderText(self.tr("可不填，例如 2,500.00"))
        self.balance.setMaxLength(20)
        self.errors.add_row(form, self.tr("共济人 *"), "giver", self.giver)
        self.errors.add_row(form, self.tr("按哪天的政策检查 *"), "policy_date", self.policy_date)
        self.errors.add_row(form, self.tr("个人账户余额（元）"), "balance", self.balance)
        layout.addLayout(form)
        layout.addWidget(_label(self.tr("家里每个人能不能当共济人："), self, "sectionTitle"))
        self.reasons = text_browser(self, "giver_reasons", self.tr("共济人检查结果"))
        layout.addWidget(self.reasons, 1)
        self.registerField("giver*", self.giver)
        self.balance.textEdited.connect(lambda _t: self.errors.clear_field("balance"))
        self.giver.currentIndexChanged.connect(lambda _i: self.errors.clear_field("giver"))
        self.policy_date.dateChanged.connect(lambda _d: self.wiz.reload())

    def show_candidates(self, checks: list[GiverCheck]) -> None:
        chosen = self.giver.currentData()
        self.giver.blockSignals(True)
        self.giver.clear()
        for c in checks:
            if c.qualifies and c.member.id is not None:
                self.giver.addItem(member_line(c.member), c.member.id)
        index = self.giver.findData(chosen) if chosen is not None else -1
        self.giver.setCurrentIndex(index if index >= 0 else (0 if self.giver.count() else -1))
        self.giver.setEnabled(self.giver.count() > 0)
        if not self.giver.count():
            self.giver.setPlaceholderText(self.tr("没有符合条件的人"))
        self.giver.blockSignals(False)
        if checks and not self.giver.count():
            self.errors.show([("giver", self._nobody())])
        else:
            self.errors.clear_field("giver")
        parts = []
        for c in checks:
            mark = "✔" if c.qualifies else "✘"
            colour = "#1b7f3b" if c.qualifies else "#b3261e"
            parts.append(
                f'<h4 style="margin:10px 0 0 0"><span style="color:{colour}">{mark}</span> '
                f"{html.escape(member_line(c.member))}</h4>"
            )
            parts.extend(finding_html(r) for r in c.reasons)
        if not checks:
            parts.append(html.escape(self.tr("还没有家庭成员。")))
        self.reasons.setHtml("".join(parts))
        self.completeChanged.emit()

    def _nobody(self) -> str:
        return self.tr(
            "家里还没有人能当共济人。下面列出了每个人的原因和解决办法；改好家庭成员信息后再来。"
        )

    def validatePage(self) -> bool:
        problems: list[tuple[str, str]] = []
        if self.giver.currentData() is None:
            problems.append(("giver", self._nobody()))
        try:
            self.wiz.balance()
        except AmountError as exc:
            problems.append(("balance", dtr(exc.template, exc.params)))
        self.errors.show(problems)
        return not problems
