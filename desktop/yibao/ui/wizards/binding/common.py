"""What the binding wizard's pages share: the page ids, the checklist sections of the steps
page, a read-only browser and the one-line description of a member."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QTextBrowser, QWidget

from yibao.domain.people import Member
from yibao.domain.regions import region_book
from yibao.ui.i18n import dtr


class PageId(enum.IntEnum):
    INTRO = 0
    GIVER = 1
    RELATIVES = 2
    VERDICTS = 3
    STEPS = 4
    FINISH = 5


#: Checklist sections shown on the steps page, in order; steps are numbered.
STEP_SECTIONS = (
    "binding_app",
    "binding_region",
    "binding_counter",
    "binding_materials",
    "binding_pledge",
    "binding_failures",
    "binding_after",
)
NUMBERED = {"binding_app", "binding_counter"}
PROBLEMS = {"binding_failures"}


def text_browser(parent: QWidget, name: str, accessible: str) -> QTextBrowser:
    browser = QTextBrowser(parent)
    browser.setObjectName(name)
    browser.setAccessibleName(accessible)
    browser.setOpenExternalLinks(False)
    return browser


def member_line(m: Member) -> str:
    place = region_book().full_name(m.region_code) if m.region_code else "—"
    return f"{m.name}（{dtr(m.relation.label)}）· {dtr(m.scheme.label)} · {place}"
