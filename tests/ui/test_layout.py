"""Nothing a person must read is cut off, in normal and 大字 mode, at 1024×700.

The same checker (:mod:`yibao.ui.layoutcheck`) runs in ``packaging/screenshots.py`` over every
page and wizard page at two sizes; here every page and each wizard's first page are checked at
the smallest supported size, and the checker itself is shown to catch what it looks for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, wait_idle
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.paths import AppPaths
from yibao.prefs import Preferences
from yibao.ui.layoutcheck import find_problems
from yibao.ui.main_window import MainWindow

PAGES = ("overview", "history", "family", "cases", "policy", "settings")
WIZARDS = ("binding", "proxy-payment", "offsite-filing", "refund")
HOUSEHOLD = [
    Member("李建国", Relation.PARENT, Gender.MALE, date(1958, 3, 1), Scheme.RESIDENT, "510700"),
    Member("王秀英", Relation.PARENT, Gender.FEMALE, date(1960, 8, 9), Scheme.RESIDENT, "510700"),
    Member("张小明", Relation.CHILD, Gender.MALE, date(2018, 5, 20), Scheme.RESIDENT, "510100"),
]


@pytest.mark.parametrize("mode", ["normal", "large"])
def test_pages_and_wizards_fit_at_1024x700(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    mode: str,
) -> None:
    from yibao.ui.i18n import apply_font

    tmp_paths.ensure()
    seed(tmp_paths, make_profile(name="李娜", region_code="510100"), HOUSEHOLD)
    prefs = Preferences(font_size=mode)
    window = open_window(prefs)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    apply_font(qapp, prefs.point_size)
    try:
        window.resize(1024, 700)
        problems: dict[str, list[str]] = {}
        for page in PAGES:
            window.show_page(page)
            wait_idle(qtbot, window)
            qtbot.wait(50)
            found = [str(p) for p in find_problems(window)]
            if found:
                problems[page] = found
        for name in WIZARDS:
            wizard = window.open_wizard(name)
            wait_idle(qtbot, window)
            wizard.resize(1024, 700)
            qtbot.wait(50)
            found = [str(p) for p in find_problems(wizard)]
            if found:
                problems[f"wizard {name}"] = found
            wizard.reject()
        assert not problems, problems
    finally:
        apply_font(qapp, Preferences().point_size)


def test_the_checker_finds_clipped_text_titles_and_sideways_scrolling(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    clipped = QLabel("一段很长很长很长很长很长的说明文字", holder)
    clipped.setFixedWidth(60)
    button = QPushButton("缴费年限与账户…", holder)
    button.setFixedWidth(50)
    table = QTableView(holder)
    model = QStandardItemModel(1, 1, holder)
    model.setHorizontalHeaderLabels(["划入个人账户"])
    table.setModel(model)
    table.horizontalHeader().setStretchLastSection(False)
    table.setColumnWidth(0, 30)
    area = QScrollArea(holder)
    inner = QWidget()
    inner.setMinimumWidth(2000)
    area.setWidget(inner)
    area.setFixedWidth(200)
    for widget in (clipped, button, table, area):
        layout.addWidget(widget)
    holder.resize(400, 500)
    holder.show()
    qtbot.waitExposed(holder)
    problems = " ".join(str(p) for p in find_problems(holder))
    assert "一段很长" in problems
    assert "缴费年限与账户" in problems
    assert "column title" in problems
    assert "scrolls sideways" in problems
