"""The checklist engine: loading, validation messages, condition matching, case items."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from yibao.domain.checklists import (
    POLICY_MISSING_TEXT,
    ChecklistBook,
    ChecklistEntry,
    ChecklistFileError,
    load_checklists,
    to_case_items,
)
from yibao.domain.kernel import Origin, PolicyView
from yibao.domain.policy import Override, PolicyBook, load_policy_book
from yibao.domain.policy.model import Confidence

GOOD = """
[checklist]
id = "demo"
title = "演示"

[facts]
filing_type = ["long_term_retired", "temp_emergency", "temp_referral"]
cross_province = "bool"
region = "region"
applicant = ["self", "heir", "spouse"]

[sections]
extra = "额外"

[[source]]
id = "demo-source"
title = "演示来源"
confidence = "secondary"
checked_on = 2026-11-22

[[item]]
id = "demo.notes.always"
section = "notes"
text = "总是出现"
source = "demo-source"

[[item]]
id = "demo.mat.hukou"
section = "materials"
text = "户口簿"
why = "证明安置关系"
when = { filing_type = ["long_term_retired"] }
source = "demo-source"
confidence = "unconfirmed"

[[item]]
id = "demo.steps.app"
section = "steps"
text = "在{city}办理"
source = "policy-source"

[[item]]
id = "demo.mat.gd"
section = "materials"
text = "广东专有"
required = false
when = { region = ["44"], filing_type = ["temp_emergency", "temp_referral"] }
source = "demo-source"

[[item]]
id = "demo.extra.cross"
section = "extra"
text = "跨省才要"
unless = { cross_province = false }
source = "demo-source"

[[item]]
id = "demo.mat.heir"
section = "materials"
text = "继承人材料"
when = { applicant = ["heir"] }
source = "demo-source"
"""


def _write(tmp_path: Path, text: str, name: str = "demo.toml") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_build_picks_items_by_facts_in_section_order(tmp_path: Path) -> None:
    book = load_checklists(_write(tmp_path, GOOD), known_sources=["policy-source"])
    entries = book.build(
        "demo",
        {"filing_type": "long_term_retired", "cross_province": True, "city": "杭州市"},
    )
    assert [e.id for e in entries] == [
        "demo.steps.app",
        "demo.mat.hukou",
        "demo.notes.always",
        "demo.extra.cross",
    ]
    assert entries[0].text == "在杭州市办理"
    assert entries[1].why == "证明安置关系"
    assert entries[1].confidence is Confidence.UNCONFIRMED
    assert entries[1].checklist_id == "demo"
    assert book.section_label("extra") == "额外"
    assert book.section_label("materials") == "需要准备的材料"
    assert book.sources["demo-source"].confidence is Confidence.SECONDARY


@pytest.mark.parametrize(
    ("facts", "present"),
    [
        ({"filing_type": "temp_emergency", "region": "440100"}, True),
        ({"filing_type": "temp_referral", "region": "441900"}, True),
        ({"filing_type": "temp_emergency", "region": "120000"}, False),
        ({"filing_type": "long_term_retired", "region": "440100"}, False),
        ({"filing_type": "temp_emergency"}, False),  # absent fact never matches
    ],
)
def test_region_prefix_and_and_semantics(
    tmp_path: Path, facts: dict[str, str], present: bool
) -> None:
    book = load_checklists(_write(tmp_path, GOOD))
    ids = [e.id for e in book.build("demo", facts)]
    assert ("demo.mat.gd" in ids) is present


def test_unless_and_sequence_facts(tmp_path: Path) -> None:
    book = load_checklists(_write(tmp_path, GOOD))
    ids = [e.id for e in book.build("demo", {"cross_province": False})]
    assert "demo.extra.cross" not in ids
    ids = [e.id for e in book.build("demo", {})]
    assert "demo.extra.cross" in ids  # unless needs the fact to exclude
    ids = [e.id for e in book.build("demo", {"applicant": ["spouse", "heir"]})]
    assert "demo.mat.heir" in ids


def test_unknown_fact_value_is_a_programming_error(tmp_path: Path) -> None:
    book = load_checklists(_write(tmp_path, GOOD))
    with pytest.raises(ValueError, match="unknown"):
        book.build("demo", {"filing_type": "nonsense"})
    with pytest.raises(ValueError, match="bool"):
        book.build("demo", {"cross_province": "yes"})
    with pytest.raises(KeyError):
        book.build("missing", {})


def test_to_case_items(tmp_path: Path) -> None:
    book = load_checklists(_write(tmp_path, GOOD))
    items = to_case_items(book.build("demo", {"filing_type": "long_term_retired"}))
    hukou = next(i for i in items if i.key == "demo.mat.hukou")
    assert (hukou.section, hukou.text, hukou.required, hukou.done) == (
        "materials",
        "户口簿",
        True,
        False,
    )
    assert hukou.source_id == "demo-source"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('id = "demo"\ntitle', 'id = "other"\ntitle', "应与文件名"),
        ('source = "policy-source"', "", "缺少 source"),
        ('section = "steps"', 'section = "nowhere"', "未知的 section"),
        (
            'when = { filing_type = ["long_term_retired"] }',
            'when = { filing_type = ["long_term_retird"] }',
            "long_term_retird 不在可选值中",
        ),
        ('when = { applicant = ["heir"] }', 'when = { payer = ["heir"] }', "没有在 [facts] 中声明"),
        ('when = { region = ["44"]', 'when = { region = ["4401"]', "2 位省级或 6 位地区代码"),
        ("required = false", 'required = "no"', "required 应为 true 或 false"),
        ('confidence = "unconfirmed"', 'confidence = "maybe"', "未知可信度"),
        ('text = "户口簿"', 'text = "户口簿"\ncolour = "red"', "未知字段 colour"),
        ('id = "demo.mat.heir"', 'id = "demo.mat.hukou"', "id 重复"),
        ('id = "demo.mat.heir"', 'id = "Demo Heir"', "id 只能用"),
        ('text = "户口簿"', "text = 3", "text 应为非空文本"),
        ('[[item]]\nid = "demo.notes.always"', "[[item]\nid = 1", "TOML 语法错误"),
    ],
)
def test_malformed_files_are_rejected_in_chinese(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in GOOD
    _write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ChecklistFileError) as info:
        load_checklists(tmp_path, known_sources=["policy-source"])
    text = str(info.value)
    assert "demo.toml" in text
    assert message in text


def test_item_names_the_item(tmp_path: Path) -> None:
    _write(tmp_path, GOOD.replace('section = "steps"', 'section = "nowhere"'))
    with pytest.raises(ChecklistFileError) as info:
        load_checklists(tmp_path)
    assert info.value.item == "demo.steps.app"
    assert str(info.value).startswith("清单文件 demo.toml 中的条目 demo.steps.app 有误：")


def test_unknown_source_rejected_only_when_sources_known(tmp_path: Path) -> None:
    _write(tmp_path, GOOD)
    load_checklists(tmp_path)  # no known sources given: not checked
    with pytest.raises(ChecklistFileError, match="来源 policy-source 不存在"):
        load_checklists(tmp_path, known_sources=["something-else"])


def test_item_ids_unique_across_files(tmp_path: Path) -> None:
    _write(tmp_path, GOOD)
    other = GOOD.replace('id = "demo"\ntitle', 'id = "zdemo"\ntitle').replace(
        'id = "demo-source"', 'id = "zdemo-source"'
    )
    _write(tmp_path, other, "zdemo.toml")
    with pytest.raises(ChecklistFileError, match=r"demo\.toml 中的条目重复"):
        load_checklists(tmp_path)


def test_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "demo.toml").write_bytes("标题".encode("gbk"))
    with pytest.raises(ChecklistFileError, match="UTF-8"):
        load_checklists(tmp_path)


def test_shipped_checklists_load_with_policy_sources() -> None:
    from yibao.domain.policy import load_policy_book

    root = Path(__file__).resolve().parents[2] / "resources"
    sources = [s.id for s in load_policy_book(root / "policy").sources()]
    book = load_checklists(root / "checklists", known_sources=sources)
    assert {"offsite_filing", "manual_claim"} <= set(book.checklists)
    for checklist in book.checklists.values():
        for item in checklist.items:
            assert item.source_id is not None


def test_checklist_texts_are_written_for_users() -> None:
    """Texts, reasons and source notes reach the user: no words written for the developers."""
    import tomllib
    from pathlib import Path

    words = ("DOMAIN.md", "POLICY-REVIEW", "种子", "shared/", "项目领域笔记")
    folder = Path(__file__).resolve().parents[2] / "resources" / "checklists"
    for path in sorted(folder.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        texts = [data.get("checklist", {}).get(k, "") for k in ("title", "description")]
        for item in data.get("item", []):
            texts += [item.get("text", ""), item.get("why", ""), item.get("note", "")]
        for source in data.get("source", []):
            texts += [source.get("title", ""), source.get("note", "")]
        for text in texts:
            assert not any(word in text for word in words), (path.name, text)


# ------------------------------------------------------------------ {policy:KEY} placeholders

POLICY_ITEMS = """
[[item]]
id = "demo.money.threshold"
section = "money"
text = "只有超过{policy:family.min_retained_balance}的部分可以共济"
why = "每年{policy:resident.collection.default_window.start_month}开始缴下一年的费"
note = "在{city}：{policy:offsite.manual_claim.time_limit.shortest_months}内申请；{这不是占位符}"
source = "demo-source"
"""

TAIYUAN = "140100"


@pytest.fixture(scope="module")
def policy() -> PolicyBook:
    return load_policy_book(Path(__file__).resolve().parents[2] / "resources" / "policy")


def _policy_book(tmp_path: Path, policy: PolicyBook, items: str = POLICY_ITEMS) -> ChecklistBook:
    return load_checklists(_write(tmp_path, GOOD + items), parameters=policy.parameters())


def _threshold(book: ChecklistBook, view: PolicyView | None) -> ChecklistEntry:
    entries = book.build("demo", {"city": "太原市"}, view=view)
    return next(e for e in entries if e.id == "demo.money.threshold")


def test_a_policy_placeholder_is_filled_with_the_value_and_its_unit(
    tmp_path: Path, policy: PolicyBook
) -> None:
    book = _policy_book(tmp_path, policy)
    entry = _threshold(book, PolicyView(policy, TAIYUAN, date(2026, 3, 1)))
    assert entry.text == "只有超过1000元的部分可以共济"
    assert not entry.missing
    basis = {b.key: b for b in entry.basis}
    threshold = basis["family.min_retained_balance"]
    assert threshold.origin is Origin.BOOK
    assert threshold.region_name == "山西省"
    assert threshold.source_id == "province-14-2023-family-threshold"
    assert threshold.value_text == "1000"


def test_a_table_field_placeholder_uses_the_fields_unit(tmp_path: Path, policy: PolicyBook) -> None:
    book = _policy_book(tmp_path, policy)
    entry = _threshold(book, PolicyView(policy, TAIYUAN, date(2026, 3, 1)))
    # national default window: 9 月 to 12 月; manual claims within 6 个月 at the shortest
    assert entry.why == "每年9月开始缴下一年的费"
    assert entry.note == "在太原市：6个月内申请；{这不是占位符}"
    window = next(b for b in entry.basis if b.key == "resident.collection.default_window")
    assert "开始月份=9" in window.value_text  # the basis names the whole value
    # read from the national file; a checklist does not call it a stand-in minimum
    assert window.region_key == "national" and not window.national_fallback
    assert [b.key for b in entry.basis] == [
        "family.min_retained_balance",
        "resident.collection.default_window",
        "offsite.manual_claim.time_limit",
    ]


def test_a_value_the_book_lacks_reads_as_a_plain_phrase_and_marks_the_entry(
    tmp_path: Path, policy: PolicyBook
) -> None:
    book = _policy_book(tmp_path, policy)
    # 山西's 1000 元 threshold applies from 2022-06-29; the day before the book has none
    entry = _threshold(book, PolicyView(policy, TAIYUAN, date(2022, 6, 28)))
    assert entry.text == f"只有超过{POLICY_MISSING_TEXT}的部分可以共济"
    assert "以当地医保部门公布为准" in entry.text
    assert entry.missing
    missing = {b.key for b in entry.basis if b.is_missing}
    assert "family.min_retained_balance" in missing
    assert "resident.collection.default_window" not in missing  # national, in force then
    assert entry.why == "每年9月开始缴下一年的费"
    # the other items of the list are not affected
    others = [e for e in book.build("demo", {}) if e.id != "demo.money.threshold"]
    assert others and not any(e.missing or e.basis for e in others)


def test_without_a_view_placeholders_are_missing_but_old_calls_work(
    tmp_path: Path, policy: PolicyBook
) -> None:
    book = _policy_book(tmp_path, policy)
    entry = _threshold(book, None)
    assert entry.missing
    assert entry.text == f"只有超过{POLICY_MISSING_TEXT}的部分可以共济"
    assert {b.key for b in entry.basis} >= {"family.min_retained_balance"}
    assert all(b.origin is Origin.MISSING for b in entry.basis)
    assert entry.basis[0].label == policy.info("family.min_retained_balance").label


def test_an_override_fills_the_text_and_shows_as_a_local_change(
    tmp_path: Path, policy: PolicyBook
) -> None:
    book = _policy_book(tmp_path, policy)
    mine = Override("province-14", "family.min_retained_balance", date(2026, 1, 1), Decimal(500))
    entry = _threshold(book, PolicyView(policy, TAIYUAN, date(2026, 3, 1), (mine,)))
    assert entry.text == "只有超过500元的部分可以共济"
    threshold = entry.basis[0]
    assert threshold.origin is Origin.OVERRIDE
    assert threshold.origin.label == "本地修改"
    assert not entry.missing


def test_case_items_keep_the_filled_text(tmp_path: Path, policy: PolicyBook) -> None:
    book = _policy_book(tmp_path, policy)
    view = PolicyView(policy, TAIYUAN, date(2026, 3, 1))
    items = to_case_items(book.build("demo", {}, view=view))
    item = next(i for i in items if i.key == "demo.money.threshold")
    assert item.text == "只有超过1000元的部分可以共济"
    assert item.why == "每年9月开始缴下一年的费"


@pytest.mark.parametrize(
    ("placeholder", "message"),
    [
        ("{policy:family.no_such_threshold}", "政策库中没有参数 family.no_such_threshold"),
        (
            "{policy:resident.collection.default_window.first_month}",
            "没有字段 first_month",
        ),
        ("{policy:family.min_retained_balance.amount}", "不是表"),
        ("{policy:}", "{policy:} 缺少参数名"),
        ("{policy:Family Threshold}", "参数名只能用"),
    ],
)
def test_a_placeholder_naming_no_parameter_fails_on_load(
    tmp_path: Path, policy: PolicyBook, placeholder: str, message: str
) -> None:
    items = POLICY_ITEMS.replace("{policy:family.min_retained_balance}", placeholder)
    with pytest.raises(ChecklistFileError) as info:
        _policy_book(tmp_path, policy, items)
    text = str(info.value)
    assert text.startswith("清单文件 demo.toml 中的条目 demo.money.threshold 有误：")
    assert message in text
    assert "text" in text


def test_a_bad_placeholder_is_found_even_without_the_book(tmp_path: Path) -> None:
    items = POLICY_ITEMS.replace("{policy:family.min_retained_balance}", "{policy:}")
    with pytest.raises(ChecklistFileError, match="缺少参数名"):
        load_checklists(_write(tmp_path, GOOD + items))
    # unknown keys need the book: loading without it accepts a well-formed name
    load_checklists(_write(tmp_path, GOOD + POLICY_ITEMS.replace("family.", "familie.")))


def test_shipped_placeholders_name_parameters_of_the_book(policy: PolicyBook) -> None:
    root = Path(__file__).resolve().parents[2] / "resources" / "checklists"
    book = load_checklists(
        root, known_sources=[s.id for s in policy.sources()], parameters=policy.parameters()
    )
    view = PolicyView(policy, TAIYUAN, date(2026, 3, 1))
    for checklist in book.checklists.values():
        # every placeholder is filled (or written as missing): none is left in the text
        for entry in book.build(checklist.id, {}, view=view):
            assert "{policy:" not in entry.text + entry.why + entry.note
