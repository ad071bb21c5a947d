"""Which 代缴 rules hold in the giver's region on the day they plan to act: the balance
threshold (``family.min_retained_balance``), ``proxy.*``, ``family.scope``/``reach``, each with
where it came from (:class:`~yibao.domain.kernel.Basis`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Basis, Fact, PolicyView
from yibao.domain.money import format_yuan
from yibao.domain.policy import Override, PolicyBook
from yibao.domain.proxy_payment.labels import ProxyMode

__all__ = ["RULE_KEYS", "ProxyRules", "rules_from_book", "rules_from_view"]

THRESHOLD_KEY = "family.min_retained_balance"


@dataclass(frozen=True)
class ProxyRules:
    """The giver's region's rules on the day they plan to act (defaults: the loosest reading,
    so a simulation without the policy book still runs; :func:`rules_from_book` fills them)."""

    #: only the balance above this is usable (Shanxi 1,000); ``None`` = no threshold
    min_retained_balance: Decimal | None = None
    requires_binding: bool = True
    requires_sufficient_balance: bool = True
    within_collection_period: bool = True
    current_year_only: bool = False
    excluded_groups: tuple[str, ...] = ()
    #: relations the account may pay for (Relation labels); ``None`` = not recorded
    scope: tuple[str, ...] | None = None
    #: 统筹区内 / 省内跨统筹区 / 跨省; ``None`` = not recorded
    reach: str | None = None
    wallet_cross_province: bool | None = None
    tax_channel_deduction: bool | None = None
    pay_then_refund: bool | None = None
    wallet_quota: bool | None = None
    refund_payout_lag_months: int | None = None
    resubmit_failed_payout: bool | None = None
    tax_invoice_issued: bool | None = None
    cancellable: bool | None = None
    quota_locked: bool | None = None
    #: policy key → where the value came from
    basis: Mapping[str, Basis] = field(default_factory=dict)

    def mode_supported(self, mode: ProxyMode) -> bool | None:
        """``True``/``False`` when the book says so for the region, ``None`` when unknown."""
        if mode is ProxyMode.DIRECT:
            return self.tax_channel_deduction
        if mode is ProxyMode.PAY_THEN_REFUND:
            return self.pay_then_refund
        return self.wallet_quota

    def basis_of(self, key: str) -> Basis | None:
        return self.basis.get(key)

    def with_threshold(self, value: Decimal | None) -> ProxyRules:
        """The same rules with the threshold the user typed (``None`` = no threshold)."""
        basis = dict(self.basis)
        if value is None:
            basis.pop("family.min_retained_balance", None)
        else:
            basis["family.min_retained_balance"] = Basis.typed(
                "family.min_retained_balance",
                QT_TRANSLATE_NOOP("domain", "可共济的余额起点"),
                format_yuan(value),
            )
        return replace(self, min_retained_balance=value, basis=basis)


#: rule attribute ← policy key, and how the view reads it
_RULE_KEYS: tuple[tuple[str, str, str], ...] = (
    ("min_retained_balance", THRESHOLD_KEY, "decimal"),
    ("requires_binding", "proxy.requires_binding", "flag"),
    ("requires_sufficient_balance", "proxy.requires_sufficient_balance", "flag"),
    ("within_collection_period", "proxy.within_collection_period", "flag"),
    ("current_year_only", "proxy.current_year_only", "flag"),
    ("excluded_groups", "proxy.excluded_groups", "texts"),
    ("scope", "family.scope", "texts"),
    ("reach", "family.reach", "text"),
    ("wallet_cross_province", "family.wallet_cross_province", "flag"),
    ("tax_channel_deduction", "proxy.tax_channel_deduction", "flag"),
    ("pay_then_refund", "proxy.pay_then_refund", "flag"),
    ("wallet_quota", "proxy.wallet_quota", "flag"),
    ("refund_payout_lag_months", "proxy.refund_payout_lag_months", "integer"),
    ("resubmit_failed_payout", "proxy.resubmit_failed_payout", "flag"),
    ("tax_invoice_issued", "proxy.tax_invoice_issued", "flag"),
    ("cancellable", "proxy.cancellable", "flag"),
    ("quota_locked", "family.quota_locked", "flag"),
)

#: keys :func:`rules_from_book` reads (for tests and the "依据" list)
RULE_KEYS: tuple[str, ...] = tuple(key for _, key, _ in _RULE_KEYS)


def rules_from_book(
    book: PolicyBook,
    region_code: str | None,
    at: date,
    overrides: Sequence[Override] = (),
) -> ProxyRules:
    """The rules in force for the giver's region on *at* (the day they plan to act)."""
    return rules_from_view(PolicyView(book, region_code, at, overrides))


def rules_from_view(view: PolicyView) -> ProxyRules:
    """The rules the view's region has on the view's day.

    A rule the book has no value for keeps :class:`ProxyRules`' default (booleans that gate
    eligibility default to the strict reading the national data gives; unknown modes stay
    ``None``, which the result reports as "not recorded, ask locally").
    """
    values: dict[str, object] = {}
    basis: dict[str, Basis] = {}
    for attr, key, kind in _RULE_KEYS:
        fact: Fact[object] = getattr(view, kind)(key)
        if fact.value is None:
            continue
        values[attr] = fact.value
        # the view's basis: a national rule is the rule, never marked as a national fallback
        basis[key] = fact.basis
    return ProxyRules(basis=basis, **values)  # type: ignore[arg-type]
