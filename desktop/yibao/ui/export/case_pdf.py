"""A case (我的事项) as a printable document: HTML → ``QTextDocument`` → PDF or printer.

What goes on paper: the title, the member (ID number masked), the wizard's summary
(``case.result["summary"]`` and ``case.result["summary_lines"]`` when present), the
checklist by section with ☐/☑ boxes, why each item is needed and the user's notes, the
deadlines, the case notes, and the sources with their confidence. Chinese renders with the
app's CJK font (DESIGN §5).

Printing needs ``QtPrintSupport``; a build without it says so and offers the PDF instead.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPluginLoader
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from yibao.domain.cases import Case, CaseKind, Deadline
from yibao.domain.checklists import SECTION_LABELS
from yibao.domain.i18n import weekday_text
from yibao.domain.idcard import mask_id_number
from yibao.domain.people import Member
from yibao.domain.policy import Source
from yibao.domain.regions import region_book
from yibao.paths import write_private_file
from yibao.ui.i18n import days_left_text as days_left
from yibao.ui.i18n import dtr, pick_cjk_family
from yibao.ui.widgets.basics import html_escape as _e
from yibao.ui.widgets.findings import confidence_text

#: QCoreApplication.translate; packaging/translations.py tells lupdate to read it as one
_t = QCoreApplication.translate


def due_text(deadline: Deadline, today: date) -> str:
    """``2026-12-01（周二）还有 9 天`` / ``今天到期`` / ``已过期 3 天`` / ``已完成``."""
    day = deadline.due
    base = QCoreApplication.translate("CasePdf", "{date}（周{weekday}）").format(
        date=day.isoformat(), weekday=weekday_text(day)
    )
    return f"{base} {days_left_text(deadline, today)}"


def days_left_text(deadline: Deadline, today: date) -> str:
    if deadline.done:
        return QCoreApplication.translate("CasePdf", "已完成")
    return days_left(deadline.due, today)


@dataclass(frozen=True)
class CaseDocument:
    """Everything the document shows; built on the op thread, rendered on the GUI thread."""

    case: Case
    member: Member | None
    sources: Sequence[Source] = ()
    today: date = field(default_factory=date.today)
    section_labels: Mapping[str, str] = field(default_factory=lambda: dict(SECTION_LABELS))


def summary_lines(case: Case) -> list[str]:
    lines: list[str] = []
    summary = case.result.get("summary")
    if isinstance(summary, str) and summary.strip():
        lines.append(summary)
    extra = case.result.get("summary_lines")
    if isinstance(extra, list | tuple):
        lines += [str(x) for x in extra if str(x).strip()]
    return lines


def member_line(member: Member | None) -> str:
    if member is None:
        return _t("CasePdf", "（未指定成员，或该成员已被删除）")
    parts = [member.name, dtr(member.relation.label), dtr(member.scheme.label)]
    if member.id_number:
        parts.append(
            _t("CasePdf", "身份证号 {masked}").format(masked=mask_id_number(member.id_number))
        )
    if member.region_code:
        parts.append(
            _t("CasePdf", "参保地 {region}").format(
                region=region_book().full_name(member.region_code)
            )
        )
    return " · ".join(parts)


def people_line(case: Case, member: Member | None) -> str:
    """Whose matter it is and, for a refund, who applies: "参保人：… · 办理：继承人（子女）"."""
    inputs = case.inputs if isinstance(case.inputs, dict) else {}
    if member is not None:
        who = member_line(member)
        if member.died_on is not None:
            who += " · " + _t("CasePdf", "已去世（{date}）").format(date=member.died_on.isoformat())
    elif str(inputs.get("person_name") or "").strip():
        who = str(inputs["person_name"]).strip()
        region = str(inputs.get("region_name") or "").strip()
        if region:
            who += " · " + _t("CasePdf", "参保地 {region}").format(region=region)
    else:
        who = member_line(None)
    parts = [_t("CasePdf", "参保人：{who}").format(who=who)]
    applicant = inputs.get("applicant")
    if case.kind is CaseKind.REFUND and isinstance(applicant, str):
        from yibao.domain.refund import Applicant, HeirRelation

        try:
            text = dtr(Applicant(applicant).label)
        except ValueError:
            text = ""
        heir = inputs.get("heir_relation")
        if text and applicant == Applicant.HEIR.value and isinstance(heir, str):
            try:
                relation = dtr(HeirRelation(heir).label)
            except ValueError:
                relation = ""
            if relation:
                text = _t("CasePdf", "{applicant}（是去世者的{relation}）").format(
                    applicant=text, relation=relation
                )
        if text:
            parts.append(_t("CasePdf", "办理：{applicant}").format(applicant=text))
    return " · ".join(parts)


def case_html(doc: CaseDocument) -> str:
    # outside the f-strings below, where lupdate cannot see them
    heading_summary = _t("CasePdf", "结果摘要")
    heading_deadlines = _t("CasePdf", "期限")
    heading_notes = _t("CasePdf", "备注")
    heading_sources = _t("CasePdf", "来源")
    case = doc.case
    out: list[str] = [
        "<html><head><style>",
        "h1 { font-size: 18pt; margin-bottom: 4px; }",
        "h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; }",
        ".meta { color: #444444; }",
        ".why { color: #555555; font-size: 9pt; }",
        ".note { color: #1b5e8c; font-size: 9pt; }",
        ".small { color: #666666; font-size: 8.5pt; }",
        "td { padding: 2px 8px 2px 0; }",
        "</style></head><body>",
        f"<h1>{_e(case.title)}</h1>",
        f"<p class='meta'>{_e(dtr(case.kind.label))} · {_e(dtr(case.status.label))}",
    ]
    if case.created_at is not None:
        out.append(
            " · "
            + _e(_t("CasePdf", "创建于 {date}").format(date=case.created_at.astimezone().date()))
        )
    out.append(
        " · " + _e(_t("CasePdf", "打印日期 {date}").format(date=doc.today.isoformat())) + "</p>"
    )
    out.append(f"<p>{_e(people_line(case, doc.member))}</p>")

    lines = summary_lines(case)
    if lines:
        out.append(f"<h2>{_e(heading_summary)}</h2><ul>")
        out += [f"<li>{_e(line)}</li>" for line in lines]
        out.append("</ul>")

    sections: dict[str, list[str]] = {}
    order = list(doc.section_labels)
    for item in case.items:
        box = "☑" if item.done else "☐"
        optional = "" if item.required else _e(_t("CasePdf", "（可选）"))
        row = [f"<p style='margin: 4px 0 0 0;'><span style='font-size: 13pt;'>{box}</span> "]
        row.append(f"{_e(item.text)}{optional}</p>")
        if item.why:
            row.append(f"<p class='why' style='margin: 0 0 0 22px;'>{_e(item.why)}</p>")
        if item.note:
            note = _t("CasePdf", "备注：{note}").format(note=item.note)
            row.append(f"<p class='note' style='margin: 0 0 0 22px;'>{_e(note)}</p>")
        sections.setdefault(item.section, []).append("".join(row))
    for section in sorted(sections, key=lambda s: order.index(s) if s in order else len(order)):
        label = dtr(doc.section_labels.get(section, section))
        out.append(f"<h2>{_e(label)}</h2>")
        out += sections[section]

    if case.deadlines:
        out.append(f"<h2>{_e(heading_deadlines)}</h2><table>")
        for d in case.deadlines:
            box = "☑" if d.done else "☐"
            when = _e(due_text(d, doc.today))
            out.append(f"<tr><td>{box}</td><td>{_e(d.label)}</td><td>{when}</td></tr>")
        out.append("</table>")

    if case.notes.strip():
        out.append(f"<h2>{_e(heading_notes)}</h2>")
        out += [f"<p>{_e(line)}</p>" for line in case.notes.splitlines() if line.strip()]

    if doc.sources:
        out.append(f"<h2>{_e(heading_sources)}</h2><ol class='small'>")
        for s in doc.sources:
            bits = [s.title]
            if s.doc_number:
                bits.append(s.doc_number)
            if s.issuer:
                bits.append(s.issuer)
            bits.append(
                _t("CasePdf", "可信度：{level}").format(level=confidence_text(s.confidence))
            )
            bits.append(_t("CasePdf", "核验日期 {date}").format(date=s.checked_on.isoformat()))
            if s.url:
                bits.append(s.url)
            out.append(f"<li>{_e('；'.join(bits))}</li>")
        out.append("</ol>")
    out.append(
        "<p class='small'>"
        + _e(
            _t(
                "CasePdf",
                "本清单由医保个人助手根据公开资料整理，仅供参考；各地规定不同，"
                "以当地医保部门公布为准。",
            )
        )
        + "</p></body></html>"
    )
    return "".join(out)


def text_document(doc: CaseDocument) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    family = pick_cjk_family()
    if family:
        font.setFamilies([family])
    font.setPointSize(10)
    document.setDefaultFont(font)
    document.setHtml(case_html(doc))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.case.title)
    return document


def export_pdf(doc: CaseDocument, path: Path) -> Path:
    """Write the case as an A4 PDF to *path* (raises ``OSError`` if it cannot be written).

    The file holds ID numbers (masked) and the family's affairs: readable by the user only
    (0600 on POSIX) from its first byte, like the data files.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private_file(path, pdf_bytes(doc))
    return path


def pdf_bytes(doc: CaseDocument) -> bytes:
    """The case as an A4 PDF, in memory (``QPdfWriter`` on a file would leave it 0644)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(doc.case.title)
    writer.setCreator("医保个人助手")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = text_document(doc)
    document.print_(writer)
    del writer  # ends the PDF
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF"):
        raise OSError(f"no PDF made for case {doc.case.id}")
    return data


def suggested_file_name(case: Case) -> str:
    bad = '\\/:*?"<>|'
    name = "".join("_" if ch in bad else ch for ch in case.title).strip() or "case"
    return f"{name}.pdf"


def ask_pdf_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the PDF (tests monkeypatch this)."""
    from yibao.ui.dialogs.files import ask_save_path

    return ask_save_path(
        parent,
        QCoreApplication.translate("CasePdf", "导出 PDF"),
        suggested,
        QCoreApplication.translate("CasePdf", "PDF 文件 (*.pdf)"),
        ".pdf",
    )


def printing_available() -> bool:
    """Whether this build can print: ``QtPrintSupport`` and the system's printing backend.

    Creates no printer: a ``QPrinter`` asks CUPS for the printers (a connection to port 631),
    so one is made only when the user prints (:func:`ask_printer`).
    """
    try:
        from PySide6 import QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    # macOS prints through the platform plugin itself; Linux (CUPS) and Windows need theirs
    return sys.platform == "darwin" or bool(print_support_plugins())


def print_support_plugins() -> list[str]:
    """The file names of the print-support plugins Qt would find, read without loading them."""
    found: list[str] = []
    for folder in QCoreApplication.libraryPaths():
        plugins = Path(folder) / "printsupport"
        if not plugins.is_dir():
            continue
        for file in sorted(plugins.iterdir()):
            iid = QPluginLoader(str(file)).metaData().get("IID", "")
            if isinstance(iid, str) and "PrinterSupport" in iid:
                found.append(file.name)
    return found


def ask_printer(parent: QWidget | None) -> object | None:
    """Show the print dialog; the chosen ``QPrinter`` or ``None`` (tests monkeypatch this).

    The only place a printer is made (it opens a connection to the print service).
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("CasePdf", "打印"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_case(doc: CaseDocument, parent: QWidget | None) -> bool:
    """Print through the print dialog; ``False`` if cancelled."""
    printer = ask_printer(parent)
    if printer is None:
        return False
    text_document(doc).print_(printer)  # type: ignore[arg-type]
    return True
