"""The process says how it ended: 0 after a normal session, non-zero when it refused the data.

The real program runs in a child process with the two dialogs answered (the message about a
newer version is acknowledged; the offer to restore a backup is declined), then closes.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.uihelpers import make_profile, seed
from yibao.app import EXIT_DATABASE_REFUSED, DatabaseOutcome
from yibao.paths import resolve_paths

ROOT = Path(__file__).resolve().parents[2]

RUN_APP = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from yibao.ui.dialogs.recovery import RecoveryDialog
from yibao.ui.main_window import MainWindow

shown = []
def acknowledge(parent, title, text, *args):
    shown.append("warning")
    return QMessageBox.StandardButton.Ok
def decline(parent, paths, message):
    shown.append("recovery")
    return None  # the user closes the dialog without choosing a backup
QMessageBox.warning = staticmethod(acknowledge)
RecoveryDialog.ask = classmethod(lambda cls, *a, **k: decline(*a))

start = MainWindow.start
def start_and_close_once_ready(self):
    self.ctx.ready.connect(lambda: (shown.append("ready"), QTimer.singleShot(0, self.close)))
    start(self)
MainWindow.start = start_and_close_once_ready

from yibao.app import main
code = main(["--data-dir", sys.argv[1]])
print("shown:", ",".join(shown), flush=True)
sys.exit(code)
"""


def _run_app(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "desktop"), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-c", RUN_APP, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A returning user's data folder."""
    paths = resolve_paths(tmp_path / "data")
    paths.ensure()
    seed(paths, make_profile())
    return paths.data_dir


def test_a_normal_session_exits_0(data_dir: Path) -> None:
    proc = _run_app(data_dir)
    assert (proc.returncode, proc.stdout.split()) == (0, ["shown:", "ready"]), proc.stderr


def test_a_database_from_a_newer_version_exits_non_zero(data_dir: Path) -> None:
    db_path = data_dir / "yibao.sqlite3"
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = db_path.read_bytes()
    proc = _run_app(data_dir)
    assert proc.stdout.split() == ["shown:", "warning"], proc.stderr
    assert proc.returncode == EXIT_DATABASE_REFUSED
    assert db_path.read_bytes() == before


def test_a_damaged_database_not_restored_exits_non_zero(data_dir: Path) -> None:
    (data_dir / "yibao.sqlite3").write_bytes(b"this is not a database" * 100)
    proc = _run_app(data_dir)
    assert proc.stdout.split() == ["shown:", "recovery"], proc.stderr
    assert proc.returncode == EXIT_DATABASE_REFUSED


def test_opening_after_a_refusal_clears_it() -> None:
    outcome = DatabaseOutcome()
    assert outcome.exit_status(0) == 0
    outcome.refused(RuntimeError("damaged"))
    assert outcome.exit_status(0) == EXIT_DATABASE_REFUSED
    assert outcome.exit_status(1) == 1  # Qt's own failure code is kept
    outcome.opened()  # e.g. a backup restored in its place
    assert outcome.exit_status(0) == 0
