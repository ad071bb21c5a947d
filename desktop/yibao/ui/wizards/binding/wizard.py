"""The wizard itself, on the case-wizard base: loads members and giver checks, runs the
assessment and saves the bindings, all through ``services.bindings`` on the op thread.

It saves bindings, not a case: :meth:`BindingWizard.announce` tells the family page and the
overview (``household_changed``), and the main window confirms 已记录 n 条家庭共济 with
打开家庭成员. Saving, a failure on the finish page's status line and being closed while
saving are the base's (:class:`~yibao.ui.wizards.case_wizard.CaseWizard`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget, QWizard

from yibao.domain.bindings import Binding
from yibao.domain.checklists import ChecklistEntry
from yibao.domain.family import Assessment, GiverCheck
from yibao.domain.money import parse_yuan
from yibao.domain.people import Member
from yibao.ui.context import AppContext
from yibao.ui.dialogs.failures import problem_text
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import from_qdate as _pydate
from yibao.ui.wizards.binding.common import PageId
from yibao.ui.wizards.binding.finish import FinishPage
from yibao.ui.wizards.binding.giver import GiverPage
from yibao.ui.wizards.binding.intro import IntroPage
from yibao.ui.wizards.binding.relatives import RelativesPage
from yibao.ui.wizards.binding.steps import StepsPage
from yibao.ui.wizards.binding.verdicts import VerdictsPage
from yibao.ui.wizards.case_wizard import CaseWizard

if TYPE_CHECKING:
    from yibao.services.database import Database


class BindingWizard(CaseWizard):
    """家庭共济绑定. Emits ``saved`` with the stored bindings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("bindingWizard")
        self.today: Callable[[], date] = date.today
        self.setWindowTitle(self.tr("家庭共济绑定"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(760, 620)
        self.members: list[Member] = []
        self.candidates: list[GiverCheck] = []
        self.loaded = False
        self.assessment: Assessment | None = None
        self._sections: dict[str, str] = {}
        self._listening = True

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
        self.currentIdChanged.connect(self._finish_text)
        self._finish_text(PageId.INTRO)
        ctx.household_changed.connect(self.reload)
        if ctx.is_ready:
            self.reload()
        else:
            self.loaded = True
            self.intro.update_state()

    @property
    def result_bindings(self) -> list[Binding] | None:
        """The stored bindings once saved (``None`` until then)."""
        saved: list[Binding] | None = self.result_case
        return saved

    def _finish_text(self, page_id: int) -> None:
        # 保存 where it saves; where nobody qualifies 完成 only closes
        text = self.tr("保存") if page_id == PageId.FINISH else self.tr("完成")
        self.setButtonText(QWizard.WizardButton.FinishButton, text)

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
            intro, sections = bindings.intro_guide(db, at)
            return members, checks, intro, sections

        self.ctx.call(work, self._loaded)

    def done(self, result: int) -> None:
        """Closing: stop listening, so late answers from the op thread are dropped."""
        if self._listening:
            self._listening = False
            self.ctx.household_changed.disconnect(self.reload)
        super().done(result)

    def _loaded(
        self, result: tuple[list[Member], list[GiverCheck], list[ChecklistEntry], dict[str, str]]
    ) -> None:
        if not self.alive():
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
            if not self.alive():
                return
            self.assessment = assessment
            done(assessment)

        def failed(exc: BaseException) -> None:
            if not self.alive():
                return
            text = problem_text(exc)
            if text is None:
                self.ctx.reporter.report(exc, self)
            else:
                done(None, text)

        self.ctx.call(work, ok, failed)

    # -- finishing (CaseWizard) ---------------------------------------------------------
    def accept(self) -> None:
        if self.currentId() != PageId.FINISH:
            # nobody qualifies: 完成 on the steps page only closes
            QWizard.accept(self)
            return
        super().accept()

    def save_work(self) -> Callable[[Database], Any] | None:
        bindings_to_save = self.finish_page.bindings()
        if not bindings_to_save:
            self.finish_page.status.setText(
                self.tr("没有勾选要保存的亲属。不想保存的话，点“取消”关闭即可。")
            )
            return None
        at = self.policy_date()
        today = self.today()

        def work(db: Database) -> list[Binding]:
            from yibao.services import bindings

            return bindings.save_bindings(db, bindings_to_save, at=at, today=today)

        return work

    def status_label(self) -> QLabel:
        return self.finish_page.status

    def announce(self, result: Any) -> None:
        """The family page and the overview refresh (even when closed while saving)."""
        self.ctx.household_changed.emit()
