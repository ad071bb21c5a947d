"""Typed parameter values: checking TOML data, parsing user text, formatting for display.

Conventions (documented in ``resources/policy/README.md``):

- Rates are stored as fractions (``0.02``). A ``decimal`` whose unit is ``%`` is *shown and
  typed in percent*: ``format_value`` gives ``"2%"``, and ``parse_value`` reads ``"2%"``,
  ``"2"`` or ``"２％"`` as ``Decimal("0.02")``. The unit ``个百分点`` (percentage points) works
  the same way and displays as ``"10个百分点"``.
- Other units are not part of the display text (the UI shows ``info.unit`` beside it), but
  ``parse_value`` accepts and ignores a trailing unit (``"400元"``, ``"3个月"``).
- Lists are shown joined by ``、``; typed with ``、``, ``,`` or ``，``.
- Table rows are shown as ``标签=值；标签=值`` (field labels; field names are accepted too);
  rows of a table list are joined by `` | `` (``｜`` and new lines are accepted).
- Full-width digits, signs and separators are accepted wherever a number, date or yes/no is
  expected; free text is kept as typed (only surrounding blanks are removed).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from yibao.domain.i18n import QT_TRANSLATE_NOOP, day_text, flag_text, list_text, quantity_text
from yibao.domain.policy.model import (
    FieldSpec,
    FrozenTable,
    ParameterInfo,
    PolicyValue,
    Scalar,
    TableValue,
    ValueType,
)

#: units whose values are fractions shown ×100 with a suffix
PERCENT_SUFFIX = {"%": "%", "个百分点": "个百分点"}
ENGLISH_PERCENT_SUFFIX = {"%": "%", "个百分点": " percentage points"}
#: suffixes :func:`parse_value` reads after a percentage (spaces are removed first)
_PERCENT_INPUT_SUFFIXES = ("%", "个百分点", "百分点", "percentagepoints", "pp")

LIST_SEPARATORS = "、,，"
FIELD_SEPARATORS = ";；"
ROW_SEPARATORS = "|｜\n"
KEY_VALUE_SEPARATORS = "=＝"
_FORBIDDEN_IN_ITEMS = LIST_SEPARATORS + FIELD_SEPARATORS + ROW_SEPARATORS + KEY_VALUE_SEPARATORS

_TRUE_WORDS = frozenset({"是", "对", "有", "true", "yes", "y", "1"})
_FALSE_WORDS = frozenset({"否", "错", "无", "false", "no", "n", "0"})

_DECIMAL_RE = re.compile(r"^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$")
_INTEGER_RE = re.compile(r"^[+-]?\d+$")
_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


class PolicyValueError(ValueError):
    """A value that does not fit its parameter; ``str()`` is a Chinese message for the user."""


class ValueProblem(ValueError):
    """Internal: a stored (TOML) value does not fit its declared type."""


# ---------------------------------------------------------------- checking data from files


def coerce_file_value(info: ParameterInfo, raw: object) -> PolicyValue:
    """Check a value read from TOML against *info* and return the typed, immutable value."""
    vtype = info.value_type
    if vtype.is_scalar:
        return _coerce_scalar(vtype, raw, info.choices, "")
    if vtype is ValueType.TEXT_LIST:
        if not isinstance(raw, list):
            raise ValueProblem("值应为文本列表")
        items = tuple(_coerce_scalar(ValueType.TEXT, item, info.choices, "列表项") for item in raw)
        for item in items:
            _check_item_text(str(item), "列表项")
        return tuple(str(item) for item in items)
    if vtype is ValueType.TABLE:
        if not isinstance(raw, dict):
            raise ValueProblem("值应为表（inline table）")
        return _coerce_table(info.fields, raw)
    if not isinstance(raw, list) or not all(isinstance(row, dict) for row in raw):
        raise ValueProblem("值应为表的列表")
    return tuple(_coerce_table(info.fields, row) for row in raw)


def _coerce_scalar(vtype: ValueType, raw: object, choices: Sequence[str], what: str) -> Scalar:
    prefix = f"{what}" if what else "值"
    coerce = _SCALAR_COERCERS.get(vtype)
    if coerce is None:  # pragma: no cover
        raise ValueProblem(f"{vtype} 不是标量类型")
    return coerce(raw, choices, prefix)


def _coerce_decimal(raw: object, _choices: Sequence[str], prefix: str) -> Scalar:
    if isinstance(raw, bool):
        raise ValueProblem(f"{prefix}应为数值，而不是布尔值")
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, Decimal):
        number = raw
    elif isinstance(raw, str):
        try:
            number = Decimal(raw.strip())
        except InvalidOperation:
            raise ValueProblem(f"{prefix}应为数值：{raw!r}") from None
    else:
        raise ValueProblem(f"{prefix}应为数值")
    if not number.is_finite():
        raise ValueProblem(f"{prefix}应为有限数值")
    return number


def _coerce_integer(raw: object, _choices: Sequence[str], prefix: str) -> Scalar:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ValueProblem(f"{prefix}应为整数")
    return raw


def _coerce_boolean(raw: object, _choices: Sequence[str], prefix: str) -> Scalar:
    if not isinstance(raw, bool):
        raise ValueProblem(f"{prefix}应为布尔值（true/false）")
    return raw


def _coerce_date(raw: object, _choices: Sequence[str], prefix: str) -> Scalar:
    if isinstance(raw, datetime) or not isinstance(raw, date):
        raise ValueProblem(f"{prefix}应为日期（如 2025-01-01）")
    return raw


def _coerce_text(raw: object, choices: Sequence[str], prefix: str) -> Scalar:
    if not isinstance(raw, str) or not raw.strip():
        raise ValueProblem(f"{prefix}应为非空文本")
    if raw != raw.strip():
        raise ValueProblem(f"{prefix}首尾不能有空白")
    if choices and raw not in choices:
        raise ValueProblem(f"{prefix}“{raw}”不在可选值之内：{'、'.join(choices)}")
    return raw


_SCALAR_COERCERS: dict[ValueType, Callable[[object, Sequence[str], str], Scalar]] = {
    ValueType.DECIMAL: _coerce_decimal,
    ValueType.INTEGER: _coerce_integer,
    ValueType.BOOLEAN: _coerce_boolean,
    ValueType.DATE: _coerce_date,
    ValueType.TEXT: _coerce_text,
}


def _coerce_table(fields: Sequence[FieldSpec], raw: Mapping[str, object]) -> FrozenTable:
    known = {spec.name: spec for spec in fields}
    unknown = [name for name in raw if name not in known]
    if unknown:
        raise ValueProblem(f"未知字段 {', '.join(unknown)}")
    out: dict[str, Scalar] = {}
    for spec in fields:
        if spec.name not in raw:
            if spec.optional:
                continue
            raise ValueProblem(f"缺少字段 {spec.name}")
        value = _coerce_scalar(spec.value_type, raw[spec.name], spec.choices, f"字段 {spec.name} ")
        if isinstance(value, str):
            _check_item_text(value, f"字段 {spec.name} ")
        out[spec.name] = value
    return FrozenTable(out)


def _check_item_text(text: str, what: str) -> None:
    bad = sorted({ch for ch in text if ch in _FORBIDDEN_IN_ITEMS})
    if bad:
        raise ValueProblem(f"{what}不能包含分隔符 {' '.join(bad)}：{text}")


# ---------------------------------------------------------------- parsing user text


def _error(template: str, **kwargs: str) -> PolicyValueError:
    return PolicyValueError(template.format(**kwargs))


def parse_value(info: ParameterInfo, text: str) -> PolicyValue:
    """Turn what the user typed in the override editor into a typed value for *info*.

    Raises :class:`PolicyValueError` with a Chinese message when the text does not fit.
    """
    vtype = info.value_type
    if vtype.is_scalar:
        return _parse_scalar(vtype, text, info.unit, info.choices)
    if vtype is ValueType.TEXT_LIST:
        items = [item.strip() for item in re.split(f"[{LIST_SEPARATORS}]", text)]
        if all(not item for item in items):
            return ()
        if any(not item for item in items):
            raise _error(QT_TRANSLATE_NOOP("domain", "列表中有空项，请检查分隔符"))
        for item in items:
            _check_choice(item, info.choices)
        return tuple(items)
    if vtype is ValueType.TABLE:
        return _parse_table(info.fields, text)
    rows = [row for row in re.split(f"[{re.escape(ROW_SEPARATORS)}]", text) if row.strip()]
    return tuple(_parse_table(info.fields, row) for row in rows)


def _parse_scalar(vtype: ValueType, text: str, unit: str, choices: Sequence[str]) -> Scalar:
    if vtype is ValueType.TEXT:
        value = text.strip()
        if not value:
            raise _error(QT_TRANSLATE_NOOP("domain", "不能为空"))
        _check_choice(value, choices)
        return value
    norm = unicodedata.normalize("NFKC", text).strip()
    if not norm:
        raise _error(QT_TRANSLATE_NOOP("domain", "不能为空"))
    if vtype is ValueType.BOOLEAN:
        word = norm.lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise _error(QT_TRANSLATE_NOOP("domain", "请输入“是”或“否”"))
    if vtype is ValueType.DATE:
        match = _DATE_RE.match(norm)
        if match:
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                pass
        raise _error(QT_TRANSLATE_NOOP("domain", "请输入有效日期，例如 2025-01-01"))
    norm = _strip_unit(norm.replace(" ", ""), unit)
    if vtype is ValueType.INTEGER:
        if not _INTEGER_RE.match(norm):
            raise _error(QT_TRANSLATE_NOOP("domain", "请输入整数，例如 {example}"), example="6")
        return int(norm)
    percent = unit in PERCENT_SUFFIX
    if percent:
        for suffix in _PERCENT_INPUT_SUFFIXES:
            if norm.lower().endswith(suffix):
                norm = norm[: -len(suffix)]
                break
    if not _DECIMAL_RE.match(norm):
        example = "2%" if percent else "400"
        raise _error(QT_TRANSLATE_NOOP("domain", "请输入数字，例如 {example}"), example=example)
    number = Decimal(norm.replace(",", ""))
    return number.scaleb(-2) if percent else number


def _strip_unit(norm: str, unit: str) -> str:
    if not unit or unit in PERCENT_SUFFIX:
        return norm
    candidates = {unicodedata.normalize("NFKC", unit), unit.split("/")[0]}
    if unit.startswith("个"):
        candidates.add(unit[1:])
    for candidate in sorted(candidates, key=len, reverse=True):
        if candidate and norm.endswith(candidate):
            return norm[: -len(candidate)]
    return norm


def _check_choice(value: str, choices: Sequence[str]) -> None:
    if choices and value not in choices:
        raise _error(
            QT_TRANSLATE_NOOP("domain", "“{value}”不是可选值，可选：{choices}"),
            value=value,
            choices="、".join(choices),
        )


def _parse_table(fields: Sequence[FieldSpec], text: str) -> FrozenTable:
    by_name: dict[str, FieldSpec] = {}
    for spec in fields:
        by_name[spec.name] = spec
        by_name[spec.label] = spec
    out: dict[str, Scalar] = {}
    for part in re.split(f"[{FIELD_SEPARATORS}]", text):
        if not part.strip():
            continue
        pieces = re.split(f"[{KEY_VALUE_SEPARATORS}]", part, maxsplit=1)
        if len(pieces) != 2:
            raise _error(
                QT_TRANSLATE_NOOP("domain", "“{part}”的格式应为 字段=值，多个字段用分号分隔"),
                part=part.strip(),
            )
        name = pieces[0].strip()
        found = by_name.get(name) or by_name.get(unicodedata.normalize("NFKC", name))
        if found is None:
            raise _error(
                QT_TRANSLATE_NOOP("domain", "未知字段“{name}”，可用字段：{fields}"),
                name=name,
                fields="、".join(s.label for s in fields),
            )
        spec = found
        if spec.name in out:
            raise _error(QT_TRANSLATE_NOOP("domain", "字段“{name}”重复"), name=spec.label)
        try:
            out[spec.name] = _parse_scalar(spec.value_type, pieces[1], spec.unit, spec.choices)
        except PolicyValueError as exc:
            raise _error(
                QT_TRANSLATE_NOOP("domain", "字段“{name}”：{problem}"),
                name=spec.label,
                problem=str(exc),
            ) from None
    for spec in fields:
        if spec.name not in out and not spec.optional:
            raise _error(QT_TRANSLATE_NOOP("domain", "缺少字段“{name}”"), name=spec.label)
    return FrozenTable({spec.name: out[spec.name] for spec in fields if spec.name in out})


# ---------------------------------------------------------------- display


def plain_decimal(number: Decimal) -> str:
    """``Decimal`` as plain text without exponent or trailing zeros: 4396.90 → ``"4396.9"``."""
    if number == 0:
        return "0"
    return format(number.normalize(), "f")


def format_rate(rate: Decimal) -> str:
    """A rate stored as a fraction, shown as a percentage: ``Decimal("0.085")`` → ``"8.5%"``."""
    return plain_decimal(rate.scaleb(2)) + "%"


def format_scalar(vtype: ValueType, value: Scalar, unit: str = "", *, english: bool = False) -> str:
    if vtype is ValueType.BOOLEAN:
        if english:
            return "yes" if value else "no"
        return "是" if value else "否"
    if vtype is ValueType.DATE and isinstance(value, date):
        return value.isoformat()
    if vtype is ValueType.DECIMAL and isinstance(value, Decimal | int):
        number = Decimal(value)
        if unit in PERCENT_SUFFIX:
            suffix = ENGLISH_PERCENT_SUFFIX[unit] if english else PERCENT_SUFFIX[unit]
            return plain_decimal(number.scaleb(2)) + suffix
        return plain_decimal(number)
    return str(value)


def format_value(info: ParameterInfo, value: PolicyValue, *, english: bool = False) -> str:
    """Text for *value* that :func:`parse_value` reads back:
    ``parse_value(info, format_value(info, v)) == v``, in Chinese (是/否, 、 and ；) or, with
    ``english=True``, in English (yes/no, ``, `` and ``; ``); text values stay as they are."""
    vtype = info.value_type
    if vtype.is_scalar:
        if isinstance(value, tuple | Mapping):
            raise TypeError(f"{info.key}: expected a scalar, got {value!r}")
        return format_scalar(vtype, value, info.unit, english=english)
    if vtype is ValueType.TEXT_LIST:
        if not isinstance(value, tuple):
            raise TypeError(f"{info.key}: expected a tuple, got {value!r}")
        return (", " if english else "、").join(str(item) for item in value)
    if vtype is ValueType.TABLE:
        if not isinstance(value, Mapping):
            raise TypeError(f"{info.key}: expected a mapping, got {value!r}")
        return _format_table(info.fields, value, english)
    if not isinstance(value, tuple):
        raise TypeError(f"{info.key}: expected a tuple of mappings, got {value!r}")
    rows: list[str] = []
    for row in value:
        if not isinstance(row, Mapping):
            raise TypeError(f"{info.key}: expected a mapping row, got {row!r}")
        rows.append(_format_table(info.fields, row, english))
    return " | ".join(rows)


def _format_table(fields: Sequence[FieldSpec], row: TableValue, english: bool = False) -> str:
    return ("; " if english else "；").join(
        f"{spec.label}={format_scalar(spec.value_type, row[spec.name], spec.unit, english=english)}"
        for spec in fields
        if spec.name in row
    )


def prose_scalar(vtype: ValueType, value: Scalar, unit: str = "") -> str:
    """A scalar written for a sentence: a number with its unit (``1000元``, ``3个月``,
    ``8.5%``), a date as ``2026年12月31日``, a flag as 是/否, text as it is — in the language
    set by :func:`yibao.domain.i18n.set_language` (``¥1,000``, ``2026-12-31``, yes/no)."""
    if vtype is ValueType.DATE and isinstance(value, date):
        return day_text(value)
    if vtype is ValueType.BOOLEAN:
        return flag_text(bool(value))
    text = format_scalar(vtype, value, unit)
    if vtype in (ValueType.DECIMAL, ValueType.INTEGER):
        if unit in PERCENT_SUFFIX:
            number = text.removesuffix(PERCENT_SUFFIX[unit])
            return quantity_text(number, unit)
        return quantity_text(text, unit, month_of_year=unit == "月")
    return text


def prose_value(info: ParameterInfo, value: PolicyValue) -> str:
    """*value* written for a sentence (checklist placeholders): scalars as
    :func:`prose_scalar`, lists and tables as :func:`format_value`."""
    if info.value_type.is_scalar and not isinstance(value, tuple | Mapping):
        return prose_scalar(info.value_type, value, info.unit)
    if info.value_type is ValueType.TEXT_LIST and isinstance(value, tuple):
        return list_text(str(item) for item in value)
    return format_value(info, value)
