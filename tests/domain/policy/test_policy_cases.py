"""OpenFisca-style cases: ``cases/*.toml``, one ``[[case]]`` per expectation.

Each case names a date, a region (6-digit GB/T 2260 code or ``"national"``) and a parameter,
optional user overrides (``[[case.overrides]]`` with ``region_key``, ``effective_from`` and
the *user text* ``value``, parsed with ``parse_value``), and the expected result:

- ``expected``: the value, written as in the region files (``"none"`` = nothing resolves);
- optional ``region_key``, ``confidence``, ``effective_from``, ``effective_to`` (``"open"``
  for no end), ``overridden`` and ``file_value`` (the book's value under an override).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from yibao.domain.policy import (
    Confidence,
    Override,
    PolicyBook,
    format_value,
    parse_value,
)
from yibao.domain.policy.values import coerce_file_value

CASES_DIR = Path(__file__).parent / "cases"
_CASE_FIELDS = {
    "name",
    "date",
    "region",
    "parameter",
    "overrides",
    "expected",
    "region_key",
    "confidence",
    "effective_from",
    "effective_to",
    "overridden",
    "file_value",
}


@dataclass
class Case:
    file: str
    data: dict[str, Any] = field(default_factory=dict)


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle, parse_float=Decimal)
        assert set(data) == {"case"}, f"{path.name}: only [[case]] tables allowed"
        for raw in data["case"]:
            unknown = set(raw) - _CASE_FIELDS
            assert not unknown, f"{path.name}: {raw.get('name')}: unknown fields {unknown}"
            params.append(pytest.param(Case(path.name, raw), id=f"{path.stem}: {raw['name']}"))
    return params


CASES = _load_cases()


def test_there_are_many_cases() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize("case", CASES)
def test_case(book: PolicyBook, case: Case) -> None:
    raw = case.data
    info = book.info(raw["parameter"])
    region = raw["region"]
    at: date = raw["date"]
    overrides = [
        Override(
            region_key=o["region_key"],
            key=info.key,
            effective_from=o["effective_from"],
            value=parse_value(info, o["value"]),
            note=o.get("note", ""),
            id=index,
        )
        for index, o in enumerate(raw.get("overrides", []), start=1)
    ]
    resolved = book.resolve(info.key, None if region == "national" else region, at, overrides)
    if raw["expected"] == "none":
        assert resolved is None, f"expected nothing, got {resolved}"
        return
    assert resolved is not None, "expected a value, nothing resolved"
    expected = coerce_file_value(info, raw["expected"])
    assert resolved.value == expected, (
        f"{format_value(info, resolved.value)} != {format_value(info, expected)}"
    )
    assert format_value(info, resolved.value) == format_value(info, expected)
    if "region_key" in raw:
        assert resolved.region_key == raw["region_key"]
    if "confidence" in raw:
        assert resolved.source is not None
        assert resolved.source.confidence is Confidence(raw["confidence"])
    if "effective_from" in raw:
        assert resolved.effective_from == raw["effective_from"]
    if "effective_to" in raw:
        want = None if raw["effective_to"] == "open" else raw["effective_to"]
        assert resolved.effective_to == want
    overridden = raw.get("overridden", False)
    assert resolved.overridden is overridden
    if overridden:
        assert resolved.source is None
        assert resolved.override is not None and resolved.override in overrides
    else:
        assert resolved.override is None and resolved.file_value is None
    if "file_value" in raw:
        if raw["file_value"] == "none":
            assert resolved.file_value is None
        else:
            assert resolved.file_value is not None
            assert resolved.file_value.value == coerce_file_value(info, raw["file_value"])
            assert not resolved.file_value.overridden
