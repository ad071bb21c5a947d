"""Who may apply in each scenario: ``refund.applicants.<scenario>`` in the book (a list of
applicant names, e.g. 继承人、单位经办人、受委托的代办人), per region."""

from __future__ import annotations

from yibao.domain.kernel import Fact, Level, PolicyView
from yibao.domain.refund.messages import (
    _A_HEIR,
    _A_INSURED_OR_AGENT,
    _A_NOT_EMPLOYER,
    _R_APPLICANT_NO,
    _R_APPLICANT_OK,
    _R_APPLICANT_UNKNOWN,
)
from yibao.domain.refund.model import Applicant, Scenario
from yibao.domain.refund.steps import Steps

#: the book names applicants by their Chinese label (the parameters' choices)
_BY_NAME = {applicant.label: applicant for applicant in Applicant}


def applicants_key(scenario: Scenario) -> str:
    return f"refund.applicants.{scenario.value}"


def applicants_fact(view: PolicyView, scenario: Scenario) -> Fact[tuple[str, ...]]:
    return view.texts(applicants_key(scenario))


def allowed_applicants(view: PolicyView, scenario: Scenario) -> tuple[Applicant, ...]:
    """Who may apply for *scenario* where *view* looks (empty when the book has nothing)."""
    names = applicants_fact(view, scenario).get(())
    return tuple(_BY_NAME[name] for name in names if name in _BY_NAME)


def check_applicant(steps: Steps) -> bool:
    """Whether the request's applicant may apply; a finding either way."""
    r = steps.request
    fact = applicants_fact(steps.view, r.scenario)
    if not fact.found:
        steps.add(
            "applicant.unknown", _R_APPLICANT_UNKNOWN, Level.CHECK, fact, scenario=r.scenario.label
        )
        return True
    allowed = allowed_applicants(steps.view, r.scenario)
    if r.applicant in allowed:
        steps.add(
            "applicant.ok",
            _R_APPLICANT_OK,
            Level.INFO,
            fact,
            applicant=r.applicant.label,
            scenario=r.scenario.label,
        )
        return True
    steps.add(
        "applicant.no",
        _R_APPLICANT_NO,
        Level.BLOCKED,
        fact,
        applicant=r.applicant.label,
        scenario=r.scenario.label,
        allowed="、".join(a.label for a in allowed),
    )
    if r.scenario is Scenario.DEATH:
        steps.alt("heir", _A_HEIR)
    elif r.applicant is Applicant.EMPLOYER:
        steps.alt("not_employer", _A_NOT_EMPLOYER)
    else:
        steps.alt("insured_or_agent", _A_INSURED_OR_AGENT)
    return False
