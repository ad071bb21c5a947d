"""Start-up recovery: a zero-byte data file is explained (restore or start again), never
taken for a new install."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, shot, wait_idle
from yibao.paths import AppPaths
from yibao.ui.dialogs.recovery import Choice, RecoveryDialog
from yibao.ui.errors import ErrorReporter
from yibao.ui.main_window import MainWindow


def _empty_the_file(paths: AppPaths) -> None:
    paths.db_path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        paths.db_path.with_name(paths.db_path.name + suffix).unlink(missing_ok=True)


def test_zero_byte_database_offers_the_backup_not_the_wizard(
    qtbot: QtBot,
    tmp_paths: AppPaths,
    open_window: Callable[..., MainWindow],
    reporter: ErrorReporter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tmp_paths.ensure()
    seed(tmp_paths, make_profile(name="备份里的人"))
    from yibao.services import backups
    from yibao.services.database import open_database

    opened = open_database(tmp_paths)
    backups.backup_now(opened.db)
    opened.db.close()
    _empty_the_file(tmp_paths)

    asked: list[tuple[str, bool]] = []

    def ask(parent, paths, message, *, start_over=False):  # type: ignore[no-untyped-def]
        asked.append((message, start_over))
        return backups.list_backups(paths)[0].path

    monkeypatch.setattr(RecoveryDialog, "ask", staticmethod(ask))
    reporter.interactive = True
    window = open_window(wait_ready=False)
    qtbot.waitUntil(lambda: window.ctx.is_ready, timeout=15000)
    wait_idle(qtbot, window)
    reporter.interactive = False
    assert len(asked) == 1 and "数据文件是空的（0 字节）" in asked[0][0]
    assert window.ctx.profile is not None and window.ctx.profile.name == "备份里的人"
    assert getattr(window, "first_run_wizard", None) is None
    kept = list(Path(tmp_paths.data_dir).glob("yibao.sqlite3.empty-*"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0  # kept aside, never deleted


def test_zero_byte_database_without_backup_can_start_again(
    qtbot: QtBot,
    tmp_paths: AppPaths,
    open_window: Callable[..., MainWindow],
    reporter: ErrorReporter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tmp_paths.ensure()
    _empty_the_file(tmp_paths)
    asked: list[bool] = []

    def ask(parent, paths, message, *, start_over=False):  # type: ignore[no-untyped-def]
        asked.append(start_over)
        return Choice.START_OVER

    monkeypatch.setattr(RecoveryDialog, "ask", staticmethod(ask))
    reporter.interactive = True
    window = open_window(wait_ready=False)
    qtbot.waitUntil(lambda: window.ctx.is_ready, timeout=15000)
    wait_idle(qtbot, window)
    reporter.interactive = False
    assert asked == [True]  # explained and asked, not started over silently
    qtbot.waitUntil(lambda: getattr(window, "first_run_wizard", None) is not None)
    kept = list(Path(tmp_paths.data_dir).glob("yibao.sqlite3.empty-*"))
    assert len(kept) == 1


def test_recovery_dialog_for_an_empty_file_without_backups(
    qtbot: QtBot, tmp_paths: AppPaths
) -> None:
    tmp_paths.ensure()
    dialog = RecoveryDialog(tmp_paths, "数据文件是空的（0 字节）", start_over=True)
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 0
    assert dialog.restore_button.isHidden()
    assert dialog.start_over_button is not None and not dialog.start_over_button.isHidden()
    shot(dialog, "recovery-dialog-empty-file")
    dialog.start_over_button.click()
    assert dialog.chosen is Choice.START_OVER


def test_recovery_dialog_for_a_corrupt_file_has_no_start_over(
    qtbot: QtBot, tmp_paths: AppPaths
) -> None:
    tmp_paths.ensure()
    dialog = RecoveryDialog(tmp_paths, "数据文件已损坏")
    qtbot.addWidget(dialog)
    assert dialog.start_over_button is None
    assert dialog.findChild(type(dialog.restore_button), "startOver") is None
