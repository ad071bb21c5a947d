"""Reading calculation cases: every ``[[case]]`` of ``tests/domain/cases/<capability>/*.toml``
as a pytest parameter (id ``file: name``), and the user's overrides a case lists.

Each file holds only ``[[case]]`` tables, and each case says ``why`` its expected figures are
what they are (worked out by hand). A runner checks its own fields through *check*.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from yibao.domain.policy import Override, PolicyBook, parse_value

CASES_ROOT = Path(__file__).parent / "cases"


def load_cases(
    capability: str, check: Callable[[str, dict[str, Any]], None] | None = None
) -> list[Any]:
    """The cases of *capability*, each checked by *check(file name, case)* first."""
    params = []
    for path in sorted((CASES_ROOT / capability).glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        assert set(data) == {"case"}, f"{path.name}: only [[case]] tables allowed"
        for raw in data["case"]:
            assert str(raw.get("why", "")).strip(), (path.name, raw["name"], "say why")
            if check is not None:
                check(path.name, raw)
            params.append(pytest.param(raw, id=f"{path.stem}: {raw['name']}"))
    return params


def case_overrides(book: PolicyBook, raw: dict[str, Any]) -> list[Override]:
    """The case's ``[[case.overrides]]`` (``region_key``, ``parameter``, ``effective_from``,
    ``value`` as the user types it) as the user's 本地修改."""
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
