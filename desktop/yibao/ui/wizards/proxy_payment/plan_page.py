"""Page 2: the benefit year, the day, the mode and the giver region's local rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from yibao.domain.money import AmountError, format_yuan, parse_yuan
from yibao.domain.proxy_payment import DeductionSchedule, PlannedDeduction, ProxyMode, ProxyRules
from yibao.services import proxy_payment as service
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import date_edit as _date_edit
from yibao.ui.widgets.basics import from_qdate as _pydate
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import to_qdate as _qdate
from yibao.ui.widgets.findings import basis_tag
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.widgets.scroll import scrolled
from yibao.ui.wizards.proxy_payment.common import (
    amount_error,
    money_edit,
    plain_amount,
)

if TYPE_CHECKING:
    from yibao.services.proxy_payment import PolicyFacts
    from yibao.ui.wizards.proxy_payment.wizard import ProxyPaymentWizard


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
        self.benefit_year.setRange(*service.offered_benefit_years(wizard.today))
        self.benefit_year.setSuffix(self.tr(" 年度"))
        self.errors.add_row(
            form, self.tr("缴哪一年的（待遇年度）："), "benefit_year", self.benefit_year
        )
        self.plan_date = _date_edit(inner, "plan_date", self.tr("打算哪天办"))
        self.errors.add_row(form, self.tr("打算哪天办："), "plan_date", self.plan_date)
        layout.addLayout(form)
        #: when the benefit year is collected, from the book (set when the rules arrive)
        self.period_hint = _label("", inner, "hint", "period_hint")
        layout.addWidget(self.period_hint)

        mode_title = _label(self.tr("代缴方式"), inner, "sectionTitle")
        layout.addWidget(mode_title)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[ProxyMode, QRadioButton] = {}
        self.mode_badges: dict[ProxyMode, QLabel] = {}
        #: what each mode means (and, once the rules arrive, what the book says locally)
        self.mode_texts: dict[ProxyMode, QLabel] = {}
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
            desc = _label(self.mode_text(mode, None), inner, "hint", f"mode_{mode.value}_text")
            desc.setContentsMargins(24, 0, 0, 4)
            self.mode_texts[mode] = desc
            layout.addWidget(desc)
        self.mode_buttons[ProxyMode.DIRECT].setChecked(True)

        rules_title = _label(self.tr("当地规定"), inner, "sectionTitle")
        layout.addWidget(rules_title)
        rules_form = QFormLayout()
        self.has_threshold = QCheckBox(self.tr("只有超过一定金额的余额才能用于共济"), inner)
        self.has_threshold.setObjectName("has_threshold")
        self.has_threshold.setAccessibleName(self.tr("有余额起点"))
        rules_form.addRow(self.has_threshold)
        self.min_retained_balance = money_edit(
            inner, "min_retained_balance", self.tr("余额起点"), self.tr("按当地规定填写")
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
        self.ltc_amount = money_edit(
            ltc_row, "ltc_amount", self.tr("长护险金额"), self.tr("每次扣多少")
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
        outer.addWidget(scrolled(inner, self))

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
        #: the year and day are still the defaults (not changed by the user)
        self._dates_auto = True
        self.benefit_year.valueChanged.connect(lambda _v: self._dates_changed())
        self.plan_date.dateChanged.connect(lambda _d: self._dates_changed())
        self._threshold_toggled(False)
        self._ltc_toggled(False)
        self.set_defaults(wizard.today)

    def set_defaults(self, today: date) -> None:
        """The usual benefit year on *today* (once the household and book are read) and today
        as the day; kept once the user changed either."""
        if not self._dates_auto:
            return
        setup = self.wiz.setup
        year = service.default_benefit_year(setup, today, self.wiz.giver_region())
        self.benefit_year.blockSignals(True)
        self.plan_date.blockSignals(True)
        self.benefit_year.setRange(*service.offered_benefit_years(today))
        self.benefit_year.setValue(year)
        self.plan_date.setDate(_qdate(today))
        self.benefit_year.blockSignals(False)
        self.plan_date.blockSignals(False)

    def _dates_changed(self) -> None:
        self._dates_auto = False
        self.reload()

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
        self.set_defaults(self.wiz.today)  # the giver's region is known now
        self.reload()

    def reload(self) -> None:
        """Read the giver region's rules for the plan date (and relative regions' figures)."""
        key = (self.wiz.giver_region(), self.benefit_year_value(), self.plan_day())
        if key == self._loaded_key or not self.wiz.ctx.is_ready:
            return
        self._loaded_key = key
        self.rules_status.setText(self.tr("正在查政策库……"))
        self.wiz.load_policy(then=self.apply_rules)

    def mode_text(self, mode: ProxyMode, rules: ProxyRules | None) -> str:
        """What *mode* means; for 先缴后返 also when the money comes back where the giver is
        insured, when the book knows (once the rules are known)."""
        text = dtr(mode.description)
        if mode is not ProxyMode.PAY_THEN_REFUND or rules is None:
            return text
        lag = rules.refund_payout_lag_months
        basis = rules.basis_of("proxy.refund_payout_lag_months")
        if lag is None or basis is None:
            return text
        return text + self.tr(
            "政策库：{region}申请成功后，钱在 {lag} 个月后的那个月到账〔{tag}〕。"
        ).format(region=basis.region_name, lag=lag, tag=basis_tag(basis))

    def period_text(self, facts: PolicyFacts) -> str:
        """When the plan's benefit year is collected where the giver is insured."""
        period = service.giver_period(facts, self.wiz.giver_region())
        year = self.benefit_year_value()
        if period is None:
            return self.tr(
                "政策库里没有当地 {year} 年度的集中缴费期，以当地医保部门公布为准。"
            ).format(year=year)
        tag = f"〔{basis_tag(period.basis)}〕" if period.basis is not None else ""
        if period.estimated:
            return self.tr(
                "{year} 年度的居民医保一般在 {start} 至 {end} 集中缴费{tag}；"
                "各地不同，以当地医保部门公布为准。"
            ).format(
                year=year,
                start=self.tr("{y} 年 {m} 月").format(y=period.start.year, m=period.start.month),
                end=self.tr("{y} 年 {m} 月").format(y=period.end.year, m=period.end.month),
                tag=tag,
            )
        region = period.basis.region_name if period.basis is not None else ""
        return self.tr("政策库：{region} {year} 年度的集中缴费期是 {start} 至 {end}{tag}。").format(
            region=region,
            year=year,
            start=period.start.isoformat(),
            end=period.end.isoformat(),
            tag=tag,
        )

    def apply_rules(self, facts: PolicyFacts) -> None:
        rules = facts.rules
        self.period_hint.setText(self.period_text(facts))
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
            self.mode_texts[mode].setText(self.mode_text(mode, rules))
        suggested = service.suggested_mode(rules)
        if self._mode_auto and suggested is not None:
            self.set_mode(suggested)
        threshold = rules.min_retained_balance
        basis = rules.basis_of("family.min_retained_balance")
        if self._threshold_auto:
            self.has_threshold.setChecked(bool(threshold))
            self.min_retained_balance.setText(plain_amount(threshold) if threshold else "")
        if basis is not None and threshold:
            self.threshold_basis.setText(
                self.tr("政策库：{region}余额超过 {amount} 的部分才可共济〔{tag}〕").format(
                    region=basis.region_name, amount=format_yuan(threshold), tag=basis_tag(basis)
                )
            )
        else:
            self.threshold_basis.setText(
                self.tr(
                    "政策库中本地没有余额起点的规定。有的地方只有超过一定金额的余额才能用于共济，"
                    "以当地医保部门公布为准。"
                )
            )
        ltc = facts.ltc
        if self._ltc_auto:
            self.has_ltc.setChecked(ltc is not None)
            self.ltc_amount.setText(plain_amount(ltc.amount) if ltc else "")
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
            problems.append(("min_retained_balance", amount_error(exc)))
            return None

    def ltc(self, problems: list[tuple[str, str]]) -> PlannedDeduction | None:
        if not self.has_ltc.isChecked():
            return None
        try:
            amount = parse_yuan(self.ltc_amount.text())
        except AmountError as exc:
            problems.append(("ltc_amount", amount_error(exc)))
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
