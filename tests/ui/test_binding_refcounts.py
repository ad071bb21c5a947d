"""The pinned Qt binding keeps None's reference count (PySide6 6.12.0 on CPython 3.11 did not).

On 6.12.0 each call below that returns nothing dropped one reference from ``None``; once the
count reached 0 the process aborted with "Fatal Python error: none_dealloc" (a CSV with 4,000
columns in the import dialog, or a few hundred changes of the encoding box). The measurement
runs in a child process: a leaking binding would otherwise take the test session down with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

CALLS = 3000

MEASURE = r"""
import json, os, sys
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QTableWidgetItem

# extra references, so that a leaking binding reports its figures instead of aborting
guard = [None] * 1_000_000
app = QApplication([])
combo = QComboBox()
combo.addItem("seed")
item = QTableWidgetItem("x")
obj = QObject()
calls = {
    "QComboBox.addItem": lambda: combo.addItem("x"),
    "QComboBox.itemData": lambda: combo.itemData(0),
    "QComboBox.currentData": lambda: combo.currentData(),
    "QTableWidgetItem.data": lambda: item.data(Qt.ItemDataRole.UserRole),
    "QObject.property": lambda: obj.property("no-such-property"),
}
n = int(sys.argv[1])
drift = {}
for name, call in calls.items():
    call()
    before = sys.getrefcount(None)
    for _ in range(n):
        call()
    drift[name] = sys.getrefcount(None) - before
print(json.dumps(drift), flush=True)
os._exit(0)  # skip finalisation: freeing the guard after a leak would abort
"""


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from CPython 3.12 (PEP 683): its count cannot drift or reach 0",
)
def test_calls_returning_nothing_keep_nones_reference_count() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, str(CALLS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    drift: dict[str, int] = json.loads(proc.stdout.splitlines()[-1])
    assert len(drift) == 5
    # a few stray references (caches warming up) are not a leak; one per call is
    leaking = {name: d for name, d in drift.items() if abs(d) > CALLS // 100}
    assert leaking == {}, f"None's reference count changed over {CALLS} calls: {leaking}"


def test_a_hundred_thousand_combo_items_do_not_abort() -> None:
    """The issue's reproduction: exited 134 (SIGABRT, none_dealloc) on 6.12.0."""
    code = (
        "from PySide6.QtWidgets import QApplication, QComboBox\n"
        "app = QApplication([])\n"
        "combo = QComboBox()\n"
        "for _ in range(100_000):\n"
        "    combo.addItem('x')\n"
        "print(combo.count())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["100000"]
