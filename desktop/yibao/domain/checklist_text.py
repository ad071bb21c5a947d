"""Filling the texts of checklist items: ``{fact}`` and ``{policy:KEY}`` placeholders.

An item's ``text``, ``why`` and ``note`` may hold

- ``{fact}``: the *text* value of a fact the wizard gave (``{insured_name}`` → 泸州市);
- ``{policy:KEY}``: the policy book's value of parameter ``KEY`` for the user's region and
  day (through a :class:`~yibao.domain.kernel.PolicyView`), written for a sentence with its
  unit (``1000元``, ``3个月``, ``8.5%``, ``2026年12月31日``);
- ``{policy:KEY.FIELD}``: one field of a ``table`` parameter, with the field's unit.

A value the book does not hold is written as :data:`POLICY_MISSING_TEXT` and its basis is
marked missing. ``{{`` and ``}}`` stand for a literal brace; any other brace is kept as
written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from yibao.domain.i18n import QT_TRANSLATE_NOOP, is_english, list_text, translated
from yibao.domain.kernel.basis import Basis, Origin
from yibao.domain.kernel.view import PolicyView
from yibao.domain.policy.model import FieldSpec, ParameterInfo, ValueType
from yibao.domain.policy.values import prose_scalar, prose_value

#: what a placeholder reads when the book has no value for the region and day
POLICY_MISSING_TEXT = QT_TRANSLATE_NOOP(
    "domain", "当地标准（政策库未收录，以当地医保部门公布为准）"
)

#: the same in English (as ``yibao_en.ts`` has it), for the English checklists
POLICY_MISSING_TEXT_EN = (
    "the local standard (not in the policy book; the local medical insurance office’s "
    "published figure applies)"
)

POLICY_PREFIX = "policy:"
_TOKEN_RE = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
_POLICY_RE = re.compile(r"\{policy:([^{}]*)\}")
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")

Lookup = Callable[[str], ParameterInfo | None]
#: the display word of a text value of the book (parameter, value, table field or None),
#: e.g. the policy book's English catalogue's ``choice``
Words = Callable[[ParameterInfo, str, str | None], str]


class PlaceholderError(ValueError):
    """A ``{policy:…}`` placeholder that names no parameter (``str()`` is Chinese)."""


def policy_references(text: str) -> tuple[str, ...]:
    """The ``KEY`` / ``KEY.FIELD`` of every ``{policy:…}`` placeholder in *text*, in order."""
    return tuple(match[1] for match in _POLICY_RE.finditer(text))


def check_syntax(reference: str) -> None:
    """Raise :class:`PlaceholderError` when *reference* cannot be a parameter name."""
    if not reference.strip():
        raise PlaceholderError("{policy:} 缺少参数名")
    if not _KEY_RE.match(reference):
        raise PlaceholderError(f"{{policy:{reference}}}：参数名只能用小写字母、数字、下划线和点")


def resolve_reference(reference: str, lookup: Lookup) -> tuple[ParameterInfo, FieldSpec | None]:
    """The parameter (and field) *reference* names; :class:`PlaceholderError` if none."""
    check_syntax(reference)
    info = lookup(reference)
    if info is not None:
        return info, None
    head, _, name = reference.rpartition(".")
    info = lookup(head) if head else None
    if info is None:
        raise PlaceholderError(f"{{policy:{reference}}}：政策库中没有参数 {reference}")
    if info.value_type is not ValueType.TABLE:
        raise PlaceholderError(
            f"{{policy:{reference}}}：参数 {head} 不是表，不能取其中的字段 {name}"
        )
    try:
        return info, info.field(name)
    except KeyError:
        names = "、".join(spec.name for spec in info.fields)
        raise PlaceholderError(
            f"{{policy:{reference}}}：参数 {head} 没有字段 {name}（可用：{names}）"
        ) from None


def placeholder_problem(
    texts: Mapping[str, str], parameters: Mapping[str, ParameterInfo] | None
) -> str | None:
    """What is wrong with the ``{policy:…}`` placeholders of *texts* (``text`` / ``why`` /
    ``note`` → text), in Chinese; ``None`` when nothing is. Without *parameters* only the
    form of the names is checked."""
    for name, text in texts.items():
        for reference in policy_references(text):
            try:
                if parameters is None:
                    check_syntax(reference)
                else:
                    resolve_reference(reference, lookup_in(parameters))
            except PlaceholderError as exc:
                return f"{name} 中的占位符 {exc}"
    return None


def _missing_text() -> str:
    return POLICY_MISSING_TEXT_EN if is_english() else POLICY_MISSING_TEXT


def lookup_in(parameters: Mapping[str, ParameterInfo]) -> Lookup:
    return parameters.get


@dataclass
class Filler:
    """Fills the texts of one entry and collects the basis of the policy values it used."""

    facts: Mapping[str, object]
    view: PolicyView | None
    lookup: Lookup
    #: in English, the words of the book's text values (they are Chinese data)
    words: Words | None = None
    basis: dict[str, Basis] = field(default_factory=dict)

    @property
    def missing(self) -> bool:
        return any(b.is_missing for b in self.basis.values())

    def fill(self, text: str) -> str:
        if "{" not in text and "}" not in text:
            return text
        return _TOKEN_RE.sub(self._token, text)

    def _token(self, match: re.Match[str]) -> str:
        whole = match[0]
        if whole in ("{{", "}}"):
            return whole[0]
        name = match[1]
        if name.startswith(POLICY_PREFIX):
            return self._policy(name[len(POLICY_PREFIX) :])
        value = self.facts.get(name)
        if not isinstance(value, str):
            return whole
        # a fact that is a label (备案类型) reads in the chosen language; a place stays
        return translated(value) if is_english() else value

    def _policy(self, reference: str) -> str:
        text, basis = self._value(reference)
        self.basis.setdefault(basis.key, basis)
        if basis.is_missing:
            # a value found for one placeholder and missing for another (a table field
            # left out) still marks the entry
            self.basis[basis.key] = basis
        return text

    def _value(self, reference: str) -> tuple[str, Basis]:
        try:
            info, spec = resolve_reference(reference, self._lookup)
        except PlaceholderError:
            return _missing_text(), Basis(reference, "", "", Origin.MISSING)
        if self.view is None:
            return _missing_text(), Basis.missing(info)
        fact = self.view.fact(info.key)
        if fact.value is None:
            return _missing_text(), fact.basis
        words = self.words if is_english() else None
        if spec is None:
            value = fact.value
            if words is not None and info.value_type is ValueType.TEXT_LIST:
                items = value if isinstance(value, tuple) else (value,)
                return list_text(words(info, str(item), None) for item in items), fact.basis
            if words is not None and info.value_type is ValueType.TEXT:
                return words(info, str(value), None), fact.basis
            return prose_value(info, value), fact.basis
        row = fact.value
        if not isinstance(row, Mapping) or spec.name not in row:
            return _missing_text(), replace(fact.basis, origin=Origin.MISSING)
        if words is not None and spec.value_type is ValueType.TEXT:
            return words(info, str(row[spec.name]), spec.name), fact.basis
        return prose_scalar(spec.value_type, row[spec.name], spec.unit), fact.basis

    def _lookup(self, key: str) -> ParameterInfo | None:
        found = self.lookup(key)
        if found is None and self.view is not None:
            try:
                return self.view.book.info(key)
            except KeyError:
                return None
        return found
