"""政策参数 in English (issue 17): parameter labels, values, units, categories and sources come
from the English policy book; the Chinese left is place names and titles kept on purpose."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.uihelpers import make_profile, seed, shot, wait_idle
from yibao.domain.policy import Confidence, Source
from yibao.paths import AppPaths
from yibao.ui.cjkcheck import find_chinese, place_names, stray_chinese
from yibao.ui.main_window import MainWindow
from yibao.ui.pages.policy import PolicyPage
from yibao.ui.widgets.findings import source_title


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from yibao.ui.i18n import install_translators

    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh_CN")


def _page(qtbot: QtBot, window: MainWindow) -> PolicyPage:
    window.show_page("policy")
    wait_idle(qtbot, window)
    page = window.page("policy")
    assert isinstance(page, PolicyPage)
    return page


@pytest.mark.usefixtures("english")
def test_policy_page_reads_as_english(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_paths: AppPaths
) -> None:
    tmp_paths.ensure()
    seed(tmp_paths, make_profile(name="Zhang Wei", region_code="510100"))
    window = open_window()
    page = _page(qtbot, window)
    assert page.model.rowCount() > 50
    allowed = place_names()
    found = [str(c) for c in find_chinese(page.table, allowed)]
    assert found == []
    headers = [page.model.headerData(c, _horizontal()) for c in range(page.model.columnCount())]
    assert "Unit" in headers
    unit_column = headers.index("Unit")
    for key in ("waiting.resident.fixed_months", "offsite.channels", "family.scope"):
        assert page.select_key(key)
        html = page.detail.toHtml()
        assert stray_chinese(html, allowed) == "", key
    row = page.selected()
    assert row is not None and row.info.label == "Family mutual aid: which relatives"
    assert page.select_key("waiting.resident.fixed_months")
    index = page.proxy.mapToSource(page.table.selectionModel().selectedRows()[0])
    assert page.model.index(index.row(), unit_column).data() == "months"
    assert "Value: 3 months" in page.detail.toPlainText()
    assert "Nationwide" in page.detail.toPlainText() or "Nationwide" in _column_texts(page)
    categories = [page.category.itemText(i) for i in range(page.category.count())]
    assert "Family mutual aid (家庭共济)" in categories
    shot(window, "policy-page-english")


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _column_texts(page: PolicyPage) -> str:
    return " ".join(
        str(page.model.index(r, c).data())
        for r in range(page.model.rowCount())
        for c in range(page.model.columnCount())
    )


def _source(title: str, doc_number: str | None = None) -> Source:
    return Source(
        id="x",
        title=title,
        doc_number=doc_number,
        issuer=None,
        published=None,
        effective=None,
        url=None,
        confidence=Confidence.OFFICIAL,
        checked_on=date(2026, 12, 1),
    )


def test_source_titles_in_both_languages() -> None:
    """A Chinese title goes in 《》 with its 文号; an English gloss keeps its own 《中文》."""
    assert source_title(_source("关于做好2024年工作的通知", "医保发〔2024〕19号")) == (
        "《关于做好2024年工作的通知（医保发〔2024〕19号）》"
    )
    assert source_title(_source("2025年度济南市居民医保")) == "《2025年度济南市居民医保》"
    english = _source("Notice on the 2024 work 《关于做好2024年工作的通知》", "医保发〔2024〕19号")
    assert source_title(english) == (
        "Notice on the 2024 work 《关于做好2024年工作的通知（医保发〔2024〕19号）》"
    )
    assert source_title(replace(english, doc_number=None)) == english.title
    assert source_title(_source("How to pay (Q&A page)")) == "How to pay (Q&A page)"
    assert source_title(_source("How to pay", "鲁医保发〔2021〕54号")) == (
        "How to pay (鲁医保发〔2021〕54号)"
    )


def test_document_numbers_are_kept_as_written() -> None:
    assert stray_chinese("Document number: 国办发〔2024〕38号") == ""
    assert stray_chinese("Under 鲁医保发〔2021〕54号 in Qingdao") == ""
    assert stray_chinese("发〔2024〕38号 的规定") == "的规定"
