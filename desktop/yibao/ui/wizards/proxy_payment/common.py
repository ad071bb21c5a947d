"""What every page of the 代缴 wizard shares: the page ids and money fields."""

from __future__ import annotations

import enum
from decimal import Decimal

from PySide6.QtWidgets import QLineEdit, QWidget

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.money import AmountError, format_yuan
from yibao.ui.i18n import dtr

MANUAL_GIVER = -1
#: the choice for a subsidised group the book does not list (the groups come from the book);
#: stored as it is, shown translated
OTHER_SUBSIDY_GROUP = QT_TRANSLATE_NOOP("domain", "其他资助对象")


class PageId(enum.IntEnum):
    GIVER = 0
    PLAN = 1
    RELATIVES = 2
    RESULT = 3
    CHECKLIST = 4


def money_edit(parent: QWidget, name: str, accessible: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(20)
    return edit


def amount_error(exc: AmountError) -> str:
    return dtr(exc.template, exc.params)


def plain_amount(amount: Decimal) -> str:
    return format_yuan(amount, symbol=False).replace(",", "")
