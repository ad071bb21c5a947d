"""A relative as the user edits it on the relatives page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from yibao.domain.money import AmountError, format_yuan, parse_yuan
from yibao.domain.people import Relation
from yibao.domain.proxy_payment import CollectionPeriod
from yibao.domain.resident_pricing import MemberPrice
from yibao.services import proxy_payment as service


@dataclass
class RelativeDraft:
    """A relative as the user edits it (texts as typed; validated when leaving the page)."""

    key: str
    name: str = ""
    relation: Relation | None = None
    region_code: str | None = None
    member_id: int | None = None
    contribution_text: str = ""
    #: the amount was filled in from the policy book and not changed by the user
    contribution_auto: bool = True
    #: the priced figure from the book (``None`` until the region's figures are known)
    price: MemberPrice | None = None
    birth_date: date | None = None
    #: the contribution group the user chose (北京: 老年人 …); empty: by the book's conditions
    price_group: str = ""
    #: answered "in-school student?"; ``None``: not answered (default from the ages)
    student: bool | None = None
    group: str = ""
    share_percent: int = 100
    newborn: bool = False
    special_channel: bool = False
    bound: bool | None = None
    period: CollectionPeriod | None = None
    period_auto: bool = True

    def amount_or_none(self) -> Decimal | None:
        try:
            return parse_yuan(self.contribution_text)
        except AmountError:
            return None

    def due_text(self) -> str:
        amount = self.amount_or_none()
        if amount is None:
            return "—"
        return format_yuan(service.amount_due(amount, self.share_percent))
