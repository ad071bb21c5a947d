"""家庭共济绑定 wizard: who gives, who receives, whether each may and why, how to do it, save.

Pages (``PageId``), one class per file: what 家庭共济 is (and is not: 亲情账户,
:mod:`.intro`) → the giver (共济人), the date whose rules apply and, optionally, the balance
(:mod:`.giver`) → the relatives, or add one with the member form (:mod:`.relatives`) → the
verdict for each with every reason and its source (:mod:`.verdicts`) → the steps per channel,
materials, pledge and common failures (:mod:`.steps`) → save the bindings, 计划中 / 已办理
(:mod:`.finish`). :mod:`.wizard` holds them together; :mod:`.common` is what they share.

The rules live in ``domain.family`` and the steps in ``resources/checklists/binding.toml``;
these modules only ask, show and call ``services.bindings`` (on the op thread).
"""

from yibao.ui.wizards.binding.common import (
    NUMBERED,
    PROBLEMS,
    STEP_SECTIONS,
    PageId,
    member_line,
    text_browser,
)
from yibao.ui.wizards.binding.finish import FinishPage, FinishRow
from yibao.ui.wizards.binding.giver import GiverPage
from yibao.ui.wizards.binding.intro import IntroPage
from yibao.ui.wizards.binding.relatives import RelativesPage
from yibao.ui.wizards.binding.steps import StepsPage
from yibao.ui.wizards.binding.verdicts import VerdictsPage
from yibao.ui.wizards.binding.wizard import BindingWizard

__all__ = [
    "NUMBERED",
    "PROBLEMS",
    "STEP_SECTIONS",
    "BindingWizard",
    "FinishPage",
    "FinishRow",
    "GiverPage",
    "IntroPage",
    "PageId",
    "RelativesPage",
    "StepsPage",
    "VerdictsPage",
    "member_line",
    "text_browser",
]
