"""Garbage collection on the GUI thread only.

Python's automatic collector runs in whichever thread happens to allocate when a threshold is
crossed. If that is the op thread and the garbage holds Qt widgets (a closed dialog caught in a
reference cycle), their C++ destructors run off the GUI thread and the process crashes. So
while the app runs, automatic collection is off and a timer on the GUI thread collects with the
same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500

_active = 0  # collectors running (tests may open several windows)


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        global _active
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._running = True
        _active += 1
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the generations whose counts passed their thresholds; objects freed."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return 0
        generation = 0
        if counts[1] > self._thresholds[1]:
            generation = 2 if counts[2] > self._thresholds[2] else 1
        return gc.collect(generation)

    def stop(self) -> None:
        global _active
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        _active -= 1
        if _active == 0:
            gc.enable()
