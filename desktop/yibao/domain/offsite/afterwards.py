"""Filing after an emergency that already happened: whether the 参保地 allows it and by
when (``offsite.emergency.filing_after_treatment``, ``…filing_deadline_days``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from yibao.domain.kernel import Finding, Level, PolicyView, finding
from yibao.domain.offsite import messages as m


@dataclass(frozen=True, slots=True)
class Afterwards:
    finding: Finding
    #: the last day to file, when the book has the number of days
    by: date | None = None


def file_afterwards(view: PolicyView, start: date | None, insured_name: str) -> Afterwards:
    """What the 参保地 says about filing an emergency that started on *start* afterwards."""
    allowed = view.flag("offsite.emergency.filing_after_treatment")
    region = allowed.basis.region_name or insured_name
    if allowed.value is None:
        return Afterwards(
            finding(
                "offsite.after.unknown",
                m.AFTER_UNKNOWN,
                allowed.basis,
                level=Level.CHECK,
                region=insured_name,
            )
        )
    if allowed.value is False:
        return Afterwards(
            finding(
                "offsite.after.not_allowed",
                m.AFTER_NOT_ALLOWED,
                allowed.basis,
                level=Level.WARNING,
                region=region,
            )
        )
    days = view.integer("offsite.emergency.filing_deadline_days")
    if days.value is None or start is None:
        return Afterwards(
            finding(
                "offsite.after.allowed_no_days",
                m.AFTER_ALLOWED_NO_DAYS,
                allowed.basis,
                region=region,
            )
        )
    by = start + timedelta(days=days.value)
    return Afterwards(
        finding(
            "offsite.after.allowed",
            m.AFTER_ALLOWED,
            days.basis,
            region=days.basis.region_name or insured_name,
            days=str(days.value),
            by=by.isoformat(),
        ),
        by,
    )
