"""Page 4: the simulation's result — who is covered when, and the cash needed."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Finding, sources_of
from yibao.domain.money import format_yuan
from yibao.domain.proxy_payment import (
    ProxyMode,
    ProxyResult,
    RelativeResult,
    Trigger,
    Verdict,
)
from yibao.services import proxy_payment as service
from yibao.ui.i18n import dtr
from yibao.ui.models.table import Column, RowTableModel
from yibao.ui.widgets.basics import html_escape as _e
from yibao.ui.widgets.basics import keep_rows_visible, stretch_last_when_room
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.findings import (
    QUIET,
    finding_inline_html,
    finding_text,
    sources_html,
)

if TYPE_CHECKING:
    from yibao.ui.wizards.proxy_payment.wizard import ProxyPaymentWizard


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
            tooltip=lambda r: "\n".join(finding_text(n) for n in r.reasons),
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

_MSG_STANDARD = QT_TRANSLATE_NOOP("ResultPage", "个人缴费标准{group}：{amount}")
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
        stretch_last_when_room(self.table)  # 大字 and English: the last title stays whole
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
            back = self.tr("请返回上一步，改正标红的内容。")
            self.view.setHtml(f"<p>{_e(back)}</p>")
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

    def _line(self, finding: Finding) -> str:
        """One statement on its own line: the renderer's level mark stands for the bullet."""
        return (
            f"<p style='margin: 3px 0 0 12px;'>{finding_inline_html(finding, self.wiz.today)}</p>"
        )

    @staticmethod
    def _standard(row: RelativeResult) -> Finding:
        """The amount each relative was priced at and what it rests on."""
        rel = row.relative
        return Finding(
            "standard",
            _MSG_STANDARD,
            {
                "group": f"（{rel.price_group}）" if rel.price_group else "",
                "amount": format_yuan(rel.contribution),
            },
            basis=(rel.contribution_basis,) if rel.contribution_basis is not None else (),
            context="ResultPage",
        )

    @staticmethod
    def _heading(text: str) -> str:
        return f"<p style='font-weight: 600;'>{_e(text)}</p>"

    def result_html(self, result: ProxyResult) -> str:
        notes = [n for n in result.notes]
        out = [self._heading(self.tr("结论"))]
        out += [self._line(n) for n in result.summary]
        out.append(self._heading(self.tr("每位亲属")))
        for row in result.rows:
            colour = _VERDICT_COLOUR[row.verdict]
            out.append(
                f"<p style='margin: 6px 0 0 0;'><b>{row.position}. {_e(row.relative.name)}</b> "
                f"<span style='color:{colour};'>{_e(dtr(row.status_label))}</span></p>"
            )
            out.append(self._line(self._standard(row)))
            out += [self._line(n) for n in (*row.reasons, *row.conditions)]
        out.append(self._heading(self.tr("还要知道")))
        out += [self._line(n) for n in notes]
        out.append(
            f"<p style='color:{QUIET}; font-size: small;'>"
            + _e(
                self.tr(
                    "〔〕里是依据的可信程度和地区。未经证实或二手资料的规定，以当地医保部门公布为准；"
                    "以后的划入是按您填的每月划入估算的。"
                )
            )
            + "</p>"
        )
        out.append(sources_html(sources_of(self._findings(result))))
        return "".join(out)

    def _findings(self, result: ProxyResult) -> list[Finding]:
        """Every statement on the page, for the sources at the bottom."""
        out = [n for n in (*result.summary, *result.notes)]
        for row in result.rows:
            out.append(self._standard(row))
            out += [n for n in (*row.reasons, *row.conditions)]
        return out
