"""A half character (lone surrogate) in a name or a note: a Chinese message at that field.

Qt drops a lone surrogate when Python text is set into a widget, so the tests hand the
dialog such text the way a widget would return it (its text accessor)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import wait_idle
from yibao.ui.dialogs.member_dialog import MemberDialog
from yibao.ui.dialogs.record_dialog import RecordDialog
from yibao.ui.main_window import MainWindow
from yibao.ui.pages.history import HistoryPage

HALF = "\ud842"


def test_record_note_with_a_broken_character_is_refused_at_the_note(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page("history")
    wait_idle(qtbot, window)
    page = window.page("history")
    assert isinstance(page, HistoryPage)
    dialog = RecordDialog(window.ctx, page.members, None, None, page)
    qtbot.addWidget(dialog)
    dialog.month.setText("2024-01")
    dialog.personal.setText("400")
    monkeypatch.setattr(dialog.note, "text", lambda: "补缴" + HALF)
    dialog.save()
    wait_idle(qtbot, window)
    assert "残缺的字符" in dialog.errors.text("note")
    assert dialog.result_ is None


def test_member_name_with_a_broken_character_is_refused_at_the_name(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = MemberDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog.form.name, "text", lambda: "王" + HALF)
    dialog.save()
    wait_idle(qtbot, window)
    assert "残缺的字符" in dialog.form.errors.text("name")
    assert dialog.saved is None
