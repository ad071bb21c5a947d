"""The policy book in English: a parallel catalogue of its texts (issue 17).

``resources/policy/en/parameters.toml`` and ``resources/policy/en/sources.toml`` hold the
English of every parameter's label, description, field labels and text choices, of every
category and unit, and of every source's title, issuer and note. Beside each
English text the catalogue keeps the Chinese it translates (``zh_label``, ``zh_title`` …), so
a check can tell a *stale* translation (the Chinese changed since) from a current one, the
way Qt marks an obsolete message. Words keyed by their Chinese (categories, units, choices)
cannot go stale: a changed Chinese word simply has no English yet.

:func:`english_book` returns the book with English texts; the values, units and choices stay
the Chinese data the rules compare. A text without current English shows the Chinese with
:data:`CHINESE_ONLY` after it. :meth:`EnglishCatalogue.value_text` displays a value in English
(Yes/No, ``, `` between list items, ``Field: value; …``, English units); the override editor
keeps :func:`~yibao.domain.policy.values.format_value`, which :func:`parse_value` reads back.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yibao.domain.policy.book import PolicyBook
from yibao.domain.policy.model import (
    Confidence,
    FieldSpec,
    ParameterInfo,
    PolicyValue,
    Scalar,
    Source,
    TableValue,
    ValueType,
)
from yibao.domain.policy.values import PERCENT_SUFFIX, format_scalar

#: the folder of the catalogue, inside ``resources/policy``
CATALOGUE_DIR = "en"
PARAMETERS_FILE = "parameters.toml"
SOURCES_FILE = "sources.toml"

#: appended to a Chinese text that has no current English
CHINESE_ONLY = "[Chinese only]"

#: units a field's label already says ("Start month: 9", "Tier-3 hospitals: 1")
_NO_UNIT_IN_ROWS = frozenset({"月", "家"})


class CatalogueError(ValueError):
    """The English catalogue file is malformed (a developer's error, found by the tests)."""


@dataclass(frozen=True)
class Translation:
    """One English text and the Chinese it was written for."""

    en: str
    zh: str

    def current_for(self, chinese: str) -> str | None:
        """The English when it still translates *chinese*, else ``None``."""
        return self.en if self.en and self.zh == chinese else None


@dataclass(frozen=True)
class FieldText:
    label: Translation | None = None
    choices: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ParameterText:
    label: Translation | None = None
    description: Translation | None = None
    fields: Mapping[str, FieldText] = field(default_factory=dict)
    choices: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceText:
    title: Translation | None = None
    note: Translation | None = None


def _mark(chinese: str) -> str:
    return f"{chinese} {CHINESE_ONLY}" if chinese else chinese


def _pick(translation: Translation | None, chinese: str) -> str:
    english = translation.current_for(chinese) if translation is not None else None
    return english if english is not None else _mark(chinese)


@dataclass(frozen=True)
class EnglishCatalogue:
    """The parsed catalogue (see the module docstring)."""

    parameters: Mapping[str, ParameterText] = field(default_factory=dict)
    sources: Mapping[str, SourceText] = field(default_factory=dict)
    categories: Mapping[str, str] = field(default_factory=dict)
    units: Mapping[str, str] = field(default_factory=dict)
    issuers: Mapping[str, str] = field(default_factory=dict)
    #: display words of free-text values in the region files (keyed by the Chinese data)
    values: Mapping[str, str] = field(default_factory=dict)
    #: display names of region files that are not place names (``national`` → Nationwide)
    regions: Mapping[str, str] = field(default_factory=dict)

    # ------------------------------------------------------------ texts

    def unit(self, unit: str) -> str:
        """A unit in English (``元/年`` → ``yuan/year``); "" stays ""."""
        if not unit:
            return ""
        return self.units.get(unit) or _mark(unit)

    def category(self, chinese: str) -> str:
        return self.categories.get(chinese) or _mark(chinese)

    def choice(self, info: ParameterInfo, value: str, field_name: str | None = None) -> str:
        """The display word of a text choice (the value itself stays Chinese data)."""
        text = self.parameters.get(info.key, ParameterText())
        words = text.choices
        if field_name is not None:
            words = text.fields.get(field_name, FieldText()).choices
        return words.get(value) or self.values.get(value) or value

    def info(self, info: ParameterInfo) -> ParameterInfo:
        """*info* with English label, description, category and field labels."""
        text = self.parameters.get(info.key, ParameterText())
        fields = tuple(
            dataclasses.replace(
                spec, label=_pick(text.fields.get(spec.name, FieldText()).label, spec.label)
            )
            for spec in info.fields
        )
        return dataclasses.replace(
            info,
            label=_pick(text.label, info.label),
            description=_pick(text.description, info.description),
            category=self.category(info.category),
            fields=fields,
        )

    def source(self, source: Source) -> Source:
        """*source* with an English title (the Chinese title kept beside it for documents a
        reader may name at the counter), note and issuer."""
        text = self.sources.get(source.id, SourceText())
        english = text.title.current_for(source.title) if text.title is not None else None
        if english is None:
            title = _mark(source.title)
        elif source.confidence in (Confidence.OFFICIAL, Confidence.PRESS):
            title = source_title(english, source.title)
        else:
            title = english
        note = _pick(text.note, source.note) if source.note else ""
        issuer = source.issuer
        if issuer:
            issuer = self.issuers.get(issuer) or _mark(issuer)
        return dataclasses.replace(source, title=title, note=note, issuer=issuer)

    # ------------------------------------------------------------ values

    def scalar_text(self, info: ParameterInfo, spec: FieldSpec | None, value: Scalar) -> str:
        vtype = spec.value_type if spec is not None else info.value_type
        unit = spec.unit if spec is not None else info.unit
        if vtype is ValueType.BOOLEAN:
            return "Yes" if value else "No"
        if isinstance(value, str):
            return self.choice(info, value, spec.name if spec is not None else None)
        return format_scalar(vtype, value, unit, english=True)

    def value_text(self, info: ParameterInfo, value: PolicyValue) -> str:
        """*value* for display in English; field values carry their English units."""
        vtype = info.value_type
        if vtype.is_scalar and not isinstance(value, tuple | Mapping):
            return self.scalar_text(info, None, value)
        if vtype is ValueType.TEXT_LIST and isinstance(value, tuple):
            return ", ".join(self.choice(info, str(item)) for item in value)
        if isinstance(value, Mapping):
            return self._row_text(info, value)
        if not isinstance(value, tuple):
            return str(value)
        rows = [self._row_text(info, row) for row in value if isinstance(row, Mapping)]
        return " | ".join(rows)

    def _field_label(self, info: ParameterInfo, spec: FieldSpec) -> str:
        """The English label of a field, for a Chinese or an English *info* alike."""
        text = self.parameters.get(info.key, ParameterText()).fields.get(spec.name, FieldText())
        if text.label is not None and text.label.en and spec.label == text.label.zh:
            return text.label.en
        return spec.label

    def _row_text(self, info: ParameterInfo, row: TableValue) -> str:
        parts: list[str] = []
        for spec in info.fields:
            if spec.name not in row:
                continue
            text = self.scalar_text(info, spec, row[spec.name])
            if spec.unit and not (spec.unit in PERCENT_SUFFIX or spec.unit in _NO_UNIT_IN_ROWS):
                text = f"{text} {self.unit(spec.unit)}"
            parts.append(f"{self._field_label(info, spec)}: {text}")
        return "; ".join(parts)

    # ------------------------------------------------------------ checking

    def problems(self, book: PolicyBook) -> list[str]:
        """Every text of *book* without current English: ``"missing …"`` / ``"stale …"``,
        and ``"obsolete …"`` for English of a parameter or source the book no longer has."""
        out: list[str] = []
        for info in book.parameters():
            out += self._parameter_problems(info)
        for source in book.sources():
            stext = self.sources.get(source.id, SourceText())
            out += _check(f"source {source.id} title", stext.title, source.title)
            out += _check(f"source {source.id} note", stext.note, source.note)
            if source.issuer and source.issuer not in self.issuers:
                out.append(f"missing issuer {source.issuer!r} of source {source.id}")
        out += [f"missing value {t!r} of {k}" for k, t in free_texts(book) if t not in self.values]
        if "national" not in self.regions:
            out.append("missing region name of national")
        known = {info.key for info in book.parameters()}
        out += [f"obsolete parameter {key}" for key in self.parameters if key not in known]
        ids = {source.id for source in book.sources()}
        out += [f"obsolete source {sid}" for sid in self.sources if sid not in ids]
        return out

    def _parameter_problems(self, info: ParameterInfo) -> list[str]:
        text = self.parameters.get(info.key, ParameterText())
        out = _check(f"{info.key} label", text.label, info.label)
        out += _check(f"{info.key} description", text.description, info.description)
        if info.category not in self.categories:
            out.append(f"missing category {info.category!r}")
        units = [info.unit, *(spec.unit for spec in info.fields)]
        out += [f"missing unit {u!r} of {info.key}" for u in units if u and u not in self.units]
        out += [f"missing {info.key} choice {c!r}" for c in info.choices if c not in text.choices]
        for spec in info.fields:
            ftext = text.fields.get(spec.name, FieldText())
            out += _check(f"{info.key}.{spec.name} label", ftext.label, spec.label)
            out += [
                f"missing {info.key}.{spec.name} choice {c!r}"
                for c in spec.choices
                if c not in ftext.choices
            ]
        return out


def _check(what: str, translation: Translation | None, chinese: str) -> list[str]:
    if not chinese:
        return []
    if translation is None or not translation.en:
        return [f"missing {what}"]
    if translation.zh != chinese:
        return [f"stale {what}: written for {translation.zh!r}, now {chinese!r}"]
    return []


def free_texts(book: PolicyBook) -> list[tuple[str, str]]:
    """``(parameter key, text)`` of every free-text value in the region files (text that is
    not one of the parameter's choices), each text once."""
    seen: dict[str, str] = {}

    def add(key: str, value: object, choices: tuple[str, ...]) -> None:
        if isinstance(value, str) and value not in choices:
            seen.setdefault(value, key)

    for row in book.entries():
        info, value = row.info, row.entry.value
        if value is None:
            continue
        if info.value_type in (ValueType.TEXT, ValueType.TEXT_LIST):
            for item in value if isinstance(value, tuple) else (value,):
                add(info.key, item, info.choices)
        elif info.value_type in (ValueType.TABLE, ValueType.TABLE_LIST):
            for table in value if isinstance(value, tuple) else (value,):
                if isinstance(table, Mapping):
                    for spec in info.fields:
                        add(info.key, table.get(spec.name), spec.choices)
    return [(key, text) for text, key in seen.items()]


def source_title(english: str, chinese: str) -> str:
    """``English gloss 《中文标题》``: the Chinese title as the reader would quote it (in
    round brackets when it holds 《…》 itself)."""
    if "《" in chinese or "》" in chinese:
        return f"{english} ({chinese})"
    return f"{english} 《{chinese}》"


def english_book(book: PolicyBook, catalogue: EnglishCatalogue) -> PolicyBook:
    """*book* with every text in English (marked Chinese where the catalogue has none)."""
    return book.with_texts(
        [catalogue.info(info) for info in book.parameters()],
        [catalogue.source(source) for source in book.sources()],
        catalogue.regions,
    )


# ---------------------------------------------------------------- reading the files


def _table(raw: object, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise CatalogueError(f"{where}: expected a table")
    return raw


def _words(raw: object, where: str) -> dict[str, str]:
    table = _table(raw if raw is not None else {}, where)
    if not all(isinstance(v, str) and v for v in table.values()):
        raise CatalogueError(f"{where}: every word should be a non-empty text")
    return dict(table)


def _translation(table: Mapping[str, Any], name: str, where: str) -> Translation | None:
    en = table.get(name)
    zh = table.get(f"zh_{name}")
    if en is None and zh is None:
        return None
    if not isinstance(en, str) or not isinstance(zh, str):
        raise CatalogueError(f"{where}: {name} and zh_{name} should both be texts")
    return Translation(en.strip(), zh)


def _parameter_text(raw: object, where: str) -> ParameterText:
    table = _table(raw, where)
    fields: dict[str, FieldText] = {}
    for name, fraw in _table(table.get("field", {}), f"{where}.field").items():
        ftable = _table(fraw, f"{where}.field.{name}")
        fields[name] = FieldText(
            label=_translation(ftable, "label", f"{where}.field.{name}"),
            choices=_words(ftable.get("choice"), f"{where}.field.{name}.choice"),
        )
    return ParameterText(
        label=_translation(table, "label", where),
        description=_translation(table, "description", where),
        fields=fields,
        choices=_words(table.get("choice"), f"{where}.choice"),
    )


def _read(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(f"{path.name}: {exc}") from None


def load_english_catalogue(policy_directory: Path) -> EnglishCatalogue:
    """Read ``<policy_directory>/en/*.toml`` (missing files give an empty catalogue)."""
    folder = Path(policy_directory) / CATALOGUE_DIR
    params = _read(folder / PARAMETERS_FILE)
    sources = _read(folder / SOURCES_FILE)
    return EnglishCatalogue(
        parameters={
            key: _parameter_text(raw, key)
            for key, raw in _table(params.get("parameter", {}), "parameter").items()
        },
        sources={
            sid: SourceText(
                title=_translation(_table(raw, sid), "title", sid),
                note=_translation(_table(raw, sid), "note", sid),
            )
            for sid, raw in _table(sources.get("source", {}), "source").items()
        },
        categories=_words(params.get("category"), "category"),
        units=_words(params.get("unit"), "unit"),
        issuers=_words(sources.get("issuer"), "issuer"),
        values=_words(params.get("value"), "value"),
        regions=_words(params.get("region"), "region"),
    )
