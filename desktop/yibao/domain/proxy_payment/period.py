"""When a relative's 居民医保 for a benefit year can be paid: the region's 集中征缴期 (the
published dates ``resident.collection.period``, else the usual months
``resident.collection.default_window``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from yibao.domain.kernel import Basis, PolicyView
from yibao.domain.policy import Override, PolicyBook
from yibao.domain.proxy_payment.dates import last_day

__all__ = [
    "CollectionPeriod",
    "collection_period",
    "collection_period_in",
]

PERIOD_KEY = "resident.collection.period"
WINDOW_KEY = "resident.collection.default_window"


@dataclass(frozen=True)
class CollectionPeriod:
    """集中征缴期 of one region for one benefit year; ``estimated`` when only the usual months
    (``resident.collection.default_window``) are known."""

    start: date
    end: date
    estimated: bool = False
    basis: Basis | None = None

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def collection_period(
    book: PolicyBook,
    region_code: str | None,
    benefit_year: int,
    overrides: Sequence[Override] = (),
) -> CollectionPeriod | None:
    """The published period for *benefit_year* in the region, else the usual months."""
    return collection_period_in(PolicyView(book, region_code, date(benefit_year, 1, 1), overrides))


def collection_period_in(
    view: PolicyView, benefit_year: int | None = None
) -> CollectionPeriod | None:
    """:func:`collection_period` through a view (of the relative's region); the benefit year
    is the view's year unless given."""
    year = view.at.year if benefit_year is None else benefit_year
    view = view.for_benefit_year(year)
    published = view.table(PERIOD_KEY)
    if published.value is not None:
        start, end = published.value.get("start"), published.value.get("end")
        if isinstance(start, date) and isinstance(end, date):
            return CollectionPeriod(start, end, False, published.basis)
    window = view.table(WINDOW_KEY)
    if window.value is None:
        return None
    start_month = window.value.get("start_month")
    end_month = window.value.get("end_month")
    in_year = window.value.get("end_in_benefit_year")
    if not (isinstance(start_month, int) and isinstance(end_month, int)):
        return None
    end_year = year if in_year is True else year - 1
    return CollectionPeriod(
        date(year - 1, start_month, 1),
        last_day(end_year, end_month),
        True,
        window.basis,
    )
