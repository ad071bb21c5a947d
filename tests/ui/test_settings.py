"""设置: back up, restore (current data kept aside), large text, language; recovery on start."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, shot, wait_idle
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.paths import AppPaths
from yibao.ui.dialogs import confirm as confirm_mod
from yibao.ui.dialogs.recovery import RecoveryDialog
from yibao.ui.errors import ErrorReporter
from yibao.ui.main_window import MainWindow
from yibao.ui.pages.settings import SettingsPage


def _page(qtbot: QtBot, window: MainWindow) -> SettingsPage:
    window.show_page("settings")
    wait_idle(qtbot, window)
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return page


def _add_relative(qtbot: QtBot, window: MainWindow, name: str) -> None:
    def work(db):  # type: ignore[no-untyped-def]
        from yibao.services import household

        return household.add_member(
            db,
            Member(
                name, Relation.PARENT, Gender.FEMALE, date(1955, 1, 1), Scheme.RESIDENT, "510500"
            ),
            today=date.today(),
        )

    window.ctx.call(work, lambda _m: window.ctx.household_changed.emit())
    wait_idle(qtbot, window)


def _names(qtbot: QtBot, window: MainWindow) -> list[str]:
    window.show_page("family")
    wait_idle(qtbot, window)
    return [m.name for m in window.page("family").model.rows()]  # type: ignore[attr-defined]


def test_backup_then_restore_brings_old_data_back(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_paths: AppPaths
) -> None:
    page = _page(qtbot, window)
    page.backup_button.click()
    wait_idle(qtbot, window)
    assert "已备份到" in page.backup_status.text()
    assert page.backups.count() == 1
    shot(window, "settings-page")

    _add_relative(qtbot, window, "后来加的人")
    assert "后来加的人" in _names(qtbot, window)

    page = _page(qtbot, window)
    page.backups.setCurrentRow(0)
    monkeypatch.setattr(confirm_mod, "confirm", lambda *a, **k: True)
    page.restore_selected()
    qtbot.waitUntil(lambda: window.ctx.is_ready, timeout=10000)
    wait_idle(qtbot, window)
    assert _names(qtbot, window) == ["张伟"]
    # the data from before the restore was itself backed up, not lost
    page = _page(qtbot, window)
    assert page.backups.count() == 2
    # a restore is not an upgrade: the status bar doesn't say the data was upgraded
    assert "升级" not in window.statusBar().currentMessage()


def test_large_text_mode_is_saved(qtbot: QtBot, window: MainWindow, tmp_paths: AppPaths) -> None:
    page = _page(qtbot, window)
    page.font_large.setChecked(True)
    prefs = json.loads(tmp_paths.prefs_path.read_text(encoding="utf-8"))
    assert prefs["font_size"] == "large"
    assert window.ctx.prefs.point_size > 10
    assert "font-size: 14pt" in window.styleSheet()
    page.language.setCurrentIndex(page.language.findData("en"))
    assert json.loads(tmp_paths.prefs_path.read_text(encoding="utf-8"))["language"] == "en"
    assert page.language_note.text()


def test_corrupt_database_offers_latest_backup_and_keeps_the_bad_file(
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
    tmp_paths.db_path.write_bytes(b"this is not a database" * 100)

    offered: list[str] = []

    def ask(parent, paths, message, *, start_over=False):  # type: ignore[no-untyped-def]
        offered.append(message)
        return backups.list_backups(paths)[0].path

    monkeypatch.setattr(RecoveryDialog, "ask", staticmethod(ask))
    reporter.interactive = True  # the user is there to answer
    window = open_window(wait_ready=False)
    qtbot.waitUntil(lambda: window.ctx.is_ready, timeout=15000)
    wait_idle(qtbot, window)
    reporter.interactive = False
    assert offered
    assert window.ctx.profile is not None and window.ctx.profile.name == "备份里的人"
    kept = [p for p in Path(tmp_paths.data_dir).iterdir() if ".corrupt" in p.name]
    assert kept, "the unreadable file must be kept aside, not deleted"


def test_recovery_dialog_lists_backups(qtbot: QtBot, tmp_paths: AppPaths) -> None:
    tmp_paths.ensure()
    seed(tmp_paths, make_profile())
    from yibao.services import backups
    from yibao.services.database import open_database

    opened = open_database(tmp_paths)
    backups.backup_now(opened.db)
    opened.db.close()
    dialog = RecoveryDialog(tmp_paths, "数据文件损坏")
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 1
    assert dialog.restore_button.isEnabled()
    shot(dialog, "recovery-dialog")
    dialog.restore_button.click()
    assert dialog.chosen is not None and dialog.chosen.exists()


def test_backup_file_with_a_password_leaves_and_comes_back(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """保存备份到文件 with a password, then 从文件恢复: a wrong password is asked again."""
    from yibao.ui.dialogs import backup_file_dialog as files

    target = tmp_path / "usb" / "家里的备份.yibao-backup"
    target.parent.mkdir()
    monkeypatch.setattr(files, "ask_backup_path", lambda parent, save, suggested: target)
    answers = iter(["correct horse"])
    monkeypatch.setattr(
        files.BackupPasswordDialog, "ask", classmethod(lambda cls, *a, **k: next(answers))
    )
    page = _page(qtbot, window)
    page.save_file_button.click()
    wait_idle(qtbot, window)
    saved = target
    assert saved.exists() and "已加密" in page.backup_status.text()
    assert "张伟".encode() not in saved.read_bytes()

    _add_relative(qtbot, window, "后来加的人")
    page = _page(qtbot, window)
    monkeypatch.setattr(files, "ask_backup_path", lambda parent, save, suggested: saved)
    problems: list[str] = []
    tries = iter(["wrong horse", "correct horse"])

    def password(cls: object, parent: object, **options: str) -> str:
        problems.append(options.get("problem", ""))
        return next(tries)

    monkeypatch.setattr(files.BackupPasswordDialog, "ask", classmethod(password))
    monkeypatch.setattr(confirm_mod, "confirm", lambda *a, **k: True)
    page.open_file_button.click()
    qtbot.waitUntil(lambda: len(problems) == 2, timeout=10000)
    qtbot.waitUntil(lambda: "已从文件恢复" in page.backup_status.text(), timeout=15000)
    wait_idle(qtbot, window)
    assert problems[0] == "" and "密码不对" in problems[1]  # asked again, saying why
    assert _names(qtbot, window) == ["张伟"]


def test_backup_password_is_typed_twice_and_checked_at_the_field(qtbot: QtBot) -> None:
    from yibao.ui.dialogs.backup_file_dialog import BackupPasswordDialog

    dialog = BackupPasswordDialog(None, saving=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first, "secret1")
    qtbot.keyClicks(dialog.again, "secret2")
    dialog.check()
    assert dialog.password is None
    assert dialog.errors.text("password_again") == "两次输入的密码不一样"
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "secret1")
    dialog.check()
    assert dialog.password == "secret1"
    # no password at all is allowed (the file is then not encrypted)
    empty = BackupPasswordDialog(None, saving=True)
    qtbot.addWidget(empty)
    empty.check()
    assert empty.password == ""


def test_language_change_offers_a_restart_with_the_same_command_line(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QApplication

    page = _page(qtbot, window)
    assert not page.restart_button.isVisibleTo(page)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.restart_button.isVisibleTo(page)
    started: list[tuple[str, list[str]]] = []
    quits: list[bool] = []
    monkeypatch.setattr(
        QProcess, "startDetached", staticmethod(lambda p, a: started.append((p, a)) or True)
    )
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    monkeypatch.setattr(sys, "orig_argv", ["/usr/bin/yibao", "--data-dir", "/tmp/d"])
    page.restart_button.click()
    assert started == [("/usr/bin/yibao", ["--data-dir", "/tmp/d"])]
    assert quits == [True]
