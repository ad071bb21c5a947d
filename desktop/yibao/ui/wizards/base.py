"""What every wizard does the same way with the keyboard and when it is cancelled.

- Enter means 下一步 (完成 on the last page), never 取消: the cancel and back buttons are not
  default buttons, and each page starts with the focus on its first field.
- Escape, 取消 or the window's close button ask before throwing away what was entered.
- A subtitle longer than two lines (大字 mode, English) is shown whole: Qt's header keeps room
  for two lines only and cuts the rest off.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
    QWizard,
)

from yibao.ui.widgets.discard import EditTracker, may_discard

#: how many widgets of the focus chain to walk looking for a page's first field
_CHAIN_LIMIT = 500


def first_field(page: QWidget) -> QWidget | None:
    """The first input of ``page`` in focus order that the person can use now."""
    widget = page.nextInFocusChain()
    for _ in range(_CHAIN_LIMIT):
        if widget is None or widget is page:
            return None
        usable = widget.isVisibleTo(page) and widget.isEnabled()
        if usable and page.isAncestorOf(widget) and _is_input(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _is_input(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    return isinstance(widget, QComboBox | QAbstractSpinBox)


class _SubtitleFit(QObject):
    """Gives the wizard header's subtitle the lines it needs at the header's width.

    ``QWizardHeader`` (Qt's private header of the modern style, seen here only as a
    ``QWidget``) sets the subtitle's minimum to
    two lines and the header's maximum to match on every page change; a longer subtitle is cut
    off. After each of Qt's layouts and each resize, this raises the minimum to what the text
    needs (never below Qt's two lines) and lets the header grow with it.
    """

    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.header: QWidget | None = None
        self.subtitle: QLabel | None = None
        self.floor = 0  # Qt's own minimum height (two lines)
        self.given = -1  # the minimum height set here last
        self.pending = False
        self.probe = QLabel()
        self.probe.setWordWrap(True)

    def hook(self) -> None:
        if self.header is not None:
            return
        pages = [self.wizard.page(i) for i in self.wizard.pageIds()]
        for label in self.wizard.findChildren(QLabel):
            # the header's subtitle: the one word-wrapped label that is on no page
            header = label.parentWidget()
            if not label.wordWrap() or header is None or header is self.wizard:
                continue
            if any(page.isAncestorOf(label) for page in pages):
                continue
            self.header, self.subtitle = header, label
            header.installEventFilter(self)
            self.later()
            return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.later()
        return False

    def later(self) -> None:
        if not self.pending:
            self.pending = True
            QTimer.singleShot(0, self, self.fit)  # not after self is gone

    def fit(self) -> None:
        self.pending = False
        header, subtitle = self.header, self.subtitle
        if header is None or subtitle is None or not shiboken6.isValid(subtitle):
            return
        current = subtitle.minimumHeight()
        if current != self.given:
            self.floor = current  # Qt's setup ran again (a new page or subtitle)
        width = subtitle.width()
        needed = 0
        if subtitle.text() and width > 0:
            # a QLabel's heightForWidth is never below its minimum: ask a twin instead
            self.probe.setFont(subtitle.font())
            self.probe.setTextFormat(subtitle.textFormat())
            self.probe.setContentsMargins(subtitle.contentsMargins())
            self.probe.setText(subtitle.text())
            needed = self.probe.heightForWidth(width)
        wanted = max(self.floor, needed)
        self.given = wanted
        if wanted == current:
            return
        subtitle.setMinimumHeight(wanted)
        layout = header.layout()
        if layout is not None:
            layout.invalidate()
            height = layout.totalMinimumSize().height()
            header.setMinimumHeight(height)
            header.setMaximumHeight(height)


class GuardedWizard(QWizard):
    """A ``QWizard`` with the project's keyboard and discard behaviour (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for which in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton):
            button = self.button(which)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.edits = EditTracker(self)
        self._sized = False
        self._subtitle_fit = _SubtitleFit(self)
        self.currentIdChanged.connect(self._page_shown)

    def _page_shown(self, _page_id: int) -> None:
        self.edits.scan()
        self._subtitle_fit.hook()  # Qt makes the header with the first page that needs it
        page = self.currentPage()
        if page is None:
            return
        if page.property("_yibaoFocusHooked") is None:
            # a page that loads its data late becomes complete later: focus 下一步 then
            page.completeChanged.connect(self._focus_later)
            page.setProperty("_yibaoFocusHooked", True)
        self._focus_later()

    def _focus_later(self) -> None:
        # after QWizard has finished switching pages (it moves the focus itself)
        QTimer.singleShot(0, self._focus_first)

    def _focus_first(self) -> None:
        if not shiboken6.isValid(self) or not self.isVisible():
            return
        page = self.currentPage()
        if page is None:
            return
        focused = QApplication.focusWidget()
        if focused is not None and page.isAncestorOf(focused):
            return  # the person is already in a field of this page
        target = first_field(page)
        if target is None:
            for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.NextButton):
                button = self.button(which)
                if button.isVisible() and button.isEnabled():
                    target = button
                    break
        if target is not None:
            target.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._fit_screen()
        self._subtitle_fit.hook()
        self._focus_later()

    def _fit_screen(self) -> None:
        """Grow with the text size (大字 mode), but stay within the screen."""
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        scale = max(self.font().pointSizeF(), 10.0) / 10.0
        width = min(area.width() - 40, max(self.width(), round(self.minimumWidth() * scale)))
        height = min(area.height() - 40, max(self.height(), round(self.minimumHeight() * scale)))
        # only the size: a new minimum on a shown window would be a size hint for the window
        # system (and the offscreen plugin warns about it)
        self.resize(width, height)

    def reject(self) -> None:
        if not may_discard(self, self.edits):
            return
        super().reject()
