"""代缴 wizard use cases: what the household and the policy book say, and keeping the plan.

* :func:`load_setup` – the givers (members with a personal account), the relatives to pay
  for, and — when those features exist — recorded 家庭共济 bindings and the balance and
  monthly credit from the contribution history. Both are optional: a typed balance and
  ad-hoc relatives always work.
* :func:`policy_facts` – the giver's rules (``proxy.*``, ``family.*``, ``ltc.*``) on the
  day they plan to act and each relative region's contribution and collection period for
  the benefit year, with the user's overrides applied.
* :func:`build_plan` – the plan the simulation runs, from what the user typed on the pages
  (:class:`GiverInput`, :class:`RelativeInput`) and the policy facts: the rules with a typed
  threshold, the account events up to :func:`event_horizon`, each relative's contribution
  and what it rests on; :func:`check` and :func:`run` check and simulate it.
* :func:`price_relative`, :func:`relation_to_giver`, :func:`order_by_amount`,
  :func:`suggested_mode`, :func:`planned_ltc`, :func:`default_benefit_year`,
  :func:`benefit_year_problem` – the small rules the pages need while the user edits.
* :func:`save_plan` – the simulation as a case (我的事项) of kind ``PROXY_PAYMENT``: the
  checklist for the mode, one item per relative's payment, the deadlines, inputs and result.

The package holds one job per file: :mod:`.setup` (the household and the policy facts),
:mod:`.plan` (the plan from the pages and the small rules the pages need) and :mod:`.case`
(keeping the plan as a case). Every name is importable from ``yibao.services.proxy_payment``
as before.
"""

from __future__ import annotations

from yibao.services.proxy_payment.case import (
    build_case,
    preview_case,
    save_local_contribution,
    save_plan,
)
from yibao.services.proxy_payment.plan import (
    CONTRIBUTION_KEY,
    HORIZON_MONTHS,
    TYPED_CONTRIBUTION_LABEL,
    GiverInput,
    RelativeFigures,
    RelativeInput,
    amount_due,
    benefit_year_problem,
    build_plan,
    check,
    default_benefit_year,
    event_horizon,
    giver_period,
    offered_benefit_years,
    order_by_amount,
    planned_ltc,
    price_relative,
    relation_to_giver,
    rules_for,
    run,
    suggested_mode,
)
from yibao.services.proxy_payment.setup import (
    FULLY_SUBSIDISED_GROUPS_KEY,
    LOOK_BACK_YEARS,
    SUBSIDISED_GROUPS_KEY,
    AccountInfo,
    PolicyFacts,
    ProxySetup,
    account_info,
    load_setup,
    policy_facts,
    subsidised_share,
)

__all__ = [
    "CONTRIBUTION_KEY",
    "FULLY_SUBSIDISED_GROUPS_KEY",
    "HORIZON_MONTHS",
    "LOOK_BACK_YEARS",
    "SUBSIDISED_GROUPS_KEY",
    "TYPED_CONTRIBUTION_LABEL",
    "AccountInfo",
    "GiverInput",
    "PolicyFacts",
    "ProxySetup",
    "RelativeFigures",
    "RelativeInput",
    "account_info",
    "amount_due",
    "benefit_year_problem",
    "build_case",
    "build_plan",
    "check",
    "default_benefit_year",
    "event_horizon",
    "giver_period",
    "load_setup",
    "offered_benefit_years",
    "order_by_amount",
    "planned_ltc",
    "policy_facts",
    "preview_case",
    "price_relative",
    "relation_to_giver",
    "rules_for",
    "run",
    "save_local_contribution",
    "save_plan",
    "subsidised_share",
    "suggested_mode",
]
