"""What every page of the 代缴 wizard shares: the page ids, money fields, the basis tag
and a finding's text."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QLineEdit, QWidget

from yibao.domain.money import AmountError, format_yuan
from yibao.domain.policy import STALE_LABEL
from yibao.domain.proxy_payment import Basis, Note, Origin
from yibao.domain.resident_pricing import PriceKind
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


def basis_tag(basis: Basis, today: date | None = None) -> str:
    """``官方文件 · 山西省`` / ``本地修改 · 成都市`` / ``您填写的`` (translated), with
    ``全国最低标准`` for a national fallback and ``待核验`` when stale on *today*."""
    if basis.origin is Origin.USER:
        return dtr(Origin.USER.label)
    if basis.origin is Origin.OVERRIDE:
        parts = [dtr(Origin.OVERRIDE.label)]
        if basis.region_name:
            parts.append(basis.region_name)
        return " · ".join(parts)
    parts = [dtr(basis.confidence.label)] if basis.confidence else []
    if basis.region_name:
        parts.append(basis.region_name)
    if basis.national_fallback:
        parts.append(dtr(PriceKind.NATIONAL_MINIMUM.label))
    if today is not None and basis.stale(today) is not None:
        parts.append(dtr(STALE_LABEL))
    return " · ".join(parts)


def note_text(note: Note) -> str:
    return dtr(note.template, note.params)
