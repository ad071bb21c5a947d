"""The checklist book (``resources/checklists``), loaded once and checked against the
policy book's sources."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from yibao.domain.checklists import ChecklistBook, load_checklists
from yibao.domain.policy import Source
from yibao.resources import resource_path
from yibao.services.policy import policy_book


@functools.cache
def checklist_book() -> ChecklistBook:
    """Every checklist; item sources must exist in ``policy/sources.toml`` or the file."""
    known = [s.id for s in policy_book().sources()]
    return load_checklists(resource_path("checklists"), known_sources=known)


def case_sources(source_ids: Iterable[str | None]) -> list[Source]:
    """The sources behind a case's items (policy book or checklist-local), first use first;
    unknown ids are skipped."""
    book = checklist_book()
    policy = policy_book()
    out: list[Source] = []
    seen: set[str] = set()
    for source_id in source_ids:
        if source_id is None or source_id in seen:
            continue
        seen.add(source_id)
        source = book.sources.get(source_id)
        if source is None:
            try:
                source = policy.source(source_id)
            except KeyError:
                continue
        out.append(source)
    return out
