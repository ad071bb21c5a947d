"""The line under a relative's amount: what it rests on, said plainly (the book's figure,
the national minimum, an earlier year's figure, nothing in the book, or typed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from yibao.domain.money import format_yuan
from yibao.domain.proxy_payment import Basis, Origin
from yibao.domain.resident_pricing import PriceKind
from yibao.ui.i18n import dtr
from yibao.ui.widgets.findings import confidence_text, stale_mark, stale_reasons
from yibao.ui.wizards.proxy_payment.draft import RelativeDraft

# the messages keep the relatives page's translation context ("RelativesPage")
_t = QCoreApplication.translate


def contribution_text(draft: RelativeDraft, year: int, region_name: str, today: date) -> str:
    """What the amount rests on, said plainly (national fallback, estimate, missing …)."""
    priced = draft.price
    place = region_name or _t("RelativesPage", "当地")
    if not draft.contribution_auto:
        return _t("RelativesPage", "您填写的金额。")
    if priced is None:
        return ""
    basis = Basis.from_price(priced)
    stale = basis.stale(today) if basis is not None else None
    tag_parts = []
    if basis is not None and basis.origin is Origin.OVERRIDE:
        tag_parts.append(dtr(Origin.OVERRIDE.label))
    elif basis is not None and basis.confidence is not None:
        tag_parts.append(confidence_text(basis.confidence))
    if stale is not None:
        tag_parts.append(stale_mark())
    tag = " · ".join(tag_parts)
    # why 待核验, unless the sentence already says the figure is an earlier year's
    reasons = stale_reasons(stale, estimate=priced.estimated) if stale is not None else []
    stale_text = (
        "〔{mark}：{why}〕".format(mark=stale_mark(), why="；".join(reasons)) if reasons else ""
    )
    if priced.needs_group:
        return _t(
            "RelativesPage",
            "{region}按人群定个人缴费标准（{groups}），请先选这位亲属属于哪个人群。",
        ).format(region=place, groups="、".join(priced.group_choices))
    if priced.missing:
        return _t(
            "RelativesPage", "政策库里没有{region} {year} 年度的标准，请按当地公布的金额填写。"
        ).format(region=place, year=year)
    amount = format_yuan(priced.amount) if priced.amount is not None else ""
    if priced.national_fallback:
        if priced.estimated:
            text = _t(
                "RelativesPage",
                "这是全国最低标准，不是{region}的数：政策库还没有 {year} 年度的标准，"
                "先按 {figure_year} 年度的全国最低标准 {amount} 填写〔{tag}〕。"
                "请填写{region}公布的金额。",
            )
        else:
            text = _t(
                "RelativesPage",
                "这是全国最低标准（{year} 年度 {amount}〔{tag}〕），不是{region}的数。"
                "请填写{region}公布的金额。",
            )
    elif priced.estimated:
        text = _t(
            "RelativesPage",
            "政策库还没有 {year} 年度的标准，先按 {figure_year} 年度的 {amount} 填写"
            "〔{tag}〕，请改成当地公布的金额。",
        )
    elif priced.kind is PriceKind.GROUP:
        text = _t("RelativesPage", "政策库：{region} {year} 年度{group}个人缴费 {amount}〔{tag}〕")
    else:
        text = _t("RelativesPage", "政策库：{region} {year} 年度个人缴费 {amount}〔{tag}〕")
    out = text.format(
        region=place,
        year=year,
        figure_year=priced.figure_year,
        amount=amount,
        tag=tag,
        group=priced.group,
    )
    if priced.unconfirmed and not priced.overridden:
        out += _t("RelativesPage", " 这个数未经证实，以当地医保部门公布为准。")
    return out + stale_text
