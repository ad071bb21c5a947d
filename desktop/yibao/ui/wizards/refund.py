"""个人账户返还与退费 wizard: scenario → whose money and who applies → dates and amounts →
verdict with reasons → checklist, saved as a case in 我的事项.

The wizard holds no rules: it collects a :class:`~yibao.domain.refund.RefundRequest`, asks
``services.refund`` for the assessment (on the op thread) and saves the case through it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from yibao.domain.kernel import Finding, Level, benefit_year_range
from yibao.domain.money import AmountError, format_yuan, parse_yuan
from yibao.domain.people import Member, Relation, Scheme
from yibao.domain.refund import (
    ACCOUNT_SCENARIOS,
    Applicant,
    HeirRelation,
    RefundAssessment,
    RefundRequest,
    Scenario,
    Verdict,
    cn_date,
    heir_relation_for,
)
from yibao.ui.context import AppContext
from yibao.ui.dialogs.failures import show_problem
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import html_escape as _e
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.case_preview import CasePreviewPage
from yibao.ui.widgets.date_field import DateField
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.widgets.region_picker import RegionPicker
from yibao.ui.wizards.base import GuardedWizard

if TYPE_CHECKING:
    from yibao.domain.cases import Case
    from yibao.services.database import Database
    from yibao.services.refund import RefundStart

OTHER_PERSON = -1


class PageId(enum.IntEnum):
    SCENARIO = 0
    PERSON = 1
    DETAILS = 2
    RESULT = 3
    CHECKLIST = 4


def _date_edit(parent: QWidget, name: str, empty_text: str) -> DateField:
    today = date.today()
    return DateField(
        parent,
        name,
        empty_text,
        maximum=today.replace(year=today.year + 2, day=min(today.day, 28)),
        inline_errors=False,
    )


def _holder(error_label: QLabel) -> QWidget:
    """The form row widget that :meth:`FieldErrors.add_row` put the field and its error in."""
    holder = error_label.parentWidget()
    assert holder is not None
    return holder


def _scroll(inner: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    return area


# ------------------------------------------------------------------------------- page 1


class ScenarioPage(QWizardPage):
    def __init__(self, wizard: RefundWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("scenarioPage")
        self.wiz = wizard
        self.setTitle(self.tr("您遇到的是哪种情况？"))
        self.setSubTitle(
            self.tr(
                "职工医保个人账户里的钱一般不能直接取现。下面这些情况可以一次性领取、继承或退费。"
            )
        )
        inner = QWidget(self)
        inner.setObjectName("scenario")
        inner.setAccessibleName(self.tr("情况"))
        box = QVBoxLayout(inner)
        box.setSpacing(2)
        self.group = QButtonGroup(self)
        self.buttons: dict[Scenario, QRadioButton] = {}
        for index, scenario in enumerate(Scenario):
            button = QRadioButton(dtr(scenario.label), inner)
            button.setObjectName(f"scenario_{scenario.value}")
            button.setAccessibleName(dtr(scenario.label))
            self.group.addButton(button, index)
            self.buttons[scenario] = button
            box.addWidget(button)
            hint = _label(dtr(scenario.description), inner, "hint")
            hint.setContentsMargins(24, 0, 0, 6)
            box.addWidget(hint)
        box.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_scroll(inner, self))
        self.group.idToggled.connect(lambda _i, _c: self.completeChanged.emit())

    def scenario(self) -> Scenario | None:
        index = self.group.checkedId()
        return list(Scenario)[index] if index >= 0 else None

    def set_scenario(self, scenario: Scenario) -> None:
        self.buttons[scenario].setChecked(True)

    def isComplete(self) -> bool:
        return self.scenario() is not None


# ------------------------------------------------------------------------------- page 2


class PersonPage(QWizardPage):
    def __init__(self, wizard: RefundWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("personPage")
        self.wiz = wizard
        self.setTitle(self.tr("是谁的钱，由谁来办？"))
        self.errors = FieldErrors()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form

        self.person = QComboBox(self)
        self.person.setObjectName("person")
        self.person_name = QLineEdit(self)
        self.person_name.setObjectName("person_name")
        self.person_name.setMaxLength(40)
        self.person_name.setPlaceholderText(self.tr("与身份证一致"))
        self.scheme = QComboBox(self)
        self.scheme.setObjectName("scheme")
        self.scheme.addItem(self.tr("不清楚"), None)
        for s in Scheme:
            self.scheme.addItem(dtr(s.label), s.value)
        self.region = RegionPicker(self)
        self.applicant = QComboBox(self)
        self.applicant.setObjectName("applicant")
        for a in Applicant:
            self.applicant.addItem(dtr(a.label), a.value)
        self.applicant_hint = _label("", self, "hint", "applicant_hint")
        self.heir_relation = QComboBox(self)
        self.heir_relation.setObjectName("heir_relation")
        self.heir_relation.addItem(self.tr("请选择"), None)
        for h in HeirRelation:
            self.heir_relation.addItem(dtr(h.label), h.value)
        self.other_heirs = QCheckBox(self.tr("还有其他继承人（如兄弟姐妹、另一位家长）"), self)
        self.other_heirs.setObjectName("other_heirs")
        self.household_hint = _label("", self, "hint", "household_hint")

        form.addRow(self.household_hint)
        self.errors.add_row(form, self.tr("参保人（钱是谁的）*"), "person", self.person)
        self._name_error = self.errors.add_row(
            form, self.tr("姓名 *"), "person_name", self.person_name
        )
        self.errors.add_row(form, self.tr("参保类型"), "scheme", self.scheme)
        self.errors.add_row(form, self.tr("参保地 *"), "region_code", self.region)
        self.errors.add_row(form, self.tr("谁去办理 *"), "applicant", self.applicant)
        form.addRow("", self.applicant_hint)
        self._heir_error = self.errors.add_row(
            form, self.tr("您是去世者的 *"), "heir_relation", self.heir_relation
        )
        self._others_error = self.errors.add_row(
            form, self.tr("其他继承人"), "other_heirs", self.other_heirs
        )
        self.region.setAccessibleName(self.tr("参保地"))

        clear = self.errors.clear_field
        self.person.currentIndexChanged.connect(self._person_changed)
        self.person_name.textChanged.connect(lambda _t: clear("person_name"))
        self.region.changed.connect(lambda: clear("region_code"))
        self.applicant.currentIndexChanged.connect(self._applicant_changed)
        self.heir_relation.currentIndexChanged.connect(lambda _i: clear("heir_relation"))
        self._scenario: Scenario | None = None
        self.fill_members(())

    # -- data
    def fill_members(self, members: tuple[Member, ...]) -> None:
        current = self.person.currentData()
        death = self._scenario is Scenario.DEATH
        if death:
            # the money of someone who died: never the user; the deceased first
            shown = sorted(
                (m for m in members if m.relation is not Relation.SELF),
                key=lambda m: m.died_on is None,
            )
        else:
            shown = list(members)
        self.person.blockSignals(True)
        self.person.clear()
        for m in shown:
            relation = self.tr("本人") if m.relation is Relation.SELF else dtr(m.relation.label)
            if m.died_on is not None:
                relation = self.tr("{relation}，已去世").format(relation=relation)
            self.person.addItem(f"{m.name}（{relation}）", m.id)
        if death:
            self.person.addItem(self.tr("不在家庭成员中的亲属（填写姓名）"), OTHER_PERSON)
        else:
            self.person.addItem(self.tr("其他人（不是家庭成员，例如单位同事）"), OTHER_PERSON)
        # keep a member the user already picked; otherwise the first one (the profile, or for
        # a death the deceased)
        index = self.person.findData(current) if current not in (None, OTHER_PERSON) else -1
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)
        if members:
            self.household_hint.hide()
        else:
            self.household_hint.setText(
                self.tr(
                    "还没有家庭成员资料。可以直接填写参保人的姓名和参保地；"
                    "以后在“家庭成员”页面添加，就能自动带出。"
                )
            )
            self.household_hint.show()
        self._person_changed()

    def member(self) -> Member | None:
        member_id = self.person.currentData()
        if member_id in (None, OTHER_PERSON):
            return None
        return next((m for m in self.wiz.members if m.id == member_id), None)

    def person_label(self) -> str:
        member = self.member()
        return member.name if member is not None else self.person_name.text().strip()

    def scheme_value(self) -> Scheme | None:
        data = self.scheme.currentData()
        return Scheme(data) if data else None

    def applicant_value(self) -> Applicant:
        return Applicant(self.applicant.currentData())

    def heir_value(self) -> HeirRelation | None:
        data = self.heir_relation.currentData()
        return HeirRelation(data) if data else None

    # -- behaviour
    def initializePage(self) -> None:
        scenario = self.wiz.scenario_page.scenario()
        if scenario is not self._scenario:
            self._scenario = scenario
            self.fill_members(tuple(self.wiz.members))
            self._default_applicant()
        if scenario is Scenario.DEATH:
            self.setSubTitle(self.tr("请选择去世的参保人，以及由谁来办理。"))
        elif scenario is Scenario.DUPLICATE_ENROLMENT:
            self.setSubTitle(
                self.tr("请选择重复参保的那个人（已缴了居民医保、又参加了职工医保）。")
            )
        elif scenario in (Scenario.PROXY_CANCEL, Scenario.PROXY_RESUBMIT):
            self.setSubTitle(self.tr("请选择用个人账户代缴的那位职工（钱从谁的账户里出）。"))
        else:
            self.setSubTitle(self.tr("请选择个人账户的主人，以及由谁来办理。"))
        self._update_rows()

    def _person_changed(self) -> None:
        self.errors.clear_field("person")
        member = self.member()
        is_other = member is None
        self.person_name.setEnabled(is_other)
        if member is not None:
            self.person_name.setText(member.name)
            self.scheme.setCurrentIndex(max(self.scheme.findData(member.scheme.value), 0))
            self.region.set_code(member.region_code)
            self.heir_relation.setCurrentIndex(
                max(self.heir_relation.findData(heir_relation_for(member.relation).value), 0)
            )
        else:
            if self.person_name.text() and not self.person_name.isModified():
                self.person_name.clear()
            self.scheme.setCurrentIndex(0)
            profile = self.wiz.profile()
            if self.region.code() is None and profile is not None:
                self.region.set_code(profile.region_code)
            self.heir_relation.setCurrentIndex(0)
        self._default_applicant()

    def _default_applicant(self) -> None:
        scenario = self.wiz.scenario_page.scenario()
        member = self.member()
        if scenario is Scenario.DEATH:
            choice = Applicant.HEIR
        elif member is None and self.wiz.members and scenario in ACCOUNT_SCENARIOS:
            # someone outside a known household: most often a clerk for a colleague
            choice = Applicant.EMPLOYER
        elif member is not None and member.relation is not Relation.SELF:
            choice = Applicant.AGENT
        else:
            choice = Applicant.INSURED
        self.applicant.setCurrentIndex(max(self.applicant.findData(choice.value), 0))
        self._applicant_changed()

    def _applicant_changed(self) -> None:
        self.errors.clear_field("applicant")
        applicant = self.applicant_value()
        hints = {
            Applicant.INSURED: self.tr("参保人自己去办。"),
            Applicant.EMPLOYER: self.tr(
                "单位的社保经办人员替本单位职工办理（例如职工离职、出国或去世）。"
            ),
            Applicant.HEIR: self.tr("参保人去世后，由继承人（配偶、子女、父母等）办理。"),
            Applicant.AGENT: self.tr("受参保人或继承人委托去办，要带委托书和双方身份证。"),
        }
        text = hints[applicant]
        scenario = self.wiz.scenario_page.scenario()
        if scenario is not None and applicant not in self._allowed(scenario):
            text += self.tr("（这种情况一般不能由{who}办理，下一步会说明原因。）").format(
                who=dtr(applicant.label)
            )
        self.applicant_hint.setText(text)
        self._update_rows()

    def _allowed(self, scenario: Scenario) -> tuple[Applicant, ...]:
        from yibao.services.refund import allowed_applicants

        return allowed_applicants(scenario, self.region.code(), self.wiz.today)

    def _update_rows(self) -> None:
        scenario = self.wiz.scenario_page.scenario()
        death = scenario is Scenario.DEATH
        heir = death and self.applicant_value() in (Applicant.HEIR, Applicant.AGENT)
        self.form.setRowVisible(_holder(self._heir_error), heir)
        self.form.setRowVisible(_holder(self._others_error), death)

    def validatePage(self) -> bool:
        from yibao.services.refund import check_person

        problems = [
            (e.field, dtr(e.template, e.params) if e.template else e.message)
            for e in check_person(self.person_label(), self.region.code())
        ]
        if self.member() is not None:
            problems = [p for p in problems if p[0] != "person_name"]
        if (
            self.wiz.scenario_page.scenario() is Scenario.DEATH
            and self.applicant_value() in (Applicant.HEIR, Applicant.AGENT)
            and self.heir_value() is None
        ):
            problems.append(("heir_relation", self.tr("请选择您与去世者的关系")))
        self.errors.show(problems)
        return not problems


# ------------------------------------------------------------------------------- page 3


class DetailsPage(QWizardPage):
    def __init__(self, wizard: RefundWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("detailsPage")
        self.wiz = wizard
        self.setTitle(self.tr("日期和金额"))
        self.errors = FieldErrors()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.termination_date = _date_edit(self, "termination_date", self.tr("参保终止日期"))
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
        self.employee_enrolment_date = _date_edit(
            self, "employee_enrolment_date", self.tr("参加职工医保的日期")
        )
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("例如 400，不知道可以不填"))
        self.application_date = _date_edit(self, "application_date", self.tr("重新提交的日期"))
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
        self.form.setRowVisible(_holder(self._rows[field]), visible)

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
        label = self.form.labelForField(_holder(self._rows["termination_date"]))
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
        amount_label = self.form.labelForField(_holder(self._rows["amount"]))
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
                "年度指居民医保的待遇年度（一般在上一年9—12月缴费）；职工医保的日期看单位参保"
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


# ------------------------------------------------------------------------------- page 4

#: marks that every CJK font has (emoji-like symbols render as empty boxes on some systems)
_LEVEL_MARK = {
    Level.OK: ("√", "#1e7d32"),
    Level.BLOCKED: ("×", "#b3261e"),
    Level.CHECK: ("？", "#8a5300"),
    Level.WAIT: ("…", "#8a5300"),
    Level.WARNING: ("！", "#8a5300"),
    Level.INFO: ("·", "#5b6773"),
}
_VERDICT_COLOUR = {
    Verdict.ELIGIBLE: "#1e7d32",
    Verdict.NOT_YET: "#8a5300",
    Verdict.CHECK_LOCALLY: "#8a5300",
    Verdict.NOT_ELIGIBLE: "#b3261e",
}


class ResultPage(QWizardPage):
    def __init__(self, wizard: RefundWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("resultPage")
        self.wiz = wizard
        self.setTitle(self.tr("能不能办、什么时候办、能拿回多少"))
        layout = QVBoxLayout(self)
        self.view = QTextBrowser(self)
        self.view.setObjectName("result")
        self.view.setAccessibleName(self.tr("判断结果"))
        self.view.setOpenLinks(False)
        self.status = _label("", self, "fieldError", "result_status")
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.assessment: RefundAssessment | None = None
        self._pending = False

    def initializePage(self) -> None:
        self.assessment = None
        self.status.clear()
        self.view.setHtml(f"<p>{_e(self.tr('正在按政策库判断……'))}</p>")
        request = self.wiz.details_page.request()
        today = self.wiz.today
        name = self.wiz.person_page.person_label()
        self._pending = True
        self.completeChanged.emit()

        def work(db: Database) -> RefundAssessment:
            from yibao.services.refund import assess_refund

            return assess_refund(db, request, today, name)

        self.wiz.ctx.call(work, self._done, self._failed)

    def isComplete(self) -> bool:
        return self.assessment is not None and not self._pending

    def _done(self, assessment: RefundAssessment) -> None:
        self._pending = False
        self.assessment = assessment
        self.view.setHtml(self.result_html(assessment))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        from yibao.services.errors import InvalidInput

        self._pending = False
        show_problem(self.status, exc, self.wiz.ctx, self)
        if isinstance(exc, InvalidInput):
            self.view.setHtml(f"<p>{_e(self.tr('请返回上一步，改正标红的内容。'))}</p>")
        self.completeChanged.emit()

    def _tag(self, reason: Finding) -> str:
        if reason.overridden:
            return self.tr("本地修改")
        basis = next((b for b in reason.basis if b.source is not None), None)
        if basis is None or basis.source is None:
            return ""
        region = basis.region_name
        confidence = dtr(basis.source.confidence.label)
        return f"{confidence} · {region}" if region else confidence

    def result_html(self, a: RefundAssessment) -> str:
        colour = _VERDICT_COLOUR[a.verdict]
        out = [
            f"<p style='font-size: 14pt; font-weight: 600; color: {colour};'>"
            f"{_e(dtr(a.verdict.label))}</p>"
        ]
        if a.earliest_application is not None and a.verdict is not Verdict.NOT_ELIGIBLE:
            if a.earliest_application > a.today:
                when = self.tr("最早 {date} 可以去申请。").format(
                    date=cn_date(a.earliest_application)
                )
            else:
                when = self.tr("现在就可以去申请。")
            out.append(f"<p><b>{_e(when)}</b></p>")
        out.append(f"<p><b>{_e(self.tr('为什么'))}</b></p><table cellspacing='2'>")
        for reason in a.reasons:
            tag = self._tag(reason)
            tag_html = (
                f" <span style='color:#1b5e8c; font-size: 9pt;'>〔{_e(tag)}〕</span>" if tag else ""
            )
            mark, colour = _LEVEL_MARK[reason.level]
            out.append(
                f"<tr><td valign='top' style='color: {colour}; font-weight: 600;'>{mark}</td>"
                f"<td>{_e(dtr(reason.template, reason.params))}{tag_html}</td></tr>"
            )
        out.append("</table>")
        if a.alternatives:
            heading = (
                self.tr("您可以这样做") if a.verdict is Verdict.NOT_ELIGIBLE else self.tr("建议")
            )
            out.append(f"<p><b>{_e(heading)}</b></p><ul>")
            out += [f"<li>{_e(dtr(r.template, r.params))}</li>" for r in a.alternatives]
            out.append("</ul>")
        amount = dtr(a.amount.template, a.amount.params)
        arrival = dtr(a.arrival.template, a.arrival.params)
        out.append(f"<p><b>{_e(self.tr('能拿回多少'))}</b><br>{_e(amount)}</p>")
        out.append(f"<p><b>{_e(self.tr('什么时候到账'))}</b><br>{_e(arrival)}</p>")
        out.append(
            "<p style='color:#5b6773; font-size: 9pt;'>"
            + _e(
                self.tr(
                    "〔〕里是依据的可信程度和地区。未经证实或二手资料的规定，"
                    "以当地医保部门公布为准；可以在“政策参数”页面按当地规定修改。"
                )
            )
            + "</p>"
        )
        return "".join(out)


# ------------------------------------------------------------------------------- page 5


@dataclass(frozen=True)
class _Preview:
    case: Case
    sections: dict[str, str]


class ChecklistPage(CasePreviewPage):
    def __init__(self, wizard: RefundWizard) -> None:
        super().__init__(
            wizard,
            notes_hint=QCoreApplication.translate(
                "ChecklistPage", "备注（可选，例如窗口电话、问到的到账时间）"
            ),
        )
        self.setObjectName("checklistPage")
        self.wiz = wizard
        self.setTitle(self.tr("要做的事和要带的材料"))
        self.setSubTitle(
            self.tr("点击“保存到我的事项”，以后可以逐项打勾、记备注、导出 PDF 或打印。")
        )

    def initializePage(self) -> None:
        self.show_loading()
        assessment = self.wiz.result_page.assessment
        if assessment is None:
            return
        if assessment.verdict is Verdict.NOT_ELIGIBLE:
            self.setTitle(self.tr("不符合条件时，可以改做的事"))
        else:
            self.setTitle(self.tr("要做的事和要带的材料"))
        member = self.wiz.person_page.member()
        member_id = member.id if member is not None else None
        name = self.wiz.person_page.person_label()

        def work(_db: Database) -> _Preview:
            from yibao.services.checklists import checklist_book
            from yibao.services.refund import build_case

            case = build_case(assessment, member_id=member_id, person_name=name)
            return _Preview(case, dict(checklist_book().sections))

        self.wiz.ctx.call(work, self._shown, self.wiz.result_page._failed)

    def _shown(self, preview: _Preview) -> None:
        self.show_case(
            preview.case,
            preview.sections,
            deadline_heading=self.tr("日期提醒"),
            date_text=cn_date,
        )


# ------------------------------------------------------------------------------- wizard


class RefundWizard(GuardedWizard):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refundWizard")
        self.ctx = ctx
        self.today = date.today()
        self.members: tuple[Member, ...] = ()
        self.setWindowTitle(self.tr("个人账户返还与退费"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(720, 600)
        self.scenario_page = ScenarioPage(self)
        self.person_page = PersonPage(self)
        self.details_page = DetailsPage(self)
        self.result_page = ResultPage(self)
        self.checklist_page = ChecklistPage(self)
        self.setPage(PageId.SCENARIO, self.scenario_page)
        self.setPage(PageId.PERSON, self.person_page)
        self.setPage(PageId.DETAILS, self.details_page)
        self.setPage(PageId.RESULT, self.result_page)
        self.setPage(PageId.CHECKLIST, self.checklist_page)
        self.setStartId(PageId.SCENARIO)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("保存到我的事项"))
        self._saving = False
        self.result_case: Case | None = None
        if ctx.is_ready:
            today = self.today

            def work(db: Database) -> RefundStart:
                from yibao.services.refund import start

                return start(db, today)

            ctx.call(work, self._started)

    def profile(self) -> Member | None:
        return next((m for m in self.members if m.relation is Relation.SELF), None)

    def _started(self, started: RefundStart) -> None:
        self.members = started.members
        self.person_page.fill_members(started.members)

    def accept(self) -> None:
        if self.result_case is not None:
            super().accept()
            return
        if self._saving:
            return
        assessment = self.result_page.assessment
        if assessment is None:
            return
        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        request = self.details_page.request()
        member = self.person_page.member()
        member_id = member.id if member is not None else None
        name = self.person_page.person_label()
        notes = self.checklist_page.notes.toPlainText().strip()
        today = self.today

        def work(db: Database) -> Case:
            from yibao.services.refund import save_refund_case

            return save_refund_case(
                db, request, today, member_id=member_id, person_name=name, notes=notes
            )

        self.ctx.call(work, self._saved, self._failed, notify=self.ctx.announce_case)

    def _saved(self, case: Case) -> None:
        self._saving = False
        self.result_case = case
        self.saved.emit(case)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        show_problem(self.checklist_page.status, exc, self.ctx, self)
