"""The first page: what 家庭共济 is (and is not: 亲情账户)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QVBoxLayout,
    QWizardPage,
)

from yibao.domain.checklists import ChecklistEntry
from yibao.ui.widgets.basics import label as _label

if TYPE_CHECKING:
    from yibao.ui.wizards.binding.wizard import BindingWizard


class IntroPage(QWizardPage):
    def __init__(self, wizard: BindingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("intro")
        self.wiz = wizard
        self.setTitle(self.tr("家庭共济：用您的个人账户帮家人"))
        self.setSubTitle(self.tr("先分清两件容易混的事，再一步步检查家人能不能绑定、怎么去办。"))
        layout = QVBoxLayout(self)
        self.text = _label("", self)
        self.text.setObjectName("intro_text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        self.empty = _label(
            self.tr(
                "还没有填写个人信息和家庭成员。请先关闭本向导，在“家庭成员”页面填写您和家人的"
                "参保类型、参保地，再来办理家庭共济。"
            ),
            self,
            "warning",
        )
        self.empty.setObjectName("empty_hint")
        self.empty.hide()
        layout.addWidget(self.empty)
        layout.addStretch(1)

    def show_intro(self, entries: list[ChecklistEntry]) -> None:
        parts = []
        for e in entries:
            parts.append(
                f'<p style="margin:8px 0 2px 0"><b>{html.escape(e.text)}</b></p>'
                f'<p style="margin:0 0 6px 0;color:#5f6368">{html.escape(e.why)}</p>'
            )
        self.text.setText("".join(parts))

    def update_state(self) -> None:
        self.empty.setVisible(self.wiz.loaded and not self.wiz.members)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.loaded and bool(self.wiz.members)
