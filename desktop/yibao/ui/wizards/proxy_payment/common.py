"""What every page of the 代缴 wizard shares: the page ids, money fields, and a 代缴 note as
the kernel's Finding (``ui/widgets/findings.py`` renders findings and their basis)."""

from __future__ import annotations

import enum
from decimal import Decimal

from PySide6.QtWidgets import QLineEdit, QWidget

from yibao.domain.kernel import Finding
from yibao.domain.kernel import Level as KernelLevel
from yibao.domain.money import AmountError, format_yuan
from yibao.domain.proxy_payment import Note
from yibao.ui.i18n import dtr

MANUAL_GIVER = -1
#: the choice for a subsidised group the book does not list (the groups come from the book)
OTHER_SUBSIDY_GROUP = "其他资助对象"
#: groups the share is set to 0 % for when chosen (the user may change it)
FULLY_SUBSIDISED = ("特困人员", "孤儿")


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


#: 代缴's note levels as the kernel's (the same once domain.proxy_payment is on the kernel)
_LEVELS: dict[str, KernelLevel] = {
    "info": KernelLevel.INFO,
    "warning": KernelLevel.WARNING,
    "problem": KernelLevel.BLOCKED,
    "blocked": KernelLevel.BLOCKED,
}


def as_finding(note: Note) -> Finding:
    """A 代缴 note as the kernel's :class:`Finding`, for ``ui/widgets/findings.py``."""
    if isinstance(note, Finding):
        return note
    level = _LEVELS.get(str(note.level), KernelLevel.INFO)
    return Finding(note.code, note.template, dict(note.params), level, tuple(note.basis))
