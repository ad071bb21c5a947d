"""Inline field errors: a red line under the field, the field outlined, focus on the first."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from yibao.ui.i18n import dtr


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    targets = [widget, *widget.findChildren(QWidget)]
    for target in targets:
        target.setProperty("invalid", invalid)
        _repolish(target)


class FieldErrors:
    """Holds an error label per field name and shows (field, message) pairs at their field."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> QLabel:
        """Add ``widget`` with an error line beneath it to ``form``; returns the error label."""
        holder = QWidget(widget.parentWidget())
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel(holder)
        error.setObjectName(f"{field}_error")
        error.setProperty("role", "fieldError")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        form.addRow(label, holder)
        if not widget.accessibleName():
            widget.setAccessibleName(label.rstrip("：:* "))
        self._labels[field] = error
        self._widgets[field] = widget
        return error

    def clear_field(self, field: str) -> None:
        """The user changed the field: its old message no longer applies."""
        label = self._labels.get(field)
        if label is not None and label.text():
            label.clear()
            label.hide()
            mark_invalid(self._widgets[field], False)

    def clear(self) -> None:
        for field, label in self._labels.items():
            label.clear()
            label.hide()
            mark_invalid(self._widgets[field], False)

    def show(self, errors: Iterable[tuple[str, str]]) -> list[str]:
        """Show translated messages; returns messages whose field has no row here."""
        self.clear()
        orphans: list[str] = []
        first: QWidget | None = None
        for field, message in errors:
            text = dtr(message)
            label = self._labels.get(field)
            if label is None:
                orphans.append(text)
                continue
            existing = label.text()
            label.setText(f"{existing}\n{text}" if existing else text)
            label.show()
            mark_invalid(self._widgets[field], True)
            if first is None:
                first = self._widgets[field]
        if first is not None:
            first.setFocus()
        return orphans

    def text(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None else ""
