"""The three kinds of error (after qutebrowser's ``misc/sql.py``).

- the user's: shown inline at the field by the page or dialog (``InvalidInput``);
- the environment's: disk full, locked or unreadable file → an explanation, nothing lost;
- ours: anything else → a crash dialog with the log path, never a traceback in the face.

In non-interactive runs (``--smoke-test``) nothing is shown; errors are recorded and printed to
stderr so the run exits non-zero.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from yibao.ui.i18n import dtr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")


class ErrorReporter:
    def __init__(self, log_path: Path, *, interactive: bool = True) -> None:
        self.log_path = log_path
        self.interactive = interactive
        self.errors: list[str] = []
        self._showing = False

    # -- installation -------------------------------------------------------------------
    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        qInstallMessageHandler(self._qt_message)

    def _excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        self.report(exc)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.error(
                "uncaught exception in thread %s",
                args.thread.name if args.thread else "?",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
            self.errors.append(repr(args.exc_value))

    def _qt_message(self, mode: QtMsgType, context: object, message: str) -> None:
        if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            qt_log.error("%s", message)
            if not self.interactive:
                self.errors.append(f"Qt: {message}")
        elif mode == QtMsgType.QtWarningMsg:
            qt_log.warning("%s", message)
        else:
            qt_log.debug("%s", message)

    # -- reporting ----------------------------------------------------------------------
    def report(self, exc: BaseException, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QMessageBox  # not before the first paint

        from yibao.services.errors import EnvironmentProblem, InvalidInput

        if isinstance(exc, EnvironmentProblem):
            log.warning("environment problem %s: %s", exc.kind, exc)
            self._show(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("ErrorReporter", "无法完成操作"),
                dtr(exc.message),
                parent,
            )
            if not self.interactive:
                self.errors.append(f"environment: {exc.kind}")
            return
        if isinstance(exc, InvalidInput):
            text = "\n".join(dtr(e.message) for e in exc.errors)
            self._show(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("ErrorReporter", "请检查输入"),
                text,
                parent,
            )
            if not self.interactive:
                self.errors.append("invalid input: " + text)
            return
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        self.errors.append("".join(traceback.format_exception_only(type(exc), exc)).strip())
        self._show(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("ErrorReporter", "程序出错了"),
            QCoreApplication.translate(
                "ErrorReporter",
                "很抱歉，医保个人助手遇到了意外错误。您已保存的数据不会丢失。\n\n"
                "如需反馈，请附上日志文件：\n{path}",
            ).format(path=self.log_path),
            parent,
        )

    def _show(self, icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None) -> None:
        if not self.interactive:
            print(f"error: {title}: {text}", file=sys.stderr)
            return
        if self._showing:  # never stack dialogs in an error storm
            return
        self._showing = True
        from PySide6.QtWidgets import QMessageBox

        try:
            box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
            box.setObjectName("errorDialog")
            box.exec()
        finally:
            self._showing = False
