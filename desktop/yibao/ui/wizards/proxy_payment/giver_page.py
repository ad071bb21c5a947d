"""Page 1: who pays — the giver's personal account (balance, monthly credit, region)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from yibao.domain.money import AmountError, format_yuan, parse_yuan
from yibao.domain.people import Member
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.widgets.region_picker import RegionPicker
from yibao.ui.wizards.proxy_payment.common import (
    MANUAL_GIVER,
    amount_error,
    money_edit,
    plain_amount,
)

if TYPE_CHECKING:
    from yibao.services.proxy_payment import AccountInfo, ProxySetup
    from yibao.ui.wizards.proxy_payment.wizard import ProxyPaymentWizard


class GiverPage(QWizardPage):
    def __init__(self, wizard: ProxyPaymentWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("giverPage")
        self.wiz = wizard
        self.setTitle(self.tr("谁出钱：职工医保个人账户"))
        self.setSubTitle(
            self.tr(
                "先模拟一遍：账户里的钱够给哪几位亲属缴居民医保、按什么顺序、赶不赶得上截止日、"
                "还要准备多少现金。模拟不会动您的账户。"
            )
        )
        layout = QVBoxLayout(self)
        self.empty_hint = _label(
            self.tr(
                "还没有填写家庭成员也没关系：直接在下面填余额和参保地，下一步再添加要代缴的亲属。"
                "以后在“家庭成员”页面添加家人，就能自动带出。"
            ),
            self,
            "warning",
            "empty_hint",
        )
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.giver = QComboBox(self)
        self.giver.setObjectName("giver")
        self.giver.setAccessibleName(self.tr("出钱的人"))
        self.giver.addItem(self.tr("其他人（手动填写）"), MANUAL_GIVER)
        self.errors.add_row(form, self.tr("出钱的人："), "giver", self.giver)
        self.giver_name = QLineEdit(self)
        self.giver_name.setObjectName("giver_name")
        self.giver_name.setAccessibleName(self.tr("出钱的人的称呼"))
        self.giver_name.setPlaceholderText(self.tr("例如：我、爸爸"))
        self.giver_name.setMaxLength(40)
        self.errors.add_row(form, self.tr("称呼："), "giver_name", self.giver_name)
        self.giver_region = RegionPicker(self, name="giver_region")
        self.errors.add_row(form, self.tr("参保地："), "giver_region", self.giver_region)
        self.balance = money_edit(self, "balance", self.tr("个人账户余额"), self.tr("例如 1500"))
        self.errors.add_row(form, self.tr("个人账户余额（元）*："), "balance", self.balance)
        self.monthly_credit = money_edit(
            self, "monthly_credit", self.tr("每月划入"), self.tr("不知道可以空着")
        )
        self.errors.add_row(
            form, self.tr("每月划入约（元）："), "monthly_credit", self.monthly_credit
        )
        self.credit_day = QSpinBox(self)
        self.credit_day.setObjectName("credit_day")
        self.credit_day.setAccessibleName(self.tr("每月划入到账日"))
        self.credit_day.setRange(1, 28)
        self.credit_day.setValue(10)
        self.credit_day.setSuffix(self.tr(" 号左右"))
        self.errors.add_row(form, self.tr("每月到账日："), "credit_day", self.credit_day)
        layout.addLayout(form)
        self.account_hint = _label("", self, "hint", "account_hint")
        self.account_hint.hide()
        layout.addWidget(self.account_hint)
        layout.addWidget(
            _label(
                self.tr(
                    "余额和每月划入可以在国家医保服务平台 APP 或当地医保 APP 的“个人账户”里查到。"
                    "每月划入用来估算：钱不够时，哪个月以后才够。"
                ),
                self,
                "hint",
            )
        )
        layout.addStretch(1)
        self.registerField("balance*", self.balance)
        self.giver.currentIndexChanged.connect(self._giver_changed)
        for name, edit in (
            ("balance", self.balance),
            ("monthly_credit", self.monthly_credit),
            ("giver_name", self.giver_name),
        ):
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))
        self._giver_changed()

    def _edited(self, name: str) -> None:
        self.errors.clear_field(name)
        if name in ("balance", "monthly_credit"):
            self.wiz.balance_from_history = False
            self.account_hint.clear()
            self.account_hint.hide()

    def fill(self, setup: ProxySetup) -> None:
        self.giver.blockSignals(True)
        self.giver.clear()
        for member in setup.givers:
            self.giver.addItem(f"{member.name}（{dtr(member.scheme.label)}）", member.id)
        self.giver.addItem(self.tr("其他人（手动填写）"), MANUAL_GIVER)
        self.giver.setCurrentIndex(0)
        self.giver.blockSignals(False)
        self.empty_hint.setVisible(not setup.givers)
        if not setup.givers and setup.profile is not None:
            self.empty_hint.setText(
                self.tr(
                    "家庭成员中没有参加职工医保（有个人账户）的人。可以在下面手动填写出钱的人；"
                    "只有职工医保的个人账户才能代缴。"
                )
            )
        self._giver_changed()

    def giver_member(self) -> Member | None:
        member_id = self.giver.currentData()
        if member_id in (None, MANUAL_GIVER):
            return None
        return next((m for m in self.wiz.setup_givers() if m.id == member_id), None)

    def giver_label(self) -> str:
        member = self.giver_member()
        if member is not None:
            return member.name
        return self.giver_name.text().strip() or self.tr("我")

    def _giver_changed(self) -> None:
        member = self.giver_member()
        manual = member is None
        self.giver_name.setEnabled(manual)
        if member is not None:
            self.giver_name.setText(member.name)
            self.giver_region.set_code(member.region_code)
            info = self.wiz.account_for(member.id)
            self._show_account(info)
        else:
            self.account_hint.clear()
            self.account_hint.hide()

    def _show_account(self, info: AccountInfo | None) -> None:
        if info is None or info.balance is None:
            self.account_hint.clear()
            self.account_hint.hide()
            return
        self.balance.setText(plain_amount(info.balance))
        if info.monthly_credit is not None:
            self.monthly_credit.setText(plain_amount(info.monthly_credit))
        self.wiz.balance_from_history = True
        when = info.balance_on.isoformat() if info.balance_on else "—"
        text = self.tr("已按“缴费记录”推算：截至 {date} 余额约 {balance}").format(
            date=when, balance=format_yuan(info.balance)
        )
        if info.monthly_credit is not None:
            text += self.tr("，每月划入约 {credit}").format(credit=format_yuan(info.monthly_credit))
        if info.credit_explanation:
            text += self.tr("（{how}）").format(how=info.credit_explanation)
        self.account_hint.setText(text + self.tr("。可以改成 APP 上看到的数。"))
        self.account_hint.show()

    def values(self, problems: list[tuple[str, str]]) -> tuple[Decimal, Decimal]:
        balance = Decimal(0)
        credit = Decimal(0)
        try:
            balance = parse_yuan(self.balance.text())
        except AmountError as exc:
            problems.append(("balance", amount_error(exc)))
        if self.monthly_credit.text().strip():
            try:
                credit = parse_yuan(self.monthly_credit.text())
            except AmountError as exc:
                problems.append(("monthly_credit", amount_error(exc)))
        return balance, credit

    def validatePage(self) -> bool:
        problems: list[tuple[str, str]] = []
        self.values(problems)
        if self.giver_member() is None and len(self.giver_name.text().strip()) > 40:
            problems.append(("giver_name", self.tr("称呼太长了")))
        self.errors.show(problems)
        return not problems
