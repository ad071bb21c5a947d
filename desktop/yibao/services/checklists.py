"""The checklist book (``resources/checklists``), loaded once and checked against the
policy book's sources."""

from __future__ import annotations

import functools

from yibao.domain.checklists import ChecklistBook, load_checklists
from yibao.resources import resource_path
from yibao.services.policy import policy_book


@functools.cache
def checklist_book() -> ChecklistBook:
    """Every checklist; item sources must exist in ``policy/sources.toml`` or the file."""
    known = [s.id for s in policy_book().sources()]
    return load_checklists(resource_path("checklists"), known_sources=known)
