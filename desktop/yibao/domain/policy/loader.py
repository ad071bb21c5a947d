"""Reading ``resources/policy/*.toml`` into a :class:`PolicyBook`, checking everything."""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.policy.book import PolicyBook, RegionFile
from yibao.domain.policy.model import (
    Confidence,
    Entry,
    FieldSpec,
    NotFound,
    ParameterInfo,
    Source,
    ValueType,
)
from yibao.domain.policy.regionkeys import is_region_key
from yibao.domain.policy.values import ValueProblem, coerce_file_value

PARAMETERS_FILE = "parameters.toml"
SOURCES_FILE = "sources.toml"
#: a value of this string ends a series at that level
NONE_VALUE = "none"

_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_LINE_RE = re.compile(r"line (\d+)")


class PolicyFileError(ValueError):
    """A problem in one policy file. ``str()`` is a Chinese message naming file and parameter."""

    def __init__(self, path: Path, parameter: str | None, problem: str) -> None:
        self.path = path
        self.parameter = parameter
        self.problem = problem
        if parameter:
            template = QT_TRANSLATE_NOOP(
                "domain", "政策文件 {file} 中的参数 {parameter} 有误：{problem}"
            )
        else:
            template = QT_TRANSLATE_NOOP("domain", "政策文件 {file} 有误：{problem}")
        super().__init__(template.format(file=path.name, parameter=parameter, problem=problem))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PolicyFileError(path, None, f"无法读取文件（{exc.strerror or exc}）") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PolicyFileError(path, None, "文件不是 UTF-8 编码") from None
    try:
        return tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        match = _LINE_RE.search(str(exc))
        where = f"第 {match[1]} 行" if match else "某处"
        raise PolicyFileError(path, None, f"TOML 语法错误，{where}：{exc}") from None


def _text(table: Mapping[str, Any], name: str, fail: _Fail, *, optional: bool = False) -> str:
    value = table.get(name)
    if value is None:
        if optional:
            return ""
        raise fail(f"缺少 {name}")
    if not isinstance(value, str) or (not optional and not value.strip()):
        raise fail(f"{name} 应为非空文本")
    return value


def _opt_text(table: Mapping[str, Any], name: str, fail: _Fail) -> str | None:
    value = _text(table, name, fail, optional=True)
    return value or None


def _date(
    table: Mapping[str, Any], name: str, fail: _Fail, *, optional: bool = False
) -> date | None:
    value = table.get(name)
    if value is None:
        if optional:
            return None
        raise fail(f"缺少 {name}")
    if isinstance(value, datetime) or not isinstance(value, date):
        raise fail(f"{name} 应为日期（如 2025-01-01，不带引号）：{value!r}")
    return value


def _no_extra(table: Mapping[str, Any], allowed: set[str], fail: _Fail) -> None:
    extra = sorted(set(table) - allowed)
    if extra:
        raise fail(f"未知字段 {', '.join(extra)}")


class _Fail:
    """Builds :class:`PolicyFileError` for one file / parameter, with an optional location."""

    def __init__(self, path: Path, parameter: str | None = None, where: str = "") -> None:
        self.path = path
        self.parameter = parameter
        self.where = where

    def __call__(self, problem: str) -> PolicyFileError:
        suffix = f"（{self.where}）" if self.where else ""
        return PolicyFileError(self.path, self.parameter, problem + suffix)


# ---------------------------------------------------------------- parameters.toml

_PARAM_FIELDS = {
    "key",
    "label",
    "unit",
    "type",
    "category",
    "description",
    "fields",
    "choices",
    "benefit_year",
}
_FIELD_FIELDS = {"name", "type", "label", "unit", "optional", "choices"}


def _value_type(raw: object, fail: _Fail) -> ValueType:
    try:
        return ValueType(str(raw))
    except ValueError:
        names = ", ".join(v.value for v in ValueType)
        raise fail(f"未知类型 {raw!r}（可用：{names}）") from None


def _choices(table: Mapping[str, Any], fail: _Fail) -> tuple[str, ...]:
    raw = table.get("choices", [])
    if not isinstance(raw, list) or not all(isinstance(c, str) and c for c in raw):
        raise fail("choices 应为文本列表")
    return tuple(raw)


def _flag(table: Mapping[str, Any], name: str, fail: _Fail, what: str = "") -> bool:
    value = table.get(name, False)
    if not isinstance(value, bool):
        raise fail(f"{what}{name} 应为 true 或 false")
    return value


def _field_spec(raw: object, fail: _Fail) -> FieldSpec:
    if not isinstance(raw, dict):
        raise fail("fields 的每一项应为表")
    _no_extra(raw, _FIELD_FIELDS, fail)
    name = _text(raw, "name", fail)
    ftype = _value_type(raw.get("type"), fail)
    if not ftype.is_scalar:
        raise fail(f"字段 {name} 的类型应为标量")
    return FieldSpec(
        name=name,
        value_type=ftype,
        label=_text(raw, "label", fail),
        unit=_text(raw, "unit", fail, optional=True),
        optional=_flag(raw, "optional", fail, f"字段 {name} 的 "),
        choices=_choices(raw, fail),
    )


def _field_specs(row: Mapping[str, Any], vtype: ValueType, fail: _Fail) -> tuple[FieldSpec, ...]:
    """The ``fields`` of a ``table`` / ``table_list`` parameter (none for other types)."""
    if vtype not in (ValueType.TABLE, ValueType.TABLE_LIST):
        if "fields" in row:
            raise fail("只有 table / table_list 类型可以有 fields")
        return ()
    raw_fields = row.get("fields")
    if not isinstance(raw_fields, list) or not raw_fields:
        raise fail("table / table_list 类型需要 fields")
    fields = tuple(_field_spec(raw, fail) for raw in raw_fields)
    labels = [f.name for f in fields] + [f.label for f in fields]
    if len(set(labels)) != len(labels):
        raise fail("字段名或字段标签重复")
    return fields


def _parameter(row: Mapping[str, Any], key: str, fail: _Fail) -> ParameterInfo:
    _no_extra(row, _PARAM_FIELDS, fail)
    vtype = _value_type(row.get("type"), fail)
    return ParameterInfo(
        key=key,
        label=_text(row, "label", fail),
        unit=_text(row, "unit", fail, optional=True),
        value_type=vtype,
        category=_text(row, "category", fail),
        description=_text(row, "description", fail),
        fields=_field_specs(row, vtype, fail),
        choices=_choices(row, fail),
        benefit_year=_flag(row, "benefit_year", fail),
    )


def _load_parameters(path: Path) -> list[ParameterInfo]:
    data = _read_toml(path)
    _no_extra(data, {"parameter"}, _Fail(path))
    rows = data.get("parameter")
    if not isinstance(rows, list) or not rows:
        raise _Fail(path)("应包含 [[parameter]] 条目")
    out: list[ParameterInfo] = []
    seen: set[str] = set()
    for index, row in enumerate(rows, start=1):
        key = row.get("key")
        fail = _Fail(path, key if isinstance(key, str) else None, f"第 {index} 个参数")
        if not isinstance(key, str) or not _KEY_RE.match(key):
            raise fail(f"key 应为点分的小写英文标识：{key!r}")
        if key in seen:
            raise fail("key 重复")
        seen.add(key)
        out.append(_parameter(row, key, fail))
    keys = sorted(seen)
    for a, b in itertools.pairwise(keys):
        if b.startswith(a + "."):
            raise _Fail(path, b)(f"参数 {a} 不能同时是 {b} 的前缀")
    return out


# ---------------------------------------------------------------- sources.toml

_SOURCE_FIELDS = {
    "id",
    "title",
    "doc_number",
    "issuer",
    "published",
    "effective",
    "url",
    "confidence",
    "checked_on",
    "note",
}


def _load_sources(path: Path) -> list[Source]:
    data = _read_toml(path)
    _no_extra(data, {"source"}, _Fail(path))
    rows = data.get("source")
    if not isinstance(rows, list) or not rows:
        raise _Fail(path)("应包含 [[source]] 条目")
    return _parse_sources(path, rows, set())


def _parse_sources(path: Path, rows: object, seen: set[str]) -> list[Source]:
    """``[[source]]`` tables of one file; ``seen`` holds the ids of every file read before."""
    if not isinstance(rows, list):
        raise _Fail(path)("source 应为 [[source]] 表数组")
    out: list[Source] = []
    for index, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise _Fail(path, None, f"第 {index} 个来源")("来源应为表")
        sid = row.get("id")
        fail = _Fail(path, None, f"第 {index} 个来源 {sid}")
        if not isinstance(sid, str) or not _ID_RE.match(sid):
            raise fail(f"id 应为小写英文标识：{sid!r}")
        if sid in seen:
            raise fail("来源 id 重复")
        seen.add(sid)
        _no_extra(row, _SOURCE_FIELDS, fail)
        raw_conf = _text(row, "confidence", fail)
        try:
            confidence = Confidence(raw_conf)
        except ValueError:
            allowed = "/".join(c.value for c in Confidence)
            raise fail(f"未知的 confidence {raw_conf!r}（可用：{allowed}）") from None
        checked_on = _date(row, "checked_on", fail)
        assert checked_on is not None
        out.append(
            Source(
                id=sid,
                title=_text(row, "title", fail),
                doc_number=_opt_text(row, "doc_number", fail),
                issuer=_opt_text(row, "issuer", fail),
                published=_date(row, "published", fail, optional=True),
                effective=_date(row, "effective", fail, optional=True),
                url=_opt_text(row, "url", fail),
                confidence=confidence,
                checked_on=checked_on,
                note=_text(row, "note", fail, optional=True),
            )
        )
    return out


# ---------------------------------------------------------------- region files

_ENTRY_FIELDS = {"effective_from", "value", "source", "note"}


def _flatten(table: Mapping[str, Any], prefix: str, out: dict[str, object]) -> None:
    """``{"a": {"b": [...]}}`` → ``{"a.b": [...]}``; stops at anything that is not a table."""
    for name, value in table.items():
        key = f"{prefix}.{name}" if prefix else name
        if isinstance(value, dict):
            _flatten(value, key, out)
        else:
            out[key] = value


def _read_region(path: Path, seen_sources: set[str]) -> tuple[dict[str, Any], list[Source]]:
    """A region file's tables and the sources it defines itself (``[[source]]``, optional).

    A region file may carry the sources of its own values, so that a city's evidence lives
    beside its figures; their ids share one namespace with ``sources.toml``.
    """
    data = _read_toml(path)
    own = _parse_sources(path, data.pop("source", []), seen_sources)
    return data, own


def _load_region(
    path: Path,
    data: dict[str, Any],
    infos: Mapping[str, ParameterInfo],
    sources: Mapping[str, Source],
) -> RegionFile:
    header = data.pop("region", None)
    if not isinstance(header, dict):
        raise _Fail(path)("缺少 [region] 表头（key、name）")
    fail = _Fail(path, None, "[region]")
    _no_extra(header, {"key", "name", "note"}, fail)
    region_key = _text(header, "key", fail)
    if not is_region_key(region_key):
        raise fail(f"key 应为 national、province-两位代码或 city-六位代码：{region_key!r}")
    if f"{region_key}.toml" != path.name:
        raise fail(f"key {region_key} 与文件名不符")
    name = _text(header, "name", fail)

    not_found = _not_found(path, region_key, data.pop("not_found", []), infos)
    flat: dict[str, object] = {}
    _flatten(data, "", flat)
    series: dict[str, tuple[Entry, ...]] = {}
    for key, raw_series in flat.items():
        pfail = _Fail(path, key)
        info = infos.get(key)
        if info is None:
            raise pfail("未知参数（parameters.toml 中没有）")
        if not isinstance(raw_series, list) or not raw_series:
            raise pfail("应为带日期的条目列表（[[参数键]] 表数组）")
        entries = [
            _entry(raw, _Fail(path, key, f"第 {index} 条"), info, sources)
            for index, raw in enumerate(raw_series, start=1)
        ]
        entries.sort(key=lambda e: e.effective_from)
        for before, after in itertools.pairwise(entries):
            if before.effective_from == after.effective_from:
                raise pfail(f"生效日期 {after.effective_from.isoformat()} 重复")
        if entries[0].value is None:
            raise pfail("最早的条目不能是 none（没有可以结束的值）")
        series[key] = tuple(entries)
    return RegionFile(key=region_key, name=name, series=series, not_found=not_found)


def _entry(raw: object, efail: _Fail, info: ParameterInfo, sources: Mapping[str, Source]) -> Entry:
    """One dated entry of a region file (``efail`` names the file, parameter and entry)."""
    if not isinstance(raw, dict):
        raise efail("条目应为表")
    _no_extra(raw, _ENTRY_FIELDS, efail)
    effective_from = _date(raw, "effective_from", efail)
    assert effective_from is not None
    efail.where = f"{efail.where}，{effective_from.isoformat()}"
    if info.benefit_year and (effective_from.month, effective_from.day) != (1, 1):
        raise efail("该参数按待遇年度记录，生效日期应为某年的1月1日")
    if "value" not in raw:
        raise efail("缺少 value")
    source_id = _text(raw, "source", efail)
    if source_id not in sources:
        raise efail(f"未知来源 {source_id}（sources.toml 和本文件的 [[source]] 中都没有）")
    note = _text(raw, "note", efail, optional=True)
    raw_value = raw["value"]
    if raw_value == NONE_VALUE:
        return Entry(effective_from, None, source_id, note)
    try:
        value = coerce_file_value(info, raw_value)
    except ValueProblem as exc:
        raise efail(f"值与类型 {info.value_type.value} 不符：{exc}") from None
    return Entry(effective_from, value, source_id, note)


_NOT_FOUND_FIELDS = {"parameter", "checked_on", "note", "year"}


def _not_found(
    path: Path, region_key: str, rows: object, infos: Mapping[str, ParameterInfo]
) -> tuple[NotFound, ...]:
    """``[[not_found]]`` tables: a parameter searched for in public sources, with no result."""
    if not isinstance(rows, list):
        raise _Fail(path)("not_found 应为 [[not_found]] 表数组")
    out: list[NotFound] = []
    for index, row in enumerate(rows, start=1):
        fail = _Fail(path, None, f"第 {index} 个 not_found")
        if not isinstance(row, dict):
            raise fail("not_found 应为表")
        _no_extra(row, _NOT_FOUND_FIELDS, fail)
        key = _text(row, "parameter", fail)
        if key not in infos:
            raise fail(f"未知参数 {key}（parameters.toml 中没有）")
        checked_on = _date(row, "checked_on", fail)
        assert checked_on is not None
        year = row.get("year")
        if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
            raise fail("year 应为整数年份")
        out.append(NotFound(region_key, key, checked_on, _text(row, "note", fail), year))
    return tuple(out)


def load_policy_book(directory: Path) -> PolicyBook:
    """Load and check ``parameters.toml``, ``sources.toml`` and every region file.

    Sources come from ``sources.toml`` and from the ``[[source]]`` tables of region files.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise PolicyFileError(directory, None, "政策目录不存在")
    infos = _load_parameters(directory / PARAMETERS_FILE)
    sources = _load_sources(directory / SOURCES_FILE)
    seen = {source.id for source in sources}
    region_data: list[tuple[Path, dict[str, Any]]] = []
    for path in sorted(directory.glob("*.toml")):
        if path.name in (PARAMETERS_FILE, SOURCES_FILE):
            continue
        data, own = _read_region(path, seen)
        sources.extend(own)
        region_data.append((path, data))
    info_map = {info.key: info for info in infos}
    source_map = {source.id: source for source in sources}
    regions = [_load_region(path, data, info_map, source_map) for path, data in region_data]
    if not any(region.key == "national" for region in regions):
        raise PolicyFileError(directory / "national.toml", None, "缺少全国文件 national.toml")
    return PolicyBook(infos, sources, regions)
