"""What a reminder is: one deadline the app knows, what to do about it, and where to go.

Text is kept as templates with parameters (translated by the UI at display time, written
as they are — Chinese — into calendar files by the services).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from yibao.domain.kernel import Basis

#: the domain part of every reminder's calendar UID (RFC 5545 §3.8.4.7: globally unique)
UID_DOMAIN = "yibao.local"


class ReminderKind(enum.StrEnum):
    CASE = "case"  # a deadline of an open case (代缴, 异地备案 / 手工报销, 返还 …)
    COLLECTION = "collection"  # a 居民医保 member's collection-period end (集中征缴期)
    RENEWAL = "renewal"  # a flexible worker's yearly renewal window (续保缴费期)


def fill(template: str, params: Mapping[str, object]) -> str:
    """*template* with its parameters (no translation: the source language, Chinese)."""
    return template.format(**params) if params else template


@dataclass(frozen=True, slots=True)
class Reminder:
    """One deadline with its stable calendar UID and what to do before it."""

    uid: str
    due: date
    kind: ReminderKind
    title: str  # template
    action: str  # template: what to do
    params: Mapping[str, object] = field(default_factory=dict)
    #: what happens when the day passes (template, same params; "" when nothing is known)
    consequence: str = ""
    #: the case it belongs to, the member it concerns
    case_id: int | None = None
    member_id: int | None = None
    #: where to act in the app: a wizard name (registry) or a page name
    wizard: str | None = None
    page: str | None = None
    #: the date is the usual months, not a published date (以当地公布为准)
    estimated: bool = False
    #: the case deadline was ticked off, or its case closed (written as cancelled)
    done: bool = False
    basis: Basis | None = None

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    @property
    def title_text(self) -> str:
        return fill(self.title, self.params)

    @property
    def action_text(self) -> str:
        return fill(self.action, self.params)

    @property
    def consequence_text(self) -> str:
        return fill(self.consequence, self.params) if self.consequence else ""
