"""异地就医备案 wizard: who and where → why → (care already happened: the bill) → the plan,
saved as a case in 我的事项.

The wizard holds no rules: it collects :class:`~yibao.domain.offsite.OffsiteAnswers`, checks
them with ``validate_answers`` (messages at the field), and asks ``services.offsite`` for the
plan and to save it. Opened with ``from_case`` it is the "after return" branch for a saved
filing: only the bill questions, then ``services.offsite.add_claim``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from yibao.domain.cases import Case
from yibao.domain.offsite import (
    FilingType,
    Note,
    OffsiteAnswers,
    OffsiteProblem,
    Reason,
    validate_answers,
)
from yibao.domain.people import Member, Scheme
from yibao.domain.policy import Confidence
from yibao.domain.regions import region_book
from yibao.ui.context import AppContext
from yibao.ui.dialogs.failures import invalid_text, show_problem
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import date_edit as _date_edit
from yibao.ui.widgets.basics import from_qdate as _pydate
from yibao.ui.widgets.basics import html_escape as _e
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import to_qdate as _qdate
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.widgets.region_picker import RegionPicker
from yibao.ui.wizards.base import GuardedWizard

if TYPE_CHECKING:
    from yibao.domain.checklists import ChecklistEntry
    from yibao.services.database import Database
    from yibao.services.offsite import OffsiteResult


class PageId(enum.IntEnum):
    WHERE = 0
    WHY = 1
    TREATED = 2
    RESULT = 3


def _show_problems(errors: FieldErrors, problems: tuple[OffsiteProblem, ...]) -> list[str]:
    return errors.show([(p.field, dtr(p.template, p.params)) for p in problems])


# ---------------------------------------------------------------------------------- pages


class WherePage(QWizardPage):
    """Who (a household member, their scheme and 参保地) and where (就医地)."""

    def __init__(self, wizard: OffsiteFilingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("where")
        self.wiz = wizard
        self.setTitle(self.tr("谁去外地看病，去哪里"))
        self.setSubTitle(
            self.tr("参保地和险种会从家庭成员资料中带出；就医地选要去看病或生活的城市。")
        )
        layout = QVBoxLayout(self)
        self.no_members = _label(
            self.tr(
                "还没有设置个人信息和家庭成员。可以先在“概览”中设置，也可以直接在下面选择"
                "参保地和险种继续。"
            ),
            self,
            "warning",
            "no_members",
        )
        self.no_members.hide()
        layout.addWidget(self.no_members)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.member = QComboBox(self)
        self.member.setObjectName("member")
        self.member.addItem(self.tr("（不指定成员）"), None)
        self.errors.add_row(form, self.tr("为谁办理："), "member", self.member)
        self.scheme = QComboBox(self)
        self.scheme.setObjectName("scheme")
        for scheme in Scheme:
            if scheme is not Scheme.NONE:
                self.scheme.addItem(dtr(scheme.label), scheme.value)
        self.errors.add_row(form, self.tr("参保类型："), "scheme", self.scheme)
        self.insured = RegionPicker(self, name="insured_region")
        self.insured.setAccessibleName(self.tr("参保地"))
        self.errors.add_row(form, self.tr("参保地："), "insured_region", self.insured)
        self.dest = RegionPicker(self, name="dest_region")
        self.dest.setAccessibleName(self.tr("就医地"))
        self.dest.city.setAccessibleName(self.tr("就医地（市）"))
        self.errors.add_row(form, self.tr("就医地："), "dest_region", self.dest)
        layout.addLayout(form)
        self.scope = _label("", self, "hint", "scope")
        layout.addWidget(self.scope)
        layout.addStretch(1)
        self._members: dict[int, Member] = {}
        self.member.currentIndexChanged.connect(self._member_changed)
        self.insured.changed.connect(self._update_scope)
        self.dest.changed.connect(self._update_scope)
        self.insured.changed.connect(lambda: self.errors.clear_field("insured_region"))
        self.dest.changed.connect(lambda: self.errors.clear_field("dest_region"))
        self._update_scope()

    def fill_members(self, members: list[Member]) -> None:
        self._members = {m.id: m for m in members if m.id is not None}
        self.member.blockSignals(True)
        self.member.clear()
        for m in members:
            if m.id is None:
                continue
            self.member.addItem(f"{m.name}（{dtr(m.relation.label)}）", m.id)
        self.member.addItem(self.tr("（不指定成员）"), None)
        self.member.blockSignals(False)
        self.no_members.setVisible(not self._members)
        self.member.setCurrentIndex(0)
        self._member_changed()

    def selected_member(self) -> Member | None:
        member_id = self.member.currentData()
        return self._members.get(member_id) if member_id is not None else None

    def _member_changed(self) -> None:
        m = self.selected_member()
        if m is None:
            return
        if m.scheme is not Scheme.NONE:
            self.scheme.setCurrentIndex(max(self.scheme.findData(m.scheme.value), 0))
        if m.region_code:
            self.insured.set_code(m.region_code)

    def scheme_value(self) -> Scheme:
        return Scheme(self.scheme.currentData() or Scheme.EMPLOYEE_ACTIVE.value)

    def _update_scope(self) -> None:
        a, b = self.insured.code(), self.dest.code()
        if not a or not b:
            self.scope.setText(self.tr("选好两个城市后，这里会显示是省内还是跨省。"))
        elif a == b:
            self.scope.setText(self.tr("参保地和就医地是同一个城市，不需要异地备案。"))
        elif a[:2] == b[:2]:
            self.scope.setText(self.tr("省内异地就医（同一个省的不同城市）。"))
        else:
            self.scope.setText(
                self.tr("跨省异地就医：{a} → {b}。").format(
                    a=region_book().full_name(a), b=region_book().full_name(b)
                )
            )

    def validatePage(self) -> bool:
        problems: list[tuple[str, str]] = []
        if not self.insured.code():
            problems.append(("insured_region", self.tr("请选择参保地（省和市）")))
        if not self.dest.code():
            problems.append(("dest_region", self.tr("请选择就医地（省和市）")))
        if problems:
            self.errors.show(problems)
            return False
        found = tuple(
            p
            for p in validate_answers(self.wiz.answers(), date.today())
            if p.field in ("insured_region", "dest_region")
        )
        _show_problems(self.errors, found)
        return not found


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
        self.start.setMinimumDate(QDate(2015, 1, 1))
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
        found = tuple(
            p for p in validate_answers(self.wiz.answers(), date.today()) if p.field == "start"
        )
        if self.nextId() == PageId.TREATED:
            found = ()  # the date is checked with the bill on the next page
        _show_problems(self.errors, found)
        return not found


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
        form.addRow("", self.inpatient)
        self.paid = QCheckBox(self.tr("医院没能直接用医保结算，费用全部自己付了"), self)
        self.paid.setObjectName("paid_in_full")
        self.paid.setChecked(True)
        form.addRow("", self.paid)
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
        found = tuple(
            p
            for p in validate_answers(self.wiz.answers(), date.today())
            if p.field in ("start", "discharge")
        )
        _show_problems(self.errors, found)
        return not found


class ResultPage(QWizardPage):
    def __init__(self, wizard: OffsiteFilingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("result")
        self.wiz = wizard
        self.setTitle(self.tr("该办哪种备案、怎么办"))
        self.setSubTitle(
            self.tr("点“保存为事项”，清单会保存到“我的事项”，可以逐项勾选、导出 PDF 或打印。")
        )
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("plan")
        self.browser.setAccessibleName(self.tr("备案方案"))
        self.browser.setOpenExternalLinks(False)
        layout.addWidget(self.browser, 1)
        self.status = _label("", self, "fieldError", "save_status")
        layout.addWidget(self.status)
        self.result: OffsiteResult | None = None

    def initializePage(self) -> None:
        self.result = None
        self.status.clear()
        self.browser.setHtml(_e(self.tr("正在整理…")))
        self.completeChanged.emit()
        answers = self.wiz.answers()
        today = date.today()

        def work(db: Database) -> OffsiteResult:
            from yibao.services.offsite import make_plan

            return make_plan(db, answers, today)

        self.wiz.ctx.call(work, self._done, self._failed)

    def isComplete(self) -> bool:
        return self.result is not None

    def _done(self, result: OffsiteResult) -> None:
        self.result = result
        self.browser.setHtml(plan_html(result, self.wiz.sections))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        from yibao.services.errors import InvalidInput

        if isinstance(exc, InvalidInput):
            self.status.setText(invalid_text(exc))
            self.browser.clear()
        else:
            self.wiz.ctx.reporter.report(exc, self)


# ---------------------------------------------------------------------------- rendering


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("OffsiteFilingWizard", text)


def _note_html(note: Note | None) -> str:
    if note is None:
        return ""
    text = _e(dtr(note.template, note.params) if note.params else dtr(note.template))
    tag = ""
    if note.missing:
        tag = _tr("未收录，以当地为准")
    elif note.confidence is not None:
        tag = dtr(note.confidence.label)
        if note.confidence is not Confidence.OFFICIAL:
            tag += _tr("，以当地为准")
    if tag:
        color = (
            "#8a5300" if note.missing or note.confidence is Confidence.UNCONFIRMED else "#5b6773"
        )
        text += f" <span style='color:{color}; font-size:small;'>［{_e(tag)}］</span>"
    return f"<p>{text}</p>"


def _entries_html(entries: list[ChecklistEntry], sections: dict[str, str]) -> str:
    out: list[str] = []
    current = None
    numbered = 0
    for e in entries:
        if e.section != current:
            if current is not None:
                out.append("</ol>" if current == "steps" else "</ul>")
            current = e.section
            out.append(f"<h3>{_e(dtr(sections.get(e.section, e.section)))}</h3>")
            out.append("<ol>" if current == "steps" else "<ul>")
            numbered = 0
        numbered += 1
        optional = "" if e.required else _e(_tr("（可选）"))
        why = f"<br/><span style='color:#5b6773;'>{_e(e.why)}</span>" if e.why else ""
        out.append(f"<li>{_e(e.text)}{optional}{why}</li>")
    if current is not None:
        out.append("</ol>" if current == "steps" else "</ul>")
    return "".join(out)


def plan_html(result: OffsiteResult, sections: dict[str, str]) -> str:
    plan = result.plan
    t = plan.filing_type
    out = [
        f"<h2>{_e(dtr(t.label))}（{_e(dtr(t.term_label))}）</h2>",
        _note_html(plan.why),
        f"<h3>{_e(_tr('有效期'))}</h3>",
        _note_html(plan.validity),
    ]
    if plan.valid_until is not None:
        out.append(
            "<p>"
            + _e(_tr("按今天或出发日计，至少有效到 {date}。")).format(
                date=plan.valid_until.isoformat()
            )
            + "</p>"
        )
    out.append(f"<h3>{_e(_tr('对报销的影响'))}</h3>")
    out += [_note_html(n) for n in plan.money]
    out.append(_note_html(plan.without_filing))
    if plan.file_afterwards is not None:
        out.append(f"<h3>{_e(_tr('事后补办备案'))}</h3>")
        out.append(_note_html(plan.file_afterwards))
    if plan.claim is not None:
        out.append(f"<h3>{_e(_tr('回来以后：手工报销的期限'))}</h3>")
        out.append(_note_html(plan.claim.note))
        out.append(_note_html(plan.claim.review_note))
        if plan.claim.estimated:
            out.append(
                "<p style='color:#8a5300;'>"
                + _e(_tr("这个日期所在年份的法定节假日还没有收录，只按周末推算，请留出余量。"))
                + "</p>"
            )
    out.append(_entries_html(list(result.entries), sections))
    if plan.deadlines:
        out.append(f"<h3>{_e(_tr('期限'))}</h3><ul>")
        for d in plan.deadlines:
            out.append(f"<li>{_e(dtr(d.label))}：{d.due.isoformat()}</li>")
        out.append("</ul>")
    for w in plan.warnings:
        out.append(_note_html(w))
    if plan.sources:
        out.append(f"<h3>{_e(_tr('依据'))}</h3><ul style='font-size:small;'>")
        for s in plan.sources:
            doc = f"（{s.doc_number}）" if s.doc_number else ""
            out.append(f"<li>{_e(s.title)}{_e(doc)} · {_e(dtr(s.confidence.label))}</li>")
        out.append("</ul>")
    return "".join(out)


# ---------------------------------------------------------------------------------- wizard


@dataclass(frozen=True)
class _Loaded:
    members: list[Member]
    sections: dict[str, str]


class OffsiteFilingWizard(GuardedWizard):
    #: the saved case (after "保存为事项")
    saved = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, from_case: Case | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("offsiteFilingWizard")
        self.ctx = ctx
        self.from_case = from_case
        self.setWindowTitle(self.tr("异地就医备案"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(720, 600)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("保存为事项"))
        self.sections: dict[str, str] = {}
        self.where = WherePage(self)
        self.why = WhyPage(self)
        self.treated = TreatedPage(self)
        self.result_page = ResultPage(self)
        self.setPage(PageId.WHERE, self.where)
        self.setPage(PageId.WHY, self.why)
        self.setPage(PageId.TREATED, self.treated)
        self.setPage(PageId.RESULT, self.result_page)
        self._saving = False
        self.saved_case: Case | None = None
        if from_case is not None:
            self._prefill(from_case)
            self.setStartId(PageId.TREATED)
            self.setWindowTitle(self.tr("回来以后：手工报销"))
        else:
            self.setStartId(PageId.WHERE)
        if ctx.is_ready:
            self._load()

    def _load(self) -> None:
        def work(db: Database) -> _Loaded:
            from yibao.services import household
            from yibao.services.checklists import checklist_book

            return _Loaded(household.list_members(db), dict(checklist_book().sections))

        self.ctx.call(work, self._loaded)

    def _loaded(self, loaded: _Loaded) -> None:
        self.sections = loaded.sections
        if self.from_case is None:
            self.where.fill_members(loaded.members)

    def _prefill(self, case: Case) -> None:
        from yibao.services.offsite import answers_from_inputs

        answers = answers_from_inputs(case.inputs)
        self.where.insured.set_code(answers.insured_region)
        self.where.dest.set_code(answers.dest_region)
        self.where.scheme.setCurrentIndex(max(self.where.scheme.findData(answers.scheme.value), 0))
        self.why.set_reason(answers.reason)
        self.why.treated.setChecked(True)
        if answers.start is not None:
            self.treated.start.setDate(_qdate(answers.start))

    # -- answers -----------------------------------------------------------------------------
    def answers(self) -> OffsiteAnswers:
        reason = self.why.reason() or Reason.TRIP
        treated = self.why.treated.isChecked() or self.from_case is not None
        start = _pydate(self.treated.start.date()) if treated else self.why.start_date()
        paid = treated and self.treated.paid.isChecked()
        return OffsiteAnswers(
            insured_region=self.where.insured.code() or "",
            dest_region=self.where.dest.code() or "",
            reason=reason,
            scheme=self.where.scheme_value(),
            hukou_moved=reason is Reason.SETTLE and self.why.hukou.isChecked(),
            already_treated=treated,
            paid_in_full=paid,
            inpatient=self.treated.inpatient.isChecked(),
            start=start,
            discharge=_pydate(self.treated.discharge.date()) if paid else None,
        )

    def filing_type(self) -> FilingType | None:
        result = self.result_page.result
        return result.plan.filing_type if result is not None else None

    # -- saving ------------------------------------------------------------------------------
    def accept(self) -> None:
        if self.saved_case is not None:
            super().accept()
            return
        result = self.result_page.result
        if self._saving or result is None:
            return
        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        member = self.where.selected_member()
        answers = result.plan.answers
        today = date.today()
        case = self.from_case

        def work(db: Database) -> Case:
            from yibao.services import offsite

            if case is not None and case.id is not None:
                assert answers.start is not None and answers.discharge is not None
                return offsite.add_claim(
                    db,
                    case.id,
                    start=answers.start,
                    discharge=answers.discharge,
                    inpatient=answers.inpatient,
                    today=today,
                )
            return offsite.save_plan(db, answers, member, today)

        self.ctx.call(work, self._saved, self._failed, notify=self.ctx.announce_case)

    def _saved(self, case: Case) -> None:
        self._saving = False
        self.saved_case = case
        self.saved.emit(case)
        window = self.parentWidget()
        show = getattr(window, "show_page", None)
        if callable(show):
            show("cases")
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        show_problem(self.result_page.status, exc, self.ctx, self)


__all__ = ["OffsiteFilingWizard", "PageId", "plan_html"]
