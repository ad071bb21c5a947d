"""The refund wizard: its five pages, the household at start and saving the case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QLabel,
    QWidget,
    QWizard,
)

from yibao.domain.people import Member, Relation
from yibao.ui.context import AppContext
from yibao.ui.wizards.case_wizard import CaseWizard
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


class RefundWizard(CaseWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("refundWizard")
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

    def status_label(self) -> QLabel | None:
        return self.checklist_page.status

    def save_work(self) -> Callable[[Database], Case] | None:
        if self.result_page.assessment is None:
            return None
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

        return work
