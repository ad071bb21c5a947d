"""Shown when the database cannot be opened: explain, offer a backup, never overwrite silently.

For a zero-byte data file the dialog may also offer to start again with an empty database
(``start_over``); the empty file is then kept under another name.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yibao.paths import AppPaths
from yibao.ui.widgets.basics import grow_to_fit, scaled_width


class Choice(enum.Enum):
    # start with a new, empty database (the zero-byte file is kept aside)
    START_OVER = "start_over"


class RecoveryDialog(QDialog):
    def __init__(
        self,
        paths: AppPaths,
        message: str,
        parent: QWidget | None = None,
        *,
        start_over: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("数据文件无法打开"))
        self.setMinimumWidth(scaled_width(self, 560))  # 大字: as many words a line
        self.chosen: Path | Choice | None = None
        layout = QVBoxLayout(self)
        text = QLabel(message, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        detail = QLabel(
            self.tr("数据文件：{db}\n恢复前，无法打开的文件会被保留并改名，不会被删除。").format(
                db=paths.db_path
            ),
            self,
        )
        detail.setProperty("role", "hint")
        detail.setWordWrap(True)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(detail)
        self.backups = QListWidget(self)
        self.backups.setObjectName("backups")
        self.backups.setAccessibleName(self.tr("可用的备份"))
        from yibao.services.backups import list_backups

        found = list_backups(paths)
        for info in found:
            item = QListWidgetItem(
                self.tr("{when}（{reason}，{size} KB）").format(
                    when=info.created.strftime("%Y-%m-%d %H:%M:%S"),
                    reason=info.reason,
                    size=max(1, info.size_bytes // 1024),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.backups.addItem(item)
        if found:
            layout.addWidget(QLabel(self.tr("选择一个备份来恢复（最新的在最上面）："), self))
            self.backups.setCurrentRow(0)
        else:
            self.backups.hide()
            if start_over:
                text_none = self.tr(
                    "没有找到备份。如果您刚开始使用、还没有保存过资料，可以选择“重新开始”"
                    "（空文件会改名保留在原文件夹中）；如果以前保存过资料，请先退出，"
                    "看看其他地方（如另一台电脑、U 盘）是否还有数据文件或备份。"
                )
            else:
                text_none = self.tr("没有找到备份。您可以先退出，把数据文件交给懂电脑的亲友检查。")
            none = QLabel(text_none, self)
            none.setWordWrap(True)
            layout.addWidget(none)
        layout.addWidget(self.backups)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("从所选备份恢复"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(bool(found))
        quit_button = QPushButton(self.tr("退出"), self)
        quit_button.setObjectName("quit")
        self.start_over_button: QPushButton | None = None
        if start_over:
            self.start_over_button = QPushButton(self.tr("重新开始（保留空文件）"), self)
            self.start_over_button.setObjectName("startOver")
            self.start_over_button.clicked.connect(self._start_over)
            buttons.addButton(self.start_over_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        if self.start_over_button is not None and not found:
            self.restore_button.hide()  # nothing to restore: starting again is the offer
            self.start_over_button.setDefault(True)
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)  # 大字 and English: the wrapped lines need more height

    def _restore(self) -> None:
        item = self.backups.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _start_over(self) -> None:
        self.chosen = Choice.START_OVER
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, paths: AppPaths, message: str, *, start_over: bool = False
    ) -> Path | Choice | None:
        """The backup to restore, :attr:`Choice.START_OVER`, or ``None`` to quit."""
        dialog = cls(paths, message, parent, start_over=start_over)
        dialog.exec()
        return dialog.chosen
