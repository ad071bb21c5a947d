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


def _seed_case(paths: AppPaths) -> None:
    """A saved case, so the cases page shows its checklist with wrapped text."""
    from yibao.domain.cases import Case, CaseItem, CaseKind, Deadline
    from yibao.services import cases
    from yibao.services.database import open_database

    case = Case(
        kind=CaseKind.OFFSITE_FILING,
        title="李建国 异地长期居住备案（绵阳市→成都市）",
        member_id=1,
        result={"summary": "备案类型：异地长期居住", "summary_lines": ("有效期：长期",)},
        items=(
            CaseItem(
                "t.steps.app",
                "steps",
                "打开国家医保服务平台 APP，首页 → 异地备案 → 异地就医备案申请，按提示填写",
                why="线上办理，不用跑窗口；办好以后在外地看病可以直接刷医保结算",
            ),
            CaseItem("t.mat.id", "materials", "身份证或社会保障卡", why="核对身份"),
        ),
        deadlines=(Deadline("出发前办好备案", date.today()),),
    )
    opened = open_database(paths)
    try:
        cases.save_case(opened.db, case)
    finally:
        opened.db.close()


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
    _seed_case(tmp_paths)
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


@pytest.fixture
def english_ui(qapp):  # type: ignore[no-untyped-def]
    from yibao.ui.i18n import install_translators

    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh_CN")


@pytest.mark.parametrize("mode", ["normal", "large"])
def test_english_window_titles_and_the_pages_fit(
    qtbot: QtBot,
    english_ui: None,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    mode: str,
) -> None:
    """Issue 17: the app's name reads English (with its Chinese name), and the longer English
    wizard names on the cases page's start buttons and the settings page are not cut off."""
    from yibao.ui.i18n import apply_font

    tmp_paths.ensure()
    seed(tmp_paths, make_profile(name="李娜", region_code="510100"))
    prefs = Preferences(font_size=mode)
    window = open_window(prefs)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    apply_font(qapp, prefs.point_size)
    try:
        window.resize(1024, 700)
        assert window.windowTitle() == "Yibao Assistant (医保个人助手)"
        title = window.findChild(QLabel, "appTitle")
        assert title is not None and title.text() == "Yibao Assistant (医保个人助手)"
        # the navigation's English names are not cut to "Contribution r…"
        nav = window.nav
        for row in range(nav.count()):
            item = nav.item(row)
            needed = nav.fontMetrics().horizontalAdvance(item.text()) + 24  # qss padding
            assert nav.visualItemRect(item).width() >= needed, item.text()
        window.show_page("cases")
        wait_idle(qtbot, window)
        qtbot.wait(50)
        buttons = window.findChildren(QPushButton)
        starts = [b for b in buttons if b.objectName().startswith("start_")]
        assert len(starts) == 4
        assert [str(p) for p in find_problems(window)] == []
        # the settings' display row (language list, restart) and the history filters fit
        # beside the wider sidebar
        for page in ("settings", "history"):
            window.show_page(page)
            wait_idle(qtbot, window)
            qtbot.wait(50)
            assert [str(p) for p in find_problems(window)] == [], page
    finally:
        apply_font(qapp, Preferences().point_size)
