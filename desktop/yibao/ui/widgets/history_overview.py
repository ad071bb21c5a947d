"""The overview's contribution section: per-member figures, warnings first, and charts.

"How many years have I paid, am I covered right now, will I have enough years at retirement,
how much goes into my account each month and why" – one card per member with records, the
warnings (a break with a waiting period, a retirement shortfall, credits that don't match)
above everything else on the overview, and two charts for the chosen member.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yibao.domain.i18n import is_english
from yibao.domain.money import format_yuan
from yibao.domain.people import Scheme
from yibao.ui.context import AppContext
from yibao.ui.i18n import dtr, dtr_value
from yibao.ui.widgets.basics import clear_layout, label
from yibao.ui.widgets.charts import BalanceChart, BalanceSeries, YearBar, YearlyChart

if TYPE_CHECKING:
    from yibao.domain.account import Credit
    from yibao.services.database import Database
    from yibao.services.history import MemberAnalysis


class HistorySection(QWidget):
    """Figures and charts; ``warnings`` is a separate widget the overview puts on top."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_section")
        self.ctx = ctx
        self.analyses: list[MemberAnalysis] = []
        self.loaded = False
        self.today = date.today()

        self.warnings = QWidget(parent)
        self.warnings.setObjectName("history_warnings")
        self._warning_list = QVBoxLayout(self.warnings)
        self._warning_list.setContentsMargins(0, 0, 0, 0)
        self._warning_list.setSpacing(6)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        head = QHBoxLayout()
        title = QLabel(self.tr("缴费与个人账户"), self)
        title.setProperty("role", "sectionTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.goto_history = QPushButton(self.tr("查看缴费记录"), self)
        self.goto_history.setObjectName("goto_history")
        head.addWidget(self.goto_history)
        layout.addLayout(head)
        self.empty = label(self.tr("正在计算缴费年限和个人账户…"), self, "hint")
        layout.addWidget(self.empty)
        self.cards = QGridLayout()
        self.cards.setSpacing(12)
        layout.addLayout(self.cards)

        chart_head = QHBoxLayout()
        self.chart_title = QLabel(self.tr("图表"), self)
        self.chart_title.setProperty("role", "sectionTitle")
        chart_head.addWidget(self.chart_title)
        self.chart_member = QComboBox(self)
        self.chart_member.setObjectName("chart_member")
        self.chart_member.setAccessibleName(self.tr("图表显示哪位成员"))
        chart_head.addWidget(self.chart_member)
        chart_head.addStretch(1)
        layout.addLayout(chart_head)
        charts = QHBoxLayout()
        self.yearly_chart = YearlyChart(self)
        self.balance_chart = BalanceChart(self)
        charts.addWidget(self.yearly_chart, 1)
        charts.addWidget(self.balance_chart, 1)
        self.charts = QWidget(self)
        self.charts.setLayout(charts)
        layout.addWidget(self.charts)
        self.chart_member.currentIndexChanged.connect(self._show_charts)
        self.chart_title.hide()
        self.chart_member.hide()
        self.charts.hide()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.is_ready:
            return
        today = date.today()

        def work(db: Database) -> list[MemberAnalysis]:
            from yibao.services import history

            return history.household_analysis(db, today=today)

        self.ctx.call(work, lambda result: self.show_analyses(result, today))

    def show_analyses(self, analyses: list[MemberAnalysis], today: date) -> None:
        self.analyses = analyses
        self.today = today
        self.loaded = True
        clear_layout(self._warning_list)
        clear_layout(self.cards)
        for a in analyses:
            for w in a.warnings:
                self._warning_list.addWidget(
                    label(
                        dtr(w.template, w.params),
                        self.warnings,
                        "warning",
                        f"history_warning_{a.member.id}",
                    )
                )
        with_records = [a for a in analyses if a.record_count or a.history.deemed_months]
        self.empty.setText(
            self.tr(
                "还没有缴费记录。到“缴费记录”页导入医保 App 或 Excel 里的明细，这里就会显示"
                "缴费年限、断缴提醒和个人账户余额。"
            )
        )
        self.empty.setVisible(not with_records)
        for i, a in enumerate(with_records):
            self.cards.addWidget(self._card(a), i // 2, i % 2)
        self.cards.setColumnStretch(0, 1)
        self.cards.setColumnStretch(1, 1)
        current = self.chart_member.currentData()
        self.chart_member.blockSignals(True)
        self.chart_member.clear()
        for a in with_records:
            self.chart_member.addItem(a.member.name, a.member.id)
        index = self.chart_member.findData(current)
        self.chart_member.setCurrentIndex(max(index, 0))
        self.chart_member.blockSignals(False)
        for widget in (self.chart_title, self.chart_member, self.charts):
            widget.setVisible(bool(with_records))
        self._show_charts()

    def _show_charts(self) -> None:
        member_id = self.chart_member.currentData()
        a = next((x for x in self.analyses if x.member.id == member_id), None)
        if a is None:
            self.yearly_chart.set_data(None)
            self.balance_chart.set_data(None)
            return
        self.yearly_chart.set_data([YearBar(y, p, e) for y, p, e in a.yearly])
        self.balance_chart.setVisible(a.member.scheme.has_personal_account)
        if a.account is not None and a.account.points:
            self.balance_chart.set_data(
                BalanceSeries(
                    [(p.month.index, p.balance) for p in a.account.points],
                    [(p.month.index, p.balance) for p in a.account.projection],
                )
            )
        else:
            self.balance_chart.set_data(None)

    # -- one member -------------------------------------------------------------------------
    def figure_lines(self, a: MemberAnalysis) -> list[str]:
        """The card's lines as text (also what tests read)."""
        # imported here, not at module level: the overview is built before the first paint
        from yibao.domain.contributions import years_text
        from yibao.domain.kernel import Basis
        from yibao.ui.widgets.findings import basis_tag

        lines: list[str] = []
        m = a.member
        y = a.years
        if y is not None:
            lines.append(
                self.tr("职工医保实际缴费 {actual}，视同缴费 {deemed}，累计 {total}").format(
                    actual=years_text(y.actual_months),
                    deemed=years_text(y.deemed_months),
                    total=years_text(y.counted_months),
                )
            )
            req = y.requirement
            if req is None:
                lines.append(self.tr("政策库中没有当地退休所需年限，请以当地规定为准"))
            else:
                rule = self.tr("{region}要求累计 {years}").format(
                    region=req.resolved.region_name, years=years_text(req.required_months)
                )
                if req.min_actual_months and req.actual_local:
                    rule += self.tr(
                        "，其中在{region}实际缴费至少 {years}（您记录的缴费都按在当地缴的算）"
                    ).format(
                        region=req.resolved.region_name, years=years_text(req.min_actual_months)
                    )
                elif req.min_actual_months:
                    rule += self.tr("，其中实际缴费至少 {years}").format(
                        years=years_text(req.min_actual_months)
                    )
                if req.retirement_date is not None:
                    rule += self.tr("；按 {date} 退休时的规定").format(
                        date=req.retirement_date.isoformat()
                    )
                if not req.deemed_rule_stated:
                    rule += self.tr("（是否含视同年限以当地规定为准）")
                rule += f"〔{basis_tag(Basis.from_resolved(req.resolved), self.today)}〕"
                if y.met:
                    lines.append(self.tr("退休所需年限：已满足（{rule}）").format(rule=rule))
                else:
                    lines.append(
                        self.tr(
                            "退休所需年限：还差 {missing}，按月继续缴费预计 {month} 满足（{rule}）"
                        ).format(
                            missing=years_text(max(y.missing_months, y.missing_actual_months)),
                            month=y.met_in.label() if y.met_in else "",
                            rule=rule,
                        )
                    )
        resident_years = sorted({r[0] for r in a.yearly}) if m.scheme is Scheme.RESIDENT else []
        if resident_years:
            lines.append(
                self.tr("有缴费记录的年度：{first}–{last}，共 {n} 年").format(
                    first=resident_years[0], last=resident_years[-1], n=len(resident_years)
                )
            )
        lines.append(
            self.tr("目前：本月或上月有缴费记录")
            if a.covered
            else self.tr("目前：最近没有缴费记录")
        )
        acc = a.account
        if acc is not None:
            credit = acc.monthly_credit_now
            if credit is not None and credit.amount is not None:
                lines.append(
                    self.tr("每月划入个人账户 {amount}：{why}").format(
                        amount=format_yuan(credit.amount), why=self._credit_text(credit)
                    )
                )
            elif credit is not None:
                lines.append(self.tr("每月划入：{why}").format(why=dtr_value(credit.why)))
            if acc.balance is not None:
                text = self.tr("个人账户余额（按记录推算）{balance}").format(
                    balance=format_yuan(acc.balance)
                )
                if acc.projection:
                    text += self.tr("，{n} 个月后约 {later}").format(
                        n=len(acc.projection), later=format_yuan(acc.projection[-1].balance)
                    )
                lines.append(text)
        return lines

    def _credit_text(self, credit: Credit) -> str:
        """``Credit.explanation`` in the chosen language: formula，规则：…，来源：…"""
        comma, semicolon = (", ", "; ") if is_english() else ("，", "；")
        parts = [credit.formula] if credit.formula else []
        if credit.rule:
            parts.append(self.tr("规则：{rule}").format(rule=dtr_value(credit.why)))
        if credit.sources:
            sources = semicolon.join(dict.fromkeys(credit.sources))
            parts.append(self.tr("来源：{sources}").format(sources=sources))
        return comma.join(parts)

    def _card(self, a: MemberAnalysis) -> QFrame:
        card = QFrame(self)
        card.setProperty("role", "card")
        card.setObjectName(f"history_card_{a.member.id}")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 12, 14, 12)
        head = QHBoxLayout()
        name = QLabel(a.member.name, card)
        name.setProperty("role", "cardTitle")
        head.addWidget(name)
        scheme = QLabel(dtr(a.member.scheme.label), card)
        scheme.setProperty("role", "badge")
        head.addWidget(scheme)
        head.addStretch(1)
        count = QLabel(self.tr("{n} 条记录").format(n=a.record_count), card)
        count.setProperty("role", "hint")
        head.addWidget(count)
        layout.addLayout(head)
        for text in self.figure_lines(a):
            line = QLabel(text, card)
            line.setWordWrap(True)
            layout.addWidget(line)
        return card
