"""Page 4: the verdict with its reasons, advice, amount and arrival (from ``services.refund``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from yibao.domain.kernel import Basis, Finding, sources_of
from yibao.domain.refund import (
    RefundAssessment,
    Verdict,
    cn_date,
)
from yibao.ui.dialogs.failures import show_problem
from yibao.ui.i18n import dtr, dtr_value
from yibao.ui.widgets.basics import html_escape as _e
from yibao.ui.widgets.basics import label as _label
from yibao.ui.widgets.findings import (
    BAD,
    DOUBT,
    GOOD,
    WAITING,
    basis_tag,
    finding_inline_html,
    finding_text,
    sources_html,
)

if TYPE_CHECKING:
    from yibao.services.database import Database
    from yibao.ui.wizards.refund.wizard import RefundWizard


_VERDICT_COLOUR = {
    Verdict.ELIGIBLE: GOOD,
    Verdict.NOT_YET: WAITING,
    Verdict.CHECK_LOCALLY: DOUBT,
    Verdict.NOT_ELIGIBLE: BAD,
}


def _labels(params: Mapping[str, object]) -> dict[str, str]:
    """The parameters with the labels among them translated (a scenario, an applicant, how an
    amount was found, a list of the book's cases …); dates, figures and place names stay as
    they are."""
    return {key: dtr_value(value) for key, value in params.items()}


def _local(item: Finding) -> Finding:
    return replace(item, params=_labels(item.params))


def _tag(basis: Basis | None, today: date) -> str:
    """The short 〔依据〕 after an estimated amount or a published payout month."""
    if basis is None:
        return ""
    tag = _e(basis_tag(basis, today))
    return f" <span style='color:{WAITING}; font-size: small;'>〔{tag}〕</span>"


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
        waiting = self.tr("正在按政策库判断……")
        self.view.setHtml(f"<p>{_e(waiting)}</p>")
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
            back = self.tr("请返回上一步，改正标红的内容。")
            self.view.setHtml(f"<p>{_e(back)}</p>")
        self.completeChanged.emit()

    def result_html(self, a: RefundAssessment) -> str:
        colour = _VERDICT_COLOUR[a.verdict]
        out = [
            f"<p style='font-size: x-large; font-weight: 600; color: {colour};'>"
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
        why = self.tr("为什么")
        out.append(f"<p><b>{_e(why)}</b></p>")
        out += [
            f"<p style='margin: 2px 0 2px 12px;'>{finding_inline_html(_local(f), a.today)}</p>"
            for f in a.reasons
        ]
        if a.alternatives:
            heading = (
                self.tr("您可以这样做") if a.verdict is Verdict.NOT_ELIGIBLE else self.tr("建议")
            )
            out.append(f"<p><b>{_e(heading)}</b></p><ul>")
            out += [f"<li>{_e(finding_text(_local(r)))}</li>" for r in a.alternatives]
            out.append("</ul>")
        amount = _e(dtr(a.amount.template, _labels(a.amount.params)))
        amount += _tag(a.amount.policy, a.today)
        arrival = _e(dtr(a.arrival.template, _labels(a.arrival.params)))
        arrival += _tag(a.arrival.policy, a.today)
        how_much, when = self.tr("能拿回多少"), self.tr("什么时候到账")
        out.append(f"<p><b>{_e(how_much)}</b><br>{amount}</p>")
        out.append(f"<p><b>{_e(when)}</b><br>{arrival}</p>")
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
        sources = [*sources_of(a.reasons)]
        sources += [b.source for b in (a.amount.policy, a.arrival.policy) if b and b.source]
        out.append(sources_html(sources))
        return "".join(out)
