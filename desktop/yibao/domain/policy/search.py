"""Finding a policy value by its value or its name at any date (not only today's answer).

The policy page's search: "400" finds the national 2024 and 2025 individual contributions
even when neither is in force on the day being viewed, and a user's 本地修改 from next year.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from yibao.domain.policy.book import PolicyBook
from yibao.domain.policy.model import Override, PolicyValue, Resolved
from yibao.domain.policy.regionkeys import region_code_of_key, region_keys_for
from yibao.domain.policy.values import format_value


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


def _number(text: str) -> Decimal | None:
    cleaned = text.replace(",", "").removesuffix("元").strip()
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _numbers(value: PolicyValue) -> list[Decimal]:
    """Every number in a value (scalars, table fields, rows of a table list)."""
    if isinstance(value, bool):
        return []
    if isinstance(value, Decimal | int):
        return [Decimal(value)]
    if isinstance(value, Mapping):
        return [n for v in value.values() for n in _numbers(v)]
    if isinstance(value, tuple):
        return [n for v in value if not isinstance(v, str) for n in _numbers(v)]
    return []


def matches(resolved: Resolved, text: str) -> bool:
    """True when *text* is in the value's name, key, value, region or source, or equals one
    of its numbers (``"400"`` matches ``400`` and a table row's ``amount = 400``)."""
    needle = _norm(text)
    if not needle:
        return True
    info = resolved.info
    source = resolved.source
    hay = " ".join(
        (
            info.label,
            info.key,
            info.category,
            format_value(info, resolved.value),
            info.unit,
            resolved.region_name,
            source.title if source else "",
            source.doc_number or "" if source else "",
            source.issuer or "" if source else "",
            resolved.override.note if resolved.override else "",
            "本地修改" if resolved.overridden else "",
        )
    )
    if needle in _norm(hay):
        return True
    number = _number(needle)
    return number is not None and number in _numbers(resolved.value)


def _override_rows(
    book: PolicyBook, region_code: str | None, level: str, overrides: Sequence[Override]
) -> list[Resolved]:
    rows: list[Resolved] = []
    mine = sorted(
        (o for o in overrides if o.region_key == level),
        key=lambda o: (o.key, o.effective_from),
    )
    for index, override in enumerate(mine):
        try:
            info = book.info(override.key)
        except KeyError:
            continue
        following = mine[index + 1] if index + 1 < len(mine) else None
        ends = (
            following.effective_from - timedelta(days=1)
            if following is not None and following.key == override.key
            else None
        )
        rows.append(
            Resolved(
                info=info,
                value=override.value,
                region_key=level,
                region_name=book.region_name(level),
                effective_from=override.effective_from,
                effective_to=ends,
                source=None,
                overridden=True,
                override=override,
                file_value=book.resolve(override.key, region_code, override.effective_from),
            )
        )
    return rows


def all_values(
    book: PolicyBook, region_code: str | None, overrides: Sequence[Override] = ()
) -> list[Resolved]:
    """Every dated value that can apply to *region_code* (its city, province and national
    files, and the user's overrides there), at any date: most specific level first, then
    catalogue order, newest first."""
    levels = region_keys_for(region_code)
    order = {info.key: index for index, info in enumerate(book.parameters())}
    rows: list[Resolved] = []
    for level in levels:
        found: list[Resolved] = _override_rows(book, region_code, level, overrides)
        for row in book.entries(level):
            if row.entry.value is None:
                continue
            found.append(
                Resolved(
                    info=row.info,
                    value=row.entry.value,
                    region_key=level,
                    region_name=row.region_name,
                    effective_from=row.entry.effective_from,
                    effective_to=row.effective_to,
                    source=row.source,
                    overridden=False,
                    override=None,
                    file_value=None,
                )
            )
        found.sort(key=lambda r: (order[r.info.key], -r.effective_from.toordinal()))
        rows.extend(found)
    return rows


def search_values(
    book: PolicyBook,
    region_code: str | None,
    text: str,
    overrides: Sequence[Override] = (),
) -> list[Resolved]:
    """:func:`all_values` that :func:`matches` *text* (any date)."""
    return [row for row in all_values(book, region_code, overrides) if matches(row, text)]


def overrides_as_rows(book: PolicyBook, overrides: Sequence[Override]) -> list[Resolved]:
    """Every 本地修改 the user made, any region and date (newest first within a parameter)."""
    rows: list[Resolved] = []
    for level in sorted({o.region_key for o in overrides}):
        rows.extend(_override_rows(book, region_code_of_key(level), level, overrides))
    order = {info.key: index for index, info in enumerate(book.parameters())}
    rows.sort(key=lambda r: (r.region_key, order.get(r.info.key, 0), r.effective_from))
    return rows


__all__ = ["all_values", "matches", "overrides_as_rows", "search_values"]
