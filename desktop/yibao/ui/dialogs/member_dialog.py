"""Add or edit a household member; validation at the field, saving off the GUI thread."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from yibao.domain.people import Member, Relation
from yibao.ui.context import AppContext
from yibao.ui.dialogs.failures import show_at_fields
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import scaled_width
from yibao.ui.widgets.discard import GuardedDialog
from yibao.ui.widgets.member_form import MemberForm, form_errors

if TYPE_CHECKING:
    from yibao.services.database import Database


class MemberDialog(GuardedDialog):
    def __init__(
        self, ctx: AppContext, member: Member | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self.ctx = ctx
        self.editing = member
        self.saved: Member | None = None
        self.is_profile = member is not None and member.relation is Relation.SELF
        if self.is_profile:
            self.setWindowTitle(self.tr("编辑个人信息"))
        else:
            self.setWindowTitle(self.tr("编辑家庭成员") if member else self.tr("添加家庭成员"))
        self.setMinimumWidth(scaled_width(self, 560))  # 大字: as many words a line
        layout = QVBoxLayout(self)
        hint = _label(
            self.tr("带 * 的为必填项。身份证号只保存在本机，界面中始终部分隐藏。"), self, "hint"
        )
        layout.addWidget(hint)
        self.form = MemberForm(self, with_relation=not self.is_profile)
        if member is not None:
            self.form.set_member(member)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.watch_edits()

    def save(self) -> None:
        relation = Relation.SELF if self.is_profile else None
        problems = form_errors(self.form, today=date.today(), relation=relation)
        if problems:
            self.form.errors.show(problems)
            return
        self.form.errors.clear()
        member = self.form.member(relation=relation)
        editing = self.editing is not None
        is_profile = self.is_profile
        self.buttons.setEnabled(False)

        def work(db: Database) -> Member:
            from yibao.services import household

            if is_profile:
                return household.save_profile(db, member, today=date.today())
            if editing:
                return household.update_member(db, member, today=date.today())
            return household.add_member(db, member, today=date.today())

        self.ctx.call(work, self._saved, self._failed)

    def _saved(self, member: Member) -> None:
        self.saved = member
        self.buttons.setEnabled(True)
        self.ctx.household_changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_at_fields(self.form.errors, exc, self.ctx, self)

    @classmethod
    def ask(
        cls, ctx: AppContext, member: Member | None = None, parent: QWidget | None = None
    ) -> Member | None:
        """Show the dialog modally; the saved member, or ``None`` if cancelled."""
        dialog = cls(ctx, member, parent)
        dialog.exec()
        return dialog.saved
