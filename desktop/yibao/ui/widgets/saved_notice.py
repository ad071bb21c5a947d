"""The confirmation after a wizard has saved: a green bar above the pages that stays until
the person closes it or opens what was saved (no timed message that goes before it is read).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from yibao.ui.widgets.basics import label


class SavedNotice(QFrame):
    """``✔ 已保存到“我的事项”：代缴 2025 年度…`` with 打开 and 关闭提示 buttons.

    ``open_requested`` carries the page name and the saved item's id (``0`` when none)."""

    open_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.setProperty("role", "saved")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.text = label("", self, name="savedText")
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openSaved")
        self.close_button = QPushButton(self.tr("关闭提示"), self)
        self.close_button.setObjectName("closeSaved")
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self._page = ""
        self._item_id = 0
        self.open_button.clicked.connect(self._open)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def announce(self, text: str, *, page: str, item_id: int = 0, open_text: str) -> None:
        """Show *text*; the open button (*open_text*) goes to *page* and selects *item_id*."""
        self._page, self._item_id = page, item_id
        self.text.setText("✔ " + text)
        self.open_button.setText(open_text)
        self.open_button.setAccessibleName(open_text)
        self.show()

    def _open(self) -> None:
        self.hide()
        self.open_requested.emit(self._page, self._item_id)
