"""Where a figure or a rule came from, and how sure it is: one :class:`Basis` for every
capability (the renderer in ``ui/widgets/findings.py`` shows it the same way everywhere)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel.labels import LabelledEnum
from yibao.domain.money import format_yuan
from yibao.domain.policy.model import Confidence, ParameterInfo, Resolved, Source
from yibao.domain.policy.staleness import Staleness, staleness_of
from yibao.domain.policy.values import format_value

if TYPE_CHECKING:
    from yibao.domain.resident_pricing import MemberPrice


class Origin(LabelledEnum):
    BOOK = "book", QT_TRANSLATE_NOOP("domain", "政策库")
    OVERRIDE = "override", QT_TRANSLATE_NOOP("domain", "本地修改")
    USER = "user", QT_TRANSLATE_NOOP("domain", "您填写的")
    #: the household's own records (members, bindings, history), not a policy value
    HOUSEHOLD = "household", QT_TRANSLATE_NOOP("domain", "您填写的家庭成员信息")
    #: the book holds nothing for this region and day
    MISSING = "missing", QT_TRANSLATE_NOOP("domain", "政策库未收录")


@dataclass(frozen=True)
class Basis:
    """What one statement rests on: a policy value (its region, source, confidence and
    dates), the user's own override, a figure typed for this simulation, the household's
    records, or nothing the book holds (``MISSING``)."""

    key: str
    label: str
    value_text: str
    origin: Origin
    region_name: str = ""
    region_key: str = ""
    source: Source | None = None
    effective_from: date | None = None
    #: the value's last day (``None`` while open-ended)
    effective_to: date | None = None
    #: the national minimum stands in for a local figure the book lacks
    national_fallback: bool = False
    #: an earlier benefit year's figure offered for this one (``None``: the year's own)
    figure_year: int | None = None
    #: the group a by-group figure is for (北京: 老年人 …)
    group: str = ""
    #: the parameter is recorded per 待遇年度 (``ParameterInfo.benefit_year``)
    benefit_year: bool = False

    # ------------------------------------------------------------------ construction

    @classmethod
    def from_resolved(cls, resolved: Resolved) -> Basis:
        return cls(
            key=resolved.info.key,
            label=resolved.info.label,
            value_text=format_value(resolved.info, resolved.value),
            origin=Origin.OVERRIDE if resolved.overridden else Origin.BOOK,
            region_name=resolved.region_name,
            region_key=resolved.region_key,
            source=resolved.source,
            effective_from=resolved.effective_from,
            effective_to=resolved.effective_to,
            benefit_year=resolved.info.benefit_year,
        )

    @classmethod
    def from_price(cls, price: MemberPrice) -> Basis | None:
        """Where a priced contribution came from (``None`` when the book has no figure)."""
        if price.resolved is None or price.amount is None:
            return None
        return replace(
            cls.from_resolved(price.resolved),
            value_text=format_yuan(price.amount),
            national_fallback=price.national_fallback,
            figure_year=price.figure_year if price.estimated else None,
            group=price.group,
        )

    @classmethod
    def typed(cls, key: str, label: str, value_text: str) -> Basis:
        """A figure the user typed for this simulation."""
        return cls(key=key, label=label, value_text=value_text, origin=Origin.USER)

    @classmethod
    def household(cls, key: str = "household", label: str = "") -> Basis:
        """The statement rests on the household's own records."""
        return cls(key=key, label=label, value_text="", origin=Origin.HOUSEHOLD)

    @classmethod
    def missing(cls, info: ParameterInfo) -> Basis:
        """The book holds no value of *info* for the region and day asked."""
        return cls(key=info.key, label=info.label, value_text="", origin=Origin.MISSING)

    # ------------------------------------------------------------------ reading

    @property
    def source_id(self) -> str | None:
        return self.source.id if self.source is not None else None

    @property
    def source_title(self) -> str:
        return self.source.title if self.source is not None else ""

    @property
    def confidence(self) -> Confidence | None:
        """The source's confidence; ``None`` for anything not from the book."""
        return self.source.confidence if self.source is not None else None

    @property
    def checked_on(self) -> date | None:
        return self.source.checked_on if self.source is not None else None

    @property
    def is_policy(self) -> bool:
        """From the book or the user's override of it."""
        return self.origin in (Origin.BOOK, Origin.OVERRIDE)

    @property
    def is_missing(self) -> bool:
        return self.origin is Origin.MISSING

    @property
    def is_estimate(self) -> bool:
        """A stand-in: the national minimum or an earlier year's figure."""
        return self.national_fallback or self.figure_year is not None

    @property
    def needs_checking(self) -> bool:
        """Not from an official document: the UI adds 以当地医保部门公布为准."""
        return self.origin is Origin.BOOK and self.confidence is not Confidence.OFFICIAL

    def stale(self, today: date) -> Staleness | None:
        """待核验 on *today* (checked over 12 months ago, or an earlier benefit year's figure)."""
        if self.origin is not Origin.BOOK:
            return None
        return staleness_of(
            self.checked_on, self.effective_to, today, benefit_year=self.benefit_year
        )
