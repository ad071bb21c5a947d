"""What the pages of the 异地就医备案 wizard share: their ids and showing the answers'
problems at their fields."""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING

from yibao.ui.dialogs.failures import field_error_text
from yibao.ui.widgets.forms import FieldErrors

if TYPE_CHECKING:
    from yibao.domain.offsite import OffsiteAnswers


class PageId(enum.IntEnum):
    WHERE = 0
    WHY = 1
    TREATED = 2
    RESULT = 3


def show_answer_errors(
    errors: FieldErrors, answers: OffsiteAnswers, fields: tuple[str, ...], today: date
) -> bool:
    """Show what is wrong with *answers* at *fields* (checked by ``services.offsite``);
    ``True`` when nothing is."""
    from yibao.services.offsite import answer_errors

    found = answer_errors(answers, today, fields)
    errors.show([(e.field, field_error_text(e)) for e in found])
    return not found
