"""代缴 use cases on a real database: the setup (with and without bindings and history), the
policy facts, and the plan saved as a case that survives a restart."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from yibao.domain.cases import CaseKind
from yibao.domain.contributions import MemberHistory, Month
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.proxy_payment import (
    ProxyMode,
    ProxyPlan,
    Relative,
    Verdict,
    plan_from_data,
    project_events,
    simulate,
)
from yibao.paths import AppPaths
from yibao.services import cases, household
from yibao.services import proxy_payment as service
from yibao.services.database import Database, open_database
from yibao.services.errors import InvalidInput

TODAY = date(2025, 10, 15)


def _member(name: str, relation: Relation, scheme: Scheme, region: str = "510500") -> Member:
    return Member(
        name=name,
        relation=relation,
        gender=Gender.FEMALE,
        birth_date=date(1960, 3, 1) if relation is Relation.PARENT else date(1985, 1, 1),
        scheme=scheme,
        region_code=region,
    )


def _household(db: Database) -> dict[str, Member]:
    me = household.save_profile(
        db, _member("张伟", Relation.SELF, Scheme.EMPLOYEE_ACTIVE), today=TODAY
    )
    mother = household.add_member(
        db, _member("王芳", Relation.PARENT, Scheme.RESIDENT), today=TODAY
    )
    spouse = household.add_member(
        db, _member("李娜", Relation.SPOUSE, Scheme.EMPLOYEE_RETIRED), today=TODAY
    )
    return {"me": me, "mother": mother, "spouse": spouse}


def test_setup_on_an_empty_database(db: Database) -> None:
    setup = service.load_setup(db, TODAY)
    assert setup.profile is None and setup.givers == () and setup.relatives == ()
    assert setup.bound(None, 1) is None


def test_setup_lists_givers_and_residents_first(db: Database) -> None:
    people = _household(db)
    setup = service.load_setup(db, TODAY)
    assert [m.name for m in setup.givers] == ["张伟", "李娜"]
    assert [m.name for m in setup.relatives] == ["王芳", "李娜"]
    assert setup.profile is not None and setup.profile.id == people["me"].id
    # no bindings recorded: not known
    assert setup.bound(people["me"].id, people["mother"].id) is None


def test_setup_reads_recorded_bindings(db: Database) -> None:
    from yibao.domain.bindings import Binding, BindingStatus
    from yibao.services import bindings

    people = _household(db)
    me, mother = people["me"], people["mother"]
    assert me.id is not None and mother.id is not None
    bindings.save_bindings(
        db,
        [Binding(me.id, mother.id, BindingStatus.ACTIVE, start_date=date(2025, 1, 1))],
        at=TODAY,
        today=TODAY,
    )
    setup = service.load_setup(db, TODAY)
    assert setup.bindings is not None
    assert setup.bound(me.id, mother.id) is True


def test_setup_reads_the_balance_from_history(db: Database) -> None:
    from yibao.services import history

    people = _household(db)
    me = people["me"]
    assert me.id is not None
    history.set_member_history(
        db, MemberHistory(me.id, opening_balance=D("1500.00"), opening_date=date(2025, 9, 30))
    )
    from yibao.domain.contributions import ContributionRecord

    history.save_record(
        db,
        ContributionRecord(
            me.id,
            Month(2025, 10),
            Scheme.EMPLOYEE_ACTIVE,
            personal=D("120.00"),
            employer=D("480.00"),
            base=D("6000.00"),
            credited=D("120.00"),
        ),
        today=TODAY,
    )
    info = service.account_info(db, me.id, TODAY)
    assert info is not None and info.balance == D("1620.00")
    assert info.monthly_credit is not None and info.monthly_credit > 0
    assert info.projection and info.projection[0][0] == date(2025, 11, 1)
    assert info.balance_on is not None and info.balance_on <= TODAY
    setup = service.load_setup(db, TODAY)
    assert setup.accounts[me.id].balance == D("1620.00")
    assert service.account_info(db, people["mother"].id or 0, TODAY) is None
    # the balance includes this month; flat credits start next month
    assert info.next_credit_month == Month(2025, 11).first_day


def test_policy_facts_use_the_giver_and_relative_regions(db: Database) -> None:
    facts = service.policy_facts(db, "410105", ["410102", "510903"], 2025, date(2024, 10, 20))
    assert facts.rules.pay_then_refund is True
    assert facts.rules.refund_payout_lag_months == 1
    suining = facts.region("510903")
    assert suining is not None and suining.uniform is not None
    assert suining.uniform.value == D("400") and suining.uniform_year == 2025
    period = facts.periods["410102"]  # 郑州's own 2025 window (city-410100)
    assert period is not None and not period.estimated
    assert (period.start, period.end) == (date(2024, 10, 10), date(2024, 12, 31))
    national = facts.region(None)
    assert national is not None and national.uniform is not None
    assert national.uniform.region_key == "national"


def test_policy_facts_2026_fall_back_to_2025(db: Database) -> None:
    facts = service.policy_facts(db, "510502", ["510502"], 2026, TODAY)
    figure = facts.region("510502")
    assert figure is not None and figure.uniform is not None
    assert figure.benefit_year == 2026 and figure.uniform_year == 2025  # an earlier year's


def test_policy_facts_apply_overrides(db: Database) -> None:
    from yibao.services import policy

    policy.set_override(db, "province-51", "family.min_retained_balance", date(2024, 1, 1), "800")
    facts = service.policy_facts(db, "510502", [], 2026, TODAY)
    assert facts.rules.min_retained_balance == D("800")


def _result(member_id: int | None, mode: ProxyMode = ProxyMode.DIRECT):  # type: ignore[no-untyped-def]
    from yibao.domain.proxy_payment import CollectionPeriod, ProxyRules

    period = CollectionPeriod(date(2025, 9, 1), date(2025, 12, 31))
    rels = tuple(
        Relative(k, n, D(400), Relation.PARENT, "510502", collection=period)
        for k, n in (("a", "父亲"), ("b", "母亲"), ("c", "女儿"))
    )
    plan = ProxyPlan(
        D(1500),
        2026,
        TODAY,
        mode,
        rels,
        ProxyRules(refund_payout_lag_months=1).with_threshold(D(1000)),
        project_events(TODAY, date(2027, 12, 31), monthly_credit=D(180), credit_day=10),
        giver_member_id=member_id,
        giver_region="510502",
        giver_name="张伟",
    )
    return simulate(plan)


def test_save_plan_and_find_it_after_a_restart(db: Database, tmp_paths: AppPaths) -> None:
    me = _household(db)["me"]
    result = _result(me.id)
    saved = service.save_plan(db, result)
    assert saved.id is not None and saved.kind is CaseKind.PROXY_PAYMENT
    assert saved.member_id == me.id
    assert saved.title == "代缴 2026 年度居民医保（父亲、母亲、女儿）"
    keys = [i.key for i in saved.items]
    assert {"proxy.pay.a", "proxy.pay.b", "proxy.pay.c", "proxy.check.threshold"} <= set(keys)
    assert keys.index("proxy.pay.a") > keys.index("proxy.direct.open")
    assert [d.due for d in saved.deadlines] == [date(2025, 12, 10), date(2025, 12, 31)]
    db.close()

    reopened = open_database(tmp_paths, busy_timeout_ms=200).db
    try:
        [found] = cases.list_cases(reopened, TODAY)
        assert found.id == saved.id
        assert (
            found.result["summary"] == "现在可以代缴：父亲，共 ¥400.00；缴完后账户余额 ¥1,100.00。"
        )
        rows = found.result["rows"]
        assert [r["verdict"] for r in rows] == ["now", "later", "short"]  # type: ignore[attr-defined,index]
        plan = plan_from_data(found.inputs)
        assert [r.verdict for r in simulate(plan).rows] == [
            Verdict.NOW,
            Verdict.LATER,
            Verdict.SHORT,
        ]
        item = next(i for i in found.items if i.key == "proxy.pay.a")
        assert item.id is not None
        ticked = cases.set_item_done(reopened, item.id, True)
        assert next(i for i in ticked.items if i.key == "proxy.pay.a").done
    finally:
        reopened.close()


def test_save_plan_pay_then_refund_items(db: Database) -> None:
    saved = service.save_plan(db, _result(None, ProxyMode.PAY_THEN_REFUND))
    keys = [i.key for i in saved.items]
    assert "proxy.pay.a.returned" in keys and "proxy.refund.bank_card" in keys
    labels = [d.label for d in saved.deadlines]
    assert "查询父亲的返还是否到账" in labels


def test_local_contribution_is_saved_for_the_region_and_year(db: Database) -> None:
    """填写当地数值: 成都 2027 (the book has 2026's) → 本地修改 of 成都市 from 2027-01-01."""
    facts = service.policy_facts(db, "510100", ["510100"], 2027, date(2026, 12, 1))
    region = facts.region("510100")
    assert region is not None and region.uniform is not None
    assert region.uniform.region_key == "city-510100" and region.uniform_year == 2026
    saved = service.save_local_contribution(db, region, "430", "成都医保局通知")
    assert (saved.region_key, saved.key, saved.effective_from) == (
        "city-510100",
        "resident.contribution.individual_min",
        date(2027, 1, 1),
    )
    again = service.policy_facts(db, "510100", ["510100"], 2027, date(2026, 12, 1))
    local = again.region("510100")
    assert local is not None and local.uniform is not None
    assert local.uniform.overridden and local.uniform.value == D("430")
    with pytest.raises(InvalidInput):
        service.save_local_contribution(db, region, "abc")


def test_local_group_figure_keeps_only_that_years_rows(db: Database) -> None:
    """北京 2027: the 2026 table is only offered; a 2027 figure for one group is saved alone."""
    facts = service.policy_facts(db, "110000", ["110000"], 2027, date(2026, 12, 1))
    region = facts.region("110000")
    assert region is not None and region.groups_year == 2026
    service.save_local_contribution(db, region, "480", group="老年人")
    region = service.policy_facts(db, "110000", ["110000"], 2027, date(2026, 12, 1)).region(
        "110000"
    )
    assert region is not None and region.groups_year == 2027
    assert [(r.group, r.amount) for r in region.groups] == [("老年人", D("480.00"))]
    service.save_local_contribution(db, region, "455", group="学生儿童")
    region = service.policy_facts(db, "110000", ["110000"], 2027, date(2026, 12, 1)).region(
        "110000"
    )
    assert region is not None
    assert [(r.group, r.amount) for r in region.groups] == [
        ("老年人", D("480.00")),
        ("学生儿童", D("455.00")),
    ]
