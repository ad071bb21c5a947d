"""How to do it: the steps per channel, materials, pledge and common failures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QVBoxLayout,
    QWizardPage,
)

from yibao.domain.checklists import ChecklistEntry
from yibao.domain.family import Outcome
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.reasons import guide_html
from yibao.ui.wizards.binding.common import (
    NUMBERED,
    PROBLEMS,
    STEP_SECTIONS,
    PageId,
    text_browser,
)

if TYPE_CHECKING:
    from yibao.ui.wizards.binding.wizard import BindingWizard


class StepsPage(QWizardPage):
    def __init__(self, wizard: BindingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("steps_page")
        self.wiz = wizard
        self.setTitle(self.tr("怎么办：步骤、材料和常见问题"))
        self.setSubTitle(self.tr("任选一种渠道办理即可。手机办不了的，可以到窗口请工作人员帮忙。"))
        layout = QVBoxLayout(self)
        self.lead = _label("", self, "hint")
        self.lead.setObjectName("steps_lead")
        layout.addWidget(self.lead)
        self.browser = text_browser(self, "steps", self.tr("办理步骤"))
        layout.addWidget(self.browser, 1)

    def initializePage(self) -> None:
        a = self.wiz.assessment
        if a is None:
            return
        eligible = [v.relative.name for v in a.verdicts if v.eligible]
        if eligible:
            self.lead.setText(
                self.tr("下面是给{names}办理的方法。").format(names="、".join(eligible))
            )
        elif all(v.outcome is Outcome.ALREADY_RECORDED for v in a.verdicts):
            self.lead.setText(
                self.tr(
                    "这次选的亲属都已经记录过共济，不用重复办理；"
                    "可以在“家庭成员”页面的家庭共济列表中查看或修改。"
                )
            )
        else:
            self.lead.setText(
                self.tr(
                    "这次选的亲属都暂时不能办理（原因和解决办法见上一页）。"
                    "下面的常见问题也许能帮上忙；条件满足后可以再来。"
                )
            )
        groups: list[tuple[str, list[ChecklistEntry]]] = []
        for section in STEP_SECTIONS:
            if not eligible and section not in PROBLEMS:
                continue
            entries = [e for e in a.guide if e.section == section]
            groups.append((self.wiz.section_label(section), entries))
        self.browser.setHtml(
            guide_html(groups, a.sources, numbered=NUMBERED, problem_sections=PROBLEMS)
        )

    def nextId(self) -> int:
        a = self.wiz.assessment
        if a is not None and a.eligible:
            return int(PageId.FINISH)
        return -1
