"""The typed date field: keyboard first, a calendar that opens somewhere sensible."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from yibao.ui.widgets.date_field import DateField

_KEEP: list[QWidget] = []


def _field(qtbot: QtBot, **options: object) -> DateField:
    holder = QWidget()
    _KEEP[:] = [holder]  # the field's window stays alive for the test
    qtbot.addWidget(holder)
    field = DateField(holder, "day", "日期", **options)  # type: ignore[arg-type]
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    return field


def test_empty_field_takes_typed_digits_and_reports_changes(qtbot: QtBot) -> None:
    field = _field(qtbot)
    seen: list[object] = []
    field.valueChanged.connect(seen.append)
    field.setFocus()
    qtbot.keyClicks(field.edit, "1986-3-1")
    assert field.value() == date(1986, 3, 1)
    assert seen[-1] == date(1986, 3, 1)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.edit.text() == "1986-03-01"
    field.edit.clear()
    assert field.value() is None and field.problem() is None and field.is_empty()


def test_problem_is_shown_at_the_field_when_leaving_it_and_cleared_by_typing(
    qtbot: QtBot,
) -> None:
    field = _field(qtbot, maximum=date(2026, 12, 1))
    field.setFocus()
    qtbot.keyClicks(field.edit, "2027-01-01")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.error.isVisibleTo(field)
    assert field.error.text() == "日期不能晚于 2026-12-01"
    assert not field.check()
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    assert not field.error.isVisibleTo(field)


def test_calendar_opens_near_the_start_given_and_a_pick_fills_the_field(qtbot: QtBot) -> None:
    field = _field(qtbot, calendar_start=date(1986, 6, 1))
    field._prepare_calendar()
    assert field.calendar.selectedDate() == QDate(1986, 6, 1)
    field.calendar.clicked.emit(QDate(1986, 6, 15))
    assert field.value() == date(1986, 6, 15)
    assert field.edit.text() == "1986-06-15"
    # with a value, the calendar opens at it
    field._prepare_calendar()
    assert field.calendar.selectedDate() == QDate(1986, 6, 15)
