"""A policy view: the book bound once to a region, a day and the user's overrides.

Every rule asks its view for the values it needs and gets a :class:`Fact`: the typed value
(or ``None``) and its :class:`~yibao.domain.kernel.basis.Basis` — the region it came from,
the source, the confidence, and whether it is the national fallback, an override or missing.
A value of the wrong type in the data is a bug in the data and raises :class:`TypeError`
with the key, so no rule checks value types itself.

::

    view = PolicyView(book, "140100", date(2026, 3, 1), overrides)
    threshold = view.decimal("family.threshold")
    if threshold.found and balance <= threshold.value: ...
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

from yibao.domain.kernel.basis import Basis
from yibao.domain.policy.book import MissingPolicyValue, PolicyBook
from yibao.domain.policy.model import (
    Confidence,
    Override,
    PolicyValue,
    Resolved,
    Source,
    TableValue,
)
from yibao.domain.policy.regionkeys import NATIONAL

T = TypeVar("T")


@dataclass(frozen=True)
class Fact(Generic[T]):
    """One policy value as a rule sees it: ``value`` is ``None`` when the book has nothing."""

    key: str
    value: T | None
    basis: Basis
    resolved: Resolved | None = None

    @property
    def found(self) -> bool:
        return self.value is not None

    @property
    def source(self) -> Source | None:
        return self.basis.source

    @property
    def confidence(self) -> Confidence | None:
        return self.basis.confidence

    @property
    def overridden(self) -> bool:
        return self.resolved is not None and self.resolved.overridden

    @property
    def from_national(self) -> bool:
        """The value comes from the ``national`` file. For a national rule that is simply the
        rule; whether a national *figure* stands in for a missing local one (a minimum, shown
        as 全国最低标准) is for the rule to say, by setting ``basis.national_fallback``."""
        return self.resolved is not None and self.resolved.region_key == NATIONAL

    def get(self, default: T) -> T:
        """The value, or *default* when the book has nothing."""
        return self.value if self.value is not None else default


@dataclass(frozen=True)
class PolicyView:
    """The book as one region sees it on one day (with the user's overrides)."""

    book: PolicyBook
    region_code: str | None
    at: date
    overrides: Sequence[Override] = ()

    # ------------------------------------------------------------------ moving the view

    def on(self, at: date) -> PolicyView:
        """The same region and overrides on another day."""
        return replace(self, at=at)

    def for_region(self, region_code: str | None) -> PolicyView:
        """Another region, the same day and overrides."""
        return replace(self, region_code=region_code)

    def for_benefit_year(self, year: int) -> PolicyView:
        """The view on 1 January of *year* (benefit-year parameters start then)."""
        return self.on(date(year, 1, 1))

    # ------------------------------------------------------------------ lookups

    def resolve(self, key: str) -> Resolved | None:
        return self.book.resolve(key, self.region_code, self.at, self.overrides)

    def require(self, key: str) -> Resolved:
        """Like :meth:`resolve`; raises :class:`MissingPolicyValue` when nothing applies."""
        found = self.resolve(key)
        if found is None:
            raise MissingPolicyValue(self.book.info(key), self.region_code, self.at)
        return found

    def fact(self, key: str) -> Fact[PolicyValue]:
        """Any value with its basis (``value is None`` when the book has nothing)."""
        resolved = self.resolve(key)
        if resolved is None:
            return Fact(key, None, Basis.missing(self.book.info(key)))
        return Fact(key, resolved.value, Basis.from_resolved(resolved), resolved)

    def decimal(self, key: str) -> Fact[Decimal]:
        return self._typed(key, Decimal)

    def integer(self, key: str) -> Fact[int]:
        return self._typed(key, int)

    def text(self, key: str) -> Fact[str]:
        return self._typed(key, str)

    def flag(self, key: str) -> Fact[bool]:
        return self._typed(key, bool)

    def day(self, key: str) -> Fact[date]:
        return self._typed(key, date)

    def texts(self, key: str) -> Fact[tuple[str, ...]]:
        fact = self.fact(key)
        value = fact.value
        if value is None:
            return Fact(key, None, fact.basis)
        if not (isinstance(value, tuple) and all(isinstance(v, str) for v in value)):
            raise _wrong_type(key, "text list", value)
        return Fact(key, tuple(str(v) for v in value), fact.basis, fact.resolved)

    def table(self, key: str) -> Fact[TableValue]:
        fact = self.fact(key)
        value = fact.value
        if value is None:
            return Fact(key, None, fact.basis)
        if isinstance(value, (tuple, str, bool, int, Decimal, date)):
            raise _wrong_type(key, "table", value)
        return Fact(key, value, fact.basis, fact.resolved)

    def tables(self, key: str) -> Fact[tuple[TableValue, ...]]:
        fact = self.fact(key)
        value = fact.value
        if value is None:
            return Fact(key, None, fact.basis)
        if not isinstance(value, tuple) or any(isinstance(v, str) for v in value):
            raise _wrong_type(key, "table list", value)
        rows: tuple[TableValue, ...] = tuple(v for v in value if not isinstance(v, str))
        return Fact(key, rows, fact.basis, fact.resolved)

    def _typed(self, key: str, kind: type[T]) -> Fact[T]:
        fact = self.fact(key)
        value = fact.value
        if value is None:
            return Fact(key, None, fact.basis)
        # bool is an int in Python: an integer parameter never holds a flag, and back
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise _wrong_type(key, kind.__name__, value)
        return Fact(key, value, fact.basis, fact.resolved)


def _wrong_type(key: str, expected: str, value: object) -> TypeError:
    return TypeError(f"policy value {key}: expected {expected}, got {type(value).__name__}")
