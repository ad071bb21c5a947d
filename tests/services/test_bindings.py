"""家庭共济 services: check, save, restart, mark done / dissolved, automatic dissolution when a
member's region or scheme changes, who-pays setup; with the shipped policy book."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from yibao.domain.bindings import Binding, BindingStatus
from yibao.domain.family import AUTO_DISSOLVED_PREFIX, NoticeKind, Rule
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.paths import AppPaths
from yibao.services import bindings as svc
from yibao.services import household
from yibao.services.database import Database, open_database
from yibao.services.errors import InvalidInput

TODAY = date(2026, 11, 22)
#: 山西 allowed only within the province from 2025-12 until the national rollout (2026-01-09)
SHANXI_PROVINCE_ONLY = date(2025, 12, 15)


def _member(
    name: str, relation: Relation, scheme: Scheme, region: str | None, **kw: object
) -> Member:
    values: dict[str, object] = dict(
        name=name,
        relation=relation,
        gender=Gender.FEMALE,
        birth_date=date(1985, 3, 1),
        scheme=scheme,
        region_code=region,
        enrolled=scheme is not Scheme.NONE,
    )
    values.update(kw)
    return Member(**values)  # type: ignore[arg-type]


@pytest.fixture
def family(db: Database) -> dict[str, Member]:
    """The Shanxi household of the issue: 职工 in 太原, spouse, mother in Henan, brother."""
    me = household.save_profile(
        db,
        _member("张伟", Relation.SELF, Scheme.EMPLOYEE_ACTIVE, "140100", gender=Gender.MALE),
        today=TODAY,
    )
    spouse = household.add_member(
        db, _member("李娜", Relation.SPOUSE, Scheme.RESIDENT, "140100"), today=TODAY
    )
    mother = household.add_member(
        db,
        _member("王秀英", Relation.PARENT, Scheme.RESIDENT, "410100", birth_date=date(1955, 6, 1)),
        today=TODAY,
    )
    brother = household.add_member(
        db,
        _member("张强", Relation.SIBLING, Scheme.NONE, "140100", gender=Gender.MALE),
        today=TODAY,
    )
    return {"me": me, "spouse": spouse, "mother": mother, "brother": brother}


def _id(m: Member) -> int:
    assert m.id is not None
    return m.id


def _plan(giver: Member, relative: Member, **kw: object) -> Binding:
    return Binding(giver_id=_id(giver), relative_id=_id(relative), **kw)  # type: ignore[arg-type]


def test_giver_candidates_say_who_can_give(db: Database, family: dict[str, Member]) -> None:
    checks = {c.member.name: c for c in svc.giver_candidates(db, TODAY)}
    assert checks["张伟"].qualifies
    assert not checks["李娜"].qualifies and "没有个人账户" in checks["李娜"].blocked[0].text
    assert not checks["张强"].qualifies


def test_assess_the_shanxi_household(db: Database, family: dict[str, Member]) -> None:
    result = svc.assess(
        db,
        _id(family["me"]),
        [_id(family["spouse"]), _id(family["mother"]), _id(family["brother"])],
        SHANXI_PROVINCE_ONLY,
        balance=Decimal("2500"),
        today=TODAY,
    )
    verdicts = {v.relative.name: v for v in result.verdicts}
    assert verdicts["李娜"].eligible
    assert not verdicts["王秀英"].eligible
    assert verdicts["王秀英"].blocked[0].code == Rule.REGION
    assert not verdicts["张强"].eligible
    assert verdicts["张强"].blocked[0].code == Rule.ENROLLED
    ids = [e.id for e in result.guide]
    assert "binding.region.shanxi" in ids and "binding.mat.marriage" in ids
    assert "binding.app.wallet" not in ids  # nobody qualifies cross-province
    assert "binding.after.threshold" in ids
    assert [v.relative.name for v in result.eligible] == ["李娜"]


def test_shanxi_guide_says_what_the_book_says_about_authorisers(
    db: Database, family: dict[str, Member]
) -> None:
    """山西 limits one 授权人 per *settlement* (one_giver_per_settlement), not per relative
    (one_giver_per_relative is false): the guide must not tell the user otherwise."""
    from yibao.services.policy import policy_book

    rule = policy_book().resolve("family.one_giver_per_relative", "140100", TODAY)
    assert rule is not None and rule.value is False
    result = svc.assess(db, _id(family["me"]), [_id(family["spouse"])], TODAY, today=TODAY)
    (shanxi,) = [e for e in result.guide if e.id == "binding.region.shanxi"]
    assert "只能有一名授权人" not in shanxi.text + shanxi.why
    (settlement,) = [e for e in result.guide if e.id == "binding.after.one_settlement"]
    assert "一次结算" in settlement.text


def test_the_guides_figures_come_from_the_book(db: Database, family: dict[str, Member]) -> None:
    """The ¥1,000 of 山西 is the book's (here the user's own ¥800 for 山西 replaces it)."""
    from yibao.services import policy

    result = svc.assess(db, _id(family["me"]), [_id(family["spouse"])], TODAY, today=TODAY)
    entries = {e.id: e for e in result.guide}
    assert "余额超过1000元的部分" in entries["binding.after.threshold"].why
    (basis,) = entries["binding.after.threshold"].basis
    assert basis.region_key == "province-14" and basis.key == "family.min_retained_balance"
    policy.set_override(db, "province-14", "family.min_retained_balance", date(2026, 1, 1), "800")
    result = svc.assess(db, _id(family["me"]), [_id(family["spouse"])], TODAY, today=TODAY)
    entries = {e.id: e for e in result.guide}
    assert "余额超过800元的部分" in entries["binding.after.threshold"].why
    assert "800元" in entries["binding.after.threshold"].why
    for entry in result.guide:
        assert "1000" not in entry.text + entry.why, entry.id
    # the payment order is the book's family.payment_order, with its basis
    order = entries["binding.after.order"]
    assert "先用亲属本人的个人账户，再用共济人的个人账户" in order.text
    assert order.basis[0].key == "family.payment_order"


def test_assess_needs_relatives(db: Database, family: dict[str, Member]) -> None:
    with pytest.raises(InvalidInput) as info:
        svc.assess(db, _id(family["me"]), [], TODAY)
    assert info.value.fields == ("relatives",)


def test_save_then_restart_keeps_the_binding(
    db: Database, family: dict[str, Member], tmp_paths: AppPaths
) -> None:
    saved = svc.save_bindings(
        db,
        [
            _plan(
                family["me"],
                family["spouse"],
                status=BindingStatus.ACTIVE,
                start_date=TODAY,
                notes="窗口办理",
            )
        ],
        at=TODAY,
        today=TODAY,
    )
    assert saved[0].id is not None and saved[0].notes == "窗口办理"
    db.close()
    reopened = open_database(tmp_paths, busy_timeout_ms=200)
    try:
        records = svc.list_bindings(reopened.db, TODAY)
    finally:
        reopened.db.close()
    assert len(records) == 1
    r = records[0]
    assert (r.giver.name, r.relative.name) == ("张伟", "李娜")
    assert r.binding.status is BindingStatus.ACTIVE and r.binding.start_date == TODAY
    assert r.binding.notes == "窗口办理"  # the snapshot is not part of the user's notes
    assert r.snapshot is not None and r.snapshot.relative_region == "140100"


def test_ineligible_relative_is_not_saved(db: Database, family: dict[str, Member]) -> None:
    with pytest.raises(InvalidInput) as info:
        svc.save_bindings(
            db,
            [_plan(family["me"], family["spouse"]), _plan(family["me"], family["mother"])],
            at=SHANXI_PROVINCE_ONLY,
            today=TODAY,
        )
    assert "王秀英" in info.value.errors[0].message and "省内" in info.value.errors[0].message
    assert svc.list_bindings(db, TODAY) == []  # all or nothing


def test_same_binding_twice_is_refused(db: Database, family: dict[str, Member]) -> None:
    svc.save_bindings(db, [_plan(family["me"], family["spouse"])], at=TODAY, today=TODAY)
    with pytest.raises(InvalidInput) as info:
        svc.save_bindings(db, [_plan(family["me"], family["spouse"])], at=TODAY, today=TODAY)
    assert "不用重复办理" in info.value.errors[0].message


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (dict(status=BindingStatus.ACTIVE), "start_date"),
        (dict(status=BindingStatus.ACTIVE, start_date=date(2026, 12, 1)), "start_date"),
        (dict(status=BindingStatus.DISSOLVED), "status"),
        (dict(status="nonsense"), "status"),
        (dict(notes="很" * 501), "notes"),
        (dict(notes="a\x1eb"), "notes"),
    ],
)
def test_bad_fields_are_refused_at_the_field(
    db: Database, family: dict[str, Member], changes: dict[str, object], field: str
) -> None:
    binding = dataclasses.replace(_plan(family["me"], family["spouse"]), **changes)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput) as info:
        svc.save_bindings(db, [binding], at=TODAY, today=TODAY)
    assert field in info.value.fields


def _active(db: Database, family: dict[str, Member]) -> Binding:
    (planned,) = svc.save_bindings(
        db, [_plan(family["me"], family["spouse"])], at=TODAY, today=TODAY
    )
    assert planned.id is not None
    return svc.mark_active(db, planned.id, start=date(2026, 11, 1), today=TODAY)


def test_mark_active_then_dissolve_by_hand(db: Database, family: dict[str, Member]) -> None:
    active = _active(db, family)
    assert active.status is BindingStatus.ACTIVE and active.start_date == date(2026, 11, 1)
    assert active.id is not None
    with pytest.raises(InvalidInput):
        svc.mark_active(db, active.id, start=TODAY, today=TODAY)  # not planned any more
    with pytest.raises(InvalidInput) as info:
        svc.dissolve(db, active.id, today=TODAY, day=date(2026, 10, 1))
    assert info.value.fields == ("end_date",)
    ended = svc.dissolve(db, active.id, today=TODAY, reason="改由她父亲共济")
    assert ended.status is BindingStatus.DISSOLVED and ended.end_date == TODAY
    assert ended.ended_reason == "手动标记为已解除：改由她父亲共济"
    with pytest.raises(InvalidInput):
        svc.dissolve(db, active.id, today=TODAY)
    # a manual dissolution is not an automatic-dissolution notice
    assert svc.reconcile_bindings(db, TODAY) == []
    # and the pair may be bound again
    assert svc.save_bindings(db, [_plan(family["me"], family["spouse"])], at=TODAY, today=TODAY)


def test_future_start_cannot_be_marked_done(db: Database, family: dict[str, Member]) -> None:
    (planned,) = svc.save_bindings(
        db, [_plan(family["me"], family["spouse"])], at=TODAY, today=TODAY
    )
    assert planned.id is not None
    with pytest.raises(InvalidInput) as info:
        svc.mark_active(db, planned.id, start=date(2027, 1, 1), today=TODAY)
    assert info.value.fields == ("start_date",)


def test_gone_binding_is_a_field_error(db: Database, family: dict[str, Member]) -> None:
    with pytest.raises(InvalidInput) as info:
        svc.dissolve(db, 999, today=TODAY)
    assert info.value.fields == ("id",)


def test_relative_moving_region_dissolves_automatically(
    db: Database, family: dict[str, Member]
) -> None:
    active = _active(db, family)
    household.update_member(
        db, dataclasses.replace(family["spouse"], region_code="140200"), today=TODAY
    )
    notices = svc.reconcile_bindings(db, TODAY)
    assert len(notices) == 1 and notices[0].new
    assert notices[0].kind is NoticeKind.AUTO_DISSOLVED
    assert "太原市变为山西省 大同市" in notices[0].text
    (record,) = svc.list_bindings(db, TODAY)
    assert record.binding.id == active.id
    assert record.binding.status is BindingStatus.DISSOLVED
    assert record.binding.ended_reason.startswith(AUTO_DISSOLVED_PREFIX)
    # later: still shown on the overview, no longer "new"
    later = svc.bindings_overview(db, date(2026, 12, 1))
    assert [n.new for n in later.notices] == [False]
    assert later.in_force == ()


def test_giver_scheme_ending_dissolves_automatically(
    db: Database, family: dict[str, Member]
) -> None:
    _active(db, family)
    household.save_profile(
        db, dataclasses.replace(family["me"], scheme=Scheme.RESIDENT), today=TODAY
    )
    (record,) = svc.list_bindings(db, TODAY)
    assert record.binding.status is BindingStatus.DISSOLVED
    assert "个人账户已不可用" in record.binding.ended_reason


def test_planned_binding_affected_by_a_change_gets_a_notice(
    db: Database, family: dict[str, Member]
) -> None:
    svc.save_bindings(db, [_plan(family["me"], family["spouse"])], at=TODAY, today=TODAY)
    household.update_member(
        db,
        dataclasses.replace(family["spouse"], scheme=Scheme.NONE, enrolled=False),
        today=TODAY,
    )
    notices = svc.reconcile_bindings(db, TODAY)
    assert [n.kind for n in notices] == [NoticeKind.PLANNED_AFFECTED]
    assert svc.reconcile_bindings(db, TODAY) == []  # said once
    (record,) = svc.list_bindings(db, TODAY)
    assert record.binding.status is BindingStatus.PLANNED


def test_removing_a_member_removes_their_bindings(db: Database, family: dict[str, Member]) -> None:
    _active(db, family)
    household.remove_member(db, _id(family["spouse"]))
    assert svc.list_bindings(db, TODAY) == []


def test_who_pays_setup_lists_active_givers_with_the_threshold(
    db: Database, family: dict[str, Member]
) -> None:
    _active(db, family)
    setup = svc.who_pays_setup(db, _id(family["spouse"]), TODAY)
    assert setup.relative.name == "李娜" and not setup.own_account
    (giver,) = setup.givers
    assert giver.name == "张伟" and giver.threshold == Decimal("1000.00")
    assert setup.order is not None and setup.order.confidence is not None
    assert setup.order.confidence.value == "unconfirmed"
    assert setup.thresholds and setup.thresholds[0][1].basis.region_key == "province-14"


def test_who_pays_keeps_the_shanxi_threshold(db: Database, family: dict[str, Member]) -> None:
    """李娜 (居民医保, no account of her own) has a ¥1,800 bill; 张伟 (太原) has ¥2,500, of
    which ¥1,000 must stay: his account pays ¥1,500 and ¥300 is paid by other means."""
    _active(db, family)
    setup = svc.who_pays_setup(db, _id(family["spouse"]), TODAY)
    plan = svc.who_pays(setup, Decimal("1800"), Decimal("0"), [Decimal("2500")])
    giver, cash = plan.lines
    assert (giver.name, giver.usable, giver.pays) == (
        "张伟",
        Decimal("1500.00"),
        Decimal("1500.00"),
    )
    assert giver.balance_after == Decimal("1000.00")
    assert cash.pays == plan.out_of_pocket == Decimal("300.00")
    assert plan.one_giver_per_settlement  # 山西: one 共济人 per settlement


def test_cross_province_guide_brings_the_wallet_steps(db: Database) -> None:
    """A 泸州 employee and a mother in 郑州 (2026 rules): eligible through the 医保钱包."""
    me = household.save_profile(
        db,
        _member("张伟", Relation.SELF, Scheme.EMPLOYEE_RETIRED, "510500", gender=Gender.MALE),
        today=TODAY,
    )
    mother = household.add_member(
        db, _member("王秀英", Relation.PARENT, Scheme.RESIDENT, "410100"), today=TODAY
    )
    result = svc.assess(db, _id(me), [_id(mother)], TODAY, today=TODAY)
    (verdict,) = result.verdicts
    assert verdict.eligible and verdict.via_wallet
    ids = [e.id for e in result.guide]
    assert "binding.app.wallet" in ids and "binding.region.generic" in ids
    assert "binding.region.shanxi" not in ids and "binding.after.threshold" not in ids
    assert all(e.source_id in result.sources for e in result.guide)


def test_a_relative_who_died_ends_the_binding_that_day_and_history_stays(
    db: Database, family: dict[str, Member]
) -> None:
    """已去世: the binding ends on the day of death, whatever the local rule; the member stays."""
    active = _active(db, family)
    died = date(2026, 10, 3)
    household.update_member(db, dataclasses.replace(family["spouse"], died_on=died), today=TODAY)
    notices = svc.reconcile_bindings(db, TODAY)
    assert [n.kind for n in notices] == [NoticeKind.AUTO_DISSOLVED]
    assert "李娜于2026-10-03去世" in notices[0].text
    (record,) = svc.list_bindings(db, TODAY)
    assert record.binding.id == active.id
    assert (record.binding.status, record.binding.end_date) == (BindingStatus.DISSOLVED, died)
    assert record.binding.ended_reason == "自动解除：李娜于2026-10-03去世"
    stored = next(m for m in household.list_members(db) if m.name == "李娜")
    assert stored.died_on == died and stored.deceased


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"died_on": date(2026, 12, 1)}, "died_on", "不能晚于今天"),
        ({"died_on": date(1980, 1, 1)}, "died_on", "不能早于出生日期"),
    ],
)
def test_death_dates_are_checked_at_the_field(
    db: Database, family: dict[str, Member], changes: dict[str, object], field: str, fragment: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        household.update_member(db, dataclasses.replace(family["spouse"], **changes), today=TODAY)
    assert [(e.field, fragment in e.message) for e in caught.value.errors] == [(field, True)]


def test_the_user_cannot_be_marked_as_deceased(db: Database, family: dict[str, Member]) -> None:
    with pytest.raises(InvalidInput) as caught:
        household.save_profile(
            db, dataclasses.replace(family["me"], died_on=date(2026, 1, 1)), today=TODAY
        )
    assert caught.value.errors[0].field == "died_on"


def test_intro_and_hint_follow_the_books_dissolution_rule_for_the_users_region(
    db: Database, family: dict[str, Member]
) -> None:
    """Automatic dissolution is stated only where and when the book has it (family.auto_unbind:
    nationally from 2026-01-09); before that the intro and the hint say 以当地为准."""
    ids = lambda entries: [e.id for e in entries]  # noqa: E731
    now, _sections = svc.intro_guide(db, TODAY)
    assert "binding.intro.voluntary" in ids(now)
    assert "binding.intro.voluntary_local" not in ids(now)
    before, _sections = svc.intro_guide(db, date(2025, 6, 1))
    assert "binding.intro.voluntary_local" in ids(before)
    assert "binding.intro.voluntary" not in ids(before)
    assert all("自动解除。" not in e.text for e in before)

    # what the money may pay for is the book's family.usable_for (national from 2026-01-09)
    (what,) = [e for e in now if e.id == "binding.intro.what"]
    assert "定点医疗机构和药店的个人自付费用、居民医保个人缴费、长期护理保险个人缴费" in what.text
    assert what.basis and what.basis[0].key == "family.usable_for"
    (early_what,) = [e for e in before if e.id == "binding.intro.what"]
    assert early_what.missing and "长期护理" not in early_what.text

    hint = svc.dissolution_rule_now(db, TODAY)
    assert hint.code == Rule.AUTO_UNBIND and "2026-01-09" in hint.text
    early = svc.dissolution_rule_now(db, date(2025, 6, 1))
    assert early.missing and "以当地医保部门公布为准" in early.text


def test_the_auto_unbind_step_rests_on_the_books_rule(
    db: Database, family: dict[str, Member]
) -> None:
    result = svc.assess(db, _id(family["me"]), [_id(family["spouse"])], TODAY, today=TODAY)
    (entry,) = [e for e in result.guide if e.id == "binding.after.auto_unbind"]
    assert "参保变动自动解除共济：是" in entry.why
    (basis,) = entry.basis
    assert basis.key == "family.auto_unbind" and basis.effective_from == date(2026, 1, 9)
    early = svc.assess(
        db, _id(family["me"]), [_id(family["spouse"])], date(2025, 6, 1), today=TODAY
    )
    assert all(e.id != "binding.after.auto_unbind" for e in early.guide)
