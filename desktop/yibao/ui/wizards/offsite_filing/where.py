"""The first page: who (a household member, their scheme and 参保地) and where (就医地)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWizardPage

from yibao.domain.people import Member, Scheme
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.widgets.region_picker import RegionPicker
from yibao.ui.wizards.offsite_filing.common import show_answer_errors

if TYPE_CHECKING:
    from yibao.ui.wizards.offsite_filing.wizard import OffsiteFilingWizard


class WherePage(QWizardPage):
    """Who (a household member, their scheme and 参保地) and where (就医地)."""

    def __init__(self, wizard: OffsiteFilingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("where")
        self.wiz = wizard
        self.setTitle(self.tr("谁去外地看病，去哪里"))
        self.setSubTitle(
            self.tr("参保地和险种会从家庭成员资料中带出；就医地选要去看病或生活的城市。")
        )
        layout = QVBoxLayout(self)
        self.no_members = _label(
            self.tr(
                "还没有设置个人信息和家庭成员。可以先在“概览”中设置，也可以直接在下面选择"
                "参保地和险种继续。"
            ),
            self,
            "warning",
            "no_members",
        )
        self.no_members.hide()
        layout.addWidget(self.no_members)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.member = QComboBox(self)
        self.member.setObjectName("member")
        self.member.addItem(self.tr("（不指定成员）"), None)
        self.errors.add_row(form, self.tr("为谁办理："), "member", self.member)
        self.scheme = QComboBox(self)
        self.scheme.setObjectName("scheme")
        for scheme in Scheme:
            if scheme is not Scheme.NONE:
                self.scheme.addItem(dtr(scheme.label), scheme.value)
        self.errors.add_row(form, self.tr("参保类型："), "scheme", self.scheme)
        self.insured = RegionPicker(self, name="insured_region")
        self.insured.setAccessibleName(self.tr("参保地"))
        self.errors.add_row(form, self.tr("参保地："), "insured_region", self.insured)
        self.dest = RegionPicker(self, name="dest_region")
        self.dest.setAccessibleName(self.tr("就医地"))
        self.dest.city.setAccessibleName(self.tr("就医地（市）"))
        self.errors.add_row(form, self.tr("就医地："), "dest_region", self.dest)
        layout.addLayout(form)
        self.scope = _label("", self, "hint", "scope")
        layout.addWidget(self.scope)
        layout.addStretch(1)
        self._members: dict[int, Member] = {}
        self.member.currentIndexChanged.connect(self._member_changed)
        self.insured.changed.connect(self._update_scope)
        self.dest.changed.connect(self._update_scope)
        self.insured.changed.connect(lambda: self.errors.clear_field("insured_region"))
        self.dest.changed.connect(lambda: self.errors.clear_field("dest_region"))
        self._update_scope()

    def fill_members(self, members: list[Member]) -> None:
        self._members = {m.id: m for m in members if m.id is not None}
        self.member.blockSignals(True)
        self.member.clear()
        for m in members:
            if m.id is None:
                continue
            self.member.addItem(f"{m.name}（{dtr(m.relation.label)}）", m.id)
        self.member.addItem(self.tr("（不指定成员）"), None)
        self.member.blockSignals(False)
        self.no_members.setVisible(not self._members)
        self.member.setCurrentIndex(0)
        self._member_changed()

    def selected_member(self) -> Member | None:
        member_id = self.member.currentData()
        return self._members.get(member_id) if member_id is not None else None

    def _member_changed(self) -> None:
        m = self.selected_member()
        if m is None:
            return
        if m.scheme is not Scheme.NONE:
            self.scheme.setCurrentIndex(max(self.scheme.findData(m.scheme.value), 0))
        if m.region_code:
            self.insured.set_code(m.region_code)

    def scheme_value(self) -> Scheme:
        return Scheme(self.scheme.currentData() or Scheme.EMPLOYEE_ACTIVE.value)

    def _update_scope(self) -> None:
        from yibao.services.offsite import scope

        found = scope(self.insured.code() or "", self.dest.code() or "")
        if found is None:
            self.scope.setText(self.tr("选好两个城市后，这里会显示是省内还是跨省。"))
        elif found.same_region:
            self.scope.setText(self.tr("参保地和就医地是同一个城市，不需要异地备案。"))
        elif not found.cross_province:
            self.scope.setText(self.tr("省内异地就医（同一个省的不同城市）。"))
        else:
            self.scope.setText(
                self.tr("跨省异地就医：{a} → {b}。").format(a=found.insured_name, b=found.dest_name)
            )

    def validatePage(self) -> bool:
        problems: list[tuple[str, str]] = []
        if not self.insured.code():
            problems.append(("insured_region", self.tr("请选择参保地（省和市）")))
        if not self.dest.code():
            problems.append(("dest_region", self.tr("请选择就医地（省和市）")))
        if problems:
            self.errors.show(problems)
            return False
        return show_answer_errors(
            self.errors, self.wiz.answers(), ("insured_region", "dest_region"), date.today()
        )
