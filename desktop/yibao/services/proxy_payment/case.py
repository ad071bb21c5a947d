"""代缴: the simulation kept as a case (我的事项) and the user's own contribution figure."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date

from yibao.domain.cases import Case, CaseKind
from yibao.domain.checklists import to_case_items
from yibao.domain.policy import Override
from yibao.domain.proxy_payment import (
    CHECKLIST_ID,
    ProxyResult,
    case_deadlines,
    case_title,
    checklist_facts,
    merge_items,
    payment_items,
    plan_to_data,
    result_to_data,
)
from yibao.domain.resident_pricing import (
    GroupRow,
    RegionContributions,
)
from yibao.services.database import Database

log = logging.getLogger(__name__)


def save_local_contribution(
    db: Database,
    region: RegionContributions,
    amount_text: str,
    note: str = "",
    group: str = "",
) -> Override:
    """The user's local figure for the region and benefit year, saved as 本地修改
    (``effective_from`` = 1 January of the benefit year, at the region's own level).

    Without *group*: the uniform standard (``resident.contribution.individual_min``). With a
    group of the region's table: that group's row of ``individual_by_group`` for the year
    (the year's other rows are kept only when they are that year's own, never an earlier
    year's). Raises :class:`InvalidInput` at ``value`` / ``note``.
    """
    from yibao.domain.money import AmountError, parse_yuan
    from yibao.domain.policy import FrozenTable, format_value
    from yibao.domain.resident_pricing import BY_GROUP_KEY, UNIFORM_KEY
    from yibao.services.errors import FieldError, InvalidInput
    from yibao.services.policy import policy_book, set_override

    start = date(region.benefit_year, 1, 1)
    if not group:
        return set_override(db, region.region_key, UNIFORM_KEY, start, amount_text, note)
    try:
        amount = parse_yuan(amount_text)
    except AmountError as exc:
        raise InvalidInput(
            FieldError("value", exc.message, exc.template, exc.params, "domain")
        ) from None
    keep = region.groups if region.groups_year == region.benefit_year else ()
    rows = [r for r in keep if r.group != group]
    rows.append(GroupRow(group, amount))
    order = {name: index for index, name in enumerate(region.group_names)}
    rows.sort(key=lambda r: order.get(r.group, len(order)))
    info = policy_book().info(BY_GROUP_KEY)
    value = tuple(
        FrozenTable(
            {
                "group": r.group,
                "amount": r.amount,
                **({"min_age": r.min_age} if r.min_age is not None else {}),
                **({"max_age": r.max_age} if r.max_age is not None else {}),
                **({"student": True} if r.student else {}),
            }
        )
        for r in rows
    )
    return set_override(db, region.region_key, BY_GROUP_KEY, start, format_value(info, value), note)


def build_case(
    result: ProxyResult,
    *,
    notes: str = "",
    existing_id: int | None = None,
    overrides: Iterable[Override] = (),
) -> Case:
    """The case for a simulation result (not saved); the checklist's policy values are the
    giver's region's on the plan date, with *overrides* (the user's own values)."""
    from yibao.services.checklists import build_checklist

    entries = build_checklist(
        CHECKLIST_ID,
        checklist_facts(result),
        region_code=result.plan.giver_region,
        at=result.plan.plan_date,
        overrides=tuple(overrides),
    )
    items = merge_items(to_case_items(entries), payment_items(result))
    plan = result.plan
    return Case(
        kind=CaseKind.PROXY_PAYMENT,
        title=case_title(result),
        member_id=plan.giver_member_id,
        inputs=plan_to_data(plan),
        result=result_to_data(result),
        items=items,
        deadlines=case_deadlines(result),
        notes=notes,
        id=existing_id,
    )


def preview_case(db: Database, result: ProxyResult) -> Case:
    """The case :func:`save_plan` would save, with the user's own values (not saved)."""
    from yibao.services.policy import list_overrides

    return build_case(result, overrides=list_overrides(db))


def save_plan(db: Database, result: ProxyResult, notes: str = "") -> Case:
    """Save the simulation as a new case in 我的事项 and return it (with ids)."""
    from yibao.services.cases import save_case
    from yibao.services.policy import list_overrides

    case = build_case(result, notes=notes.strip(), overrides=list_overrides(db))
    saved = save_case(db, case)
    log.info("proxy-payment plan saved as case %s (%d relatives)", saved.id, len(result.rows))
    return saved
