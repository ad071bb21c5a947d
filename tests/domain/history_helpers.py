"""Shared helpers for the contribution-history domain tests (records, the shipped book)."""

from __future__ import annotations

import functools
from datetime import date
from decimal import Decimal
from pathlib import Path

from yibao.domain.contributions import ContributionRecord, Month, RecordStatus
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.policy import PolicyBook, load_policy_book

POLICY_DIR = Path(__file__).resolve().parents[2] / "resources" / "policy"


@functools.cache
def shipped_book() -> PolicyBook:
    return load_policy_book(POLICY_DIR)


def member(
    *,
    scheme: Scheme = Scheme.EMPLOYEE_ACTIVE,
    region: str | None = "510500",
    gender: Gender = Gender.MALE,
    birth: date | None = date(1985, 6, 1),
    member_id: int = 1,
) -> Member:
    return Member(
        name="张伟",
        relation=Relation.SELF,
        gender=gender,
        birth_date=birth,
        scheme=scheme,
        region_code=region,
        id=member_id,
    )


def months(first: str, last: str, **kw: object) -> list[ContributionRecord]:
    """One paid record per month from *first* to *last* (``"2020-01"``)."""
    a, b = Month.parse(first), Month.parse(last)
    return [record(Month.from_index(i), **kw) for i in range(a.index, b.index + 1)]


def record(
    month: Month | str,
    *,
    scheme: Scheme = Scheme.EMPLOYEE_ACTIVE,
    base: str | None = "6000",
    personal: str = "120",
    employer: str = "480",
    credited: str | None = None,
    status: RecordStatus = RecordStatus.PAID,
    benefit_year: int | None = None,
    paid_on: date | None = None,
    member_id: int = 1,
) -> ContributionRecord:
    return ContributionRecord(
        member_id=member_id,
        month=month if isinstance(month, Month) else Month.parse(month),
        scheme=scheme,
        personal=Decimal(personal),
        employer=Decimal(employer),
        base=None if base is None else Decimal(base),
        credited=None if credited is None else Decimal(credited),
        status=status,
        benefit_year=benefit_year,
        paid_on=paid_on,
    )
