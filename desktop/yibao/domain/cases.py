"""Cases (我的事项): a saved plan with a checklist, deadlines and progress.

One shape serves every wizard that hands the user something to do (代缴, 异地就医备案,
个人账户返还): the wizard's inputs and result are kept as typed JSON so the case can be shown,
explained and exported again; the checklist items and deadlines are rows the user ticks off.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from yibao.domain.i18n import QT_TRANSLATE_NOOP


class CaseKind(enum.StrEnum):
    PROXY_PAYMENT = "proxy_payment"  # 代缴
    OFFSITE_FILING = "offsite_filing"  # 异地就医备案（及手工报销）
    REFUND = "refund"  # 个人账户返还 / 一次性支取 / 继承 / 退费

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    CaseKind.PROXY_PAYMENT: QT_TRANSLATE_NOOP("domain", "代缴居民医保"),
    CaseKind.OFFSITE_FILING: QT_TRANSLATE_NOOP("domain", "异地就医备案"),
    CaseKind.REFUND: QT_TRANSLATE_NOOP("domain", "个人账户返还"),
}


class CaseStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    CaseStatus.OPEN: QT_TRANSLATE_NOOP("domain", "进行中"),
    CaseStatus.DONE: QT_TRANSLATE_NOOP("domain", "已办完"),
    CaseStatus.CANCELLED: QT_TRANSLATE_NOOP("domain", "已取消"),
}


@dataclass(frozen=True, slots=True)
class CaseItem:
    """One line of a case's checklist (a step, a document to bring, a thing to check)."""

    key: str  # the checklist item id from resources/checklists (stable across versions)
    section: str  # e.g. "steps", "materials", "after"
    text: str
    why: str = ""
    required: bool = True
    source_id: str | None = None
    done: bool = False
    done_at: datetime | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Deadline:
    label: str
    due: date
    done: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Case:
    kind: CaseKind
    title: str
    member_id: int | None
    status: CaseStatus = CaseStatus.OPEN
    #: what the user entered in the wizard (typed JSON: str/int/bool/Decimal/date/lists/maps)
    inputs: Mapping[str, object] = field(default_factory=dict)
    #: the wizard's result at the time it was saved (verdicts, amounts, dates)
    result: Mapping[str, object] = field(default_factory=dict)
    items: tuple[CaseItem, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None

    @property
    def progress(self) -> tuple[int, int]:
        """(done, total) over the required checklist items."""
        required = [i for i in self.items if i.required]
        return sum(1 for i in required if i.done), len(required)

    def next_deadline(self, today: date) -> Deadline | None:
        """The earliest deadline not yet done (overdue ones included, they come first)."""
        open_ = [d for d in self.deadlines if not d.done]
        return min(open_, key=lambda d: d.due) if open_ else None
