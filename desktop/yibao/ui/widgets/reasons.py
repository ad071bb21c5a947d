"""HTML for 家庭共济 verdicts, reasons and checklist entries (shown in QTextBrowser widgets).

Every reason says what was checked and the answer, what to do about it, and what it rests on:
the policy value's region, source, confidence and start date, 本地修改 for the user's own
override, or 家庭成员信息 when it rests on the household data. Unconfirmed rules say so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from yibao.domain.checklists import ChecklistEntry
from yibao.domain.family import Outcome, Verdict
from yibao.domain.kernel import Basis, Finding, Level, Origin
from yibao.domain.policy import (
    STALE_LABEL,
    Confidence,
    Resolved,
    Source,
    Staleness,
    resolved_staleness,
)
from yibao.domain.regions import region_book
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import html_escape as _e
from yibao.ui.widgets.findings import source_title

_ICONS = {Level.OK: "✔", Level.BLOCKED: "✘", Level.WARNING: "！"}
_COLOURS = {
    Level.OK: "#1b7f3b",
    Level.BLOCKED: "#b3261e",
    Level.WARNING: "#9a6700",
}


_t = QCoreApplication.translate


def basis_text(basis: Basis | None) -> str:
    """``依据：山西省 · 《…》 · 官方文件 · 自 2025-12-01 起`` (plain text)."""
    if basis is None or not basis.is_policy:
        return _t("BindingReasons", "依据：您填写的家庭成员信息")
    parts = [basis.region_name]
    if basis.origin is Origin.OVERRIDE or basis.source is None:
        parts.append(_t("BindingReasons", "本地修改（您自己填写的值）"))
    else:
        parts.append(source_title(basis.source))
        parts.append(dtr(basis.source.confidence.label))
    if basis.effective_from is not None:
        parts.append(
            _t("BindingReasons", "自 {date} 起").format(date=basis.effective_from.isoformat())
        )
    return _t("BindingReasons", "依据：") + " · ".join(parts)


def source_text(policy: Resolved | None) -> str:
    """:func:`basis_text` of a resolved policy value (``None``: the household's data)."""
    return basis_text(Basis.from_resolved(policy) if policy is not None else None)


def _unconfirmed_note(basis: Basis | None) -> str:
    confidence = basis.confidence if basis is not None and basis.is_policy else None
    if confidence is Confidence.UNCONFIRMED:
        return _t("BindingReasons", "这条规定未经证实，以当地医保部门公布为准。")
    if confidence is Confidence.SECONDARY:
        return _t("BindingReasons", "来自二手资料，以当地医保部门公布为准。")
    return ""


def _stale_text(stale: Staleness | None) -> str:
    if stale is None:
        return ""
    return dtr(STALE_LABEL) + "：" + "；".join(dtr(t, p) for t, p in stale.messages())


def stale_note(policy: Resolved | None, today: date | None = None) -> str:
    """``待核验：上次核验是 …`` when the value may be out of date on *today* (default: today)."""
    if policy is None:
        return ""
    return _stale_text(resolved_staleness(policy, today or date.today()))


def reason_html(reason: Finding, today: date | None = None) -> str:
    icon = _ICONS.get(reason.level, "·")
    colour = _COLOURS.get(reason.level, "#5f6368")
    text = dtr(reason.template, reason.params)
    out = [
        f'<p style="margin:6px 0 0 0"><span style="color:{colour};font-weight:600">'
        f"{icon} {_e(dtr(reason.level.label))}</span>　{_e(text)}</p>"
    ]
    if reason.fix:
        fix = dtr(reason.fix, reason.fix_params)
        out.append(
            f'<p style="margin:2px 0 0 22px">{_e(_t("BindingReasons", "怎么办："))}{_e(fix)}</p>'
        )
    basis = reason.basis[0] if reason.basis else None
    note = _unconfirmed_note(basis)
    source = _e(basis_text(basis))
    if note:
        source += f' <span style="color:#9a6700">{_e(note)}</span>'
    stale = _stale_text(basis.stale(today or date.today())) if basis is not None else ""
    if stale:
        source += f' <span style="color:#9a6700;font-weight:600">{_e(stale)}</span>'
    out.append(f'<p style="margin:2px 0 0 22px;color:#5f6368;font-size:small">{source}</p>')
    return "".join(out)


def verdict_html(verdict: Verdict) -> str:
    rel = verdict.relation
    relation = dtr(rel.label) if rel is not None else _t("BindingReasons", "关系不明")
    ok = verdict.outcome is Outcome.ELIGIBLE
    recorded = verdict.outcome is Outcome.ALREADY_RECORDED
    colour = "#1b7f3b" if ok else "#1b5e8c" if recorded else "#b3261e"
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
    return head + "".join(reason_html(r) for r in verdict.reasons)


def verdicts_html(verdicts: Sequence[Verdict], at_text: str) -> str:
    intro = f'<p style="color:#5f6368">{_e(at_text)}</p>'
    return intro + "".join(verdict_html(v) for v in verdicts)


def entry_confidence(entry: ChecklistEntry, sources: Mapping[str, Source]) -> Confidence | None:
    """The item's own confidence, else its source's."""
    if entry.confidence is not None:
        return entry.confidence
    source = sources.get(entry.source_id or "")
    return source.confidence if source is not None else None


def _entry_source(entry: ChecklistEntry, sources: Mapping[str, Source]) -> str:
    source = sources.get(entry.source_id or "")
    label = source.title if source is not None else (entry.source_id or "")
    confidence = entry_confidence(entry, sources)
    conf = f" · {dtr(confidence.label)}" if confidence is not None else ""
    return f"{label}{conf}"


def guide_html(
    groups: Iterable[tuple[str, list[ChecklistEntry]]],
    sources: Mapping[str, Source],
    *,
    numbered: set[str],
    problem_sections: set[str],
) -> str:
    """Checklist entries by section: numbered steps, bullet lists, or problem → fix pairs."""
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
                why = f'<br/><span style="color:#5f6368">{_e(e.why)}</span>' if e.why else ""
                body = f"{_e(e.text)}{_e(optional)}{why}"
            src = _entry_source(e, sources)
            unconfirmed = entry_confidence(e, sources) is Confidence.UNCONFIRMED
            src_html = (
                f'<br/><span style="color:{"#9a6700" if unconfirmed else "#5f6368"};'
                f'font-size:small">{_e(_t("BindingReasons", "出处："))}{_e(src)}'
                + (_e(_t("BindingReasons", "，以当地为准")) if unconfirmed else "")
                + "</span>"
                if src
                else ""
            )
            out.append(f'<li style="margin-bottom:6px">{body}{src_html}</li>')
        out.append(f"</{tag}>")
    return "".join(out)
