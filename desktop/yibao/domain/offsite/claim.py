"""手工报销 back home after care paid in full: the deadline under the shortest time limit
in the book (moved back to a working day: the counter is closed on rest days) and the
typical review and payout time."""

from __future__ import annotations

from datetime import date

from yibao.domain import workdays
from yibao.domain.kernel import Finding, Level, PolicyView, finding
from yibao.domain.offsite import messages as m
from yibao.domain.offsite.model import ClaimPlan
from yibao.domain.workdays import WorkCalendar, add_working_days, months_deadline


def previous_working_day(day: date, cal: WorkCalendar | None) -> tuple[date, bool]:
    """*day*, or the last working day before it (a conservative deadline)."""
    found = workdays.previous_working_day(day, cal)
    return found.due, found.estimated


def claim_deadline(
    discharge: date, shortest_months: int, cal: WorkCalendar | None = None
) -> tuple[date, bool]:
    """The last day to hand in a claim under the shortest limit: *shortest_months* from the
    discharge, moved back to a working day (the counter is closed on rest days)."""
    return previous_working_day(months_deadline(discharge, shortest_months), cal)


def claim_plan(
    view: PolicyView,
    discharge: date,
    insured_name: str,
    today: date,
    cal: WorkCalendar | None,
) -> ClaimPlan:
    """The claim for care paid in full and ended (or paid) on *discharge*."""
    limit = view.table("offsite.manual_claim.time_limit")
    if limit.value is None:
        note = finding(
            "offsite.claim.missing",
            m.CLAIM_NOTE_MISSING,
            limit.basis,
            level=Level.CHECK,
            region=insured_name,
        )
        return ClaimPlan(None, None, "", note)
    shortest = limit.value.get("shortest_months")
    assert isinstance(shortest, int), "offsite.manual_claim.time_limit.shortest_months"
    longest = str(limit.value.get("longest") or "")
    deadline, estimated = claim_deadline(discharge, shortest, cal)
    passed = deadline < today
    note = finding(
        "offsite.claim.passed" if passed else "offsite.claim.deadline",
        m.CLAIM_NOTE_PASSED if passed else m.CLAIM_NOTE,
        limit.basis,
        level=Level.WARNING if passed else Level.INFO,
        shortest=str(shortest),
        longest=longest,
        deadline=deadline.isoformat(),
        region=insured_name,
    )
    review = _review(view, max(today, discharge), cal)
    if review is None:
        return ClaimPlan(deadline, shortest, longest, note, estimated=estimated)
    days, review_note, review_estimated = review
    return ClaimPlan(
        deadline, shortest, longest, note, days, review_note, estimated or review_estimated
    )


def _review(
    view: PolicyView, handed_in: date, cal: WorkCalendar | None
) -> tuple[int, Finding, bool] | None:
    """The typical payout day if the file is complete on *handed_in* (``None``: not known)."""
    review = view.integer("offsite.manual_claim.review_working_days")
    if review.value is None:
        return None
    paid = add_working_days(handed_in, review.value, cal)
    note = finding(
        "offsite.claim.review_estimated" if paid.estimated else "offsite.claim.review",
        m.REVIEW_NOTE_ESTIMATED if paid.estimated else m.REVIEW_NOTE,
        review.basis,
        days=str(review.value),
        date=handed_in.isoformat(),
        paid=paid.due.isoformat(),
        year=str(paid.due.year),
    )
    return review.value, note, paid.estimated
