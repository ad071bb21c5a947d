"""The money to expect: the account balance (from the history or typed), the resident
contribution paid (typed, else the book's standard as an estimate), or the 代缴 amount."""

from __future__ import annotations

from yibao.domain.kernel import PolicyView
from yibao.domain.money import format_yuan
from yibao.domain.refund.messages import (
    _AMOUNT_BALANCE,
    _AMOUNT_BALANCE_EMPLOYER,
    _AMOUNT_BALANCE_UNKNOWN,
    _AMOUNT_CONTRIBUTION,
    _AMOUNT_CONTRIBUTION_STANDARD,
    _AMOUNT_CONTRIBUTION_UNKNOWN,
    _AMOUNT_NONE,
    _AMOUNT_PROXY,
    _AMOUNT_PROXY_UNKNOWN,
)
from yibao.domain.refund.model import (
    Amount,
    AmountBasis,
    Applicant,
    RefundRequest,
    Scenario,
    Verdict,
)

STANDARD = "resident.contribution.individual_min"


def expected_amount(
    view: PolicyView, request: RefundRequest, verdict: Verdict, benefit_year: int | None
) -> Amount:
    if verdict is Verdict.NOT_ELIGIBLE:
        return Amount(None, AmountBasis.UNKNOWN, _AMOUNT_NONE)
    if request.scenario.is_account_payout:
        return _balance(request)
    if request.scenario is Scenario.DUPLICATE_ENROLMENT:
        return _contribution(view, request, benefit_year)
    if request.amount is not None:
        basis = AmountBasis.TYPED
        params = {"amount": format_yuan(request.amount), "basis": basis.label}
        return Amount(request.amount, basis, _AMOUNT_PROXY, params)
    return Amount(None, AmountBasis.UNKNOWN, _AMOUNT_PROXY_UNKNOWN)


def _balance(request: RefundRequest) -> Amount:
    if request.balance is None:
        return Amount(None, AmountBasis.UNKNOWN, _AMOUNT_BALANCE_UNKNOWN)
    basis = AmountBasis.HISTORY if request.balance_from_history else AmountBasis.TYPED
    template = (
        _AMOUNT_BALANCE_EMPLOYER if request.applicant is Applicant.EMPLOYER else _AMOUNT_BALANCE
    )
    params = {"amount": format_yuan(request.balance), "basis": basis.label}
    return Amount(request.balance, basis, template, params)


def _contribution(view: PolicyView, request: RefundRequest, benefit_year: int | None) -> Amount:
    year = str(benefit_year) if benefit_year is not None else "—"
    if request.amount is not None:
        basis = AmountBasis.TYPED
        params = {"year": year, "amount": format_yuan(request.amount), "basis": basis.label}
        return Amount(request.amount, basis, _AMOUNT_CONTRIBUTION, params)
    if benefit_year is not None:
        standard = view.for_benefit_year(benefit_year).decimal(STANDARD)
        if standard.value is not None:
            return Amount(
                standard.value,
                AmountBasis.STANDARD,
                _AMOUNT_CONTRIBUTION_STANDARD,
                {"year": year, "amount": format_yuan(standard.value)},
                standard.resolved,
            )
    return Amount(None, AmountBasis.UNKNOWN, _AMOUNT_CONTRIBUTION_UNKNOWN, {"year": year})
