"""The facts the ``refund`` checklist's ``when`` / ``unless`` conditions test."""

from __future__ import annotations

from yibao.domain.kernel import PolicyView
from yibao.domain.refund.model import RefundRequest, Scenario
from yibao.domain.refund.timing import WAIT_MONTHS
from yibao.domain.regions import region_book


def checklist_facts(
    request: RefundRequest, view: PolicyView | None = None
) -> dict[str, str | bool]:
    """From the request; with the assessment's *view*, also whether an account payout must
    wait after the insurance ended (``waits_after_termination``: the region's
    ``refund.account.apply_after_termination_months`` is over 0)."""
    facts: dict[str, str | bool] = {
        "scenario": request.scenario.value,
        "applicant": request.applicant.value,
        "other_heirs": request.other_heirs,
    }
    if request.region_code:
        pooling = region_book().pooling_region_of(request.region_code)
        facts["region"] = pooling.code if pooling is not None else request.region_code
    if request.heir_relation is not None and request.scenario is Scenario.DEATH:
        facts["heir_relation"] = request.heir_relation.value
    if view is not None and request.scenario.is_account_payout:
        facts["waits_after_termination"] = view.integer(WAIT_MONTHS).get(0) > 0
    return facts
