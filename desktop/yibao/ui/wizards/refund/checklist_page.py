"""Page 5: the case preview — what to do and what to bring — before it is saved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from yibao.domain.refund import (
    Verdict,
    cn_date,
)
from yibao.ui.widgets.case_preview import CasePreviewPage

if TYPE_CHECKING:
    from yibao.domain.cases import Case
    from yibao.services.database import Database
    from yibao.ui.wizards.refund.wizard import RefundWizard


@dataclass(frozen=True)
class _Preview:
    case: Case
    sections: dict[str, str]


class ChecklistPage(CasePreviewPage):
    def __init__(self, wizard: RefundWizard) -> None:
        super().__init__(
            wizard,
            notes_hint=QCoreApplication.translate(
                "ChecklistPage", "备注（可选，例如窗口电话、问到的到账时间）"
            ),
        )
        self.setObjectName("checklistPage")
        self.wiz = wizard
        self.setTitle(self.tr("要做的事和要带的材料"))
        self.setSubTitle(
            self.tr("点击“保存到我的事项”，以后可以逐项打勾、记备注、导出 PDF 或打印。")
        )

    def initializePage(self) -> None:
        self.show_loading()
        assessment = self.wiz.result_page.assessment
        if assessment is None:
            return
        if assessment.verdict is Verdict.NOT_ELIGIBLE:
            self.setTitle(self.tr("不符合条件时，可以改做的事"))
        else:
            self.setTitle(self.tr("要做的事和要带的材料"))
        member = self.wiz.person_page.member()
        member_id = member.id if member is not None else None
        name = self.wiz.person_page.person_label()

        def work(db: Database) -> _Preview:
            from yibao.services.checklists import checklist_book
            from yibao.services.refund import preview_case

            case = preview_case(db, assessment, member_id=member_id, person_name=name)
            return _Preview(case, dict(checklist_book().sections))

        self.wiz.ctx.call(work, self._shown, self.wiz.result_page._failed)

    def _shown(self, preview: _Preview) -> None:
        self.show_case(
            preview.case,
            preview.sections,
            deadline_heading=self.tr("日期提醒"),
            date_text=cn_date,
        )
