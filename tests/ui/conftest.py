"""pytest-qt fixtures: a real main window on a per-test data dir, with the real services."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, wait_idle
from yibao.paths import AppPaths
from yibao.prefs import Preferences
from yibao.ui.errors import ErrorReporter
from yibao.ui.main_window import MainWindow

#: ``YIBAO_TEST_FONT=large`` runs the UI tests in 大字 mode (with ``YIBAO_SHOTS=dir`` every
#: screen they take is rendered and checked for clipped text: ``dir/layout-problems.txt``)
FONT_SIZE = os.environ.get("YIBAO_TEST_FONT", "normal")


@pytest.fixture(scope="session", autouse=True)
def chinese_ui(qapp):  # type: ignore[no-untyped-def]
    """Tests see what users see: Qt's Chinese translation and a CJK font, as app.py sets up."""
    from yibao.ui.i18n import apply_font, install_translators, remove_translators

    install_translators(qapp, "zh_CN")
    apply_font(qapp, Preferences(font_size=FONT_SIZE).point_size)
    yield
    remove_translators(qapp)


@pytest.fixture
def reporter(tmp_paths: AppPaths) -> Iterator[ErrorReporter]:
    rep = ErrorReporter(tmp_paths.log_path, interactive=False)
    yield rep
    assert rep.errors == [], rep.errors


@pytest.fixture
def open_window(
    qtbot: QtBot, tmp_paths: AppPaths, reporter: ErrorReporter
) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def _open(prefs: Preferences | None = None, *, wait_ready: bool = True) -> MainWindow:
        tmp_paths.ensure()
        window = MainWindow(tmp_paths, prefs or Preferences(font_size=FONT_SIZE), reporter)
        qtbot.addWidget(window)
        window.show()
        window.start()
        if wait_ready:
            qtbot.waitUntil(lambda: window.ctx.is_ready, timeout=15000)
            wait_idle(qtbot, window)
        windows.append(window)
        return window

    yield _open
    for w in windows:
        wait_idle(qtbot, w)
        w.shutdown()


@pytest.fixture
def window(open_window: Callable[..., MainWindow], tmp_paths: AppPaths) -> MainWindow:
    """A returning user's window: profile saved, no first-run wizard."""
    tmp_paths.ensure()
    seed(tmp_paths, make_profile())
    return open_window()


@pytest.fixture(autouse=True)
def no_unanswered_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A yes/no question a test didn't answer fails at once instead of blocking on exec()."""
    from yibao.ui.dialogs import confirm as confirm_mod

    def unexpected(parent: object, title: str, text: str, **_buttons: str) -> bool:
        raise AssertionError(f"unanswered question: {title} {text}")

    monkeypatch.setattr(confirm_mod, "confirm", unexpected)
