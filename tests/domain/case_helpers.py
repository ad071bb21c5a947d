"""Shared helpers for the calculation-case runners (``tests/domain/cases/<capability>/``)."""

from __future__ import annotations

from collections.abc import Mapping
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
