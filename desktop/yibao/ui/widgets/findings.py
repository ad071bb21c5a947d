"""The one renderer of a :class:`~yibao.domain.kernel.Finding` and its
:class:`~yibao.domain.kernel.Basis` (HTML for QTextBrowser / QLabel, and plain text).

Every finding reads the same way in every wizard and page:

- a level mark in its colour (✔ 符合, ✘ 不符合, ！ 注意, ？ 需确认, … 还要等, · 说明) — the
  mark and the word, never the colour alone;
- the statement, translated under the finding's context;
- 怎么办：… when there is something to do about it;
- one 依据 line per basis: ``依据：山西省 · 《…（文号）》 · 官方文件 · 自 2025-12-01 起``,
  本地修改（您自己填写的值）, 您填写的, 您填写的家庭成员信息, or 政策库未收录; a national
  figure standing in for the local one and an earlier year's figure said plainly;
  以当地医保部门公布为准 when the source is not an official document; 待核验 (with why) when
  the value may be out of date.

:func:`finding_inline_html` puts a finding on one line (a list item) with its bases as
〔tags〕; :func:`sources_html` lists the sources at the bottom of a result page. The short
forms (:func:`confidence_text`, :func:`stale_mark`, :func:`mark_stale`, :func:`stale_text`,
:func:`basis_tag`) are for tables and one-line labels, so 待核验 and the confidence words are
built here only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from yibao.domain.i18n import DOMAIN_CONTEXT
from yibao.domain.kernel import Basis, Finding, Level, Origin
from yibao.domain.policy import (
    STALE_LABEL,
    Confidence,
    Source,
    Staleness,
    StaleReason,
    start_known,
)
from yibao.ui.i18n import dtr, join_sentences
from yibao.ui.widgets.basics import html_escape as _e

#: the text colours (on a white page): good, waiting, a doubt, bad, and the quiet grey
GOOD = "#1b7f3b"
WAITING = "#1b5e8c"
DOUBT = "#8a5300"
BAD = "#b3261e"
QUIET = "#5b6773"

#: each level's mark and colour
LEVEL_MARKS: Mapping[Level, tuple[str, str]] = {
    Level.OK: ("✔", GOOD),
    Level.INFO: ("·", QUIET),
    Level.WAIT: ("…", WAITING),
    Level.CHECK: ("？", DOUBT),
    Level.WARNING: ("！", DOUBT),
    Level.BLOCKED: ("✘", BAD),
}

#: confidence levels the user should check against the local office's own word
_DOUBTFUL = (Confidence.SECONDARY, Confidence.UNCONFIRMED)


_t = QCoreApplication.translate


def level_colour(level: Level) -> str:
    return LEVEL_MARKS[level][1]


def level_mark(level: Level) -> str:
    return LEVEL_MARKS[level][0]


def level_html(level: Level) -> str:
    """``✔ 符合`` in the level's colour."""
    mark, colour = LEVEL_MARKS[level]
    return f'<span style="color:{colour};font-weight:600">{_e(mark)} {_e(dtr(level.label))}</span>'


# ---------------------------------------------------------------------------- short forms


def confidence_text(confidence: Confidence | None) -> str:
    """官方文件 / 权威媒体报道 / 二手资料 / 未经证实 (translated); ``""`` for ``None``."""
    return dtr(confidence.label) if confidence is not None else ""


def confidence_colour(confidence: Confidence | None) -> str:
    """Amber for a source the user should check (二手资料, 未经证实), else the quiet grey."""
    return DOUBT if confidence in _DOUBTFUL else QUIET


def stale_mark() -> str:
    """待核验 (translated)."""
    return dtr(STALE_LABEL)


def stale_reasons(stale: Staleness, *, estimate: bool = False) -> list[str]:
    """Why a value is 待核验, one sentence per reason; *estimate* leaves out "an earlier year's
    figure" (the text already says the figure is an earlier year's)."""
    return [
        dtr(template, stale.params())
        for reason, (template, _params) in zip(stale.reasons, stale.messages(), strict=True)
        if not (estimate and reason is StaleReason.SERIES_ENDED)
    ]


def stale_text(stale: Staleness | None, *, estimate: bool = False) -> str:
    """``待核验：上次核验是 …`` (``""`` when fresh)."""
    if stale is None:
        return ""
    reasons = stale_reasons(stale, estimate=estimate)
    if not reasons:
        return stale_mark()
    return _t("Findings", "{mark}：{why}").format(mark=stale_mark(), why="；".join(reasons))


def source_title(source: Source) -> str:
    """《title（文号）》 (the 文号 only when the title does not hold it already).

    An English title (the English policy book) is not put in 《》 again: ``Guiding opinions
    … 《国务院办公厅关于…（国办发〔2024〕38号）》``, or ``gloss (文号)`` when it holds no Chinese
    title."""
    title = source.title
    number = source.doc_number if source.doc_number and source.doc_number not in title else ""
    gloss = _ENGLISH_HEAD.split(title, maxsplit=1)[0]
    if re.search("[A-Za-z]", gloss) and not _CJK.search(gloss):
        if number and title.endswith("》"):
            return f"{title[:-1]}（{number}）》"
        return f"{title} ({number})" if number else title
    if number:
        title = f"{title}（{number}）"
    return f"《{title}》"


#: a Chinese ideograph; a title with none before its first 《 or ( is an English gloss
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_ENGLISH_HEAD = re.compile(r"[《(]")


def mark_stale(text: str) -> str:
    """``¥400.00〔待核验〕``: a value that may be out of date."""
    return f"{text}〔{stale_mark()}〕"


def basis_tag(basis: Basis, today: date | None = None, *, region: bool = True) -> str:
    """The short form for a bracket after a figure: ``官方文件 · 山西省``, ``本地修改 · 成都市``,
    ``您填写的``, ``当地未收录，用全国的数``, ``未收录``, with ``待核验`` when stale on
    *today* (only when *today* is given); *region* ``False`` leaves out the region (a table
    with a region column of its own)."""
    if basis.origin is Origin.USER:
        return dtr(Origin.USER.label)
    if basis.origin is Origin.HOUSEHOLD:
        return dtr(Origin.HOUSEHOLD.label)
    if basis.origin is Origin.MISSING:
        return _t("Findings", "未收录")
    parts = (
        [dtr(Origin.OVERRIDE.label)]
        if basis.origin is Origin.OVERRIDE
        else [confidence_text(basis.confidence)]
    )
    if basis.national_fallback:
        parts.append(_t("Findings", "当地未收录，用全国的数"))
    elif region and basis.region_name:
        parts.append(dtr(basis.region_name))  # 全国 is a marked name
    if basis.figure_year is not None:
        parts.append(_t("Findings", "{year} 年度的数").format(year=basis.figure_year))
    if today is not None and basis.stale(today) is not None:
        parts.append(stale_mark())
    return " · ".join(p for p in parts if p)


# ---------------------------------------------------------------------------- the basis


@dataclass(frozen=True)
class BasisLine:
    """One basis said in three parts: what it rests on, the caveats, and 待核验."""

    main: str
    notes: tuple[str, ...] = ()
    stale: str = ""

    @property
    def text(self) -> str:
        return join_sentences(self.main, *self.notes, self.stale)


def _dated(basis: Basis) -> str:
    # the book's placeholder for "start date unknown" (2000-01-01) is not a date to show
    if basis.effective_from is None or not start_known(basis.effective_from):
        return ""
    return _t("Findings", "自 {date} 起").format(date=basis.effective_from.isoformat())


def _policy_main(basis: Basis) -> str:
    parts = [dtr(basis.region_name)]  # 全国 is a marked name
    if basis.origin is Origin.OVERRIDE:
        parts.append(_t("Findings", "本地修改（您自己填写的值）"))
    elif basis.source is not None:
        parts.append(source_title(basis.source))
        parts.append(confidence_text(basis.confidence))
    parts.append(_dated(basis))
    return _t("Findings", "依据：") + " · ".join(p for p in parts if p)


def basis_line(basis: Basis, today: date | None = None) -> BasisLine:
    """:func:`basis_text` in its parts (the HTML colours the caveats)."""
    if basis.origin is Origin.HOUSEHOLD:
        return BasisLine(_t("Findings", "依据：您填写的家庭成员信息"))
    if basis.origin is Origin.USER:
        what = f"{basis.label} {basis.value_text}".strip()
        if what:
            return BasisLine(_t("Findings", "依据：您填写的（{what}）").format(what=what))
        return BasisLine(_t("Findings", "依据：您填写的"))
    if basis.origin is Origin.MISSING:
        if basis.label:
            text = _t("Findings", "政策库未收录“{label}”，以当地医保部门公布为准").format(
                label=basis.label
            )
        else:
            text = _t("Findings", "政策库未收录，以当地医保部门公布为准")
        return BasisLine(text)
    notes: list[str] = []
    if basis.national_fallback:
        notes.append(_t("Findings", "政策库还没有当地的数，这里用的是全国的数。"))
    if basis.figure_year is not None:
        notes.append(
            _t("Findings", "这是 {year} 年度的数，这一年度的还没有收录。").format(
                year=basis.figure_year
            )
        )
    if basis.origin is Origin.BOOK and (basis.needs_checking or basis.is_estimate):
        notes.append(_t("Findings", "以当地医保部门公布为准。"))
    stale = stale_text(basis.stale(today or date.today()), estimate=basis.figure_year is not None)
    main = _policy_main(basis)
    if notes or stale:  # a sentence of its own before the caveats
        main = _t("Findings", "{basis}。").format(basis=main)
    return BasisLine(main, tuple(notes), stale)


def basis_text(basis: Basis, today: date | None = None) -> str:
    """What *basis* rests on, in one plain sentence or two (translated; 待核验 judged on
    *today*, default today)."""
    return basis_line(basis, today).text


def basis_html(basis: Basis, today: date | None = None) -> str:
    """:func:`basis_text` with the caveats in amber (no enclosing paragraph)."""
    line = basis_line(basis, today)
    notes = join_sentences(line.main, *line.notes)[len(line.main) :]
    stale = join_sentences(line.main + notes, line.stale)[len(line.main + notes) :]
    out = _e(line.main)
    if notes:
        out += f'<span style="color:{DOUBT}">{_e(notes)}</span>'
    if stale:
        out += f'<span style="color:{DOUBT};font-weight:600">{_e(stale)}</span>'
    return out


# ---------------------------------------------------------------------------- findings


def _translate(context: str, template: str, params: Mapping[str, object]) -> str:
    if context == DOMAIN_CONTEXT:
        return dtr(template, params)
    translated = QCoreApplication.translate(context, template)
    if translated == template:
        return dtr(template, params)
    return translated.format(**params) if params else translated


def finding_text(finding: Finding) -> str:
    """The statement, translated under the finding's context."""
    return _translate(finding.context, finding.template, finding.params)


def fix_text(finding: Finding) -> str:
    """What to do about it, translated (``""`` when nothing)."""
    return _translate(finding.context, finding.fix, finding.fix_params) if finding.fix else ""


def _distinct(lines: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(line for line in lines if line))


def finding_plain(finding: Finding, today: date | None = None) -> str:
    """The whole finding as plain text (the level word, the statement, 怎么办, 依据)."""
    lines = [f"{level_mark(finding.level)} {dtr(finding.level.label)} {finding_text(finding)}"]
    fix = fix_text(finding)
    if fix:
        lines.append(_t("Findings", "怎么办：") + fix)
    lines += _distinct(basis_text(b, today) for b in finding.basis)
    return "\n".join(lines)


def finding_html(finding: Finding, today: date | None = None, *, mark: bool = True) -> str:
    """One finding: level mark, statement, 怎么办, then its 依据 lines (small, grey, the
    caveats amber). *mark* ``False`` leaves out the level mark (a plain note)."""
    head = f"{level_html(finding.level)}&nbsp;&nbsp;" if mark else ""
    out = [f'<p style="margin:6px 0 0 0">{head}{_e(finding_text(finding))}</p>']
    indent = "22px" if mark else "0"
    fix = fix_text(finding)
    if fix:
        out.append(
            f'<p style="margin:2px 0 0 {indent}">{_e(_t("Findings", "怎么办："))}{_e(fix)}</p>'
        )
    for line in _distinct(basis_html(b, today) for b in finding.basis):
        out.append(f'<p style="margin:2px 0 0 {indent};color:{QUIET};font-size:small">{line}</p>')
    return "".join(out)


def finding_inline_html(finding: Finding, today: date | None = None, *, mark: bool = True) -> str:
    """One finding on one line (a list item, a table cell): the mark, the statement, what to
    do, and its bases as short 〔tags〕 (:func:`basis_tag`) — for compact result lists whose
    page explains the tags below (:func:`sources_html`)."""
    colour = level_colour(finding.level)
    head = (
        f'<span style="color:{colour};font-weight:600">{_e(level_mark(finding.level))}</span> '
        if mark
        else ""
    )
    out = head + _e(finding_text(finding))
    fix = fix_text(finding)
    if fix:
        out += _e(_t("Findings", "（怎么办：{fix}）").format(fix=fix))
    tags = _distinct(basis_tag(b, today or date.today()) for b in finding.basis)
    if tags:
        out += f' <span style="color:{WAITING};font-size:small">〔{_e("；".join(tags))}〕</span>'
    return out


def findings_html(
    findings: Iterable[Finding | None], today: date | None = None, *, mark: bool = True
) -> str:
    """Several findings one after another (``None`` left out)."""
    return "".join(finding_html(f, today, mark=mark) for f in findings if f is not None)


def sources_html(sources: Iterable[Source], *, heading: str | None = None) -> str:
    """The sources at the bottom of a result page: 《title（文号）》 · issuer · confidence ·
    URL · 核验于 date; amber for 二手资料 / 未经证实. ``""`` when there are none."""
    items: list[str] = []
    for source in dict.fromkeys(sources):
        parts = [source_title(source)]
        if source.issuer:
            parts.append(source.issuer)
        parts.append(confidence_text(source.confidence))
        if source.url:
            parts.append(source.url)
        parts.append(_t("Findings", "核验于 {date}").format(date=source.checked_on.isoformat()))
        text = _e(" · ".join(parts))
        if source.confidence in _DOUBTFUL:
            text += _e(_t("Findings", "，以当地医保部门公布为准"))
        colour = confidence_colour(source.confidence)
        items.append(f'<li style="color:{colour}">{text}</li>')
    if not items:
        return ""
    title = heading if heading is not None else _t("Findings", "依据")
    return (
        f'<h3 style="margin:12px 0 4px 0">{_e(title)}</h3>'
        f'<ul style="margin-top:0;font-size:small">{"".join(items)}</ul>'
    )


__all__ = [
    "BAD",
    "DOUBT",
    "GOOD",
    "LEVEL_MARKS",
    "QUIET",
    "WAITING",
    "BasisLine",
    "basis_html",
    "basis_line",
    "basis_tag",
    "basis_text",
    "confidence_colour",
    "confidence_text",
    "finding_html",
    "finding_inline_html",
    "finding_plain",
    "finding_text",
    "findings_html",
    "fix_text",
    "level_colour",
    "level_html",
    "level_mark",
    "mark_stale",
    "source_title",
    "sources_html",
    "stale_mark",
    "stale_reasons",
    "stale_text",
]
