"""The refund wizard: its five pages, the household at start and saving the case."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QWidget,
    QWizard,
)

from yibao.domain.people import Member, Relation
from yibao.ui.context import AppContext
from yibao.ui.dialogs.failures import show_problem
from yibao.ui.wizards.base import GuardedWizard
from yibao.ui.wizards.refund.checklist_page import ChecklistPage
from yibao.ui.wizards.refund.common import PageId
from yibao.ui.wizards.refund.details_page import DetailsPage
from yibao.ui.wizards.refund.person_page import PersonPage
from yibao.ui.wizards.refund.result_page import ResultPage
from yibao.ui.wizards.refund.scenario_page import ScenarioPage

if TYPE_CHECKING:
    from yibao.domain.cases import Case
    from yibao.services.database import Database
    from yibao.services.refund import RefundStart


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
