"""What the rules write down while they look at one request: the findings (each with its
basis), what else the person can do, the earliest application day and the deadlines."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from yibao.domain.cases import Deadline
from yibao.domain.kernel import Basis, Fact, Finding, Level, PolicyView
from yibao.domain.policy.regionkeys import NATIONAL
from yibao.domain.refund.messages import _LOCAL_LABEL, _NATIONAL_LABEL
from yibao.domain.refund.model import RefundRequest, Verdict
from yibao.domain.regions import region_book

#: how a finding's level bears on the verdict
LEVEL_VERDICT = {
    Level.OK: Verdict.ELIGIBLE,
    Level.INFO: Verdict.ELIGIBLE,
    Level.WARNING: Verdict.ELIGIBLE,
    Level.WAIT: Verdict.NOT_YET,
    Level.CHECK: Verdict.CHECK_LOCALLY,
    Level.BLOCKED: Verdict.NOT_ELIGIBLE,
}


def place_name(region_code: str | None) -> str:
    """The insured region's name for messages (``武汉市``), or ``当地`` when unknown."""
    if not region_code:
        return _LOCAL_LABEL
    book = region_book()
    region = book.pooling_region_of(region_code) or book.lookup(region_code)
    return region.name if region is not None else _LOCAL_LABEL


def region_label(fact: Fact[Any] | None) -> str:
    """Whose rule a value is: ``全国通行`` for the national one, the region's name, or 当地."""
    if fact is None or fact.resolved is None:
        return _LOCAL_LABEL
    if fact.resolved.region_key == NATIONAL:
        return _NATIONAL_LABEL
    return fact.resolved.region_name


@dataclass
class Steps:
    """The notes of one assessment (the rules in this package append to it)."""

    view: PolicyView
    request: RefundRequest
    findings: list[Finding] = field(default_factory=list)
    alternatives: list[Finding] = field(default_factory=list)
    earliest: date | None = None
    deadlines: list[Deadline] = field(default_factory=list)

    @property
    def today(self) -> date:
        return self.view.at

    @property
    def place(self) -> str:
        return place_name(self.request.region_code)

    def add(
        self,
        code: str,
        template: str,
        level: Level,
        fact: Fact[Any] | None = None,
        *basis: Basis,
        **params: str,
    ) -> None:
        """A finding resting on *fact* (its basis, 未收录 when the book has no value)."""
        if "{region}" in template and "region" not in params:
            params["region"] = region_label(fact)
        if "{place}" in template and "place" not in params:
            params["place"] = self.place
        # a national refund rule is the rule in the region, not a minimum standing in for a
        # local figure (the renderer would say 全国最低标准)
        own = (replace(fact.basis, national_fallback=False),) if fact is not None else ()
        every = (*own, *basis)
        self.findings.append(Finding(f"refund.{code}", template, params, level, every))

    def alt(self, code: str, template: str, **params: str) -> None:
        """Something else the person can do (each said once)."""
        if not any(a.template == template for a in self.alternatives):
            self.alternatives.append(Finding(f"refund.alt.{code}", template, params))

    def verdict(self) -> Verdict:
        worst = Verdict.ELIGIBLE
        for item in self.findings:
            candidate = LEVEL_VERDICT[item.level]
            if candidate.severity > worst.severity:
                worst = candidate
        return worst
