"""Checklists as data: one engine for every wizard (DESIGN §3).

A checklist file (``resources/checklists/<id>.toml``, format in that folder's README) lists
items — steps, materials, things to check — each with why it is needed, whether it is
required, the conditions under which it applies and a source. A wizard describes the user's
situation as *facts* (``{"filing_type": "long_term_retired", "region": "330100"}``) and
:meth:`ChecklistBook.build` returns the items that apply, in section order.

Conditions (``when`` / ``unless``) name facts declared in the file's ``[facts]`` table:

- a list of choices (``filing_type = ["long_term_retired", …]``): the condition lists the
  allowed choices; a fact given as a sequence matches if any of its values is listed;
- ``"bool"``: the condition is ``true`` or ``false``;
- ``"region"``: GB/T 2260 codes; the condition lists 2-digit province or 6-digit codes and
  the fact (a 6-digit code) matches by prefix (``"44"`` matches ``"440100"``);
- ``"text"``: free text, matched exactly.

An item applies when every ``when`` condition matches and not every ``unless`` condition
does (an absent fact never matches). Files are checked on load; a malformed file raises
:class:`ChecklistFileError` with a Chinese message naming the file, item and problem.
"""

from __future__ import annotations

import enum
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from yibao.domain.cases import CaseItem
from yibao.domain.checklist_english import EnglishCatalogue, in_language, load_english
from yibao.domain.checklist_text import POLICY_MISSING_TEXT as POLICY_MISSING_TEXT
from yibao.domain.checklist_text import Filler, lookup_in, placeholder_problem
from yibao.domain.i18n import QT_TRANSLATE_NOOP, is_english
from yibao.domain.kernel.basis import Basis
from yibao.domain.kernel.view import PolicyView
from yibao.domain.policy.model import Confidence, ParameterInfo, Source

FactValue = str | bool | Sequence[str]
Facts = Mapping[str, FactValue]

#: Known sections in display order, with their headings (files may add their own).
SECTION_LABELS: dict[str, str] = {
    "checks": QT_TRANSLATE_NOOP("domain", "先确认"),
    "steps": QT_TRANSLATE_NOOP("domain", "办理步骤"),
    "fields": QT_TRANSLATE_NOOP("domain", "需要填写的信息"),
    "materials": QT_TRANSLATE_NOOP("domain", "需要准备的材料"),
    "money": QT_TRANSLATE_NOOP("domain", "报销与费用"),
    "after": QT_TRANSLATE_NOOP("domain", "办完以后"),
    "notes": QT_TRANSLATE_NOOP("domain", "注意事项"),
}

_ID_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
_REGION_RE = re.compile(r"^\d{2}(\d{4})?$")
_LINE_RE = re.compile(r"line (\d+)")

_ITEM_FIELDS = {
    "id",
    "section",
    "text",
    "why",
    "required",
    "when",
    "unless",
    "source",
    "confidence",
    "note",
}
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
_TOP_FIELDS = {"checklist", "facts", "sections", "source", "item"}
_HEAD_FIELDS = {"id", "title", "description"}


class ChecklistFileError(ValueError):
    """A problem in one checklist file; ``str()`` names the file, the item and the problem."""

    def __init__(self, path: Path, item: str | None, problem: str) -> None:
        self.path = path
        self.item = item
        self.problem = problem
        if item:
            template = QT_TRANSLATE_NOOP(
                "domain", "清单文件 {file} 中的条目 {item} 有误：{problem}"
            )
        else:
            template = QT_TRANSLATE_NOOP("domain", "清单文件 {file} 有误：{problem}")
        super().__init__(template.format(file=path.name, item=item, problem=problem))


class FactKind(enum.StrEnum):
    CHOICE = "choice"
    BOOL = "bool"
    REGION = "region"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class FactSpec:
    name: str
    kind: FactKind
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Condition:
    """``fact`` must take one of ``values`` (for ``bool`` facts: the single value)."""

    fact: str
    values: tuple[str, ...] | bool


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: str
    section: str
    text: str
    why: str
    required: bool
    source_id: str | None
    confidence: Confidence | None = None
    note: str = ""
    when: tuple[Condition, ...] = ()
    unless: tuple[Condition, ...] = ()


@dataclass(frozen=True, slots=True)
class ChecklistEntry:
    """One item that applies to the user's situation (what :meth:`ChecklistBook.build` gives)."""

    id: str
    section: str
    text: str
    why: str
    required: bool
    source_id: str | None
    confidence: Confidence | None = None
    note: str = ""
    checklist_id: str = ""
    #: the policy values its ``{policy:…}`` placeholders used, first use first
    basis: tuple[Basis, ...] = ()
    #: a placeholder named a value the book does not hold (written as 以当地为准)
    missing: bool = False


@dataclass(frozen=True, slots=True)
class Checklist:
    id: str
    title: str
    description: str
    facts: Mapping[str, FactSpec]
    items: tuple[ChecklistItem, ...]
    path: Path | None = None


@dataclass(frozen=True)
class ChecklistBook:
    checklists: Mapping[str, Checklist]
    #: checklist-local sources (``[[source]]`` in any file), by id
    sources: Mapping[str, Source] = field(default_factory=dict)
    #: section id → Chinese heading, known sections first then the files' own, in order
    zh_sections: Mapping[str, str] = field(default_factory=lambda: dict(SECTION_LABELS))
    #: the policy parameters placeholders were checked against (empty: not checked)
    parameters: Mapping[str, ParameterInfo] = field(default_factory=dict)
    #: the English of the texts (``checklists/en``), used when English is chosen
    english: EnglishCatalogue | None = None

    @property
    def sections(self) -> Mapping[str, str]:
        """Section id → heading in the language chosen (the common ones stay Chinese: the
        UI translates them with ``dtr``)."""
        if self.english is None or not is_english():
            return self.zh_sections
        return self.english.section_labels(self.zh_sections, SECTION_LABELS)

    def get(self, checklist_id: str) -> Checklist:
        try:
            return self.checklists[checklist_id]
        except KeyError:
            raise KeyError(f"no checklist {checklist_id!r}") from None

    def section_label(self, section: str) -> str:
        return self.sections.get(section, section)

    def section_order(self, section: str) -> int:
        # the same ids in the same order in every language: no need to build the headings
        order = list(self.zh_sections)
        return order.index(section) if section in order else len(order)

    def build(
        self, checklist_id: str, facts: Facts, view: PolicyView | None = None
    ) -> list[ChecklistEntry]:
        """The items of *checklist_id* that apply to *facts*, grouped by section order.

        Facts not declared by the checklist are ignored; a declared fact with a value the
        checklist does not know raises ``ValueError`` (a programming error, not the user's).
        ``{policy:KEY}`` placeholders are filled from *view* (the user's region, day and
        overrides); without a view, or where the book has no value, they read
        :data:`POLICY_MISSING_TEXT` and the entry is ``missing``.
        """
        checklist = self.get(checklist_id)
        _check_facts(checklist, facts)
        picked = [item for item in checklist.items if _applies(item, checklist, facts)]
        position = {item.id: i for i, item in enumerate(picked)}
        picked.sort(key=lambda item: (self.section_order(item.section), position[item.id]))
        return [self._entry(checklist.id, item, facts, view) for item in picked]

    def _entry(
        self, checklist_id: str, item: ChecklistItem, facts: Facts, view: PolicyView | None
    ) -> ChecklistEntry:
        words = self.english.words if self.english is not None else None
        filler = Filler(facts, view, lookup_in(self.parameters), words)

        def text(name: str) -> str:
            return filler.fill(in_language(self.english, item.id, name, getattr(item, name)))

        return ChecklistEntry(
            id=item.id,
            section=item.section,
            text=text("text"),
            why=text("why"),
            required=item.required,
            source_id=item.source_id,
            confidence=item.confidence,
            note=text("note"),
            checklist_id=checklist_id,
            basis=tuple(filler.basis.values()),
            missing=filler.missing,
        )


def to_case_items(entries: Iterable[ChecklistEntry]) -> tuple[CaseItem, ...]:
    """Checklist entries → the case's checklist rows (not done, no note yet)."""
    return tuple(
        CaseItem(
            key=e.id,
            section=e.section,
            text=e.text,
            why=e.why,
            required=e.required,
            source_id=e.source_id,
        )
        for e in entries
    )


# ------------------------------------------------------------------------------ matching


def _values_of(value: FactValue) -> tuple[str, ...]:
    if isinstance(value, bool):
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _check_facts(checklist: Checklist, facts: Facts) -> None:
    for name, value in facts.items():
        spec = checklist.facts.get(name)
        if spec is None:
            continue
        if spec.kind is FactKind.BOOL:
            if not isinstance(value, bool):
                raise ValueError(f"fact {name!r} of {checklist.id!r} must be a bool")
        elif isinstance(value, bool):
            raise ValueError(f"fact {name!r} of {checklist.id!r} must be text")
        elif spec.kind is FactKind.CHOICE:
            unknown = [v for v in _values_of(value) if v not in spec.choices]
            if unknown:
                raise ValueError(f"fact {name!r} of {checklist.id!r}: unknown value(s) {unknown}")


def _matches(condition: Condition, spec: FactSpec, facts: Facts) -> bool:
    if condition.fact not in facts:
        return False
    value = facts[condition.fact]
    if isinstance(condition.values, bool):
        return isinstance(value, bool) and value is condition.values
    given = _values_of(value)
    if spec.kind is FactKind.REGION:
        return any(g.startswith(c) for g in given for c in condition.values)
    return any(g in condition.values for g in given)


def _applies(item: ChecklistItem, checklist: Checklist, facts: Facts) -> bool:
    if not all(_matches(c, checklist.facts[c.fact], facts) for c in item.when):
        return False
    return not (
        item.unless and all(_matches(c, checklist.facts[c.fact], facts) for c in item.unless)
    )


# ------------------------------------------------------------------------------- loading


class _Fail:
    def __init__(self, path: Path, item: str | None = None) -> None:
        self.path = path
        self.item = item

    def __call__(self, problem: str) -> ChecklistFileError:
        return ChecklistFileError(self.path, self.item, problem)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ChecklistFileError(path, None, f"无法读取文件（{exc.strerror or exc}）") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ChecklistFileError(path, None, "文件不是 UTF-8 编码") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _LINE_RE.search(str(exc))
        where = f"第 {match[1]} 行" if match else "某处"
        raise ChecklistFileError(path, None, f"TOML 语法错误，{where}：{exc}") from None


def _text(table: Mapping[str, Any], name: str, fail: _Fail, *, optional: bool = False) -> str:
    value = table.get(name)
    if value is None:
        if optional:
            return ""
        raise fail(f"缺少 {name}")
    if not isinstance(value, str) or (not optional and not value.strip()):
        raise fail(f"{name} 应为非空文本")
    return value.strip()


def _no_extra(table: Mapping[str, Any], allowed: set[str], fail: _Fail) -> None:
    extra = sorted(set(table) - allowed)
    if extra:
        raise fail(f"未知字段 {', '.join(extra)}（可用：{', '.join(sorted(allowed))}）")


def _confidence(raw: object, fail: _Fail) -> Confidence:
    try:
        return Confidence(str(raw))
    except ValueError:
        names = ", ".join(c.value for c in Confidence)
        raise fail(f"未知可信度 {raw!r}（可用：{names}）") from None


def _date(table: Mapping[str, Any], name: str, fail: _Fail, *, optional: bool) -> date | None:
    value = table.get(name)
    if value is None:
        if optional:
            return None
        raise fail(f"缺少 {name}")
    if isinstance(value, datetime) or not isinstance(value, date):
        raise fail(f"{name} 应为日期（如 2025-01-01，不带引号）：{value!r}")
    return value


def _load_facts(raw: object, fail: _Fail) -> dict[str, FactSpec]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise fail('[facts] 应为表：事实名 = 可选值列表，或 "bool" / "region" / "text"')
    specs: dict[str, FactSpec] = {}
    for name, spec in raw.items():
        if not _ID_RE.match(name):
            raise fail(f"事实名 {name!r} 只能用小写字母、数字和下划线")
        if isinstance(spec, list):
            if not spec or not all(isinstance(v, str) and v.strip() for v in spec):
                raise fail(f"事实 {name} 的可选值应为非空文本列表")
            if len(set(spec)) != len(spec):
                raise fail(f"事实 {name} 的可选值有重复")
            specs[name] = FactSpec(name, FactKind.CHOICE, tuple(spec))
        elif spec in ("bool", "region", "text"):
            specs[name] = FactSpec(name, FactKind(spec))
        else:
            raise fail(f'事实 {name} 的类型应为可选值列表，或 "bool" / "region" / "text"：{spec!r}')
    return specs


def _conditions(
    raw: object, facts: Mapping[str, FactSpec], label: str, fail: _Fail
) -> tuple[Condition, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict) or not raw:
        raise fail(f'{label} 应为非空的表，如 {label} = {{ filing_type = ["…"] }}')
    out: list[Condition] = []
    for name, value in raw.items():
        spec = facts.get(name)
        if spec is None:
            known = ", ".join(facts) or "无"
            raise fail(f"{label} 中的事实 {name} 没有在 [facts] 中声明（已声明：{known}）")
        out.append(_condition(spec, value, f"{label}.{name}", fail))
    return tuple(out)


def _condition(spec: FactSpec, value: object, where: str, fail: _Fail) -> Condition:
    """One ``when`` / ``unless`` entry (*where* is ``when.filing_type`` …), checked."""
    if spec.kind is FactKind.BOOL:
        if not isinstance(value, bool):
            raise fail(f"{where} 应为 true 或 false")
        return Condition(spec.name, value)
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise fail(f"{where} 应为文本或非空文本列表")
    if spec.kind is FactKind.CHOICE:
        unknown = [v for v in values if v not in spec.choices]
        if unknown:
            raise fail(
                f"{where} 中的值 {', '.join(unknown)} 不在可选值中（{', '.join(spec.choices)}）"
            )
    elif spec.kind is FactKind.REGION:
        bad = [v for v in values if not _REGION_RE.match(v)]
        if bad:
            raise fail(f"{where} 应为 2 位省级或 6 位地区代码：{', '.join(bad)}")
    return Condition(spec.name, tuple(values))


def _load_source(raw: object, path: Path) -> Source:
    if not isinstance(raw, dict):
        raise ChecklistFileError(path, None, "[[source]] 应为表")
    fail = _Fail(path, f"source {raw.get('id', '?')}")
    _no_extra(raw, _SOURCE_FIELDS, fail)
    source_id = _text(raw, "id", fail)
    if not _ID_RE.match(source_id.replace("-", "_")):
        raise fail(f"来源 id {source_id!r} 只能用小写字母、数字、- 和 _")
    checked = _date(raw, "checked_on", fail, optional=False)
    assert checked is not None
    return Source(
        id=source_id,
        title=_text(raw, "title", fail),
        doc_number=_text(raw, "doc_number", fail, optional=True) or None,
        issuer=_text(raw, "issuer", fail, optional=True) or None,
        published=_date(raw, "published", fail, optional=True),
        effective=_date(raw, "effective", fail, optional=True),
        url=_text(raw, "url", fail, optional=True) or None,
        confidence=_confidence(raw.get("confidence"), fail),
        checked_on=checked,
        note=_text(raw, "note", fail, optional=True),
    )


def _load_item(
    raw: object, index: int, path: Path, facts: Mapping[str, FactSpec], sections: Mapping[str, str]
) -> ChecklistItem:
    if not isinstance(raw, dict):
        raise ChecklistFileError(path, f"第 {index} 项", "[[item]] 应为表")
    item_id = raw.get("id")
    fail = _Fail(path, str(item_id) if isinstance(item_id, str) and item_id else f"第 {index} 项")
    _no_extra(raw, _ITEM_FIELDS, fail)
    item_id = _text(raw, "id", fail)
    if not _ID_RE.match(item_id) or len(item_id) > 100:
        raise fail("id 只能用小写字母、数字、下划线和点（如 offsite.id_card），不超过 100 个字符")
    section = _text(raw, "section", fail)
    if section not in sections:
        raise fail(
            f"未知的 section {section!r}（可用：{', '.join(sections)}；可在 [sections] 中增加）"
        )
    required = raw.get("required", True)
    if not isinstance(required, bool):
        raise fail("required 应为 true 或 false")
    confidence = raw.get("confidence")
    source_id = _text(raw, "source", fail, optional=True) or None
    if source_id is None:
        raise fail("缺少 source（每一项都要注明出处）")
    item = ChecklistItem(
        id=item_id,
        section=section,
        text=_text(raw, "text", fail),
        why=_text(raw, "why", fail, optional=True),
        required=required,
        source_id=source_id,
        confidence=None if confidence is None else _confidence(confidence, fail),
        note=_text(raw, "note", fail, optional=True),
        when=_conditions(raw.get("when"), facts, "when", fail),
        unless=_conditions(raw.get("unless"), facts, "unless", fail),
    )
    _check_placeholders(item, fail, None)
    return item


def _check_placeholders(
    item: ChecklistItem, fail: _Fail, parameters: Mapping[str, ParameterInfo] | None
) -> None:
    texts = {"text": item.text, "why": item.why, "note": item.note}
    problem = placeholder_problem(texts, parameters)
    if problem:
        raise fail(problem)


def load_checklist_file(
    path: Path, sections: dict[str, str], sources: dict[str, Source]
) -> Checklist:
    """Read one file; its own sections and sources are added to *sections* / *sources*."""
    data = _read_toml(path)
    fail = _Fail(path)
    _no_extra(data, _TOP_FIELDS, fail)
    head = data.get("checklist")
    if not isinstance(head, dict):
        raise fail("缺少 [checklist] 表（id、title）")
    _no_extra(head, _HEAD_FIELDS, fail)
    checklist_id = _text(head, "id", fail)
    if checklist_id != path.stem:
        raise fail(f"[checklist] id = {checklist_id!r} 应与文件名 {path.stem!r} 一致")
    own_sections = data.get("sections", {})
    if not isinstance(own_sections, dict):
        raise fail('[sections] 应为表：section = "标题"')
    for key, label in own_sections.items():
        if not _ID_RE.match(key) or not isinstance(label, str) or not label.strip():
            raise fail(f'[sections] 中的 {key!r} 应为小写 id = "标题"')
        sections.setdefault(key, label.strip())
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list):
        raise fail("source 应写成 [[source]] 表数组")
    for raw in raw_sources:
        source = _load_source(raw, path)
        if source.id in sources:
            raise ChecklistFileError(path, f"source {source.id}", "来源 id 重复")
        sources[source.id] = source
    facts = _load_facts(data.get("facts"), fail)
    raw_items = data.get("item", [])
    if not isinstance(raw_items, list) or not raw_items:
        raise fail("没有任何 [[item]]")
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_items, start=1):
        item = _load_item(raw, index, path, facts, sections)
        if item.id in seen:
            raise ChecklistFileError(path, item.id, "id 重复")
        seen.add(item.id)
        items.append(item)
    return Checklist(
        id=checklist_id,
        title=_text(head, "title", fail),
        description=_text(head, "description", fail, optional=True),
        facts=facts,
        items=tuple(items),
        path=path,
    )


def load_checklists(
    directory: Path,
    *,
    known_sources: Iterable[str] | None = None,
    parameters: Iterable[ParameterInfo] | None = None,
) -> ChecklistBook:
    """Read every ``*.toml`` in *directory*.

    Item ids must be unique across all files (a case may combine several checklists).
    With *known_sources* (e.g. the policy book's source ids), every item's ``source`` must
    be one of those or a checklist-local ``[[source]]``. With *parameters* (the policy
    book's catalogue), every ``{policy:KEY}`` / ``{policy:KEY.FIELD}`` must name one of them.
    """
    catalogue = None if parameters is None else {info.key: info for info in parameters}
    sections = dict(SECTION_LABELS)
    sources: dict[str, Source] = {}
    checklists: dict[str, Checklist] = {}
    owners: dict[str, Path] = {}
    paths = sorted(directory.glob("*.toml"))
    for path in paths:
        checklist = load_checklist_file(path, sections, sources)
        for item in checklist.items:
            if item.id in owners:
                raise ChecklistFileError(
                    path, item.id, f"id 与 {owners[item.id].name} 中的条目重复"
                )
            owners[item.id] = path
        checklists[checklist.id] = checklist
    known = None if known_sources is None else set(known_sources) | set(sources)
    for checklist in checklists.values():
        assert checklist.path is not None
        for item in checklist.items:
            if item.source_id is not None and known is not None and item.source_id not in known:
                raise ChecklistFileError(
                    checklist.path,
                    item.id,
                    f"来源 {item.source_id} 不存在"
                    "（既不在 policy/sources.toml 中，也不是清单自己的 [[source]]）",
                )
            if catalogue is not None:
                _check_placeholders(item, _Fail(checklist.path, item.id), catalogue)
    english = load_english(directory / "en")
    return ChecklistBook(checklists, sources, sections, catalogue or {}, english)
