"""Which deadlines the app knows for a household, one :class:`Reminder` each.

* every deadline of an open case (代缴 collection ends, 异地备案 validity and 手工报销 cut-off,
  返还 earliest-apply and cut-off dates …) — done ones too, marked ``done``, so a calendar
  re-import can cancel them;
* each 城乡居民医保 member's collection-period end for the next benefit year not yet paid
  (``resident.collection.period`` for the region, else the usual months
  ``resident.collection.default_window``; a local value the user entered wins), case or not,
  with the waiting period a missed period starts (``domain/waiting.py``);
* each flexible worker's yearly renewal window where the book has one
  (``flexible.renewal_window``), with what a missed window costs.

Pure: the services hand in the cases, members, records and the policy book.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from yibao.domain.cases import Case, CaseStatus
from yibao.domain.contributions import ContributionRecord
from yibao.domain.kernel import Basis, PolicyView, benefit_year_range
from yibao.domain.people import Member, Scheme
from yibao.domain.policy import Override, PolicyBook
from yibao.domain.proxy_payment import collection_period
from yibao.domain.reminders import actions
from yibao.domain.reminders.model import UID_DOMAIN, Reminder, ReminderKind
from yibao.domain.waiting import resident_breaks, resident_waiting


def _years_ahead(today: date) -> range:
    """The benefit years looked at for collection periods and renewal windows: today's year
    up to the last one a person may name (:func:`yibao.domain.kernel.benefit_year_range`)."""
    return range(today.year, benefit_year_range(today)[1] + 1)


def case_uid(case_id: int, deadline_id: int) -> str:
    return f"case-{case_id}-deadline-{deadline_id}@{UID_DOMAIN}"


def collection_uid(member_id: int, benefit_year: int) -> str:
    return f"member-{member_id}-collection-{benefit_year}@{UID_DOMAIN}"


def renewal_uid(member_id: int, year: int) -> str:
    return f"member-{member_id}-renewal-{year}@{UID_DOMAIN}"


def case_reminders(cases: Iterable[Case], *, include_done: bool = False) -> list[Reminder]:
    """One reminder per deadline of each open case (and, with *include_done*, the ticked-off
    deadlines and those of closed cases, marked ``done``)."""
    out: list[Reminder] = []
    for case in cases:
        if case.id is None:
            continue
        closed = case.status is not CaseStatus.OPEN
        for deadline in case.deadlines:
            if deadline.id is None:
                continue
            done = closed or deadline.done
            if done and not include_done:
                continue
            out.append(
                Reminder(
                    uid=case_uid(case.id, deadline.id),
                    due=deadline.due,
                    kind=ReminderKind.CASE,
                    title=actions.CASE_TITLE,
                    action=actions.CASE_ACTIONS[case.kind],
                    params={"label": deadline.label, "case": case.title},
                    case_id=case.id,
                    member_id=case.member_id,
                    page="cases",
                    done=done,
                )
            )
    return out


def _covered_years(records: Iterable[ContributionRecord]) -> set[int]:
    return {
        r.benefit_year if r.benefit_year is not None else r.month.year
        for r in records
        if r.scheme is Scheme.RESIDENT and r.status.counts
    }


def collection_reminders(
    members: Iterable[Member],
    book: PolicyBook,
    today: date,
    overrides: Sequence[Override] = (),
    records: Mapping[int, Sequence[ContributionRecord]] | None = None,
    *,
    proxy_possible: bool = False,
) -> list[Reminder]:
    """Each resident member's next collection-period end (not yet past, not yet paid)."""
    records = records or {}
    out: list[Reminder] = []
    for member in members:
        if member.id is None or member.scheme is not Scheme.RESIDENT or member.deceased:
            continue
        own = records.get(member.id, ())
        covered = _covered_years(own)
        for year in _years_ahead(today):
            period = collection_period(book, member.region_code, year, overrides)
            if period is None or period.end < today:
                continue
            if year in covered:
                continue  # already paid for that benefit year: the next one
            out.append(
                _collection(
                    member,
                    year,
                    period.end,
                    period.estimated,
                    period.basis,
                    book,
                    today,
                    overrides,
                    own,
                    proxy_possible,
                )
            )
            break
    return out


def _collection(
    member: Member,
    year: int,
    end: date,
    estimated: bool,
    basis: Basis | None,
    book: PolicyBook,
    today: date,
    overrides: Sequence[Override],
    records: Sequence[ContributionRecord],
    proxy_possible: bool,
) -> Reminder:
    assert member.id is not None
    region = member.region_code
    # A break already running (no coverage this year) counts; missing the period adds a year.
    gap = 0
    on_time_months: int | None = None
    for brk in resident_breaks(records, book, region, today, overrides) if records else ():
        if brk.ongoing and brk.enrol_year == year:
            gap = len(brk.uncovered)
            if brk.without_repair is not None:
                on_time_months = brk.without_repair.total_months
    late = resident_waiting(book, region, gap + 1, end + timedelta(days=1), 0, overrides)
    params: dict[str, object] = {"name": member.name, "year": year, "due": end.isoformat()}
    consequence = ""
    if late is not None:
        params["months"] = late.total_months
        source = late.rules[0].source  # waiting.resident.fixed_months
        if source is not None:
            params["document"] = source.doc_number or source.title
            consequence = actions.COLLECTION_MISSED
        else:
            consequence = actions.COLLECTION_MISSED_PLAIN
        if on_time_months is not None:
            params["years"] = gap
            params["now_months"] = on_time_months
            repair = PolicyView(book, region, end + timedelta(days=1), overrides).integer(
                "waiting.resident.repair_months_per_paid_year"
            )
            consequence = actions.COLLECTION_BROKEN_PLAIN
            if repair.value:
                params["repair"] = repair.value
                consequence = actions.COLLECTION_BROKEN
    return Reminder(
        uid=collection_uid(member.id, year),
        due=end,
        kind=ReminderKind.COLLECTION,
        title=actions.COLLECTION_TITLE,
        action=actions.COLLECTION_ACTION_ESTIMATED if estimated else actions.COLLECTION_ACTION,
        params=params,
        consequence=consequence,
        member_id=member.id,
        wizard="proxy-payment" if proxy_possible else None,
        page=None if proxy_possible else "family",
        estimated=estimated,
        basis=basis,
    )


def renewal_reminders(
    members: Iterable[Member],
    book: PolicyBook,
    today: date,
    overrides: Sequence[Override] = (),
) -> list[Reminder]:
    """Each flexible worker's renewal window end, for the years the book has one."""
    out: list[Reminder] = []
    for member in members:
        if (
            member.id is None
            or member.deceased
            or member.scheme
            not in (
                Scheme.FLEXIBLE_ACCOUNT,
                Scheme.FLEXIBLE_POOLING,
            )
        ):
            continue
        region = member.region_code
        view = PolicyView(book, region, today, overrides)
        for year in _years_ahead(today):
            found = view.for_benefit_year(year).table("flexible.renewal_window")
            if found.value is None:
                continue
            start, end = found.value.get("start"), found.value.get("end")
            if not (isinstance(start, date) and isinstance(end, date)) or end < today:
                continue
            resume = view.on(end).integer("waiting.employee.resume_after_months")
            params: dict[str, object] = {
                "name": member.name,
                "year": year,
                "start": start.isoformat(),
                "due": end.isoformat(),
            }
            consequence = actions.RENEWAL_MISSED_PLAIN
            if resume.value is not None:
                params["months"] = resume.value
                consequence = actions.RENEWAL_MISSED
            out.append(
                Reminder(
                    uid=renewal_uid(member.id, year),
                    due=end,
                    kind=ReminderKind.RENEWAL,
                    title=actions.RENEWAL_TITLE,
                    action=actions.RENEWAL_ACTION,
                    params=params,
                    consequence=consequence,
                    member_id=member.id,
                    page="history",
                    basis=found.basis,
                )
            )
    return out


def household_reminders(
    cases: Iterable[Case],
    members: Sequence[Member],
    book: PolicyBook,
    today: date,
    overrides: Sequence[Override] = (),
    records: Mapping[int, Sequence[ContributionRecord]] | None = None,
    *,
    include_done: bool = False,
) -> list[Reminder]:
    """Every deadline the app knows for the household, earliest first."""
    proxy_possible = any(m.scheme.has_personal_account and m.enrolled for m in members)
    found = [
        *case_reminders(cases, include_done=include_done),
        *collection_reminders(
            members, book, today, overrides, records, proxy_possible=proxy_possible
        ),
        *renewal_reminders(members, book, today, overrides),
    ]
    return sorted(found, key=lambda r: (r.done, r.due, r.uid))


def within(reminders: Iterable[Reminder], today: date, days: int) -> list[Reminder]:
    """The open reminders due within *days* of *today* (overdue ones included)."""
    last = today + timedelta(days=days)
    return [r for r in reminders if not r.done and r.due <= last]
