"""How a dialog or a wizard (a dialog too) shows an op that failed (DESIGN §5, three kinds).

The user's problems (``InvalidInput``) go to their field or to the page's status line; the
environment's (``EnvironmentProblem``) to the status line, explained; ours to the error
reporter (the crash dialog). Nothing is dropped: a problem with no field to show it at is
reported too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from yibao.ui.i18n import dtr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget

    from yibao.services.errors import FieldError, InvalidInput
    from yibao.ui.context import AppContext
    from yibao.ui.widgets.forms import FieldErrors


def field_error_text(error: FieldError) -> str:
    """One field's message, translated with its parameters."""
    return dtr(error.template, error.params) if error.template else dtr(error.message)


def invalid_text(exc: InvalidInput) -> str:
    """Every field's message, one per line."""
    return "\n".join(field_error_text(e) for e in exc.errors)


def problem_text(exc: BaseException) -> str | None:
    """What to say in place for the user's or the environment's problem; ``None`` for ours."""
    from yibao.services.errors import EnvironmentProblem, InvalidInput

    if isinstance(exc, InvalidInput):
        return invalid_text(exc)
    if isinstance(exc, EnvironmentProblem):
        return dtr(exc.message)
    return None


def show_problem(status: QLabel, exc: BaseException, ctx: AppContext, parent: QWidget) -> None:
    """The user's or the environment's problem on ``status``; ours to the reporter."""
    text = problem_text(exc)
    if text is None:
        ctx.reporter.report(exc, parent)
    else:
        status.setText(text)


def show_at_fields(
    errors: FieldErrors, exc: BaseException, ctx: AppContext, parent: QWidget
) -> None:
    """The user's problems at their fields; anything else (also a problem whose field has no
    row in ``errors``) to the reporter."""
    from yibao.services.errors import InvalidInput

    if isinstance(exc, InvalidInput):
        orphans = errors.show([(e.field, field_error_text(e)) for e in exc.errors])
        if not orphans:
            return
    ctx.reporter.report(exc, parent)
