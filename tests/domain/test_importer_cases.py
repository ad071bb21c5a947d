"""Importer calculation cases (``tests/domain/cases/importers/*.toml``): a statement's text in
(encoded as the case says), the valid rows and every problem by row and column out. The
fields are described at the top of each case file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.domain.case_helpers import case_params
from yibao.domain.importers import Defaults, guess_layout, read_csv, validate
from yibao.domain.people import Scheme

CASES_DIR = Path(__file__).parent / "cases" / "importers"

_FIELDS = {"name", "csv", "encoding", "scheme", "members", "today", "why", "rows", "problems"}
_ROW_FIELDS = {
    "line", "member", "month", "scheme", "base", "personal", "employer", "credited", "payer",
    "payer_member", "status", "benefit_year", "paid_on", "note",
}  # fmt: skip


def _check(file: str, raw: dict[str, Any]) -> None:
    assert not set(raw) - _FIELDS, (file, raw["name"], set(raw) - _FIELDS)


CASES = case_params(CASES_DIR, _check)


def _yuan(fen: int | None) -> str | None:
    return None if fen is None else str(Decimal(fen).scaleb(-2))


@pytest.mark.parametrize("case", CASES)
def test_importer_case(case: dict[str, Any]) -> None:
    members: dict[str, int] = case.get("members", {"本人": 1})
    ids = {v: k for k, v in members.items()}
    defaults = Defaults(
        member_id=1,
        scheme=Scheme(case.get("scheme", "employee_active")),
        source="file:case.csv",
        members_by_name=members,
        today=case.get("today", date(2026, 12, 1)),
    )
    table = read_csv(case["csv"].encode(case.get("encoding", "utf-8")))
    if "encoding" in case:
        assert table.encoding == case["encoding"]
    v = validate(table, guess_layout(table), defaults)
    assert [[p.line, p.column, p.code] for p in v.problems] == case.get("problems", [])
    want = case.get("rows", [])
    assert len(v.rows) == len(want)
    for row, expected in zip(v.rows, want, strict=True):
        assert not set(expected) - _ROW_FIELDS, set(expected) - _ROW_FIELDS
        got = {
            "line": row.line,
            "member": ids[row.member_id],
            "month": str(row.month),
            "scheme": row.scheme.value,
            "base": _yuan(row.base_fen),
            "personal": _yuan(row.personal_fen),
            "employer": _yuan(row.employer_fen),
            "credited": _yuan(row.credited_fen),
            "payer": row.payer.value,
            "payer_member": None if row.payer_member_id is None else ids[row.payer_member_id],
            "status": row.status.value,
            "benefit_year": row.benefit_year,
            "paid_on": row.paid_on,
            "note": row.note,
        }
        assert {k: got[k] for k in expected} == expected
