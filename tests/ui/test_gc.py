"""Automatic garbage collection is off while the app runs; the GUI thread collects instead."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

import yibao.ui.gc
from yibao.ui.gc import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collector_disables_automatic_gc_and_collects_on_its_timer(qtbot: QtBot) -> None:
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()
        for _ in range(gc.get_threshold()[0] + 10):
            _Cycle()
        assert gc.get_count()[0] > gc.get_threshold()[0]
        assert collector.collect_if_due() > 0
        assert collector.collect_if_due() == 0  # nothing due right after a collection
    finally:
        collector.stop()
    assert gc.isenabled() == (yibao.ui.gc._active == 0)


def test_nested_collectors_enable_gc_only_when_the_last_stops(qtbot: QtBot) -> None:
    a, b = GuiThreadCollector(), GuiThreadCollector()
    a.stop()
    assert not gc.isenabled()
    a.stop()  # twice is harmless
    assert not gc.isenabled()
    b.stop()
    assert gc.isenabled() == (yibao.ui.gc._active == 0)
