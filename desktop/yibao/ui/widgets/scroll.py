"""Scroll areas whose content has wrapped text: never squeezed below the height it needs.

``QScrollArea`` with a resizable widget gives the content the viewport's height when the
layout's minimum (which ignores wrapped lines) allows it, so rows of wrapped text end up drawn
on top of each other. :class:`TallEnough` keeps the content's minimum height at what its layout
needs for the viewport's current width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QScrollArea, QWidget


def scrolled(inner: QWidget, parent: QWidget) -> QScrollArea:
    """*inner* in a frameless scroll area that resizes it to the viewport."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    return area


class TallEnough(QObject):
    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        area.viewport().installEventFilter(self)

    def update(self) -> None:
        """Call after the content was rebuilt (and it is done on every viewport resize)."""
        widget = self._area.widget()
        layout = widget.layout() if widget is not None else None
        if widget is None or layout is None:
            return
        width = self._area.viewport().width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        widget.setMinimumHeight(max(needed, layout.minimumSize().height()))

    def update_later(self) -> None:
        QTimer.singleShot(0, self.update)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False
