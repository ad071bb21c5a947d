"""The English of the checklists: ``resources/checklists/en/<id>.toml`` (issue 17).

A parallel catalogue keyed by item id. Beside each English text it stores the Chinese it
translates, so a translation whose Chinese has changed since is *stale*: it is not used (the
reader sees the Chinese with :data:`UNTRANSLATED_MARK`) and :func:`catalogue_problems`
names it, which a test turns into a failure::

    [sections]
    binding_intro.zh = "家庭共济和亲情账户有什么不同"
    binding_intro.en = "Family mutual aid (家庭共济) or a family account (亲情账户)?"

    [item."binding.app.open"]
    text.zh = "打开国家医保服务平台 APP，……"
    text.en = "Open the 国家医保服务平台 APP …"
    why.zh = "……"
    why.en = "……"

``{policy:KEY}`` and ``{fact}`` placeholders are kept in the English as they are; they are
filled after the text is chosen. Which language is used is the one set at start
(:func:`yibao.domain.i18n.set_language`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from yibao.domain.checklist_text import Words
from yibao.domain.i18n import is_english
from yibao.domain.policy.english import Translation

if TYPE_CHECKING:
    from yibao.domain.checklists import Checklist

#: put before a Chinese text shown in English because its translation is missing or stale
UNTRANSLATED_MARK = "[中文] "

#: the texts of an item that are translated
ITEM_FIELDS = ("text", "why", "note")

_PLACEHOLDER_RE = re.compile(r"\{[^{}]*\}")


class EnglishFileError(ValueError):
    """A malformed file in ``checklists/en`` (``str()`` names the file and the problem)."""


@dataclass(frozen=True)
class EnglishCatalogue:
    #: item id → ``text`` / ``why`` / ``note`` → the English and the Chinese it translates
    items: Mapping[str, Mapping[str, Translation]] = field(default_factory=dict)
    #: section id → pair (the files' own sections; the common ones are in ``yibao_en.ts``)
    sections: Mapping[str, Translation] = field(default_factory=dict)
    #: the English words of the policy book's text values in ``{policy:…}`` placeholders
    #: (given by ``services.checklists``: the policy book's English catalogue)
    words: Words | None = None

    def english(self, pair: Translation | None, chinese: str) -> str:
        """The English of *chinese* if *pair* translates exactly it, else the marked
        Chinese; an empty text stays empty."""
        if not chinese:
            return ""
        english = pair.current_for(chinese) if pair is not None else None
        return english if english is not None else UNTRANSLATED_MARK + chinese

    def item_text(self, item_id: str, name: str, chinese: str) -> str:
        return self.english(self.items.get(item_id, {}).get(name), chinese)

    def section_labels(self, chinese: Mapping[str, str], common: Iterable[str]) -> dict[str, str]:
        """*chinese* (section id → heading) in English; the *common* sections keep their
        Chinese (the UI translates them through ``yibao_en.ts``)."""
        shared = set(common)
        return {
            key: label if key in shared else self.english(self.sections.get(key), label)
            for key, label in chinese.items()
        }


def in_language(catalogue: EnglishCatalogue | None, item_id: str, name: str, chinese: str) -> str:
    """The text an item shows in the language set at start."""
    if catalogue is None or not is_english():
        return chinese
    return catalogue.item_text(item_id, name, chinese)


# ------------------------------------------------------------------------------- loading


def _pair(raw: object, where: str) -> Translation:
    if (
        not isinstance(raw, dict)
        or set(raw) != {"zh", "en"}
        or not all(isinstance(v, str) for v in raw.values())
    ):
        raise EnglishFileError(f'{where}: 应写成 zh = "中文" 和 en = "English" 两项')
    return Translation(en=raw["en"].strip(), zh=raw["zh"].strip())


def _table(data: Mapping[str, Any], name: str, where: str) -> Mapping[str, Any]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise EnglishFileError(f"{where}: [{name}] 应为表")
    return table


def load_english(directory: Path) -> EnglishCatalogue:
    """Every ``*.toml`` in *directory* (none: an empty catalogue)."""
    items: dict[str, dict[str, Translation]] = {}
    sections: dict[str, Translation] = {}
    for path in sorted(directory.glob("*.toml")) if directory.is_dir() else ():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise EnglishFileError(f"清单英文文件 {path.name} 无法读取：{exc}") from None
        extra = set(data) - {"sections", "item"}
        if extra:
            raise EnglishFileError(f"清单英文文件 {path.name}：未知的表 {', '.join(sorted(extra))}")
        for key, raw in _table(data, "sections", path.name).items():
            sections[key] = _pair(raw, f"{path.name} [sections] {key}")
        for item_id, raw in _table(data, "item", path.name).items():
            where = f'{path.name} [item."{item_id}"]'
            if not isinstance(raw, dict) or not set(raw) <= set(ITEM_FIELDS):
                raise EnglishFileError(f"{where}: 只能有 {', '.join(ITEM_FIELDS)}")
            if item_id in items:
                raise EnglishFileError(f"{where}: 条目重复")
            items[item_id] = {name: _pair(value, f"{where} {name}") for name, value in raw.items()}
    return EnglishCatalogue(items, sections)


# ------------------------------------------------------------------------------- checking


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER_RE.findall(text.replace("{{", "").replace("}}", "")))


def _pair_problem(where: str, pair: Translation | None, chinese: str) -> str | None:
    if not chinese:
        return f"{where}: 中文已删除，请删掉英文" if pair is not None else None
    if pair is None or not pair.en:
        return f"{where}: 没有英文"
    if pair.zh != chinese:
        return f"{where}: 中文已改为“{chinese}”，英文译的是“{pair.zh}”"
    if _placeholders(pair.en) != _placeholders(chinese):
        return f"{where}: 英文的占位符与中文不同"
    return None


def catalogue_problems(
    catalogue: EnglishCatalogue,
    checklists: Iterable[Checklist],
    sections: Mapping[str, str],
    common: Iterable[str],
) -> list[str]:
    """Every text without English, every stale or unused translation, every placeholder
    the English changed (empty: the English is complete and current)."""
    problems: list[str] = []
    known: set[str] = set()
    for checklist in checklists:
        for item in checklist.items:
            known.add(item.id)
            pairs = catalogue.items.get(item.id, {})
            for name in ITEM_FIELDS:
                chinese = getattr(item, name)
                problem = _pair_problem(f"{item.id} {name}", pairs.get(name), chinese)
                if problem:
                    problems.append(problem)
    problems += [f"{item_id}: 没有这个条目" for item_id in catalogue.items if item_id not in known]
    shared = set(common)
    for key, label in sections.items():
        if key not in shared:
            problem = _pair_problem(f"[sections] {key}", catalogue.sections.get(key), label)
            if problem:
                problems.append(problem)
    problems += [
        f"[sections] {key}: 没有这个分组" for key in catalogue.sections if key not in sections
    ]
    return problems
