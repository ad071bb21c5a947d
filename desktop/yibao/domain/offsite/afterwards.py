"""Filing after an emergency that already happened: whether the 参保地 allows it and by
when (``offsite.emergency.filing_after_treatment``, ``…filing_deadline_days``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from yibao.domain.kernel import Basis, Finding, Level, PolicyView, finding
from yibao.domain.offsite import messages as m

#: the region whose rule is given as an example where the 参保地's is not in the book
EXAMPLE_REGION = "440000"


@dataclass(frozen=True, slots=True)
class Afterwards:
    finding: Finding
    #: the last day to file, when the book has the number of days
    by: date | None = None
    #: *by* is before today
    passed: bool = False

    @property
    def deadline(self) -> date | None:
        """The last day to file, while it is still to come."""
        return None if self.passed else self.by


def file_afterwards(
    view: PolicyView, start: date | None, insured_name: str, today: date
) -> Afterwards:
    """What the 参保地 says about filing an emergency that started on *start* afterwards
    (on *today*: the time to do it may have passed)."""
    allowed = view.flag("offsite.emergency.filing_after_treatment")
    region = allowed.basis.region_name or insured_name
    if allowed.value is None:
        return Afterwards(_unknown(view, allowed.basis, insured_name))
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
    passed = by < today
    return Afterwards(
        finding(
            "offsite.after.passed" if passed else "offsite.after.allowed",
            m.AFTER_PASSED if passed else m.AFTER_ALLOWED,
            days.basis,
            level=Level.WARNING if passed else Level.INFO,
            region=days.basis.region_name or insured_name,
            days=str(days.value),
            by=by.isoformat(),
        ),
        by,
        passed,
    )


def _unknown(view: PolicyView, missing: Basis, insured_name: str) -> Finding:
    """The 参保地's rule is not in the book: say so, with another region's as an example."""
    example = view.for_region(EXAMPLE_REGION).integer("offsite.emergency.filing_deadline_days")
    if example.value is None:
        return finding(
            "offsite.after.unknown",
            m.AFTER_UNKNOWN,
            missing,
            level=Level.CHECK,
            region=insured_name,
        )
    return finding(
        "offsite.after.unknown",
        m.AFTER_UNKNOWN_EXAMPLE,
        missing,
        example.basis,
        level=Level.CHECK,
        region=insured_name,
        example=example.basis.region_name,
        days=str(example.value),
    )
