"""The whole answer for one relative (:func:`assess_relative`: every rule, in the order the
wizard shows them) and the facts the ``binding`` checklist is built from
(:func:`guide_facts`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from yibao.domain.bindings import Binding
from yibao.domain.family.giver import check_giver
from yibao.domain.family.model import Verdict
from yibao.domain.family.one_giver import binding_reasons
from yibao.domain.family.regions import region_reasons
from yibao.domain.family.relations import relation_between
from yibao.domain.family.relative import enrolment_reason, relation_reason
from yibao.domain.family.threshold import money_reasons, quota_reason, threshold_fact
from yibao.domain.kernel import Finding, PolicyView
from yibao.domain.people import Gender, Member, Relation, age_on
from yibao.domain.policy import Override, PolicyBook


def assess_relative(
    giver: Member,
    relative: Member,
    *,
    at: date,
    book: PolicyBook,
    overrides: Sequence[Override] = (),
    bindings: Sequence[Binding] = (),
    names: Mapping[int, str] | None = None,
    user_gender: Gender | None = None,
    balance: Decimal | None = None,
) -> Verdict:
    """The eligibility verdict for *relative* using *giver*'s account on *at*, every reason.

    Rules are read from the policy book for the giver's region (``family.scope``,
    ``family.relative_schemes``, ``family.reach``, ``family.wallet_cross_province``,
    ``family.one_giver_per_relative``, ``family.min_retained_balance``,
    ``family.quota_locked``). *bindings* are the household's recorded bindings (for the
    one-授权人 rule and duplicates), *names* member id → name for the messages, *balance*
    the giver's current balance if the user knows it.
    """
    giver_check = check_giver(giver, at, book, overrides)
    reasons: list[Finding] = list(giver_check.blocked)
    relation = relation_between(giver, relative, user_gender)
    if reasons or giver.region_code is None:
        # Without a usable giver the rest cannot be judged; say only what blocks it.
        return Verdict(giver, relative, at, relation, None, tuple(reasons))
    view = PolicyView(book, giver.region_code, at, overrides)
    scope = view.texts("family.scope")
    reasons.append(relation_reason(giver, relative, relation, scope, at, view))
    window = view.for_region(relative.region_code or giver.region_code).table(
        "resident.collection.default_window"
    )
    reasons.append(enrolment_reason(relative, view.texts("family.relative_schemes"), at, window))
    region, distance, via_wallet = region_reasons(giver, relative, view)
    reasons += region
    reasons += binding_reasons(giver, relative, bindings, names or {}, view)
    reasons += money_reasons(giver, balance, view)
    quota = quota_reason(giver, view) if via_wallet else None
    if quota is not None:
        reasons.append(quota)
    return Verdict(giver, relative, at, relation, distance, tuple(reasons), via_wallet)


_RELATION_FACT = {
    Relation.SPOUSE: "spouse",
    Relation.PARENT: "parent",
    Relation.CHILD: "child",
    Relation.SIBLING: "sibling",
    Relation.PATERNAL_GRANDPARENT: "grandparent",
    Relation.MATERNAL_GRANDPARENT: "grandparent",
    Relation.GRANDCHILD: "grandchild",
    Relation.DAUGHTERS_CHILD: "grandchild",
}


def guide_facts(
    giver: Member,
    verdicts: Sequence[Verdict],
    at: date,
    book: PolicyBook,
    overrides: Sequence[Override] = (),
) -> dict[str, str | bool | tuple[str, ...]]:
    """Facts for the ``binding`` checklist (``resources/checklists/binding.toml``), from the
    verdicts of the relatives who qualify."""
    ok = [v for v in verdicts if v.eligible]
    relations = tuple(
        dict.fromkeys(_RELATION_FACT[v.relation] for v in ok if v.relation in _RELATION_FACT)
    )
    view = PolicyView(book, giver.region_code, at, overrides)
    threshold, _found = threshold_fact(view)
    minors = [v for v in ok if (age := age_on(v.relative.birth_date, at)) is not None and age < 18]
    facts: dict[str, str | bool | tuple[str, ...]] = {
        "relation": relations,
        "via_wallet": any(v.via_wallet for v in ok),
        "has_threshold": threshold > 0,
        "one_giver": view.flag("family.one_giver_per_relative").value is True,
        "one_giver_per_settlement": view.flag("family.one_giver_per_settlement").value is True,
        "auto_unbind": view.flag("family.auto_unbind").value is True,
        "minor": bool(minors),
    }
    if giver.region_code:
        facts["giver_region"] = giver.region_code
    return facts
