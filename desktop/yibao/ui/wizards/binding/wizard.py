"""The wizard itself: loads members and giver checks, runs the assessment and saves, all
through ``services.bindings`` on the op thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QWidget,
    QWizard,
)

from yibao.domain.bindings import Binding
from yibao.domain.checklists import ChecklistEntry
from yibao.domain.family import Assessment, GiverCheck
from yibao.domain.money import parse_yuan
from yibao.domain.people import Member
from yibao.ui.context import AppContext
from yibao.ui.dialogs.failures import problem_text, show_problem
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import from_qdate as _pydate
from yibao.ui.wizards.base import GuardedWizard
from yibao.ui.wizards.binding.common import (
    PageId,
)
from yibao.ui.wizards.binding.finish import FinishPage
from yibao.ui.wizards.binding.giver import GiverPage
from yibao.ui.wizards.binding.intro import IntroPage
from yibao.ui.wizards.binding.relatives import RelativesPage
from yibao.ui.wizards.binding.steps import StepsPage
from yibao.ui.wizards.binding.verdicts import VerdictsPage

if TYPE_CHECKING:
    from yibao.services.database import Database


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
