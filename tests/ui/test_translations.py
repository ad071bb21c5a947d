"""The committed Linguist files are current: every tr() string is in the .ts, the .qm is built."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "translations", ROOT / "packaging" / "translations.py"
)
assert spec and spec.loader
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_ts_files_are_up_to_date(tmp_path: Path) -> None:
    committed = ROOT / "resources" / "translations" / "yibao_en.ts"
    fresh_dir = tmp_path / "ts"
    fresh_dir.mkdir()
    shutil.copy(committed, fresh_dir / committed.name)
    translations.update(fresh_dir)
    assert _messages(fresh_dir / committed.name) == _messages(committed), (
        "run: python packaging/translations.py update && python packaging/translations.py release"
    )


def test_qm_files_are_built_from_the_ts(tmp_path: Path) -> None:
    translations.release(ROOT / "resources" / "translations", tmp_path)
    for qm in tmp_path.glob("*.qm"):
        committed = ROOT / "resources" / "translations" / qm.name
        assert committed.exists()
        assert committed.read_bytes() == qm.read_bytes(), "run packaging/translations.py release"


@pytest.mark.parametrize("context", ["MainWindow", "FamilyPage", "domain"])
def test_contexts_present(context: str) -> None:
    contexts = {c for c, _ in _messages(ROOT / "resources" / "translations" / "yibao_en.ts")}
    assert context in contexts


def test_the_file_dialog_reads_chinese(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's own catalogue leaves these in English; ours fills them in (qt_extra_zh_CN)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "", str(ROOT))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
        folder = QCoreApplication.translate(
            "QAbstractFileIconProvider", "Folder", "All other platforms"
        )
        assert folder == "文件夹"
    finally:
        dialog.deleteLater()


def test_every_message_has_its_english() -> None:
    """Issue 17: a new or changed text needs its English before it lands (no unfinished or
    obsolete messages in the catalogue)."""
    text = (ROOT / "resources" / "translations" / "yibao_en.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "translate the new texts in yibao_en.ts"
    assert 'type="obsolete"' not in text and 'type="vanished"' not in text


@pytest.mark.parametrize(
    ("parts", "joined"),
    [
        (("在截止前缴费。", "错过要等待。"), "在截止前缴费。错过要等待。"),
        (
            ("Pay before the deadline.", "If you miss it, wait."),
            "Pay before the deadline. If you miss it, wait.",
        ),
        (("Done.", ""), "Done."),
        (("(国办发〔2024〕38号).", "Next"), "(国办发〔2024〕38号). Next"),
    ],
)
def test_sentences_are_joined_for_the_language(parts: tuple[str, ...], joined: str) -> None:
    from yibao.ui.i18n import join_sentences

    assert join_sentences(*parts) == joined


def test_choosing_a_language_formats_domain_dates_for_it(qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: the language chosen at start is the one domain dates and durations use."""
    from datetime import date
    from decimal import Decimal

    from yibao.domain.i18n import day_text, is_english
    from yibao.domain.money import format_yuan
    from yibao.ui.i18n import install_translators
    from yibao.ui.widgets.date_field import DateField

    install_translators(qapp, "en")
    try:
        assert is_english()
        # one date format in English: the ISO form the date fields and tables show
        assert day_text(date(2025, 3, 10)) == "2025-03-10"
        field = DateField(None, "day", "Day")
        field.setValue(date(2025, 3, 10))
        assert field.edit.text() == day_text(date(2025, 3, 10))
        field.deleteLater()
        assert format_yuan(Decimal("1234.5")) == "¥1,234.50"
    finally:
        install_translators(qapp, "zh_CN")
    assert not is_english()
    assert day_text(date(2025, 3, 10)) == "2025年3月10日"


def test_deadlines_read_english_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: a deadline's day of the week and its brackets are English, not 2026-12-01 (二)
    or 2026-12-01（9 days left）."""
    from datetime import date

    from yibao.domain.cases import Case, CaseKind, Deadline
    from yibao.ui.export.case_pdf import due_text
    from yibao.ui.i18n import install_translators
    from yibao.ui.pages.cases import next_deadline_text

    case = Case(
        kind=CaseKind.REFUND,
        title="t",
        member_id=None,
        deadlines=(Deadline("期限", date(2026, 12, 1)),),
    )
    today = date(2026, 11, 22)
    assert due_text(case.deadlines[0], today) == "2026-12-01（周二） 还有 9 天"
    assert next_deadline_text(case, today) == "2026-12-01（还有 9 天）"
    install_translators(qapp, "en")
    try:
        assert due_text(case.deadlines[0], today) == "2026-12-01 (Tue) 9 days left"
        assert next_deadline_text(case, today) == "2026-12-01 (9 days left)"
    finally:
        install_translators(qapp, "zh_CN")


def test_a_message_inside_a_message_is_translated_with_it(qapp) -> None:  # type: ignore[no-untyped-def]
    from yibao.domain.i18n import Message
    from yibao.services.history import W_EMPLOYEE_ONGOING as template
    from yibao.ui.i18n import dtr, install_translators

    params = {
        "name": "张伟",
        "first": "2024-01",
        "stop": "2024-02",
        "resume": "6",
        "rule": Message("{region}的规定", {"region": "泸州市"}),
    }
    install_translators(qapp, "en")
    try:
        text = dtr(template, params)
    finally:
        install_translators(qapp, "zh_CN")
    assert text.endswith("before cover resumes (the rule of 泸州市)")
    assert dtr(template, params).endswith("才恢复（泸州市的规定）")


def test_a_label_given_as_a_param_is_translated_with_the_message(qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: domain messages put labels (险种, 状态 …) into their params as the marked
    Chinese; in English they read English ("李娜 has 职工医保（在职）" before)."""
    from yibao.domain.people import Scheme
    from yibao.ui.i18n import dtr, install_translators

    template = "{name}是{scheme}"  # no such message: the label alone is translated
    install_translators(qapp, "en")
    try:
        text = dtr(template, {"name": "李娜", "scheme": Scheme.EMPLOYEE_ACTIVE.label})
    finally:
        install_translators(qapp, "zh_CN")
    assert text == "李娜是Employee insurance (职工医保), working"
    assert dtr(template, {"name": "李娜", "scheme": Scheme.EMPLOYEE_ACTIVE.label}) == (
        "李娜是职工医保（在职）"
    )


def test_english_checklists_keep_chinese_only_beside_english() -> None:
    """Issue 17: in the English checklists a Chinese app, menu or document name is quoted or
    in brackets beside the English, the way the English check on every screen wants it."""
    from yibao.domain.checklist_english import load_english
    from yibao.ui.cjkcheck import stray_chinese

    catalogue = load_english(ROOT / "resources" / "checklists" / "en")
    texts = [(f"{i} {n}", p.en) for i, fields in catalogue.items.items() for n, p in fields.items()]
    texts += [(f"[sections] {k}", p.en) for k, p in catalogue.sections.items()]
    assert len(texts) > 300
    assert [(where, stray_chinese(text)) for where, text in texts if stray_chinese(text)] == []


def test_english_messages_keep_chinese_only_beside_english() -> None:
    """Issue 17: a Chinese term in a translation is in brackets or quotes beside the English
    ("the national medical insurance app (国家医保服务平台 APP)"), never bare in a sentence."""
    import html
    import re

    from yibao.ui.cjkcheck import stray_chinese

    text = (ROOT / "resources" / "translations" / "yibao_en.ts").read_text(encoding="utf-8")
    found = re.findall(r"<translation>(.*?)</translation>", text, re.S)
    assert len(found) > 1000
    bare = [(t, stray_chinese(t)) for t in map(html.unescape, found) if stray_chinese(t)]
    assert bare == []


def test_every_translate_call_reaches_the_catalogue() -> None:
    """A ``_t("Context", "…")`` written inside an f-string is invisible to lupdate, so the
    English never gets it (the PDF's 结果摘要 / 期限 / 备注 / 来源 headings read Chinese)."""
    import html
    import re

    text = (ROOT / "resources" / "translations" / "yibao_en.ts").read_text(encoding="utf-8")
    known: set[tuple[str, str]] = set()
    for context in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        for source in re.finditer(r"<source>(.*?)</source>", context[2], re.S):
            known.add((context[1], html.unescape(source[1])))
    call = re.compile(
        r"""(?:\b_t|QCoreApplication\.translate)\(\s*(["'])(\w+)\1\s*,\s*(["'])([^"'\\]+)\3\s*[,)]"""
    )
    missing = []
    for path in sorted((ROOT / "desktop" / "yibao").rglob("*.py")):
        for match in call.finditer(path.read_text(encoding="utf-8")):
            if (match[2], match[4]) not in known:
                missing.append((path.name, match[2], match[4]))
    assert missing == []


def test_a_label_given_as_a_checklist_fact_reads_english(qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: "Filing type: 异地长期居住" in the English offsite checklist: a text fact
    that is a marked label is translated; a place name stays as it is."""
    from datetime import date

    from yibao.domain.offsite import FilingType
    from yibao.services.checklists import build_checklist
    from yibao.ui.i18n import install_translators

    facts = {
        "filing_type": FilingType.LONG_TERM_RESIDENT.value,
        "type_label": FilingType.LONG_TERM_RESIDENT.label,
        "insured_name": "泸州市",
        "dest_name": "成都市",
    }
    install_translators(qapp, "en")
    try:
        entries = build_checklist(
            "offsite_filing", facts, region_code="510500", at=date(2026, 12, 1)
        )
    finally:
        install_translators(qapp, "zh_CN")
    by_id = {e.id: e for e in entries}
    assert (
        by_id["offsite.field.type"].text
        == "Filing type: Long-term residence elsewhere (异地长期居住)"
    )
    assert by_id["offsite.check.enrolled"].text.endswith(
        "insured as normal in 泸州市, with no break in contributions"
    )


def test_the_monthly_credit_rule_reads_english(qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: the overview's "每月划入个人账户 …：规则：改革前：本人缴费 2% …" in English."""
    from datetime import date
    from decimal import Decimal

    from tests.domain.history_helpers import member, shipped_book
    from yibao.domain.account import compute_credit
    from yibao.domain.contributions import Month
    from yibao.domain.people import Scheme
    from yibao.ui.i18n import dtr_value, install_translators

    m = member(region="510500", birth=date(1985, 1, 1))
    credit = compute_credit(
        shipped_book(), m, Scheme.EMPLOYEE_ACTIVE, Month(2020, 6), Decimal(6000)
    )
    assert "35 岁" in credit.rule  # the Chinese, as before
    install_translators(qapp, "en")
    try:
        text = dtr_value(credit.why)
    finally:
        install_translators(qapp, "zh_CN")
    assert text == (
        "Before the reform: your own 2% all credited, the employer's share by age band (age 35) 1%"
    )
