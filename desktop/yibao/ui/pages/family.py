"""家庭成员: the household in a table; add, edit and remove through a validated dialog."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from yibao.domain.idcard import mask_id_number
from yibao.domain.people import Member, Relation, age_on
from yibao.domain.regions import region_book
from yibao.ui.dialogs import confirm as confirm_mod
from yibao.ui.dialogs.member_dialog import MemberDialog
from yibao.ui.i18n import dtr
from yibao.ui.models.proxy import sorting_proxy
from yibao.ui.models.table import Column, RowTableModel
from yibao.ui.pages.base import Page
from yibao.ui.widgets.basics import keep_rows_visible, row_table
from yibao.ui.widgets.bindings_panel import BindingsPanel

if TYPE_CHECKING:
    from yibao.services.database import Database

_RELATION_ORDER = {rel: i for i, rel in enumerate(Relation)}


def member_columns() -> list[Column[Member]]:
    today = date.today()
    return [
        Column(
            QCoreApplication.translate("FamilyPage", "关系"),
            lambda m: dtr(m.relation.label),
            lambda m: _RELATION_ORDER[m.relation],
        ),
        Column(QCoreApplication.translate("FamilyPage", "姓名"), lambda m: m.name),
        Column(QCoreApplication.translate("FamilyPage", "性别"), lambda m: dtr(m.gender.label)),
        Column(
            QCoreApplication.translate("FamilyPage", "出生日期"),
            lambda m: m.birth_date.isoformat() if m.birth_date else "",
            lambda m: m.birth_date.isoformat() if m.birth_date else "",
        ),
        Column(
            QCoreApplication.translate("FamilyPage", "年龄"),
            lambda m: "" if (a := age_on(m.birth_date, today)) is None else str(a),
            lambda m: age_on(m.birth_date, today) or 0,
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("FamilyPage", "身份证号"),
            lambda m: mask_id_number(m.id_number),
        ),
        Column(QCoreApplication.translate("FamilyPage", "参保类型"), lambda m: dtr(m.scheme.label)),
        Column(
            QCoreApplication.translate("FamilyPage", "参保地"),
            lambda m: (
                region_book().full_name(m.region_code)  # loaded by the op thread at start-up
                if m.region_code
                else QCoreApplication.translate("FamilyPage", "未填写")
            ),
        ),
        Column(
            QCoreApplication.translate("FamilyPage", "状态"),
            lambda m: (
                QCoreApplication.translate("FamilyPage", "已去世（{date}）").format(
                    date=m.died_on.isoformat()
                )
                if m.died_on is not None
                else QCoreApplication.translate("FamilyPage", "正常参保")
                if m.enrolled
                else QCoreApplication.translate("FamilyPage", "未参保/已停保")
            ),
        ),
    ]


class FamilyPage(Page):
    page_name = "family"
    scrolls = True

    def title(self) -> str:
        return self.tr("家庭成员")

    def hint(self) -> str:
        return self.tr(
            "记录家里每个人的参保情况。家庭共济、代缴和异地备案都会用到这里的信息。"
            "身份证号只保存在本机，并且始终部分隐藏。"
        )

    def __init__(self, ctx, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加成员…"), self)
        self.add_button.setObjectName("add_member")
        self.add_button.setProperty("role", "primary")
        self.edit_button = QPushButton(self.tr("编辑…"), self)
        self.edit_button.setObjectName("edit_member")
        self.remove_button = QPushButton(self.tr("删除"), self)
        self.remove_button.setObjectName("remove_member")
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.body.addLayout(buttons)

        self.model: RowTableModel[Member] = RowTableModel(member_columns(), self)
        self.proxy = sorting_proxy(self.model, self)  # type: ignore[arg-type]
        self.table = row_table(self, "members", self.tr("家庭成员列表"), self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        keep_rows_visible(self.table, 6)
        self.body.addWidget(self.table, 3)
        # 家庭共济 bindings (ui/widgets/bindings_panel.py)
        self.bindings_panel = BindingsPanel(ctx, self, start_wizard=self.start_wizard.emit)
        self.body.addWidget(self.bindings_panel, 1)

        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.household_changed.connect(self.refresh)
        self._update_buttons()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.is_ready:
            return

        def work(db: Database) -> list[Member]:
            from yibao.services import household

            return household.list_members(db)

        self.ctx.call(work, self._set_rows)
        self.bindings_panel.refresh()

    def _set_rows(self, members: list[Member]) -> None:
        self.model.set_rows(members)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> Member | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source: QModelIndex = self.proxy.mapToSource(rows[0])
        return self.model.row_at(source.row())

    def _update_buttons(self) -> None:
        member = self.selected()
        self.edit_button.setEnabled(member is not None and self.ctx.is_ready)
        self.remove_button.setEnabled(
            member is not None and member.relation is not Relation.SELF and self.ctx.is_ready
        )
        self.add_button.setEnabled(self.ctx.is_ready)

    def select_member(self, member_id: int) -> None:
        for row, m in enumerate(self.model.rows()):
            if m.id == member_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    # -- actions --------------------------------------------------------------------------
    def add_member(self) -> None:
        MemberDialog.ask(self.ctx, None, self)

    def edit_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        MemberDialog.ask(self.ctx, member, self)

    def remove_selected(self) -> None:
        member = self.selected()
        if member is None or member.id is None or member.relation is Relation.SELF:
            return
        if not confirm_mod.confirm(
            self,
            self.tr("删除家庭成员"),
            self.tr("确定要删除“{name}”吗？与此人相关的记录也会一并删除，无法撤销。").format(
                name=member.name
            ),
            yes=self.tr("删除"),
            no=self.tr("取消"),
        ):
            return
        member_id = member.id

        def work(db: Database) -> None:
            from yibao.services import household

            household.remove_member(db, member_id)

        self.ctx.call(work, lambda _r: self.ctx.household_changed.emit())
