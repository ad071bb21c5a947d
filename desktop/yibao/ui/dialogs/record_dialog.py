"""Add or edit one contribution month; every field is checked where it is typed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from yibao.domain.contributions import (
    ContributionRecord,
    Month,
    MonthError,
    Payer,
    RecordStatus,
)
from yibao.domain.importers import default_payer, parse_date, parse_year
from yibao.domain.money import AmountError, format_yuan, parse_yuan
from yibao.domain.people import Member, Scheme
from yibao.domain.text import MSG_BROKEN_CHARACTER, has_broken_character
from yibao.ui.context import AppContext
from yibao.ui.dialogs.failures import show_at_fields
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import scaled_width
from yibao.ui.widgets.discard import GuardedDialog
from yibao.ui.widgets.forms import FieldErrors

if TYPE_CHECKING:
    from yibao.services.database import Database
    from yibao.services.history import SaveResult

AMOUNT_FIELDS = ("base", "personal", "employer", "credited")


def _money_text(value: Decimal | None) -> str:
    return "" if value is None else format_yuan(value, symbol=False).replace(",", "")


class RecordDialog(GuardedDialog):
    def __init__(
        self,
        ctx: AppContext,
        members: Sequence[Member],
        record: ContributionRecord | None = None,
        member_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.ctx = ctx
        self.members = [m for m in members if m.id is not None]
        self.editing = record
        self.result_: SaveResult | None = None
        self.setWindowTitle(self.tr("修改缴费记录") if record else self.tr("添加缴费记录"))
        self.setMinimumWidth(scaled_width(self, 520))  # 大字: as many words a line
        layout = QVBoxLayout(self)
        hint = _label(
            self.tr("带 * 的为必填项。金额按缴费明细填写，单位是元；不知道的可以空着。"),
            self,
            "hint",
        )
        layout.addWidget(hint)
        form = QFormLayout()
        self.errors = FieldErrors()

        self.member = self._combo("member_id", [(m.name, m.id) for m in self.members])
        self.month = self._line("month", self.tr("如 2024-05"))
        self.scheme = self._combo(
            "scheme", [(dtr(s.label), s.value) for s in Scheme if s is not Scheme.NONE]
        )
        self.base = self._line("base", self.tr("可不填"))
        self.personal = self._line("personal", "0.00")
        self.employer = self._line("employer", "0.00")
        self.credited = self._line("credited", self.tr("明细上的“划入个人账户”，可不填"))
        self.payer = self._combo("payer", [(dtr(p.label), p.value) for p in Payer])
        self.payer_member = self._combo(
            "payer_member_id",
            [(self.tr("（不是代缴）"), None)] + [(m.name, m.id) for m in self.members],
        )
        self.status = self._combo("status", [(dtr(s.label), s.value) for s in RecordStatus])
        self.benefit_year = self._line("benefit_year", self.tr("居民医保填，如 2025"))
        self.paid_on = self._line("paid_on", self.tr("如 2024-11-03，可不填"))
        self.note = self._line("note", "")
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("家庭成员 *"), "member_id", self.member),
            (self.tr("费款所属期 *"), "month", self.month),
            (self.tr("险种 *"), "scheme", self.scheme),
            (self.tr("缴费基数"), "base", self.base),
            (self.tr("个人缴费 *"), "personal", self.personal),
            (self.tr("单位缴费"), "employer", self.employer),
            (self.tr("划入个人账户"), "credited", self.credited),
            (self.tr("缴费方"), "payer", self.payer),
            (self.tr("代缴人"), "payer_member_id", self.payer_member),
            (self.tr("缴费状态"), "status", self.status),
            (self.tr("待遇年度"), "benefit_year", self.benefit_year),
            (self.tr("缴费日期"), "paid_on", self.paid_on),
            (self.tr("备注"), "note", self.note),
        ]
        for label, name, widget in rows:
            self.errors.add_row(form, label, name, widget)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.watch_edits()

        self.scheme.currentIndexChanged.connect(self._scheme_changed)
        self.payer_member.currentIndexChanged.connect(self._payer_member_changed)
        if record is not None:
            self._fill(record)
        else:
            chosen = (
                member_id
                if member_id is not None
                else (self.members[0].id if self.members else None)
            )
            self._select(self.member, chosen)
            owner = next((m for m in self.members if m.id == chosen), None)
            if owner is not None and owner.scheme is not Scheme.NONE:
                self._select(self.scheme, owner.scheme.value)
            self.month.setText(str(Month.of(date.today())))
            self._scheme_changed()

    # -- widgets --------------------------------------------------------------------------
    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _t, n=name: self.errors.clear_field(n))
        return edit

    def _combo(self, name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda _i, n=name: self.errors.clear_field(n))
        return combo

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _scheme_changed(self) -> None:
        if self.editing is not None:
            return
        scheme = Scheme(self.scheme.currentData())
        self._select(self.payer, default_payer(scheme).value)

    def _payer_member_changed(self) -> None:
        if self.payer_member.currentData() is not None:
            self._select(self.payer, Payer.PROXY.value)

    def _fill(self, r: ContributionRecord) -> None:
        self._select(self.member, r.member_id)
        self.member.setEnabled(False)
        self.month.setText(str(r.month))
        self._select(self.scheme, r.scheme.value)
        self.base.setText(_money_text(r.base))
        self.personal.setText(_money_text(r.personal))
        self.employer.setText(_money_text(r.employer))
        self.credited.setText(_money_text(r.credited))
        self._select(self.payer, r.payer.value)
        self._select(self.payer_member, r.payer_member_id)
        self._select(self.status, r.status.value)
        self.benefit_year.setText("" if r.benefit_year is None else str(r.benefit_year))
        self.paid_on.setText("" if r.paid_on is None else r.paid_on.isoformat())
        self.note.setText(r.note)

    # -- reading the form -----------------------------------------------------------------
    def read(self) -> tuple[ContributionRecord | None, list[tuple[str, str]]]:
        """The record the form describes, or the problems found while reading it."""
        problems: list[tuple[str, str]] = []
        month: Month | None = None
        try:
            month = Month.parse(self.month.text())
        except MonthError as exc:
            problems.append(("month", str(exc)))
        amounts: dict[str, Decimal | None] = {}
        for name in AMOUNT_FIELDS:
            text = getattr(self, name).text().strip()
            if not text:
                amounts[name] = None
                continue
            try:
                amounts[name] = parse_yuan(text)
            except AmountError as exc:
                problems.append((name, exc.message))
                amounts[name] = None
        benefit_year: int | None = None
        try:
            benefit_year = parse_year(self.benefit_year.text())
        except ValueError:
            problems.append(("benefit_year", self.tr("请写 4 位年份，如 2025")))
        paid_on: date | None = None
        try:
            paid_on = parse_date(self.paid_on.text())
        except ValueError:
            problems.append(("paid_on", self.tr("请写成 2024-11-03 的样子")))
        if has_broken_character(self.note.text()):
            problems.append(("note", dtr(MSG_BROKEN_CHARACTER)))
        member_id = self.member.currentData()
        if member_id is None:
            problems.append(("member_id", self.tr("请先在“家庭成员”中添加成员")))
        if problems or month is None or member_id is None:
            return None, problems
        scheme = Scheme(self.scheme.currentData())
        if benefit_year is None and scheme is Scheme.RESIDENT:
            benefit_year = month.year
        record = ContributionRecord(
            member_id=int(member_id),
            month=month,
            scheme=scheme,
            personal=amounts["personal"] or Decimal("0.00"),
            employer=amounts["employer"] or Decimal("0.00"),
            base=amounts["base"],
            credited=amounts["credited"],
            payer=Payer(self.payer.currentData()),
            payer_member_id=self.payer_member.currentData(),
            status=RecordStatus(self.status.currentData()),
            benefit_year=benefit_year,
            paid_on=paid_on,
            note=self.note.text().strip(),
        )
        if self.editing is not None:
            record = replace(record, id=self.editing.id, source=self.editing.source)
        return record, []

    def save(self) -> None:
        record, problems = self.read()
        if record is None:
            self.errors.show(problems)
            return
        self.errors.clear()
        self.buttons.setEnabled(False)

        def work(db: Database) -> SaveResult:
            from yibao.services import history

            return history.save_record(db, record, today=date.today())

        self.ctx.call(work, self._saved, self._failed)

    def _saved(self, result: SaveResult) -> None:
        self.result_ = result
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_at_fields(self.errors, exc, self.ctx, self)

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        members: Sequence[Member],
        record: ContributionRecord | None = None,
        member_id: int | None = None,
        parent: QWidget | None = None,
    ) -> SaveResult | None:
        dialog = cls(ctx, members, record, member_id, parent)
        dialog.exec()
        return dialog.result_
