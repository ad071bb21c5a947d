"""What the refund wizard's pages share: the page ids and small form helpers."""

from __future__ import annotations

import enum
from datetime import date

from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from yibao.ui.widgets.date_field import DateField

OTHER_PERSON = -1


class PageId(enum.IntEnum):
    SCENARIO = 0
    PERSON = 1
    DETAILS = 2
    RESULT = 3
    CHECKLIST = 4


def date_edit(parent: QWidget, name: str, empty_text: str) -> DateField:
    today = date.today()
    return DateField(
        parent,
        name,
        empty_text,
        maximum=today.replace(year=today.year + 2, day=min(today.day, 28)),
        inline_errors=False,
    )


def row_holder(error_label: QLabel) -> QWidget:
    """The form row widget that :meth:`FieldErrors.add_row` put the field and its error in."""
    holder = error_label.parentWidget()
    assert holder is not None
    return holder
