"""家庭共济 calculation cases (OpenFisca-style, in TOML): ``tests/domain/cases/family/*.toml``.

Each ``[[case]]`` has a ``name``, a ``why`` (how the expected figures were worked out by
hand), a ``kind`` and its inputs, and ``[case.expected]``. The book is the shipped one.

``kind = "assess"`` — :func:`~yibao.domain.family.assess_relative`: ``at``, ``[case.giver]``
and ``[case.relative]`` (``name``, ``relation``, ``scheme``, ``region``, optional
``enrolled``, ``birth_date``), optional ``balance``, ``user_gender`` (default ``male``),
``[[case.bindings]]`` already recorded for the relative (``giver``: a name, ``"giver"`` for
the case's giver; ``status``) and ``[[case.overrides]]`` (``region_key``, ``parameter``,
``effective_from``, ``value`` as the user types it). Expected: ``outcome``, ``distance``
(``"none"`` when not judged), ``via_wallet``, ``findings`` (code → level, exactly the codes
the verdict has), ``basis`` (code → the region key of the policy value it rests on,
``"household"``: the household's own records, ``"missing"``: the book has no rule), ``text``
(code → a piece of the Chinese sentence).

``kind = "usable"`` — :func:`~yibao.domain.family.threshold_of` for ``region`` on ``at`` and
:func:`~yibao.domain.family.usable_balance` of ``balance``: expected ``threshold``,
``usable`` (and ``region_key`` of the threshold, ``"none"`` where there is none).

``kind = "allocate"`` — :func:`~yibao.domain.family.allocate_payment`: ``bill``, optional
``own`` balance, ``[[case.givers]]`` (``name``, ``balance``, optional ``threshold``,
``cap``), ``one_giver_per_settlement``. Expected: ``lines`` (``role``, ``name``, ``pays``,
optional ``usable``, ``skipped``, ``tie_break``) in paying order, ``out_of_pocket``,
``tie_break_used``.
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.domain.policy.conftest import SHIPPED_POLICY_DIR
from yibao.domain.bindings import Binding, BindingStatus
from yibao.domain.family import (
    Distance,
    PayerBalance,
    PayerRole,
    allocate_payment,
    assess_relative,
    threshold_of,
    usable_balance,
)
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.policy import Override, PolicyBook, load_policy_book, parse_value

CASES_DIR = Path(__file__).parent / "cases" / "family"
GIVER_ID, RELATIVE_ID = 1, 2

_FIELDS = {
    "assess": {"at", "giver", "relative", "balance", "user_gender", "bindings", "overrides"},
    "usable": {"at", "region", "balance"},
    "allocate": {"bill", "own", "givers", "one_giver_per_settlement"},
}
_EXPECTED = {
    "assess": {"outcome", "distance", "via_wallet", "findings", "basis", "text"},
    "usable": {"threshold", "usable", "region_key"},
    "allocate": {"lines", "out_of_pocket", "tie_break_used"},
}


def _load() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        assert set(data) == {"case"}, f"{path.name}: only [[case]] tables allowed"
        for raw in data["case"]:
            kind = raw["kind"]
            extra = set(raw) - {"name", "why", "kind", "expected"} - _FIELDS[kind]
            assert not extra, f"{raw['name']}: {extra}"
            assert raw.get("why", "").strip(), f"{raw['name']}: say how the figures were found"
            assert not set(raw["expected"]) - _EXPECTED[kind], raw["name"]
            params.append(pytest.param(raw, id=f"{path.stem}: {raw['name']}"))
    return params


CASES = _load()


@pytest.fixture(scope="module")
def book() -> PolicyBook:
    return load_policy_book(SHIPPED_POLICY_DIR)


def _money(text: str) -> Decimal:
    return Decimal(text)


def _member(raw: dict[str, Any], member_id: int) -> Member:
    scheme = Scheme(raw["scheme"])
    return Member(
        name=raw["name"],
        relation=Relation(raw["relation"]),
        gender=Gender(raw.get("gender", "female")),
        birth_date=raw.get("birth_date", date(1980, 1, 1)),
        scheme=scheme,
        region_code=raw.get("region"),
        enrolled=raw.get("enrolled", scheme is not Scheme.NONE),
        id=member_id,
    )


def _overrides(book: PolicyBook, raw: dict[str, Any]) -> list[Override]:
    return [
        Override(
            region_key=o["region_key"],
            key=o["parameter"],
            effective_from=o["effective_from"],
            value=parse_value(book.info(o["parameter"]), o["value"]),
            id=index,
        )
        for index, o in enumerate(raw.get("overrides", []), start=1)
    ]


def _assess(book: PolicyBook, raw: dict[str, Any]) -> None:
    giver = _member(raw["giver"], GIVER_ID)
    relative = _member(raw["relative"], RELATIVE_ID)
    names = {GIVER_ID: giver.name, RELATIVE_ID: relative.name}
    bindings = []
    for index, b in enumerate(raw.get("bindings", []), start=10):
        giver_id = GIVER_ID if b["giver"] == "giver" else index
        names.setdefault(giver_id, b["giver"])
        bindings.append(Binding(giver_id, RELATIVE_ID, BindingStatus(b["status"]), id=index))
    balance = raw.get("balance")
    verdict = assess_relative(
        giver,
        relative,
        at=raw["at"],
        book=book,
        overrides=_overrides(book, raw),
        bindings=bindings,
        names=names,
        user_gender=Gender(raw.get("user_gender", "male")),
        balance=_money(balance) if balance is not None else None,
    )
    want = raw["expected"]
    label = raw["name"]
    got = {f.code: f for f in verdict.reasons}
    assert verdict.outcome.value == want["outcome"], f"{label}: {verdict.outcome}"
    if "distance" in want:
        distance = verdict.distance.value if isinstance(verdict.distance, Distance) else "none"
        assert distance == want["distance"], label
    if "via_wallet" in want:
        assert verdict.via_wallet is want["via_wallet"], label
    if "findings" in want:
        levels = {code: f.level.value for code, f in got.items()}
        assert levels == want["findings"], f"{label}: {levels}"
    for code, region_key in want.get("basis", {}).items():
        basis = got[code].basis
        actual = basis[0].region_key if basis[0].is_policy else basis[0].origin.value
        assert actual == region_key, f"{label}: {code} rests on {actual}"
    for code, piece in want.get("text", {}).items():
        assert piece in got[code].text, f"{label}: {got[code].text}"


def _usable(book: PolicyBook, raw: dict[str, Any]) -> None:
    threshold, found = threshold_of(book, raw["region"], raw["at"])
    want = raw["expected"]
    assert threshold == _money(want["threshold"]), raw["name"]
    assert usable_balance(_money(raw["balance"]), threshold) == _money(want["usable"])
    if "region_key" in want:
        assert (found.region_key if found is not None else "none") == want["region_key"]


def _allocate(raw: dict[str, Any]) -> None:
    own = raw.get("own")
    givers = [
        PayerBalance(
            g["name"],
            PayerRole.GIVER,
            _money(g["balance"]),
            _money(g.get("threshold", "0")),
            cap=_money(g["cap"]) if "cap" in g else None,
        )
        for g in raw["givers"]
    ]
    plan = allocate_payment(
        _money(raw["bill"]),
        PayerBalance("本人", PayerRole.OWN, _money(own)) if own is not None else None,
        givers,
        one_giver_per_settlement=raw.get("one_giver_per_settlement", False),
    )
    want = raw["expected"]
    label = raw["name"]
    assert len(plan.lines) == len(want["lines"]), f"{label}: {plan.lines}"
    for line, expected in zip(plan.lines, want["lines"], strict=True):
        assert line.role.value == expected["role"], f"{label}: {line}"
        assert line.name == expected.get("name", ""), f"{label}: {line}"
        assert line.pays == _money(expected["pays"]), f"{label}: {line}"
        if "usable" in expected:
            assert line.usable == _money(expected["usable"]), f"{label}: {line}"
        assert line.skipped is expected.get("skipped", False), f"{label}: {line}"
        assert line.tie_break is expected.get("tie_break", False), f"{label}: {line}"
    assert plan.out_of_pocket == _money(want["out_of_pocket"]), label
    if "tie_break_used" in want:
        assert plan.tie_break_used is want["tie_break_used"], label


def test_there_are_enough_cases() -> None:
    kinds = [case.values[0]["kind"] for case in CASES]
    assert len(kinds) >= 10 and set(kinds) == set(_FIELDS)


@pytest.mark.parametrize("raw", CASES)
def test_family_case(book: PolicyBook, raw: dict[str, Any]) -> None:
    kind = raw["kind"]
    if kind == "assess":
        _assess(book, raw)
    elif kind == "usable":
        _usable(book, raw)
    else:
        _allocate(raw)
