"""Small building blocks every page, dialog and wizard uses: labels, dates, escaped HTML."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, Qt
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
    table.setAlternatingRowColors(striped)
    return table


#: the point size the fixed column widths below were chosen at (normal mode)
_BASE_POINT_SIZE = 10


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
