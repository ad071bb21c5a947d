"""The relatives to bind (or add one with the member form)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from yibao.ui.dialogs.member_dialog import MemberDialog
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.wizards.binding.common import (
    member_line,
)

if TYPE_CHECKING:
    from yibao.ui.wizards.binding.wizard import BindingWizard


class RelativesPage(QWizardPage):
    def __init__(self, wizard: BindingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("relatives_page")
        self.wiz = wizard
        self.setTitle(self.tr("给谁用（被共济的亲属）"))
        self.setSubTitle(
            self.tr("勾选要绑定的家人，可以选多位。家人还没登记的，点“添加家庭成员…”。")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.list = QListWidget(self)
        self.list.setObjectName("relatives")
        self.list.setAccessibleName(self.tr("家庭成员"))
        self.errors.add_row(form, self.tr("亲属 *"), "relatives", self.list)
        layout.addLayout(form, 1)
        self.add_button = QPushButton(self.tr("添加家庭成员…"), self)
        self.add_button.setObjectName("add_relative")
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            _label(
                self.tr("关系按“与您的关系”登记；共济人不是您本人时，软件会换算成与共济人的关系。"),
                self,
                "hint",
            )
        )
        self.checked: set[int] = set()
        self.add_button.clicked.connect(self.add_member)
        self.list.itemChanged.connect(self._item_changed)

    def initializePage(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        giver_id = self.wiz.giver_id()
        self.list.blockSignals(True)
        self.list.clear()
        for m in self.wiz.members:
            if m.id is None or m.id == giver_id:
                continue
            item = QListWidgetItem(member_line(m))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if m.id in self.checked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _item_changed(self, item: QListWidgetItem) -> None:
        member_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.checked.add(member_id)
            self.errors.clear_field("relatives")
        else:
            self.checked.discard(member_id)

    def set_checked(self, member_ids: list[int]) -> None:
        self.checked = set(member_ids)
        self.rebuild()

    def selected_ids(self) -> list[int]:
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def add_member(self) -> None:
        member = MemberDialog.ask(self.wiz.ctx, None, self)
        if member is not None and member.id is not None:
            self.checked.add(member.id)
            self.wiz.reload()

    def validatePage(self) -> bool:
        if not self.selected_ids():
            self.errors.show([("relatives", self.tr("请至少勾选一位亲属"))])
            return False
        self.errors.clear()
        return True
