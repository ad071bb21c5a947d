"""The policy book: every parameter's dated series per region, and how a value is resolved."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.policy.model import (
    Entry,
    EntryRow,
    NotFound,
    Override,
    ParameterInfo,
    Resolved,
    Source,
)
from yibao.domain.policy.regionkeys import NATIONAL, fallback_region_name, region_keys_for


class MissingPolicyValue(LookupError):
    """No value for a parameter in a region at a date; ``str()`` is a Chinese message."""

    def __init__(self, info: ParameterInfo, region_code: str | None, at: date) -> None:
        self.key = info.key
        self.region_code = region_code
        self.at = at
        template = QT_TRANSLATE_NOOP(
            "domain",
            "政策库中没有“{label}”（{key}）在 {date} 适用于{region}的取值，"
            "请在政策页面补充或本地修改",
        )
        region = "全国" if region_code in (None, NATIONAL) else f"地区 {region_code} "
        super().__init__(
            template.format(label=info.label, key=info.key, date=at.isoformat(), region=region)
        )

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class RegionFile:
    """One loaded region file: key (``city-510500``), display name and series per parameter."""

    key: str
    name: str
    series: Mapping[str, tuple[Entry, ...]] = field(default_factory=dict)
    #: parameters searched for and not found in public sources (``[[not_found]]``)
    not_found: tuple[NotFound, ...] = ()


def _region_sort_key(region_key: str) -> tuple[int, str]:
    kind = region_key.partition("-")[0]
    return ({"national": 0, "province": 1, "city": 2}.get(kind, 3), region_key)


def _day_before(day: date) -> date:
    return day - timedelta(days=1)


class PolicyBook:
    """Read-only view of the loaded policy files (see ``resources/policy/README.md``)."""

    def __init__(
        self,
        parameters: Iterable[ParameterInfo],
        sources: Iterable[Source],
        regions: Iterable[RegionFile],
    ) -> None:
        self._infos: dict[str, ParameterInfo] = {info.key: info for info in parameters}
        self._sources: dict[str, Source] = {source.id: source for source in sources}
        self._regions: dict[str, RegionFile] = {
            region.key: region for region in sorted(regions, key=lambda r: _region_sort_key(r.key))
        }
        categories: list[str] = []
        for info in self._infos.values():
            if info.category not in categories:
                categories.append(info.category)
        self._categories = categories
        self._order = {key: index for index, key in enumerate(self._infos)}

    def with_texts(
        self,
        parameters: Iterable[ParameterInfo],
        sources: Iterable[Source],
        region_names: Mapping[str, str] | None = None,
    ) -> PolicyBook:
        """The same book with other texts of its parameters and sources (same keys and ids,
        e.g. English ones) and, for the region keys in *region_names*, other display names;
        the entries of the region files are shared."""
        infos = list(parameters)
        new_sources = list(sources)
        if [i.key for i in infos] != list(self._infos) or {s.id for s in new_sources} != set(
            self._sources
        ):
            raise ValueError("with_texts needs the same parameters and sources")
        names = region_names or {}
        regions = [
            dataclasses.replace(region, name=names[key]) if key in names else region
            for key, region in self._regions.items()
        ]
        return PolicyBook(infos, new_sources, regions)

    # ------------------------------------------------------------ catalogue

    def parameters(self) -> list[ParameterInfo]:
        """Every parameter, in catalogue order (``parameters.toml``)."""
        return list(self._infos.values())

    def categories(self) -> list[str]:
        """Category names in catalogue order (first appearance in ``parameters.toml``)."""
        return list(self._categories)

    def info(self, key: str) -> ParameterInfo:
        return self._infos[key]

    def sources(self) -> list[Source]:
        return list(self._sources.values())

    def source(self, source_id: str) -> Source:
        return self._sources[source_id]

    def region_keys(self) -> list[tuple[str, str]]:
        """``(key, name)`` of every region file: national, provinces, then cities, by code."""
        return [(region.key, region.name) for region in self._regions.values()]

    def region_name(self, region_key: str) -> str:
        region = self._regions.get(region_key)
        return region.name if region is not None else fallback_region_name(region_key)

    def series(self, key: str, region_key: str) -> list[Entry]:
        """The entries of *key* in one region file, oldest first (empty if none there)."""
        self.info(key)  # KeyError for an unknown parameter
        region = self._regions.get(region_key)
        if region is None:
            return []
        return list(region.series.get(key, ()))

    def not_found(self, region_key: str | None = None, key: str | None = None) -> list[NotFound]:
        """Recorded searches that found nothing public, for one region and/or parameter."""
        regions = (
            self._regions.values()
            if region_key is None
            else [r for r in (self._regions.get(region_key),) if r is not None]
        )
        return [
            record
            for region in regions
            for record in region.not_found
            if key is None or record.key == key
        ]

    def entries(self, region_key: str | None = None) -> list[EntryRow]:
        """Every entry of every region file (or one), by region, catalogue order, then date."""
        rows: list[EntryRow] = []
        for region in self._regions.values():
            if region_key is not None and region.key != region_key:
                continue
            for key in sorted(region.series, key=self._order.__getitem__):
                entries = region.series[key]
                for index, entry in enumerate(entries):
                    following = entries[index + 1] if index + 1 < len(entries) else None
                    rows.append(
                        EntryRow(
                            region_key=region.key,
                            region_name=region.name,
                            info=self._infos[key],
                            entry=entry,
                            effective_to=(
                                _day_before(following.effective_from) if following else None
                            ),
                            source=self._sources[entry.source_id],
                        )
                    )
        return rows

    # ------------------------------------------------------------ resolution

    def resolve(
        self,
        key: str,
        region_code: str | None,
        at: date,
        overrides: Sequence[Override] = (),
    ) -> Resolved | None:
        """The value of *key* for a region code on day *at*, or ``None`` if nothing applies.

        Levels are tried most specific first (city → province → national). At each level the
        latest override with ``effective_from <= at`` wins; otherwise the latest file entry
        with ``effective_from <= at``; an entry whose value is ``none`` means "not in force at
        this level" and the next level is tried.
        """
        info = self.info(key)
        for region_key in region_keys_for(region_code):
            found = self._resolve_level(info, region_key, at, overrides, region_code)
            if found is not None:
                return found
        return None

    def require(
        self,
        key: str,
        region_code: str | None,
        at: date,
        overrides: Sequence[Override] = (),
    ) -> Resolved:
        """Like :meth:`resolve` but raises :class:`MissingPolicyValue` when nothing applies."""
        found = self.resolve(key, region_code, at, overrides)
        if found is None:
            raise MissingPolicyValue(self.info(key), region_code, at)
        return found

    def effective_rows(
        self,
        region_code: str | None,
        at: date,
        overrides: Sequence[Override] = (),
    ) -> list[Resolved]:
        """Every parameter that resolves for the region at *at*, by category then catalogue
        order (categories in the order they first appear in ``parameters.toml``)."""
        rows = [self.resolve(key, region_code, at, overrides) for key in self._infos]
        found = [row for row in rows if row is not None]
        category_order = {name: index for index, name in enumerate(self._categories)}
        found.sort(key=lambda r: (category_order[r.info.category], self._order[r.info.key]))
        return found

    def _resolve_level(
        self,
        info: ParameterInfo,
        region_key: str,
        at: date,
        overrides: Sequence[Override],
        region_code: str | None,
    ) -> Resolved | None:
        mine = sorted(
            (o for o in overrides if o.region_key == region_key and o.key == info.key),
            key=lambda o: o.effective_from,
        )
        current_override: Override | None = None
        next_override: Override | None = None
        for override in mine:
            if override.effective_from <= at:
                current_override = override
            elif next_override is None:
                next_override = override
        if current_override is not None:
            return Resolved(
                info=info,
                value=current_override.value,
                region_key=region_key,
                region_name=self.region_name(region_key),
                effective_from=current_override.effective_from,
                effective_to=_day_before(next_override.effective_from) if next_override else None,
                source=None,
                overridden=True,
                override=current_override,
                file_value=self.resolve(info.key, region_code, at),
            )
        region = self._regions.get(region_key)
        entries = region.series.get(info.key, ()) if region is not None else ()
        current: Entry | None = None
        following: Entry | None = None
        for entry in entries:
            if entry.effective_from <= at:
                current = entry
            elif following is None:
                following = entry
        if current is None or current.value is None or region is None:
            return None
        ends = [e.effective_from for e in (following, next_override) if e is not None]
        return Resolved(
            info=info,
            value=current.value,
            region_key=region_key,
            region_name=region.name,
            effective_from=current.effective_from,
            effective_to=_day_before(min(ends)) if ends else None,
            source=self._sources[current.source_id],
            overridden=False,
            override=None,
            file_value=None,
        )
