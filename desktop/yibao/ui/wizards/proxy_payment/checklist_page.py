"""Page 5: the checklist of the case that will be saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from yibao.ui.widgets.case_preview import CasePreviewPage

if TYPE_CHECKING:
    from yibao.domain.cases import Case
    from yibao.services.database import Database
    from yibao.ui.wizards.proxy_payment.wizard import ProxyPaymentWizard


@dataclass(frozen=True)
class _Preview:
    case: Case
    sections: dict[str, str] = field(default_factory=dict)


class ChecklistPage(CasePreviewPage):
    def __init__(self, wizard: ProxyPaymentWizard) -> None:
        super().__init__(
            wizard,
            notes_hint=QCoreApplication.translate(
                "ChecklistPage", "备注（可选，例如问到的截止日期、窗口电话）"
            ),
        )
        self.setObjectName("checklistPage")
        self.wiz = wizard
        self.setTitle(self.tr("要做的事"))
        self.setSubTitle(
            self.tr(
                "点击“保存到我的事项”，以后可以逐项打勾、记下每位亲属缴好了没有、导出 PDF 或打印。"
            )
        )

    def initializePage(self) -> None:
        self.show_loading()
        result = self.wiz.result_page.result
        if result is None:
            return

        def work(db: Database) -> _Preview:
            from yibao.services.checklists import checklist_book
            from yibao.services.proxy_payment import preview_case

            return _Preview(preview_case(db, result), dict(checklist_book().sections))

        self.wiz.ctx.call(work, self._shown, self.wiz.failed)

    def _shown(self, preview: _Preview) -> None:
        if not self.wiz.alive():
            return
        self.show_case(
            preview.case,
            preview.sections,
            deadline_heading=self.tr("期限"),
        )
