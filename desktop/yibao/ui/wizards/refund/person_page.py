"""Page 2: whose money it is, where they are insured and who applies (heirs too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWizardPage,
)

from yibao.domain.people import Member, Relation, Scheme
from yibao.domain.refund import (
    ACCOUNT_SCENARIOS,
    Applicant,
    HeirRelation,
    Scenario,
    heir_relation_for,
)
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.widgets.region_picker import RegionPicker
from yibao.ui.wizards.refund.common import OTHER_PERSON, row_holder

if TYPE_CHECKING:
    from yibao.ui.wizards.refund.wizard import RefundWizard


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
        self.form.setRowVisible(row_holder(self._heir_error), heir)
        self.form.setRowVisible(row_holder(self._others_error), death)

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
