"""The last page of a case-making wizard: the checklist as it will be saved, plus notes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget, QWizardPage

from yibao.domain.cases import Case
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import html_escape as _e
from yibao.ui.widgets.basics import label


def checklist_html(
    case: Case,
    sections: Mapping[str, str],
    *,
    deadline_heading: str,
    date_text: Callable[[date], str] = date.isoformat,
) -> str:
    """The case's items as ☐ lines grouped by section (in the checklist book's order)."""
    optional_text = QCoreApplication.translate("CasePreviewPage", "（可选）")
    order = list(sections)
    grouped: dict[str, list[str]] = {}
    for item in case.items:
        optional = "" if item.required else optional_text
        row = f"<p style='margin: 4px 0 0 0;'>☐ {_e(item.text)}{_e(optional)}</p>"
        if item.why:
            row += f"<p style='margin: 0 0 0 20px; color:#5b6773;'>{_e(item.why)}</p>"
        grouped.setdefault(item.section, []).append(row)
    out = [f"<p style='font-size: 13pt; font-weight: 600;'>{_e(case.title)}</p>"]
    for section in sorted(grouped, key=lambda s: order.index(s) if s in order else len(order)):
        heading = dtr(sections.get(section, section))
        out.append(f"<p style='font-weight: 600; margin-top: 10px;'>{_e(heading)}</p>")
        out += grouped[section]
    if case.deadlines:
        out.append(f"<p style='font-weight: 600; margin-top: 10px;'>{_e(deadline_heading)}</p>")
        out += [
            f"<p style='margin: 4px 0 0 0;'>☐ {_e(d.label)}：{_e(date_text(d.due))}</p>"
            for d in case.deadlines
        ]
    return "".join(out)


class CasePreviewPage(QWizardPage):
    """Shows the case about to be saved (``preview``) with a notes field and a status line."""

    def __init__(self, parent: QWidget, *, notes_hint: str) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.view = QTextBrowser(self)
        self.view.setObjectName("checklist")
        self.view.setAccessibleName(QCoreApplication.translate("CasePreviewPage", "清单"))
        layout.addWidget(self.view, 1)
        layout.addWidget(label(notes_hint, self))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(QCoreApplication.translate("CasePreviewPage", "备注"))
        self.notes.setFixedHeight(60)
        layout.addWidget(self.notes)
        self.status = label("", self, "fieldError", "save_status")
        layout.addWidget(self.status)
        self.preview: Case | None = None

    def show_loading(self) -> None:
        self.status.clear()
        self.preview = None
        loading = QCoreApplication.translate("CasePreviewPage", "正在整理清单……")
        self.view.setHtml(f"<p>{_e(loading)}</p>")

    def show_case(
        self,
        case: Case,
        sections: Mapping[str, str],
        *,
        deadline_heading: str,
        date_text: Callable[[date], str] = date.isoformat,
    ) -> None:
        self.preview = case
        self.view.setHtml(
            checklist_html(case, sections, deadline_heading=deadline_heading, date_text=date_text)
        )
