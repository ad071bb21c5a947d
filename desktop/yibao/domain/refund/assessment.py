"""The answer to one request: :func:`assess` runs the rules of the scenario through a
:class:`~yibao.domain.kernel.PolicyView` and returns a :class:`RefundAssessment`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from yibao.domain.cases import Deadline
from yibao.domain.i18n import Message, written
from yibao.domain.kernel import Finding, PolicyView
from yibao.domain.policy import Confidence, Override, PolicyBook
from yibao.domain.refund.account import check_account_payout
from yibao.domain.refund.amount import expected_amount
from yibao.domain.refund.applicants import check_applicant
from yibao.domain.refund.arrival import expected_arrival
from yibao.domain.refund.duplicate import check_duplicate
from yibao.domain.refund.explain import finding_json, reason_line, shown_in_summary
from yibao.domain.refund.facts import checklist_facts
from yibao.domain.refund.messages import (
    _DL_APPLY_NOW,
    _LINE_ADVICE,
    _LINE_AMOUNT,
    _LINE_ARRIVAL,
    _SUMMARY_FROM,
)
from yibao.domain.refund.model import Amount, Arrival, RefundRequest, Scenario, Verdict, cn_date
from yibao.domain.refund.proxy import check_proxy_cancel, check_proxy_resubmit
from yibao.domain.refund.steps import Steps


@dataclass(frozen=True)
class RefundAssessment:
    request: RefundRequest
    today: date
    verdict: Verdict
    #: the findings, each with its level and basis
    reasons: tuple[Finding, ...]
    #: what else the person can do (when not eligible, not yet, or unsure)
    alternatives: tuple[Finding, ...]
    earliest_application: date | None
    amount: Amount
    arrival: Arrival
    deadlines: tuple[Deadline, ...]
    #: facts for ``resources/checklists/refund.toml``
    facts: Mapping[str, str | bool]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.reasons

    @property
    def can_apply_now(self) -> bool:
        return self.verdict is Verdict.ELIGIBLE

    @property
    def weakest_confidence(self) -> Confidence | None:
        """The least sure source among the reasons (``None`` if none has a source)."""
        levels = [r.confidence for r in self.reasons if r.confidence is not None]
        return max(levels, key=lambda c: c.rank) if levels else None

    @property
    def summary(self) -> str:
        """One line: the verdict, and from when one can apply (in the chosen language: it is
        kept with the saved case as written)."""
        if self.verdict is Verdict.NOT_YET and self.earliest_application is not None:
            return written(
                _SUMMARY_FROM,
                {"verdict": self.verdict.label, "date": cn_date(self.earliest_application)},
            )
        return written(self.verdict.label)

    def summary_lines(self) -> list[str]:
        """The reasons with their source and confidence, what else to do, amount, arrival."""
        lines = [reason_line(r) for r in self.reasons if shown_in_summary(r)]
        lines += [
            written(_LINE_ADVICE, {"text": Message(a.template, a.params)})
            for a in self.alternatives
        ]
        amount, arrival = self.amount, self.arrival
        lines.append(written(_LINE_AMOUNT, {"text": Message(amount.template, amount.params)}))
        lines.append(written(_LINE_ARRIVAL, {"text": Message(arrival.template, arrival.params)}))
        return lines

    def to_result(self) -> dict[str, object]:
        """The assessment as typed JSON for the saved case (``Case.result``)."""
        return {
            "summary": self.summary,
            "summary_lines": self.summary_lines(),
            "verdict": self.verdict.value,
            "verdict_label": self.verdict.label,
            "reasons": [finding_json(r) for r in self.reasons],
            "alternatives": [finding_json(r) for r in self.alternatives],
            "earliest_application": self.earliest_application,
            "amount": self.amount.value,
            "amount_basis": self.amount.basis.value,
            "amount_text": self.amount.text,
            "arrival_text": self.arrival.text,
            "arrival_earliest": self.arrival.earliest,
            "arrival_latest": self.arrival.latest,
            "assessed_on": self.today,
        }


def assess(
    book: PolicyBook,
    request: RefundRequest,
    today: date,
    overrides: Sequence[Override] = (),
) -> RefundAssessment:
    """The verdict, reasons, timing, amount and checklist facts for *request* on *today*.

    Policy values are read for ``request.region_code`` on *today* (benefit-year values on
    1 January of the benefit year), the user's *overrides* applied.
    """
    view = PolicyView(book, request.region_code, today, tuple(overrides))
    steps = Steps(view, request)
    check_applicant(steps)
    benefit_year = request.benefit_year
    scenario = request.scenario
    if scenario.is_account_payout:
        check_account_payout(steps)
    elif scenario is Scenario.DUPLICATE_ENROLMENT:
        benefit_year = check_duplicate(steps).benefit_year
    elif scenario is Scenario.PROXY_CANCEL:
        check_proxy_cancel(steps)
    else:
        check_proxy_resubmit(steps)
    verdict = steps.verdict()
    if verdict in (Verdict.ELIGIBLE, Verdict.CHECK_LOCALLY) and steps.earliest is not None:
        due = max(steps.earliest, today)
        if not any(d.due == due for d in steps.deadlines):
            steps.deadlines.append(Deadline(written(_DL_APPLY_NOW), due))
    amount = expected_amount(view, request, verdict, benefit_year)
    arrival, check_arrival = expected_arrival(view, request, verdict)
    if check_arrival is not None:
        steps.deadlines.append(check_arrival)
    return RefundAssessment(
        request=request,
        today=today,
        verdict=verdict,
        reasons=tuple(steps.findings),
        alternatives=tuple(steps.alternatives),
        earliest_application=steps.earliest if verdict is not Verdict.NOT_ELIGIBLE else None,
        amount=amount,
        arrival=arrival,
        deadlines=tuple(sorted(steps.deadlines, key=lambda d: d.due)),
        facts=checklist_facts(request, view),
    )
