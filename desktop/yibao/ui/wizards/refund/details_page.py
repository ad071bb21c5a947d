"""Page 3: the dates and amounts the scenario needs; builds the :class:`RefundRequest`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from yibao.domain.kernel import benefit_year_range
from yibao.domain.money import AmountError, format_yuan, parse_yuan
from yibao.domain.refund import (
    ACCOUNT_SCENARIOS,
    RefundRequest,
    Scenario,
)
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.date_field import DateField
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.widgets.scroll import scrolled
from yibao.ui.wizards.refund.common import date_edit, row_holder

if TYPE_CHECKING:
    from yibao.services.database import Database
    from yibao.ui.wizards.refund.wizard import RefundWizard


class DetailsPage(QWizardPage):
    def __init__(self, wizard: RefundWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("detailsPage")
        self.wiz = wizard
        self.setTitle(self.tr("日期和金额"))
        self.errors = FieldErrors()
        # the form scrolls (大字 mode): wrapped hints get the height they need
        inner = QWidget(self)
        page_box = QVBoxLayout(self)
        page_box.setContentsMargins(0, 0, 0, 0)
        page_box.addWidget(scrolled(inner, self))
        form = QFormLayout()
        inner_box = QVBoxLayout(inner)
        inner_box.addLayout(form)
        inner_box.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a long question (English, 大字) puts its field below it instead of scrolling sideways
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form = form
        self.termination_date = date_edit(self, "termination_date", self.tr("参保终止日期"))
        self.account_transferable = QComboBox(self)
        self.account_transferable.setObjectName("account_transferable")
        self.account_transferable.addItem(self.tr("还不清楚"), None)
        self.account_transferable.addItem(self.tr("转不过去（新参保地不接收个人账户）"), False)
        self.account_transferable.addItem(self.tr("能转过去"), True)
        self.balance = QLineEdit(self)
        self.balance.setObjectName("balance")
        self.balance.setPlaceholderText(self.tr("例如 3456.78，不知道可以不填"))
        self.balance_hint = _label("", self, "hint", "balance_hint")
        self.benefit_year = QSpinBox(self)
        self.benefit_year.setObjectName("benefit_year")
        self.benefit_year.setRange(*benefit_year_range(date.today()))
        self.benefit_year.setValue(date.today().year)
        self.benefit_year.setSuffix(self.tr(" 年度"))
        self.employee_enrolment_date = date_edit(
            self, "employee_enrolment_date", self.tr("参加职工医保的日期")
        )
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("按缴费凭证或代缴记录填写，不知道可以不填"))
        self.application_date = date_edit(self, "application_date", self.tr("重新提交的日期"))
        self.application_date.edit.setPlaceholderText(self.tr("不填按今天计算，例如 2026-12-01"))

        self._rows: dict[str, QLabel] = {}
        add = self.errors.add_row
        self._rows["termination_date"] = add(
            form, self.tr("参保终止日期 *"), "termination_date", self.termination_date
        )
        self._rows["account_transferable"] = add(
            form,
            self.tr("个人账户能转到新参保地吗"),
            "account_transferable",
            self.account_transferable,
        )
        self._rows["balance"] = add(form, self.tr("个人账户余额（元）"), "balance", self.balance)
        form.addRow("", self.balance_hint)
        self._rows["benefit_year"] = add(
            form, self.tr("已缴居民医保的年度 *"), "benefit_year", self.benefit_year
        )
        self._rows["employee_enrolment_date"] = add(
            form,
            self.tr("参加职工医保的日期 *"),
            "employee_enrolment_date",
            self.employee_enrolment_date,
        )
        self._rows["amount"] = add(form, self.tr("金额（元）"), "amount", self.amount)
        self._rows["application_date"] = add(
            form, self.tr("重新提交的日期"), "application_date", self.application_date
        )
        self.details_hint = _label("", self, "hint", "details_hint")
        form.addRow(self.details_hint)

        clear = self.errors.clear_field
        self.termination_date.valueChanged.connect(lambda _d: clear("termination_date"))
        self.employee_enrolment_date.valueChanged.connect(
            lambda _d: clear("employee_enrolment_date")
        )
        self.balance.textChanged.connect(lambda _t: clear("balance"))
        self.balance.textEdited.connect(self._balance_edited)
        self.amount.textChanged.connect(lambda _t: clear("amount"))
        self.benefit_year.valueChanged.connect(lambda _v: clear("benefit_year"))
        self.balance_from_history = False
        self._history_member: int | None = None

    def _row(self, field: str, visible: bool) -> None:
        self.form.setRowVisible(row_holder(self._rows[field]), visible)

    def initializePage(self) -> None:
        scenario = self.wiz.scenario_page.scenario()
        account = scenario in ACCOUNT_SCENARIOS
        duplicate = scenario is Scenario.DUPLICATE_ENROLMENT
        proxy = scenario in (Scenario.PROXY_CANCEL, Scenario.PROXY_RESUBMIT)
        self._row("termination_date", account)
        self._row("account_transferable", scenario is Scenario.LEAVE_REGION)
        self._row("balance", account)
        self.form.setRowVisible(self.balance_hint, account)
        self._row("benefit_year", duplicate)
        self._row("employee_enrolment_date", duplicate)
        self._row("amount", duplicate or proxy)
        self._row("application_date", scenario is Scenario.PROXY_RESUBMIT)
        label = self.form.labelForField(row_holder(self._rows["termination_date"]))
        if isinstance(label, QLabel):
            label.setText(
                self.tr("去世日期 *")
                if scenario is Scenario.DEATH
                else self.tr("参保终止（停保）日期 *")
            )
        member = self.wiz.person_page.member()
        if (
            scenario is Scenario.DEATH
            and member is not None
            and member.died_on is not None
            and self.termination_date.is_empty()
        ):
            # marked 已去世 in the household: the date is known already
            self.termination_date.setValue(member.died_on)
        amount_label = self.form.labelForField(row_holder(self._rows["amount"]))
        if isinstance(amount_label, QLabel):
            amount_label.setText(
                self.tr("已缴的居民医保费（元）") if duplicate else self.tr("代缴的金额（元）")
            )
        hints = {
            Scenario.DEATH: self.tr(
                "一般填去世的日期；医保经办机构记录的停保日期不同时，以停保日期为准。"
            ),
            Scenario.EMIGRATION: self.tr(
                "填办理停保（单位减员）的日期；还没停保的，填预计的日期。"
            ),
            Scenario.LEAVE_REGION: self.tr("填原参保地停保（单位减员）的日期。"),
            Scenario.RELOCATION: self.tr("填原参保地停保的日期；还没停保的，填预计的日期。"),
            Scenario.DUPLICATE_ENROLMENT: self.tr(
                "年度指居民医保的待遇年度（一般在上一年的集中缴费期缴费）；职工医保的日期看单位参保"
                "或灵活就业开始缴费的日期。"
            ),
            Scenario.PROXY_CANCEL: self.tr("金额可以在医保 APP 的代缴记录里查到。"),
            Scenario.PROXY_RESUBMIT: self.tr("还没重新提交的，日期不用填，按今天计算。"),
        }
        self.details_hint.setText(hints[scenario] if scenario is not None else "")
        self.setSubTitle(dtr(scenario.label) if scenario is not None else "")
        if account:
            self._load_balance()

    def _load_balance(self) -> None:
        member = self.wiz.person_page.member()
        member_id = member.id if member is not None else None
        if member_id is None:
            self.balance_hint.setText(
                self.tr("可以在国家医保服务平台 APP 或当地医保公众号查询个人账户余额。")
            )
            return
        if member_id == self._history_member:
            return
        self._history_member = member_id
        today = self.wiz.today

        def work(db: Database) -> Decimal | None:
            from yibao.services.refund import account_balance

            return account_balance(db, member_id, today)

        self.balance_hint.setText(
            self.tr("可以在国家医保服务平台 APP 或当地医保公众号查询个人账户余额。")
        )
        self.wiz.ctx.call(work, self._balance_loaded)

    def _balance_loaded(self, value: Decimal | None) -> None:
        if value is None:
            return
        if not self.balance.text().strip() or self.balance_from_history:
            self.balance.setText(format_yuan(value, symbol=False))
            self.balance_from_history = True
            self.balance_hint.setText(
                self.tr("已按缴费记录推算出余额，可以按 APP 查到的数字修改。")
            )

    def _balance_edited(self, _text: str) -> None:
        if self.balance_from_history:
            self.balance_from_history = False
            self.balance_hint.setText(self.tr("按您填写的余额计算。"))

    def _money(
        self, edit: QLineEdit, field: str, problems: list[tuple[str, str]]
    ) -> Decimal | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_yuan(text)
        except AmountError as exc:
            problems.append((field, dtr(exc.template, exc.params)))
            return None

    @staticmethod
    def _day(field: DateField, problems: list[tuple[str, str]]) -> date | None:
        message = field.problem()
        if message is not None:
            problems.append((field.objectName(), message))
        return field.value()

    def request(self, problems: list[tuple[str, str]] | None = None) -> RefundRequest:
        problems = problems if problems is not None else []
        scenario = self.wiz.scenario_page.scenario() or Scenario.DEATH
        person = self.wiz.person_page
        account = scenario in ACCOUNT_SCENARIOS
        duplicate = scenario is Scenario.DUPLICATE_ENROLMENT
        proxy = scenario in (Scenario.PROXY_CANCEL, Scenario.PROXY_RESUBMIT)
        transferable = self.account_transferable.currentData()
        return RefundRequest(
            scenario=scenario,
            applicant=person.applicant_value(),
            region_code=person.region.code(),
            scheme=person.scheme_value(),
            heir_relation=person.heir_value() if scenario is Scenario.DEATH else None,
            other_heirs=scenario is Scenario.DEATH and person.other_heirs.isChecked(),
            termination_date=self._day(self.termination_date, problems) if account else None,
            account_transferable=(
                transferable
                if scenario is Scenario.LEAVE_REGION and transferable is not None
                else None
            ),
            employee_enrolment_date=(
                self._day(self.employee_enrolment_date, problems) if duplicate else None
            ),
            benefit_year=self.benefit_year.value() if duplicate else None,
            balance=self._money(self.balance, "balance", problems) if account else None,
            balance_from_history=account and self.balance_from_history,
            amount=self._money(self.amount, "amount", problems) if duplicate or proxy else None,
            application_date=(
                self._day(self.application_date, problems)
                if scenario is Scenario.PROXY_RESUBMIT
                else None
            ),
        )

    def validatePage(self) -> bool:
        from yibao.services.refund import check_details

        problems: list[tuple[str, str]] = []
        request = self.request(problems)
        typed = {field for field, _message in problems}
        problems += [
            (e.field, dtr(e.template, e.params) if e.template else e.message)
            for e in check_details(request, self.wiz.today)
            if e.field not in ("heir_relation", *typed)
        ]
        self.errors.show(problems)
        return not problems
