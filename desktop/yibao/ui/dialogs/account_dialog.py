"""Per-member figures the statements don't show: 视同缴费年限, the account's opening balance,
and money that left the account (spending, 长护险 deductions, 代缴)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yibao.domain.contributions import AccountMovement, MemberHistory, MovementKind
from yibao.domain.importers import parse_date
from yibao.domain.kernel import Fact
from yibao.domain.money import AmountError, format_yuan, parse_yuan
from yibao.domain.people import Member
from yibao.ui.context import AppContext
from yibao.ui.dialogs.failures import show_at_fields
from yibao.ui.i18n import dtr, join_sentences
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import scaled_width
from yibao.ui.widgets.discard import GuardedDialog
from yibao.ui.widgets.findings import basis_tag
from yibao.ui.widgets.forms import FieldErrors

if TYPE_CHECKING:
    from yibao.services.database import Database


@dataclass(frozen=True)
class _Loaded:
    history: MemberHistory
    movements: list[AccountMovement]
    cutoff: Fact[date]


class AccountDialog(GuardedDialog):
    def __init__(self, ctx: AppContext, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert member.id is not None
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("{name}的缴费年限与个人账户").format(name=member.name))
        self.setMinimumWidth(scaled_width(self, 560))  # 大字: as many words a line
        self.ctx = ctx
        self.member = member
        self.saved: MemberHistory | None = None
        layout = QVBoxLayout(self)
        self.hint = _label(self._hint_text(None), self, "hint", "hint")
        layout.addWidget(self.hint)
        form = QFormLayout()
        self.errors = FieldErrors()
        deemed = QWidget(self)
        deemed_row = QHBoxLayout(deemed)
        deemed_row.setContentsMargins(0, 0, 0, 0)
        self.deemed_years = QSpinBox(deemed)
        self.deemed_years.setObjectName("deemed_years")
        self.deemed_years.setAccessibleName(self.tr("视同缴费年数"))
        self.deemed_years.setRange(0, 50)
        self.deemed_years.setSuffix(self.tr(" 年"))
        self.deemed_months = QSpinBox(deemed)
        self.deemed_months.setObjectName("deemed_months")
        self.deemed_months.setAccessibleName(self.tr("视同缴费月数"))
        self.deemed_months.setRange(0, 11)
        self.deemed_months.setSuffix(self.tr(" 个月"))
        deemed_row.addWidget(self.deemed_years)
        deemed_row.addWidget(self.deemed_months)
        deemed_row.addStretch(1)
        self.errors.add_row(form, self.tr("视同缴费年限"), "deemed_months", deemed)
        self.opening_balance = QLineEdit(self)
        self.opening_balance.setObjectName("opening_balance")
        self.opening_balance.setPlaceholderText("0.00")
        self.errors.add_row(
            form, self.tr("个人账户期初余额（元）"), "opening_balance", self.opening_balance
        )
        self.opening_date = QLineEdit(self)
        self.opening_date.setObjectName("opening_date")
        self.opening_date.setPlaceholderText(self.tr("如 2024-01-01，可不填"))
        self.errors.add_row(form, self.tr("余额对应日期"), "opening_date", self.opening_date)
        layout.addLayout(form)

        title = _label(
            self.tr("个人账户支出与扣款（看病买药、长护险、代缴等）"), self, "sectionTitle"
        )
        layout.addWidget(title)
        self.movements = QTableWidget(0, 4, self)
        self.movements.setObjectName("movements")
        self.movements.setAccessibleName(self.tr("个人账户支出"))
        self.movements.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("类别"), self.tr("金额"), self.tr("备注")]
        )
        self.movements.verticalHeader().hide()
        self.movements.horizontalHeader().setStretchLastSection(True)
        self.movements.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.movements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.movements)
        add_row = QHBoxLayout()
        self.move_date = QLineEdit(self)
        self.move_date.setObjectName("movement_date")
        self.move_date.setAccessibleName(self.tr("支出日期"))
        self.move_date.setPlaceholderText(self.tr("日期 2024-03-01"))
        self.move_kind = QComboBox(self)
        self.move_kind.setObjectName("movement_kind")
        self.move_kind.setAccessibleName(self.tr("支出类别"))
        for kind in MovementKind:
            self.move_kind.addItem(dtr(kind.label), kind.value)
        self.move_amount = QLineEdit(self)
        self.move_amount.setObjectName("movement_amount")
        self.move_amount.setAccessibleName(self.tr("支出金额"))
        self.move_amount.setPlaceholderText(self.tr("金额"))
        self.move_add = QPushButton(self.tr("添加"), self)
        self.move_add.setObjectName("add_movement")
        self.move_remove = QPushButton(self.tr("删除所选"), self)
        self.move_remove.setObjectName("remove_movement")
        for w in (
            self.move_date,
            self.move_kind,
            self.move_amount,
            self.move_add,
            self.move_remove,
        ):
            add_row.addWidget(w)
        for edit in (self.move_date, self.move_amount):  # the whole hint, in English too
            hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
            edit.setMinimumWidth(hint + 16)
        layout.addLayout(add_row)
        self.move_error = QLabel("", self)
        self.move_error.setProperty("role", "fieldError")
        self.move_error.setObjectName("movement_error")
        layout.addWidget(self.move_error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.watch_edits()
        self.opening_balance.textEdited.connect(
            lambda _t: self.errors.clear_field("opening_balance")
        )
        self.opening_date.textEdited.connect(lambda _t: self.errors.clear_field("opening_date"))
        self.move_add.clicked.connect(self.add_movement)
        self.move_remove.clicked.connect(self.remove_movement)
        self._movement_ids: list[int] = []
        self._load()

    def _hint_text(self, cutoff: Fact[date] | None) -> str:
        """What 视同缴费年限 means: the region's cutoff day from the book, when it has one."""
        if cutoff is None or cutoff.value is None:
            deemed = self.tr(
                "视同缴费年限：个人缴费制度实行以前参加工作、按规定视同缴费的年限"
                "（以档案或社保部门认定为准）。"
            )
        else:
            deemed = self.tr(
                "视同缴费年限：{date} 以前参加工作的年限〔{tag}〕（以档案或社保部门认定为准）。"
            ).format(date=cutoff.value.isoformat(), tag=basis_tag(cutoff.basis))
        opening = self.tr("期初余额：从医保 App 查到的某一天的个人账户余额，之后按缴费记录推算。")
        return join_sentences(deemed, opening)

    def _load(self) -> None:
        member_id = self.member.id
        assert member_id is not None
        region_code = self.member.region_code
        today = date.today()

        def work(db: Database) -> _Loaded:
            from yibao.services import history
            from yibao.services.policy import policy_view

            return _Loaded(
                history.member_history(db, member_id),
                history.list_movements(db, member_id),
                policy_view(db, region_code, today).day("retirement.deemed_cutoff"),
            )

        self.ctx.call(work, self._loaded)

    def _loaded(self, data: _Loaded) -> None:
        h, movements = data.history, data.movements
        self.hint.setText(self._hint_text(data.cutoff))
        self.deemed_years.setValue(h.deemed_months // 12)
        self.deemed_months.setValue(h.deemed_months % 12)
        self.opening_balance.setText(str(h.opening_balance) if h.opening_balance else "")
        self.opening_date.setText(h.opening_date.isoformat() if h.opening_date else "")
        self._show_movements(movements)

    def _show_movements(self, movements: list[AccountMovement]) -> None:
        self.movements.setRowCount(0)
        self._movement_ids = []
        for m in movements:
            row = self.movements.rowCount()
            self.movements.insertRow(row)
            for col, text in enumerate(
                (m.on.isoformat(), dtr(m.kind.label), format_yuan(m.amount), m.note)
            ):
                self.movements.setItem(row, col, QTableWidgetItem(text))
            self._movement_ids.append(m.id or 0)

    def add_movement(self) -> None:
        member_id = self.member.id
        assert member_id is not None
        try:
            on = parse_date(self.move_date.text())
            amount = parse_yuan(self.move_amount.text())
        except AmountError as exc:
            self.move_error.setText(exc.message)
            return
        except ValueError:
            self.move_error.setText(self.tr("日期请写成 2024-03-01 的样子"))
            return
        if on is None:
            self.move_error.setText(self.tr("请填写日期"))
            return
        self.move_error.clear()
        movement = AccountMovement(
            member_id, on, MovementKind(self.move_kind.currentData()), amount
        )

        def work(db: Database) -> list[AccountMovement]:
            from yibao.services import history

            history.add_movement(db, movement)
            return history.list_movements(db, member_id)

        self.ctx.call(work, self._show_movements, self._movement_failed)

    def remove_movement(self) -> None:
        rows = self.movements.selectionModel().selectedRows()
        member_id = self.member.id
        if not rows or member_id is None:
            return
        movement_id = self._movement_ids[rows[0].row()]

        def work(db: Database) -> list[AccountMovement]:
            from yibao.services import history

            history.delete_movement(db, movement_id)
            return history.list_movements(db, member_id)

        self.ctx.call(work, self._show_movements)

    def _movement_failed(self, exc: BaseException) -> None:
        from yibao.services.errors import InvalidInput

        if isinstance(exc, InvalidInput):
            self.move_error.setText("；".join(e.message for e in exc.errors))
            return
        self.ctx.reporter.report(exc, self)

    def save(self) -> None:
        member_id = self.member.id
        assert member_id is not None
        problems: list[tuple[str, str]] = []
        balance = Decimal("0.00")
        text = self.opening_balance.text().strip()
        if text:
            try:
                balance = parse_yuan(text, allow_negative=True)
            except AmountError as exc:
                problems.append(("opening_balance", exc.message))
        opening: date | None = None
        try:
            opening = parse_date(self.opening_date.text())
        except ValueError:
            problems.append(("opening_date", self.tr("请写成 2024-01-01 的样子")))
        if problems:
            self.errors.show(problems)
            return
        history_value = MemberHistory(
            member_id,
            self.deemed_years.value() * 12 + self.deemed_months.value(),
            balance,
            opening,
        )

        def work(db: Database) -> MemberHistory:
            from yibao.services import history

            return history.set_member_history(db, history_value)

        self.ctx.call(work, self._saved, self._failed)

    def _saved(self, saved: MemberHistory) -> None:
        self.saved = saved
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        show_at_fields(self.errors, exc, self.ctx, self)

    @classmethod
    def ask(
        cls, ctx: AppContext, member: Member, parent: QWidget | None = None
    ) -> MemberHistory | None:
        dialog = cls(ctx, member, parent)
        dialog.exec()
        return dialog.saved
