"""One finding type and one field-problem type for every capability.

A :class:`Finding` is one statement for the user — what was checked, the answer, what to do
about it and what it rests on. It holds a Chinese template marked for translation (under
``context``) and its parameters, never formatted text, so the UI translates it first and
formats it after; ``text`` gives the Chinese sentence.

A :class:`FieldProblem` is bad input at one field (``relatives.2.contribution``,
``termination_date`` …); :class:`InputProblems` raises a list of them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from yibao.domain.i18n import DOMAIN_CONTEXT, QT_TRANSLATE_NOOP, fill
from yibao.domain.kernel.basis import Basis, Origin
from yibao.domain.kernel.labels import LabelledEnum
from yibao.domain.policy.model import Confidence, Source


class Level(LabelledEnum):
    """How a finding bears on the answer, from good to bad (see :attr:`rank`)."""

    OK = "ok", QT_TRANSLATE_NOOP("domain", "符合")
    INFO = "info", QT_TRANSLATE_NOOP("domain", "说明")
    #: right, but not yet (a waiting period, a date to come)
    WAIT = "wait", QT_TRANSLATE_NOOP("domain", "还要等")
    #: not known here: ask the local office
    CHECK = "check", QT_TRANSLATE_NOOP("domain", "需确认")
    WARNING = "warning", QT_TRANSLATE_NOOP("domain", "注意")
    #: rules the thing out
    BLOCKED = "blocked", QT_TRANSLATE_NOOP("domain", "不符合")
    #: 代缴's old name of ``BLOCKED`` (an alias, not a seventh level; ``Level.PROBLEM is
    #: Level.BLOCKED``), kept so ``proxy_payment.Level.PROBLEM`` keeps working
    PROBLEM = BLOCKED

    @property
    def rank(self) -> int:
        """Higher is worse; a verdict is often the worst of its findings."""
        return _ORDER.index(self)


_ORDER = (Level.OK, Level.INFO, Level.WAIT, Level.CHECK, Level.WARNING, Level.BLOCKED)


@dataclass(frozen=True)
class Finding:
    """One explained statement: ``template`` + ``params``, its ``level`` and ``basis``.

    ``code`` is a stable id (for tests, the UI and calculation cases). ``fix`` is an optional
    template telling the user what to do about it.
    """

    code: str
    template: str
    params: Mapping[str, str] = field(default_factory=dict)
    level: Level = Level.INFO
    basis: tuple[Basis, ...] = ()
    fix: str = ""
    fix_params: Mapping[str, str] = field(default_factory=dict)
    context: str = DOMAIN_CONTEXT

    @property
    def text(self) -> str:
        return fill(self.template, self.params)

    @property
    def fix_text(self) -> str:
        return fill(self.fix, self.fix_params) if self.fix else ""

    @property
    def sources(self) -> tuple[Source, ...]:
        """The distinct sources of its basis, in order."""
        out: dict[str, Source] = {}
        for basis in self.basis:
            if basis.source is not None:
                out.setdefault(basis.source.id, basis.source)
        return tuple(out.values())

    @property
    def confidence(self) -> Confidence | None:
        """The weakest confidence among its policy basis (``None`` when none is from the book)."""
        ranks = [b.confidence for b in self.basis if b.confidence is not None]
        return max(ranks, key=lambda c: c.rank) if ranks else None

    @property
    def missing(self) -> bool:
        """It rests on a value the book does not hold (shown as 未收录 / 以当地为准)."""
        return any(b.is_missing for b in self.basis)

    @property
    def overridden(self) -> bool:
        return any(b.origin is Origin.OVERRIDE for b in self.basis)


def finding(
    code: str,
    template: str,
    *basis: Basis | None,
    level: Level = Level.INFO,
    fix: str = "",
    fix_params: Mapping[str, str] | None = None,
    **params: str,
) -> Finding:
    """A :class:`Finding`, leaving out a basis that is ``None``."""
    return Finding(
        code=code,
        template=template,
        params=dict(params),
        level=level,
        basis=tuple(b for b in basis if b is not None),
        fix=fix,
        fix_params=dict(fix_params or {}),
    )


def worst(findings: Iterable[Finding], default: Level = Level.OK) -> Level:
    """The worst level among *findings* (*default* when there are none)."""
    levels = [f.level for f in findings]
    return max(levels, key=lambda level: level.rank) if levels else default


def sources_of(findings: Iterable[Finding | None]) -> tuple[Source, ...]:
    """The distinct sources of several findings, in order."""
    out: dict[str, Source] = {}
    for item in findings:
        if item is not None:
            for source in item.sources:
                out.setdefault(source.id, source)
    return tuple(out.values())


@dataclass(frozen=True)
class FieldProblem:
    """Bad input at one field; ``template`` is Chinese, marked under ``context``."""

    field: str
    template: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)
    context: str = DOMAIN_CONTEXT

    @property
    def message(self) -> str:
        return fill(self.template, self.params)

    @classmethod
    def of(cls, field_name: str, template: str, **params: str) -> FieldProblem:
        return cls(field_name, template, dict(params))


class InputProblems(ValueError):
    """The input cannot be worked with; ``problems`` says which fields and why."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in self.problems))

    def for_field(self, name: str) -> tuple[FieldProblem, ...]:
        return tuple(p for p in self.problems if p.field == name)
