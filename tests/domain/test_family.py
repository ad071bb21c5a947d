"""家庭共济 rules: giver checks, every relative rule and region variant, relations between
members, reconciliation (automatic dissolution) and who pays a relative's bill.

The policy book is the shipped one (``resources/policy``), so these are also tests of the data.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yibao.domain.bindings import Binding, BindingStatus
from yibao.domain.family import (
    AUTO_DISSOLVED_PREFIX,
    BindingRecord,
    Distance,
    NoticeKind,
    Outcome,
    PayerBalance,
    PayerRole,
    Rule,
    Verdict,
    allocate_payment,
    assess_relative,
    check_giver,
    earlier_notice,
    reconcile_binding,
    relation_between,
    snapshot_of,
    usable_balance,
)
from yibao.domain.kernel import Basis, Finding, Level
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.policy import Confidence, Override, PolicyBook, Source, load_policy_book

POLICY_DIR = Path(__file__).resolve().parents[2] / "resources" / "policy"
TODAY = date(2026, 11, 22)
TAIYUAN = "140100"
DATONG = "140200"
ZHENGZHOU = "410100"
LUZHOU = "510500"
WUHAN = "420100"
YICHANG = "420500"
CHENGDU = "510100"


@pytest.fixture(scope="module")
def book() -> PolicyBook:
    return load_policy_book(POLICY_DIR)


def person(
    name: str,
    relation: Relation,
    scheme: Scheme,
    region: str | None,
    *,
    enrolled: bool | None = None,
    member_id: int | None = None,
    gender: Gender = Gender.FEMALE,
) -> Member:
    return Member(
        name=name,
        relation=relation,
        gender=gender,
        birth_date=date(1980, 1, 1),
        scheme=scheme,
        region_code=region,
        enrolled=scheme is not Scheme.NONE if enrolled is None else enrolled,
        id=member_id,
    )


GIVER = person(
    "张伟", Relation.SELF, Scheme.EMPLOYEE_ACTIVE, TAIYUAN, member_id=1, gender=Gender.MALE
)
SPOUSE = person("李娜", Relation.SPOUSE, Scheme.RESIDENT, TAIYUAN, member_id=2)
MOTHER = person("王秀英", Relation.PARENT, Scheme.RESIDENT, ZHENGZHOU, member_id=3)
BROTHER = person("张强", Relation.SIBLING, Scheme.NONE, TAIYUAN, member_id=4, gender=Gender.MALE)


def assess(
    book: PolicyBook, giver: Member, relative: Member, at: date = TODAY, **kw: object
) -> Verdict:
    return assess_relative(giver, relative, at=at, book=book, user_gender=Gender.MALE, **kw)  # type: ignore[arg-type]


def status(verdict: Verdict, rule: Rule) -> Level:
    reason = verdict.reason(rule)
    assert reason is not None, f"no {rule} reason in {[r.code for r in verdict.reasons]}"
    return reason.level


def basis_of(finding: Finding) -> Basis | None:
    """The policy value a finding rests on (``None``: the household's own data)."""
    return finding.basis[0] if finding.basis else None


def source_of(finding: Finding) -> Source | None:
    return finding.sources[0] if finding.sources else None


# ------------------------------------------------------------------ the Shanxi household


def test_shanxi_spouse_resident_same_city_is_eligible(book: PolicyBook) -> None:
    v = assess(book, GIVER, SPOUSE)
    assert v.outcome is Outcome.ELIGIBLE
    assert v.distance is Distance.SAME_REGION and not v.via_wallet
    assert status(v, Rule.RELATION) is Level.OK
    assert status(v, Rule.ENROLLED) is Level.OK
    assert status(v, Rule.REGION) is Level.OK
    # 山西 limits one 共济人 per settlement, not per relative: nothing to say with no other giver
    assert v.reason(Rule.ONE_GIVER) is None
    threshold = v.reason(Rule.THRESHOLD)
    assert threshold is not None and threshold.level is Level.WARNING
    assert "¥1,000.00" in threshold.text and threshold.confidence is Confidence.SECONDARY
    assert "李娜是张伟的配偶" in v.reason(Rule.RELATION).text  # type: ignore[union-attr]


def test_shanxi_mother_in_another_province_not_eligible_in_december_2025(book: PolicyBook) -> None:
    v = assess(book, GIVER, MOTHER, date(2025, 12, 15))
    assert v.outcome is Outcome.NOT_ELIGIBLE
    assert v.distance is Distance.CROSS_PROVINCE and not v.via_wallet
    region = v.reason(Rule.REGION)
    assert region is not None and region.level is Level.BLOCKED
    assert basis_of(region) is not None and basis_of(region).region_key == "province-14"
    assert region.confidence is Confidence.UNCONFIRMED  # no URL or 文号 found for the rule
    assert source_of(region) is not None and source_of(region).id == "shanxi-2025-12-family"
    assert "山西省" in region.text and "河南省 郑州市" in region.text and "省内" in region.text
    assert region.fix_text
    # every other rule is fine: the only obstacle is the province
    assert [r.code for r in v.blocked] == [Rule.REGION]


def test_shanxi_mother_in_another_province_eligible_after_the_national_rollout(
    book: PolicyBook,
) -> None:
    """The province-only rule ends with the national cross-province notice (2026-01-09)."""
    v = assess(book, GIVER, MOTHER)
    assert v.eligible and v.via_wallet
    region = v.reason(Rule.REGION)
    assert region is not None and basis_of(region) is not None
    assert basis_of(region).region_key == "national"


@pytest.mark.parametrize(
    ("region", "months"),
    [
        (TAIYUAN, "一般每年9月至12月集中缴费"),  # the national usual window
        ("530100", "一般每年9月至次年2月集中缴费"),  # 云南: until February of the benefit year
    ],
)
def test_not_enrolled_fix_names_the_collection_window_of_the_relatives_region(
    book: PolicyBook, region: str, months: str
) -> None:
    brother = replace(BROTHER, region_code=region)
    v = assess(book, replace(GIVER, region_code=region), brother)
    reason = v.reason(Rule.ENROLLED)
    assert reason is not None and reason.level is Level.BLOCKED
    assert months in reason.fix_text, reason.fix_text


def test_shanxi_brother_not_enrolled_is_not_eligible(book: PolicyBook) -> None:
    v = assess(book, GIVER, BROTHER)
    assert v.outcome is Outcome.NOT_ELIGIBLE
    assert status(v, Rule.RELATION) is Level.OK  # siblings are 近亲属 since 2024-07
    enrolled = v.reason(Rule.ENROLLED)
    assert enrolled is not None and enrolled.level is Level.BLOCKED
    assert "没有参加基本医疗保险" in enrolled.text and "居民医保" in enrolled.fix_text


def test_every_reason_names_a_source_or_says_it_rests_on_household_data(
    book: PolicyBook,
) -> None:
    for relative in (SPOUSE, MOTHER, BROTHER):
        for reason in assess(book, GIVER, relative).reasons:
            if reason.code in (Rule.ENROLLED, Rule.RELATION, Rule.REGION, Rule.ONE_GIVER):
                assert source_of(reason) is not None, reason
                assert reason.confidence is not None


# ------------------------------------------------------------------ relation scope by date


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (date(2024, 12, 8), Level.BLOCKED),
        (date(2024, 12, 9), Level.OK),
        (date(2025, 6, 1), Level.OK),
    ],
)
def test_siblings_everywhere_from_2024_12_09(book: PolicyBook, at: date, expected: Level) -> None:
    giver = replace(GIVER, region_code=LUZHOU)
    sister = person("张丽", Relation.SIBLING, Scheme.RESIDENT, LUZHOU, member_id=5)
    v = assess(book, giver, sister, at)
    reason = v.reason(Rule.RELATION)
    assert reason is not None and reason.level is expected
    if expected is Level.BLOCKED:
        assert "配偶、父母、子女" in reason.text and "2024-12-09" in reason.fix_text
        assert basis_of(reason) is not None and basis_of(reason).source is not None
        assert basis_of(reason).source.id == "gbf-2021-14"
    else:
        assert source_of(reason) is not None
        assert source_of(reason).id == "nhsa-2024-12-26-close-relatives"


@pytest.mark.parametrize(
    ("relation", "before", "after"),
    [
        (Relation.SPOUSE, Level.OK, Level.OK),
        (Relation.PARENT, Level.OK, Level.OK),
        (Relation.CHILD, Level.OK, Level.OK),
        (Relation.SIBLING, Level.BLOCKED, Level.OK),
        (Relation.PATERNAL_GRANDPARENT, Level.BLOCKED, Level.OK),
        (Relation.GRANDCHILD, Level.BLOCKED, Level.OK),
        (Relation.OTHER, Level.BLOCKED, Level.BLOCKED),
    ],
)
def test_henan_scope_moved_to_close_relatives_in_2024(
    book: PolicyBook, relation: Relation, before: Level, after: Level
) -> None:
    giver = replace(GIVER, region_code=ZHENGZHOU)
    relative = person("某人", relation, Scheme.RESIDENT, ZHENGZHOU, member_id=9)
    early = assess(book, giver, relative, date(2024, 10, 19)).reason(Rule.RELATION)
    assert early is not None and early.level is before
    reason = assess(book, giver, relative).reason(Rule.RELATION)
    assert reason is not None and reason.level is after
    if relation is not Relation.OTHER:
        assert basis_of(reason) is not None and basis_of(reason).region_key == "province-41"
        assert reason.confidence is Confidence.SECONDARY
        assert basis_of(reason).effective_from == date(2024, 10, 20)


def test_out_of_scope_fix_takes_the_widening_from_the_book(book: PolicyBook) -> None:
    """The fix names the day (and region) the book widens the scope, and rests on that
    value; nothing about the widening is typed into the sentence."""
    giver = replace(GIVER, region_code=LUZHOU)
    sister = person("张丽", Relation.SIBLING, Scheme.RESIDENT, LUZHOU, member_id=5)
    reason = assess(book, giver, sister, date(2024, 12, 8)).reason(Rule.RELATION)
    assert reason is not None and reason.level is Level.BLOCKED
    assert "2024-12-09" in reason.fix_text and "兄弟姐妹" in reason.fix_text
    assert "2024年7月26日" not in reason.fix_text
    assert "张丽本人的配偶、父母、子女" in reason.fix_text
    later = reason.basis[-1]
    assert later.source is not None and later.source.id == "nhsa-2024-12-26-close-relatives"
    assert later.effective_from == date(2024, 12, 9)
    henan = replace(GIVER, region_code=ZHENGZHOU)
    brother = person("张强", Relation.SIBLING, Scheme.RESIDENT, ZHENGZHOU, member_id=5)
    early = assess(book, henan, brother, date(2024, 10, 19)).reason(Rule.RELATION)
    assert early is not None and "河南" in early.fix_text and "2024-10-20" in early.fix_text
    assert early.basis[-1].region_key == "province-41"


def test_out_of_scope_fix_uses_the_users_override_and_its_document(book: PolicyBook) -> None:
    wider = Override(
        "city-510500", "family.scope", date(2023, 3, 1), ("配偶", "父母", "子女", "兄弟姐妹")
    )
    giver = replace(GIVER, region_code=LUZHOU)
    sister = person("张丽", Relation.SIBLING, Scheme.RESIDENT, LUZHOU, member_id=5)
    reason = assess(book, giver, sister, date(2023, 1, 1), overrides=[wider]).reason(Rule.RELATION)
    assert reason is not None and "2023-03-01" in reason.fix_text
    # the user narrowed the scope for good: nothing later widens it
    narrow = Override("city-510500", "family.scope", date(2026, 1, 1), ("配偶",))
    reason = assess(book, giver, sister, date(2026, 6, 1), overrides=[narrow]).reason(Rule.RELATION)
    assert reason is not None and reason.level is Level.BLOCKED
    assert "以当地医保部门公布为准" in reason.fix_text and "张丽本人的配偶" in reason.fix_text
    assert len(reason.basis) == 1


def test_all_close_relatives_after_2024_in_luzhou(book: PolicyBook) -> None:
    giver = replace(GIVER, region_code=LUZHOU)
    for relation in Relation:
        if relation in (Relation.SELF, Relation.OTHER):
            continue
        relative = person("某人", relation, Scheme.RESIDENT, LUZHOU, member_id=9)
        assert status(assess(book, giver, relative), Rule.RELATION) is Level.OK


def test_no_policy_before_2021(book: PolicyBook) -> None:
    v = assess(book, GIVER, SPOUSE, date(2021, 4, 21))
    assert v.outcome is Outcome.NOT_ELIGIBLE
    assert [r.code for r in v.reasons] == [Rule.POLICY_IN_FORCE]
    # the fix names the day the book's rule starts, and rests on it
    blocked = v.reasons[0]
    assert "2021-04-22" in blocked.fix_text and "2021年起" not in blocked.text
    assert source_of(blocked) is not None and source_of(blocked).id == "gbf-2021-14"


def test_same_province_fix_names_the_day_the_book_widens_the_reach(book: PolicyBook) -> None:
    giver = replace(GIVER, region_code=LUZHOU)
    relative = replace(SPOUSE, region_code=CHENGDU)
    region = assess(book, giver, relative, date(2024, 11, 30)).reason(Rule.REGION)
    assert region is not None and region.level is Level.BLOCKED
    assert "2024-12-01" in region.fix_text and "省内跨统筹区" in region.fix_text
    assert "2024年12月" not in region.fix_text
    assert region.basis[-1].source is not None
    assert region.basis[-1].source.id == "press-2024-12-province"
    hubei = replace(GIVER, region_code=WUHAN)
    early = assess(book, hubei, replace(SPOUSE, region_code=YICHANG), date(2024, 8, 31))
    found = early.reason(Rule.REGION)
    assert found is not None and "湖北" in found.fix_text
    # the user's own rule: within the 统筹区 only from 2026-06 on, with nothing later
    narrow = Override("city-510500", "family.reach", date(2026, 6, 1), "统筹区内")
    later = assess(book, giver, relative, TODAY, overrides=[narrow]).reason(Rule.REGION)
    assert later is not None and later.level is Level.BLOCKED
    assert "有个人账户的近亲属" in later.fix_text and len(later.basis) == 1


# ------------------------------------------------------------------ enrolment


@pytest.mark.parametrize(
    ("scheme", "enrolled", "expected"),
    [
        (Scheme.RESIDENT, True, Level.OK),
        (Scheme.EMPLOYEE_ACTIVE, True, Level.OK),
        (Scheme.EMPLOYEE_RETIRED, True, Level.OK),
        (Scheme.FLEXIBLE_POOLING, True, Level.OK),
        (Scheme.RESIDENT, False, Level.BLOCKED),  # 断缴 / 停保
        (Scheme.NONE, False, Level.BLOCKED),
    ],
)
def test_relative_must_be_in_basic_insurance(
    book: PolicyBook, scheme: Scheme, enrolled: bool, expected: Level
) -> None:
    relative = person("李娜", Relation.SPOUSE, scheme, TAIYUAN, enrolled=enrolled, member_id=2)
    for at in (date(2024, 6, 1), TODAY):
        reason = assess(book, GIVER, relative, at).reason(Rule.ENROLLED)
        assert reason is not None and reason.level is expected
        assert basis_of(reason) is not None  # 2021 rule before 2026, the 2026 rule after


# ------------------------------------------------------------------ distance and region


@pytest.mark.parametrize(
    ("giver_region", "relative_region", "at", "expected", "wallet"),
    [
        # same 统筹区: always
        (LUZHOU, LUZHOU, date(2022, 1, 1), Level.OK, False),
        # same province, another city: only from 2024-12 nationally …
        (LUZHOU, CHENGDU, date(2024, 11, 30), Level.BLOCKED, False),
        (LUZHOU, CHENGDU, date(2024, 12, 1), Level.OK, False),
        # … from 2024-09 in Hubei (seed 003)
        (WUHAN, YICHANG, date(2024, 8, 31), Level.BLOCKED, False),
        (WUHAN, YICHANG, date(2024, 9, 15), Level.OK, False),
        (TAIYUAN, DATONG, TODAY, Level.OK, False),
        # cross-province: the 医保钱包 of 2024-12-02 was a pilot; nationwide from 2026-01-09
        (LUZHOU, ZHENGZHOU, date(2024, 12, 1), Level.BLOCKED, False),
        (LUZHOU, ZHENGZHOU, date(2024, 12, 2), Level.BLOCKED, False),
        (LUZHOU, ZHENGZHOU, date(2026, 1, 8), Level.BLOCKED, False),
        (LUZHOU, ZHENGZHOU, date(2026, 1, 9), Level.OK, True),
        (LUZHOU, ZHENGZHOU, TODAY, Level.OK, True),
        # Shanxi: within the province only from 2025-12 until the national rollout
        (TAIYUAN, ZHENGZHOU, date(2025, 11, 30), Level.BLOCKED, False),
        (TAIYUAN, ZHENGZHOU, date(2025, 12, 1), Level.BLOCKED, False),
        (TAIYUAN, ZHENGZHOU, TODAY, Level.OK, True),
    ],
)
def test_reach_by_region_and_date(
    book: PolicyBook,
    giver_region: str,
    relative_region: str,
    at: date,
    expected: Level,
    wallet: bool,
) -> None:
    giver = replace(GIVER, region_code=giver_region)
    relative = replace(SPOUSE, region_code=relative_region)
    v = assess(book, giver, relative, at)
    assert status(v, Rule.REGION) is expected
    assert v.via_wallet is wallet
    if wallet:
        reason = v.reason(Rule.REGION)
        assert reason is not None and "医保钱包" in reason.text


def test_wallet_brings_the_quota_warning_from_2026(book: PolicyBook) -> None:
    giver = replace(GIVER, region_code=LUZHOU)
    mother = replace(MOTHER, region_code=ZHENGZHOU)
    assert status(assess(book, giver, mother), Rule.QUOTA) is Level.WARNING
    assert assess(book, giver, mother, date(2025, 6, 1)).reason(Rule.QUOTA) is None


def test_cross_province_fix_names_the_day_the_book_opens_it(book: PolicyBook) -> None:
    giver = replace(GIVER, region_code=LUZHOU)
    mother = replace(MOTHER, region_code=ZHENGZHOU)
    region = assess(book, giver, mother, date(2025, 6, 1)).reason(Rule.REGION)
    assert region is not None and region.level is Level.BLOCKED
    assert "全国自2026-01-09起" in region.fix_text and "跨省共济" in region.fix_text
    assert region.basis[-1].effective_from == date(2026, 1, 9)
    # a wallet pilot the user entered for 泸州 opens it earlier, through the 医保钱包
    pilot = Override("city-510500", "family.wallet_cross_province", date(2025, 9, 1), True)
    early = assess(book, giver, mother, date(2025, 6, 1), overrides=[pilot]).reason(Rule.REGION)
    assert early is not None and "2025-09-01" in early.fix_text and "医保钱包" in early.fix_text
    assert early.basis[-1].origin.value == "override"


def test_relatives_side_narrower_rules_are_a_warning(book: PolicyBook) -> None:
    giver = replace(GIVER, region_code=LUZHOU)
    mother = replace(MOTHER, region_code=TAIYUAN)  # insured in Shanxi: within-province only
    # the giver's city in the wallet pilot (the user's own entry), December 2025
    pilot = Override("city-510500", "family.wallet_cross_province", date(2025, 1, 1), True)
    v = assess(book, giver, mother, date(2025, 12, 15), overrides=[pilot])
    assert v.eligible
    side = v.reason(Rule.RELATIVE_REGION_RULES)
    assert side is not None and side.level is Level.WARNING
    assert basis_of(side) is not None and basis_of(side).region_key == "province-14"


def test_missing_regions_block_with_a_fix(book: PolicyBook) -> None:
    v = assess(book, GIVER, replace(SPOUSE, region_code=None))
    reason = v.reason(Rule.REGION)
    assert reason is not None and reason.level is Level.BLOCKED
    assert "补充参保地" in reason.fix_text
    no_region_giver = replace(GIVER, region_code=None)
    v = assess(book, no_region_giver, SPOUSE)
    assert [r.code for r in v.reasons] == [Rule.GIVER_REGION]


def test_a_user_override_changes_the_verdict_and_is_marked(book: PolicyBook) -> None:
    override = Override("province-14", "family.reach", date(2026, 6, 1), "跨省")
    wallet = Override("province-14", "family.wallet_cross_province", date(2026, 6, 1), True)
    v = assess(book, GIVER, MOTHER, overrides=[override, wallet])
    assert v.eligible
    reason = v.reason(Rule.REGION)
    assert reason is not None and reason.overridden and source_of(reason) is None


# ------------------------------------------------------------------ bindings in force


def test_shanxi_relative_may_have_several_authorisers(book: PolicyBook) -> None:
    """山西 limits one 共济人 per settlement, not per relative (POLICY-REVIEW §1 #3)."""
    mother = replace(MOTHER, region_code=TAIYUAN)
    bound = [Binding(giver_id=6, relative_id=3, status=BindingStatus.ACTIVE, id=1)]
    names = {6: "张国强"}
    v = assess(book, GIVER, mother, date(2025, 6, 1), bindings=bound, names=names)
    assert v.eligible
    reason = v.reason(Rule.ONE_GIVER)
    assert reason is not None and reason.level is Level.OK
    assert basis_of(reason) is not None and basis_of(reason).region_key == "province-14"
    assert reason.confidence is Confidence.UNCONFIRMED


def test_a_region_with_one_giver_per_relative_still_blocks(book: PolicyBook) -> None:
    mother = replace(MOTHER, region_code=TAIYUAN)
    one = Override("province-14", "family.one_giver_per_relative", date(2025, 1, 1), True)
    bound = [Binding(giver_id=6, relative_id=3, status=BindingStatus.ACTIVE, id=1)]
    names = {6: "张国强"}
    v = assess(book, GIVER, mother, date(2025, 6, 1), bindings=bound, names=names, overrides=[one])
    reason = v.reason(Rule.ONE_GIVER)
    assert reason is not None and reason.level is Level.BLOCKED
    assert "张国强" in reason.text and "解除" in reason.fix_text
    # a dissolved binding does not count
    ended = [replace(bound[0], status=BindingStatus.DISSOLVED)]
    v = assess(book, GIVER, mother, date(2025, 6, 1), bindings=ended, names=names, overrides=[one])
    assert v.eligible


@pytest.mark.parametrize(
    ("at", "expected", "confidence"),
    [
        # 2025: the seed's one-giver rule names no region, so it is not every city's rule
        (date(2025, 6, 1), Level.WARNING, None),
        (TODAY, Level.OK, Confidence.PRESS),  # 2026: several authorisers allowed
    ],
)
def test_second_giver_elsewhere_depends_on_the_date(
    book: PolicyBook, at: date, expected: Level, confidence: Confidence | None
) -> None:
    giver = replace(GIVER, region_code=LUZHOU)
    mother = replace(MOTHER, region_code=LUZHOU)
    bound = [Binding(giver_id=6, relative_id=3, status=BindingStatus.PLANNED, id=1)]
    reason = assess(book, giver, mother, at, bindings=bound, names={6: "张国强"}).reason(
        Rule.ONE_GIVER
    )
    assert reason is not None and reason.level is expected
    assert reason.confidence is confidence


def test_the_same_binding_twice_is_refused(book: PolicyBook) -> None:
    bound = [Binding(giver_id=1, relative_id=2, status=BindingStatus.ACTIVE, id=1)]
    v = assess(book, GIVER, SPOUSE, bindings=bound)
    assert status(v, Rule.ALREADY_BOUND) is Level.BLOCKED
    # nothing is wrong: it is already recorded (not "暂时不能办理"), and nothing is saved twice
    assert v.outcome is Outcome.ALREADY_RECORDED and not v.eligible
    assert v.outcome.label == "已记录"


# ------------------------------------------------------------------ money


@pytest.mark.parametrize(
    ("balance", "usable"),
    [(Decimal("800"), "¥0.00"), (Decimal("1000"), "¥0.00"), (Decimal("1500.50"), "¥500.50")],
)
def test_shanxi_threshold_with_a_balance(book: PolicyBook, balance: Decimal, usable: str) -> None:
    reason = assess(book, GIVER, SPOUSE, balance=balance).reason(Rule.THRESHOLD)
    assert reason is not None and reason.level is Level.WARNING
    assert f"现在可共济{usable}" in reason.text
    assert bool(reason.fix_text) is (usable == "¥0.00")


def test_no_threshold_before_shanxi_rule_or_elsewhere(book: PolicyBook) -> None:
    assert assess(book, GIVER, SPOUSE, date(2022, 6, 28)).reason(Rule.THRESHOLD) is None
    # the ¥1,000 rule is in the 2022 操作规程, not new in 2025-12
    assert assess(book, GIVER, SPOUSE, date(2025, 11, 30)).reason(Rule.THRESHOLD) is not None
    luzhou = replace(GIVER, region_code=LUZHOU)
    v = assess(book, luzhou, replace(SPOUSE, region_code=LUZHOU), balance=Decimal(0))
    assert v.reason(Rule.THRESHOLD) is None
    assert status(v, Rule.BALANCE) is Level.WARNING
    assert v.eligible  # an empty account is a warning: binding can still be done


# ------------------------------------------------------------------ the giver


@pytest.mark.parametrize(
    ("scheme", "enrolled", "qualifies", "words"),
    [
        (Scheme.EMPLOYEE_ACTIVE, True, True, "有个人账户"),
        (Scheme.EMPLOYEE_RETIRED, True, True, "有个人账户"),
        (Scheme.FLEXIBLE_ACCOUNT, True, True, "有个人账户"),
        (Scheme.FLEXIBLE_POOLING, True, False, "单建统筹"),
        (Scheme.RESIDENT, True, False, "没有个人账户"),
        (Scheme.EMPLOYEE_ACTIVE, False, False, "没有正常参保"),
        (Scheme.NONE, False, False, "没有正常参保"),
    ],
)
def test_giver_needs_a_personal_account(
    book: PolicyBook, scheme: Scheme, enrolled: bool, qualifies: bool, words: str
) -> None:
    member = replace(GIVER, scheme=scheme, enrolled=enrolled)
    check = check_giver(member, TODAY, book)
    assert check.qualifies is qualifies
    assert any(words in r.text for r in check.reasons)
    if not qualifies:
        assert all(r.fix_text for r in check.blocked)


def test_a_non_qualifying_giver_gives_only_the_blocking_reasons(book: PolicyBook) -> None:
    v = assess(book, replace(GIVER, scheme=Scheme.FLEXIBLE_POOLING), SPOUSE)
    assert v.outcome is Outcome.NOT_ELIGIBLE
    assert [r.code for r in v.reasons] == [Rule.GIVER_ACCOUNT]


# ------------------------------------------------------------------ relations


def _m(relation: Relation, gender: Gender = Gender.FEMALE) -> Member:
    return person("x", relation, Scheme.RESIDENT, LUZHOU, gender=gender)


@pytest.mark.parametrize(
    ("giver", "relative", "user_gender", "expected"),
    [
        (Relation.SELF, Relation.SIBLING, Gender.MALE, Relation.SIBLING),
        (Relation.SPOUSE, Relation.SELF, Gender.MALE, Relation.SPOUSE),
        (Relation.PARENT, Relation.SELF, Gender.MALE, Relation.CHILD),
        (Relation.CHILD, Relation.SELF, Gender.MALE, Relation.PARENT),
        (Relation.PATERNAL_GRANDPARENT, Relation.SELF, Gender.MALE, Relation.GRANDCHILD),
        (Relation.DAUGHTERS_CHILD, Relation.SELF, Gender.MALE, Relation.MATERNAL_GRANDPARENT),
        (Relation.SPOUSE, Relation.CHILD, Gender.MALE, Relation.CHILD),
        (Relation.CHILD, Relation.SPOUSE, Gender.MALE, Relation.PARENT),
        (Relation.PARENT, Relation.PARENT, Gender.MALE, Relation.SPOUSE),
        (Relation.PARENT, Relation.SIBLING, Gender.MALE, Relation.CHILD),
        (Relation.CHILD, Relation.CHILD, Gender.MALE, Relation.SIBLING),
        (Relation.PARENT, Relation.CHILD, Gender.MALE, Relation.GRANDCHILD),
        (Relation.PARENT, Relation.CHILD, Gender.FEMALE, Relation.DAUGHTERS_CHILD),
        (Relation.CHILD, Relation.PARENT, Gender.FEMALE, Relation.MATERNAL_GRANDPARENT),
        (Relation.SPOUSE, Relation.PARENT, Gender.MALE, Relation.OTHER),  # parent-in-law
        (Relation.SIBLING, Relation.CHILD, Gender.MALE, Relation.OTHER),  # nephew
        (Relation.PARENT, Relation.CHILD, None, None),
        (Relation.OTHER, Relation.CHILD, Gender.MALE, None),
        (Relation.PARENT, Relation.PATERNAL_GRANDPARENT, Gender.MALE, None),
    ],
)
def test_relation_between_members(
    giver: Relation, relative: Relation, user_gender: Gender | None, expected: Relation | None
) -> None:
    assert relation_between(_m(giver), _m(relative), user_gender) is expected


def test_spouse_as_giver_for_parent_in_law_is_blocked(book: PolicyBook) -> None:
    wife = person("李娜", Relation.SPOUSE, Scheme.EMPLOYEE_ACTIVE, TAIYUAN, member_id=2)
    mother = replace(MOTHER, region_code=TAIYUAN)
    reason = assess(book, wife, mother).reason(Rule.RELATION)
    assert reason is not None and reason.level is Level.BLOCKED
    assert "不是近亲属" in reason.text


def test_unknown_relation_is_blocked_with_advice(book: PolicyBook) -> None:
    friend = person("老王", Relation.OTHER, Scheme.EMPLOYEE_ACTIVE, TAIYUAN, member_id=7)
    reason = assess(book, friend, SPOUSE).reason(Rule.RELATION)
    assert reason is not None and reason.level is Level.BLOCKED
    assert reason.fix_text


# ------------------------------------------------------------------ reconciliation


def _record(
    status: BindingStatus = BindingStatus.ACTIVE,
    giver: Member = GIVER,
    relative: Member = SPOUSE,
    snapshot_from: tuple[Member, Member] | None = (GIVER, SPOUSE),
) -> BindingRecord:
    binding = Binding(1, 2, status, start_date=date(2026, 2, 1), id=10)
    snap = snapshot_of(*snapshot_from) if snapshot_from else None
    return BindingRecord(binding, giver, relative, snap)


def test_first_look_takes_a_snapshot(book: PolicyBook) -> None:
    result = reconcile_binding(_record(snapshot_from=None), TODAY, book)
    assert result.changed and result.notice is None
    assert result.snapshot == snapshot_of(GIVER, SPOUSE)
    assert result.binding.status is BindingStatus.ACTIVE


def test_nothing_changed_nothing_happens(book: PolicyBook) -> None:
    result = reconcile_binding(_record(), TODAY, book)
    assert not result.changed and result.notice is None


@pytest.mark.parametrize(
    ("giver", "relative", "words"),
    [
        (GIVER, replace(SPOUSE, region_code=DATONG), "参保地由山西省 太原市变为山西省 大同市"),
        (replace(GIVER, region_code=DATONG), SPOUSE, "共济人张伟的参保地"),
        (GIVER, replace(SPOUSE, scheme=Scheme.NONE, enrolled=False), "基本医疗保险已终止"),
        (replace(GIVER, enrolled=False), SPOUSE, "个人账户已不可用"),
        (replace(GIVER, scheme=Scheme.RESIDENT), SPOUSE, "个人账户已不可用"),
    ],
)
def test_active_binding_dissolves_when_a_side_moves_or_ends(
    book: PolicyBook, giver: Member, relative: Member, words: str
) -> None:
    result = reconcile_binding(_record(giver=giver, relative=relative), TODAY, book)
    assert result.binding.status is BindingStatus.DISSOLVED
    assert result.binding.end_date == TODAY
    assert result.binding.ended_reason.startswith(AUTO_DISSOLVED_PREFIX)
    assert words in result.binding.ended_reason
    assert result.notice is not None and result.notice.kind is NoticeKind.AUTO_DISSOLVED
    assert result.notice.new and words in result.notice.text
    assert result.notice.basis and result.notice.basis[0].source is not None
    assert result.notice.basis[0].source.id == "press-2026-01-09-cross-province"
    assert "全国自2026-01-09起的规定" in result.notice.text  # the book's rule, not typed
    assert result.snapshot == snapshot_of(giver, relative)


def test_before_2026_a_change_only_asks_to_check(book: PolicyBook) -> None:
    moved = replace(SPOUSE, region_code=DATONG)
    result = reconcile_binding(_record(relative=moved), date(2025, 6, 1), book)
    assert result.binding.status is BindingStatus.ACTIVE
    assert result.notice is not None and result.notice.kind is NoticeKind.CHECK_NEEDED
    assert result.snapshot == snapshot_of(GIVER, moved)  # said once


@pytest.mark.parametrize(
    ("at", "overrides", "level", "words"),
    [
        (TODAY, (), Level.INFO, "全国自2026-01-09起：任一方不再参保或换了参保地"),
        (date(2025, 6, 1), (), Level.CHECK, "政策库中没有记载，以当地医保部门公布为准"),
        (
            TODAY,
            (Override("province-14", "family.auto_unbind", date(2026, 3, 1), False),),
            Level.INFO,
            "按山西省的规定，任一方不再参保或换了参保地时，共济不会自动解除",
        ),
    ],
)
def test_dissolution_rule_is_what_the_book_says_for_the_region_and_day(
    book: PolicyBook, at: date, overrides: tuple[Override, ...], level: Level, words: str
) -> None:
    from yibao.domain.family import dissolution_rule
    from yibao.domain.kernel import PolicyView

    rule = dissolution_rule(PolicyView(book, TAIYUAN, at, overrides))
    assert rule.code == Rule.AUTO_UNBIND and rule.level is level
    assert words in rule.text, rule.text
    if level is Level.CHECK:
        assert rule.missing
    elif not overrides:
        assert source_of(rule) is not None
        assert source_of(rule).id == "press-2026-01-09-cross-province"
    else:
        assert rule.overridden


def test_retiring_keeps_the_binding(book: PolicyBook) -> None:
    retired = replace(GIVER, scheme=Scheme.EMPLOYEE_RETIRED)
    result = reconcile_binding(_record(giver=retired), TODAY, book)
    assert result.binding.status is BindingStatus.ACTIVE
    assert result.changed and result.notice is None


def test_planned_binding_gets_a_notice_not_a_dissolution(book: PolicyBook) -> None:
    moved = replace(SPOUSE, scheme=Scheme.NONE, enrolled=False)
    result = reconcile_binding(_record(BindingStatus.PLANNED, relative=moved), TODAY, book)
    assert result.binding.status is BindingStatus.PLANNED
    assert result.notice is not None and result.notice.kind is NoticeKind.PLANNED_AFFECTED


def test_dissolved_binding_is_left_alone(book: PolicyBook) -> None:
    moved = replace(SPOUSE, region_code=DATONG)
    result = reconcile_binding(_record(BindingStatus.DISSOLVED, relative=moved), TODAY, book)
    assert not result.changed and result.notice is None


def test_earlier_automatic_dissolution_is_shown_for_90_days(book: PolicyBook) -> None:
    moved = replace(SPOUSE, region_code=DATONG)
    result = reconcile_binding(_record(relative=moved), TODAY, book)
    record = BindingRecord(result.binding, GIVER, moved, result.snapshot)
    notice = earlier_notice(record, date(2027, 1, 1))
    assert notice is not None and not notice.new and "自动解除" in notice.text
    assert earlier_notice(record, date(2027, 3, 1)) is None
    manual = replace(result.binding, ended_reason="手动标记为已解除")
    assert earlier_notice(BindingRecord(manual, GIVER, moved), TODAY) is None


# ------------------------------------------------------------------ who pays


def D(text: str) -> Decimal:
    return Decimal(text)


def test_own_account_first_then_givers() -> None:
    own = PayerBalance("王秀英", PayerRole.OWN, D("50"))
    son = PayerBalance("张伟", PayerRole.GIVER, D("300"))
    plan = allocate_payment(D("200"), own, [son])
    assert [(line.name, line.pays) for line in plan.lines] == [
        ("王秀英", D("50.00")),
        ("张伟", D("150.00")),
    ]
    assert plan.out_of_pocket == 0 and plan.from_accounts == D("200.00")
    assert plan.lines[1].balance_after == D("150.00")


def test_larger_balance_first_and_the_rest_in_cash() -> None:
    a = PayerBalance("李娜", PayerRole.GIVER, D("100"))
    b = PayerBalance("张伟", PayerRole.GIVER, D("400"))
    plan = allocate_payment(D("800"), None, [a, b])
    assert [line.name for line in plan.lines] == ["张伟", "李娜", ""]
    assert plan.lines[-1].role is PayerRole.CASH and plan.lines[-1].pays == D("300.00")
    assert plan.out_of_pocket == D("300.00") and not plan.tie_break_used


def test_equal_balances_by_name_is_flagged() -> None:
    a = PayerBalance("张伟", PayerRole.GIVER, D("300"))
    b = PayerBalance("张丽", PayerRole.GIVER, D("300"))
    plan = allocate_payment(D("100"), None, [a, b])
    first = plan.lines[0]
    assert first.name == min("张伟", "张丽") and first.tie_break
    assert plan.tie_break_used
    # when both are used up the order did not matter
    assert not allocate_payment(D("1000"), None, [a, b]).tie_break_used


def test_shanxi_threshold_keeps_1000_in_the_account() -> None:
    son = PayerBalance("张伟", PayerRole.GIVER, D("1500"), threshold=D("1000"))
    plan = allocate_payment(D("800"), None, [son])
    assert plan.lines[0].usable == D("500.00") and plan.lines[0].pays == D("500.00")
    assert plan.out_of_pocket == D("300.00")
    assert usable_balance(D("900"), D("1000")) == 0


def test_shanxi_one_giver_per_settlement() -> None:
    """山西: “被授权人一次结算仅可使用一名授权人的共济账户” — a second 共济人 does not top up."""
    own = PayerBalance("王秀英", PayerRole.OWN, D("50"))
    son = PayerBalance("张伟", PayerRole.GIVER, D("1500"), threshold=D("1000"))
    daughter = PayerBalance("张丽", PayerRole.GIVER, D("1300"), threshold=D("1000"))
    plan = allocate_payment(D("900"), own, [son, daughter], one_giver_per_settlement=True)
    assert [(line.name, line.pays, line.skipped) for line in plan.lines] == [
        ("王秀英", D("50.00"), False),
        ("张伟", D("500.00"), False),
        ("张丽", D("0.00"), True),
        ("", D("350.00"), False),
    ]
    assert plan.one_giver_per_settlement and plan.out_of_pocket == D("350.00")
    # without the rule the daughter pays 300 more
    free = allocate_payment(D("900"), own, [son, daughter])
    assert free.out_of_pocket == D("50.00") and not free.one_giver_per_settlement


def test_one_giver_rule_skips_an_empty_account() -> None:
    empty = PayerBalance("张伟", PayerRole.GIVER, D("900"), threshold=D("1000"))
    daughter = PayerBalance("张丽", PayerRole.GIVER, D("1200"), threshold=D("1000"))
    plan = allocate_payment(D("100"), None, [empty, daughter], one_giver_per_settlement=True)
    assert [(line.name, line.pays) for line in plan.lines] == [
        ("张丽", D("100.00")),
        ("张伟", D("0.00")),
    ]
    assert not any(line.skipped for line in plan.lines)


def test_per_relative_cap_limits_one_payment() -> None:
    """山西: the giver may set a 单次最高支付额度 for each relative."""
    son = PayerBalance("张伟", PayerRole.GIVER, D("3000"), threshold=D("1000"), cap=D("200"))
    plan = allocate_payment(D("500"), None, [son])
    assert plan.lines[0].usable == D("200.00") and plan.lines[0].pays == D("200.00")
    assert plan.out_of_pocket == D("300.00")


def test_zero_bill_and_negative_bill() -> None:
    plan = allocate_payment(D("0"), None, [PayerBalance("张伟", PayerRole.GIVER, D("10"))])
    assert plan.out_of_pocket == 0 and plan.lines[0].pays == 0
    with pytest.raises(ValueError):
        allocate_payment(D("-1"), None, [])


money = st.decimals(min_value=0, max_value=100000, places=2, allow_nan=False)


@given(
    bill=money,
    own=st.one_of(st.none(), money),
    givers=st.lists(st.tuples(st.sampled_from("甲乙丙丁"), money, money), max_size=4),
)
def test_allocation_adds_up(
    bill: Decimal, own: Decimal | None, givers: list[tuple[str, Decimal, Decimal]]
) -> None:
    payers = [PayerBalance(n, PayerRole.GIVER, b, t) for n, b, t in givers]
    own_payer = None if own is None else PayerBalance("本人", PayerRole.OWN, own)
    plan = allocate_payment(bill, own_payer, payers)
    assert plan.from_accounts + plan.out_of_pocket == bill
    single = allocate_payment(bill, own_payer, payers, one_giver_per_settlement=True)
    assert single.from_accounts + single.out_of_pocket == bill
    assert sum(1 for line in single.lines if line.role is PayerRole.GIVER and line.pays) <= 1
    assert single.out_of_pocket >= plan.out_of_pocket
    for line in plan.lines:
        if line.role is not PayerRole.CASH:
            assert 0 <= line.pays <= line.usable


def test_out_of_scope_fix_names_the_document_of_the_widening(tmp_path: Path) -> None:
    """Where the widening's source has a 文号, the fix names it (taken from the book)."""
    import shutil

    folder = tmp_path / "policy"
    shutil.copytree(POLICY_DIR, folder)
    with (folder / "city-510500.toml").open("a", encoding="utf-8") as out:
        out.write(
            '\n[[family.scope]]\neffective_from = 2024-09-01\nvalue = ["配偶", "父母", "子女", '
            '"兄弟姐妹"]\nsource = "gbf-2024-38"\n'
        )
    local = load_policy_book(folder)
    giver = replace(GIVER, region_code=LUZHOU)
    sister = person("张丽", Relation.SIBLING, Scheme.RESIDENT, LUZHOU, member_id=5)
    reason = assess(local, giver, sister, date(2024, 8, 1)).reason(Rule.RELATION)
    assert reason is not None and reason.level is Level.BLOCKED
    assert "自2024-09-01起按国办发〔2024〕38号把可以共济的亲属扩大到" in reason.fix_text
    assert "泸州" in reason.fix_text
