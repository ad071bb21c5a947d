"""How long a filing lasts: long-term until changed; temporary at least so many months from
its start; a referral at most so many months where the 参保地 says so."""

from __future__ import annotations

from datetime import date

from yibao.domain.kernel import Basis, Finding, Level, PolicyView, finding
from yibao.domain.offsite import messages as m
from yibao.domain.offsite.model import FilingType
from yibao.domain.workdays import months_deadline


def validity(
    view: PolicyView, filing_type: FilingType, start: date, insured_name: str
) -> tuple[Finding, date | None]:
    """The validity finding and, for a temporary filing, the last day it lasts (from *start*)."""
    if filing_type.is_long_term:
        rule = view.text("offsite.long_term.validity")
        if rule.value is None:
            return _missing(rule.basis, insured_name), None
        return finding(
            "offsite.validity.long",
            m.VALIDITY_LONG,
            rule.basis,
            rule=rule.value,
            region=insured_name,
        ), None
    referral = view.integer("offsite.referral.validity_months")
    if filing_type is FilingType.TEMP_REFERRAL and referral.value is not None:
        return finding(
            "offsite.validity.referral",
            m.VALIDITY_REFERRAL,
            referral.basis,
            months=str(referral.value),
            region=referral.basis.region_name or insured_name,
        ), months_deadline(start, referral.value)
    temp = view.integer("offsite.temporary.validity_months")
    if temp.value is None:
        return _missing(temp.basis, insured_name), None
    return finding(
        "offsite.validity.temporary", m.VALIDITY_TEMP, temp.basis, months=str(temp.value)
    ), months_deadline(start, temp.value)


def _missing(basis: Basis, insured_name: str) -> Finding:
    return finding(
        "offsite.validity.missing",
        m.VALIDITY_MISSING,
        basis,
        level=Level.CHECK,
        region=insured_name,
    )
