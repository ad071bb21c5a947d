"""异地就医备案 wizard: who and where → why → (care already happened: the bill) → the plan,
saved as a case in 我的事项.

The wizard holds no rules: it collects :class:`~yibao.domain.offsite.OffsiteAnswers`, has
``services.offsite`` check them (messages at the field), and asks it for the plan and to
save it. Opened with ``from_case`` it is the "after return" branch for a saved filing: only
the bill questions, then ``services.offsite.add_claim``.

One page per file:

- ``where.py`` — :class:`WherePage`: for whom, the scheme, 参保地 and 就医地 (省内 or 跨省);
- ``why.py`` — :class:`WhyPage`: the plain reason, 户口, care already had, the start;
- ``treated.py`` — :class:`TreatedPage`: the dates of care already had, paid in full or not;
- ``result.py`` — :class:`ResultPage`: the plan and its checklist (:func:`plan_html`);
- ``wizard.py`` — :class:`OffsiteFilingWizard`: the pages, the answers, saving;
- ``common.py`` — :class:`PageId` and showing the answers' problems at their fields.
"""

from __future__ import annotations

from yibao.ui.wizards.offsite_filing.common import PageId
from yibao.ui.wizards.offsite_filing.result import ResultPage, plan_html
from yibao.ui.wizards.offsite_filing.treated import TreatedPage
from yibao.ui.wizards.offsite_filing.where import WherePage
from yibao.ui.wizards.offsite_filing.why import WhyPage
from yibao.ui.wizards.offsite_filing.wizard import OffsiteFilingWizard

__all__ = [
    "OffsiteFilingWizard",
    "PageId",
    "ResultPage",
    "TreatedPage",
    "WherePage",
    "WhyPage",
    "plan_html",
]
