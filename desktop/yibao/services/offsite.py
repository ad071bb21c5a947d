"""异地就医备案 use cases: the plan for the wizard's answers, and saving it as a case.

The wizard collects :class:`~yibao.domain.offsite.OffsiteAnswers`; :func:`answer_errors`
says what is wrong with them at each page's fields and :func:`scope` how the first page
shows the two places (省内 / 跨省); :func:`make_plan` checks
them (``InvalidInput`` naming the answer's field) and returns the plan with its checklist;
:func:`save_plan` stores it as a case (我的事项) of kind ``OFFSITE_FILING``;
:func:`add_claim` adds the 手工报销 part to a saved case after the trip, keeping what was
ticked.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from yibao.domain.cases import Case, CaseKind, Deadline
from yibao.domain.checklists import ChecklistEntry, to_case_items
from yibao.domain.i18n import QT_TRANSLATE_NOOP, Message, written
from yibao.domain.kernel import Finding, PolicyView
from yibao.domain.offsite import (
    EARLIEST,
    FilingType,
    OffsiteAnswers,
    OffsitePlan,
    Reason,
    checklist_facts,
    plan_offsite,
    validate_answers,
)
from yibao.domain.offsite.places import Places, pooling_code
from yibao.domain.people import Member, Scheme
from yibao.domain.regions import region_book
from yibao.domain.workdays import official_calendar
from yibao.services.checklists import checklist_book, checklist_view
from yibao.services.database import Database
from yibao.services.errors import FieldError, InvalidInput
from yibao.services.policy import list_overrides, policy_book

log = logging.getLogger(__name__)

FILING_CHECKLIST = "offsite_filing"
CLAIM_CHECKLIST = "manual_claim"


@dataclass(frozen=True)
class OffsiteResult:
    plan: OffsitePlan
    entries: tuple[ChecklistEntry, ...]


#: the earliest first day of care the wizard accepts
EARLIEST_START = EARLIEST


def answer_errors(
    answers: OffsiteAnswers, today: date, fields: tuple[str, ...] = ()
) -> tuple[FieldError, ...]:
    """What is wrong with *answers*, at the answer's field (only *fields*, when given)."""
    return tuple(
        FieldError(p.field, p.message, p.template, dict(p.params), "domain")
        for p in validate_answers(answers, today)
        if not fields or p.field in fields
    )


@dataclass(frozen=True)
class Scope:
    """Where the care is, as the first page shows it."""

    #: the full names (四川省泸州市)
    insured_name: str
    dest_name: str
    #: the same pooling region: no filing needed
    same_region: bool
    cross_province: bool


def scope(insured_region: str, dest_region: str) -> Scope | None:
    """The two places as the wizard's first page shows them (``None`` until both are real
    pooling regions)."""
    insured, dest = pooling_code(insured_region), pooling_code(dest_region)
    if insured is None or dest is None:
        return None
    book = region_book()
    found = Places.of(insured, dest)
    return Scope(
        book.full_name(insured_region),
        book.full_name(dest_region),
        insured == dest,
        found.cross_province,
    )


def _check(answers: OffsiteAnswers, today: date) -> None:
    errors = answer_errors(answers, today)
    if errors:
        raise InvalidInput(errors)


def make_plan(db: Database, answers: OffsiteAnswers, today: date) -> OffsiteResult:
    """Validate *answers* and work out the plan (the user's policy overrides applied)."""
    _check(answers, today)
    overrides = list_overrides(db)
    plan = plan_offsite(answers, policy_book(), today, overrides=overrides, cal=official_calendar())
    view = checklist_view(answers.insured_region, today, overrides)
    return OffsiteResult(plan, tuple(checklist_entries(plan, view)))


def checklist_entries(plan: OffsitePlan, view: PolicyView | None = None) -> list[ChecklistEntry]:
    """The filing (and claim) checklist; *view* (the 参保地 on the day) fills its
    ``{policy:…}`` values."""
    book = checklist_book()
    facts = checklist_facts(plan)
    entries = book.build(FILING_CHECKLIST, facts, view)
    if plan.claim is not None:
        entries += book.build(CLAIM_CHECKLIST, facts, view)
    return entries


#: a saved case's title and summary, written in the chosen language (kept as written)
_TITLE = QT_TRANSLATE_NOOP("services", "{filing}备案（{insured}→{dest}）")
_TITLE_NAMED = QT_TRANSLATE_NOOP("services", "{name} {filing}备案（{insured}→{dest}）")
_SUMMARY = QT_TRANSLATE_NOOP("services", "{filing}（{term}）")
_LINE_PLACES_CROSS = QT_TRANSLATE_NOOP("services", "参保地：{insured} → 就医地：{dest}（跨省）")
_LINE_PLACES_PROVINCE = QT_TRANSLATE_NOOP("services", "参保地：{insured} → 就医地：{dest}（省内）")
_LINE_VALIDITY = QT_TRANSLATE_NOOP("services", "有效期：{text}")
_LINE_VALID_UNTIL = QT_TRANSLATE_NOOP("services", "临时备案至少有效到 {date}（以备案回执为准）")
_UNCONFIRMED = QT_TRANSLATE_NOOP("services", "（未经证实）")


def _line(note: Finding | None) -> list[str]:
    if note is None:
        return []
    text = written(note.template, note.params)
    if note.missing:
        return [text]
    if note.confidence is not None and note.confidence.value == "unconfirmed":
        text += written(_UNCONFIRMED)
    return [text]


def summary_lines(plan: OffsitePlan) -> list[str]:
    places = _LINE_PLACES_CROSS if plan.cross_province else _LINE_PLACES_PROVINCE
    validity = Message(plan.validity.template, plan.validity.params)
    lines = [
        written(places, {"insured": plan.insured_name, "dest": plan.dest_name}),
        *_line(plan.why),
        written(_LINE_VALIDITY, {"text": validity}),
    ]
    if plan.valid_until is not None:
        lines.append(written(_LINE_VALID_UNTIL, {"date": plan.valid_until.isoformat()}))
    for note in plan.money:
        lines += _line(note)
    lines += _line(plan.without_filing)
    lines += _line(plan.file_afterwards)
    if plan.claim is not None:
        lines += _line(plan.claim.note)
        lines += _line(plan.claim.review_note)
    for note in plan.warnings:
        lines += _line(note)
    return lines


def _title(plan: OffsitePlan, member: Member | None) -> str:
    params = {"filing": plan.filing_type.label, "insured": plan.insured_name}
    params["dest"] = plan.dest_name
    if member is None:
        return written(_TITLE, params)
    return written(_TITLE_NAMED, {**params, "name": member.name})


def answers_to_inputs(answers: OffsiteAnswers) -> dict[str, object]:
    out: dict[str, object] = {}
    for f in dataclasses.fields(answers):
        value = getattr(answers, f.name)
        out[f.name] = value.value if isinstance(value, Reason | Scheme) else value
    return out


def answers_from_inputs(inputs: Mapping[str, object]) -> OffsiteAnswers:
    """The answers stored with a case (unknown or missing keys fall back to defaults)."""
    names = {f.name for f in dataclasses.fields(OffsiteAnswers)}
    values = {k: v for k, v in inputs.items() if k in names}
    values["reason"] = Reason(str(values.get("reason", Reason.TRIP.value)))
    values["scheme"] = Scheme(str(values.get("scheme", Scheme.EMPLOYEE_ACTIVE.value)))
    return OffsiteAnswers(**values)  # type: ignore[arg-type]


def build_case(
    result: OffsiteResult, member: Member | None, *, notes: str = "", case_id: int | None = None
) -> Case:
    plan = result.plan
    claim = plan.claim
    return Case(
        kind=CaseKind.OFFSITE_FILING,
        title=_title(plan, member),
        member_id=member.id if member is not None else None,
        inputs=answers_to_inputs(plan.answers),
        result={
            "summary": written(
                _SUMMARY, {"filing": plan.filing_type.label, "term": plan.filing_type.term_label}
            ),
            "summary_lines": tuple(summary_lines(plan)),
            "filing_type": plan.filing_type.value,
            "insured_region": plan.answers.insured_region,
            "dest_region": plan.answers.dest_region,
            "cross_province": plan.cross_province,
            "valid_until": plan.valid_until,
            "file_afterwards_by": plan.file_afterwards_by,
            "claim_deadline": claim.deadline if claim is not None else None,
            "sources": tuple(s.id for s in plan.sources),
        },
        items=to_case_items(result.entries),
        deadlines=plan.deadlines,
        notes=notes,
        id=case_id,
    )


def save_plan(db: Database, answers: OffsiteAnswers, member: Member | None, today: date) -> Case:
    """Plan and store a new case; returns it with ids."""
    from yibao.services import cases

    result = make_plan(db, answers, today)
    saved = cases.save_case(db, build_case(result, member))
    log.info("offsite case saved: id=%s type=%s", saved.id, result.plan.filing_type.value)
    return saved


_MSG_NOT_OFFSITE = "这件事项不是异地就医备案，不能添加报销清单"


def add_claim(
    db: Database,
    case_id: int,
    *,
    start: date,
    discharge: date,
    inpatient: bool,
    today: date,
) -> Case:
    """After the trip: add the 手工报销 checklist and deadline to a saved filing case.

    Items already there keep their ticks and notes (matched by key); the filing's type and
    places stay as saved.
    """
    from yibao.services import cases

    case = cases.get_case(db, case_id)
    if case.kind is not CaseKind.OFFSITE_FILING:
        raise InvalidInput(FieldError("id", _MSG_NOT_OFFSITE, _MSG_NOT_OFFSITE, {}, "services"))
    answers = dataclasses.replace(
        answers_from_inputs(case.inputs),
        already_treated=True,
        paid_in_full=True,
        start=start,
        discharge=discharge,
        inpatient=inpatient,
    )
    result = make_plan(db, answers, today)
    fresh = build_case(result, None, notes=case.notes, case_id=case.id)
    old_items = {i.key: i for i in case.items}
    items = tuple(
        dataclasses.replace(i, done=old.done, done_at=old.done_at, note=old.note, id=old.id)
        if (old := old_items.get(i.key)) is not None
        else i
        for i in fresh.items
    )
    deadlines = _merge_deadlines(case.deadlines, fresh.deadlines)
    merged = dataclasses.replace(
        fresh,
        title=case.title,
        member_id=case.member_id,
        status=case.status,
        items=items,
        deadlines=tuple(deadlines),
    )
    saved = cases.save_case(db, merged)
    log.info("offsite case %s: claim added", case_id)
    return saved


def _merge_deadlines(old: Sequence[Deadline], fresh: Sequence[Deadline]) -> list[Deadline]:
    """The fresh deadlines, each keeping the tick of the saved one it repeats, and the saved
    ones already ticked that the fresh plan no longer has.

    A deadline has no key: it repeats a saved one with the same label, or — when the case was
    saved in the other language, so the labels differ — the one saved for the same day."""
    unmatched = list(old)
    out: list[Deadline] = []
    for d in fresh:
        prev = next((o for o in unmatched if o.label == d.label), None) or next(
            (o for o in unmatched if o.due == d.due), None
        )
        if prev is None:
            out.append(d)
            continue
        unmatched.remove(prev)
        out.append(dataclasses.replace(d, done=prev.done, id=prev.id))
    return out + [o for o in unmatched if o.done]


def filing_types() -> list[FilingType]:
    return list(FilingType)
