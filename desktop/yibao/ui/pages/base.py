"""Common frame of a page: a title, a hint line and a body; refreshed when shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from yibao.ui.context import AppContext


class Page(QWidget):
    #: name used by ``--smoke-test`` and navigation (overview, family, policy, settings …)
    page_name = ""
    #: ask the main window to show another page
    navigate = Signal(str)
    #: ask the main window to open a task wizard by name (see ``ui.registry.WIZARDS``)
    start_wizard = Signal(str)

    #: a page whose content may be taller than the window (大字 mode at 1024×700) scrolls
    #: vertically as a whole instead of squeezing its tables below a few rows
    scrolls = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.page_name}")
        if self.scrolls:
            # not before the first paint (the overview doesn't scroll this way): building the
            # ``Qt`` namespace costs first-paint time (DESIGN §7)
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QFrame, QScrollArea

            outer = QVBoxLayout(self)
            outer.setContentsMargins(0, 0, 0, 0)
            area = QScrollArea(self)
            area.setObjectName("page_scroll")
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            inner = QWidget(area)
            inner.setObjectName("page_content")
            area.setWidget(inner)
            outer.addWidget(area)
            self._layout = QVBoxLayout(inner)
        else:
            self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 20, 24, 16)
        self._layout.setSpacing(10)
        self.title_label = QLabel(self.title(), self)
        self.title_label.setProperty("role", "pageTitle")
        self.hint_label = QLabel(self.hint(), self)
        self.hint_label.setProperty("role", "hint")
        self.hint_label.setWordWrap(True)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.hint_label)
        ctx.ready.connect(self._on_ready)

    def title(self) -> str:
        raise NotImplementedError

    def hint(self) -> str:
        return ""

    @property
    def body(self) -> QVBoxLayout:
        return self._layout

    def shown(self) -> None:
        """The page became visible: reload what may have changed."""
        if self.ctx.is_ready:
            self.refresh()

    def _on_ready(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reload data from the services (on the op thread)."""
