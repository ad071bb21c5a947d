"""A date field a person can type into, with a calendar button beside it.

``QDateEdit`` with a "not filled" special value can't be typed into when empty (typing appends
to the placeholder, Ctrl+A selects nothing, the calendar opens at 1900). This field is a line
edit: it reads ``1986-03-01``, ``19860301``, ``1986/3/1`` or ``1986年3月1日`` through
:func:`yibao.domain.datetext.parse_day`, shows what it read as ``yyyy-MM-dd`` when the user
leaves it, says at the field what is wrong otherwise, and may stay empty.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from yibao.domain.datetext import DayTextError, parse_day
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import from_qdate, to_qdate
from yibao.ui.widgets.forms import mark_invalid

_EARLIEST = date(1900, 1, 1)


class DateField(QWidget):
    """An optional date: :meth:`value` is a ``date`` or ``None``; :meth:`problem` says why not.

    ``objectName`` is the field name (the line edit inside is ``<name>_text``, the calendar
    button ``<name>_calendar``). ``calendar_start`` is where the calendar opens while the field
    is empty (today by default; e.g. forty years ago for a birth date). With
    ``inline_errors=False`` the field shows no message line of its own: a form that has an
    error row for it (:class:`~yibao.ui.widgets.forms.FieldErrors`) shows :meth:`problem` there.
    """

    #: the day changed (a ``date``, or ``None`` when emptied or unreadable)
    valueChanged = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        name: str,
        accessible: str,
        *,
        placeholder: str = "",
        minimum: date | None = None,
        maximum: date | None = None,
        calendar_start: date | None = None,
        inline_errors: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._minimum = minimum or _EARLIEST
        self._maximum = maximum
        self._calendar_start = calendar_start
        self._last: date | None = None
        self._inline = inline_errors

        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"{name}_text")
        self.edit.setAccessibleName(accessible)
        self.edit.setMaxLength(40)
        self.edit.setPlaceholderText(placeholder or self.tr("例如 1986-03-01"))
        self.edit.setClearButtonEnabled(True)
        self.setFocusProxy(self.edit)

        self.button = QToolButton(self)
        self.button.setObjectName(f"{name}_calendar")
        self.button.setText(self.tr("日历"))
        self.button.setAccessibleName(self.tr("{field}：从日历中选择").format(field=accessible))
        self.button.setToolTip(self.tr("从日历中选择日期"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName(f"{name}_popup")
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._menu = menu
        self.button.setMenu(menu)

        self.error = QLabel(self)
        self.error.setObjectName(f"{name}_problem")
        self.error.setProperty("role", "fieldError")
        self.error.setWordWrap(True)
        self.error.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.error)

        self.edit.textEdited.connect(self._edited)
        self.edit.returnPressed.connect(self._finished)
        self.edit.installEventFilter(self)

    # ------------------------------------------------------------ value

    def value(self) -> date | None:
        """The day typed or picked; ``None`` when empty or not (yet) a valid day."""
        try:
            return self._read()
        except DayTextError:
            return None

    def setValue(self, day: date | None) -> None:
        """Show ``day`` (``None`` empties the field)."""
        self.edit.setText(day.isoformat() if day is not None else "")
        self._show_problem(None)
        self._emit_if_changed()

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def problem(self) -> str | None:
        """A Chinese message when the text is not an acceptable day, else ``None``."""
        try:
            self._read()
        except DayTextError as exc:
            return dtr(exc.message, exc.params)
        return None

    def check(self) -> bool:
        """Show the problem at the field (and focus it) if there is one; ``True`` when fine."""
        message = self.problem()
        self._show_problem(message)
        if message is not None:
            self.edit.setFocus()
        return message is None

    # ------------------------------------------------------------ internals

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # leaving the field (Tab, a click elsewhere, the calendar button) tidies what was typed
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self._finished()
        return super().eventFilter(watched, event)

    def _read(self) -> date | None:
        return parse_day(self.edit.text(), minimum=self._minimum, maximum=self._maximum)

    def _edited(self, _text: str) -> None:
        if self.error.isVisible():
            self._show_problem(None)
        self._emit_if_changed()

    def _finished(self) -> None:
        message = self.problem()
        if message is None:
            day = self.value()
            if day is not None and self.edit.text() != day.isoformat():
                self.edit.setText(day.isoformat())
        self._show_problem(message)
        self._emit_if_changed()

    def _emit_if_changed(self) -> None:
        day = self.value()
        if day != self._last:
            self._last = day
            self.valueChanged.emit(day)

    def _show_problem(self, message: str | None) -> None:
        if not self._inline:
            return
        self.error.setText(message or "")
        self.error.setVisible(message is not None)
        mark_invalid(self.edit, message is not None)

    def _prepare_calendar(self) -> None:
        self.calendar.setMinimumDate(to_qdate(self._minimum))
        if self._maximum is not None:
            self.calendar.setMaximumDate(to_qdate(self._maximum))
        start = self.value() or self._calendar_start or date.today()
        if self._maximum is not None:
            start = min(start, self._maximum)
        self.calendar.setSelectedDate(to_qdate(max(start, self._minimum)))

    def _picked(self, qd: QDate) -> None:
        self.setValue(from_qdate(qd))
        self._menu.hide()
        self.edit.setFocus()
