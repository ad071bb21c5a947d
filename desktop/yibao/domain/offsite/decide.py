"""Which filing type the plain answers (reason and scheme) give, and why."""

from __future__ import annotations

from yibao.domain.offsite.messages import WHY
from yibao.domain.offsite.model import FilingType, OffsiteAnswers, Reason
from yibao.domain.people import Scheme

#: a reason that always gives the same type
_FIXED = {
    Reason.LIVE: FilingType.LONG_TERM_RESIDENT,
    Reason.REFERRAL: FilingType.TEMP_REFERRAL,
    Reason.EMERGENCY: FilingType.TEMP_EMERGENCY,
    Reason.TRIP: FilingType.TEMP_OTHER,
}


def decide_type(answers: OffsiteAnswers) -> tuple[FilingType, str]:
    """The filing type for the answers and the (translatable) template explaining why.

    The template has ``{dest}`` and ``{scheme}`` placeholders. 异地安置退休 is for retirees
    only, 常驻异地工作 for 职工医保 members in work; anyone else living elsewhere long term
    files as 异地长期居住.
    """
    reason = answers.reason
    retired = answers.scheme is Scheme.EMPLOYEE_RETIRED
    if reason is Reason.SETTLE:
        if retired:
            return FilingType.LONG_TERM_RETIRED, WHY[(Reason.SETTLE, True)]
        return FilingType.LONG_TERM_RESIDENT, WHY[(Reason.SETTLE, False)]
    if reason is Reason.POSTED:
        if answers.scheme.is_employee_scheme and not retired:
            return FilingType.LONG_TERM_WORKER, WHY[(Reason.POSTED, True)]
        return FilingType.LONG_TERM_RESIDENT, WHY[(Reason.POSTED, False)]
    return _FIXED[reason], WHY[(reason, True)]
