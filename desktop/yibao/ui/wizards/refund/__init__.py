"""个人账户返还与退费 wizard: scenario → whose money and who applies → dates and amounts →
verdict with reasons → checklist, saved as a case in 我的事项.

The wizard holds no rules: it collects a :class:`~yibao.domain.refund.RefundRequest`, asks
``services.refund`` for the assessment (on the op thread) and saves the case through it.

One page class per file: ``scenario_page.py`` (which situation), ``person_page.py`` (whose
money, who applies), ``details_page.py`` (dates and amounts), ``result_page.py`` (the verdict
and its reasons), ``checklist_page.py`` (the case preview); ``wizard.py`` puts them together;
``common.py`` holds the page ids and form helpers.
"""

from yibao.ui.wizards.refund.checklist_page import ChecklistPage
from yibao.ui.wizards.refund.common import OTHER_PERSON, PageId
from yibao.ui.wizards.refund.details_page import DetailsPage
from yibao.ui.wizards.refund.person_page import PersonPage
from yibao.ui.wizards.refund.result_page import ResultPage
from yibao.ui.wizards.refund.scenario_page import ScenarioPage
from yibao.ui.wizards.refund.wizard import RefundWizard

__all__ = [
    "OTHER_PERSON",
    "ChecklistPage",
    "DetailsPage",
    "PageId",
    "PersonPage",
    "RefundWizard",
    "ResultPage",
    "ScenarioPage",
]
