"""What the main window shows: its pages and the task wizards.

Features register here (one line each) instead of editing the main window. A page's module is
imported when the page is first shown, a wizard's when the wizard opens.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, cast

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget, QWizard

    from yibao.ui.context import AppContext
    from yibao.ui.pages.base import Page

_t = QCoreApplication.translate


def _construct(factory: str, ctx: AppContext, parent: QWidget) -> object:
    """Import ``"module:Class"`` and build ``Class(ctx, parent)``."""
    module_name, _, class_name = factory.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls(ctx, parent)


class PageEntry(NamedTuple):  # not a dataclass: built before the first paint (see paths.py)
    """A main-window page: ``factory`` is ``"module:Class"``, built as ``Class(ctx, parent)``.

    Only the first page is built before the first paint; the others (and their imports) when
    first shown.
    """

    name: str  # smoke-test name: overview, history, family, cases, policy, settings
    factory: str
    title: Callable[[], str]

    def create(self, ctx: AppContext, parent: QWidget) -> Page:
        return cast("Page", _construct(self.factory, ctx, parent))


#: Pages in navigation order.
PAGES: list[PageEntry] = [
    PageEntry(
        "overview",
        "yibao.ui.pages.overview:OverviewPage",
        lambda: _t("Navigation", "概览"),
    ),
    PageEntry(
        "history",
        "yibao.ui.pages.history:HistoryPage",
        lambda: _t("Navigation", "缴费记录"),
    ),
    PageEntry(
        "family",
        "yibao.ui.pages.family:FamilyPage",
        lambda: _t("Navigation", "家庭成员"),
    ),
    PageEntry(
        "cases",
        "yibao.ui.pages.cases:CasesPage",
        lambda: _t("Navigation", "我的事项"),
    ),
    PageEntry(
        "policy",
        "yibao.ui.pages.policy:PolicyPage",
        lambda: _t("Navigation", "政策参数"),
    ),
    PageEntry(
        "settings",
        "yibao.ui.pages.settings:SettingsPage",
        lambda: _t("Navigation", "设置"),
    ),
]


class WizardEntry(NamedTuple):
    """A task wizard: ``factory`` is ``"module:Class"``, built as ``Class(ctx, parent)``."""

    name: str  # smoke-test name: binding, proxy-payment, offsite-filing, refund
    factory: str
    title: Callable[[], str]
    description: Callable[[], str]

    def create(self, ctx: AppContext, parent: QWidget) -> QWizard:
        return cast("QWizard", _construct(self.factory, ctx, parent))


#: Task wizards in the order the overview offers them.
WIZARDS: list[WizardEntry] = [
    WizardEntry(
        "binding",
        "yibao.ui.wizards.binding:BindingWizard",
        lambda: _t("Wizards", "家庭共济绑定"),
        lambda: _t(
            "Wizards",
            "看看配偶、父母、子女等家人能不能用您职工医保个人账户里的钱，每条原因都有依据；"
            "再告诉您在APP或窗口怎么办、带什么材料。",
        ),
    ),
    WizardEntry(
        "proxy-payment",
        "yibao.ui.wizards.proxy_payment:ProxyPaymentWizard",
        lambda: _t("Wizards", "代缴居民医保模拟"),
        lambda: _t(
            "Wizards",
            "用个人账户给父母、孩子缴居民医保之前先算一遍：余额够给谁缴、按什么顺序、"
            "赶不赶得上截止日、还要准备多少现金；存为事项逐项打勾。",
        ),
    ),
    WizardEntry(
        "offsite-filing",
        "yibao.ui.wizards.offsite_filing:OffsiteFilingWizard",
        lambda: _t("Wizards", "异地就医备案"),
        lambda: _t(
            "Wizards",
            "去外地养老、常驻外地工作、转诊或在外地急诊：该办哪种备案、带什么材料、"
            "报销比例会不会降；自己垫付了的，回来怎么手工报销、哪天截止。",
        ),
    ),
    WizardEntry(
        "refund",
        "yibao.ui.wizards.refund:RefundWizard",
        lambda: _t("Wizards", "个人账户返还与退费"),
        lambda: _t(
            "Wizards",
            "继承去世家人的个人账户余额、出国定居或离开参保地一次性支取、重复参保退费、"
            "代缴撤销：先看能不能办、何时办，再给出要带的材料清单。",
        ),
    ),
]


def wizard(name: str) -> WizardEntry:
    for entry in WIZARDS:
        if entry.name == name:
            return entry
    raise KeyError(name)
