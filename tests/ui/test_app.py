"""The real program: command line, smoke test, no network, no ID numbers in the log, Chinese Qt."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = ("overview", "family", "policy", "settings")


def _run(
    *args: str, code: str | None = None, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "desktop"), env.get("PYTHONPATH", "")])
    cmd = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "yibao", *args]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)


def test_version() -> None:
    from yibao import __version__

    proc = _run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"yibao {__version__}"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--smoke-test"],
        ["--data-dir", "/tmp/d"],
        ["--data-dir=/tmp/d", "--smoke-test"],
        ["--smoke-test", "--data-dir", "数据"],
        ["--data-dir", "a", "--data-dir", "b"],
        ["--data-dir", ""],
    ],
)
def test_plain_command_lines_skip_argparse_with_the_same_result(argv: list[str]) -> None:
    from yibao.app import _parse_plain, _parser

    assert _parse_plain(argv) == _parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["--data"],
        ["--data-dir"],
        ["--data-dir", "--smoke-test"],
        ["--data-dir="],
        ["--smoke"],
        ["x"],
        ["--", "x"],
        ["-h"],
    ],
)
def test_other_command_lines_go_to_argparse(argv: list[str]) -> None:
    from yibao.app import _parse_plain

    assert _parse_plain(argv) is None


def test_smoke_test_opens_every_page(tmp_path: Path) -> None:
    proc = _run("--smoke-test", "--data-dir", str(tmp_path / "data"))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    for page in PAGES:
        assert f"ok page:{page}" in lines
    assert "ok wizard:first-run" in lines
    assert proc.stderr.strip() == ""
    # the frozen build fails on any warning in the log; so does this (e.g. a window size hint
    # set on a shown wizard: "This plugin does not support propagateSizeHints()")
    log = (tmp_path / "data" / "logs" / "yibao.log").read_text(encoding="utf-8")
    assert not [line for line in log.splitlines() if " WARNING " in line or " ERROR " in line]
    # data files readable by the user only
    if os.name == "posix":
        for p in (tmp_path / "data").rglob("*"):
            if p.is_file():
                assert p.stat().st_mode & 0o077 == 0, p


# Runs the real app with an audit hook that fails on any socket use; also Qt's network stack
# must never be imported.
NO_NETWORK = r"""
import sys
seen = []
def hook(event, args):
    if event.startswith("socket.") and event not in ("socket.__new__",):
        seen.append(event)
    if event == "socket.__new__":
        # AF_UNIX sockets (e.g. D-Bus) are local; anything else is network
        import socket
        family = args[1] if len(args) > 1 else None
        if family not in (socket.AF_UNIX, -1, None):
            seen.append(f"socket({family})")
sys.addaudithook(hook)
from yibao.app import main
code = main(["--smoke-test", "--data-dir", sys.argv[1]])
net = [e for e in seen if e in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                                 "socket.sendto", "socket.bind") or e.startswith("socket(")]
assert not net, net
assert "PySide6.QtNetwork" not in sys.modules, "QtNetwork imported"
print("no-network-ok")
sys.exit(code)
"""


def test_app_opens_no_network_connection(tmp_path: Path) -> None:
    proc = _run(str(tmp_path / "data"), code=NO_NETWORK)
    assert proc.returncode == 0, proc.stderr
    assert "no-network-ok" in proc.stdout


def test_first_paint_does_not_wait_for_sqlalchemy(tmp_path: Path) -> None:
    """Building and painting the window imports nothing heavy (DESIGN §7)."""
    code = r"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from yibao.paths import resolve_paths
from yibao.prefs import Preferences
from yibao.ui.errors import ErrorReporter
from yibao.ui.main_window import MainWindow
paths = resolve_paths(sys.argv[1]); paths.ensure()
window = MainWindow(paths, Preferences(), ErrorReporter(paths.log_path, interactive=False))
window.show()
window.grab()
heavy = [m for m in ("sqlalchemy", "alembic", "yibao.storage", "yibao.services.database",
                     "yibao.domain.policy", "tomllib", "pyqtgraph", "numpy", "openpyxl",
                     "yibao.ui.pages.overview")
         if m in sys.modules]
print("heavy:", heavy)
"""
    proc = _run(str(tmp_path / "data"), code=code)
    assert proc.returncode == 0, proc.stderr
    assert "heavy: []" in proc.stdout


# What ``yibao`` has loaded when its window first paints, started as bench/startup.py starts it.
LOADED_AT_PAINT = r"""
def on_first_paint():
    import PySide6.QtCore, PySide6.QtWidgets
    print("Qt namespace:", "Qt" in vars(PySide6.QtCore))
    print("QMessageBox:", "QMessageBox" in vars(PySide6.QtWidgets))
    print("loaded:", [m for m in sys.argv[2].split(",") if m in sys.modules])
"""


def _startup_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_startup", ROOT / "bench" / "startup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_first_paint_through_main_stays_light(tmp_path: Path) -> None:
    """What bench/startup.py measures: Qt enums and modules the first frame doesn't need wait."""
    later = (
        "sqlalchemy,alembic,yibao.services.database,yibao.domain.policy,tomllib,"
        "concurrent.futures,dataclasses,yibao.ui.pages.overview"
    )
    code = _startup_bench().yibao_code(LOADED_AT_PAINT)
    proc = _run(str(tmp_path / "data"), later, code=code)
    assert proc.returncode == 0, proc.stderr
    # PySide6 builds a class's Python enums on first use; the ``Qt`` namespace alone has ~100
    assert "Qt namespace: False" in proc.stdout
    assert "QMessageBox: False" in proc.stdout
    assert "loaded: []" in proc.stdout


def test_id_numbers_never_reach_the_log(tmp_path: Path) -> None:
    import logging

    from yibao.logs import setup_logging

    log_path = tmp_path / "logs" / "yibao.log"
    setup_logging(log_path)
    logging.getLogger("yibao.test").warning("saving member %s", "11010519491231002X")
    for h in logging.getLogger().handlers:
        h.flush()
    text = log_path.read_text(encoding="utf-8")
    assert "11010519491231002X" not in text
    assert "110105********002X" in text


@pytest.mark.parametrize("language", ["zh_CN"])
def test_qt_buttons_read_chinese(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWizard

    from yibao.ui.i18n import install_translators

    install_translators(qapp, language)  # what app.py does (the session fixture did too)
    wizard = QWizard()
    assert wizard.buttonText(QWizard.WizardButton.NextButton).startswith("下一步")
    assert wizard.buttonText(QWizard.WizardButton.CancelButton).startswith("取消")
    wizard.deleteLater()


def test_log_rotates_at_start_when_large(tmp_path: Path) -> None:
    from yibao.logs import MAX_LOG_BYTES, setup_logging

    log_path = tmp_path / "logs" / "yibao.log"
    log_path.parent.mkdir()
    log_path.write_bytes(b"x" * (MAX_LOG_BYTES + 1))
    setup_logging(log_path)
    assert (tmp_path / "logs" / "yibao.log.1").stat().st_size > MAX_LOG_BYTES
    assert log_path.stat().st_size < MAX_LOG_BYTES
