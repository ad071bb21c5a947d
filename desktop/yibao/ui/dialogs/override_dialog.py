"""Set a local value (本地修改) for one policy parameter in one region."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from yibao.domain.i18n import QT_TRANSLATE_NOOP, is_english
from yibao.domain.policy import Resolved, ValueType
from yibao.services.policy import edit_text, unit_text, value_text
from yibao.ui.context import AppContext
from yibao.ui.dialogs.failures import show_at_fields
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import from_qdate as _pydate
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.basics import scaled_width
from yibao.ui.widgets.basics import to_qdate as _qdate
from yibao.ui.widgets.discard import GuardedDialog
from yibao.ui.widgets.forms import FieldErrors

if TYPE_CHECKING:
    from yibao.domain.policy import Override
    from yibao.domain.resident_pricing import RegionContributions
    from yibao.services.database import Database

_FORMAT_HINTS = {
    ValueType.DECIMAL: QT_TRANSLATE_NOOP("domain", "数字，例如 400 或 0.02"),
    ValueType.INTEGER: QT_TRANSLATE_NOOP("domain", "整数，例如 6"),
    ValueType.TEXT: QT_TRANSLATE_NOOP("domain", "文字"),
    ValueType.BOOLEAN: QT_TRANSLATE_NOOP("domain", "是 / 否"),
    ValueType.DATE: QT_TRANSLATE_NOOP("domain", "日期，例如 2025-12-31"),
    ValueType.TEXT_LIST: QT_TRANSLATE_NOOP("domain", "多项用逗号分隔"),
    ValueType.TABLE: QT_TRANSLATE_NOOP(
        "domain", "名称=值，多项用分号分隔，例如 start=2025-09-01; end=2025-12-31"
    ),
    ValueType.TABLE_LIST: QT_TRANSLATE_NOOP("domain", "每组用竖线 | 分隔，组内同上"),
}


class OverrideDialog(GuardedDialog):
    def __init__(
        self,
        ctx: AppContext,
        resolved: Resolved,
        region_key: str,
        region_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.ctx = ctx
        self.resolved = resolved
        self.region_key = region_key
        self.saved: Override | None = None
        info = resolved.info
        self.setWindowTitle(self.tr("修改本地值"))
        self.setMinimumWidth(scaled_width(self, 560))  # 大字: as many words a line
        layout = QVBoxLayout(self)
        intro = _label(
            self.tr(
                "如果您所在地的医保部门公布的数值与这里不同，可以在这里改成当地的数值。"
                "修改只影响“{region}”，会标记为“本地修改”，随时可以恢复原值。"
            ).format(region=region_name),
            self,
            "hint",
        )
        layout.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors()
        label, unit = dtr(info.label), unit_text(info.unit)
        if unit:
            label += f" ({unit})" if is_english() else f"（{unit}）"
        form.addRow(self.tr("参数："), QLabel(label, self))
        form.addRow(self.tr("目前的值："), QLabel(value_text(info, resolved.value), self))
        self.value = QLineEdit(self)
        self.value.setObjectName("value")
        self.value.setText(edit_text(info, resolved.value))
        self.value.setPlaceholderText(dtr(_FORMAT_HINTS.get(info.value_type, "")))
        self.value.setToolTip(dtr(_FORMAT_HINTS.get(info.value_type, "")))
        self.errors.add_row(form, self.tr("新的值 *"), "value", self.value)
        self.effective_from = QDateEdit(self)
        self.effective_from.setObjectName("effective_from")
        self.effective_from.setCalendarPopup(True)
        self.effective_from.setDisplayFormat("yyyy-MM-dd")
        self.effective_from.setDate(_qdate(resolved.effective_from))
        self.errors.add_row(form, self.tr("生效日期 *"), "effective_from", self.effective_from)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("例如：来自当地医保局 2025 年通知"))
        self.errors.add_row(form, self.tr("依据（备注）"), "note", self.note)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.watch_edits()

    def save(self) -> None:
        text = self.value.text().strip()
        effective = _pydate(self.effective_from.date())
        note = self.note.text().strip()
        region_key = self.region_key
        key = self.resolved.info.key
        self.buttons.setEnabled(False)

        def work(db: Database) -> Override:
            from yibao.services import policy

            return policy.set_override(db, region_key, key, effective, text, note)

        self.ctx.call(work, self._saved, self._failed)

    def _saved(self, override: Override) -> None:
        self.saved = override
        self.buttons.setEnabled(True)
        self.ctx.policy_changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_at_fields(self.errors, exc, self.ctx, self)

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        resolved: Resolved,
        region_key: str,
        region_name: str,
        parent: QWidget | None = None,
    ) -> Override | None:
        dialog = cls(ctx, resolved, region_key, region_name, parent)
        dialog.exec()
        return dialog.saved


class LocalValueDialog(GuardedDialog):
    """填写当地数值: the local contribution for one region and benefit year, at the figure.

    Saved as 本地修改 for the region's own level from 1 January of the benefit year (the
    uniform standard, or one group's amount where the region prices by group), with an
    optional note of where the user read it. Opened without blocking (``open()``); tests type
    into ``value`` and click Save. ``saved_value`` is emitted with the override.
    """

    saved_value = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        region: RegionContributions,
        group: str,
        what: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("localValueDialog")
        self.ctx = ctx
        self.region = region
        self.group = group
        self.saved: Override | None = None
        self.setWindowTitle(self.tr("填写当地数值"))
        self.setMinimumWidth(scaled_width(self, 480))  # 大字: as many words a line
        layout = QVBoxLayout(self)
        place = region.region_name or self.tr("当地")
        subject = f"{what}（{group}）" if group else what
        intro = _label(
            self.tr(
                "请填写{region}医保部门公布的 {year} 年度{subject}。它会存为{region}的"
                "“本地修改”（自 {year}-01-01 起），马上用于计算，也会列在“政策参数”页面，"
                "随时可以恢复原值。"
            ).format(region=place, year=region.benefit_year, subject=subject),
            self,
            "hint",
        )
        layout.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.value = QLineEdit(self)
        self.value.setObjectName("value")
        self.value.setAccessibleName(self.tr("当地的金额（元/年）"))
        self.value.setPlaceholderText(self.tr("例如 400"))
        self.value.setMaxLength(20)
        self.errors.add_row(form, self.tr("金额（元/年）*"), "value", self.value)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setAccessibleName(self.tr("在哪里看到的"))
        self.note.setPlaceholderText(
            self.tr("可不填，例如：{region}医保局 {year} 年度缴费通知").format(
                region=place, year=region.benefit_year
            )
        )
        self.errors.add_row(form, self.tr("在哪里看到的"), "note", self.note)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("save")
        save.setText(self.tr("保存"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.watch_edits()

    def save(self) -> None:
        self.errors.clear()
        text = self.value.text().strip()
        if not text:
            self.errors.show([("value", self.tr("请填写金额，例如 400"))])
            return
        note = self.note.text().strip()
        region, group = self.region, self.group
        self.buttons.setEnabled(False)

        def work(db: Database) -> Override:
            from yibao.services.proxy_payment import save_local_contribution

            return save_local_contribution(db, region, text, note, group)

        self.ctx.call(work, self._saved, self._failed)

    def _saved(self, override: Override) -> None:
        self.saved = override
        self.buttons.setEnabled(True)
        self.saved_value.emit(override)
        self.ctx.policy_changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_at_fields(self.errors, exc, self.ctx, self)
