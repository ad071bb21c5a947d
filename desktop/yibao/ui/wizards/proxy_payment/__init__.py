"""代缴居民医保模拟 wizard: the giver's account → year, mode and local rules → the relatives
(reorderable, amounts editable) → who is covered when, and what cash is needed → the
checklist, saved as a case in 我的事项.

The wizard holds no rules: it reads the household and the policy book through
``services.proxy_payment`` (on the op thread), has the service build and simulate the plan
(pure and fast) and saves through it. Bindings and the contribution history are used when
they exist; a typed balance and ad-hoc relatives always work (also on an empty database).

The package, one page per file:

- ``wizard.py`` — :class:`ProxyPaymentWizard`, the pages in order and what they share;
- ``giver_page.py``, ``plan_page.py``, ``relatives_page.py``, ``result_page.py``,
  ``checklist_page.py`` — the five pages;
- ``draft.py`` — :class:`RelativeDraft`, a relative as the user edits it;
- ``common.py`` — the page ids and money fields;
- ``contribution_text.py`` — the line under a relative's amount (what it rests on).

Findings and their basis are rendered by ``ui/widgets/findings.py``; saving is
``ui/wizards/case_wizard.CaseWizard``'s; the plan is built by ``services.proxy_payment``.
"""

from yibao.ui.wizards.proxy_payment.checklist_page import ChecklistPage
from yibao.ui.wizards.proxy_payment.common import (
    MANUAL_GIVER,
    OTHER_SUBSIDY_GROUP,
    PageId,
)
from yibao.ui.wizards.proxy_payment.draft import RelativeDraft
from yibao.ui.wizards.proxy_payment.giver_page import GiverPage
from yibao.ui.wizards.proxy_payment.plan_page import PlanPage
from yibao.ui.wizards.proxy_payment.relatives_page import RelativesPage
from yibao.ui.wizards.proxy_payment.result_page import ResultPage, result_columns
from yibao.ui.wizards.proxy_payment.wizard import ProxyPaymentWizard

__all__ = [
    "MANUAL_GIVER",
    "OTHER_SUBSIDY_GROUP",
    "ChecklistPage",
    "GiverPage",
    "PageId",
    "PlanPage",
    "ProxyPaymentWizard",
    "RelativeDraft",
    "RelativesPage",
    "ResultPage",
    "result_columns",
]
