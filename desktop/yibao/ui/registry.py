"""What the main window shows: its pages, the task wizards, and overview sections.

Features register here (one line each) instead of editing the main window. Pages are built
with the window (cheap Qt widgets); wizard modules are imported only when a wizard opens.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget, QWizard

    from yibao.ui.context import AppContext
    from yibao.ui.pages.base import Page

_t = QCoreApplication.translate


def page_classes() -> list[type[Page]]:
    """Pages in navigation order (names: overview, history, family, cases, policy, settings)."""
    from yibao.ui.pages.family import FamilyPage
    from yibao.ui.pages.overview import OverviewPage
    from yibao.ui.pages.policy import PolicyPage
    from yibao.ui.pages.settings import SettingsPage

    return [OverviewPage, FamilyPage, PolicyPage, SettingsPage]


@dataclass(frozen=True)
class WizardEntry:
    """A task wizard: ``factory`` is ``"module:Class"``, built as ``Class(ctx, parent)``."""

    name: str  # smoke-test name: binding, proxy-payment, offsite-filing, refund
    factory: str
    title: Callable[[], str]
    description: Callable[[], str]

    def create(self, ctx: AppContext, parent: QWidget) -> QWizard:
        module_name, _, class_name = self.factory.partition(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        wizard: QWizard = cls(ctx, parent)
        return wizard


#: Task wizards in the order the overview offers them.
WIZARDS: list[WizardEntry] = []


def wizard(name: str) -> WizardEntry:
    for entry in WIZARDS:
        if entry.name == name:
            return entry
    raise KeyError(name)
