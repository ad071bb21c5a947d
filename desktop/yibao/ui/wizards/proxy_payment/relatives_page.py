"""Page 3: the relatives, in the order they are paid for, with their amounts and periods."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from yibao.domain.money import AmountError, parse_yuan
from yibao.domain.people import Member, Relation
from yibao.domain.proxy_payment import CollectionPeriod
from yibao.domain.resident_pricing import PriceKind
from yibao.services import proxy_payment as service
from yibao.ui.dialogs.override_dialog import LocalValueDialog
from yibao.ui.i18n import dtr, dtr_value
from yibao.ui.widgets.basics import date_edit as _date_edit
from yibao.ui.widgets.basics import from_qdate as _pydate
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import to_qdate as _qdate
from yibao.ui.widgets.findings import basis_tag
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.widgets.region_picker import RegionPicker
from yibao.ui.wizards.proxy_payment.common import (
    OTHER_SUBSIDY_GROUP,
    amount_error,
    money_edit,
)
from yibao.ui.wizards.proxy_payment.contribution_text import contribution_text
from yibao.ui.wizards.proxy_payment.draft import RelativeDraft

if TYPE_CHECKING:
    from yibao.ui.wizards.proxy_payment.wizard import ProxyPaymentWizard


class RelativesPage(QWizardPage):
    def __init__(self, wizard: ProxyPaymentWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("relativesPage")
        self.wiz = wizard
        self.setTitle(self.tr("为谁代缴、按什么顺序"))
        self.setSubTitle(
            self.tr(
                "钱不够时按列表顺序先缴前面的人。用“上移”“下移”调整；金额按亲属参保地的"
                "政策库标准带出，可以改。"
            )
        )
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("relatives_list")
        self.list.setAccessibleName(self.tr("要代缴的亲属（按顺序）"))
        self.list.setMinimumWidth(220)
        left.addWidget(self.list, 1)
        order_row = QHBoxLayout()
        self.move_up = QPushButton(self.tr("上移"), self)
        self.move_up.setObjectName("move_up")
        self.move_down = QPushButton(self.tr("下移"), self)
        self.move_down.setObjectName("move_down")
        self.remove = QPushButton(self.tr("移除"), self)
        self.remove.setObjectName("remove_relative")
        for button in (self.move_up, self.move_down, self.remove):
            order_row.addWidget(button)
        left.addLayout(order_row)
        self.sort_default = QPushButton(self.tr("按金额从少到多排"), self)
        self.sort_default.setObjectName("sort_default")
        self.sort_default.setToolTip(self.tr("金额少的排前面，余额紧张时能先缴上的人最多。"))
        left.addWidget(self.sort_default)
        #: the household members that may be added (those not yet listed are offered)
        self._members: tuple[Member, ...] = ()
        self.add_member_combo = QComboBox(self)
        self.add_member_combo.setObjectName("add_member")
        self.add_member_combo.setAccessibleName(self.tr("从家庭成员中添加"))
        self.add_member_button = QPushButton(self.tr("添加这位家庭成员"), self)
        self.add_member_button.setObjectName("add_member_button")
        left.addWidget(self.add_member_combo)
        left.addWidget(self.add_member_button)
        self.add_other = QPushButton(self.tr("添加其他亲属"), self)
        self.add_other.setObjectName("add_other")
        self.add_other.setProperty("role", "primary")
        left.addWidget(self.add_other)
        self.list_error = _label("", self, "fieldError", "relatives_error")
        left.addWidget(self.list_error)
        layout.addLayout(left, 2)

        self.detail = QGroupBox(self.tr("这位亲属"), self)
        self.detail.setObjectName("relative_detail")
        form = QFormLayout(self.detail)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a long label (English, 大字) puts its field below it instead of pushing the form wide
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors = FieldErrors()
        self.rel_name = QLineEdit(self.detail)
        self.rel_name.setObjectName("rel_name")
        self.rel_name.setMaxLength(40)
        self.errors.add_row(form, self.tr("称呼或姓名*："), "rel_name", self.rel_name)
        self.rel_relation = QComboBox(self.detail)
        self.rel_relation.setObjectName("rel_relation")
        self.rel_relation.addItem(self.tr("（请选择）"), "")
        for relation in Relation:
            if relation is not Relation.SELF:
                self.rel_relation.addItem(dtr(relation.label), relation.value)
        self.errors.add_row(form, self.tr("是出钱人的："), "rel_relation", self.rel_relation)
        self.rel_region = RegionPicker(self.detail, name="rel_region")
        self.errors.add_row(form, self.tr("参保地："), "rel_region", self.rel_region)
        self.rel_contribution = money_edit(
            self.detail, "rel_contribution", self.tr("个人缴费标准"), self.tr("按当地公布的金额")
        )
        self.errors.add_row(
            form, self.tr("居民医保个人缴费（元/年）*："), "rel_contribution", self.rel_contribution
        )
        self.rel_price_group = QComboBox(self.detail)
        self.rel_price_group.setObjectName("rel_price_group")
        self.rel_price_group.setAccessibleName(self.tr("缴费人群"))
        self.errors.add_row(form, self.tr("缴费人群："), "rel_price_group", self.rel_price_group)
        self._form = form
        self.rel_student = QCheckBox(self.tr("在校学生"), self.detail)
        self.rel_student.setObjectName("rel_student")
        self.rel_student.setAccessibleName(self.tr("是否在校学生"))
        form.addRow("", self.rel_student)
        self.contribution_basis = _label("", self.detail, "hint", "contribution_basis")
        form.addRow(self.contribution_basis)
        self.local_value = QPushButton(self.tr("填写当地数值…"), self.detail)
        self.local_value.setObjectName("local_value")
        self.local_value.setAccessibleName(self.tr("填写当地的缴费标准"))
        self.local_value.setToolTip(
            self.tr("把当地医保部门公布的金额存为“本地修改”，以后这个地区、这个年度都按它算。")
        )
        local_row = QHBoxLayout()
        local_row.addWidget(self.local_value)
        local_row.addStretch(1)
        form.addRow(local_row)
        self.rel_group = QComboBox(self.detail)
        self.rel_group.setObjectName("rel_group")
        self.fill_groups(())
        self.errors.add_row(form, self.tr("资助参保："), "rel_group", self.rel_group)
        self.rel_share = QSpinBox(self.detail)
        self.rel_share.setObjectName("rel_share")
        self.rel_share.setRange(0, 100)
        self.rel_share.setSuffix("%")
        self.errors.add_row(form, self.tr("个人负担比例："), "rel_share", self.rel_share)
        self.share_basis = _label("", self.detail, "hint", "share_basis")
        form.addRow(self.share_basis)
        flags = QWidget(self.detail)
        flags_box = QVBoxLayout(flags)
        flags_box.setContentsMargins(0, 0, 0, 0)
        self.rel_special = QCheckBox(self.tr("个人部分走民政等专门渠道缴"), flags)
        self.rel_special.setObjectName("rel_special")
        self.rel_newborn = QCheckBox(self.tr("新生儿（出生后第一次参保）"), flags)
        self.rel_newborn.setObjectName("rel_newborn")
        flags_box.addWidget(self.rel_special)
        flags_box.addWidget(self.rel_newborn)
        form.addRow(self.tr("特殊情况："), flags)
        self.rel_bound = QComboBox(self.detail)
        self.rel_bound.setObjectName("rel_bound")
        self.rel_bound.addItem(self.tr("不确定"), None)
        self.rel_bound.addItem(self.tr("已经绑定"), True)
        self.rel_bound.addItem(self.tr("还没绑定"), False)
        self.errors.add_row(form, self.tr("家庭共济绑定："), "rel_bound", self.rel_bound)
        period_row = QWidget(self.detail)
        period_box = QHBoxLayout(period_row)
        period_box.setContentsMargins(0, 0, 0, 0)
        self.rel_period_start = _date_edit(period_row, "rel_period_start", self.tr("征缴期开始"))
        self.rel_period_end = _date_edit(period_row, "rel_period_end", self.tr("征缴期截止"))
        period_box.addWidget(self.rel_period_start)
        period_box.addWidget(QLabel(self.tr("至"), period_row))
        period_box.addWidget(self.rel_period_end)
        self.errors.add_row(form, self.tr("缴费期："), "rel_period", period_row)
        self.period_basis = _label("", self.detail, "hint", "period_basis")
        form.addRow(self.period_basis)
        for widget, accessible in (
            (self.rel_name, self.tr("亲属称呼")),
            (self.rel_relation, self.tr("亲属关系")),
            (self.rel_group, self.tr("资助参保类别")),
            (self.rel_share, self.tr("个人负担比例")),
            (self.rel_special, self.tr("专门渠道缴费")),
            (self.rel_newborn, self.tr("新生儿")),
            (self.rel_bound, self.tr("是否已绑定")),
        ):
            widget.setAccessibleName(accessible)
        holder = QWidget(self)
        holder_box = QVBoxLayout(holder)
        holder_box.setContentsMargins(0, 0, 6, 0)
        holder_box.addWidget(self.detail)
        holder_box.addStretch(1)
        detail_area = QScrollArea(self)
        detail_area.setWidgetResizable(True)
        detail_area.setFrameShape(QScrollArea.Shape.NoFrame)
        detail_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        detail_area.setWidget(holder)
        layout.addWidget(detail_area, 5)

        self._loading = False
        self.list.currentRowChanged.connect(self._select)
        self.move_up.clicked.connect(lambda: self.move_relative(-1))
        self.move_down.clicked.connect(lambda: self.move_relative(1))
        self.remove.clicked.connect(self.remove_current)
        self.sort_default.clicked.connect(self.sort_by_amount)
        self.add_other.clicked.connect(lambda: self.add_relative())
        self.add_member_button.clicked.connect(self._add_selected_member)
        # textChanged (not textEdited): also text set by tests and input methods counts
        self.rel_name.textChanged.connect(lambda _t: self._store("rel_name"))
        self.rel_relation.activated.connect(lambda _i: self._store("rel_relation"))
        self.rel_region.changed.connect(lambda: self._store("rel_region"))
        self.rel_contribution.textChanged.connect(lambda _t: self._store("rel_contribution"))
        self.rel_contribution.editingFinished.connect(self._check_contribution)
        self.rel_price_group.activated.connect(lambda _i: self._store("rel_price_group"))
        self.rel_student.toggled.connect(lambda _c: self._store("rel_student"))
        self.local_value.clicked.connect(self.enter_local_value)
        self.rel_group.activated.connect(lambda _i: self._store("rel_group"))
        self.rel_share.valueChanged.connect(lambda _v: self._store("rel_share"))
        self.rel_special.toggled.connect(lambda _c: self._store("rel_special"))
        self.rel_newborn.toggled.connect(lambda _c: self._store("rel_newborn"))
        self.rel_bound.activated.connect(lambda _i: self._store("rel_bound"))
        self.rel_period_start.dateChanged.connect(lambda _d: self._store("rel_period"))
        self.rel_period_end.dateChanged.connect(lambda _d: self._store("rel_period"))
        self._refresh()

    def fill_groups(self, groups: tuple[str, ...]) -> None:
        """The subsidised groups of the book (资助参保人群) and 其他, keeping the choice."""
        chosen = self.rel_group.currentData() or ""
        self.rel_group.clear()
        self.rel_group.addItem(self.tr("不是资助对象"), "")
        used = {d.group for d in self.drafts if d.group}
        for group in dict.fromkeys((*groups, *sorted(used), OTHER_SUBSIDY_GROUP)):
            self.rel_group.addItem(dtr_value(group), group)  # the book's words in English
        self.rel_group.setCurrentIndex(max(self.rel_group.findData(chosen), 0))

    # -- the list ------------------------------------------------------------------------
    @property
    def drafts(self) -> list[RelativeDraft]:
        return self.wiz.drafts

    def fill_members(self, members: tuple[Member, ...]) -> None:
        self._members = members
        self._fill_picker()

    def _fill_picker(self) -> None:
        """Household members not yet in the list (a relative is never offered twice)."""
        listed = {d.member_id for d in self.drafts if d.member_id is not None}
        members = tuple(m for m in self._members if m.id not in listed)
        self.add_member_combo.clear()
        for member in members:
            self.add_member_combo.addItem(
                f"{member.name}（{dtr(member.relation.label)} · {dtr(member.scheme.label)}）",
                member.id,
            )
        has = bool(members)
        self.add_member_combo.setVisible(has)
        self.add_member_button.setVisible(has)

    def initializePage(self) -> None:
        self.wiz.refresh_relative_figures()
        self._refresh()
        if self.drafts and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    def _row_text(self, index: int, draft: RelativeDraft) -> str:
        name = draft.name.strip() or self.tr("（未填称呼）")
        return f"{index + 1}. {name} · {draft.due_text()}"

    def _refresh(self, select: int | None = None) -> None:
        self._fill_picker()
        current = self.list.currentRow() if select is None else select
        self.list.blockSignals(True)
        self.list.clear()
        for index, draft in enumerate(self.drafts):
            self.list.addItem(self._row_text(index, draft))
        self.list.blockSignals(False)
        empty = not self.drafts
        self.detail.setEnabled(not empty)
        if not empty:
            current = min(max(current, 0), len(self.drafts) - 1)
            self.list.setCurrentRow(current)
            self._select(current)
        else:
            self._show_draft(None)
        self.move_up.setEnabled(len(self.drafts) > 1)
        self.move_down.setEnabled(len(self.drafts) > 1)
        self.remove.setEnabled(not empty)
        if empty:
            self.list_error.setProperty("role", "hint")
            self.list_error.setText(self.tr("还没有亲属。点“添加其他亲属”，或从家庭成员中添加。"))
        else:
            self.list_error.clear()

    def _update_row(self, index: int) -> None:
        item = self.list.item(index)
        if item is not None:
            item.setText(self._row_text(index, self.drafts[index]))

    def current(self) -> RelativeDraft | None:
        row = self.list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def move_relative(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if not (0 <= row < len(self.drafts) and 0 <= target < len(self.drafts)):
            return
        self.drafts[row], self.drafts[target] = self.drafts[target], self.drafts[row]
        self._refresh(select=target)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.drafts):
            del self.drafts[row]
            self._refresh(select=max(0, row - 1))

    def sort_by_amount(self) -> None:
        """The simulation's default order (smallest amount first); unreadable amounts last."""
        keys = service.order_by_amount(
            (d.key, d.amount_or_none(), d.share_percent) for d in self.drafts
        )
        order = {key: i for i, key in enumerate(keys)}
        self.drafts.sort(key=lambda d: order.get(d.key, len(order)))
        self._refresh(select=0)

    def add_relative(self, member: Member | None = None) -> RelativeDraft:
        draft = self.wiz.new_draft(member)
        self.drafts.append(draft)
        self._refresh(select=len(self.drafts) - 1)
        self.wiz.refresh_relative_figures()
        self.rel_name.setFocus()
        return draft

    def _add_selected_member(self) -> None:
        member_id = self.add_member_combo.currentData()
        member = next((m for m in self.wiz.setup_relatives() if m.id == member_id), None)
        if member is not None:
            self.add_relative(member)

    # -- the detail form -------------------------------------------------------------------
    def _select(self, row: int) -> None:
        self.errors.clear()
        self._show_draft(self.drafts[row] if 0 <= row < len(self.drafts) else None)

    def _show_draft(self, draft: RelativeDraft | None) -> None:
        self._loading = True
        try:
            if draft is None:
                self.rel_name.clear()
                self.rel_contribution.clear()
                self.contribution_basis.clear()
                self.period_basis.clear()
                self.share_basis.clear()
                return
            self.rel_name.setText(draft.name)
            idx = self.rel_relation.findData(draft.relation.value if draft.relation else "")
            self.rel_relation.setCurrentIndex(max(idx, 0))
            self.rel_region.set_code(draft.region_code)
            self.rel_contribution.setText(draft.contribution_text)
            self._show_pricing(draft)
            self.rel_group.setCurrentIndex(max(self.rel_group.findData(draft.group), 0))
            self.rel_share.setValue(draft.share_percent)
            self.rel_special.setChecked(draft.special_channel)
            self.rel_newborn.setChecked(draft.newborn)
            self.rel_bound.setCurrentIndex(max(self.rel_bound.findData(draft.bound), 0))
            if draft.period is not None:
                self.rel_period_start.setDate(_qdate(draft.period.start))
                self.rel_period_end.setDate(_qdate(draft.period.end))
            self.show_figures(draft)
        finally:
            self._loading = False

    def show_share_basis(self, draft: RelativeDraft) -> None:
        """What the share rests on: the book's full subsidy in the relative's region, or
        the local office's figure the user types."""
        if not draft.group:
            self.share_basis.clear()
            return
        facts = self.wiz.facts
        fact = facts.fully_subsidised_in(draft.region_code) if facts is not None else None
        if fact is not None and draft.group in fact.get(()):
            self.share_basis.setText(
                self.tr("政策库：{group}的个人缴费由医疗救助全额资助，本人不用缴〔{tag}〕").format(
                    group=draft.group, tag=basis_tag(fact.basis)
                )
            )
        else:
            self.share_basis.setText(
                self.tr("资助多少以当地医保部门公布为准，请按当地的规定填写个人负担比例。")
            )

    def _show_pricing(self, draft: RelativeDraft) -> None:
        """The group choice and the student question, when the region's table has them."""
        priced = draft.price
        choices = priced.group_choices if priced is not None else ()
        self.rel_price_group.blockSignals(True)
        self.rel_price_group.clear()
        self.rel_price_group.addItem(self.tr("（请选择）"), "")
        for name in choices:
            self.rel_price_group.addItem(name, name)
        chosen = draft.price_group or (priced.group if priced is not None else "")
        self.rel_price_group.setCurrentIndex(max(self.rel_price_group.findData(chosen), 0))
        self.rel_price_group.blockSignals(False)
        holder = self.rel_price_group.parentWidget()
        if holder is not None:
            self._form.setRowVisible(holder, bool(choices))
        self.rel_price_group.setVisible(bool(choices))
        asks = priced is not None and priced.asks_student
        self.rel_student.blockSignals(True)
        self.rel_student.setChecked(priced.student if priced is not None else False)
        self.rel_student.blockSignals(False)
        self._form.setRowVisible(self.rel_student, asks)
        self.rel_student.setVisible(asks)

    def _region_name(self, draft: RelativeDraft) -> str:
        facts = self.wiz.facts
        region = facts.region(draft.region_code) if facts is not None else None
        return region.region_name if region is not None and region.region_name else ""

    def contribution_text(self, draft: RelativeDraft) -> str:
        """What the amount rests on, said plainly (national fallback, estimate, missing …)."""
        return contribution_text(
            draft,
            self.wiz.plan_page.benefit_year_value(),
            self._region_name(draft),
            self.wiz.today,
        )

    def show_figures(self, draft: RelativeDraft) -> None:
        """The source lines under the amount, the share and the period."""
        self.contribution_basis.setText(self.contribution_text(draft))
        self.show_share_basis(draft)
        priced = draft.price
        warn = draft.contribution_auto and priced is not None and priced.needs_local_value
        role = "warning" if warn else "hint"
        if self.contribution_basis.property("role") != role:
            self.contribution_basis.setProperty("role", role)
            self.contribution_basis.style().unpolish(self.contribution_basis)
            self.contribution_basis.style().polish(self.contribution_basis)
        self.local_value.setVisible(priced is not None and priced.needs_local_value)
        self.local_value.setEnabled(bool(draft.region_code) and self.wiz.ctx.is_ready)
        period = draft.period
        if period is None:
            self.period_basis.setText(self.tr("不知道当地的缴费期，请按当地公布的日期填写。"))
        elif not draft.period_auto:
            self.period_basis.setText(self.tr("您填写的缴费期。"))
        elif period.estimated:
            tag = basis_tag(period.basis) if period.basis else ""
            self.period_basis.setText(
                self.tr("按通常月份估计〔{tag}〕，请以当地公布的日期为准。").format(tag=tag)
            )
        elif period.basis is not None:
            self.period_basis.setText(
                self.tr("政策库：{region}公布的缴费期〔{tag}〕").format(
                    region=period.basis.region_name, tag=basis_tag(period.basis)
                )
            )

    def _store(self, what: str) -> None:
        if self._loading:
            return
        draft = self.current()
        if draft is None:
            return
        self.errors.clear_field(what)
        if what == "rel_name":
            draft.name = self.rel_name.text()
        elif what == "rel_relation":
            value = self.rel_relation.currentData()
            draft.relation = Relation(value) if value else None
        elif what == "rel_region":
            code = self.rel_region.code()
            if code != draft.region_code:
                draft.region_code = code
                self.wiz.refresh_relative_figures()
        elif what == "rel_contribution":
            draft.contribution_text = self.rel_contribution.text()
            draft.contribution_auto = False
            self.show_figures(draft)
        elif what == "rel_price_group":
            draft.price_group = self.rel_price_group.currentData() or ""
            self.wiz.reprice(draft)
        elif what == "rel_student":
            draft.student = self.rel_student.isChecked()
            self.wiz.reprice(draft)
        elif what == "rel_group":
            draft.group = self.rel_group.currentData() or ""
            share = service.subsidised_share(self.wiz.facts, draft.region_code, draft.group)
            if share is not None:
                self.rel_share.setValue(share)
            elif not draft.group:
                self.rel_share.setValue(100)
                self.rel_special.setChecked(False)
            self.show_share_basis(draft)
        elif what == "rel_share":
            draft.share_percent = self.rel_share.value()
        elif what == "rel_special":
            draft.special_channel = self.rel_special.isChecked()
        elif what == "rel_newborn":
            draft.newborn = self.rel_newborn.isChecked()
        elif what == "rel_bound":
            draft.bound = self.rel_bound.currentData()
        elif what == "rel_period":
            start = _pydate(self.rel_period_start.date())
            end = _pydate(self.rel_period_end.date())
            draft.period = CollectionPeriod(start, end)
            draft.period_auto = False
            self.show_figures(draft)
        self._update_row(self.list.currentRow())

    def enter_local_value(self) -> LocalValueDialog | None:
        """Open the small dialog to save the local figure as 本地修改 (not blocking)."""
        draft = self.current()
        facts = self.wiz.facts
        if draft is None or facts is None or not draft.region_code:
            return None
        region = facts.region(draft.region_code)
        if region is None:
            return None
        priced = draft.price
        group = ""
        if priced is not None and priced.kind is PriceKind.GROUP:
            group = priced.group or draft.price_group
        dialog = LocalValueDialog(self.wiz.ctx, region, group, self.tr("居民医保个人缴费"), self)
        self.wiz.local_dialog = dialog
        dialog.saved_value.connect(lambda _o: self.wiz.local_value_saved(region.region_code))
        dialog.open()
        return dialog

    def _check_contribution(self) -> None:
        draft = self.current()
        if draft is None or self._loading:
            return
        problems = self._problems(draft)
        self.errors.show([p for p in problems if p[0] == "rel_contribution"])

    def _problems(self, draft: RelativeDraft) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        if not draft.name.strip():
            problems.append(("rel_name", self.tr("请填写称呼或姓名，例如“妈妈”")))
        try:
            parse_yuan(draft.contribution_text)
        except AmountError as exc:
            problems.append(("rel_contribution", amount_error(exc)))
        if draft.period is not None and draft.period.end < draft.period.start:
            problems.append(("rel_period", self.tr("截止日期不能早于开始日期")))
        return problems

    def validatePage(self) -> bool:
        if not self.drafts:
            self.list_error.setProperty("role", "fieldError")
            self.list_error.style().unpolish(self.list_error)
            self.list_error.style().polish(self.list_error)
            self.list_error.setText(self.tr("请至少添加一位要代缴的亲属。"))
            return False
        for index, draft in enumerate(self.drafts):
            problems = self._problems(draft)
            if problems:
                self.list.setCurrentRow(index)
                self.errors.show(problems)
                return False
        return True
