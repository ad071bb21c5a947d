"""家庭共济绑定 wizard: who gives, who receives, whether each may and why, how to do it, save.

Pages (``PageId``): what 家庭共济 is (and is not: 亲情账户) → the giver (共济人), the date whose
rules apply and, optionally, the balance → the relatives (or add one with the member form) →
the verdict for each with every reason and its source → the steps per channel, materials,
pledge and common failures → save the bindings (计划中 / 已办理). The rules live in
``domain.family`` and the steps in ``resources/checklists/binding.toml``; this module only asks,
shows and calls the services (on the op thread).
"""

from __future__ import annotations

import enum
import html
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from yibao.domain.bindings import Binding, BindingStatus
from yibao.domain.checklists import ChecklistEntry
from yibao.domain.family import Assessment, GiverCheck, Outcome, Verdict
from yibao.domain.money import AmountError, parse_yuan
from yibao.domain.people import Member
from yibao.domain.regions import region_book
from yibao.ui.context import AppContext
from yibao.ui.dialogs.failures import problem_text, show_problem
from yibao.ui.dialogs.member_dialog import MemberDialog
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import from_qdate as _pydate
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import to_qdate as _qdate
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.widgets.reasons import guide_html, reason_html, verdicts_html
from yibao.ui.wizards.base import GuardedWizard

if TYPE_CHECKING:
    from yibao.services.database import Database


class PageId(enum.IntEnum):
    INTRO = 0
    GIVER = 1
    RELATIVES = 2
    VERDICTS = 3
    STEPS = 4
    FINISH = 5


#: Checklist sections shown on the steps page, in order; steps are numbered.
STEP_SECTIONS = (
    "binding_app",
    "binding_region",
    "binding_counter",
    "binding_materials",
    "binding_pledge",
    "binding_failures",
    "binding_after",
)
NUMBERED = {"binding_app", "binding_counter"}
PROBLEMS = {"binding_failures"}


def _browser(parent: QWidget, name: str, accessible: str) -> QTextBrowser:
    browser = QTextBrowser(parent)
    browser.setObjectName(name)
    browser.setAccessibleName(accessible)
    browser.setOpenExternalLinks(False)
    return browser


def member_line(m: Member) -> str:
    place = region_book().full_name(m.region_code) if m.region_code else "—"
    return f"{m.name}（{dtr(m.relation.label)}）· {dtr(m.scheme.label)} · {place}"


# ---------------------------------------------------------------------------- pages


class IntroPage(QWizardPage):
    def __init__(self, wizard: BindingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("intro")
        self.wiz = wizard
        self.setTitle(self.tr("家庭共济：用您的个人账户帮家人"))
        self.setSubTitle(self.tr("先分清两件容易混的事，再一步步检查家人能不能绑定、怎么去办。"))
        layout = QVBoxLayout(self)
        self.text = _label("", self)
        self.text.setObjectName("intro_text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        self.empty = _label(
            self.tr(
                "还没有填写个人信息和家庭成员。请先关闭本向导，在“家庭成员”页面填写您和家人的"
                "参保类型、参保地，再来办理家庭共济。"
            ),
            self,
            "warning",
        )
        self.empty.setObjectName("empty_hint")
        self.empty.hide()
        layout.addWidget(self.empty)
        layout.addStretch(1)

    def show_intro(self, entries: list[ChecklistEntry]) -> None:
        parts = []
        for e in entries:
            parts.append(
                f'<p style="margin:8px 0 2px 0"><b>{html.escape(e.text)}</b></p>'
                f'<p style="margin:0 0 6px 0;color:#5f6368">{html.escape(e.why)}</p>'
            )
        self.text.setText("".join(parts))

    def update_state(self) -> None:
        self.empty.setVisible(self.wiz.loaded and not self.wiz.members)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.loaded and bool(self.wiz.members)


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
        self.reasons = _browser(self, "giver_reasons", self.tr("共济人检查结果"))
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
            parts.extend(reason_html(r) for r in c.reasons)
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


class RelativesPage(QWizardPage):
    def __init__(self, wizard: BindingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("relatives_page")
        self.wiz = wizard
        self.setTitle(self.tr("给谁用（被共济的亲属）"))
        self.setSubTitle(
            self.tr("勾选要绑定的家人，可以选多位。家人还没登记的，点“添加家庭成员…”。")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.list = QListWidget(self)
        self.list.setObjectName("relatives")
        self.list.setAccessibleName(self.tr("家庭成员"))
        self.errors.add_row(form, self.tr("亲属 *"), "relatives", self.list)
        layout.addLayout(form, 1)
        self.add_button = QPushButton(self.tr("添加家庭成员…"), self)
        self.add_button.setObjectName("add_relative")
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            _label(
                self.tr("关系按“与您的关系”登记；共济人不是您本人时，软件会换算成与共济人的关系。"),
                self,
                "hint",
            )
        )
        self.checked: set[int] = set()
        self.add_button.clicked.connect(self.add_member)
        self.list.itemChanged.connect(self._item_changed)

    def initializePage(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        giver_id = self.wiz.giver_id()
        self.list.blockSignals(True)
        self.list.clear()
        for m in self.wiz.members:
            if m.id is None or m.id == giver_id:
                continue
            item = QListWidgetItem(member_line(m))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if m.id in self.checked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _item_changed(self, item: QListWidgetItem) -> None:
        member_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.checked.add(member_id)
            self.errors.clear_field("relatives")
        else:
            self.checked.discard(member_id)

    def set_checked(self, member_ids: list[int]) -> None:
        self.checked = set(member_ids)
        self.rebuild()

    def selected_ids(self) -> list[int]:
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def add_member(self) -> None:
        member = MemberDialog.ask(self.wiz.ctx, None, self)
        if member is not None and member.id is not None:
            self.checked.add(member.id)
            self.wiz.reload()

    def validatePage(self) -> bool:
        if not self.selected_ids():
            self.errors.show([("relatives", self.tr("请至少勾选一位亲属"))])
            return False
        self.errors.clear()
        return True


class VerdictsPage(QWizardPage):
    def __init__(self, wizard: BindingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("verdicts_page")
        self.wiz = wizard
        self.setTitle(self.tr("能不能办：逐条检查"))
        self.setSubTitle(
            self.tr("每一条都写明了依据和可信程度；“未经证实”的请以当地医保部门公布为准。")
        )
        layout = QVBoxLayout(self)
        self.summary = _label("", self, "cardTitle")
        self.summary.setObjectName("verdict_summary")
        layout.addWidget(self.summary)
        self.browser = _browser(self, "verdicts", self.tr("检查结果"))
        layout.addWidget(self.browser, 1)
        self.loaded = False

    def initializePage(self) -> None:
        self.loaded = False
        self.summary.setText(self.tr("正在检查…"))
        self.browser.clear()
        self.wiz.run_assessment(self._show)

    def _show(self, assessment: Assessment | None, error: str = "") -> None:
        if assessment is None:
            self.summary.setText(error)
            self.loaded = False
            self.completeChanged.emit()
            return
        by_outcome = {
            outcome: [v.relative.name for v in assessment.verdicts if v.outcome is outcome]
            for outcome in Outcome
        }
        parts = []
        if by_outcome[Outcome.ELIGIBLE]:
            names = "、".join(by_outcome[Outcome.ELIGIBLE])
            parts.append(self.tr("可以办理：{names}").format(names=names))
        if by_outcome[Outcome.ALREADY_RECORDED]:
            names = "、".join(by_outcome[Outcome.ALREADY_RECORDED])
            parts.append(self.tr("已记录，不用重复办理：{names}").format(names=names))
        if by_outcome[Outcome.NOT_ELIGIBLE]:
            names = "、".join(by_outcome[Outcome.NOT_ELIGIBLE])
            parts.append(self.tr("暂时不能办理：{names}").format(names=names))
        self.summary.setText("；".join(parts))
        at_text = self.tr("按 {date} 的政策，共济人：{giver}").format(
            date=assessment.at.isoformat(), giver=assessment.giver.member.name
        )
        self.browser.setHtml(verdicts_html(assessment.verdicts, at_text))
        self.loaded = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.loaded


class StepsPage(QWizardPage):
    def __init__(self, wizard: BindingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("steps_page")
        self.wiz = wizard
        self.setTitle(self.tr("怎么办：步骤、材料和常见问题"))
        self.setSubTitle(self.tr("任选一种渠道办理即可。手机办不了的，可以到窗口请工作人员帮忙。"))
        layout = QVBoxLayout(self)
        self.lead = _label("", self, "hint")
        self.lead.setObjectName("steps_lead")
        layout.addWidget(self.lead)
        self.browser = _browser(self, "steps", self.tr("办理步骤"))
        layout.addWidget(self.browser, 1)

    def initializePage(self) -> None:
        a = self.wiz.assessment
        if a is None:
            return
        eligible = [v.relative.name for v in a.verdicts if v.eligible]
        if eligible:
            self.lead.setText(
                self.tr("下面是给{names}办理的方法。").format(names="、".join(eligible))
            )
        elif all(v.outcome is Outcome.ALREADY_RECORDED for v in a.verdicts):
            self.lead.setText(
                self.tr(
                    "这次选的亲属都已经记录过共济，不用重复办理；"
                    "可以在“家庭成员”页面的家庭共济列表中查看或修改。"
                )
            )
        else:
            self.lead.setText(
                self.tr(
                    "这次选的亲属都暂时不能办理（原因和解决办法见上一页）。"
                    "下面的常见问题也许能帮上忙；条件满足后可以再来。"
                )
            )
        groups: list[tuple[str, list[ChecklistEntry]]] = []
        for section in STEP_SECTIONS:
            if not eligible and section not in PROBLEMS:
                continue
            entries = [e for e in a.guide if e.section == section]
            groups.append((self.wiz.section_label(section), entries))
        self.browser.setHtml(
            guide_html(groups, a.sources, numbered=NUMBERED, problem_sections=PROBLEMS)
        )

    def nextId(self) -> int:
        a = self.wiz.assessment
        if a is not None and a.eligible:
            return int(PageId.FINISH)
        return -1


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


# ---------------------------------------------------------------------------- wizard


class BindingWizard(GuardedWizard):
    """家庭共济绑定. Emits ``saved`` with the stored bindings."""

    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bindingWizard")
        self.ctx = ctx
        self.today: Callable[[], date] = date.today
        self.setWindowTitle(self.tr("家庭共济绑定"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(760, 620)
        self.members: list[Member] = []
        self.candidates: list[GiverCheck] = []
        self.loaded = False
        self.assessment: Assessment | None = None
        self.result_bindings: list[Binding] | None = None
        self._sections: dict[str, str] = {}
        self._saving = False
        self._closed = False

        self.intro = IntroPage(self)
        self.giver_page = GiverPage(self)
        self.relatives_page = RelativesPage(self)
        self.verdicts_page = VerdictsPage(self)
        self.steps_page = StepsPage(self)
        self.finish_page = FinishPage(self)
        for pid, page in (
            (PageId.INTRO, self.intro),
            (PageId.GIVER, self.giver_page),
            (PageId.RELATIVES, self.relatives_page),
            (PageId.VERDICTS, self.verdicts_page),
            (PageId.STEPS, self.steps_page),
            (PageId.FINISH, self.finish_page),
        ):
            self.setPage(pid, page)
        self.setStartId(PageId.INTRO)
        ctx.household_changed.connect(self.reload)
        if ctx.is_ready:
            self.reload()
        else:
            self.loaded = True
            self.intro.update_state()

    # -- data ---------------------------------------------------------------------------
    def policy_date(self) -> date:
        return _pydate(self.giver_page.policy_date.date())

    def giver_id(self) -> int | None:
        data = self.giver_page.giver.currentData()
        return int(data) if data is not None else None

    def balance(self) -> Decimal | None:
        text = self.giver_page.balance.text().strip()
        return parse_yuan(text) if text else None

    def section_label(self, section: str) -> str:
        return dtr(self._sections.get(section, section))

    def reload(self) -> None:
        """(Re)load members, giver checks and the intro texts on the op thread."""
        if not self.ctx.is_ready:
            return
        at = self.policy_date()

        def work(
            db: Database,
        ) -> tuple[list[Member], list[GiverCheck], list[ChecklistEntry], dict[str, str]]:
            from yibao.services import bindings, household

            members = household.list_members(db)
            checks = bindings.giver_candidates(db, at)
            intro, sections = bindings.intro_guide()
            return members, checks, intro, sections

        self.ctx.call(work, self._loaded)

    def _alive(self) -> bool:
        return not self._closed and shiboken6.isValid(self)

    def done(self, result: int) -> None:
        """Closing: stop listening, so late answers from the op thread are dropped."""
        if not self._closed:
            self._closed = True
            self.ctx.household_changed.disconnect(self.reload)
        super().done(result)

    def _loaded(
        self, result: tuple[list[Member], list[GiverCheck], list[ChecklistEntry], dict[str, str]]
    ) -> None:
        if not self._alive():
            return
        members, checks, intro, sections = result
        self.members, self.candidates, self._sections = members, checks, sections
        self.loaded = True
        self.intro.show_intro(intro)
        self.intro.update_state()
        self.giver_page.show_candidates(checks)
        if self.currentId() == PageId.RELATIVES:
            self.relatives_page.rebuild()

    def run_assessment(self, done: Callable[..., None]) -> None:
        giver_id = self.giver_id()
        relative_ids = self.relatives_page.selected_ids()
        at = self.policy_date()
        balance = self.balance()
        today = self.today()
        if giver_id is None:
            done(None, self.tr("请先选择共济人"))
            return

        def work(db: Database) -> Assessment:
            from yibao.services import bindings

            return bindings.assess(db, giver_id, relative_ids, at, balance=balance, today=today)

        def ok(assessment: Assessment) -> None:
            if not self._alive():
                return
            self.assessment = assessment
            done(assessment)

        def failed(exc: BaseException) -> None:
            if not self._alive():
                return
            text = problem_text(exc)
            if text is None:
                self.ctx.reporter.report(exc, self)
            else:
                done(None, text)

        self.ctx.call(work, ok, failed)

    # -- finishing ----------------------------------------------------------------------
    def accept(self) -> None:
        if self.result_bindings is not None or self.currentId() != PageId.FINISH:
            super().accept()
            return
        if self._saving:
            return
        bindings_to_save = self.finish_page.bindings()
        if not bindings_to_save:
            self.finish_page.status.setText(
                self.tr("没有勾选要保存的亲属。不想保存的话，点“取消”关闭即可。")
            )
            return
        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        at = self.policy_date()
        today = self.today()

        def work(db: Database) -> list[Binding]:
            from yibao.services import bindings

            return bindings.save_bindings(db, bindings_to_save, at=at, today=today)

        ctx = self.ctx
        # after _saved has closed the wizard (it listens too), and even if it was cancelled
        self.ctx.call(
            work, self._saved, self._failed, notify=lambda _: ctx.household_changed.emit()
        )

    def _saved(self, saved: list[Binding]) -> None:
        self._saving = False
        self.result_bindings = saved
        self.saved.emit(saved)
        super().accept()  # closes (and stops listening) before the pages refresh (notify)

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        show_problem(self.finish_page.status, exc, self.ctx, self)
