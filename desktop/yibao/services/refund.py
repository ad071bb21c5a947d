"""Personal-account refunds and payouts: assess a request and save it as a case (我的事项).

The rules are in :mod:`yibao.domain.refund`; the materials in ``resources/checklists/
refund.toml``. This module adds what needs the database: the user's policy overrides, the
household, the balance from the contribution history (when that feature is present) and
saving the case through :mod:`yibao.services.cases`.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from yibao.domain.cases import Case, CaseItem, CaseKind
from yibao.domain.checklists import to_case_items
from yibao.domain.i18n import QT_TRANSLATE_NOOP, written
from yibao.domain.kernel import PolicyView
from yibao.domain.people import Member, Relation
from yibao.domain.policy import Override
from yibao.domain.refund import (
    CHECKLIST_ID,
    Applicant,
    RefundAssessment,
    RefundRequest,
    Scenario,
    Verdict,
    assess,
    check_request,
)
from yibao.domain.refund import allowed_applicants as _allowed_applicants
from yibao.domain.regions import region_book
from yibao.services.database import Database
from yibao.services.errors import FieldError, InvalidInput

log = logging.getLogger(__name__)

PERSON_NAME_MAX_LENGTH = 40

_MSG_NAME_REQUIRED = QT_TRANSLATE_NOOP("services", "请填写这位参保人的姓名")
_MSG_NAME_TOO_LONG = QT_TRANSLATE_NOOP("services", "姓名不能超过 {max} 个字")
_MSG_REGION_REQUIRED = QT_TRANSLATE_NOOP("services", "请选择参保地（统筹区）")

_TITLE = QT_TRANSLATE_NOOP("services", "{scenario}（{name}）")


@dataclass(frozen=True)
class RefundStart:
    """What the wizard needs to open: the household (profile first) and today's date."""

    members: tuple[Member, ...]
    today: date

    @property
    def profile(self) -> Member | None:
        return next((m for m in self.members if m.relation is Relation.SELF), None)


def start(db: Database, today: date) -> RefundStart:
    """The household for the wizard's person picker (empty on a fresh database)."""
    from yibao.services import household

    return RefundStart(tuple(household.list_members(db)), today)


def account_balance(db: Database, member_id: int, today: date) -> Decimal | None:
    """The member's personal-account balance from the contribution history, or ``None``.

    Uses ``services.history.analyse_member`` (the history feature) when it is there and has
    a balance for the member (records, an opening balance or movements); the wizard works
    without it — the user types the balance.
    """
    try:
        history = importlib.import_module("yibao.services.history")
    except ImportError:
        return None
    analyse = getattr(history, "analyse_member", None)
    if not callable(analyse):
        return None
    try:
        analysis = analyse(db, member_id, today=today)
    except InvalidInput:
        return None
    balance = getattr(getattr(analysis, "account", None), "balance", None)
    return balance if isinstance(balance, Decimal) else None


def allowed_applicants(
    scenario: Scenario, region_code: str | None, today: date
) -> tuple[Applicant, ...]:
    """Who may apply for *scenario* in the region, by the policy book (no database: a hint
    for the wizard on the GUI thread; the assessment applies the user's overrides)."""
    from yibao.services.policy import policy_book

    return _allowed_applicants(PolicyView(policy_book(), region_code, today), scenario)


def check_person(person_name: str, region_code: str | None) -> list[FieldError]:
    """Problems with who the money belongs to (no database: safe on the GUI thread)."""
    errors: list[FieldError] = []
    if not region_code:
        errors.append(FieldError.of("region_code", _MSG_REGION_REQUIRED))
    name = person_name.strip()
    if not name:
        errors.append(FieldError.of("person_name", _MSG_NAME_REQUIRED))
    elif len(name) > PERSON_NAME_MAX_LENGTH:
        errors.append(
            FieldError.of("person_name", _MSG_NAME_TOO_LONG, max=str(PERSON_NAME_MAX_LENGTH))
        )
    return errors


def check_details(request: RefundRequest, today: date) -> list[FieldError]:
    """Problems with the scenario's dates and amounts (no database)."""
    return [
        FieldError(p.field, p.message, p.template, dict(p.params), "domain")
        for p in check_request(request, today)
    ]


def _problems(request: RefundRequest, today: date, person_name: str) -> list[FieldError]:
    return check_person(person_name, request.region_code) + check_details(request, today)


def assess_refund(
    db: Database, request: RefundRequest, today: date, person_name: str = "—"
) -> RefundAssessment:
    """Check the inputs (:class:`InvalidInput` at the fields), then assess with the user's
    policy overrides."""
    from yibao.services.policy import list_overrides, policy_book

    errors = _problems(request, today, person_name)
    if errors:
        raise InvalidInput(errors)
    return assess(policy_book(), request, today, list_overrides(db))


def build_case(
    assessment: RefundAssessment,
    *,
    member_id: int | None,
    person_name: str,
    notes: str = "",
    overrides: Sequence[Override] = (),
) -> Case:
    """The case to save: the checklist for the situation (or, when not eligible, only what
    to do instead), the advice, deadlines, inputs and result. The checklist's policy values
    are the region's on the assessment day, with *overrides* (the user's own values)."""
    from yibao.services.checklists import build_checklist

    request = assessment.request
    advice_section = "notes" if assessment.verdict is Verdict.NOT_ELIGIBLE else "checks"
    advice = tuple(
        CaseItem(
            key=f"refund.advice.{index}",
            section=advice_section,
            text=written(reason.template, reason.params),
            why="",
            required=True,
        )
        for index, reason in enumerate(assessment.alternatives, start=1)
    )
    items: tuple[CaseItem, ...] = advice
    if assessment.verdict is not Verdict.NOT_ELIGIBLE:
        entries = build_checklist(
            CHECKLIST_ID,
            assessment.facts,
            region_code=request.region_code,
            at=assessment.today,
            overrides=overrides,
        )
        items = advice + to_case_items(entries)
    region_name = region_book().full_name(request.region_code) if request.region_code else ""
    name = person_name.strip()
    inputs: dict[str, object] = {
        "scenario": request.scenario.value,
        "applicant": request.applicant.value,
        "person_name": name,
        "region_code": request.region_code,
        "region_name": region_name,
        "scheme": request.scheme.value if request.scheme is not None else None,
        "heir_relation": request.heir_relation.value if request.heir_relation else None,
        "other_heirs": request.other_heirs,
        "termination_date": request.termination_date,
        "account_transferable": request.account_transferable,
        "employee_enrolment_date": request.employee_enrolment_date,
        "benefit_year": request.benefit_year,
        "balance": request.balance,
        "balance_from_history": request.balance_from_history,
        "amount": request.amount,
        "application_date": request.application_date,
    }
    return Case(
        kind=CaseKind.REFUND,
        title=written(_TITLE, {"scenario": request.scenario.label, "name": name}),
        member_id=member_id,
        inputs=inputs,
        result=assessment.to_result(),
        items=items,
        deadlines=assessment.deadlines,
        notes=notes,
    )


def preview_case(
    db: Database, assessment: RefundAssessment, *, member_id: int | None, person_name: str
) -> Case:
    """The case as it would be saved (the user's own policy values in its checklist), for
    the wizard's preview before saving."""
    from yibao.services.policy import list_overrides

    return build_case(
        assessment, member_id=member_id, person_name=person_name, overrides=list_overrides(db)
    )


def save_refund_case(
    db: Database,
    request: RefundRequest,
    today: date,
    *,
    member_id: int | None,
    person_name: str,
    notes: str = "",
) -> Case:
    """Assess *request* again (inputs checked, overrides applied) and save it as a case."""
    from yibao.services import cases

    assessment = assess_refund(db, request, today, person_name)
    from yibao.services.policy import list_overrides

    case = build_case(
        assessment,
        member_id=member_id,
        person_name=person_name,
        notes=notes,
        overrides=list_overrides(db),
    )
    saved = cases.save_case(db, case)
    log.info(
        "refund case saved: id=%s scenario=%s applicant=%s verdict=%s",
        saved.id,
        request.scenario.value,
        request.applicant.value,
        assessment.verdict.value,
    )
    return saved
