"""Page 4: the verdict with its reasons, advice, amount and arrival (from ``services.refund``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from yibao.domain.kernel import Finding, Level
from yibao.domain.refund import (
    RefundAssessment,
    Verdict,
    cn_date,
)
from yibao.ui.dialogs.failures import show_problem
from yibao.ui.i18n import dtr
from yibao.ui.widgets.basics import html_escape as _e
from yibao.ui.widgets.basics import label as _label

if TYPE_CHECKING:
    from yibao.services.database import Database
    from yibao.ui.wizards.refund.wizard import RefundWizard


#: marks that every CJK font has (emoji-like symbols render as empty boxes on some systems)
_LEVEL_MARK = {
    Level.OK: ("√", "#1e7d32"),
    Level.BLOCKED: ("×", "#b3261e"),
    Level.CHECK: ("？", "#8a5300"),
    Level.WAIT: ("…", "#8a5300"),
    Level.WARNING: ("！", "#8a5300"),
    Level.INFO: ("·", "#5b6773"),
}
_VERDICT_COLOUR = {
    Verdict.ELIGIBLE: "#1e7d32",
    Verdict.NOT_YET: "#8a5300",
    Verdict.CHECK_LOCALLY: "#8a5300",
    Verdict.NOT_ELIGIBLE: "#b3261e",
}


class ResultPage(QWizardPage):
    def __init__(self, wizard: RefundWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("resultPage")
        self.wiz = wizard
        self.setTitle(self.tr("能不能办、什么时候办、能拿回多少"))
        layout = QVBoxLayout(self)
        self.view = QTextBrowser(self)
        self.view.setObjectName("result")
        self.view.setAccessibleName(self.tr("判断结果"))
        self.view.setOpenLinks(False)
        self.status = _label("", self, "fieldError", "result_status")
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.assessment: RefundAssessment | None = None
        self._pending = False

    def initializePage(self) -> None:
        self.assessment = None
        self.status.clear()
        self.view.setHtml(f"<p>{_e(self.tr('正在按政策库判断……'))}</p>")
        request = self.wiz.details_page.request()
        today = self.wiz.today
        name = self.wiz.person_page.person_label()
        self._pending = True
        self.completeChanged.emit()

        def work(db: Database) -> RefundAssessment:
            from yibao.services.refund import assess_refund

            return assess_refund(db, request, today, name)

        self.wiz.ctx.call(work, self._done, self._failed)

    def isComplete(self) -> bool:
        return self.assessment is not None and not self._pending

    def _done(self, assessment: RefundAssessment) -> None:
        self._pending = False
        self.assessment = assessment
        self.view.setHtml(self.result_html(assessment))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        from yibao.services.errors import InvalidInput

        self._pending = False
        show_problem(self.status, exc, self.wiz.ctx, self)
        if isinstance(exc, InvalidInput):
            self.view.setHtml(f"<p>{_e(self.tr('请返回上一步，改正标红的内容。'))}</p>")
        self.completeChanged.emit()

    def _tag(self, reason: Finding) -> str:
        if reason.overridden:
            return self.tr("本地修改")
        basis = next((b for b in reason.basis if b.source is not None), None)
        if basis is None or basis.source is None:
            return ""
        region = basis.region_name
        confidence = dtr(basis.source.confidence.label)
        return f"{confidence} · {region}" if region else confidence

    def result_html(self, a: RefundAssessment) -> str:
        colour = _VERDICT_COLOUR[a.verdict]
        out = [
            f"<p style='font-size: 14pt; font-weight: 600; color: {colour};'>"
            f"{_e(dtr(a.verdict.label))}</p>"
        ]
        if a.earliest_application is not None and a.verdict is not Verdict.NOT_ELIGIBLE:
            if a.earliest_application > a.today:
                when = self.tr("最早 {date} 可以去申请。").format(
                    date=cn_date(a.earliest_application)
                )
            else:
                when = self.tr("现在就可以去申请。")
            out.append(f"<p><b>{_e(when)}</b></p>")
        out.append(f"<p><b>{_e(self.tr('为什么'))}</b></p><table cellspacing='2'>")
        for reason in a.reasons:
            tag = self._tag(reason)
            tag_html = (
                f" <span style='color:#1b5e8c; font-size: 9pt;'>〔{_e(tag)}〕</span>" if tag else ""
            )
            mark, colour = _LEVEL_MARK[reason.level]
            out.append(
                f"<tr><td valign='top' style='color: {colour}; font-weight: 600;'>{mark}</td>"
                f"<td>{_e(dtr(reason.template, reason.params))}{tag_html}</td></tr>"
            )
        out.append("</table>")
        if a.alternatives:
            heading = (
                self.tr("您可以这样做") if a.verdict is Verdict.NOT_ELIGIBLE else self.tr("建议")
            )
            out.append(f"<p><b>{_e(heading)}</b></p><ul>")
            out += [f"<li>{_e(dtr(r.template, r.params))}</li>" for r in a.alternatives]
            out.append("</ul>")
        amount = dtr(a.amount.template, a.amount.params)
        arrival = dtr(a.arrival.template, a.arrival.params)
        out.append(f"<p><b>{_e(self.tr('能拿回多少'))}</b><br>{_e(amount)}</p>")
        out.append(f"<p><b>{_e(self.tr('什么时候到账'))}</b><br>{_e(arrival)}</p>")
        out.append(
            "<p style='color:#5b6773; font-size: 9pt;'>"
            + _e(
                self.tr(
                    "〔〕里是依据的可信程度和地区。未经证实或二手资料的规定，"
                    "以当地医保部门公布为准；可以在“政策参数”页面按当地规定修改。"
                )
            )
            + "</p>"
        )
        return "".join(out)
