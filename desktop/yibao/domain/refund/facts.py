"""The facts the ``refund`` checklist's ``when`` / ``unless`` conditions test."""

from __future__ import annotations

from yibao.domain.refund.model import RefundRequest, Scenario
from yibao.domain.regions import region_book


def checklist_facts(request: RefundRequest) -> dict[str, str | bool]:
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
    return facts
