"""Value types of the policy book: confidence levels, sources, parameters, dated entries."""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeAlias

from yibao.domain.i18n import QT_TRANSLATE_NOOP


class Confidence(enum.StrEnum):
    """How sure we are of a source (DOMAIN.md): the same four levels everywhere."""

    OFFICIAL = "official"
    PRESS = "press"
    SECONDARY = "secondary"
    UNCONFIRMED = "unconfirmed"

    @property
    def label(self) -> str:
        return _CONFIDENCE_LABELS[self]

    @property
    def is_official(self) -> bool:
        return self is Confidence.OFFICIAL

    @property
    def rank(self) -> int:
        """0 for official … 3 for unconfirmed (higher is less sure)."""
        return _CONFIDENCE_ORDER.index(self)


_CONFIDENCE_ORDER = (
    Confidence.OFFICIAL,
    Confidence.PRESS,
    Confidence.SECONDARY,
    Confidence.UNCONFIRMED,
)

_CONFIDENCE_LABELS = {
    Confidence.OFFICIAL: QT_TRANSLATE_NOOP("domain", "官方文件"),
    Confidence.PRESS: QT_TRANSLATE_NOOP("domain", "权威媒体报道"),
    Confidence.SECONDARY: QT_TRANSLATE_NOOP("domain", "二手资料"),
    Confidence.UNCONFIRMED: QT_TRANSLATE_NOOP("domain", "未经证实"),
}


class ValueType(enum.StrEnum):
    """Type of a parameter's values, declared in ``parameters.toml`` as ``type = "…"``."""

    DECIMAL = "decimal"
    INTEGER = "integer"
    TEXT = "text"
    BOOLEAN = "boolean"
    DATE = "date"
    TEXT_LIST = "text_list"
    TABLE = "table"
    TABLE_LIST = "table_list"

    @property
    def is_scalar(self) -> bool:
        return self in _SCALAR_TYPES


_SCALAR_TYPES = frozenset(
    {ValueType.DECIMAL, ValueType.INTEGER, ValueType.TEXT, ValueType.BOOLEAN, ValueType.DATE}
)

Scalar: TypeAlias = Decimal | int | str | bool | date


class FrozenTable(Mapping[str, Scalar]):
    """An immutable, hashable mapping of field name → scalar (one row of a table value).

    Compares equal to any mapping with the same items, so tests may write plain dicts.
    """

    __slots__ = ("_data", "_hash")

    def __init__(self, items: Mapping[str, Scalar] | None = None) -> None:
        self._data: dict[str, Scalar] = dict(items or {})
        self._hash: int | None = None

    def __getitem__(self, key: str) -> Scalar:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._data.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self._data) == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenTable({self._data!r})"


TableValue: TypeAlias = Mapping[str, Scalar]
PolicyValue: TypeAlias = (
    Decimal | int | str | bool | date | tuple[str, ...] | TableValue | tuple[TableValue, ...]
)


@dataclass(frozen=True)
class FieldSpec:
    """One field of a ``table`` / ``table_list`` parameter (declared in ``parameters.toml``)."""

    name: str
    value_type: ValueType  # a scalar type
    label: str
    unit: str = ""
    optional: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    doc_number: str | None
    issuer: str | None
    published: date | None
    effective: date | None
    url: str | None
    confidence: Confidence
    checked_on: date
    note: str = ""


@dataclass(frozen=True)
class ParameterInfo:
    key: str
    label: str
    unit: str
    value_type: ValueType
    category: str
    description: str
    #: for ``table`` / ``table_list``: the fields, in display order
    fields: tuple[FieldSpec, ...] = ()
    #: for ``text`` / ``text_list``: the allowed values (empty = free text)
    choices: tuple[str, ...] = ()
    #: recorded per 待遇年度 (``benefit_year = true``): one figure per benefit year, each
    #: entry from 1 January; a series that ends before today's year is an earlier year's
    benefit_year: bool = False

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)


@dataclass(frozen=True)
class Entry:
    """One dated value of a parameter in one region file. ``value is None`` ends the series."""

    effective_from: date
    value: PolicyValue | None
    source_id: str
    note: str = ""


@dataclass(frozen=True)
class NotFound:
    """A recorded search that found no public figure for one parameter in one region.

    "Not found" is evidence too: it tells the user (and the coverage report) that the value
    falls back because nothing local was published where we looked, not because nobody looked.
    """

    region_key: str
    key: str
    checked_on: date
    note: str
    #: the benefit year (or other year) searched for, when the search was for one year
    year: int | None = None


@dataclass(frozen=True)
class Override:
    """A user's own value for a parameter in one region (stored by the app, shown as 本地修改)."""

    region_key: str
    key: str
    effective_from: date
    value: PolicyValue
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Resolved:
    """The answer to "what is *key* for this region on this day", with where it came from."""

    info: ParameterInfo
    value: PolicyValue
    region_key: str
    region_name: str
    effective_from: date
    #: inclusive last day; ``None`` while open-ended
    effective_to: date | None
    #: ``None`` only for overrides
    source: Source | None
    overridden: bool
    override: Override | None
    #: for an override: what the book says without any override (``None`` if nothing)
    file_value: Resolved | None

    @property
    def confidence(self) -> Confidence | None:
        """The source's confidence; ``None`` for a user override."""
        return self.source.confidence if self.source is not None else None


@dataclass(frozen=True)
class EntryRow:
    """One entry of one region file, for browsing the book."""

    region_key: str
    region_name: str
    info: ParameterInfo
    entry: Entry
    effective_to: date | None
    source: Source


#: ``effective_from`` placeholder in the data meaning "start date unknown" (see README.md).
UNKNOWN_START = date(2000, 1, 1)


def start_known(day: date) -> bool:
    """False for the placeholder start date: the UI says 不详 instead of showing 2000-01-01."""
    return day != UNKNOWN_START
