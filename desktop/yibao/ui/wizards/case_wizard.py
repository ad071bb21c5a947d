"""The one base of the wizards whose last step saves a case (我的事项): 代缴, 异地就医备案,
返还与退费 — and 家庭共济 (it saves bindings, not a case: see :meth:`CaseWizard.confirm`).

A subclass says *what* to save: :meth:`CaseWizard.save_work` reads the pages (on the GUI
thread) and returns the function the op thread runs with the database (a ``services`` call
returning the saved :class:`~yibao.domain.cases.Case`), or ``None`` when there is nothing to
save yet. The base does the rest the same way for every wizard:

- 完成 reads “保存到我的事项”; while the save runs it and 上一步 are disabled and the page's
  status line says 正在保存…… (a second click does nothing);
- a failure is shown in Chinese on the page's status line (``services.errors``: the user's
  own problem at the page, the environment's explained, ours to the error reporter), the
  buttons come back and nothing typed is lost;
- closed (取消, Esc, the window's ✕) while the save runs (without the discard question: what
  was typed is being saved): the save still finishes; the rest of
  the app hears of it (``ctx.announce_case``) and the confirmation still shows; a late
  failure goes to the error reporter (nowhere on the page to show it);
- after saving, ``saved`` is emitted with the case, the wizard closes, and the main window
  shows ``已保存到“我的事项”：标题`` with 打开我的事项 until the person closes it.

GuardedWizard's keyboard and discard behaviour stays (Enter = 下一步, asks before
throwing away what was typed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from yibao.domain.cases import Case
from yibao.ui.dialogs.failures import show_problem
from yibao.ui.wizards.base import GuardedWizard

if TYPE_CHECKING:
    from yibao.services.database import Database
    from yibao.ui.context import AppContext


_t = QCoreApplication.translate


def confirm_saved(window: QWidget | None, result: object) -> None:
    """Ask the main window (if it is one) to show that *result* was saved."""
    show = getattr(window, "show_saved", None) if window is not None else None
    if callable(show) and shiboken6.isValid(window):
        show(result)


class CaseWizard(GuardedWizard):
    """A wizard whose 完成 saves a case through a service (see the module)."""

    # emitted with the saved case (or whatever a subclass saves)
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # what was saved (None until then)
        self.result_case: Any = None
        self._saving = False
        self._closed = False
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("CaseWizard", "保存到我的事项"))

    # ------------------------------------------------------------------ for subclasses

    def save_work(self) -> Callable[[Database], Any] | None:
        """The op-thread function that saves and returns the case; ``None``: nothing to
        save (the wizard stays open). Read the pages here, not inside the function."""
        raise NotImplementedError

    def status_label(self) -> QLabel | None:
        """Where a failure is shown: the current page's ``status`` label by default."""
        status = getattr(self.currentPage(), "status", None)
        return status if isinstance(status, QLabel) else None

    def after_saved(self, result: Any) -> None:
        """Just before the wizard closes after saving (e.g. show the 我的事项 page)."""

    def announce(self, result: Any) -> None:
        """Tell the rest of the app (runs even when the wizard was closed meanwhile)."""
        if isinstance(result, Case):
            self.ctx.announce_case(result)

    # ------------------------------------------------------------------ state

    @property
    def saving(self) -> bool:
        return self._saving

    def alive(self) -> bool:
        """False once closed: late answers from the op thread are dropped."""
        return not self._closed and shiboken6.isValid(self)

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def reject(self) -> None:
        """While the save runs nothing typed can be lost: close without asking."""
        if self._saving:
            QWizard.reject(self)
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._saving = busy
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton):
            self.button(which).setEnabled(not busy)
        status = self.status_label()
        if status is not None:
            status.setText(_t("CaseWizard", "正在保存……") if busy else "")

    # ------------------------------------------------------------------ saving

    def accept(self) -> None:
        if self.result_case is not None:
            super().accept()
            return
        if self._saving:
            return
        work = self.save_work()
        if work is None:
            return
        self._set_busy(True)
        window = self.parentWidget()
        announce = self.announce

        def notify(result: Any) -> None:
            # after _saved (which closes the wizard), and also when it was closed meanwhile
            announce(result)
            confirm_saved(window, result)

        self.ctx.call(work, self._saved, self._failed, notify=notify)

    def _saved(self, result: Any) -> None:
        if not self.alive():
            return
        self._set_busy(False)
        self.result_case = result
        self.saved.emit(result)
        self.after_saved(result)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        if not self.alive():
            # closed: nowhere to show it in place, but never lost (as ui.ops does)
            self.ctx.reporter.report(exc, None)
            return
        self._set_busy(False)
        status = self.status_label()
        if status is None:
            self.ctx.reporter.report(exc, self)
        else:
            show_problem(status, exc, self.ctx, self)


__all__ = ["CaseWizard", "confirm_saved"]
