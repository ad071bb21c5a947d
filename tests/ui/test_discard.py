"""Data-entry dialogs ask before throwing typed input away (the shared GuardedDialog)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from yibao.ui.dialogs import confirm as confirm_mod
from yibao.ui.widgets.discard import GuardedDialog


class _Form(GuardedDialog):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.line = QLineEdit(self)
        self.combo = QComboBox(self)
        self.combo.addItems(["a", "b"])
        layout.addWidget(self.line)
        layout.addWidget(self.combo)
        self.watch_edits()


def _shown(qtbot: QtBot) -> _Form:
    form = _Form()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def test_untouched_closes_without_asking(qtbot: QtBot) -> None:
    form = _shown(qtbot)
    form.line.setText("filled in by the program")  # not typed: nothing to lose
    QTest.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


@pytest.mark.parametrize("answer", [False, True])
def test_typed_input_is_only_discarded_when_the_person_agrees(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: bool
) -> None:
    form = _shown(qtbot)
    form.line.setFocus()
    qtbot.keyClicks(form.line, "430")
    asked: list[str] = []
    monkeypatch.setattr(
        confirm_mod, "confirm", lambda parent, title, text, **k: asked.append(title) or answer
    )
    QTest.keyClick(form, Qt.Key.Key_Escape)
    assert asked == ["放弃填写的内容？"]
    assert form.isVisible() is (not answer)
    if not answer:
        form.edits.reset()  # type: ignore[union-attr]
