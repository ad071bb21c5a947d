"""代缴居民医保模拟 wizard: the giver's account → year, mode and local rules → the relatives
(reorderable, amounts editable) → who is covered when, and what cash is needed → the
checklist, saved as a case in 我的事项.

The wizard holds no rules: it reads the household and the policy book through
``services.proxy_payment`` (on the op thread), runs ``domain.proxy_payment.simulate`` (pure
and fast) and saves through the service. Bindings and the contribution history are used when
they exist; a typed balance and ad-hoc relatives always work (also on an empty database).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from yibao.domain.money import AmountError, format_yuan, parse_yuan
from yibao.domain.people import Member, Relation
from yibao.domain.policy import STALE_LABEL, StaleReason
from yibao.domain.proxy_payment import (
    Basis,
    CollectionPeriod,
    DeductionSchedule,
    Level,
    Note,
    Origin,
    PlannedDeduction,
    ProxyMode,
    ProxyPlan,
    ProxyResult,
    RelativeResult,
    Trigger,
    Verdict,
)
from yibao.domain.resident_pricing import MemberPrice, Person, PriceKind
from yibao.services import proxy_payment as service
from yibao.ui.context import AppContext
from yibao.ui.dialogs.failures import show_problem
from yibao.ui.dialogs.override_dialog import LocalValueDialog
from yibao.ui.i18n import dtr
from yibao.ui.models.table import Column, RowTableModel
from yibao.ui.widgets.basics import date_edit as _date_edit
from yibao.ui.widgets.basics import from_qdate as _pydate
from yibao.ui.widgets.basics import html_escape as _e
from yibao.ui.widgets.basics import keep_rows_visible
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import to_qdate as _qdate
from yibao.ui.widgets.case_preview import CasePreviewPage
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.widgets.region_picker import RegionPicker
from yibao.ui.wizards.base import GuardedWizard

if TYPE_CHECKING:
    from yibao.domain.cases import Case
    from yibao.services.database import Database
    from yibao.services.proxy_payment import AccountInfo, PolicyFacts, ProxySetup

MANUAL_GIVER = -1
SUBSIDY_GROUPS = ("特困人员", "孤儿", "低保对象", "其他资助对象")
FULLY_SUBSIDISED = ("特困人员", "孤儿")


class PageId(enum.IntEnum):
    GIVER = 0
    PLAN = 1
    RELATIVES = 2
    RESULT = 3
    CHECKLIST = 4


def _money_edit(parent: QWidget, name: str, accessible: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(20)
    return edit


def _amount_error(exc: AmountError) -> str:
    return dtr(exc.template, exc.params)


def _plain(amount: Decimal) -> str:
    return format_yuan(amount, symbol=False).replace(",", "")


def basis_tag(basis: Basis, today: date | None = None) -> str:
    """``官方文件 · 山西省`` / ``本地修改 · 成都市`` / ``您填写的`` (translated), with
    ``全国最低标准`` for a national fallback and ``待核验`` when stale on *today*."""
    if basis.origin is Origin.USER:
        return dtr(Origin.USER.label)
    if basis.origin is Origin.OVERRIDE:
        parts = [dtr(Origin.OVERRIDE.label)]
        if basis.region_name:
            parts.append(basis.region_name)
        return " · ".join(parts)
    parts = [dtr(basis.confidence.label)] if basis.confidence else []
    if basis.region_name:
        parts.append(basis.region_name)
    if basis.national_fallback:
        parts.append(dtr(PriceKind.NATIONAL_MINIMUM.label))
    if today is not None and basis.stale(today) is not None:
        parts.append(dtr(STALE_LABEL))
    return " · ".join(parts)


def note_text(note: Note) -> str:
    return dtr(note.template, note.params)


# ───────────────────────────────────────────── the relatives being edited


@dataclass
class RelativeDraft:
    """A relative as the user edits it (texts as typed; validated when leaving the page)."""

    key: str
    name: str = ""
    relation: Relation | None = None
    region_code: str | None = None
    member_id: int | None = None
    contribution_text: str = ""
    #: the amount was filled in from the policy book and not changed by the user
    contribution_auto: bool = True
    #: the priced figure from the book (``None`` until the region's figures are known)
    price: MemberPrice | None = None
    birth_date: date | None = None
    #: the contribution group the user chose (北京: 老年人 …); empty: by the book's conditions
    price_group: str = ""
    #: answered "in-school student?"; ``None``: not answered (default from the ages)
    student: bool | None = None
    group: str = ""
    share_percent: int = 100
    newborn: bool = False
    special_channel: bool = False
    bound: bool | None = None
    period: CollectionPeriod | None = None
    period_auto: bool = True

    def amount_or_none(self) -> Decimal | None:
        try:
            return parse_yuan(self.contribution_text)
        except AmountError:
            return None

    def due_text(self) -> str:
        amount = self.amount_or_none()
        if amount is None:
            return "—"
        return format_yuan(amount * Decimal(self.share_percent) / 100)


# ───────────────────────────────────────────── page 1: the giver


class GiverPage(QWizardPage):
    def __init__(self, wizard: ProxyPaymentWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("giverPage")
        self.wiz = wizard
        self.setTitle(self.tr("谁出钱：职工医保个人账户"))
        self.setSubTitle(
            self.tr(
                "先模拟一遍：账户里的钱够给哪几位亲属缴居民医保、按什么顺序、赶不赶得上截止日、"
                "还要准备多少现金。模拟不会动您的账户。"
            )
        )
        layout = QVBoxLayout(self)
        self.empty_hint = _label(
            self.tr(
                "还没有填写家庭成员也没关系：直接在下面填余额和参保地，下一步再添加要代缴的亲属。"
                "以后在“家庭成员”页面添加家人，就能自动带出。"
            ),
            self,
            "warning",
            "empty_hint",
        )
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors()
        self.giver = QComboBox(self)
        self.giver.setObjectName("giver")
        self.giver.setAccessibleName(self.tr("出钱的人"))
        self.giver.addItem(self.tr("其他人（手动填写）"), MANUAL_GIVER)
        self.errors.add_row(form, self.tr("出钱的人："), "giver", self.giver)
        self.giver_name = QLineEdit(self)
        self.giver_name.setObjectName("giver_name")
        self.giver_name.setAccessibleName(self.tr("出钱的人的称呼"))
        self.giver_name.setPlaceholderText(self.tr("例如：我、爸爸"))
        self.giver_name.setMaxLength(40)
        self.errors.add_row(form, self.tr("称呼："), "giver_name", self.giver_name)
        self.giver_region = RegionPicker(self, name="giver_region")
        self.errors.add_row(form, self.tr("参保地："), "giver_region", self.giver_region)
        self.balance = _money_edit(self, "balance", self.tr("个人账户余额"), self.tr("例如 1500"))
        self.errors.add_row(form, self.tr("个人账户余额（元）*："), "balance", self.balance)
        self.monthly_credit = _money_edit(
            self, "monthly_credit", self.tr("每月划入"), self.tr("不知道可以空着")
        )
        self.errors.add_row(
            form, self.tr("每月划入约（元）："), "monthly_credit", self.monthly_credit
        )
        self.credit_day = QSpinBox(self)
        self.credit_day.setObjectName("credit_day")
        self.credit_day.setAccessibleName(self.tr("每月划入到账日"))
        self.credit_day.setRange(1, 28)
        self.credit_day.setValue(10)
        self.credit_day.setSuffix(self.tr(" 号左右"))
        self.errors.add_row(form, self.tr("每月到账日："), "credit_day", self.credit_day)
        layout.addLayout(form)
        self.account_hint = _label("", self, "hint", "account_hint")
        self.account_hint.hide()
        layout.addWidget(self.account_hint)
        layout.addWidget(
            _label(
                self.tr(
                    "余额和每月划入可以在国家医保服务平台 APP 或当地医保 APP 的“个人账户”里查到。"
                    "每月划入用来估算：钱不够时，哪个月以后才够。"
                ),
                self,
                "hint",
            )
        )
        layout.addStretch(1)
        self.registerField("balance*", self.balance)
        self.giver.currentIndexChanged.connect(self._giver_changed)
        for name, edit in (
            ("balance", self.balance),
            ("monthly_credit", self.monthly_credit),
            ("giver_name", self.giver_name),
        ):
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))
        self._giver_changed()

    def _edited(self, name: str) -> None:
        self.errors.clear_field(name)
        if name in ("balance", "monthly_credit"):
            self.wiz.balance_from_history = False
            self.account_hint.clear()
            self.account_hint.hide()

    def fill(self, setup: ProxySetup) -> None:
        self.giver.blockSignals(True)
        self.giver.clear()
        for member in setup.givers:
            self.giver.addItem(f"{member.name}（{dtr(member.scheme.label)}）", member.id)
        self.giver.addItem(self.tr("其他人（手动填写）"), MANUAL_GIVER)
        self.giver.setCurrentIndex(0)
        self.giver.blockSignals(False)
        self.empty_hint.setVisible(not setup.givers)
        if not setup.givers and setup.profile is not None:
            self.empty_hint.setText(
                self.tr(
                    "家庭成员中没有参加职工医保（有个人账户）的人。可以在下面手动填写出钱的人；"
                    "只有职工医保的个人账户才能代缴。"
                )
            )
        self._giver_changed()

    def giver_member(self) -> Member | None:
        member_id = self.giver.currentData()
        if member_id in (None, MANUAL_GIVER):
            return None
        return next((m for m in self.wiz.setup_givers() if m.id == member_id), None)

    def giver_label(self) -> str:
        member = self.giver_member()
        if member is not None:
            return member.name
        return self.giver_name.text().strip() or self.tr("我")

    def _giver_changed(self) -> None:
        member = self.giver_member()
        manual = member is None
        self.giver_name.setEnabled(manual)
        if member is not None:
            self.giver_name.setText(member.name)
            self.giver_region.set_code(member.region_code)
            info = self.wiz.account_for(member.id)
            self._show_account(info)
        else:
            self.account_hint.clear()
            self.account_hint.hide()

    def _show_account(self, info: AccountInfo | None) -> None:
        if info is None or info.balance is None:
            self.account_hint.clear()
            self.account_hint.hide()
            return
        self.balance.setText(_plain(info.balance))
        if info.monthly_credit is not None:
            self.monthly_credit.setText(_plain(info.monthly_credit))
        self.wiz.balance_from_history = True
        when = info.balance_on.isoformat() if info.balance_on else "—"
        text = self.tr("已按“缴费记录”推算：截至 {date} 余额约 {balance}").format(
            date=when, balance=format_yuan(info.balance)
        )
        if info.monthly_credit is not None:
            text += self.tr("，每月划入约 {credit}").format(credit=format_yuan(info.monthly_credit))
        if info.credit_explanation:
            text += self.tr("（{how}）").format(how=info.credit_explanation)
        self.account_hint.setText(text + self.tr("。可以改成 APP 上看到的数。"))
        self.account_hint.show()

    def values(self, problems: list[tuple[str, str]]) -> tuple[Decimal, Decimal]:
        balance = Decimal(0)
        credit = Decimal(0)
        try:
            balance = parse_yuan(self.balance.text())
        except AmountError as exc:
            problems.append(("balance", _amount_error(exc)))
        if self.monthly_credit.text().strip():
            try:
                credit = parse_yuan(self.monthly_credit.text())
            except AmountError as exc:
                problems.append(("monthly_credit", _amount_error(exc)))
        return balance, credit

    def validatePage(self) -> bool:
        problems: list[tuple[str, str]] = []
        self.values(problems)
        if self.giver_member() is None and len(self.giver_name.text().strip()) > 40:
            problems.append(("giver_name", self.tr("称呼太长了")))
        self.errors.show(problems)
        return not problems


# ───────────────────────────────────────────── page 2: year, mode and local rules


class PlanPage(QWizardPage):
    def __init__(self, wizard: ProxyPaymentWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("planPage")
        self.wiz = wizard
        self.setTitle(self.tr("缴哪一年、什么时候办、用哪种方式"))
        self.setSubTitle(self.tr("规定按出钱人的参保地从政策库带出，可以改成当地公布的数。"))
        outer = QVBoxLayout(self)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 8, 0)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.benefit_year = QSpinBox(inner)
        self.benefit_year.setObjectName("benefit_year")
        self.benefit_year.setAccessibleName(self.tr("待遇年度"))
        self.benefit_year.setRange(2018, 2099)
        self.benefit_year.setSuffix(self.tr(" 年度"))
        self.errors.add_row(
            form, self.tr("缴哪一年的（待遇年度）："), "benefit_year", self.benefit_year
        )
        self.plan_date = _date_edit(inner, "plan_date", self.tr("打算哪天办"))
        self.errors.add_row(form, self.tr("打算哪天办："), "plan_date", self.plan_date)
        layout.addLayout(form)
        layout.addWidget(
            _label(
                self.tr(
                    "居民医保一般在上一年 9 月到 12 月集中缴下一年的（有的地方到次年 2 月），"
                    "例如 2025 年秋天缴的是 2026 年度。"
                ),
                inner,
                "hint",
            )
        )

        mode_title = _label(self.tr("代缴方式"), inner, "sectionTitle")
        layout.addWidget(mode_title)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[ProxyMode, QRadioButton] = {}
        self.mode_badges: dict[ProxyMode, QLabel] = {}
        for index, mode in enumerate(ProxyMode):
            button = QRadioButton(dtr(mode.label), inner)
            button.setObjectName(f"mode_{mode.value}")
            button.setAccessibleName(dtr(mode.label))
            self.mode_group.addButton(button, index)
            self.mode_buttons[mode] = button
            badge = _label("", inner, "badge", f"mode_{mode.value}_badge")
            badge.setWordWrap(False)
            self.mode_badges[mode] = badge
            row = QHBoxLayout()
            row.addWidget(button)
            row.addWidget(badge)
            row.addStretch(1)
            layout.addLayout(row)
            desc = _label(dtr(mode.description), inner, "hint")
            desc.setContentsMargins(24, 0, 0, 4)
            layout.addWidget(desc)
        self.mode_buttons[ProxyMode.DIRECT].setChecked(True)

        rules_title = _label(self.tr("当地规定"), inner, "sectionTitle")
        layout.addWidget(rules_title)
        rules_form = QFormLayout()
        self.has_threshold = QCheckBox(self.tr("只有超过一定金额的余额才能用于共济"), inner)
        self.has_threshold.setObjectName("has_threshold")
        self.has_threshold.setAccessibleName(self.tr("有余额起点"))
        rules_form.addRow(self.has_threshold)
        self.min_retained_balance = _money_edit(
            inner, "min_retained_balance", self.tr("余额起点"), self.tr("例如 1000")
        )
        self.errors.add_row(
            rules_form,
            self.tr("超过多少以上的部分能用（元）："),
            "min_retained_balance",
            self.min_retained_balance,
        )
        self.threshold_basis = _label("", inner, "hint", "threshold_basis")
        rules_form.addRow(self.threshold_basis)
        self.has_ltc = QCheckBox(self.tr("账户还要扣长期护理保险费（长护险）"), inner)
        self.has_ltc.setObjectName("has_ltc")
        self.has_ltc.setAccessibleName(self.tr("扣长护险"))
        rules_form.addRow(self.has_ltc)
        ltc_row = QWidget(inner)
        ltc_box = QHBoxLayout(ltc_row)
        ltc_box.setContentsMargins(0, 0, 0, 0)
        self.ltc_amount = _money_edit(
            ltc_row, "ltc_amount", self.tr("长护险金额"), self.tr("例如 4")
        )
        self.ltc_schedule = QComboBox(ltc_row)
        self.ltc_schedule.setObjectName("ltc_schedule")
        self.ltc_schedule.setAccessibleName(self.tr("长护险扣缴方式"))
        self.ltc_schedule.addItem(self.tr("每月扣"), DeductionSchedule.MONTHLY.value)
        self.ltc_schedule.addItem(self.tr("每年年底一次扣全年"), DeductionSchedule.YEARLY.value)
        ltc_box.addWidget(self.ltc_amount, 1)
        ltc_box.addWidget(self.ltc_schedule, 1)
        self.errors.add_row(rules_form, self.tr("长护险（元/次）："), "ltc_amount", ltc_row)
        self.ltc_basis = _label("", inner, "hint", "ltc_basis")
        rules_form.addRow(self.ltc_basis)
        layout.addLayout(rules_form)
        self.rules_status = _label("", inner, "hint", "rules_status")
        layout.addWidget(self.rules_status)
        layout.addStretch(1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(inner)
        outer.addWidget(area)

        self._threshold_auto = True
        self._ltc_auto = True
        self._mode_auto = True
        self._loaded_key: tuple[object, ...] | None = None
        self.has_threshold.toggled.connect(self._threshold_toggled)
        self.has_ltc.toggled.connect(self._ltc_toggled)
        self.min_retained_balance.textEdited.connect(lambda _t: self._touched("threshold"))
        self.ltc_amount.textEdited.connect(lambda _t: self._touched("ltc"))
        self.ltc_schedule.activated.connect(lambda _i: self._touched("ltc"))
        self.has_threshold.clicked.connect(lambda _c: self._touched("threshold"))
        self.has_ltc.clicked.connect(lambda _c: self._touched("ltc"))
        self.mode_group.idClicked.connect(lambda _i: self._touched("mode"))
        self.benefit_year.valueChanged.connect(lambda _v: self.reload())
        self.plan_date.dateChanged.connect(lambda _d: self.reload())
        self._threshold_toggled(False)
        self._ltc_toggled(False)
        self.set_defaults(wizard.today)

    def set_defaults(self, today: date) -> None:
        self.benefit_year.blockSignals(True)
        self.plan_date.blockSignals(True)
        self.benefit_year.setValue(service.default_benefit_year(today))
        self.plan_date.setDate(_qdate(today))
        self.benefit_year.blockSignals(False)
        self.plan_date.blockSignals(False)

    def _touched(self, what: str) -> None:
        if what == "threshold":
            self._threshold_auto = False
            self.errors.clear_field("min_retained_balance")
        elif what == "ltc":
            self._ltc_auto = False
            self.errors.clear_field("ltc_amount")
        else:
            self._mode_auto = False

    def _threshold_toggled(self, on: bool) -> None:
        self.min_retained_balance.setEnabled(on)
        if not on:
            self.errors.clear_field("min_retained_balance")

    def _ltc_toggled(self, on: bool) -> None:
        self.ltc_amount.setEnabled(on)
        self.ltc_schedule.setEnabled(on)
        if not on:
            self.errors.clear_field("ltc_amount")

    def mode(self) -> ProxyMode:
        for mode, button in self.mode_buttons.items():
            if button.isChecked():
                return mode
        return ProxyMode.DIRECT

    def set_mode(self, mode: ProxyMode) -> None:
        self.mode_buttons[mode].setChecked(True)

    def benefit_year_value(self) -> int:
        return self.benefit_year.value()

    def plan_day(self) -> date:
        return _pydate(self.plan_date.date())

    def initializePage(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the giver region's rules for the plan date (and relative regions' figures)."""
        key = (self.wiz.giver_region(), self.benefit_year_value(), self.plan_day())
        if key == self._loaded_key or not self.wiz.ctx.is_ready:
            return
        self._loaded_key = key
        self.rules_status.setText(self.tr("正在查政策库……"))
        self.wiz.load_policy(then=self.apply_rules)

    def apply_rules(self, facts: PolicyFacts) -> None:
        rules = facts.rules
        if self.wiz.giver_region():
            self.rules_status.clear()
        else:
            self.rules_status.setText(
                self.tr("上一步没有选出钱人的参保地，这里按全国规定；选了参保地会更准。")
            )
        for mode, badge in self.mode_badges.items():
            supported = rules.mode_supported(mode)
            basis = rules.basis_of(mode.policy_key)
            if supported is True:
                text = self.tr("本地可用")
                badge.setProperty("role", "badge")
            elif supported is False:
                text = self.tr("本地不支持")
                badge.setProperty("role", "badgeWarn")
            else:
                text = self.tr("政策库无本地记录")
                badge.setProperty("role", "badgeWarn")
            if basis is not None:
                text += f"〔{basis_tag(basis)}〕"
            badge.setText(text)
            badge.style().unpolish(badge)
            badge.style().polish(badge)
        suggested = service.suggested_mode(rules)
        if self._mode_auto and suggested is not None:
            self.set_mode(suggested)
        threshold = rules.min_retained_balance
        basis = rules.basis_of("family.min_retained_balance")
        if self._threshold_auto:
            self.has_threshold.setChecked(bool(threshold))
            self.min_retained_balance.setText(_plain(threshold) if threshold else "")
        if basis is not None and threshold:
            self.threshold_basis.setText(
                self.tr("政策库：{region}余额超过 {amount} 的部分才可共济〔{tag}〕").format(
                    region=basis.region_name, amount=format_yuan(threshold), tag=basis_tag(basis)
                )
            )
        else:
            self.threshold_basis.setText(
                self.tr(
                    "政策库中本地没有余额起点的规定。山西等地有（超过 1000 元的部分才可共济）。"
                )
            )
        ltc = facts.ltc
        if self._ltc_auto:
            self.has_ltc.setChecked(ltc is not None)
            self.ltc_amount.setText(_plain(ltc.amount) if ltc else "")
            if ltc is not None:
                self.ltc_schedule.setCurrentIndex(
                    max(0, self.ltc_schedule.findData(ltc.schedule.value))
                )
        if ltc is not None and ltc.basis:
            self.ltc_basis.setText(
                self.tr("政策库：{region}长护险从个人账户{schedule}扣 {amount}〔{tag}〕").format(
                    region=ltc.basis[0].region_name,
                    schedule=dtr(ltc.schedule.label),
                    amount=format_yuan(ltc.amount),
                    tag=basis_tag(ltc.basis[0]),
                )
            )
        else:
            self.ltc_basis.setText(
                self.tr(
                    "政策库中本地没有从个人账户扣长护险的记录；您的账户如果每月扣，请勾选并填写。"
                )
            )

    def threshold(self, problems: list[tuple[str, str]]) -> Decimal | None:
        if not self.has_threshold.isChecked():
            return None
        try:
            return parse_yuan(self.min_retained_balance.text())
        except AmountError as exc:
            problems.append(("min_retained_balance", _amount_error(exc)))
            return None

    def ltc(self, problems: list[tuple[str, str]]) -> PlannedDeduction | None:
        if not self.has_ltc.isChecked():
            return None
        try:
            amount = parse_yuan(self.ltc_amount.text())
        except AmountError as exc:
            problems.append(("ltc_amount", _amount_error(exc)))
            return None
        schedule = DeductionSchedule(self.ltc_schedule.currentData())
        return service.planned_ltc(self.wiz.facts, amount, schedule, from_book=self._ltc_auto)

    def validatePage(self) -> bool:
        problems: list[tuple[str, str]] = []
        self.threshold(problems)
        self.ltc(problems)
        year_problem = service.benefit_year_problem(self.benefit_year_value(), self.plan_day())
        if year_problem is not None:
            problems.append((year_problem.field, dtr(year_problem.template, year_problem.params)))
        self.errors.show(problems)
        if problems:
            return False
        if self.wiz.facts is None:
            self.rules_status.setText(self.tr("还在查政策库，请稍等再点“下一步”。"))
            return False
        return True


# ───────────────────────────────────────────── page 3: the relatives


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
        self.rel_contribution = _money_edit(
            self.detail, "rel_contribution", self.tr("个人缴费标准"), self.tr("例如 400")
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
        self.rel_group.addItem(self.tr("不是资助对象"), "")
        for group in SUBSIDY_GROUPS:
            self.rel_group.addItem(group, group)
        self.errors.add_row(form, self.tr("资助参保："), "rel_group", self.rel_group)
        self.rel_share = QSpinBox(self.detail)
        self.rel_share.setObjectName("rel_share")
        self.rel_share.setRange(0, 100)
        self.rel_share.setSuffix("%")
        self.errors.add_row(form, self.tr("个人负担比例："), "rel_share", self.rel_share)
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
        year = self.wiz.plan_page.benefit_year_value()
        priced = draft.price
        today = self.wiz.today
        place = self._region_name(draft) or self.tr("当地")
        if not draft.contribution_auto:
            return self.tr("您填写的金额。")
        if priced is None:
            return ""
        basis = Basis.from_price(priced)
        stale = basis.stale(today) if basis is not None else None
        tag_parts = []
        if basis is not None and basis.origin is Origin.OVERRIDE:
            tag_parts.append(dtr(Origin.OVERRIDE.label))
        elif basis is not None and basis.confidence is not None:
            tag_parts.append(dtr(basis.confidence.label))
        if stale is not None:
            tag_parts.append(dtr(STALE_LABEL))
        tag = " · ".join(tag_parts)
        # the reasons for 待核验, unless the sentence already says the figure is an earlier year's
        reasons: list[str] = []
        if stale is not None:
            reasons = [
                dtr(reason.template, stale.params())
                for reason in stale.reasons
                if not (priced.estimated and reason is StaleReason.SERIES_ENDED)
            ]
        stale_text = (
            "〔{mark}：{why}〕".format(mark=dtr(STALE_LABEL), why="；".join(reasons))
            if reasons
            else ""
        )
        if priced.needs_group:
            return self.tr(
                "{region}按人群定个人缴费标准（{groups}），请先选这位亲属属于哪个人群。"
            ).format(region=place, groups="、".join(priced.group_choices))
        if priced.missing:
            return self.tr(
                "政策库里没有{region} {year} 年度的标准，请按当地公布的金额填写。"
            ).format(region=place, year=year)
        amount = format_yuan(priced.amount) if priced.amount is not None else ""
        if priced.national_fallback:
            if priced.estimated:
                text = self.tr(
                    "这是全国最低标准，不是{region}的数：政策库还没有 {year} 年度的标准，"
                    "先按 {figure_year} 年度的全国最低标准 {amount} 填写〔{tag}〕。"
                    "请填写{region}公布的金额。"
                )
            else:
                text = self.tr(
                    "这是全国最低标准（{year} 年度 {amount}〔{tag}〕），不是{region}的数。"
                    "请填写{region}公布的金额。"
                )
        elif priced.estimated:
            text = self.tr(
                "政策库还没有 {year} 年度的标准，先按 {figure_year} 年度的 {amount} 填写"
                "〔{tag}〕，请改成当地公布的金额。"
            )
        elif priced.kind is PriceKind.GROUP:
            text = self.tr("政策库：{region} {year} 年度{group}个人缴费 {amount}〔{tag}〕")
        else:
            text = self.tr("政策库：{region} {year} 年度个人缴费 {amount}〔{tag}〕")
        out = text.format(
            region=place,
            year=year,
            figure_year=priced.figure_year,
            amount=amount,
            tag=tag,
            group=priced.group,
        )
        if priced.unconfirmed and not priced.overridden:
            out += self.tr(" 这个数未经证实，以当地医保部门公布为准。")
        return out + stale_text

    def show_figures(self, draft: RelativeDraft) -> None:
        """The source lines under the amount and the period."""
        self.contribution_basis.setText(self.contribution_text(draft))
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
            if draft.group in FULLY_SUBSIDISED:
                self.rel_share.setValue(0)
            elif not draft.group:
                self.rel_share.setValue(100)
                self.rel_special.setChecked(False)
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
            problems.append(("rel_contribution", _amount_error(exc)))
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


# ───────────────────────────────────────────── page 4: the result


def _when_text(row: RelativeResult) -> str:
    if row.verdict is Verdict.NOW:
        return QCoreApplication.translate("ProxyPaymentResult", "现在")
    if row.verdict is Verdict.LATER and row.pay_on is not None:
        if row.trigger is Trigger.PERIOD_START:
            return QCoreApplication.translate("ProxyPaymentResult", "{day} 缴费期开始后").format(
                day=row.pay_on.isoformat()
            )
        month = row.after_credit.month_text if row.after_credit else row.pay_on.isoformat()
        return QCoreApplication.translate(
            "ProxyPaymentResult", "{month} 划入后（约 {day}）"
        ).format(month=month, day=row.pay_on.isoformat())
    if row.verdict is Verdict.SHORT:
        if row.would_cover_after is not None:
            return QCoreApplication.translate(
                "ProxyPaymentResult", "截止前不够（{month} 才够）"
            ).format(month=row.would_cover_after.month_text)
        return QCoreApplication.translate("ProxyPaymentResult", "截止前不够")
    return "—"


def _money_or_dash(amount: Decimal | None) -> str:
    return format_yuan(amount) if amount is not None else "—"


def result_columns() -> list[Column[RelativeResult]]:
    return [
        Column(
            QCoreApplication.translate("ProxyPaymentResult", "顺序"),
            lambda r: str(r.position),
            align_right=True,
        ),
        Column(QCoreApplication.translate("ProxyPaymentResult", "亲属"), lambda r: r.relative.name),
        Column(
            QCoreApplication.translate("ProxyPaymentResult", "个人应缴"),
            lambda r: format_yuan(r.amount),
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("ProxyPaymentResult", "结果"),
            lambda r: dtr(r.status_label),
            tooltip=lambda r: "\n".join(note_text(n) for n in r.reasons),
        ),
        Column(QCoreApplication.translate("ProxyPaymentResult", "什么时候"), _when_text),
        Column(
            QCoreApplication.translate("ProxyPaymentResult", "缴后余额"),
            lambda r: _money_or_dash(r.balance_after),
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("ProxyPaymentResult", "截止日"),
            lambda r: r.deadline.isoformat() if r.deadline else "—",
        ),
        Column(
            QCoreApplication.translate("ProxyPaymentResult", "自己出的钱"),
            lambda r: _money_or_dash(r.cash_needed or None),
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("ProxyPaymentResult", "先垫付"),
            lambda r: _money_or_dash(r.cash_up_front or None),
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("ProxyPaymentResult", "返还月份"),
            lambda r: r.return_month.strftime("%Y-%m") if r.return_month else "—",
        ),
        Column(
            QCoreApplication.translate("ProxyPaymentResult", "共济额度"),
            lambda r: _money_or_dash(r.quota or None),
            align_right=True,
        ),
    ]


#: columns shown only in one mode
_MODE_COLUMNS = {
    8: ProxyMode.PAY_THEN_REFUND,
    9: ProxyMode.PAY_THEN_REFUND,
    10: ProxyMode.WALLET_QUOTA,
}

_LEVEL_COLOUR = {Level.INFO: "#1d2733", Level.WARNING: "#8a5300", Level.PROBLEM: "#b3261e"}
_VERDICT_COLOUR = {
    Verdict.NOW: "#1e7d32",
    Verdict.LATER: "#1b5e8c",
    Verdict.SHORT: "#8a5300",
    Verdict.NOT_ELIGIBLE: "#b3261e",
    Verdict.NOTHING_DUE: "#5b6773",
}


class ResultPage(QWizardPage):
    def __init__(self, wizard: ProxyPaymentWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("resultPage")
        self.wiz = wizard
        self.setTitle(self.tr("模拟结果"))
        self.setSubTitle(self.tr("想换顺序，选中一行点“上移”“下移”，结果马上重算。"))
        layout = QVBoxLayout(self)
        self.headline = _label("", self, None, "headline")
        self.headline.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.headline)
        self.table = QTableView(self)
        self.table.setObjectName("result_table")
        self.table.setAccessibleName(self.tr("每位亲属的结果"))
        self.model: RowTableModel[RelativeResult] = RowTableModel(result_columns(), self.table)
        self.model.highlight = lambda r: r.verdict in (Verdict.SHORT, Verdict.NOT_ELIGIBLE)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        keep_rows_visible(self.table, 4)  # 大字 mode too
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 2)
        row = QHBoxLayout()
        self.up = QPushButton(self.tr("上移"), self)
        self.up.setObjectName("result_up")
        self.down = QPushButton(self.tr("下移"), self)
        self.down.setObjectName("result_down")
        row.addWidget(self.up)
        row.addWidget(self.down)
        row.addStretch(1)
        layout.addLayout(row)
        self.view = QTextBrowser(self)
        self.view.setObjectName("result")
        self.view.setAccessibleName(self.tr("结果说明"))
        self.view.setOpenLinks(False)
        layout.addWidget(self.view, 3)
        self.status = _label("", self, "fieldError", "result_status")
        layout.addWidget(self.status)
        self.result: ProxyResult | None = None
        self.up.clicked.connect(lambda: self.move_relative(-1))
        self.down.clicked.connect(lambda: self.move_relative(1))

    def initializePage(self) -> None:
        self.run()

    def run(self, select: int | None = None) -> None:
        self.status.clear()
        try:
            plan = self.wiz.plan()
        except ValueError as exc:  # a field went bad behind our back: say where
            self.result = None
            self.status.setText(str(exc))
            self.completeChanged.emit()
            return
        problems = service.check(plan)
        if problems:
            self.result = None
            self.model.set_rows([])
            self.status.setText("\n".join(dtr(p.template, p.params) for p in problems))
            self.view.setHtml(f"<p>{_e(self.tr('请返回上一步，改正标红的内容。'))}</p>")
            self.completeChanged.emit()
            return
        self.result = service.run(plan)
        self.model.set_rows(list(self.result.rows))
        for column, mode in _MODE_COLUMNS.items():
            self.table.setColumnHidden(column, mode is not plan.mode)
        self.table.resizeColumnsToContents()
        if select is not None:
            self.table.selectRow(select)
        self.headline.setText(self.headline_text(self.result))
        self.view.setHtml(self.result_html(self.result))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None

    def move_relative(self, step: int) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        target = row + step
        drafts = self.wiz.drafts
        if not (0 <= target < len(drafts)):
            return
        drafts[row], drafts[target] = drafts[target], drafts[row]
        self.run(select=target)

    def headline_text(self, result: ProxyResult) -> str:
        plan = result.plan
        return self.tr(
            "{mode} · {year} 年度 · {day} 办理 · 余额 {balance}，现在可用 {usable}"
        ).format(
            mode=dtr(plan.mode.label),
            year=plan.benefit_year,
            day=plan.plan_date.isoformat(),
            balance=format_yuan(result.balance_now),
            usable=format_yuan(result.usable_now),
        )

    def _tags(self, note: Note) -> str:
        today = self.wiz.today
        tags = list(dict.fromkeys(basis_tag(b, today) for b in note.basis if basis_tag(b, today)))
        if not tags:
            return ""
        return f" <span style='color:#1b5e8c; font-size: 9pt;'>〔{_e('；'.join(tags))}〕</span>"

    def _line(self, note: Note) -> str:
        colour = _LEVEL_COLOUR[note.level]
        return f"<li style='color:{colour};'>{_e(note_text(note))}{self._tags(note)}</li>"

    def _standard_line(self, row: RelativeResult) -> str:
        """The amount each relative was priced at and what it rests on."""
        rel = row.relative
        basis = rel.contribution_basis
        tag = basis_tag(basis, self.wiz.today) if basis is not None else ""
        group = f"（{rel.price_group}）" if rel.price_group else ""
        text = self.tr("个人缴费标准{group}：{amount}").format(
            group=group, amount=format_yuan(rel.contribution)
        )
        tags = f" <span style='color:#1b5e8c; font-size: 9pt;'>〔{_e(tag)}〕</span>" if tag else ""
        return f"<li>{_e(text)}{tags}</li>"

    def result_html(self, result: ProxyResult) -> str:
        out = [f"<p style='font-weight: 600;'>{_e(self.tr('结论'))}</p><ul>"]
        out += [self._line(n) for n in result.summary]
        out.append("</ul>")
        out.append(f"<p style='font-weight: 600;'>{_e(self.tr('每位亲属'))}</p>")
        for row in result.rows:
            colour = _VERDICT_COLOUR[row.verdict]
            out.append(
                f"<p style='margin: 6px 0 0 0;'><b>{row.position}. {_e(row.relative.name)}</b> "
                f"<span style='color:{colour};'>{_e(dtr(row.status_label))}</span></p><ul>"
            )
            out.append(self._standard_line(row))
            out += [self._line(n) for n in (*row.reasons, *row.conditions)]
            out.append("</ul>")
        out.append(f"<p style='font-weight: 600;'>{_e(self.tr('还要知道'))}</p><ul>")
        out += [self._line(n) for n in result.notes]
        out.append("</ul>")
        out.append(
            "<p style='color:#5b6773; font-size: 9pt;'>"
            + _e(
                self.tr(
                    "〔〕里是依据的可信程度和地区。未经证实或二手资料的规定，以当地医保部门公布为准；"
                    "以后的划入是按您填的每月划入估算的。"
                )
            )
            + "</p>"
        )
        return "".join(out)


# ───────────────────────────────────────────── page 5: the checklist


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

        def work(_db: Database) -> _Preview:
            from yibao.services.checklists import checklist_book
            from yibao.services.proxy_payment import build_case

            return _Preview(build_case(result), dict(checklist_book().sections))

        self.wiz.ctx.call(work, self._shown, self.wiz.failed)

    def _shown(self, preview: _Preview) -> None:
        if not self.wiz._alive():
            return
        self.show_case(
            preview.case,
            preview.sections,
            deadline_heading=self.tr("期限"),
        )


# ───────────────────────────────────────────── the wizard


class ProxyPaymentWizard(GuardedWizard):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proxyPaymentWizard")
        self.ctx = ctx
        self.today = date.today()
        self.setup: ProxySetup | None = None
        self.facts: PolicyFacts | None = None
        self.drafts: list[RelativeDraft] = []
        self._next_key = 1
        self.balance_from_history = False
        self.setWindowTitle(self.tr("代缴居民医保模拟"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(860, 640)
        self.giver_page = GiverPage(self)
        self.plan_page = PlanPage(self)
        self.relatives_page = RelativesPage(self)
        self.result_page = ResultPage(self)
        self.checklist_page = ChecklistPage(self)
        self.setPage(PageId.GIVER, self.giver_page)
        self.setPage(PageId.PLAN, self.plan_page)
        self.setPage(PageId.RELATIVES, self.relatives_page)
        self.setPage(PageId.RESULT, self.result_page)
        self.setPage(PageId.CHECKLIST, self.checklist_page)
        self.setStartId(PageId.GIVER)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("保存到我的事项"))
        self._saving = False
        self._closed = False
        self.result_case: Case | None = None
        self._members_added = False
        #: the open "填写当地数值" dialog, if any (tests type into it)
        self.local_dialog: LocalValueDialog | None = None
        if ctx.is_ready:
            today = self.today

            def work(db: Database) -> ProxySetup:
                from yibao.services.proxy_payment import load_setup

                return load_setup(db, today)

            ctx.call(work, self._started)
        else:
            self.giver_page.empty_hint.show()

    # -- set-up ------------------------------------------------------------------------------
    def set_today(self, today: date) -> None:
        """For tests and demos: pretend it is *today* (defaults follow)."""
        self.today = today
        self.plan_page.set_defaults(today)

    def _alive(self) -> bool:
        """False once closed: late answers from the op thread are dropped."""
        return not self._closed and shiboken6.isValid(self)

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def _started(self, setup: ProxySetup) -> None:
        if not self._alive():
            return
        self.setup = setup
        self.giver_page.fill(setup)
        self.relatives_page.fill_members(setup.relatives)

    def setup_givers(self) -> tuple[Member, ...]:
        return self.setup.givers if self.setup else ()

    def setup_relatives(self) -> tuple[Member, ...]:
        return self.setup.relatives if self.setup else ()

    def account_for(self, member_id: int | None) -> AccountInfo | None:
        if self.setup is None or member_id is None:
            return None
        return self.setup.accounts.get(member_id)

    def giver_region(self) -> str | None:
        return self.giver_page.giver_region.code()

    def initializePage(self, page_id: int) -> None:
        if page_id == PageId.RELATIVES and not self._members_added:
            self._members_added = True
            self._add_household_residents()
        super().initializePage(page_id)

    def _add_household_residents(self) -> None:
        """Start with the household's resident-scheme relatives (the usual ones to pay for)."""
        if self.drafts or self.setup is None:
            return
        giver = self.giver_page.giver_member()
        for member in self.setup.relatives:
            if member.scheme.value != "resident" or (giver and member.id == giver.id):
                continue
            self.drafts.append(self.new_draft(member))

    def new_draft(self, member: Member | None = None) -> RelativeDraft:
        key = f"m{member.id}" if member is not None and member.id is not None else ""
        if not key or any(d.key == key for d in self.drafts):
            key = f"a{self._next_key}"
            self._next_key += 1
        draft = RelativeDraft(key)
        giver = self.giver_page.giver_member()
        if member is not None:
            draft.name = member.name
            draft.birth_date = member.birth_date
            draft.member_id = member.id
            draft.region_code = member.region_code
            draft.relation = service.relation_to_giver(self.setup, giver, member)
            if self.setup is not None and giver is not None:
                draft.bound = self.setup.bound(giver.id, member.id)
        else:
            draft.region_code = self.giver_region()
        self._apply_figures(draft)
        return draft

    # -- policy figures ------------------------------------------------------------------------
    def load_policy(self, then: Callable[[PolicyFacts], None] | None = None) -> None:
        """Ask the service for the rules and each relative region's figures; apply them."""
        giver_region = self.giver_region()
        year = self.plan_page.benefit_year_value()
        day = self.plan_page.plan_day()
        regions = sorted(
            {d.region_code for d in self.drafts if d.region_code}
            | {m.region_code for m in self.setup_relatives() if m.region_code}
            | ({giver_region} if giver_region else set())
        )

        def work(db: Database) -> PolicyFacts:
            from yibao.services.proxy_payment import policy_facts

            return policy_facts(db, giver_region, regions, year, day)

        def answered(facts: PolicyFacts) -> None:
            if not self._alive():
                return
            # requests run one after another on the op thread: the last answer is the newest
            self.facts = facts
            for draft in self.drafts:
                self._apply_figures(draft)
            if then is not None:
                then(facts)
            page = self.relatives_page
            current = page.current()
            if current is not None and self.currentId() == PageId.RELATIVES:
                page._show_draft(current)
                for index in range(len(self.drafts)):
                    page._update_row(index)

        self.ctx.call(work, answered, self.failed)

    def refresh_relative_figures(self) -> None:
        """Fill amounts and periods from the cached facts; fetch a region not yet known."""
        facts = self.facts
        missing = [
            d.region_code
            for d in self.drafts
            if d.region_code and (facts is None or d.region_code not in facts.regions)
        ]
        for draft in self.drafts:
            self._apply_figures(draft)
        if missing and self.ctx.is_ready:
            self.load_policy()
        page = self.relatives_page
        current = page.current()
        if current is not None:
            page._loading = True
            try:
                if current.contribution_auto:
                    page.rel_contribution.setText(current.contribution_text)
                if current.period is not None:
                    page.rel_period_start.setDate(_qdate(current.period.start))
                    page.rel_period_end.setDate(_qdate(current.period.end))
            finally:
                page._loading = False
            page.show_figures(current)
        for index in range(len(self.drafts)):
            page._update_row(index)

    def _apply_figures(self, draft: RelativeDraft) -> None:
        person = Person(draft.birth_date, draft.student, draft.price_group)
        figures = service.price_relative(self.facts, draft.region_code, person)
        if figures is None:
            return  # asked for; the answer is on its way
        draft.price = figures.price
        if draft.contribution_auto:
            amount = figures.price.amount
            draft.contribution_text = _plain(amount) if amount is not None else ""
        if draft.period_auto:
            draft.period = figures.period

    def reprice(self, draft: RelativeDraft) -> None:
        """The group or student answer changed: price again and show it."""
        self._apply_figures(draft)
        page = self.relatives_page
        if page.current() is draft:
            page._loading = True
            try:
                if draft.contribution_auto:
                    page.rel_contribution.setText(draft.contribution_text)
                page._show_pricing(draft)
            finally:
                page._loading = False
            page.show_figures(draft)
        for index in range(len(self.drafts)):
            page._update_row(index)

    def local_value_saved(self, region_code: str | None) -> None:
        """A local figure was saved: use it at once for everyone in that region."""
        for draft in self.drafts:
            if draft.region_code == region_code:
                draft.contribution_auto = True
        self.load_policy()

    # -- the plan ------------------------------------------------------------------------------
    def plan(self) -> ProxyPlan:
        """The plan from all pages (raises ``ValueError`` with a Chinese message if a field
        went bad since its page was checked)."""
        problems: list[tuple[str, str]] = []
        balance, credit = self.giver_page.values(problems)
        ltc = self.plan_page.ltc(problems)
        threshold = self.plan_page.threshold(problems)
        if problems:
            raise ValueError("; ".join(p[1] for p in problems))
        giver = service.GiverInput(
            balance=balance,
            monthly_credit=credit,
            credit_day=self.giver_page.credit_day.value(),
            name=self.giver_page.giver_label(),
            region_code=self.giver_region(),
            member_id=self._giver_id(),
            account=self.account_for(self._giver_id()) if self.balance_from_history else None,
        )
        return service.build_plan(
            giver,
            [self._relative(d) for d in self.drafts],
            facts=self.facts,
            benefit_year=self.plan_page.benefit_year_value(),
            plan_date=self.plan_page.plan_day(),
            mode=self.plan_page.mode(),
            threshold=threshold,
            ltc=ltc,
            typed_label=dtr(service.TYPED_CONTRIBUTION_LABEL),
        )

    def _giver_id(self) -> int | None:
        member = self.giver_page.giver_member()
        return member.id if member is not None else None

    @staticmethod
    def _relative(draft: RelativeDraft) -> service.RelativeInput:
        return service.RelativeInput(
            key=draft.key,
            name=draft.name,
            contribution=parse_yuan(draft.contribution_text),
            contribution_auto=draft.contribution_auto,
            price=draft.price,
            relation=draft.relation,
            region_code=draft.region_code,
            member_id=draft.member_id,
            share_percent=draft.share_percent,
            subsidy_group=draft.group,
            special_channel=draft.special_channel,
            newborn=draft.newborn,
            bound=draft.bound,
            period=draft.period,
            price_group=draft.price_group,
            student=draft.student,
        )

    # -- saving ------------------------------------------------------------------------------
    def accept(self) -> None:
        if self.result_case is not None:
            super().accept()
            return
        result = self.result_page.result
        if self._saving or result is None:
            return
        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        notes = self.checklist_page.notes.toPlainText()

        def work(db: Database) -> Case:
            from yibao.services.proxy_payment import save_plan

            return save_plan(db, result, notes)

        # announced even if the wizard is closed before the answer comes
        self.ctx.call(work, self._saved, self._save_failed, notify=self.ctx.announce_case)

    def _saved(self, case: Case) -> None:
        if not self._alive():
            return
        self._saving = False
        self.result_case = case
        self.saved.emit(case)
        super().accept()

    def _save_failed(self, exc: BaseException) -> None:
        if self._alive():
            self._saving = False
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.failed(exc)

    def failed(self, exc: BaseException) -> None:
        if self._alive():
            show_problem(self.checklist_page.status, exc, self.ctx, self)
        else:  # closed: nowhere to show it in place, but never lost (as ui.ops does)
            self.ctx.reporter.report(exc, None)
