"""The checklist service: the shipped book is checked against the policy catalogue, and
``{policy:…}`` placeholders are filled for the user's region, day and overrides."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from yibao.domain.checklists import load_checklists
from yibao.domain.kernel import Origin
from yibao.domain.policy import Override
from yibao.services import checklists
from yibao.services.checklists import checklist_book, checklist_view
from yibao.services.policy import policy_book


def test_the_shipped_book_knows_the_policy_catalogue() -> None:
    book = checklist_book()
    assert set(book.parameters) == {info.key for info in policy_book().parameters()}


def test_the_view_applies_the_region_day_and_overrides() -> None:
    mine = Override("province-14", "family.min_retained_balance", date(2026, 1, 1), Decimal(800))
    view = checklist_view("140100", date(2026, 3, 1), [mine])
    fact = view.decimal("family.min_retained_balance")
    assert fact.value == Decimal(800) and fact.basis.origin is Origin.OVERRIDE
    before = view.on(date(2025, 12, 31)).decimal("family.min_retained_balance")
    assert before.value == Decimal(1000) and before.basis.origin is Origin.BOOK


def test_build_checklist_fills_placeholders_for_the_region_day_and_overrides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "demo.toml").write_text(
        """
[checklist]
id = "demo"
title = "演示"

[[item]]
id = "demo.money.threshold"
section = "money"
text = "只有超过{policy:family.min_retained_balance}的部分可以共济"
source = "province-14-2023-family-threshold"
""",
        encoding="utf-8",
    )
    book = policy_book()
    demo = load_checklists(
        tmp_path,
        known_sources=[s.id for s in book.sources()],
        parameters=book.parameters(),
    )
    monkeypatch.setattr(checklists, "checklist_book", lambda: demo)
    (entry,) = checklists.build_checklist("demo", {}, region_code="140100", at=date(2026, 3, 1))
    assert entry.text == "只有超过1000元的部分可以共济"
    assert entry.basis[0].region_name == "山西省" and not entry.missing
    mine = Override("province-14", "family.min_retained_balance", date(2026, 1, 1), Decimal(800))
    (own,) = checklists.build_checklist(
        "demo", {}, region_code="140100", at=date(2026, 3, 1), overrides=[mine]
    )
    assert own.text == "只有超过800元的部分可以共济"
    assert own.basis[0].origin is Origin.OVERRIDE
