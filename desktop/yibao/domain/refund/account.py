"""One-off payment of the personal-account balance (一次性支取, 继承): does the scheme have
an account, is the scenario one of the region's payout cases (``refund.account.payout_cases``,
typed rows naming the case and whether only some places allow it), may the balance be
inherited, can the account be transferred instead."""

from __future__ import annotations

from collections.abc import Mapping

from yibao.domain.i18n import Items
from yibao.domain.kernel import Level
from yibao.domain.people import Scheme
from yibao.domain.refund.messages import (
    _A_ASK_LOCAL,
    _A_KEEP_USING,
    _A_RESIDENT_DUPLICATE,
    _A_TRANSFER,
    _R_CASE_LISTED,
    _R_CASE_NOT_LISTED,
    _R_CASE_OLD_OVERRIDE,
    _R_CASE_PARTIAL,
    _R_CASE_UNKNOWN,
    _R_CASH_OUT_NO,
    _R_CASH_OUT_YES,
    _R_HAS_ACCOUNT,
    _R_INHERIT_NO,
    _R_INHERIT_UNKNOWN,
    _R_INHERIT_YES,
    _R_NO_ACCOUNT,
    _R_NOT_TRANSFERABLE,
    _R_TRANSFER_UNKNOWN,
    _R_TRANSFERABLE,
)
from yibao.domain.refund.model import Scenario
from yibao.domain.refund.steps import Steps
from yibao.domain.refund.timing import check_timing

PAYOUT_CASES = "refund.account.payout_cases"
#: the free-text description of the cases (users could change it before the typed rows)
OLD_CASES = "refund.account.cases"

#: the name of each payout case in the book (the ``case`` field's choices)
CASE_NAMES: Mapping[Scenario, str] = {
    Scenario.DEATH: "参保人死亡",
    Scenario.EMIGRATION: "出国（境）定居",
    Scenario.LEAVE_REGION: "离开统筹区且个人账户无法转移",
    Scenario.RELOCATION: "异地安置",
}


def check_account_payout(steps: Steps) -> None:
    check_scheme(steps)
    cash = steps.view.flag("account.cash_out_allowed")
    if cash.found:
        steps.add(
            "cash_out", _R_CASH_OUT_YES if cash.value is True else _R_CASH_OUT_NO, Level.INFO, cash
        )
    check_payout_case(steps)
    if steps.request.scenario is Scenario.DEATH:
        check_inheritance(steps)
    if steps.request.scenario is Scenario.LEAVE_REGION:
        check_transfer(steps)
    check_timing(steps)


def check_scheme(steps: Steps) -> None:
    scheme = steps.request.scheme
    if scheme is None:
        return
    if scheme.has_personal_account:
        steps.add("scheme.account", _R_HAS_ACCOUNT, Level.INFO, scheme=scheme.label)
        return
    steps.add("scheme.no_account", _R_NO_ACCOUNT, Level.BLOCKED, scheme=scheme.label)
    if scheme is Scheme.RESIDENT:
        steps.alt("resident_duplicate", _A_RESIDENT_DUPLICATE)


def check_payout_case(steps: Steps) -> None:
    """Is the scenario one of the region's payout cases (all places, or only some)?"""
    scenario = steps.request.scenario
    fact = steps.view.tables(PAYOUT_CASES)
    old = steps.view.texts(OLD_CASES)
    if old.overridden and not fact.overridden:
        labels = {"old": old.basis.label, "new": fact.basis.label}
        steps.add("case.old_override", _R_CASE_OLD_OVERRIDE, Level.WARNING, old, **labels)
    if fact.value is None:
        steps.add("case.unknown", _R_CASE_UNKNOWN, Level.CHECK, fact)
        steps.alt("ask_local", _A_ASK_LOCAL)
        return
    name = CASE_NAMES[scenario]
    row = next((r for r in fact.value if r["case"] == name), None)
    if row is None:
        listed = Items(str(r["case"]) for r in fact.value)
        steps.add(
            "case.not_listed",
            _R_CASE_NOT_LISTED,
            Level.BLOCKED,
            fact,
            cases=listed,
            scenario=scenario.label,
        )
        steps.alt("keep_using", _A_KEEP_USING)
        steps.alt("ask_local", _A_ASK_LOCAL)
        return
    if row.get("some_places") is True:
        steps.add("case.some_places", _R_CASE_PARTIAL, Level.CHECK, fact, case=name)
        steps.alt("ask_local", _A_ASK_LOCAL)
    else:
        steps.add("case.listed", _R_CASE_LISTED, Level.OK, fact, case=name)


def check_inheritance(steps: Steps) -> None:
    steps.yes_no(
        "account.inheritable",
        "inherit.",
        (_R_INHERIT_YES, _R_INHERIT_NO, _R_INHERIT_UNKNOWN),
    )


def check_transfer(steps: Steps) -> None:
    transferable = steps.request.account_transferable
    if transferable is True:
        steps.add("transfer.possible", _R_TRANSFERABLE, Level.BLOCKED)
        steps.alt("transfer", _A_TRANSFER)
    elif transferable is False:
        steps.add("transfer.impossible", _R_NOT_TRANSFERABLE, Level.OK)
    else:
        steps.add("transfer.unknown", _R_TRANSFER_UNKNOWN, Level.CHECK)
        steps.alt("transfer", _A_TRANSFER)
