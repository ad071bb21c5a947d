"""The English of the checklists (``resources/checklists/en``, issue 17): complete, current,
used when English is chosen, and a missing or stale translation shows the marked Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from yibao.domain import i18n
from yibao.domain.checklist_english import (
    UNTRANSLATED_MARK,
    EnglishFileError,
    catalogue_problems,
    load_english,
)
from yibao.domain.checklists import SECTION_LABELS, ChecklistBook, load_checklists
from yibao.services.checklists import build_checklist, checklist_book

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "checklists"

DEMO = """
[checklist]
id = "demo"
title = "演示"

[facts]
insured_name = "text"

[sections]
extra = "额外"

[[source]]
id = "demo-source"
title = "演示来源"
confidence = "secondary"
checked_on = 2026-11-22

[[item]]
id = "demo.steps.go"
section = "steps"
text = "到{insured_name}办理"
why = "余额超过{policy:family.min_retained_balance}的部分"
source = "demo-source"

[[item]]
id = "demo.extra.new"
section = "extra"
text = "新加的条目"
source = "demo-source"
"""

DEMO_EN = """
[sections]
extra.zh = "额外"
extra.en = "Extra"

[item."demo.steps.go"]
text.zh = "到{insured_name}办理"
text.en = "Go to {insured_name}"
why.zh = "余额超过{policy:family.min_retained_balance}的部分（旧）"
why.en = "The part above {policy:family.min_retained_balance}"
"""


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("zh_CN")


@pytest.fixture
def demo(tmp_path: Path) -> ChecklistBook:
    (tmp_path / "demo.toml").write_text(DEMO, encoding="utf-8")
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "demo.toml").write_text(DEMO_EN, encoding="utf-8")
    return load_checklists(tmp_path)


def test_every_checklist_text_has_current_english() -> None:
    """Fails when a Chinese text changes (or is added) until its English is updated in
    ``resources/checklists/en/<id>.toml`` (the ``zh`` beside the ``en`` must be the new
    Chinese, and the English must keep the same placeholders)."""
    book = load_checklists(SHIPPED)
    assert book.english is not None
    problems = catalogue_problems(
        book.english, book.checklists.values(), book.zh_sections, SECTION_LABELS
    )
    assert problems == []


def test_stale_and_missing_translations_are_found(demo: ChecklistBook) -> None:
    assert demo.english is not None
    problems = catalogue_problems(
        demo.english, demo.checklists.values(), demo.zh_sections, SECTION_LABELS
    )
    assert problems == [
        "demo.steps.go why: 中文已改为“余额超过{policy:family.min_retained_balance}的部分”，"
        "英文译的是“余额超过{policy:family.min_retained_balance}的部分（旧）”",
        "demo.extra.new text: 没有英文",
    ]


def test_changed_placeholders_are_found(tmp_path: Path) -> None:
    (tmp_path / "demo.toml").write_text(DEMO, encoding="utf-8")
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "demo.toml").write_text(
        DEMO_EN.replace("Go to {insured_name}", "Go to {insured_place}"), encoding="utf-8"
    )
    book = load_checklists(tmp_path)
    assert book.english is not None
    problems = catalogue_problems(book.english, book.checklists.values(), {}, ())
    assert "demo.steps.go text: 英文的占位符与中文不同" in problems


def test_chinese_is_shown_when_chinese_is_chosen(demo: ChecklistBook) -> None:
    go, new = demo.build("demo", {"insured_name": "泸州市"})
    assert go.text == "到泸州市办理"
    assert new.text == "新加的条目"
    assert demo.sections["extra"] == "额外"


@pytest.mark.usefixtures("english")
def test_english_is_used_and_a_stale_or_missing_text_is_marked_chinese(
    demo: ChecklistBook,
) -> None:
    go, new = demo.build("demo", {"insured_name": "泸州市"})
    assert go.text == "Go to 泸州市"
    # the Chinese changed since it was translated: the new Chinese, marked
    assert go.why.startswith(UNTRANSLATED_MARK + "余额超过the local standard")
    assert new.text == UNTRANSLATED_MARK + "新加的条目"
    assert demo.sections["extra"] == "Extra"
    # the common headings stay Chinese: the UI translates them through yibao_en.ts
    assert demo.sections["steps"] == "办理步骤"
    assert demo.section_label("extra") == "Extra"


@pytest.mark.usefixtures("english")
def test_shipped_checklist_in_english_with_its_placeholders_filled() -> None:
    entries = build_checklist(
        "proxy_payment",
        {"has_threshold": True, "benefit_year": "2027"},
        region_code="140100",
        at=date(2026, 3, 1),
    )
    by_id = {e.id: e for e in entries}
    threshold = by_id["proxy.check.threshold"]
    assert threshold.why == ("Local rule: only the part of the balance above ¥1,000 can be shared.")
    period = by_id["proxy.check.period"]
    assert "{benefit_year}" not in period.text and "2027" in period.text
    assert not any(UNTRANSLATED_MARK in e.text + e.why for e in entries)
    (dates,) = [
        e
        for e in build_checklist(
            "refund", {"scenario": "duplicate_enrolment"}, region_code="420100", at=date(2026, 3, 1)
        )
        if e.id == "refund.check.duplicate_dates"
    ]
    assert dates.text.endswith("(locally usually 1 January).")  # a month of the year, in words
    sections = checklist_book().sections
    assert sections["binding_app"] == "In the national medical insurance app (国家医保服务平台 APP)"


@pytest.mark.usefixtures("english")
def test_a_value_the_book_lacks_reads_english() -> None:
    (entry,) = [
        e
        for e in build_checklist(
            "proxy_payment", {"has_threshold": True}, region_code="510100", at=date(2026, 3, 1)
        )
        if e.id == "proxy.check.threshold"
    ]
    assert entry.missing
    assert entry.why == (
        "Local rule: only the part of the balance above the local standard (not in the policy "
        "book; the local medical insurance office’s published figure applies) can be shared."
    )


def test_a_malformed_english_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "demo.toml").write_text('[item."x"]\ntext = "only English"\n', encoding="utf-8")
    with pytest.raises(EnglishFileError, match="zh"):
        load_english(tmp_path)
    (tmp_path / "demo.toml").write_text('[item."x"]\ntitle.zh = "a"\ntitle.en = "b"\n')
    with pytest.raises(EnglishFileError, match="只能有 text, why, note"):
        load_english(tmp_path)


def test_no_english_folder_means_no_english(tmp_path: Path) -> None:
    assert load_english(tmp_path / "en").items == {}


@pytest.mark.usefixtures("english")
def test_a_text_value_of_the_book_reads_in_the_policy_books_english() -> None:
    """The binding guide's "pays these costs: {policy:family.usable_for}" listed the book's
    Chinese words in the English sentence; the policy book's English catalogue has them."""
    (what,) = [
        e
        for e in build_checklist("binding", {}, region_code="510100", at=date(2026, 12, 1))
        if e.id == "binding.intro.what"
    ]
    assert "Own share of costs at designated hospitals and pharmacies" in what.text
    assert "定点医疗机构" not in what.text
