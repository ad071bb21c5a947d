"""Figures the book holds come from the book (with their basis), not from typed UI text."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import wait_idle
from yibao.ui.main_window import MainWindow


def test_the_flexible_base_range_comes_from_the_book(qtbot: QtBot, window: MainWindow) -> None:
    """national.toml flexible.base.ratio_range: 0.60–3.00 of the average wage (60%～300%);
    长沙 has no range of its own, so the national one stands in and the tag says so."""
    from yibao.ui.dialogs.flexible_dialog import FlexibleDialog

    calc = FlexibleDialog(window.ctx, "430100")
    qtbot.addWidget(calc)
    # nothing typed: before a calculation no figure is shown
    assert not any("60%" in w.text() for w in calc.findChildren(type(calc.note)))
    calc.base.setText("7000")
    calc.rate.setText("8")
    calc.on_date.setText("2025-06-01")
    calc.calculate()
    wait_idle(qtbot, window)
    note = calc.note.text()
    assert "缴费基数一般可在当地上年度平均工资的 60%～300% 之间选择〔" in note
    assert "当地未收录，用全国的数〕。" in note
