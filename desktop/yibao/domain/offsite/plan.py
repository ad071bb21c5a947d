"""The whole plan for valid answers: the type and why, validity, money, filing afterwards,
the claim, the deadlines and the general warnings.

Filing rules are the 参保地's (the insured region's), so every value is read through one
:class:`~yibao.domain.kernel.PolicyView` bound to the 参保地 on the day that matters: the
first day of care that already happened, else today.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from yibao.domain.cases import Deadline
from yibao.domain.i18n import QT_TRANSLATE_NOOP, written
from yibao.domain.kernel import Basis, Finding, Level, Origin, PolicyView, finding
from yibao.domain.offsite import messages as m
from yibao.domain.offsite.afterwards import Afterwards, file_afterwards
from yibao.domain.offsite.claim import claim_plan
from yibao.domain.offsite.decide import decide_type
from yibao.domain.offsite.model import ClaimPlan, FilingType, OffsiteAnswers, OffsitePlan
from yibao.domain.offsite.money import money_findings
from yibao.domain.offsite.places import Places
from yibao.domain.offsite.validity import validity
from yibao.domain.policy import Override, PolicyBook
from yibao.domain.policy.regionkeys import NATIONAL, fallback_region_name
from yibao.domain.workdays import WorkCalendar

# the policy source for general statements without an original source (shown 未经证实)
UNCONFIRMED_SOURCE = "domain-notes-unconfirmed"

DEADLINE_FILE_BEFORE = QT_TRANSLATE_NOOP("domain", "出发（开始就医）前办好备案")
DEADLINE_FILE_AFTERWARDS = QT_TRANSLATE_NOOP("domain", "急诊补办备案截止")
DEADLINE_CLAIM = QT_TRANSLATE_NOOP("domain", "手工报销材料提交截止（按最短时限）")
DEADLINE_RENEW = QT_TRANSLATE_NOOP("domain", "临时备案到期（如仍需就医请续办）")


def plan_offsite(
    answers: OffsiteAnswers,
    book: PolicyBook,
    today: date,
    *,
    overrides: Sequence[Override] = (),
    cal: WorkCalendar | None = None,
) -> OffsitePlan:
    """The whole plan for valid *answers* (check :func:`validate_answers` first)."""
    places = Places.of(answers.insured_region, answers.dest_region)
    at = answers.start if answers.start is not None and answers.already_treated else today
    view = PolicyView(book, places.insured, at, overrides)
    filing_type, why_template = decide_type(answers)
    # the types are national (医保发〔2022〕22号): no region stands in for them
    types = view.for_region(None).tables("offsite.filing_types")
    why = finding(
        f"offsite.why.{answers.reason.value}.{filing_type.value}",
        why_template,
        types.basis,
        level=Level.OK,
        dest=places.dest_name,
        scheme=answers.scheme.label,
    )
    valid, valid_until = validity(view, filing_type, answers.start or today, places.insured_name)
    money, rule = money_findings(view, filing_type, places)
    general = general_basis(book)
    afterwards = _afterwards(view, filing_type, answers, places, today)
    claim = _claim(view, answers, places, today, cal)
    by = afterwards.by if afterwards is not None else None
    plan = OffsitePlan(
        answers=answers,
        filing_type=filing_type,
        why=why,
        insured_name=places.insured_name,
        dest_name=places.dest_name,
        cross_province=places.cross_province,
        validity=valid,
        valid_until=valid_until,
        money=tuple(money),
        without_filing=finding(
            "offsite.without_filing", m.WITHOUT_FILING, general, level=Level.WARNING
        ),
        file_afterwards=afterwards.finding if afterwards is not None else None,
        file_afterwards_by=by,
        claim=claim,
        deadlines=deadlines(
            answers, today, afterwards.deadline if afterwards else None, claim, valid_until
        ),
        warnings=warnings(places, general),
        temporary_cut=rule,
    )
    return plan


def _afterwards(
    view: PolicyView,
    filing_type: FilingType,
    answers: OffsiteAnswers,
    places: Places,
    today: date,
) -> Afterwards | None:
    if filing_type is not FilingType.TEMP_EMERGENCY or not answers.already_treated:
        return None
    return file_afterwards(view, answers.start, places.insured_name, today)


def _claim(
    view: PolicyView,
    answers: OffsiteAnswers,
    places: Places,
    today: date,
    cal: WorkCalendar | None,
) -> ClaimPlan | None:
    if not (answers.already_treated and answers.paid_in_full) or answers.discharge is None:
        return None
    return claim_plan(view, answers.discharge, places.insured_name, today, cal)


def deadlines(
    answers: OffsiteAnswers,
    today: date,
    file_by: date | None,
    claim: ClaimPlan | None,
    valid_until: date | None,
) -> tuple[Deadline, ...]:
    """The plan's dates for 我的事项 still to come: file before leaving, file afterwards,
    the claim, renewing a temporary filing."""
    out: list[Deadline] = []
    if answers.start is not None and not answers.already_treated and answers.start >= today:
        out.append(Deadline(written(DEADLINE_FILE_BEFORE), answers.start))
    if file_by is not None:
        out.append(Deadline(written(DEADLINE_FILE_AFTERWARDS), file_by))
    if claim is not None and claim.deadline is not None and claim.deadline >= today:
        out.append(Deadline(written(DEADLINE_CLAIM), claim.deadline))
    if valid_until is not None and not answers.already_treated:
        out.append(Deadline(written(DEADLINE_RENEW), valid_until))
    return tuple(out)


def warnings(places: Places, general: Basis | None) -> tuple[Finding, ...]:
    """省内: many provinces need no filing; changing or cancelling a filing (unconfirmed)."""
    out: list[Finding] = []
    if not places.cross_province:
        out.append(
            finding(
                "offsite.same_province",
                m.NOT_CROSS_PROVINCE,
                general,
                insured=places.insured_name,
                dest=places.dest_name,
            )
        )
    out.append(finding("offsite.change", m.CHANGE_NOTE, general))
    return tuple(out)


def general_basis(book: PolicyBook) -> Basis | None:
    """The basis of a general statement without an original source (未经证实)."""
    try:
        source = book.source(UNCONFIRMED_SOURCE)
    except KeyError:
        return None
    return Basis(
        key=UNCONFIRMED_SOURCE,
        label=source.title,
        value_text="",
        origin=Origin.BOOK,
        region_name=fallback_region_name(NATIONAL),
        region_key=NATIONAL,
        source=source,
    )
