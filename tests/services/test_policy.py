from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from yibao.domain.policy import FrozenTable, PolicyBook
from yibao.paths import AppPaths
from yibao.services.database import Database, open_database
from yibao.services.errors import InvalidInput
from yibao.services.policy import (
    list_overrides,
    policy_book,
    policy_rows,
    revert_override,
    set_override,
)

AT = date(2025, 3, 1)


def _row(rows: list, key: str):  # type: ignore[no-untyped-def,type-arg]
    return next(r for r in rows if r.info.key == key)


def test_set_override_applies(db: Database, mini_book: PolicyBook) -> None:
    saved = set_override(
        db,
        "city-510500",
        "resident.contribution.individual_min",
        date(2025, 1, 1),
        "420 元",
        "单位通知",
    )
    assert saved.id is not None and saved.value == Decimal("420") and saved.note == "单位通知"
    rows = policy_rows(db, "510521", AT)  # a county in 泸州: the city override applies
    row = _row(rows, "resident.contribution.individual_min")
    assert row.value == Decimal("420") and row.overridden
    assert row.file_value is not None and row.file_value.value == Decimal("400")
    # Elsewhere the book's value stands.
    assert _row(policy_rows(db, "110105", AT), "resident.contribution.individual_min").value == 400


def test_set_override_replaces_same_date(db: Database, mini_book: PolicyBook) -> None:
    key = "employee.account.rate"
    first = set_override(db, "national", key, date(2025, 1, 1), "3%")
    second = set_override(db, "national", key, date(2025, 1, 1), "2.5%", "改正")
    other = set_override(db, "national", key, date(2026, 1, 1), "4%")
    stored = list_overrides(db)
    assert [o.id for o in stored] == [first.id, other.id]
    assert second.id == first.id
    assert stored[0].value == Decimal("0.025") and stored[0].note == "改正"


def test_table_override_round_trips(db: Database, mini_book: PolicyBook) -> None:
    set_override(
        db,
        "city-510500",
        "resident.collection.months",
        date(2025, 1, 1),
        "start_month=10;end_month=12",
    )
    (stored,) = list_overrides(db)
    assert isinstance(stored.value, FrozenTable)
    assert stored.value == {"start_month": 10, "end_month": 12}
    row = _row(policy_rows(db, "510500", AT), "resident.collection.months")
    assert row.value == {"start_month": 10, "end_month": 12}


@pytest.mark.parametrize(
    ("region_key", "key", "text_", "fields"),
    [
        ("national", "resident.contribution.individual_min", "abc", ("value",)),
        ("national", "resident.contribution.individual_min", "", ("value",)),
        ("national", "no.such.parameter", "1", ("key",)),
        ("shanghai", "resident.contribution.individual_min", "1", ("region_key",)),
    ],
)
def test_set_override_invalid(
    db: Database,
    mini_book: PolicyBook,
    region_key: str,
    key: str,
    text_: str,
    fields: tuple[str, ...],
) -> None:
    with pytest.raises(InvalidInput) as info:
        set_override(db, region_key, key, date(2025, 1, 1), text_)
    assert info.value.fields == fields
    assert all(e.message for e in info.value.errors)
    assert list_overrides(db) == []


def test_revert_override(db: Database, mini_book: PolicyBook) -> None:
    saved = set_override(db, "national", "employee.account.rate", date(2025, 1, 1), "3%")
    assert saved.id is not None
    revert_override(db, saved.id)
    revert_override(db, saved.id)  # already gone: fine
    assert list_overrides(db) == []
    assert _row(policy_rows(db, None, AT), "employee.account.rate").value == Decimal("0.02")


def test_bad_region_code(db: Database, mini_book: PolicyBook) -> None:
    with pytest.raises(InvalidInput) as info:
        policy_rows(db, "51x", AT)
    assert info.value.fields == ("region_code",)


def test_overrides_survive_restart(tmp_paths: AppPaths, mini_book: PolicyBook) -> None:
    opened = open_database(tmp_paths)
    set_override(opened.db, "city-510500", "employee.account.rate", date(2025, 1, 1), "3%", "备注")
    opened.db.close()
    again = open_database(tmp_paths)
    try:
        (stored,) = list_overrides(again.db)
        assert stored.value == Decimal("0.03") and stored.note == "备注"
        assert _row(policy_rows(again.db, "510500", AT), "employee.account.rate").overridden
    finally:
        again.db.close()


def test_real_policy_book_loads() -> None:
    book = policy_book()
    assert book is policy_book()  # cached
    assert book.parameters()
