"""异地就医备案 services the wizard asks: its answers' problems at their fields, and the
scope (省内 / 跨省) its first page shows."""

from __future__ import annotations

from datetime import date

from yibao.domain.offsite import OffsiteAnswers, Reason
from yibao.services import offsite
from yibao.services.database import Database

TODAY = date(2026, 11, 22)


def test_answer_errors_name_the_field_in_chinese() -> None:
    answers = OffsiteAnswers(
        "510500",
        "510521",  # a county of 泸州: the same pooling region
        Reason.EMERGENCY,
        already_treated=True,
        paid_in_full=True,
        start=date(2026, 11, 20),
        discharge=date(2026, 11, 30),
    )
    errors = offsite.answer_errors(answers, TODAY)
    assert [e.field for e in errors] == ["dest_region", "discharge"]
    assert "四川省 泸州市" in errors[0].message and "不用办理" in errors[0].message
    assert errors[1].params == {"today": "2026-11-22"} and errors[1].context == "domain"
    # only the fields a page asks about
    assert [e.field for e in offsite.answer_errors(answers, TODAY, ("discharge",))] == ["discharge"]
    assert offsite.answer_errors(answers, TODAY, ("start",)) == ()


def test_scope_says_same_region_province_or_cross_province() -> None:
    assert offsite.scope("", "330100") is None
    assert offsite.scope("510500", "999999") is None
    same = offsite.scope("510500", "510521")
    assert same is not None and same.same_region
    inside = offsite.scope("330300", "330100")
    assert inside is not None and not inside.same_region and not inside.cross_province
    across = offsite.scope("510500", "330100")
    assert across is not None and across.cross_province
    assert (across.insured_name, across.dest_name) == ("四川省 泸州市", "浙江省 杭州市")


def test_adding_the_claim_in_another_language_keeps_a_ticked_deadline_once(
    db: Database,
    qapp,  # type: ignore[no-untyped-def]  # the English translator writes the new labels
) -> None:
    """Deadlines carry no key: a case saved in Chinese and given its claim after switching to
    English kept the ticked 补办备案 deadline beside its English twin (matched by label)."""
    from dataclasses import replace

    from yibao.services import cases
    from yibao.ui.i18n import install_translators

    emergency = OffsiteAnswers(  # 广州 lets an emergency be filed within 10 days
        "440100",
        "330100",
        Reason.EMERGENCY,
        already_treated=True,
        paid_in_full=True,
        start=date(2026, 11, 20),
        discharge=date(2026, 11, 21),
    )
    saved = offsite.save_plan(db, emergency, None, TODAY)
    assert saved.id is not None and saved.deadlines
    ticked = replace(saved, deadlines=tuple(replace(d, done=True) for d in saved.deadlines))
    saved = cases.save_case(db, ticked)
    assert saved.id is not None
    install_translators(qapp, "en")
    try:
        after = offsite.add_claim(
            db,
            saved.id,
            start=date(2026, 11, 20),
            discharge=date(2026, 11, 21),
            inpatient=True,
            today=TODAY,
        )
    finally:
        install_translators(qapp, "zh_CN")
    assert any(d.label.isascii() for d in after.deadlines)  # written in English
    dues = [d.due for d in after.deadlines]
    assert len(dues) == len(set(dues)), [(d.label, d.due) for d in after.deadlines]
    before = {d.due for d in saved.deadlines}
    assert all(d.done for d in after.deadlines if d.due in before)
