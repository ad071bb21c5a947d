"""A binding's notice reads as one language: what changed is translated with the notice."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from yibao.domain.bindings import Binding, BindingStatus
from yibao.domain.family import BindingRecord, reconcile_binding, snapshot_of
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.policy import PolicyBook, load_policy_book
from yibao.ui.cjkcheck import stray_chinese
from yibao.ui.i18n import dtr

POLICY_DIR = Path(__file__).resolve().parents[2] / "resources" / "policy"
GIVER = Member(
    "张伟", Relation.SELF, Gender.MALE, date(1980, 1, 1), Scheme.EMPLOYEE_ACTIVE, "510100", id=1
)
SPOUSE = Member(
    "李芳", Relation.SPOUSE, Gender.FEMALE, date(1982, 1, 1), Scheme.RESIDENT, "510100", id=2
)


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from yibao.ui.i18n import install_translators

    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh_CN")


def _notice_after_two_changes() -> tuple[str, dict[str, object]]:
    book: PolicyBook = load_policy_book(POLICY_DIR)
    binding = Binding(1, 2, BindingStatus.ACTIVE, start_date=date(2026, 2, 1), id=10)
    record = BindingRecord(
        binding,
        replace(GIVER, region_code="510700"),
        replace(SPOUSE, region_code="510700"),
        snapshot_of(GIVER, SPOUSE),
    )
    result = reconcile_binding(record, date(2026, 6, 1), book)
    assert result.notice is not None
    return result.notice.template, dict(result.notice.params)


def test_the_changes_read_chinese_in_chinese() -> None:
    template, params = _notice_after_two_changes()
    text = dtr(template, params)
    assert "共济人张伟的参保地由四川省 成都市变为四川省 绵阳市；李芳的参保地由" in text


def test_the_changes_read_english_in_english(english: None) -> None:
    template, params = _notice_after_two_changes()
    text = dtr(template, params)
    assert stray_chinese(text, ["张伟", "李芳", "四川省 成都市", "四川省 绵阳市", "全国"]) == "", (
        text
    )
