"""Small building blocks every page, dialog and wizard uses: labels, dates, escaped HTML."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLayout,
    QTableView,
    QWidget,
)


def label(text: str, parent: QWidget, role: str | None = None, name: str = "") -> QLabel:
    """A word-wrapped label; ``role`` picks its style (hint, warning, fieldError …)."""
    widget = QLabel(text, parent)
    widget.setWordWrap(True)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def clear_layout(layout: QLayout) -> None:
    """Empty ``layout`` before it is filled again, nested layouts included.

    Each widget leaves its parent at once (so ``findChild`` and the screen no longer see it)
    and is deleted when control returns to the event loop.
    """
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
            continue
        inner = item.layout()
        if inner is not None:
            clear_layout(inner)


def html_escape(text: object) -> str:
    """Text for rich-text widgets and the PDF export (quotes left alone)."""
    return html.escape(str(text), quote=False)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qd: QDate) -> date:
    return date(qd.year(), qd.month(), qd.day())


def date_edit(parent: QWidget, name: str, accessible: str) -> QDateEdit:
    """A calendar-popup date field showing ``yyyy-MM-dd``, set to today."""
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate.currentDate())
    return edit


def row_table(
    parent: QWidget,
    name: str,
    accessible: str,
    model: QAbstractItemModel,
    *,
    several: bool = False,
    fit_contents: bool = True,
    striped: bool = True,
) -> QTableView:
    """A read-only table that selects whole rows (one, or ``several``), without row numbers.

    Columns fit their contents, or with ``fit_contents=False`` the user resizes them; the last
    column takes the remaining width. Sorting is left to the caller.
    """
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if several
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(
        QHeaderView.ResizeMode.ResizeToContents
        if fit_contents
        else QHeaderView.ResizeMode.Interactive
    )
    header.setStretchLastSection(True)
    if fit_contents:
        stretch_last_when_room(table)
    table.setAlternatingRowColors(striped)
    return table


class _LastColumnFit(QObject):
    """Keeps a table's last column at least as wide as its title and cells (see below)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.pending = False
        table.viewport().installEventFilter(self)
        header = table.horizontalHeader()
        header.sectionResized.connect(self.later)
        header.sectionCountChanged.connect(self.later)
        model = table.model()
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
                signal.connect(self.later)
        self.later()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.later()
        return False

    def later(self) -> None:
        if not self.pending:
            self.pending = True
            QTimer.singleShot(0, self, self.fit)  # not after self is gone

    def fit(self) -> None:
        self.pending = False
        header = self.table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not shown:
            return
        last = max(shown, key=header.visualIndex)
        others = sum(header.sectionSize(c) for c in shown if c != last)
        needed = max(header.sectionSizeHint(last), self.table.sizeHintForColumn(last))
        room = others + needed <= self.table.viewport().width()
        if header.stretchLastSection() != room:
            header.setStretchLastSection(room)
            if not room:
                self.table.resizeColumnToContents(last)


def stretch_last_when_room(table: QTableView) -> None:
    """The last column takes the remaining width only while it still fits there whole.

    Qt's stretched last section shrinks to whatever is left, so with many columns (English
    titles, 大字 mode) its title and cells were cut off; then it keeps its own width and the
    table scrolls sideways instead. For tables whose columns fit their contents.
    """
    _LastColumnFit(table)


#: the point size the fixed column widths below were chosen at (normal mode)
_BASE_POINT_SIZE = 10


def scaled_width(widget: QWidget, width: int) -> int:
    """A width chosen at the normal text size, grown with ``widget``'s font (大字 mode)."""
    return round(
        width * max(widget.font().pointSizeF(), float(_BASE_POINT_SIZE)) / _BASE_POINT_SIZE
    )


def fit_columns(table: QTableView, widths: tuple[int, ...]) -> None:
    """Column widths chosen at the normal text size, grown with the font (大字 mode) and never
    narrower than the column's title."""
    header = table.horizontalHeader()
    model = table.model()
    scale = max(table.font().pointSizeF(), float(_BASE_POINT_SIZE)) / _BASE_POINT_SIZE
    title_font = QFont(header.font())
    title_font.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(title_font)
    for column, width in enumerate(widths):
        title = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else ""
        needed = metrics.horizontalAdvance(str(title or "")) + 24  # padding and sort arrow
        table.setColumnWidth(column, max(round(width * scale), needed))


def keep_rows_visible(table: QTableView, rows: int) -> None:
    """The table is never shorter than ``rows`` rows plus its header (at any text size)."""
    row = max(table.verticalHeader().defaultSectionSize(), table.fontMetrics().height() + 8)
    header = table.horizontalHeader().sizeHint().height()
    scrollbar = table.horizontalScrollBar().sizeHint().height()
    table.setMinimumHeight(row * rows + header + scrollbar + 2 * table.frameWidth())


def grow_to_fit(window: QWidget) -> None:
    """Make a shown top-level dialog tall enough for its wrapped lines (大字 mode): Qt sizes a
    dialog from its layout's minimum, which ignores how many lines wrapped text needs."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
