"""The checklist book (``resources/checklists``), loaded once and checked against the
policy book's sources and parameters; :func:`build_checklist` fills its ``{policy:KEY}``
placeholders for the user's region and day (the user's overrides applied)."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Sequence
from datetime import date

from yibao.domain.checklists import ChecklistBook, ChecklistEntry, Facts, load_checklists
from yibao.domain.kernel import PolicyView
from yibao.domain.policy import Override, ParameterInfo, Source
from yibao.resources import resource_path
from yibao.services.policy import english_catalogue, policy_book


@functools.cache
def checklist_book() -> ChecklistBook:
    """Every checklist; item sources must exist in ``policy/sources.toml`` or the file, and
    every ``{policy:KEY}`` placeholder must name a parameter of ``policy/parameters.toml``."""
    book = policy_book()
    checklists = load_checklists(
        resource_path("checklists"),
        known_sources=[s.id for s in book.sources()],
        parameters=book.parameters(),
    )
    if checklists.english is None:
        return checklists
    # in English, the book's text values in {policy:…} read as its English catalogue has them
    english = dataclasses.replace(checklists.english, words=_policy_words)
    return dataclasses.replace(checklists, english=english)


def _policy_words(info: ParameterInfo, value: str, field_name: str | None) -> str:
    return english_catalogue().choice(info, value, field_name)


def checklist_view(
    region_code: str | None, at: date, overrides: Sequence[Override] = ()
) -> PolicyView:
    """The policy book as the checklist's reader sees it (region, day, own overrides)."""
    return PolicyView(policy_book(), region_code, at, tuple(overrides))


def build_checklist(
    checklist_id: str,
    facts: Facts,
    *,
    region_code: str | None,
    at: date,
    overrides: Sequence[Override] = (),
) -> list[ChecklistEntry]:
    """The items of *checklist_id* for *facts*, their ``{policy:…}`` values for
    *region_code* on *at* (see :meth:`ChecklistBook.build`)."""
    view = checklist_view(region_code, at, overrides)
    return checklist_book().build(checklist_id, facts, view=view)


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
