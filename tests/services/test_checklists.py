"""The checklist service: the shipped book is checked against the policy catalogue, and
``{policy:…}`` placeholders are filled for the user's region, day and overrides."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from yibao.domain.kernel import Origin
from yibao.domain.policy import Override
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
