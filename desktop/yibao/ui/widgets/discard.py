"""Nothing typed is thrown away without asking: edit tracking for dialogs and wizards.

:class:`EditTracker` notices when the person changes an input inside a window (typing, choosing
in a list, ticking a box, picking a day), from signals that only user actions emit, so values
the window fills in itself don't count. :func:`may_discard` asks before such input is lost.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from yibao.ui.dialogs import confirm as confirm_mod

_WATCHED = "_yibaoEditWatched"


class EditTracker(QObject):
    """Whether the user changed anything inside ``window`` since it opened (or :meth:`reset`)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.dirty = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.scan()

    def reset(self) -> None:
        self.dirty = False

    def mark(self, *_args: object) -> None:
        self.dirty = True

    def scan(self) -> None:
        """Watch every input inside the window that isn't watched yet (pages build rows late)."""
        for widget in self._window.findChildren(QWidget):
            self._watch(widget)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not shiboken6.isValid(self._window) or not shiboken6.isValid(new):
            return
        if self._window.isAncestorOf(new):
            self._watch(new)

    def _watch(self, widget: QWidget) -> None:
        if widget.property(_WATCHED):
            return
        if isinstance(widget, QLineEdit):
            # spin boxes and date fields type into a line edit too
            widget.textEdited.connect(self.mark)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(self.mark)
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            widget.clicked.connect(self.mark)
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
            # typing reaches the document through key presses; programmatic text doesn't
            widget.installEventFilter(self)
        elif isinstance(widget, QCalendarWidget):
            widget.clicked.connect(self.mark)
        elif isinstance(widget, QListWidget):
            # ticking a relative in a checkable list
            widget.itemClicked.connect(self.mark)
            widget.itemActivated.connect(self.mark)
        elif isinstance(widget, QAbstractSpinBox):
            widget.installEventFilter(self)
        else:
            return
        widget.setProperty(_WATCHED, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.Wheel):
            self.mark()
        return False


def may_discard(parent: QWidget, tracker: EditTracker | None) -> bool:
    """``True`` when closing may go ahead: nothing was entered, or the person agreed."""
    if tracker is None or not tracker.dirty:
        return True
    return confirm_mod.confirm(
        parent,
        QCoreApplication.translate("Discard", "放弃填写的内容？"),
        QCoreApplication.translate("Discard", "您填写的内容还没有保存，关闭后就没有了。"),
        yes=QCoreApplication.translate("Discard", "放弃并关闭"),
        no=QCoreApplication.translate("Discard", "继续填写"),
    )


class GuardedDialog(QDialog):
    """A data-entry dialog: Escape, 取消 or the close button ask before typed input is lost.

    Subclasses call :meth:`watch_edits` once their fields exist.
    """

    edits: EditTracker | None = None

    def watch_edits(self) -> None:
        self.edits = EditTracker(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        from PySide6.QtCore import QTimer

        from yibao.ui.widgets.basics import grow_to_fit

        grow_to_fit(self)
        QTimer.singleShot(0, self._grow_later)

    def _grow_later(self) -> None:
        from yibao.ui.widgets.basics import grow_to_fit

        if shiboken6.isValid(self) and self.isVisible():
            grow_to_fit(self)

    def reject(self) -> None:
        if may_discard(self, self.edits):
            super().reject()
