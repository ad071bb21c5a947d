"""The one renderer of findings and their basis (ui/widgets/findings.py): every origin and
level, 待核验, the national minimum, an earlier year's figure, 本地修改, 未收录, escaping,
the sources list, and the English translation."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTextBrowser

from yibao.domain.kernel import Basis, Finding, Level, Origin, PolicyView, finding
from yibao.domain.policy import Confidence, Override, PolicyBook, load_policy_book
from yibao.ui.widgets import findings as fr
from yibao.ui.widgets.basics import html_escape

POLICY_DIR = Path(__file__).resolve().parents[2] / "resources" / "policy"
TAIYUAN = "140100"
DAY = date(2026, 3, 1)
#: the book's sources were checked on 2026-12-01: fresh until 2027-12-01
FRESH = date(2026, 12, 1)
LATE = date(2028, 1, 1)


@pytest.fixture(scope="module")
def book() -> PolicyBook:
    return load_policy_book(POLICY_DIR)


@pytest.fixture
def threshold(book: PolicyBook) -> Basis:
    """山西: only the balance above ¥1,000 is usable (a secondary source)."""
    return PolicyView(book, TAIYUAN, DAY).decimal("family.min_retained_balance").basis


def test_a_book_value_names_region_source_confidence_and_start(threshold: Basis) -> None:
    assert threshold.source is not None
    text = fr.basis_text(threshold, FRESH)
    assert text == (
        f"依据：山西省 · 《{threshold.source.title}》 · 二手资料 · 自 2022-06-29 起。"
        "以当地医保部门公布为准。"
    )
    assert fr.basis_tag(threshold, FRESH) == "二手资料 · 山西省"


def test_an_official_source_needs_no_caveat_and_its_doc_number_is_shown(
    book: PolicyBook, threshold: Basis
) -> None:
    official = next(
        s
        for s in book.sources()
        if s.confidence is Confidence.OFFICIAL and s.doc_number and s.doc_number not in s.title
    )
    basis = replace(threshold, source=official)
    text = fr.basis_text(basis, FRESH)
    assert f"《{official.title}（{official.doc_number}）》 · 官方文件" in text
    assert "以当地" not in text and "待核验" not in text


def test_stale_says_why(threshold: Basis) -> None:
    assert threshold.stale(LATE) is not None
    text = fr.basis_text(threshold, LATE)
    assert text.endswith(
        "以当地医保部门公布为准。待核验：上次核验是 2026-12-01，已超过12个月，请以当地最新公布为准"
    )
    assert fr.basis_tag(threshold, LATE) == "二手资料 · 山西省 · 待核验"
    assert fr.basis_tag(threshold) == "二手资料 · 山西省"  # no day, no judgement
    html = fr.basis_html(threshold, LATE)
    assert f'<span style="color:{fr.DOUBT};font-weight:600">待核验：' in html


def test_a_national_figure_standing_in_is_said_plainly(book: PolicyBook) -> None:
    fact = PolicyView(book, TAIYUAN, date(2025, 1, 1)).decimal(
        "resident.contribution.individual_min"
    )
    assert fact.from_national
    # the rule (resident pricing) marks a national figure that stands in for a local one
    basis = replace(fact.basis, national_fallback=True)
    text = fr.basis_text(basis, date(2025, 6, 1))
    assert text.startswith("依据：全国 · 《")
    assert "政策库还没有当地的数，这里用的是全国的数。" in text
    assert "以当地医保部门公布为准。" in text
    assert fr.basis_tag(basis) == "权威媒体报道 · 当地未收录，用全国的数"


def test_an_earlier_years_figure_is_said_once(book: PolicyBook) -> None:
    fact = PolicyView(book, "510100", date(2025, 1, 1)).decimal(
        "resident.contribution.individual_min"
    )
    earlier = replace(fact.basis, figure_year=2025)
    stale = earlier.stale(FRESH)
    assert stale is not None  # the series ends in 2025; the sentence already says so
    text = fr.basis_text(earlier, FRESH)
    assert "这是 2025 年度的数，这一年度的还没有收录。" in text
    assert text.endswith("这一年度的还没有收录。以当地医保部门公布为准。待核验")
    assert "只到 2025 年度" not in text
    assert "只到 2025 年度" in fr.basis_text(fact.basis, FRESH)  # without figure_year: why
    assert fr.basis_tag(earlier) == "二手资料 · 成都市 · 2025 年度的数"


def test_an_override_is_the_users_own_value(book: PolicyBook) -> None:
    mine = Override("province-14", "family.min_retained_balance", date(2026, 1, 1), Decimal(500))
    basis = PolicyView(book, TAIYUAN, DAY, (mine,)).decimal("family.min_retained_balance").basis
    assert basis.origin is Origin.OVERRIDE
    assert (
        fr.basis_text(basis, LATE) == "依据：山西省 · 本地修改（您自己填写的值） · 自 2026-01-01 起"
    )
    assert fr.basis_tag(basis, LATE) == "本地修改 · 山西省"


def test_typed_household_and_missing(book: PolicyBook) -> None:
    typed = Basis.typed("balance", "余额", "¥1,200.00")
    assert fr.basis_text(typed) == "依据：您填写的（余额 ¥1,200.00）"
    assert fr.basis_tag(typed) == "您填写的"
    assert fr.basis_text(Basis.household()) == "依据：您填写的家庭成员信息"
    assert fr.basis_tag(Basis.household()) == "您填写的家庭成员信息"
    missing = PolicyView(book, TAIYUAN, date(2022, 6, 28)).decimal("family.min_retained_balance")
    assert missing.basis.origin is Origin.MISSING
    assert fr.basis_text(missing.basis) == (
        f"政策库未收录“{missing.basis.label}”，以当地医保部门公布为准"
    )
    assert fr.basis_tag(missing.basis) == "未收录"
    unnamed = replace(missing.basis, label="")
    assert fr.basis_text(unnamed) == "政策库未收录，以当地医保部门公布为准"


@pytest.mark.parametrize(
    ("level", "mark", "colour"),
    [
        (Level.OK, "✔ 符合", fr.GOOD),
        (Level.INFO, "· 说明", fr.QUIET),
        (Level.WAIT, "… 还要等", fr.WAITING),
        (Level.CHECK, "？ 需确认", fr.DOUBT),
        (Level.WARNING, "！ 注意", fr.DOUBT),
        (Level.BLOCKED, "✘ 不符合", fr.BAD),
    ],
)
def test_every_level_has_its_mark_word_and_colour(level: Level, mark: str, colour: str) -> None:
    html = fr.finding_html(Finding("x", "说明文字", level=level))
    assert f'<span style="color:{colour};font-weight:600">{mark}</span>' in html
    assert fr.level_colour(level) == colour
    assert fr.finding_plain(Finding("x", "说明文字", level=level)) == f"{mark} 说明文字"


def test_a_finding_with_fix_and_bases(threshold: Basis) -> None:
    f = finding(
        "threshold",
        "余额超过 {amount} 的部分才能用",
        threshold,
        Basis.household(),
        threshold,  # the same basis twice is said once
        level=Level.WARNING,
        fix="先等 {month} 月划入",
        fix_params={"month": "4"},
        amount="¥1,000.00",
    )
    assert fr.finding_plain(f, FRESH).splitlines() == [
        "！ 注意 余额超过 ¥1,000.00 的部分才能用",
        "怎么办：先等 4 月划入",
        fr.basis_text(threshold, FRESH),
        "依据：您填写的家庭成员信息",
    ]
    html = fr.finding_html(f, FRESH)
    assert html.count("依据：") == 2
    assert '<p style="margin:2px 0 0 22px">怎么办：先等 4 月划入</p>' in html
    plain = fr.finding_html(f, FRESH, mark=False)
    assert "注意" not in plain and 'margin:2px 0 0 0"' in plain


def test_findings_html_skips_none() -> None:
    a = Finding("a", "第一条", level=Level.OK)
    b = Finding("b", "第二条", level=Level.BLOCKED)
    assert fr.findings_html([a, None, b]) == fr.finding_html(a) + fr.finding_html(b)
    assert fr.findings_html([]) == ""


def test_everything_is_escaped(threshold: Basis) -> None:
    f = finding(
        "x",
        "{name} 的余额 <b>",
        Basis.typed("balance", "余额<&>", "1 < 2 & 3 > 2"),
        replace(threshold, region_name="<script>"),
        level=Level.OK,
        fix="点 <a href='x'>这里</a> & 等",
        name="<李&四>",
    )
    html = fr.finding_html(f, FRESH)
    for raw in ("<李", "<b>", "<a href", "<script>", "余额<&>", "1 < 2"):
        assert raw not in html
    assert "&lt;李&amp;四&gt; 的余额 &lt;b&gt;" in html
    assert "&lt;a href='x'&gt;这里&lt;/a&gt; &amp; 等" in html
    assert "余额&lt;&amp;&gt; 1 &lt; 2 &amp; 3 &gt; 2" in html
    assert "依据：&lt;script&gt; · " in html


def test_sources_list(book: PolicyBook, threshold: Basis) -> None:
    source = threshold.source
    assert source is not None and source.url
    html = fr.sources_html([source, source])
    assert html.count("<li") == 1
    assert html.startswith('<h3 style="margin:12px 0 4px 0">依据</h3>')
    assert f"《{source.title}》" in html and html_escape(source.url) in html
    assert "二手资料" in html and "核验于 2026-12-01" in html
    assert f'<li style="color:{fr.DOUBT}">' in html and "，以当地医保部门公布为准" in html
    official = next(s for s in book.sources() if s.confidence is Confidence.OFFICIAL)
    assert f'<li style="color:{fr.QUIET}">' in fr.sources_html([official], heading="出处")
    assert fr.sources_html([]) == ""


def test_short_forms(threshold: Basis) -> None:
    assert fr.confidence_text(Confidence.UNCONFIRMED) == "未经证实"
    assert fr.confidence_text(None) == ""
    assert fr.confidence_colour(Confidence.SECONDARY) == fr.DOUBT
    assert fr.confidence_colour(Confidence.PRESS) == fr.QUIET
    assert fr.stale_mark() == "待核验"
    assert fr.stale_text(None) == ""
    assert fr.stale_text(threshold.stale(LATE)).startswith("待核验：上次核验是 2026-12-01")


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from yibao.ui.i18n import install_translators

    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh_CN")


def test_english(english: None, book: PolicyBook, threshold: Basis) -> None:
    assert threshold.source is not None
    assert fr.basis_text(threshold, LATE) == (
        f"Basis: 山西省 · 《{threshold.source.title}》 · Secondhand source · from 2022-06-29."
        " Follow what your local medical insurance office announces."
        " To be verified: Last verified on 2026-12-01, more than 12 months ago;"
        " the latest local announcement applies"
    )
    override = replace(threshold, origin=Origin.OVERRIDE)
    assert fr.basis_text(override) == (
        "Basis: 山西省 · Local change (a value you entered) · from 2022-06-29"
    )
    assert fr.basis_text(Basis.household()) == "Basis: the family details you entered"
    assert (
        fr.basis_text(Basis.typed("a", "余额", "¥1.00")) == "Basis: what you entered (余额 ¥1.00)"
    )
    assert fr.basis_text(replace(threshold, origin=Origin.MISSING, label="")) == (
        "The policy data has no figure for this;"
        " follow what your local medical insurance office announces"
    )
    estimate = replace(threshold, national_fallback=True, figure_year=2025)
    assert "The policy data has no local figure yet; this is the national one." in (
        fr.basis_text(estimate, FRESH)
    )
    assert fr.basis_tag(estimate, LATE) == (
        "Secondhand source · no local figure, national one used · figure for 2025 · To be verified"
    )
    f = Finding("x", "x", level=Level.WARNING, fix="x")
    assert fr.finding_plain(f) == "！ Note x\nWhat to do: x"
    sources = fr.sources_html([threshold.source])
    assert ">Sources</h3>" in sources and "verified on 2026-12-01" in sources


def test_render_to_png(qtbot, threshold: Basis, book: PolicyBook) -> None:  # type: ignore[no-untyped-def]
    """Findings as the user sees them (YIBAO_SHOTS=dir keeps the PNGs to look at)."""
    fallback = PolicyView(book, TAIYUAN, date(2025, 1, 1)).decimal(
        "resident.contribution.individual_min"
    )
    items = [
        finding("a", "母亲可以用您的账户代缴", Basis.household(), level=Level.OK),
        finding(
            "b",
            "余额超过 {amount} 的部分才能用",
            threshold,
            level=Level.WARNING,
            fix="先等 4 月划入再办",
            amount="¥1,000.00",
        ),
        finding("c", "个人缴费按 ¥400.00 估算", fallback.basis, level=Level.CHECK),
        finding("d", "这位亲属已在外地参保", level=Level.BLOCKED),
        finding("e", "下月 1 日起才能用", Basis.typed("x", "余额", "¥800.00"), level=Level.WAIT),
    ]
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(640, 520)
    browser.setHtml(fr.findings_html(items, LATE) + fr.sources_html(fr_sources(items)))
    browser.show()
    image = browser.grab()
    assert not image.isNull() and image.width() == 640
    shots = os.environ.get("YIBAO_SHOTS")
    if shots:
        size = os.environ.get("YIBAO_TEST_FONT", "normal")
        image.save(str(Path(shots) / f"findings-{size}.png"))
    assert "怎么办：先等 4 月划入再办" in browser.toPlainText()


def fr_sources(items: list[Finding]) -> list:  # type: ignore[type-arg]
    from yibao.domain.kernel import sources_of

    return list(sources_of(items))


def test_a_finding_on_one_line(threshold: Basis) -> None:
    f = finding(
        "t",
        "余额超过 {amount} 的部分才能用",
        threshold,
        threshold,
        Basis.typed("x", "余额", "<¥800>"),
        level=Level.WARNING,
        fix="先等划入",
        amount="¥1,000.00",
    )
    assert fr.finding_inline_html(f, LATE) == (
        f'<span style="color:{fr.DOUBT};font-weight:600">！</span> '
        "余额超过 ¥1,000.00 的部分才能用（怎么办：先等划入）"
        f' <span style="color:{fr.WAITING};font-size:small">'
        "〔二手资料 · 山西省 · 待核验；您填写的〕</span>"
    )
    assert fr.finding_inline_html(Finding("x", "a<b", level=Level.OK), mark=False) == "a&lt;b"


def test_an_unknown_start_date_is_not_shown_as_2000_01_01(book: PolicyBook) -> None:
    from yibao.domain.policy import UNKNOWN_START

    fact = PolicyView(book, TAIYUAN, date(2026, 3, 1)).decimal("family.min_retained_balance")
    unknown = replace(fact.basis, effective_from=UNKNOWN_START)
    text = fr.basis_text(unknown, date(2026, 3, 1))
    assert "2000-01-01" not in text and "自" not in text.split("·")[-1]
    assert "自 2022-06-29 起" in fr.basis_text(fact.basis, date(2026, 3, 1))


def test_the_national_rule_is_named_in_english(english: None, threshold: Basis) -> None:
    """Issue 17: "Basis: 全国 · …" on the overview's deadlines in English."""
    national = replace(threshold, region_name="全国")
    assert fr.basis_text(national, FRESH).startswith("Basis: National (全国) · 《")
    assert fr.basis_tag(national).endswith(" · National (全国)")


def test_the_national_rule_is_named_in_chinese(threshold: Basis) -> None:
    national = replace(threshold, region_name="全国")
    assert fr.basis_text(national, FRESH).startswith("依据：全国 · 《")
