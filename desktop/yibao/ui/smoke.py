"""``yibao --smoke-test``: open every page and wizard once in the real app, then exit.

Prints ``ok page:<name>`` / ``ok wizard:<name>`` per item and exits non-zero on any error
(an exception, a Qt critical message, a database that would not open, a time-out).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard

from yibao.ui.errors import ErrorReporter
from yibao.ui.main_window import MainWindow

TIMEOUT_S = 60.0


class SmokeTest:
    def __init__(self, window: MainWindow, reporter: ErrorReporter) -> None:
        self.window = window
        self.reporter = reporter
        self.exit_code = 0
        self._steps: list[Callable[[], None]] = []
        self._deadline = 0.0
        self._wizard: QWizard | None = None

    def start(self) -> None:
        self._deadline = time.monotonic() + TIMEOUT_S
        self._steps = [self._wait_ready]
        self._steps.append(self._first_run_wizard)
        for name in self.window.page_names():
            self._steps.append(partial(self._open_page, name))
        for name in self.window.wizard_names():
            self._steps.append(partial(self._open_wizard, name))
            # the next step runs once the wizard's own loading finished (see _next)
            self._steps.append(partial(self._close_wizard, name))
        self._steps.append(self._lazy_parts)
        self._steps.append(self._finish)
        QTimer.singleShot(0, self._next)

    # -- driver ---------------------------------------------------------------------------
    def _busy(self) -> bool:
        return self.window.ctx.ops.pending > 0

    def _next(self) -> None:
        if self.reporter.errors:
            self._fail("; ".join(self.reporter.errors))
            return
        if time.monotonic() > self._deadline:
            self._fail("time-out")
            return
        if self._busy():
            QTimer.singleShot(20, self._next)
            return
        step = self._steps.pop(0)
        try:
            step()
        except Exception as exc:
            self._fail(f"{type(exc).__name__}: {exc}")
            return
        if self._steps:
            QTimer.singleShot(0, self._next)

    def _fail(self, why: str) -> None:
        print(f"smoke test failed: {why}", file=sys.stderr)
        self.exit_code = 1
        QApplication.exit(1)

    # -- steps ----------------------------------------------------------------------------
    def _wait_ready(self) -> None:
        if not self.window.ctx.is_ready:
            self._steps.insert(0, self._wait_ready)
            if not self.reporter.errors:
                time.sleep(0.02)

    def _first_run_wizard(self) -> None:
        wizard = getattr(self.window, "first_run_wizard", None)
        if wizard is None:
            return
        self._walk(wizard)
        wizard.reject()
        print("ok wizard:first-run", flush=True)

    def _open_page(self, name: str) -> None:
        self.window.show_page(name)
        QApplication.processEvents()
        self.window.grab()
        page = self.window.current_page()
        if page.page_name != name:
            raise RuntimeError(f"page {name} did not open")
        print(f"ok page:{name}", flush=True)

    def _open_wizard(self, name: str) -> None:
        self._wizard = self.window.open_wizard(name)
        self._walk(self._wizard)

    def _close_wizard(self, name: str) -> None:
        wizard = self._wizard
        if wizard is None or not wizard.isVisible():
            raise RuntimeError(f"wizard {name} closed by itself")
        self._walk(wizard)
        wizard.reject()
        self._wizard = None
        print(f"ok wizard:{name}", flush=True)

    def _lazy_parts(self) -> None:
        """What the pages load only on demand, so a frozen build that lacks it fails here."""
        from decimal import Decimal

        from yibao.domain.cases import Case, CaseKind
        from yibao.domain.workdays import official_calendar
        from yibao.ui.export import case_pdf
        from yibao.ui.widgets.charts import YearBar, YearlyChart

        chart = YearlyChart(self.window)
        chart.set_data([YearBar(2025, Decimal("4374.24"), Decimal("8748.48"))])
        chart.show()
        QApplication.processEvents()
        if not chart.built:
            raise RuntimeError("chart not drawn")
        chart.grab()
        chart.deleteLater()
        print("ok import:pyqtgraph", flush=True)
        # No QPrinter: making one asks CUPS for the printers over a socket (127.0.0.1:631).
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: F401

        if not case_pdf.printing_available():
            raise RuntimeError("no print-support plugin")
        print("ok import:printing", flush=True)
        case = Case(kind=CaseKind.OFFSITE_FILING, title="自检", member_id=None)
        if b"/FontFile" not in case_pdf.pdf_bytes(case_pdf.CaseDocument(case, None)):
            raise RuntimeError("PDF without an embedded font")
        print("ok export:pdf", flush=True)
        import openpyxl  # type: ignore[import-untyped]

        openpyxl.Workbook()
        print("ok import:openpyxl", flush=True)
        calendar = official_calendar()
        if calendar.is_workday(date(2025, 10, 1)) is not False:  # 国庆节
            raise RuntimeError("holiday calendar missing")
        print("ok import:chinesecalendar", flush=True)

    def _walk(self, wizard: QWizard) -> None:
        """Paint the wizard's current page (pages after it need valid input)."""
        QApplication.processEvents()
        wizard.grab()

    def _finish(self) -> None:
        if self.reporter.errors:
            self._fail("; ".join(self.reporter.errors))
            return
        QApplication.exit(0)
