"""services.refund: inputs checked at the fields, overrides applied, cases saved and found
again after a restart, the balance from the history feature when it exists."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import pytest

from yibao.domain.cases import CaseKind
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.refund import Applicant, HeirRelation, RefundRequest, Scenario, Verdict
from yibao.paths import AppPaths
from yibao.services import cases, household, refund
from yibao.services import policy as policy_service
from yibao.services.database import Database, open_database
from yibao.services.errors import InvalidInput

TODAY = date(2025, 2, 1)


def _family(db: Database) -> tuple[Member, Member]:
    me = household.save_profile(
        db,
        Member(
            "张伟", Relation.SELF, Gender.MALE, date(1980, 5, 1), Scheme.EMPLOYEE_ACTIVE, "420100"
        ),
        today=TODAY,
    )
    father = household.add_member(
        db,
        Member(
            "张建国",
            Relation.PARENT,
            Gender.MALE,
            date(1950, 3, 1),
            Scheme.EMPLOYEE_RETIRED,
            "420100",
        ),
        today=TODAY,
    )
    return me, father


def _heir_request(**changes: object) -> RefundRequest:
    values: dict[str, object] = dict(
        scenario=Scenario.DEATH,
        applicant=Applicant.HEIR,
        region_code="420100",
        scheme=Scheme.EMPLOYEE_RETIRED,
        heir_relation=HeirRelation.CHILD,
        termination_date=date(2025, 1, 10),
        balance=Decimal("3456.78"),
    )
    values.update(changes)
    return RefundRequest(**values)  # type: ignore[arg-type]


def test_start_on_an_empty_database(db: Database) -> None:
    started = refund.start(db, TODAY)
    assert started.members == ()
    assert started.profile is None


def test_start_lists_profile_first(db: Database) -> None:
    me, father = _family(db)
    started = refund.start(db, TODAY)
    assert [m.id for m in started.members] == [me.id, father.id]
    assert started.profile is not None and started.profile.id == me.id


def test_inputs_checked_at_the_fields(db: Database) -> None:
    request = _heir_request(termination_date=None, region_code=None, heir_relation=None)
    with pytest.raises(InvalidInput) as caught:
        refund.assess_refund(db, request, TODAY, person_name=" ")
    assert caught.value.fields == (
        "region_code",
        "person_name",
        "termination_date",
        "heir_relation",
    )
    assert "请填写" in caught.value.for_field("termination_date")[0].message


def test_overrides_apply(db: Database) -> None:
    assert refund.assess_refund(db, _heir_request(), TODAY, "张建国").verdict is Verdict.NOT_YET
    policy_service.set_override(
        db, "city-420100", "refund.account.apply_after_termination_months", date(2000, 1, 1), "0"
    )
    result = refund.assess_refund(db, _heir_request(), TODAY, "张建国")
    assert result.verdict is Verdict.ELIGIBLE
    wait = next(
        r
        for r in result.reasons
        if any(b.key == "refund.account.apply_after_termination_months" for b in r.basis)
    )
    assert wait.overridden


def test_heir_case_saved_and_found_after_restart(tmp_paths: AppPaths) -> None:
    opened = open_database(tmp_paths)
    try:
        _, father = _family(opened.db)
        saved = refund.save_refund_case(
            opened.db,
            _heir_request(),
            TODAY,
            member_id=father.id,
            person_name=father.name,
            notes="问过窗口：材料齐全当场受理",
        )
    finally:
        opened.db.close()
    reopened = open_database(tmp_paths)
    try:
        assert saved.id is not None
        case = cases.get_case(reopened.db, saved.id)
    finally:
        reopened.db.close()
    assert case.kind is CaseKind.REFUND
    assert case.title == "参保人去世，继承人领取余额（张建国）"
    assert case.member_id == father.id
    assert case.notes == "问过窗口：材料齐全当场受理"
    keys = [i.key for i in case.items]
    assert "refund.mat.death_certificate" in keys
    assert "refund.mat.household_register" in keys
    assert "refund.check.wait_after_termination" in keys
    assert keys[0] == "refund.advice.1"  # "prepare now, apply after …"
    assert [(d.label, d.due) for d in case.deadlines] == [
        ("可以去申请了（终止参保满 2 个月）", date(2025, 3, 10))
    ]
    assert case.inputs["balance"] == Decimal("3456.78")
    assert case.inputs["termination_date"] == date(2025, 1, 10)
    assert case.inputs["region_name"] == "湖北省 武汉市"
    assert case.result["verdict"] == "not_yet"
    assert case.result["earliest_application"] == date(2025, 3, 10)
    done, total = case.progress
    assert done == 0 and total >= 8


def test_employer_case_for_someone_outside_the_household(db: Database) -> None:
    _family(db)
    request = RefundRequest(
        Scenario.LEAVE_REGION,
        Applicant.EMPLOYER,
        "420100",
        termination_date=date(2025, 3, 31),
        account_transferable=False,
        balance=Decimal("1200"),
    )
    saved = refund.save_refund_case(
        db, request, date(2025, 6, 3), member_id=None, person_name="李娜"
    )
    assert saved.member_id is None
    keys = {i.key for i in saved.items}
    assert {"refund.mat.employer_bank", "refund.mat.clerk_id", "refund.mat.finance_seal"} <= keys
    assert saved.result["verdict"] == "eligible"
    assert [d.due for d in saved.deadlines] == [date(2025, 6, 3)]


def test_not_eligible_case_keeps_only_what_to_do_instead(db: Database) -> None:
    request = RefundRequest(
        Scenario.DUPLICATE_ENROLMENT,
        Applicant.INSURED,
        "420100",
        Scheme.RESIDENT,
        benefit_year=2025,
        employee_enrolment_date=date(2025, 3, 10),
    )
    saved = refund.save_refund_case(
        db, request, date(2025, 4, 1), member_id=None, person_name="刘洋"
    )
    assert saved.result["verdict"] == "not_eligible"
    assert saved.items and all(i.section == "notes" for i in saved.items)
    assert all(i.key.startswith("refund.advice.") for i in saved.items)
    assert any("2026 年度" in i.text for i in saved.items)
    assert [d.due for d in saved.deadlines] == [date(2026, 1, 1)]
    reasons = saved.result["reasons"]
    assert isinstance(reasons, list | tuple)
    assert any(r["confidence"] == "unconfirmed" for r in reasons)


def test_balance_without_history_feature(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yibao.services.history", None)  # import fails
    assert refund.account_balance(db, 1, TODAY) is None


def test_balance_from_history_analysis(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    @dataclass
    class Account:
        balance: Decimal | None

    @dataclass
    class Analysis:
        account: Account | None

    fake = types.ModuleType("yibao.services.history")
    fake.analyse_member = lambda db, member_id, *, today: Analysis(Account(Decimal("12.00")))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "yibao.services.history", fake)
    assert refund.account_balance(db, 1, TODAY) == Decimal("12.00")

    fake.analyse_member = lambda db, member_id, *, today: Analysis(None)  # type: ignore[attr-defined]
    assert refund.account_balance(db, 1, TODAY) is None

    def gone(db: Database, member_id: int, *, today: date) -> Analysis:
        raise InvalidInput(())

    fake.analyse_member = gone  # type: ignore[attr-defined]
    assert refund.account_balance(db, 1, TODAY) is None


def test_balance_from_real_history(db: Database) -> None:
    """With the history feature: an opening balance recorded for the father is used."""
    history = pytest.importorskip("yibao.services.history")
    _, father = _family(db)
    assert father.id is not None
    assert refund.account_balance(db, father.id, TODAY) is None  # nothing recorded yet
    current = history.member_history(db, father.id)
    history.set_member_history(
        db,
        replace(current, opening_balance=Decimal("2345.60"), opening_date=date(2025, 1, 1)),
    )
    assert refund.account_balance(db, father.id, TODAY) == Decimal("2345.60")


def test_preview_uses_the_users_own_values_as_the_saved_case_does(db: Database) -> None:
    """The checklist shown before saving reads the user's 本地修改 as the saved case does: 武汉
    changed to 3 months reads 3 months in both (the preview said 2)."""
    policy_service.set_override(
        db, "city-420100", "refund.account.apply_after_termination_months", date(2000, 1, 1), "3"
    )
    assessment = refund.assess_refund(db, _heir_request(), TODAY, "张建国")
    preview = refund.preview_case(db, assessment, member_id=None, person_name="张建国")
    saved = refund.save_refund_case(
        db, _heir_request(), TODAY, member_id=None, person_name="张建国"
    )
    for case in (preview, saved):
        wait = next(i for i in case.items if i.key == "refund.check.wait_after_termination")
        assert wait.text == "终止参保满3个月以后再去申请。"
