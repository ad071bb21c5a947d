"""The 异地就医备案 wizard: the pages in order, the answers they give, and saving the plan
(or, opened from a saved case, the 手工报销 part) through ``services.offsite``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget, QWizard

from yibao.domain.cases import Case
from yibao.domain.offsite import FilingType, OffsiteAnswers, Reason
from yibao.domain.people import Member
from yibao.ui.context import AppContext
from yibao.ui.widgets.basics import from_qdate as _pydate
from yibao.ui.widgets.basics import to_qdate as _qdate
from yibao.ui.wizards.case_wizard import CaseWizard
from yibao.ui.wizards.offsite_filing.common import PageId
from yibao.ui.wizards.offsite_filing.result import ResultPage
from yibao.ui.wizards.offsite_filing.treated import TreatedPage
from yibao.ui.wizards.offsite_filing.where import WherePage
from yibao.ui.wizards.offsite_filing.why import WhyPage

if TYPE_CHECKING:
    from yibao.services.database import Database


@dataclass(frozen=True)
class _Loaded:
    members: list[Member]
    sections: dict[str, str]


class OffsiteFilingWizard(CaseWizard):
    """The pages in order; 完成 (保存到我的事项) saves through ``services.offsite``."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, from_case: Case | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("offsiteFilingWizard")
        self.from_case = from_case
        self.setWindowTitle(self.tr("异地就医备案"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(720, 600)
        self.sections: dict[str, str] = {}
        self.where = WherePage(self)
        self.why = WhyPage(self)
        self.treated = TreatedPage(self)
        self.result_page = ResultPage(self)
        self.setPage(PageId.WHERE, self.where)
        self.setPage(PageId.WHY, self.why)
        self.setPage(PageId.TREATED, self.treated)
        self.setPage(PageId.RESULT, self.result_page)
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
    def save_work(self) -> Callable[[Database], Case] | None:
        """Save the plan as a new case, or (opened from a case) add the 手工报销 part to it."""
        result = self.result_page.result
        if result is None:
            return None
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

        return work

    def after_saved(self, result: object) -> None:
        """Show 我的事项, where the case now is."""
        show = getattr(self.parentWidget(), "show_page", None)
        if callable(show):
            show("cases")
