"""The three kinds of error: the environment's explained, ours in a crash dialog with the log."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed
from yibao.paths import AppPaths
from yibao.ui.errors import ErrorReporter
from yibao.ui.main_window import MainWindow


def test_database_from_newer_version_refused_not_opened(
    qtbot: QtBot,
    tmp_paths: AppPaths,
    open_window: Callable[..., MainWindow],
    reporter: ErrorReporter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tmp_paths.ensure()
    seed(tmp_paths, make_profile())
    conn = sqlite3.connect(tmp_paths.db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = tmp_paths.db_path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text))
    )
    reporter.interactive = True
    window = open_window(wait_ready=False)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    reporter.interactive = False
    assert "更新版本" in shown[0]
    assert not window.ctx.is_ready
    qtbot.waitUntil(lambda: not window.isVisible())
    assert tmp_paths.db_path.read_bytes() == before  # untouched


def test_our_bug_shows_crash_dialog_with_log_path(
    qtbot: QtBot, tmp_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    reporter = ErrorReporter(tmp_paths.log_path, interactive=True)
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: texts.append(self.text()) or 0)
    reporter.report(RuntimeError("boom"))
    assert texts and str(tmp_paths.log_path) in texts[0]
    assert "boom" not in texts[0]  # no traceback or internals in the user's face
    assert reporter.errors  # recorded for the smoke test


def test_op_failure_without_handler_reaches_reporter(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[BaseException] = []
    window.ctx.ops._report_error = seen.append  # type: ignore[method-assign]

    def fail() -> None:
        raise ValueError("op failed")

    window.ctx.ops.run(fail)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], ValueError)


def test_answer_for_a_closed_widget_is_dropped(qtbot: QtBot, window: MainWindow) -> None:
    """A wizard closed while its data loads must not crash when the answer arrives."""
    import threading

    import shiboken6
    from PySide6.QtWidgets import QComboBox

    release = threading.Event()

    class Holder(QComboBox):
        def loaded(self, value: str) -> None:
            self.addItem(value)  # would raise "already deleted" if called

    holder = Holder()

    def slow() -> str:
        release.wait(5)
        return "x"

    window.ctx.ops.run(slow, holder.loaded)
    holder.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(holder))
    release.set()
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0)


def test_notify_runs_even_when_the_asking_widget_is_gone(qtbot: QtBot, window: MainWindow) -> None:
    """A wizard cancelled while it saves: the save happened, so the pages must still hear of it."""
    import threading

    import shiboken6
    from PySide6.QtWidgets import QComboBox

    release = threading.Event()
    answered: list[str] = []
    announced: list[str] = []

    class Holder(QComboBox):
        def saved(self, value: str) -> None:
            answered.append(value)

    holder = Holder()

    def slow() -> str:
        release.wait(5)
        return "case"

    window.ctx.ops.run(slow, holder.saved, notify=announced.append)
    holder.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(holder))
    release.set()
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0)
    assert answered == []
    assert announced == ["case"]


def test_notify_runs_after_the_answer_and_not_on_failure(qtbot: QtBot, window: MainWindow) -> None:
    order: list[str] = []
    window.ctx.ops.run(
        lambda: 1, lambda _v: order.append("answer"), notify=lambda _v: order.append("notify")
    )

    def fail() -> int:
        raise ValueError("no")

    window.ctx.ops.run(
        fail,
        on_failure=lambda _e: order.append("failure"),
        notify=lambda _v: order.append("notify"),
    )
    qtbot.waitUntil(lambda: window.ctx.ops.pending == 0)
    assert order == ["answer", "notify", "failure"]
