"""家庭共济 bindings: check eligibility, save, mark done or dissolved, and keep them in step
with the household (automatic dissolution when a side's insurance ends or moves 统筹区).

Every function is one user action with one unit of work and returns domain values. Reading
the bindings (:func:`list_bindings`, :func:`bindings_overview`) first reconciles them with
the members as they are now, so a change made on the family page is noticed the next time
the family page or the overview refreshes. Log lines name bindings and members by id only.
"""

from __future__ import annotations

import dataclasses
import logging
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from yibao.domain.bindings import Binding, BindingStatus
from yibao.domain.checklists import ChecklistEntry
from yibao.domain.family import (
    Assessment,
    BindingRecord,
    GiverCheck,
    Notice,
    PayerBalance,
    PayerRole,
    PaymentPlan,
    allocate_payment,
    assess_relative,
    check_giver,
    dissolution_rule,
    earlier_notice,
    guide_facts,
    in_force,
    reconcile_binding,
    snapshot_of,
    threshold_fact,
)
from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.kernel import Fact, Finding, PolicyView
from yibao.domain.people import Gender, Member, Relation
from yibao.domain.policy import Override, Resolved
from yibao.services.database import Database
from yibao.services.errors import FieldError, InvalidInput, text_errors
from yibao.services.household import display_order
from yibao.services.policy import policy_book

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

NOTES_MAX_LENGTH = 500
MANUAL_DISSOLVED = QT_TRANSLATE_NOOP("services", "手动标记为已解除")

_MSG_GONE = QT_TRANSLATE_NOOP("services", "这条共济记录已被删除，请刷新后再试")
_MSG_MEMBER_GONE = QT_TRANSLATE_NOOP("services", "这位家庭成员已被删除，请重新选择")
_MSG_SAME_PERSON = QT_TRANSLATE_NOOP("services", "共济人和被共济的亲属不能是同一个人")
_MSG_NO_RELATIVES = QT_TRANSLATE_NOOP("services", "请至少选择一位亲属")
_MSG_NOT_ELIGIBLE = QT_TRANSLATE_NOOP("services", "{relative}现在不符合家庭共济的条件：{reasons}")
_MSG_STATUS = QT_TRANSLATE_NOOP("services", "新记录的状态只能是“计划中”或“已办理”")
_MSG_START_REQUIRED = QT_TRANSLATE_NOOP("services", "已办理的共济请填写开始日期")
_MSG_START_FUTURE = QT_TRANSLATE_NOOP(
    "services", "已办理的共济开始日期不能晚于今天（{today}）；还没办的请选“计划中”"
)
_MSG_END_BEFORE_START = QT_TRANSLATE_NOOP("services", "解除日期不能早于开始日期（{start}）")
_MSG_NOTES_LONG = QT_TRANSLATE_NOOP("services", "备注不能超过 {max} 个字，现在是 {n} 个")
_MSG_NOTES_CONTROL = QT_TRANSLATE_NOOP("services", "备注中有不可见的控制字符，请重新输入")
_MSG_ALREADY_DISSOLVED = QT_TRANSLATE_NOOP("services", "这条共济已经解除了")
_MSG_NOT_PLANNED = QT_TRANSLATE_NOOP("services", "只有“计划中”的共济可以标记为已办理")


# ------------------------------------------------------------------ helpers


def _load(session: Session) -> tuple[dict[int, Member], list[Override]]:
    from yibao.storage.repositories import MemberRepository, OverrideRepository

    members = {m.id: m for m in MemberRepository(session).list() if m.id is not None}
    overrides = OverrideRepository(session).list()
    return members, overrides


def _user_gender(members: dict[int, Member]) -> Gender | None:
    for m in members.values():
        if m.relation is Relation.SELF:
            return m.gender
    return None


def _member(members: dict[int, Member], member_id: int, field: str) -> Member:
    member = members.get(member_id)
    if member is None:
        raise InvalidInput(FieldError.of(field, _MSG_MEMBER_GONE))
    return member


def _check_notes(notes: str, field: str = "notes") -> list[FieldError]:
    errors: list[FieldError] = []
    if len(notes) > NOTES_MAX_LENGTH:
        errors.append(
            FieldError.of(field, _MSG_NOTES_LONG, max=str(NOTES_MAX_LENGTH), n=str(len(notes)))
        )
    broken = text_errors(field, notes)
    if broken:
        errors += broken
    elif any(unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t" for ch in notes):
        errors.append(FieldError.of(field, _MSG_NOTES_CONTROL))
    return errors


def _reconcile(session: Session, today: date) -> tuple[list[BindingRecord], list[Notice]]:
    """Reconcile every binding with the members now; store what changed; all records."""
    from yibao.storage.binding_repo import BindingRepository

    members, overrides = _load(session)
    repo = BindingRepository(session)
    book = policy_book()
    records: list[BindingRecord] = []
    notices: list[Notice] = []
    for binding, snapshot in repo.list():
        giver = members.get(binding.giver_id)
        relative = members.get(binding.relative_id)
        if giver is None or relative is None:  # pragma: no cover - ON DELETE CASCADE
            continue
        record = BindingRecord(binding, giver, relative, snapshot)
        result = reconcile_binding(record, today, book, overrides)
        if result.changed:
            stored = repo.update(result.binding, result.snapshot)
            record = BindingRecord(stored, giver, relative, result.snapshot)
            if stored.status is BindingStatus.DISSOLVED:
                log.info("binding %s dissolved automatically", stored.id)
        if result.notice is not None:
            notices.append(result.notice)
        else:
            earlier = earlier_notice(record, today)
            if earlier is not None:
                notices.append(earlier)
        records.append(record)
    return records, notices


def _status_rank(record: BindingRecord) -> int:
    return {BindingStatus.ACTIVE: 0, BindingStatus.PLANNED: 1, BindingStatus.DISSOLVED: 2}[
        record.binding.status
    ]


# ------------------------------------------------------------------ reading


@dataclass(frozen=True)
class BindingsOverview:
    records: tuple[BindingRecord, ...]
    notices: tuple[Notice, ...]

    @property
    def in_force(self) -> tuple[BindingRecord, ...]:
        return tuple(r for r in self.records if in_force(r.binding))


def reconcile_bindings(db: Database, today: date) -> list[Notice]:
    """Dissolve bindings whose sides changed (where the rules say so) and return the notices
    to show: those from this run (``new``) and automatic dissolutions of the last 90 days."""
    with db.session() as session:
        _records, notices = _reconcile(session, today)
    return notices


def bindings_overview(db: Database, today: date) -> BindingsOverview:
    """Reconcile, then every binding (in force first) and the notices, in one unit of work."""
    with db.session() as session:
        records, notices = _reconcile(session, today)
    records.sort(key=lambda r: (_status_rank(r), r.giver.name, r.relative.name, r.binding.id or 0))
    return BindingsOverview(tuple(records), tuple(notices))


def list_bindings(db: Database, today: date) -> list[BindingRecord]:
    """Every binding (reconciled first): 已办理, then 计划中, then 已解除."""
    return list(bindings_overview(db, today).records)


# ------------------------------------------------------------------ the wizard


def _user_region(members: dict[int, Member]) -> str | None:
    for m in members.values():
        if m.relation is Relation.SELF:
            return m.region_code
    return None


def _user_view(db: Database, today: date) -> PolicyView:
    """The book for the user's own 参保地 on *today*, with their overrides."""
    with db.session() as session:
        members, overrides = _load(session)
    return PolicyView(policy_book(), _user_region(members), today, overrides)


def dissolution_rule_now(db: Database, today: date) -> Finding:
    """What the book says happens to a binding when a side's insurance ends or moves, for the
    user's own region on *today* (the family page's hint)."""
    return dissolution_rule(_user_view(db, today))


def intro_guide(
    db: Database | None = None, at: date | None = None
) -> tuple[list[ChecklistEntry], dict[str, str]]:
    """The wizard's first page (家庭共济 vs 亲情账户) and the checklist's section headings.

    With *db* the entries follow the book for the user's own region on *at* (whether a
    change of insurance dissolves a binding by itself, ``family.auto_unbind``).
    """
    from yibao.services.checklists import checklist_book

    book = checklist_book()
    if db is None:
        entries = book.build("binding", {})
    else:
        view = _user_view(db, at or date.today())
        facts = {"auto_unbind": view.flag("family.auto_unbind").value is True}
        entries = book.build("binding", facts, view=view)
    return [e for e in entries if e.section == "binding_intro"], dict(book.sections)


def giver_candidates(db: Database, at: date) -> list[GiverCheck]:
    """Every household member with the reasons they can or cannot be a 共济人 on *at*."""
    with db.session() as session:
        members, overrides = _load(session)
    book = policy_book()
    return [check_giver(m, at, book, overrides) for m in display_order(members.values())]


def assess(
    db: Database,
    giver_id: int,
    relative_ids: Sequence[int],
    at: date,
    *,
    balance: Decimal | None = None,
    today: date | None = None,
) -> Assessment:
    """The verdict for each chosen relative, and the checklist for those who qualify."""
    from yibao.services.checklists import build_checklist, case_sources
    from yibao.storage.binding_repo import BindingRepository

    if not relative_ids:
        raise InvalidInput(FieldError.of("relatives", _MSG_NO_RELATIVES))
    with db.session() as session:
        _reconcile(session, today or date.today())
        members, overrides = _load(session)
        bindings = [b for b, _s in BindingRepository(session).list()]
    book = policy_book()
    giver = _member(members, giver_id, "giver")
    names = {i: m.name for i, m in members.items()}
    gender = _user_gender(members)
    verdicts = []
    for relative_id in relative_ids:
        relative = _member(members, relative_id, "relatives")
        if relative.id == giver.id:
            raise InvalidInput(FieldError.of("relatives", _MSG_SAME_PERSON))
        verdicts.append(
            assess_relative(
                giver,
                relative,
                at=at,
                book=book,
                overrides=overrides,
                bindings=bindings,
                names=names,
                user_gender=gender,
                balance=balance,
            )
        )
    facts = guide_facts(giver, verdicts, at, book, overrides)
    guide: tuple[ChecklistEntry, ...] = ()
    if giver.region_code:
        guide = tuple(
            build_checklist(
                "binding", facts, region_code=giver.region_code, at=at, overrides=overrides
            )
        )
    sources = {s.id: s for s in case_sources(e.source_id for e in guide)}
    return Assessment(check_giver(giver, at, book, overrides), tuple(verdicts), at, guide, sources)


def _clean_new(binding: Binding, today: date) -> Binding:
    errors: list[FieldError] = []
    status = binding.status
    if not isinstance(status, BindingStatus):
        try:
            status = BindingStatus(status)
        except ValueError:
            status = BindingStatus.DISSOLVED
    if status is BindingStatus.DISSOLVED:
        errors.append(FieldError.of("status", _MSG_STATUS))
    if status is BindingStatus.ACTIVE:
        if binding.start_date is None:
            errors.append(FieldError.of("start_date", _MSG_START_REQUIRED))
        elif binding.start_date > today:
            errors.append(FieldError.of("start_date", _MSG_START_FUTURE, today=today.isoformat()))
    notes = binding.notes.strip()
    errors += _check_notes(notes)
    if binding.giver_id == binding.relative_id:
        errors.append(FieldError.of("relatives", _MSG_SAME_PERSON))
    if errors:
        raise InvalidInput(errors)
    return dataclasses.replace(
        binding, status=status, notes=notes, end_date=None, ended_reason="", id=None
    )


def save_bindings(
    db: Database, bindings: Sequence[Binding], *, at: date, today: date
) -> list[Binding]:
    """Save new bindings (计划中 or 已办理) after checking each again at *at*.

    All or nothing: a relative who does not qualify (e.g. bound to someone else meanwhile)
    or a bad field raises :class:`InvalidInput` and nothing is saved.
    """
    from yibao.storage.binding_repo import BindingRepository

    clean = [_clean_new(b, today) for b in bindings]
    if not clean:
        raise InvalidInput(FieldError.of("relatives", _MSG_NO_RELATIVES))
    book = policy_book()
    saved: list[Binding] = []
    with db.session() as session:
        _reconcile(session, today)
        members, overrides = _load(session)
        repo = BindingRepository(session)
        existing = [b for b, _s in repo.list()]
        names = {i: m.name for i, m in members.items()}
        gender = _user_gender(members)
        for binding in clean:
            giver = _member(members, binding.giver_id, "giver")
            relative = _member(members, binding.relative_id, "relatives")
            verdict = assess_relative(
                giver,
                relative,
                at=at,
                book=book,
                overrides=overrides,
                bindings=existing,
                names=names,
                user_gender=gender,
            )
            if not verdict.eligible:
                raise InvalidInput(
                    FieldError.of(
                        "relatives",
                        _MSG_NOT_ELIGIBLE,
                        relative=relative.name,
                        reasons="；".join(r.text for r in verdict.blocked),
                    )
                )
            snapshot = snapshot_of(giver, relative)
            stored = repo.add(binding, snapshot)
            existing.append(stored)
            saved.append(stored)
    log.info("bindings saved: %s", [b.id for b in saved])
    return saved


# ------------------------------------------------------------------ changing one


def mark_active(db: Database, binding_id: int, *, start: date, today: date) -> Binding:
    """计划中 → 已办理 from *start* (not after today); both sides' state is remembered."""
    from yibao.storage.binding_repo import BindingRepository

    if start > today:
        raise InvalidInput(FieldError.of("start_date", _MSG_START_FUTURE, today=today.isoformat()))
    with db.session() as session:
        repo = BindingRepository(session)
        found = repo.get(binding_id)
        if found is None:
            raise InvalidInput(FieldError.of("id", _MSG_GONE))
        binding, _snapshot = found
        if binding.status is not BindingStatus.PLANNED:
            raise InvalidInput(FieldError.of("status", _MSG_NOT_PLANNED))
        members, _overrides = _load(session)
        giver = _member(members, binding.giver_id, "giver")
        relative = _member(members, binding.relative_id, "relatives")
        updated = repo.update(
            dataclasses.replace(binding, status=BindingStatus.ACTIVE, start_date=start),
            snapshot_of(giver, relative),
        )
    log.info("binding %s marked active", binding_id)
    return updated


def dissolve(
    db: Database, binding_id: int, *, today: date, day: date | None = None, reason: str = ""
) -> Binding:
    """Mark a binding 已解除 by hand (from *day*, default today), with an optional reason."""
    from yibao.storage.binding_repo import BindingRepository

    reason = reason.strip()
    errors = _check_notes(reason, "reason")
    end = day or today
    with db.session() as session:
        repo = BindingRepository(session)
        found = repo.get(binding_id)
        if found is None:
            raise InvalidInput(FieldError.of("id", _MSG_GONE))
        binding, snapshot = found
        if binding.status is BindingStatus.DISSOLVED:
            raise InvalidInput(FieldError.of("status", _MSG_ALREADY_DISSOLVED))
        if binding.start_date is not None and end < binding.start_date:
            errors.append(
                FieldError.of(
                    "end_date", _MSG_END_BEFORE_START, start=binding.start_date.isoformat()
                )
            )
        if errors:
            raise InvalidInput(errors)
        text = MANUAL_DISSOLVED + (f"：{reason}" if reason else "")
        updated = repo.update(
            dataclasses.replace(
                binding, status=BindingStatus.DISSOLVED, end_date=end, ended_reason=text
            ),
            snapshot,
        )
    log.info("binding %s dissolved by hand", binding_id)
    return updated


def delete_binding(db: Database, binding_id: int) -> None:
    """Remove a record entirely (e.g. entered by mistake); a missing one is not an error."""
    from yibao.storage.binding_repo import BindingRepository

    with db.session() as session:
        BindingRepository(session).delete(binding_id)
    log.info("binding %s deleted", binding_id)


# ------------------------------------------------------------------ who pays


@dataclass(frozen=True)
class WhoPaysSetup:
    """The accounts that may pay a relative's bill: their own, then their 共济人 (in force)."""

    relative: Member
    own_account: bool
    givers: tuple[PayerBalance, ...]
    order: Resolved | None
    #: per giver id: the threshold rule where there is one (for "why ¥1,000 stays")
    thresholds: tuple[tuple[int, Fact[Decimal]], ...] = ()
    #: ``family.one_giver_per_settlement`` where the relative is insured (山西: one 共济人
    #: per settlement), ``None`` where the book has no such rule
    one_giver_rule: Resolved | None = None

    @property
    def one_giver_per_settlement(self) -> bool:
        return self.one_giver_rule is not None and self.one_giver_rule.value is True


def who_pays_setup(db: Database, relative_id: int, today: date) -> WhoPaysSetup:
    """Who may pay for *relative_id* today; balances are zero until the user types them."""
    with db.session() as session:
        records, _notices = _reconcile(session, today)
        members, overrides = _load(session)
    relative = _member(members, relative_id, "relative")
    book = policy_book()
    givers: list[PayerBalance] = []
    thresholds: list[tuple[int, Fact[Decimal]]] = []
    for record in records:
        b = record.binding
        if b.relative_id != relative_id or b.status is not BindingStatus.ACTIVE:
            continue
        value, found = threshold_fact(PolicyView(book, record.giver.region_code, today, overrides))
        givers.append(
            PayerBalance(
                record.giver.name, PayerRole.GIVER, Decimal("0.00"), value, record.giver.id
            )
        )
        if found.found and record.giver.id is not None:
            thresholds.append((record.giver.id, found))
    view = PolicyView(book, relative.region_code, today, overrides)
    order = view.text("family.payment_order").resolved
    one_giver = view.flag("family.one_giver_per_settlement").resolved
    return WhoPaysSetup(
        relative,
        relative.scheme.has_personal_account,
        tuple(givers),
        order,
        tuple(thresholds),
        one_giver,
    )


def who_pays(
    setup: WhoPaysSetup,
    bill: Decimal,
    own_balance: Decimal,
    giver_balances: Sequence[Decimal],
) -> PaymentPlan:
    """Who pays *bill* for ``setup.relative``: their own account (*own_balance*, when they
    have one), then the 共济人 in ``setup.givers`` with the balances typed for them (same
    order). Pure arithmetic, no database work."""
    own = (
        PayerBalance(setup.relative.name, PayerRole.OWN, own_balance)
        if setup.own_account and own_balance > 0
        else None
    )
    payers = [
        dataclasses.replace(giver, balance=balance)
        for giver, balance in zip(setup.givers, giver_balances, strict=True)
    ]
    return allocate_payment(
        bill, own, payers, setup.order, one_giver_per_settlement=setup.one_giver_per_settlement
    )
