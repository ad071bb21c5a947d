"""The 代缴居民医保模拟 wizard: the pages in order, the household and policy facts they
share, the plan from all pages (built by ``services.proxy_payment``) and saving."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget, QWizard

from yibao.domain.money import parse_yuan
from yibao.domain.people import Member
from yibao.domain.proxy_payment import ProxyPlan
from yibao.domain.resident_pricing import Person
from yibao.services import proxy_payment as service
from yibao.ui.context import AppContext
from yibao.ui.dialogs.failures import show_problem
from yibao.ui.dialogs.override_dialog import LocalValueDialog
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import to_qdate as _qdate
from yibao.ui.wizards.case_wizard import CaseWizard
from yibao.ui.wizards.proxy_payment.checklist_page import ChecklistPage
from yibao.ui.wizards.proxy_payment.common import PageId, plain_amount
from yibao.ui.wizards.proxy_payment.draft import RelativeDraft
from yibao.ui.wizards.proxy_payment.giver_page import GiverPage
from yibao.ui.wizards.proxy_payment.plan_page import PlanPage
from yibao.ui.wizards.proxy_payment.relatives_page import RelativesPage
from yibao.ui.wizards.proxy_payment.result_page import ResultPage

if TYPE_CHECKING:
    from yibao.domain.cases import Case
    from yibao.services.database import Database
    from yibao.services.proxy_payment import AccountInfo, PolicyFacts, ProxySetup


class ProxyPaymentWizard(CaseWizard):
    """The five pages; saving (and being closed while saving) is :class:`CaseWizard`'s."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("proxyPaymentWizard")
        self.today = date.today()
        self.setup: ProxySetup | None = None
        self.facts: PolicyFacts | None = None
        self.drafts: list[RelativeDraft] = []
        self._next_key = 1
        self.balance_from_history = False
        self.setWindowTitle(self.tr("代缴居民医保模拟"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(860, 640)
        self.giver_page = GiverPage(self)
        self.plan_page = PlanPage(self)
        self.relatives_page = RelativesPage(self)
        self.result_page = ResultPage(self)
        self.checklist_page = ChecklistPage(self)
        self.setPage(PageId.GIVER, self.giver_page)
        self.setPage(PageId.PLAN, self.plan_page)
        self.setPage(PageId.RELATIVES, self.relatives_page)
        self.setPage(PageId.RESULT, self.result_page)
        self.setPage(PageId.CHECKLIST, self.checklist_page)
        self.setStartId(PageId.GIVER)
        self._members_added = False
        #: the open "填写当地数值" dialog, if any (tests type into it)
        self.local_dialog: LocalValueDialog | None = None
        if ctx.is_ready:
            today = self.today

            def work(db: Database) -> ProxySetup:
                from yibao.services.proxy_payment import load_setup

                return load_setup(db, today)

            ctx.call(work, self._started)
        else:
            self.giver_page.empty_hint.show()

    # -- set-up ------------------------------------------------------------------------------
    def set_today(self, today: date) -> None:
        """For tests and demos: pretend it is *today* (defaults follow)."""
        self.today = today
        self.plan_page.set_defaults(today)

    def _started(self, setup: ProxySetup) -> None:
        if not self.alive():
            return
        self.setup = setup
        self.giver_page.fill(setup)
        self.relatives_page.fill_members(setup.relatives)
        self.plan_page.set_defaults(self.today)

    def setup_givers(self) -> tuple[Member, ...]:
        return self.setup.givers if self.setup else ()

    def setup_relatives(self) -> tuple[Member, ...]:
        return self.setup.relatives if self.setup else ()

    def account_for(self, member_id: int | None) -> AccountInfo | None:
        if self.setup is None or member_id is None:
            return None
        return self.setup.accounts.get(member_id)

    def giver_region(self) -> str | None:
        return self.giver_page.giver_region.code()

    def initializePage(self, page_id: int) -> None:
        if page_id == PageId.RELATIVES and not self._members_added:
            self._members_added = True
            self._add_household_residents()
        super().initializePage(page_id)

    def _add_household_residents(self) -> None:
        """Start with the household's resident-scheme relatives (the usual ones to pay for)."""
        if self.drafts or self.setup is None:
            return
        giver = self.giver_page.giver_member()
        for member in self.setup.relatives:
            if member.scheme.value != "resident" or (giver and member.id == giver.id):
                continue
            self.drafts.append(self.new_draft(member))

    def new_draft(self, member: Member | None = None) -> RelativeDraft:
        key = f"m{member.id}" if member is not None and member.id is not None else ""
        if not key or any(d.key == key for d in self.drafts):
            key = f"a{self._next_key}"
            self._next_key += 1
        draft = RelativeDraft(key)
        giver = self.giver_page.giver_member()
        if member is not None:
            draft.name = member.name
            draft.birth_date = member.birth_date
            draft.member_id = member.id
            draft.region_code = member.region_code
            draft.relation = service.relation_to_giver(self.setup, giver, member)
            if self.setup is not None and giver is not None:
                draft.bound = self.setup.bound(giver.id, member.id)
        else:
            draft.region_code = self.giver_region()
        self._apply_figures(draft)
        return draft

    # -- policy figures ------------------------------------------------------------------------
    def load_policy(self, then: Callable[[PolicyFacts], None] | None = None) -> None:
        """Ask the service for the rules and each relative region's figures; apply them."""
        giver_region = self.giver_region()
        year = self.plan_page.benefit_year_value()
        day = self.plan_page.plan_day()
        regions = sorted(
            {d.region_code for d in self.drafts if d.region_code}
            | {m.region_code for m in self.setup_relatives() if m.region_code}
            | ({giver_region} if giver_region else set())
        )

        def work(db: Database) -> PolicyFacts:
            from yibao.services.proxy_payment import policy_facts

            return policy_facts(db, giver_region, regions, year, day)

        def answered(facts: PolicyFacts) -> None:
            if not self.alive():
                return
            # requests run one after another on the op thread: the last answer is the newest
            self.facts = facts
            self.relatives_page.fill_groups(facts.subsidised_groups)
            for draft in self.drafts:
                self._apply_figures(draft)
            if then is not None:
                then(facts)
            page = self.relatives_page
            current = page.current()
            if current is not None and self.currentId() == PageId.RELATIVES:
                page._show_draft(current)
                for index in range(len(self.drafts)):
                    page._update_row(index)

        self.ctx.call(work, answered, self.failed)

    def refresh_relative_figures(self) -> None:
        """Fill amounts and periods from the cached facts; fetch a region not yet known."""
        facts = self.facts
        missing = [
            d.region_code
            for d in self.drafts
            if d.region_code and (facts is None or d.region_code not in facts.regions)
        ]
        for draft in self.drafts:
            self._apply_figures(draft)
        if missing and self.ctx.is_ready:
            self.load_policy()
        page = self.relatives_page
        current = page.current()
        if current is not None:
            page._loading = True
            try:
                if current.contribution_auto:
                    page.rel_contribution.setText(current.contribution_text)
                if current.period is not None:
                    page.rel_period_start.setDate(_qdate(current.period.start))
                    page.rel_period_end.setDate(_qdate(current.period.end))
            finally:
                page._loading = False
            page.show_figures(current)
        for index in range(len(self.drafts)):
            page._update_row(index)

    def _apply_figures(self, draft: RelativeDraft) -> None:
        person = Person(draft.birth_date, draft.student, draft.price_group)
        figures = service.price_relative(self.facts, draft.region_code, person)
        if figures is None:
            return  # asked for; the answer is on its way
        draft.price = figures.price
        if draft.contribution_auto:
            amount = figures.price.amount
            draft.contribution_text = plain_amount(amount) if amount is not None else ""
        if draft.period_auto:
            draft.period = figures.period

    def reprice(self, draft: RelativeDraft) -> None:
        """The group or student answer changed: price again and show it."""
        self._apply_figures(draft)
        page = self.relatives_page
        if page.current() is draft:
            page._loading = True
            try:
                if draft.contribution_auto:
                    page.rel_contribution.setText(draft.contribution_text)
                page._show_pricing(draft)
            finally:
                page._loading = False
            page.show_figures(draft)
        for index in range(len(self.drafts)):
            page._update_row(index)

    def local_value_saved(self, region_code: str | None) -> None:
        """A local figure was saved: use it at once for everyone in that region."""
        for draft in self.drafts:
            if draft.region_code == region_code:
                draft.contribution_auto = True
        self.load_policy()

    # -- the plan ------------------------------------------------------------------------------
    def plan(self) -> ProxyPlan:
        """The plan from all pages (raises ``ValueError`` with a Chinese message if a field
        went bad since its page was checked)."""
        problems: list[tuple[str, str]] = []
        balance, credit = self.giver_page.values(problems)
        ltc = self.plan_page.ltc(problems)
        threshold = self.plan_page.threshold(problems)
        if problems:
            raise ValueError("; ".join(p[1] for p in problems))
        giver = service.GiverInput(
            balance=balance,
            monthly_credit=credit,
            credit_day=self.giver_page.credit_day.value(),
            name=self.giver_page.giver_label(),
            region_code=self.giver_region(),
            member_id=self._giver_id(),
            account=self.account_for(self._giver_id()) if self.balance_from_history else None,
        )
        return service.build_plan(
            giver,
            [self._relative(d) for d in self.drafts],
            facts=self.facts,
            benefit_year=self.plan_page.benefit_year_value(),
            plan_date=self.plan_page.plan_day(),
            mode=self.plan_page.mode(),
            threshold=threshold,
            ltc=ltc,
            typed_label=dtr(service.TYPED_CONTRIBUTION_LABEL),
        )

    def _giver_id(self) -> int | None:
        member = self.giver_page.giver_member()
        return member.id if member is not None else None

    @staticmethod
    def _relative(draft: RelativeDraft) -> service.RelativeInput:
        return service.RelativeInput(
            key=draft.key,
            name=draft.name,
            contribution=parse_yuan(draft.contribution_text),
            contribution_auto=draft.contribution_auto,
            price=draft.price,
            relation=draft.relation,
            region_code=draft.region_code,
            member_id=draft.member_id,
            share_percent=draft.share_percent,
            subsidy_group=draft.group,
            special_channel=draft.special_channel,
            newborn=draft.newborn,
            bound=draft.bound,
            period=draft.period,
            price_group=draft.price_group,
            student=draft.student,
        )

    # -- saving ------------------------------------------------------------------------------
    def save_work(self) -> Callable[[Database], Case] | None:
        result = self.result_page.result
        if result is None:
            return None
        notes = self.checklist_page.notes.toPlainText()

        def work(db: Database) -> Case:
            from yibao.services.proxy_payment import save_plan

            return save_plan(db, result, notes)

        return work

    def status_label(self) -> QLabel | None:
        return self.checklist_page.status

    def failed(self, exc: BaseException) -> None:
        """A read on the op thread failed: say so on the checklist page's status line."""
        if self.alive():
            show_problem(self.checklist_page.status, exc, self.ctx, self)
        else:  # closed: nowhere to show it in place, but never lost (as ui.ops does)
            self.ctx.reporter.report(exc, None)
