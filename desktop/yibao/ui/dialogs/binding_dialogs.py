"""Small dialogs around a 家庭共济 binding: mark it done (已办理) from a date, mark it
dissolved (已解除) with a date and reason, and the "who pays" explainer.

Each exposes ``ask(...)`` so tests never block on ``exec()``; the explainer asks
``services.bindings.who_pays`` on the GUI thread (pure arithmetic, no database work).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from yibao.domain.family import PayerBalance, PayerRole, PaymentPlan
from yibao.domain.kernel import Basis
from yibao.domain.money import AmountError, format_yuan, parse_yuan
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import from_qdate as _pydate
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import scaled_width
from yibao.ui.widgets.basics import to_qdate as _qdate
from yibao.ui.widgets.discard import GuardedDialog
from yibao.ui.widgets.findings import basis_text
from yibao.ui.widgets.forms import FieldErrors


@dataclass(frozen=True)
class DateAndReason:
    day: date
    reason: str


class BindingDateDialog(GuardedDialog):
    """Ask for a date (and, for 解除, a reason)."""

    def __init__(
        self,
        title: str,
        text: str,
        date_label: str,
        today: date,
        *,
        with_reason: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bindingDateDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(scaled_width(self, 460))  # 大字: as many words a line
        self.answer: DateAndReason | None = None
        layout = QVBoxLayout(self)
        intro = _label(text, self)
        layout.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.day = QDateEdit(self)
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(_qdate(today))
        self.errors.add_row(form, date_label, "day", self.day)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("可不填，例如：改由其他家人共济"))
        if with_reason:
            self.errors.add_row(form, self.tr("原因"), "reason", self.reason)
        else:
            self.reason.hide()
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("buttons")
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.watch_edits()

    def _ok(self) -> None:
        self.answer = DateAndReason(_pydate(self.day.date()), self.reason.text().strip())
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        date_label: str,
        today: date,
        *,
        with_reason: bool,
    ) -> DateAndReason | None:
        dialog = cls(title, text, date_label, today, with_reason=with_reason, parent=parent)
        dialog.exec()
        return dialog.answer


# ------------------------------------------------------------------------ who pays


class WhoPaysDialog(QDialog):
    """谁来付钱: for a relative's bill of X and the balances typed here, who pays how much."""

    def __init__(self, setup: object, parent: QWidget | None = None) -> None:
        from yibao.services.bindings import WhoPaysSetup

        super().__init__(parent)
        assert isinstance(setup, WhoPaysSetup)
        self.setup = setup
        self.setObjectName("whoPaysDialog")
        self.setWindowTitle(self.tr("谁来付钱？"))
        self.setMinimumSize(scaled_width(self, 620), 560)  # 大字: as many words a line
        self.plan: PaymentPlan | None = None
        layout = QVBoxLayout(self)
        intro = _label(
            self.tr(
                "{name}看病买药时，个人自付的部分可以用个人账户付。输入这笔钱和各个账户的余额，"
                "看看按规定的顺序谁付多少。这只是估算，实际以医院、药店结算为准。"
            ).format(name=setup.relative.name),
            self,
        )
        layout.addWidget(intro)
        form = QFormLayout()
        # a long label (共济人…的余额（须留…）, longer in English) puts its field below it
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors = FieldErrors()
        self.bill = QLineEdit(self)
        self.bill.setObjectName("bill")
        self.bill.setPlaceholderText(self.tr("例如 300"))
        self.errors.add_row(form, self.tr("这次要付的钱（元） *"), "bill", self.bill)
        self.own = QLineEdit(self)
        self.own.setObjectName("own_balance")
        self.own.setPlaceholderText(self.tr("例如 120"))
        self.own.setText("" if setup.own_account else "0")
        if setup.own_account:
            self.errors.add_row(
                form,
                self.tr("{name}本人个人账户余额").format(name=setup.relative.name),
                "own_balance",
                self.own,
            )
        else:
            # a resident (e.g. a child in 居民医保) has no personal account to ask about
            self.own.hide()
            form.addRow(
                _label(
                    self.tr("{name}没有个人账户（例如参加居民医保），只看共济人的账户。").format(
                        name=setup.relative.name
                    ),
                    self,
                    "hint",
                    "no_own_account",
                )
            )
        self.giver_fields: list[tuple[PayerBalance, QLineEdit]] = []
        for i, giver in enumerate(setup.givers):
            edit = QLineEdit(self)
            edit.setObjectName(f"giver_balance_{i}")
            label = self.tr("共济人{name}的余额").format(name=giver.name)
            if giver.threshold > 0:
                label += self.tr("（须留 {amount}）").format(amount=format_yuan(giver.threshold))
            self.errors.add_row(form, label, f"giver_balance_{i}", edit)
            self.giver_fields.append((giver, edit))
        layout.addLayout(form)
        if not setup.givers:
            none = _label(
                self.tr("{name}目前没有“已办理”的共济，只能用本人的账户。").format(
                    name=setup.relative.name
                ),
                self,
                "warning",
            )
            layout.addWidget(none)
        self.result_view = QTextBrowser(self)
        self.result_view.setObjectName("who_pays_result")
        self.result_view.setAccessibleName(self.tr("计算结果"))
        layout.addWidget(self.result_view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        calc = buttons.addButton(self.tr("计算"), QDialogButtonBox.ButtonRole.ActionRole)
        calc.setObjectName("calculate")
        buttons.rejected.connect(self.reject)
        calc.clicked.connect(self.calculate)
        layout.addWidget(buttons)

    def _amount(self, field: str, edit: QLineEdit, problems: list[tuple[str, str]]) -> object:
        text = edit.text().strip() or ("0" if field != "bill" else "")
        try:
            return parse_yuan(text)
        except AmountError as exc:
            problems.append((field, dtr(exc.template, exc.params)))
            return None

    def calculate(self) -> PaymentPlan | None:
        problems: list[tuple[str, str]] = []
        bill = self._amount("bill", self.bill, problems)
        own = self._amount("own_balance", self.own, problems)
        givers = []
        for i, (giver, edit) in enumerate(self.giver_fields):
            value = self._amount(f"giver_balance_{i}", edit, problems)
            givers.append((giver, value))
        self.errors.show(problems)
        if problems:
            return None
        from yibao.services.bindings import who_pays

        assert isinstance(bill, Decimal) and isinstance(own, Decimal)
        balances = [v for _g, v in givers if isinstance(v, Decimal)]
        self.plan = who_pays(self.setup, bill, own, balances)
        self.result_view.setHtml(self._html(self.plan))
        return self.plan

    def _html(self, plan: PaymentPlan) -> str:
        e = html.escape
        rows = []
        for i, line in enumerate(plan.lines, start=1):
            who = dtr(line.role.label) if line.role is PayerRole.CASH else line.name
            role = "" if line.role is PayerRole.CASH else dtr(line.role.label)
            after = (
                ""
                if line.role is PayerRole.CASH
                else self.tr("付后余额 {amount}").format(amount=format_yuan(line.balance_after))
            )
            tie = self.tr("（余额相同，按姓名排序：未经证实）") if line.tie_break else ""
            if line.skipped:
                tie += self.tr("（一次结算只能用一名共济人的账户，这次不用）")
            rows.append(
                f"<tr><td>{i}</td><td><b>{e(who)}</b> {e(role)}{e(tie)}</td>"
                f'<td align="right"><b>{e(format_yuan(line.pays))}</b></td>'
                f'<td style="color:#5f6368">{e(after)}</td></tr>'
            )
        head = self.tr("这次 {bill}：个人账户付 {accounts}，另付 {cash}").format(
            bill=format_yuan(plan.bill),
            accounts=format_yuan(plan.from_accounts),
            cash=format_yuan(plan.out_of_pocket),
        )
        order = plan.order
        rule = dtr(str(order.value)) if order is not None else self.tr("政策库中没有扣款顺序")
        notes = [
            self.tr("扣款顺序：{rule}").format(rule=rule),
            self.tr(
                "有多个共济人时，这里先用余额多的账户来估算；余额一样时谁先付，以医保系统为准。"
            ),
        ]
        if order is not None:
            notes.append(basis_text(Basis.from_resolved(order)))
        else:  # the basis line says how sure a recorded order is
            notes.append(self.tr("这个顺序未经证实，以当地医保部门公布为准。"))
        if plan.one_giver_per_settlement and self.setup.one_giver_rule is not None:
            rule_region = self.setup.one_giver_rule.region_name
            notes.append(
                self.tr(
                    "{region}规定：一次结算只能使用一名共济人的账户，不够的部分要另付。"
                ).format(region=rule_region)
            )
            notes.append(basis_text(Basis.from_resolved(self.setup.one_giver_rule)))
        notes += self._threshold_notes()
        note_html = "".join(f'<p style="color:#5f6368;margin:2px 0">{e(n)}</p>' for n in notes)
        return (
            f"<h3>{e(head)}</h3>"
            f'<table cellpadding="4" cellspacing="0">{"".join(rows)}</table>{note_html}'
        )

    def _threshold_notes(self) -> list[str]:
        """Each region's amount that must stay in the account, as the book (or the user's
        own value) says, with what it rests on."""
        notes: list[str] = []
        seen: set[tuple[str, str]] = set()
        for _giver_id, rule in self.setup.thresholds:
            if rule.value is None or rule.value <= 0 or rule.resolved is None:
                continue
            amount = format_yuan(rule.value)
            region = rule.resolved.region_name
            if (region, amount) in seen:
                continue
            seen.add((region, amount))
            notes.append(
                self.tr("{region}规定：个人账户余额超过{threshold}的部分才可以共济。").format(
                    region=region, threshold=amount
                )
            )
            notes.append(basis_text(rule.basis))
        return notes

    @classmethod
    def ask(cls, setup: object, parent: QWidget | None = None) -> PaymentPlan | None:
        dialog = cls(setup, parent)
        dialog.exec()
        return dialog.plan
