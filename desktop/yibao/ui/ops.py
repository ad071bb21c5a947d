"""Run database work off the GUI thread (after Anki's ``aqt.operations``).

All operations go through one worker thread, in order, so SQLite sees one writer at a time and
the window never freezes. The callable runs on the worker; ``on_success`` / ``on_failure`` run
back on the GUI thread. Failures nobody handles go to the error reporter, which explains
environment problems (disk full, locked file) and shows the crash dialog for our own bugs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Result(Generic[T]):
    __slots__ = ("error", "notify", "on_failure", "on_success", "value")

    def __init__(
        self,
        on_success: Callable[[T], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        notify: Callable[[T], None] | None,
    ) -> None:
        self.on_success = on_success
        self.on_failure = on_failure
        self.notify = notify
        self.value: T | None = None
        self.error: BaseException | None = None


def _owner_alive(callback: Callable[..., None] | None) -> bool:
    """False when ``callback`` is a method of a Qt object whose C++ side was deleted."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class OpRunner(QObject):
    """The one background-op helper of the app."""

    _finished = Signal(object)
    #: emitted on the GUI thread whenever the queue becomes empty
    idle = Signal()

    def __init__(
        self,
        report_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        #: the worker thread, started by the first op (after the first paint: the import of
        #: ``concurrent.futures`` is not free)
        self._executor: ThreadPoolExecutor | None = None
        self._report_error = report_error
        self._pending = 0
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        notify: Callable[[T], None] | None = None,
    ) -> None:
        """Run ``fn()`` on the worker thread and deliver its outcome on the GUI thread.

        ``notify`` runs after a success even when the widget that asked is gone (a wizard
        cancelled while it saved): use it to tell the rest of the app that data changed.
        """
        result: _Result[T] = _Result(on_success, on_failure, notify)
        self._pending += 1

        def work() -> None:
            try:
                result.value = fn()
            except BaseException as exc:  # delivered to the GUI thread, never swallowed
                result.error = exc
            self._finished.emit(result)

        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="yibao-op")
        self._executor.submit(work)

    def _deliver(self, result: _Result[Any]) -> None:
        self._pending -= 1
        try:
            if not (_owner_alive(result.on_success) and _owner_alive(result.on_failure)):
                # The widget that asked was closed while the work ran (a wizard cancelled
                # during loading): its answer has nobody to go to. Errors still get reported.
                log.debug("dropping the result of an op whose widget is gone")
                if result.error is not None:
                    self._report_error(result.error)
            elif result.error is not None:
                if result.on_failure is not None:
                    result.on_failure(result.error)
                else:
                    self._report_error(result.error)
            elif result.on_success is not None:
                result.on_success(result.value)
            if result.error is None and result.notify is not None:
                result.notify(result.value)
        except Exception as exc:  # a bug in a GUI callback
            log.exception("callback failed")
            self._report_error(exc)
        finally:
            if self._pending == 0:
                self.idle.emit()

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=False)
