"""灵活就业 calculator: what each 档次 costs per month and per year in a region."""

from __future__ import annotations

import contextlib
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yibao.domain.flexible import RateError, parse_rate_percent
from yibao.domain.money import AmountError, format_yuan, parse_yuan
from yibao.domain.policy import format_rate
from yibao.ui.context import AppContext
from yibao.ui.i18n import dtr, join_sentences
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import scaled_width
from yibao.ui.widgets.findings import basis_tag, confidence_text
from yibao.ui.widgets.forms import FieldErrors
from yibao.ui.widgets.region_picker import RegionPicker

if TYPE_CHECKING:
    from yibao.services.database import Database
    from yibao.services.history import FlexibleAnswer
    from yibao.services.policy import BaseRange


class FlexibleDialog(QDialog):
    def __init__(
        self, ctx: AppContext, region_code: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("flexibleDialog")
        self.setWindowTitle(self.tr("灵活就业缴费计算"))
        self.setMinimumWidth(scaled_width(self, 640))  # 大字: as many words a line
        self.ctx = ctx
        self.answer: FlexibleAnswer | None = None
        layout = QVBoxLayout(self)
        hint = _label(
            self.tr(
                "月缴费 = 缴费基数 × 缴费比例（+ 当地的大额医疗等附加费）。"
                "基数、比例和附加费以当地医保部门公布为准。"
            ),
            self,
            "hint",
        )
        layout.addWidget(hint)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.region = RegionPicker(self)
        self.region.setObjectName("region_code")
        self.errors.add_row(form, self.tr("参保地"), "region_code", self.region)
        self.base = QLineEdit(self)
        self.base.setObjectName("base")
        self.base.setPlaceholderText(self.tr("不填则用当地公布的基数（如有）"))
        self.errors.add_row(form, self.tr("月缴费基数（元）"), "base", self.base)
        self.rate = QLineEdit(self)
        self.rate.setObjectName("rate")
        self.rate.setPlaceholderText(self.tr("当地公布的比例，如 8%；不填则用政策库中的当地比例"))
        self.errors.add_row(form, self.tr("缴费比例（%）"), "rate", self.rate)
        self.extra = QLineEdit(self)
        self.extra.setObjectName("extra")
        self.extra.setPlaceholderText(self.tr("大额医疗等每月附加，如 5，没有就空着"))
        self.errors.add_row(form, self.tr("每月附加（元）"), "extra", self.extra)
        self.on_date = QLineEdit(date.today().isoformat(), self)
        self.on_date.setObjectName("on_date")
        self.errors.add_row(form, self.tr("按哪天的政策"), "on_date", self.on_date)
        layout.addLayout(form)
        self.quotes_table = QTableWidget(0, 5, self)
        self.quotes_table.setObjectName("quotes")
        self.quotes_table.setAccessibleName(self.tr("各档次缴费"))
        self.quotes_table.setHorizontalHeaderLabels(
            [
                self.tr("档次"),
                self.tr("计算"),
                self.tr("每月"),
                self.tr("每年"),
                self.tr("个人账户"),
            ]
        )
        self.quotes_table.verticalHeader().hide()
        self.quotes_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.quotes_table.horizontalHeader().setStretchLastSection(True)
        self.quotes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.quotes_table)
        self.note = _label("", self, "hint", "note")
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.calc_button = buttons.addButton(self.tr("计算"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.calc_button.setObjectName("calculate")
        self.calc_button.clicked.connect(self.calculate)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for name in ("base", "rate", "extra", "on_date"):
            getattr(self, name).textEdited.connect(lambda _t, n=name: self.errors.clear_field(n))
        if region_code:
            self.region.set_code(region_code)

    def calculate(self) -> None:
        from yibao.domain.importers import parse_date

        problems: list[tuple[str, str]] = []
        base: Decimal | None = None
        extra = Decimal(0)
        try:
            if self.base.text().strip():
                base = parse_yuan(self.base.text())
        except AmountError as exc:
            problems.append(("base", exc.message))
        rate: Decimal | None = None
        try:
            if self.rate.text().strip():
                rate = parse_rate_percent(self.rate.text())
        except RateError as exc:
            problems.append(("rate", dtr(exc.template, exc.params)))
        try:
            if self.extra.text().strip():
                extra = parse_yuan(self.extra.text())
        except AmountError as exc:
            problems.append(("extra", exc.message))
        at: date | None = None
        with contextlib.suppress(ValueError):
            at = parse_date(self.on_date.text())
        if at is None:
            problems.append(("on_date", self.tr("请写成 2025-01-01 的样子")))
        region = self.region.code()
        if problems or at is None:
            self.errors.show(problems)
            return
        self.errors.clear()
        when = at

        def work(db: Database) -> tuple[FlexibleAnswer, BaseRange | None]:
            from yibao.services import history
            from yibao.services.policy import flexible_base_range

            answer = history.flexible_calculator(db, region, when, base, extra, rate)
            return answer, flexible_base_range(db, region, when)

        self.ctx.call(work, self._show)

    def _range_text(self, base_range: BaseRange | None) -> str:
        """The book's range for the base (灵活就业 may choose within it), with its basis."""
        if base_range is None:
            return ""
        return self.tr(
            "缴费基数一般可在当地上年度平均工资的 {low}～{high} 之间选择〔{tag}〕。"
        ).format(
            low=format_rate(base_range.low),
            high=format_rate(base_range.high),
            tag=basis_tag(base_range.basis),
        )

    def _show(self, loaded: tuple[FlexibleAnswer, BaseRange | None]) -> None:
        answer, base_range = loaded
        self.answer = answer
        self.quotes_table.setRowCount(0)
        if answer.base is None:
            text = self.tr("政策库中没有当地公布的缴费基数，请填写缴费基数。")
            if answer.book_rate_missing and not self.rate.text().strip():
                text += self.tr("政策库中也没有当地的缴费比例，请一并填写当地公布的比例。")
            self.note.setText(join_sentences(text, self._range_text(base_range)))
            return
        for q in answer.quotes:
            row = self.quotes_table.rowCount()
            self.quotes_table.insertRow(row)
            if q.builds_account is None:
                account = self.tr("以当地规定为准")
            else:
                account = self.tr("有") if q.builds_account else self.tr("没有")
            tier = self.tr("您填写的比例") if q.rate_from_user else dtr(q.tier.label)
            texts = (
                tier,
                q.formula,
                format_yuan(q.monthly),
                format_yuan(q.yearly),
                account,
            )
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                source = q.rate_rule.source if q.rate_rule is not None else None
                if q.rate_rule is None:
                    item.setToolTip(
                        self.tr("比例 {rate} 是您填写的，请以当地医保部门公布为准").format(
                            rate=format_rate(q.rate)
                        )
                    )
                elif source is not None:
                    item.setToolTip(
                        self.tr("比例来源：{title}（{confidence}）").format(
                            title=source.title, confidence=confidence_text(source.confidence)
                        )
                    )
                self.quotes_table.setItem(row, col, item)
        note = self.tr("基数 {base}").format(base=format_yuan(answer.base))
        if answer.base_from_book:
            note += self.tr("（当地公布的基数）")
        if answer.book_rate_missing and not answer.quotes:
            note += self.tr(
                "。政策库中没有当地的缴费比例（全国没有统一比例，各市不同），"
                "请在上面“缴费比例”中填写当地公布的比例后再计算。"
            )
        elif answer.book_rate_missing:
            note += self.tr("。政策库中没有当地的缴费比例，这里用的是您填写的比例。")
        else:
            note += self.tr("。以当地医保部门公布为准。")
        self.note.setText(join_sentences(note, self._range_text(base_range)))

    @classmethod
    def ask(
        cls, ctx: AppContext, region_code: str | None = None, parent: QWidget | None = None
    ) -> None:
        cls(ctx, region_code, parent).exec()
