"""The last page: the plan — which filing, how long, what it changes in money, the
deadlines and the checklist — worked out by ``services.offsite.make_plan``."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWizardPage

from yibao.ui.dialogs.failures import invalid_text
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import html_escape as _e
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.findings import DOUBT, QUIET, finding_html, findings_html, sources_html

if TYPE_CHECKING:
    from yibao.domain.checklists import ChecklistEntry
    from yibao.services.database import Database
    from yibao.services.offsite import OffsiteResult
    from yibao.ui.wizards.offsite_filing.wizard import OffsiteFilingWizard


class ResultPage(QWizardPage):
    def __init__(self, wizard: OffsiteFilingWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("result")
        self.wiz = wizard
        self.setTitle(self.tr("该办哪种备案、怎么办"))
        self.setSubTitle(
            self.tr("点“保存到我的事项”，清单会保存到“我的事项”，可以逐项勾选、导出 PDF 或打印。")
        )
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("plan")
        self.browser.setAccessibleName(self.tr("备案方案"))
        self.browser.setOpenExternalLinks(False)
        layout.addWidget(self.browser, 1)
        self.status = _label("", self, "fieldError", "save_status")
        layout.addWidget(self.status)
        self.result: OffsiteResult | None = None

    def initializePage(self) -> None:
        self.result = None
        self.status.clear()
        self.browser.setHtml(_e(self.tr("正在整理…")))
        self.completeChanged.emit()
        answers = self.wiz.answers()
        today = date.today()

        def work(db: Database) -> OffsiteResult:
            from yibao.services.offsite import make_plan

            return make_plan(db, answers, today)

        self.wiz.ctx.call(work, self._done, self._failed)

    def isComplete(self) -> bool:
        return self.result is not None

    def _done(self, result: OffsiteResult) -> None:
        self.result = result
        self.browser.setHtml(plan_html(result, self.wiz.sections))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        from yibao.services.errors import InvalidInput

        if isinstance(exc, InvalidInput):
            self.status.setText(invalid_text(exc))
            self.browser.clear()
        else:
            self.wiz.ctx.reporter.report(exc, self)


# ---------------------------------------------------------------------------- rendering


def _entries_html(entries: list[ChecklistEntry], sections: dict[str, str]) -> str:
    """The checklist by section (steps numbered)."""
    out: list[str] = []
    current = None
    for e in entries:
        if e.section != current:
            if current is not None:
                out.append("</ol>" if current == "steps" else "</ul>")
            current = e.section
            out.append(f"<h3>{_e(dtr(sections.get(e.section, e.section)))}</h3>")
            out.append("<ol>" if current == "steps" else "<ul>")
        optional = (
            "" if e.required else _e(QCoreApplication.translate("OffsiteFilingWizard", "（可选）"))
        )
        why = f"<br/><span style='color:{QUIET};'>{_e(e.why)}</span>" if e.why else ""
        out.append(f"<li>{_e(e.text)}{optional}{why}</li>")
    if current is not None:
        out.append("</ol>" if current == "steps" else "</ul>")
    return "".join(out)


def plan_html(result: OffsiteResult, sections: dict[str, str], today: date | None = None) -> str:
    """The plan: its findings and their basis (``ui/widgets/findings``), the checklist, the
    deadlines and the sources."""
    plan = result.plan
    day = today or date.today()
    t = plan.filing_type
    out = [
        f"<h2>{_e(dtr(t.label))}（{_e(dtr(t.term_label))}）</h2>",
        finding_html(plan.why, day),
        "<h3>" + _e(QCoreApplication.translate("OffsiteFilingWizard", "有效期")) + "</h3>",
        finding_html(plan.validity, day),
    ]
    if plan.valid_until is not None:
        out.append(
            "<p>"
            + _e(
                QCoreApplication.translate(
                    "OffsiteFilingWizard", "按今天或出发日计，至少有效到 {date}。"
                )
            ).format(date=plan.valid_until.isoformat())
            + "</p>"
        )
    out.append(
        "<h3>" + _e(QCoreApplication.translate("OffsiteFilingWizard", "对报销的影响")) + "</h3>"
    )
    out.append(findings_html([*plan.money, plan.without_filing], day))
    if plan.file_afterwards is not None:
        out.append(
            "<h3>" + _e(QCoreApplication.translate("OffsiteFilingWizard", "事后补办备案")) + "</h3>"
        )
        out.append(finding_html(plan.file_afterwards, day))
    if plan.claim is not None:
        out.append(
            "<h3>"
            + _e(QCoreApplication.translate("OffsiteFilingWizard", "回来以后：手工报销的期限"))
            + "</h3>"
        )
        out.append(findings_html(plan.claim.findings, day))
        if plan.claim.estimated:
            out.append(
                f"<p style='color:{DOUBT};'>"
                + _e(
                    QCoreApplication.translate(
                        "OffsiteFilingWizard",
                        "这个日期所在年份的法定节假日还没有收录，只按周末推算，请留出余量。",
                    )
                )
                + "</p>"
            )
    out.append(_entries_html(list(result.entries), sections))
    if plan.deadlines:
        out.append(
            "<h3>" + _e(QCoreApplication.translate("OffsiteFilingWizard", "期限")) + "</h3><ul>"
        )
        for d in plan.deadlines:
            out.append(f"<li>{_e(dtr(d.label))}：{d.due.isoformat()}</li>")
        out.append("</ul>")
    out.append(findings_html(plan.warnings, day))
    out.append(sources_html(plan.sources))
    return "".join(out)
