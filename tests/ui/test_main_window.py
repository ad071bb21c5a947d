"""The window frame: navigation, pages built on first show, keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import wait_idle
from yibao.ui import registry
from yibao.ui.main_window import MainWindow


def test_navigation_rows_follow_the_registry(window: MainWindow) -> None:
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == [entry.title() for entry in registry.PAGES]
    assert titles[:3] == ["概览", "缴费记录", "家庭成员"]
    assert window.page_names() == [entry.name for entry in registry.PAGES]


def test_pages_are_built_on_first_show(qtbot: QtBot, window: MainWindow) -> None:
    assert "policy" not in window.pages
    placeholder = window._placeholders["policy"]
    placeholder.ensurePolished()
    # the style sheet centres the "正在打开…" line (no Qt enum touched before the first paint)
    assert placeholder.alignment() == Qt.AlignmentFlag.AlignCenter
    window.nav.setCurrentRow(window.page_names().index("policy"))
    wait_idle(qtbot, window)
    assert window.current_page() is window.pages["policy"]
    assert window.current_page().page_name == "policy"
    assert "policy" not in window._placeholders


def test_show_page_selects_the_row(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("settings")
    wait_idle(qtbot, window)
    assert window.nav.currentRow() == window.page_names().index("settings")
    assert window.current_page().page_name == "settings"


def test_ctrl_digit_switches_pages(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: len(window.findChildren(QShortcut)) >= 6)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert window.current_page().page_name == "family"
