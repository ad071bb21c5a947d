"""What a relative owes for a benefit year in their region, as the 代缴 plan sees it
(``resident.contribution.individual_min``; the by-group pricing is ``domain.resident_pricing``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from yibao.domain.kernel import Basis, PolicyView
from yibao.domain.money import round_yuan
from yibao.domain.policy import Override, PolicyBook
from yibao.domain.resident_pricing import UNIFORM_KEY, latest_fact

__all__ = ["ContributionFigure", "resident_contribution"]


@dataclass(frozen=True)
class ContributionFigure:
    """A relative's individual contribution for a benefit year and where it came from;
    ``figure_year`` differs from ``benefit_year`` when the book has no figure for that year
    yet and the latest earlier one is offered as a starting point (to be edited)."""

    amount: Decimal
    basis: Basis
    benefit_year: int
    figure_year: int

    @property
    def estimated(self) -> bool:
        return self.figure_year != self.benefit_year


def resident_contribution(
    book: PolicyBook,
    region_code: str | None,
    benefit_year: int,
    overrides: Sequence[Override] = (),
    *,
    look_back_years: int = 0,
) -> ContributionFigure | None:
    """The individual 居民医保 contribution for the benefit year (the relative's region);
    with ``look_back_years`` the latest of that many earlier years when the year is missing."""
    view = PolicyView(book, region_code, date(benefit_year, 1, 1), overrides)
    found = latest_fact(view, lambda v: v.decimal(UNIFORM_KEY), look_back_years)
    if found is None:
        return None
    fact, value, year = found
    return ContributionFigure(round_yuan(value), fact.basis, benefit_year, year)
