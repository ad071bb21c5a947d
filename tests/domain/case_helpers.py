"""Shared helpers for the calculation-case runners (``tests/domain/cases/<capability>/``)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from yibao.domain.policy import Override, PolicyBook, parse_value


def case_overrides(book: PolicyBook, raw: Mapping[str, Any]) -> list[Override]:
    """A case's ``[[case.overrides]]`` (``region_key``, ``parameter``, ``effective_from``,
    ``value`` as the user types it) as the user's overrides, read the way the app reads them."""
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


def case_tables(
    paths: Iterator[Path] | list[Path], *, parse_float: Callable[[str], Any] = float
) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Each ``[[case]]`` table of the files at *paths* (sorted), with its file.

    A file holds only ``[[case]]`` tables, and every case says in ``why`` how its expected
    figures were worked out by hand (never pasted from the program's output)."""
    for path in sorted(paths):
        with path.open("rb") as handle:
            data = tomllib.load(handle, parse_float=parse_float)
        assert set(data) == {"case"}, f"{path.name}: only [[case]] tables allowed"
        for raw in data["case"]:
            assert str(raw.get("why", "")).strip(), (
                f"{raw['name']}: say how the figures were worked out"
            )
            yield path, raw
