"""Small building blocks every page, dialog and wizard uses: labels, dates, escaped HTML."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget


def label(text: str, parent: QWidget, role: str | None = None, name: str = "") -> QLabel:
    """A word-wrapped label; ``role`` picks its style (hint, warning, fieldError …)."""
    widget = QLabel(text, parent)
    widget.setWordWrap(True)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


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
