"""The window frame: navigation, pages built on first show, keyboard shortcuts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, wait_idle
from yibao.paths import AppPaths
from yibao.ui import registry
from yibao.ui.main_window import MainWindow

if TYPE_CHECKING:
    from yibao.domain.people import Member
    from yibao.services.database import Database


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


def test_start_up_loads_the_profile_and_the_first_page_once(
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
    tmp_paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from yibao.services import household
    from yibao.ui.pages.overview import OverviewPage

    tmp_paths.ensure()
    seed(tmp_paths, make_profile())
    calls: Counter[str] = Counter()
    get_profile = household.get_profile
    refresh = OverviewPage.refresh

    def counted_get_profile(db: Database) -> Member | None:
        calls["get_profile"] += 1
        return get_profile(db)

    def counted_refresh(self: OverviewPage) -> None:
        calls["overview"] += 1
        refresh(self)

    monkeypatch.setattr(household, "get_profile", counted_get_profile)
    monkeypatch.setattr(OverviewPage, "refresh", counted_refresh)
    window = open_window()
    qtbot.waitUntil(lambda: "overview" in window.pages)
    wait_idle(qtbot, window)
    assert window.ctx.profile is not None
    assert window.profile_label.text().startswith(window.ctx.profile.name)
    assert calls == {"get_profile": 1, "overview": 1}


def test_window_size_and_place_are_remembered(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    import json

    from yibao.prefs import load_preferences

    tmp_paths.ensure()
    seed(tmp_paths, make_profile())
    window = open_window()
    window.setGeometry(40, 50, 980, 720)
    window.close()
    saved = json.loads(tmp_paths.prefs_path.read_text(encoding="utf-8"))
    assert saved["window"] == [40, 50, 980, 720] and saved["window_maximized"] is False
    again = open_window(load_preferences(tmp_paths.prefs_path))
    g = again.geometry()
    assert (g.x(), g.y(), g.width(), g.height()) == (40, 50, 980, 720)


@pytest.mark.parametrize(
    "stored",
    [[99999, 50, 980, 720], [40, 50, 10, 720], "big", [40, 50, 980], [40, 50, True, 720]],
)
def test_a_strange_remembered_window_is_ignored(tmp_paths: AppPaths, stored: object) -> None:
    import json

    from yibao.prefs import load_preferences

    tmp_paths.ensure()
    tmp_paths.prefs_path.write_text(json.dumps({"window": stored}), encoding="utf-8")
    assert load_preferences(tmp_paths.prefs_path).window is None


def test_a_window_off_every_screen_comes_back_at_its_size(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    from yibao.prefs import Preferences

    tmp_paths.ensure()
    seed(tmp_paths, make_profile())
    window = open_window(Preferences(window=(15000, 15000, 990, 700)))
    g = window.geometry()
    assert g.x() < 15000 and (g.width(), g.height()) == (990, 700)
