"""The verdict for each relative with every reason and its source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QVBoxLayout,
    QWizardPage,
)

from yibao.domain.family import Assessment, Outcome
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.reasons import verdicts_html
from yibao.ui.wizards.binding.common import (
    text_browser,
)

if TYPE_CHECKING:
    from yibao.ui.wizards.binding.wizard import BindingWizard


class VerdictsPage(QWizardPage):
    def __init__(self, wizard: BindingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("verdicts_page")
        self.wiz = wizard
        self.setTitle(self.tr("能不能办：逐条检查"))
        self.setSubTitle(
            self.tr("每一条都写明了依据和可信程度；“未经证实”的请以当地医保部门公布为准。")
        )
        layout = QVBoxLayout(self)
        self.summary = _label("", self, "cardTitle")
        self.summary.setObjectName("verdict_summary")
        layout.addWidget(self.summary)
        self.browser = text_browser(self, "verdicts", self.tr("检查结果"))
        layout.addWidget(self.browser, 1)
        self.loaded = False

    def initializePage(self) -> None:
        self.loaded = False
        self.summary.setText(self.tr("正在检查…"))
        self.browser.clear()
        self.wiz.run_assessment(self._show)

    def _show(self, assessment: Assessment | None, error: str = "") -> None:
        if assessment is None:
            self.summary.setText(error)
            self.loaded = False
            self.completeChanged.emit()
            return
        by_outcome = {
            outcome: [v.relative.name for v in assessment.verdicts if v.outcome is outcome]
            for outcome in Outcome
        }
        parts = []
        if by_outcome[Outcome.ELIGIBLE]:
            names = "、".join(by_outcome[Outcome.ELIGIBLE])
            parts.append(self.tr("可以办理：{names}").format(names=names))
        if by_outcome[Outcome.ALREADY_RECORDED]:
            names = "、".join(by_outcome[Outcome.ALREADY_RECORDED])
            parts.append(self.tr("已记录，不用重复办理：{names}").format(names=names))
        if by_outcome[Outcome.NOT_ELIGIBLE]:
            names = "、".join(by_outcome[Outcome.NOT_ELIGIBLE])
            parts.append(self.tr("暂时不能办理：{names}").format(names=names))
        self.summary.setText("；".join(parts))
        at_text = self.tr("按 {date} 的政策，共济人：{giver}").format(
            date=assessment.at.isoformat(), giver=assessment.giver.member.name
        )
        self.browser.setHtml(verdicts_html(assessment.verdicts, at_text))
        self.loaded = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.loaded
