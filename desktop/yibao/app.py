"""Composition root: arguments → paths → logging → QApplication → translators → window.

Only the standard library and PySide6 are imported before the first paint. SQLAlchemy, Alembic
and the policy book load afterwards on the op thread (DESIGN §7).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from yibao import APP_ID, APP_NAME_ZH, APP_REVERSE_ID, __version__

if TYPE_CHECKING:
    import tempfile

log = logging.getLogger("yibao")

#: exit status when the data folder cannot be created
EXIT_NO_DATA_DIR = 2
#: exit status when the app refused the database (made by a newer version, damaged and not
#: restored, unreadable) and closed without opening it
EXIT_DATABASE_REFUSED = 3


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The command line. Plain starts skip argparse (its set-up costs ~4 ms of first paint)."""
    simple = _parse_plain(argv)
    return simple if simple is not None else _parser().parse_args(argv)


def _parse_plain(argv: Sequence[str]) -> argparse.Namespace | None:
    """``[--data-dir PATH] [--smoke-test] [--minimized]`` spelt out in full; None for anything
    else.

    Everything else (``--help``, ``--version``, abbreviations, mistakes) goes to argparse, which
    answers it the usual way; both give the same result where this one answers.
    """
    values: dict[str, object] = {"data_dir": None, "smoke_test": False, "minimized": False}
    args = iter(argv)
    for arg in args:
        if arg == "--smoke-test":
            values["smoke_test"] = True
        elif arg == "--minimized":
            values["minimized"] = True
        elif arg == "--data-dir":
            path = next(args, None)
            if path is None or path.startswith("-"):
                return None
            values["data_dir"] = path
        elif arg.startswith("--data-dir=") and len(arg) > len("--data-dir="):
            values["data_dir"] = arg.removeprefix("--data-dir=")
        else:
            return None
    return argparse.Namespace(**values)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="yibao", description=f"{APP_NAME_ZH} (Yibao Assistant) {__version__}"
    )
    parser.add_argument("--version", action="version", version=f"yibao {__version__}")
    parser.add_argument(
        "--data-dir", metavar="PATH", help="use PATH for the database, backups and logs"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start on a throwaway data dir, open every page and wizard once, then exit",
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start minimised (in the tray where there is one) to check deadlines; used at login",
    )
    return parser


def _ensure_streams() -> None:
    """A windowed build (PyInstaller console=False on Windows) has no stdout/stderr."""
    import os

    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> int:
    _ensure_streams()
    args = parse_args(sys.argv[1:] if argv is None else argv)

    from yibao.paths import resolve_paths

    throwaway: tempfile.TemporaryDirectory[str] | None = None
    data_dir = args.data_dir
    if args.smoke_test and data_dir is None:
        import tempfile

        throwaway = tempfile.TemporaryDirectory(prefix="yibao-smoke-")
        data_dir = throwaway.name
    paths = resolve_paths(data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        print(f"无法创建数据目录 {paths.data_dir}：{exc}", file=sys.stderr)
        return EXIT_NO_DATA_DIR

    from yibao.logs import setup_logging

    setup_logging(paths.log_path)
    log.info("starting yibao %s (python %s)", __version__, sys.version.split()[0])

    import os

    from yibao.display import EXIT_NO_DISPLAY, display_problem

    problem = display_problem(os.environ)
    if problem is not None:
        log.error("no display: %s", problem)
        print(problem, file=sys.stderr)
        return EXIT_NO_DISPLAY

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from yibao.prefs import load_preferences
    from yibao.resources import resource_path
    from yibao.ui.errors import ErrorReporter
    from yibao.ui.i18n import apply_font, install_translators

    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    if sys.platform == "win32":
        # group the running window with its pinned shortcut (the installer sets the same id)
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_REVERSE_ID)
    # Fractional scaling (150 %) needs no setting: Qt 6 passes the factor through by default,
    # and touching the ``Qt`` namespace here would cost first-paint time.
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME_ZH)
    app.setDesktopFileName(APP_REVERSE_ID)
    icon_file = resource_path("icons", "yibao.svg")
    if icon_file.exists():
        app.setWindowIcon(QIcon(str(icon_file)))

    prefs = load_preferences(paths.prefs_path)
    install_translators(app, prefs.language, qt_now=False)
    apply_font(app, prefs.point_size)

    reporter = ErrorReporter(paths.log_path, interactive=not args.smoke_test)
    reporter.install()

    from yibao.ui.main_window import MainWindow

    window = MainWindow(paths, prefs, reporter)
    database = DatabaseOutcome()
    window.ctx.open_failed.connect(database.refused)
    window.ctx.ready.connect(database.opened)
    if args.minimized and not args.smoke_test:
        window.show_minimized_start()
    else:
        window.show_as_last_time()
    window.start()

    if args.smoke_test:
        from yibao.ui.smoke import SmokeTest

        smoke = SmokeTest(window, reporter)
        smoke.start()
        code = app.exec()
        window.shutdown()
        if throwaway is not None:
            throwaway.cleanup()
        return database.exit_status(code or smoke.exit_code)

    code = database.exit_status(app.exec())
    window.shutdown()
    log.info("exit %s", code)
    return code


class DatabaseOutcome:
    """Whether the database was refused, and not opened since (e.g. by restoring a backup)."""

    def __init__(self) -> None:
        self.is_refused = False

    def refused(self, _exc: object = None) -> None:
        self.is_refused = True

    def opened(self) -> None:
        self.is_refused = False

    def exit_status(self, qt_code: int) -> int:
        """Qt's exit code, or :data:`EXIT_DATABASE_REFUSED` for a clean exit without data."""
        return EXIT_DATABASE_REFUSED if qt_code == 0 and self.is_refused else qt_code


if __name__ == "__main__":
    raise SystemExit(main())
