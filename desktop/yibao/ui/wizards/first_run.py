"""First-run wizard: who the user is and where they are insured."""

from __future__ import annotations

import enum
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard, QWizardPage

from yibao.domain.idcard import mask_id_number
from yibao.domain.people import Member, Relation
from yibao.domain.regions import region_book
from yibao.ui.context import AppContext
from yibao.ui.dialogs.failures import show_problem
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.member_form import INSURANCE_FIELDS, PERSON_FIELDS, MemberForm, form_errors
from yibao.ui.wizards.base import GuardedWizard

if TYPE_CHECKING:
    from yibao.services.database import Database


class PageId(enum.IntEnum):
    WELCOME = 0
    PERSON = 1
    INSURANCE = 2
    SUMMARY = 3


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setTitle(self.tr("欢迎使用医保个人助手"))
        self.setSubTitle(
            self.tr("先花一分钟告诉我您的基本情况，之后的计算和清单都会按您的参保地来。")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                self.tr(
                    "医保个人助手可以帮您：\n"
                    "• 记下全家人的参保情况和缴费记录；\n"
                    "• 查看每个数字的政策依据和可信程度；\n"
                    "• 办理家庭共济、代缴、异地就医备案、个人账户返还之前先模拟一遍，"
                    "并给出去窗口要带的材料清单。"
                ),
                self,
            )
        )
        layout.addWidget(
            _label(
                self.tr(
                    "隐私：本软件完全离线运行，不联网、不上传任何数据。所有信息只保存在这台电脑上，"
                    "身份证号可以不填，填写后在界面中也会部分隐藏。"
                ),
                self,
                "warning",
            )
        )
        layout.addStretch(1)


class PersonPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("person")
        self.wiz = wizard
        self.setTitle(self.tr("您的基本信息"))
        self.setSubTitle(self.tr("填写身份证号后，出生日期和性别会自动带出。"))
        layout = QVBoxLayout(self)
        self.form = MemberForm(self, with_relation=False, sections=("person",))
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.registerField("name*", self.form.name)

    def validatePage(self) -> bool:
        problems = [
            p
            for p in form_errors(self.form, today=date.today(), relation=Relation.SELF)
            if p[0] in PERSON_FIELDS
        ]
        self.form.errors.show(problems)
        return not problems


class InsurancePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("insurance")
        self.wiz = wizard
        self.setTitle(self.tr("您的参保情况"))
        self.setSubTitle(
            self.tr("参保地是您缴医保的城市（统筹区）。直辖市选城市本身，省直辖县级市单独列出。")
        )
        layout = QVBoxLayout(self)
        self.form = MemberForm(self, with_relation=False, sections=("insurance",))
        layout.addWidget(self.form)
        layout.addWidget(
            _label(
                self.tr(
                    "不确定是哪一类？单位给您交的是“职工医保”；自己以个人身份交、按月或按年的"
                    "多为“灵活就业”；每年九月到年底集中缴一次、按人头交的是“城乡居民医保”。"
                ),
                self,
                "hint",
            )
        )
        layout.addStretch(1)

    def validatePage(self) -> bool:
        member = self.wiz.member()
        problems = [
            p
            for p in form_errors(self.form, today=date.today(), relation=Relation.SELF)
            if p[0] in INSURANCE_FIELDS
        ]
        if not problems:
            from yibao.services.household import validate_member

            problems = [
                (e.field, e.message)
                for e in validate_member(member, today=date.today())
                if e.field in INSURANCE_FIELDS
            ]
        self.form.errors.show(problems)
        return not problems


class SummaryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("summary")
        self.wiz = wizard
        self.setTitle(self.tr("确认信息"))
        self.setSubTitle(self.tr("点击“完成”保存。以后可以在“家庭成员”页面随时修改。"))
        layout = QVBoxLayout(self)
        self.summary = _label("", self)
        self.summary.setObjectName("summaryText")
        self.status = _label("", self, "fieldError")
        self.status.setObjectName("saveStatus")
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        m = self.wiz.member()
        lines = [
            self.tr("姓名：{v}").format(v=m.name),
            self.tr("性别：{v}").format(v=dtr(m.gender.label)),
            self.tr("出生日期：{v}").format(v=m.birth_date.isoformat() if m.birth_date else "—"),
            self.tr("身份证号：{v}").format(v=mask_id_number(m.id_number) or self.tr("未填写")),
            self.tr("参保类型：{v}").format(v=dtr(m.scheme.label)),
            self.tr("参保地：{v}").format(
                v=region_book().full_name(m.region_code) if m.region_code else "—"
            ),
        ]
        self.summary.setText("\n".join(lines))
        self.status.clear()


class FirstRunWizard(GuardedWizard):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置个人信息"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 520)
        self.welcome = WelcomePage(self)
        self.person = PersonPage(self)
        self.insurance = InsurancePage(self)
        self.summary = SummaryPage(self)
        self.setPage(PageId.WELCOME, self.welcome)
        self.setPage(PageId.PERSON, self.person)
        self.setPage(PageId.INSURANCE, self.insurance)
        self.setPage(PageId.SUMMARY, self.summary)
        self.setStartId(PageId.WELCOME)
        self._saving = False
        self.result_member: Member | None = None

    def member(self) -> Member:
        person = self.person.form.member(relation=Relation.SELF)
        insurance = self.insurance.form
        return replace(
            person,
            scheme=insurance.scheme_value(),
            region_code=insurance.region.code(),
            enrolled=insurance.enrolled.isChecked(),
            notes="",
        )

    def accept(self) -> None:
        if self.result_member is not None:
            super().accept()
            return
        if self._saving:
            return
        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        member = self.member()

        def work(db: Database) -> Member:
            from yibao.services import household

            return household.save_profile(db, member, today=date.today())

        self.ctx.call(work, self._saved, self._failed)

    def _saved(self, member: Member) -> None:
        self._saving = False
        self.result_member = member
        self.saved.emit(member)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        show_problem(self.summary.status, exc, self.ctx, self)
