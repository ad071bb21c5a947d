"""家庭共济 bindings between a giver (共济人) and a relative, as the household records them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import LabelledEnum


class BindingStatus(LabelledEnum):
    PLANNED = "planned", QT_TRANSLATE_NOOP("domain", "计划中")
    ACTIVE = "active", QT_TRANSLATE_NOOP("domain", "已办理")
    DISSOLVED = "dissolved", QT_TRANSLATE_NOOP("domain", "已解除")


@dataclass(frozen=True, slots=True)
class Binding:
    giver_id: int
    relative_id: int
    status: BindingStatus = BindingStatus.PLANNED
    start_date: date | None = None
    end_date: date | None = None
    #: why it ended (e.g. "参保地变更，自动解除"), empty while in force
    ended_reason: str = ""
    notes: str = ""
    id: int | None = None
