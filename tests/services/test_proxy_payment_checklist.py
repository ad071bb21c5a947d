"""The 代缴 checklist's policy values come from the book for the giver's region and plan day
(``{policy:KEY}`` placeholders), never typed: 山西's threshold, 河南's refund timing, whether
the wallet crosses provinces on the day, the groups that cannot be paid for."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from yibao.domain.cases import Case
from yibao.domain.proxy_payment import CollectionPeriod, ProxyMode
from yibao.services import proxy_payment as service
from yibao.services.database import Database


def _case(db: Database, region: str, day: date, mode: ProxyMode, **relative: object) -> Case:
    facts = service.policy_facts(db, region, [], day.year + 1, day)
    period = CollectionPeriod(day, date(day.year, 12, 31))
    plan = service.build_plan(
        service.GiverInput(D(2000), name="张伟", region_code=region),
        [service.RelativeInput("a", "母亲", D(400), False, period=period, **relative)],  # type: ignore[arg-type]
        facts=facts,
        benefit_year=day.year + 1,
        plan_date=day,
        mode=mode,
        threshold=facts.rules.min_retained_balance,
    )
    return service.build_case(service.run(plan))


def _item(case: Case, key: str) -> tuple[str, str]:
    item = next(i for i in case.items if i.key == key)
    return item.text, item.why


def test_shanxi_threshold_is_the_books(db: Database) -> None:
    case = _case(db, "140100", date(2025, 12, 15), ProxyMode.WALLET_QUOTA)
    _text, why = _item(case, "proxy.check.threshold")
    assert "1000元" in why and "山西" not in why


def test_henan_refund_timing_is_the_books(db: Database) -> None:
    case = _case(db, "410100", date(2024, 10, 20), ProxyMode.PAY_THEN_REFUND)
    text, why = _item(case, "proxy.refund.where")
    assert "河南" not in text
    assert "1个月" in why and "次月" not in why


def test_refund_timing_the_book_lacks_is_said_so(db: Database) -> None:
    case = _case(db, "510100", date(2024, 10, 20), ProxyMode.PAY_THEN_REFUND)
    _text, why = _item(case, "proxy.refund.where")
    assert "以当地医保部门公布为准" in why


def test_wallet_crosses_provinces_only_from_2026_01_09(db: Database) -> None:
    """The book: the wallet was within the province from 2024-12-02, across provinces from
    2026-01-09; the checklist said 2024 年 12 月起 … 跨省 for every day."""
    before = _case(db, "510100", date(2025, 10, 20), ProxyMode.WALLET_QUOTA)
    after = _case(db, "510100", date(2026, 10, 20), ProxyMode.WALLET_QUOTA)
    assert "跨省共济：否" in _item(before, "proxy.wallet.open")[1]
    assert "跨省共济：是" in _item(after, "proxy.wallet.open")[1]


def test_the_groups_that_cannot_be_paid_for_are_the_books(db: Database) -> None:
    case = _case(db, "510100", date(2025, 10, 20), ProxyMode.DIRECT, newborn=True)
    text, _why = _item(case, "proxy.note.special")
    assert "新生儿、通过专门渠道缴费的资助参保人员" in text
    direct, _ = _item(case, "proxy.direct.open")
    assert "山东" not in direct


def test_the_preview_uses_the_users_own_values(db: Database) -> None:
    from yibao.services import policy

    policy.set_override(db, "province-51", "proxy.refund_payout_lag_months", date(2024, 1, 1), "2")
    facts = service.policy_facts(db, "510100", [], 2025, date(2024, 10, 20))
    plan = service.build_plan(
        service.GiverInput(D(2000), region_code="510100"),
        [service.RelativeInput("a", "母亲", D(400), False)],
        facts=facts,
        benefit_year=2025,
        plan_date=date(2024, 10, 20),
        mode=ProxyMode.PAY_THEN_REFUND,
    )
    preview = service.preview_case(db, service.run(plan))
    assert "返还到银行卡要等：2个月" in _item(preview, "proxy.refund.where")[1]
