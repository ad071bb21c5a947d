"""GB/T 2260 administrative division codes and the insured regions (统筹区) built on them.

The data is python-stdnum's ``stdnum/cn/loc.dat`` (an installed dependency), itself compiled
from the Chinese Wikipedia pages 《中华人民共和国行政区划代码》 1区–8区. Its format is one line
per province (``11 province="北京市"``) followed by indented lines per code suffix
(``  0105 county="朝阳区"``). A county value may carry a validity range and may list several
successive names for the same code: ``[-2010]崇文区`` (abolished 2010), ``[1986-]房山区``
(since 1986), ``[-2009]襄樊市,[2010-]襄阳市`` (renamed). A code is *current* when its last
name has no end year.

Decisions (see the tests in ``tests/domain/test_regions.py``):

* Levels follow the code's shape: ``xx0000`` province, ``xxyy00`` prefecture, anything else
  county. Rows such as 市辖区 / 县 / 市 / 省直辖县级行政单位 (``110100``, ``500200``,
  ``429000``) are *grouping* rows: they are not places and are never offered as regions, and
  they are skipped when computing a region's parent.
* The insured-region picker (:meth:`RegionBook.pooling_regions`) offers current prefecture-level
  units; for the four 直辖市 (11, 12, 31, 50) only the municipality itself (``xx0000``); and
  省直辖县级 units (``xx90yy``: 湖北 仙桃/潜江/天门/神农架林区, 河南 济源, 海南 五指山 …,
  新疆 兵团 cities such as 石河子) as regions of their own.
* 台湾 (71), 香港 (81) and 澳门 (82) can be looked up but are not insured regions.
* A few rows of loc.dat carry no end year although the code is no longer in use; they are
  listed in :data:`DATA_CORRECTIONS` with the reason and marked not current. Nothing else is
  changed.
"""

from __future__ import annotations

import enum
import functools
import importlib.util
import os
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "DATA_CORRECTIONS",
    "MUNICIPALITY_PREFIXES",
    "REGIONS_SOURCE",
    "Region",
    "RegionBook",
    "RegionDataSource",
    "RegionKind",
    "RegionLevel",
    "region_book",
]


class RegionLevel(enum.StrEnum):
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"


class RegionKind(enum.StrEnum):
    """What a code stands for; a ``str`` so ``region.kind == "municipality"`` works."""

    MUNICIPALITY = "municipality"  # 直辖市 (11, 12, 31, 50)
    PROVINCE = "province"  # 省、自治区 (and 71 台湾省)
    SAR = "sar"  # 特别行政区 (81 香港, 82 澳门)
    PREFECTURE = "prefecture"  # 地级市、地区、自治州、盟
    GROUPING = "grouping"  # 市辖区 / 县 / 省直辖县级行政单位 rows: not a place
    PROVINCE_DIRECT = "province_direct"  # 省（自治区）直辖县级行政单位 xx90yy
    COUNTY = "county"  # 县、县级市、市辖区 …


@dataclass(frozen=True, slots=True)
class Region:
    """One GB/T 2260 code.

    ``name`` is the current name (for abolished codes: the last name it had);
    ``former_names`` are earlier names of the same code, oldest first. ``since`` / ``until``
    are the years of the validity range in the data (``None`` when not recorded).
    """

    code: str
    name: str
    level: RegionLevel
    parent_code: str | None
    current: bool
    kind: str
    former_names: tuple[str, ...] = ()
    since: int | None = None
    until: int | None = None

    @property
    def province_prefix(self) -> str:
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class RegionDataSource:
    title: str
    origin: str
    version: str
    retrieved: str


#: The pinned python-stdnum release the data comes from (a test checks it against the
#: installed one, so a version bump is noticed here).
_STDNUM_VERSION = "python-stdnum 2.2"

_WIKI = "https://zh.wikipedia.org/wiki/中华人民共和国行政区划代码_({n}区)"

REGIONS_SOURCE = RegionDataSource(
    title="中华人民共和国行政区划代码（GB/T 2260），python-stdnum 数据文件 stdnum/cn/loc.dat",
    origin="; ".join(_WIKI.format(n=n) for n in range(1, 9)),
    version=_STDNUM_VERSION,
    retrieved="随 python-stdnum 2.2 发布；数据中最近的变更年份为 2025",
)

MUNICIPALITY_PREFIXES = frozenset({"11", "12", "31", "50"})
_NOT_INSURED_PREFIXES = frozenset({"71", "81", "82"})
_SAR_PREFIXES = frozenset({"81", "82"})
_GROUPING_NAMES = frozenset(
    {
        "市辖区",
        "县",
        "市",
        "林区",
        "省直辖县级行政单位",
        "省直辖县级行政区划",
        "省直辖行政单位",
        "自治区直辖县级行政单位",
        "自治区直辖县级行政区划",
    }
)

#: Rows of loc.dat that have no end year but are no longer in use (code → reason).
#: They are kept for look-ups (old ID numbers) and marked ``current=False``.
DATA_CORRECTIONS: dict[str, str] = {
    "429001": "随州市 1994–2000 为省直辖县级市；2000 年起为地级市 421300，429001 已停用",
    "422900": "“林区”分组行：神农架林区现为省直辖 429021，422900 已停用",
    "422921": "神农架林区旧代码；现行代码为 429021",
}


#: names, since, until, current
_Row = tuple[tuple[str, ...], int | None, int | None, bool]


def _parse_value(value: str) -> _Row:
    """Parse ``[-2009]襄樊市,[2010-]襄阳市`` into names and the overall validity range."""
    if value[0] != "[" and "," not in value:
        return ((value,), None, None, True)
    names: list[str] = []
    since: int | None = None
    until: int | None = None
    for index, part in enumerate(value.split(",")):
        if part[0] == "[":
            span, _, name = part[1:].partition("]")
            start, _, end = span.partition("-")
            if index == 0:
                since = int(start) if start else None
            until = int(end) if end else None
        else:
            until = None
            name = part
        names.append(name)
    # A code is current when its last name has no end year. ("[1983-1982]" style ranges,
    # end before start, carry an end year and so are not current either.)
    return (tuple(names), since, until, until is None)


def _read_loc_dat() -> str:
    """Read loc.dat without importing :mod:`stdnum` (its import costs ~30 ms)."""
    spec = importlib.util.find_spec("stdnum")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            path = os.path.join(location, "cn", "loc.dat")
            if os.path.isfile(path):
                with open(path, encoding="utf-8") as f:
                    return f.read()
    from importlib.resources import files  # zipped installs; costs ~12 ms to import

    return (files("stdnum.cn") / "loc.dat").read_text(encoding="utf-8")


def _parse(text: str) -> dict[str, _Row]:
    rows: dict[str, _Row] = {}
    prefix = ""
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        if line[0] != " ":
            # 11 province="北京市"
            prefix, _, rest = line.partition(" ")
            name = rest.partition('"')[2].rstrip('"')
            rows.setdefault(prefix + "0000", ((name,), None, None, True))
            continue
        # "  0105 county="朝阳区""
        code = prefix + line[2:6]
        value = line[15:-1] if line.startswith(' county="', 6) else line[6:].partition('"')[2][:-1]
        rows[code] = _parse_value(value)
    return rows


def _kind_of(code: str, name: str) -> RegionKind:
    prefix = code[:2]
    if code[2:] == "0000":
        if prefix in MUNICIPALITY_PREFIXES:
            return RegionKind.MUNICIPALITY
        return RegionKind.SAR if prefix in _SAR_PREFIXES else RegionKind.PROVINCE
    if code[4:] == "00":
        return RegionKind.GROUPING if name in _GROUPING_NAMES else RegionKind.PREFECTURE
    if code[2:4] == "90":
        return RegionKind.PROVINCE_DIRECT
    return RegionKind.COUNTY


_LEVEL_OF_KIND = {
    RegionKind.MUNICIPALITY: RegionLevel.PROVINCE,
    RegionKind.PROVINCE: RegionLevel.PROVINCE,
    RegionKind.SAR: RegionLevel.PROVINCE,
    RegionKind.PREFECTURE: RegionLevel.PREFECTURE,
    RegionKind.GROUPING: RegionLevel.PREFECTURE,
    RegionKind.PROVINCE_DIRECT: RegionLevel.COUNTY,
    RegionKind.COUNTY: RegionLevel.COUNTY,
}


def _build(rows: dict[str, _Row]) -> dict[str, Region]:
    codes = sorted(rows)
    kinds = {code: _kind_of(code, rows[code][0][-1]) for code in codes}
    prefecture_kind = RegionKind.PREFECTURE
    regions: dict[str, Region] = {}
    for code in codes:
        names, since, until, current = rows[code]
        kind = kinds[code]
        parent: str | None
        if kind is RegionKind.COUNTY:
            parent = code[:4] + "00"
            if kinds.get(parent) is not prefecture_kind:
                parent = code[:2] + "0000"
        elif code[2:] == "0000":
            parent = None
        else:
            parent = code[:2] + "0000"
        regions[code] = Region(
            code,
            names[-1],
            _LEVEL_OF_KIND[kind],
            parent,
            current and code not in DATA_CORRECTIONS,
            kind,
            names[:-1],
            since,
            until,
        )
    return regions


def _is_code(code: str) -> bool:
    return len(code) == 6 and code.isascii() and code.isdigit()


def _province_key(province_code: str) -> str:
    """Accept ``"51"`` or ``"510000"``; return the two-digit prefix ('' if malformed)."""
    code = province_code.strip()
    if len(code) == 2 and code.isascii() and code.isdigit():
        return code
    if _is_code(code) and code[2:] == "0000":
        return code[:2]
    return ""


def _current_first(regions: Iterable[Region]) -> list[Region]:
    return sorted(regions, key=lambda r: (not r.current, r.code))


class RegionBook:
    """Read-only access to the region codes. Build it with :func:`region_book`."""

    def __init__(self, regions: dict[str, Region]) -> None:
        self._regions = regions
        self._provinces = [
            r
            for r in regions.values()
            if r.level is RegionLevel.PROVINCE
            and r.current
            and r.province_prefix not in _NOT_INSURED_PREFIXES
        ]
        self._pooling: dict[str, list[Region]] = {}

    def __len__(self) -> int:
        return len(self._regions)

    def all(self) -> list[Region]:
        """Every code in the data, current and historic, ordered by code."""
        return list(self._regions.values())

    def provinces(self) -> list[Region]:
        """The 31 mainland province-level units, ordered by code."""
        return list(self._provinces)

    def pooling_regions(self, province_code: str) -> list[Region]:
        """The insured regions (统筹区) to offer for a province (``"51"`` or ``"510000"``)."""
        prefix = _province_key(province_code)
        if not prefix or prefix in _NOT_INSURED_PREFIXES:
            return []
        cached = self._pooling.get(prefix)
        if cached is None:
            cached = self._compute_pooling(prefix)
            self._pooling[prefix] = cached
        return list(cached)

    def _compute_pooling(self, prefix: str) -> list[Region]:
        province = self._regions.get(prefix + "0000")
        if province is None or not province.current:
            return []
        if province.kind == RegionKind.MUNICIPALITY:
            return [province]
        return [
            r
            for code, r in self._regions.items()
            if code.startswith(prefix)
            and r.current
            and r.kind in (RegionKind.PREFECTURE, RegionKind.PROVINCE_DIRECT)
        ]

    def lookup(self, code: str) -> Region | None:
        """Any code, current or historic; ``None`` when unknown or malformed."""
        return self._regions.get(code.strip())

    def find(self, name: str) -> list[Region]:
        """Regions whose name (or a former name) is *name*, then those starting with it.

        Within each group current codes come first, then by code.
        """
        needle = name.strip()
        if not needle:
            return []
        exact: list[Region] = []
        prefix: list[Region] = []
        for r in self._regions.values():
            names = (r.name, *r.former_names)
            if needle in names:
                exact.append(r)
            elif any(n.startswith(needle) for n in names):
                prefix.append(r)
        return _current_first(exact) + _current_first(prefix)

    def pooling_region_of(self, code: str) -> Region | None:
        """The insured region a code belongs to.

        County → its prefecture; anything in a 直辖市 → the municipality (``xx0000``);
        省直辖县级 unit → itself; prefecture → itself. Provinces, grouping rows and
        unknown or malformed codes → ``None``. Historic codes map structurally (the result
        may itself be historic; check ``current``).
        """
        code = code.strip()
        if not _is_code(code):
            return None
        prefix = code[:2]
        if prefix in MUNICIPALITY_PREFIXES:
            return self._regions.get(prefix + "0000")
        if code[2:] == "0000":
            return None
        if code[2:4] == "90":
            region = self._regions.get(code)
            if region is not None and region.kind == RegionKind.PROVINCE_DIRECT:
                return region
            return None
        prefecture = self._regions.get(code[:4] + "00")
        if prefecture is not None and prefecture.kind == RegionKind.PREFECTURE:
            return prefecture
        return None

    def province_of(self, code: str) -> Region | None:
        code = code.strip()
        if not (_is_code(code) or (len(code) == 2 and code.isascii() and code.isdigit())):
            return None
        return self._regions.get(code[:2] + "0000")

    def full_name(self, code: str) -> str:
        """``"湖北省 仙桃市"``, ``"北京市"``, ``"四川省 泸州市 泸县"``; unknown → the code."""
        key = code.strip()
        region = self._regions.get(key)
        if region is None:
            return code
        parts: list[str] = []
        node: Region | None = region
        while node is not None:
            if node.kind != RegionKind.GROUPING:
                parts.append(node.name)
            node = self._regions.get(node.parent_code) if node.parent_code else None
        return " ".join(reversed(parts))

    def is_known_county(self, code: str) -> bool:
        """True for any code in the data, current or historic (used to check ID numbers)."""
        return code in self._regions


@functools.cache
def region_book() -> RegionBook:
    """The shared :class:`RegionBook`, parsed on first use."""
    return RegionBook(_build(_parse(_read_loc_dat())))
