"""HTML for what is particular to 家庭共济: the heading of each relative's verdict (name,
relation, scheme, place and the outcome) and the binding checklist's entries by section.

Each reason in a verdict is a kernel Finding, rendered by :mod:`yibao.ui.widgets.findings`
like every other finding (level mark, statement, 怎么办, 依据 line with source, confidence,
本地修改, 家庭成员信息, 待核验).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from yibao.domain.checklists import ChecklistEntry
from yibao.domain.family import Outcome, Verdict
from yibao.domain.policy import Confidence, Source
from yibao.domain.regions import region_book
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import html_escape as _e
from yibao.ui.widgets.findings import (
    BAD,
    DOUBT,
    GOOD,
    QUIET,
    WAITING,
    basis_html,
    confidence_text,
    findings_html,
    source_title,
)

_t = QCoreApplication.translate


def verdict_html(verdict: Verdict) -> str:
    rel = verdict.relation
    relation = dtr(rel.label) if rel is not None else _t("BindingReasons", "关系不明")
    ok = verdict.outcome is Outcome.ELIGIBLE
    recorded = verdict.outcome is Outcome.ALREADY_RECORDED
    colour = GOOD if ok else WAITING if recorded else BAD
    place = (
        region_book().full_name(verdict.relative.region_code)
        if verdict.relative.region_code
        else _t("BindingReasons", "参保地未填写")
    )
    scheme = dtr(verdict.relative.scheme.label)
    mark = "✔" if ok or recorded else "✘"
    head = (
        f'<h3 style="margin:14px 0 2px 0">{_e(verdict.relative.name)}'
        f'<span style="font-weight:normal">（{_e(relation)} · {_e(scheme)}'
        f" · {_e(place)}）</span>　"
        f'<span style="color:{colour}">{mark} {_e(dtr(verdict.outcome.label))}</span></h3>'
    )
    return head + findings_html(verdict.reasons)


def verdicts_html(verdicts: Sequence[Verdict], at_text: str) -> str:
    intro = f'<p style="color:{QUIET}">{_e(at_text)}</p>'
    return intro + "".join(verdict_html(v) for v in verdicts)


def entry_confidence(entry: ChecklistEntry, sources: Mapping[str, Source]) -> Confidence | None:
    """The item's own confidence, else its source's."""
    if entry.confidence is not None:
        return entry.confidence
    source = sources.get(entry.source_id or "")
    return source.confidence if source is not None else None


def _entry_source(entry: ChecklistEntry, sources: Mapping[str, Source]) -> str:
    source = sources.get(entry.source_id or "")
    label = source_title(source) if source is not None else (entry.source_id or "")
    confidence = confidence_text(entry_confidence(entry, sources))
    return " · ".join(p for p in (label, confidence) if p)


def _entry_basis(entry: ChecklistEntry) -> str:
    """The 依据 lines of the policy values the entry's text used ({policy:…})."""
    return "".join(
        f'<br/><span style="color:{QUIET};font-size:small">{basis_html(b)}</span>'
        for b in entry.basis
    )


def guide_html(
    groups: Iterable[tuple[str, list[ChecklistEntry]]],
    sources: Mapping[str, Source],
    *,
    numbered: set[str],
    problem_sections: set[str],
) -> str:
    """Checklist entries by section: numbered steps, bullet lists, or problem → fix pairs."""
    source_label = _t("BindingReasons", "出处：")  # outside the f-string: lupdate sees it
    out: list[str] = []
    for heading, entries in groups:
        if not entries:
            continue
        out.append(f'<h3 style="margin:12px 0 4px 0">{_e(heading)}</h3>')
        tag = "ol" if any(e.section in numbered for e in entries) else "ul"
        out.append(f'<{tag} style="margin-top:0">')
        for e in entries:
            optional = (
                ""
                if e.required or e.section in problem_sections
                else _t("BindingReasons", "（需要时）")
            )
            if e.section in problem_sections:
                body = f"<b>{_e(e.text)}</b><br/>{_e(e.why)}"
            else:
                why = f'<br/><span style="color:{QUIET}">{_e(e.why)}</span>' if e.why else ""
                body = f"{_e(e.text)}{_e(optional)}{why}"
            src = _entry_source(e, sources)
            unconfirmed = entry_confidence(e, sources) is Confidence.UNCONFIRMED
            src_html = (
                f'<br/><span style="color:{DOUBT if unconfirmed else QUIET};'
                f'font-size:small">{_e(source_label)}{_e(src)}'
                + (_e(_t("BindingReasons", "，以当地为准")) if unconfirmed else "")
                + "</span>"
                if src
                else ""
            )
            out.append(f'<li style="margin-bottom:6px">{body}{src_html}{_entry_basis(e)}</li>')
        out.append(f"</{tag}>")
    return "".join(out)
