"""Recorded bindings kept in step with the household: both sides' state when a binding was
done (:class:`BindingSnapshot`), and what to do when it changes (:func:`reconcile_binding`:
dissolve automatically where ``family.auto_unbind`` is in force, otherwise a notice to check),
with the notices the overview shows (:func:`earlier_notice`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from yibao.domain.bindings import Binding, BindingStatus
from yibao.domain.family.model import (
    Rule,
    in_force,
    insured,
    policy_region,
    reason,
    region_name,
    since,
)
from yibao.domain.i18n import QT_TRANSLATE_NOOP, Message, fill
from yibao.domain.kernel import Basis, Finding, LabelledEnum, Level, PolicyView
from yibao.domain.people import Member, Scheme
from yibao.domain.policy import Override, PolicyBook

# ``Binding.ended_reason`` of bindings this module dissolved (the overview lists them).
AUTO_DISSOLVED_PREFIX = "自动解除"
# How long an automatic dissolution stays on the overview.
NOTICE_DAYS = 90


@dataclass(frozen=True, slots=True)
class BindingSnapshot:
    """Both sides' scheme and 统筹区 when a binding was recorded as done (已办理).

    The national 2026 rules dissolve a binding when either side's insurance ends or moves
    统筹区; comparing the members with this snapshot is how the app notices.
    """

    giver_scheme: Scheme
    giver_region: str | None
    relative_scheme: Scheme
    relative_region: str | None
    giver_enrolled: bool = True
    relative_enrolled: bool = True


def snapshot_of(giver: Member, relative: Member) -> BindingSnapshot:
    return BindingSnapshot(
        giver_scheme=giver.scheme,
        giver_region=giver.region_code,
        relative_scheme=relative.scheme,
        relative_region=relative.region_code,
        giver_enrolled=giver.enrolled,
        relative_enrolled=relative.enrolled,
    )


@dataclass(frozen=True, slots=True)
class BindingRecord:
    """A stored binding with the members on both sides (for lists) and its snapshot."""

    binding: Binding
    giver: Member
    relative: Member
    snapshot: BindingSnapshot | None = None


class NoticeKind(LabelledEnum):
    AUTO_DISSOLVED = "auto_dissolved"
    CHECK_NEEDED = "check_needed"
    PLANNED_AFFECTED = "planned_affected"


@dataclass(frozen=True)
class Notice:
    """Something the overview should tell the user about a binding."""

    kind: NoticeKind
    binding_id: int | None
    template: str
    #: a param may be a :class:`~yibao.domain.i18n.Message` (what changed), translated with it
    params: Mapping[str, object]
    day: date
    # produced by this reconciliation (not an earlier one still shown)
    new: bool = False
    # the rule it rests on (``family.auto_unbind``), if any
    basis: tuple[Basis, ...] = ()

    @property
    def text(self) -> str:
        return fill(self.template, self.params)


@dataclass(frozen=True)
class Reconciled:
    """What :func:`reconcile_binding` decided: the binding to store (if changed), a notice."""

    binding: Binding
    snapshot: BindingSnapshot | None
    changed: bool
    notice: Notice | None


_CHANGE_GIVER_ENDED = QT_TRANSLATE_NOOP(
    "domain", "共济人{giver}的职工医保个人账户已不可用（现在：{scheme}）"
)
_CHANGE_RELATIVE_ENDED = QT_TRANSLATE_NOOP(
    "domain", "{relative}的基本医疗保险已终止（现在：{scheme}）"
)
_CHANGE_GIVER_MOVED = QT_TRANSLATE_NOOP("domain", "共济人{giver}的参保地由{old}变为{new}")
_CHANGE_RELATIVE_MOVED = QT_TRANSLATE_NOOP("domain", "{relative}的参保地由{old}变为{new}")
_ENDED_REASON = QT_TRANSLATE_NOOP("domain", "自动解除：{changes}（{date}）")
#: two changes one after the other (each a sentence part of its own)
_AND_THEN = QT_TRANSLATE_NOOP("domain", "{first}；{then}")
_NOTICE_DISSOLVED = QT_TRANSLATE_NOOP(
    "domain",
    "{giver}给{relative}的家庭共济已自动解除：{changes}。按{policy_region}自{since}起的规定，"
    "任一方参保终止或转移统筹区时共济关系自动解除；如仍需共济，请重新办理",
)
_NOTICE_CHECK = QT_TRANSLATE_NOOP(
    "domain",
    "{giver}给{relative}的家庭共济：{changes}。{date}时当地是否自动解除没有明确规定，"
    "请在国家医保服务平台APP中查看共济状态",
)
_NOTICE_PLANNED = QT_TRANSLATE_NOOP(
    "domain", "计划中的{giver}给{relative}的家庭共济：{changes}。办理前请重新检查是否符合条件"
)


def _changes(snap: BindingSnapshot, giver: Member, relative: Member) -> tuple[list[Message], bool]:
    """What changed (messages the UI translates), and whether any side's insurance ended."""
    out: list[Message] = []
    ended = False
    giver_ok = giver.enrolled and giver.scheme.has_personal_account
    was_ok = snap.giver_enrolled and snap.giver_scheme.has_personal_account
    if was_ok and not giver_ok:
        ended = True
        out.append(
            Message(_CHANGE_GIVER_ENDED, {"giver": giver.name, "scheme": giver.scheme.label})
        )
    if (snap.relative_enrolled and snap.relative_scheme.is_insured) and not insured(relative):
        ended = True
        out.append(
            Message(
                _CHANGE_RELATIVE_ENDED, {"relative": relative.name, "scheme": relative.scheme.label}
            )
        )
    if snap.giver_region != giver.region_code:
        out.append(
            Message(
                _CHANGE_GIVER_MOVED,
                {
                    "giver": giver.name,
                    "old": region_name(snap.giver_region),
                    "new": region_name(giver.region_code),
                },
            )
        )
    if snap.relative_region != relative.region_code:
        out.append(
            Message(
                _CHANGE_RELATIVE_MOVED,
                {
                    "relative": relative.name,
                    "old": region_name(snap.relative_region),
                    "new": region_name(relative.region_code),
                },
            )
        )
    return out, ended


def _joined(changes: Sequence[Message]) -> Message:
    """The changes as one message: ``A；B；C`` in Chinese, ``A; B; C`` in English."""
    out = changes[0]
    for change in changes[1:]:
        out = Message(_AND_THEN, {"first": out, "then": change})
    return out


def _died(record: BindingRecord, today: date) -> Reconciled | None:
    """Death ends the insurance, so the binding ends that day, whatever the local rule."""
    died = next((m for m in (record.giver, record.relative) if m.died_on is not None), None)
    if died is None or died.died_on is None:
        return None
    b = record.binding
    params = {
        "giver": record.giver.name,
        "relative": record.relative.name,
        "name": died.name,
        "date": died.died_on.isoformat(),
    }
    dissolved = replace(
        b,
        status=BindingStatus.DISSOLVED,
        end_date=died.died_on,
        ended_reason=_ENDED_DEATH.format(name=died.name, date=died.died_on.isoformat()),
    )
    notice = Notice(NoticeKind.AUTO_DISSOLVED, b.id, _NOTICE_DEATH, params, today, True)
    return Reconciled(dissolved, snapshot_of(record.giver, record.relative), True, notice)


def reconcile_binding(
    record: BindingRecord,
    today: date,
    book: PolicyBook,
    overrides: Sequence[Override] = (),
) -> Reconciled:
    """Compare a binding in force with both members now; dissolve it where the rules say.

    * no snapshot yet → take one now (nothing else);
    * 已办理 and a side's insurance ended or moved 统筹区: with ``family.auto_unbind`` in
      force for the giver's region (2026-01-09 nationally) the binding is dissolved
      (``end_date = today``, ``ended_reason`` starting with :data:`AUTO_DISSOLVED_PREFIX`);
      otherwise a "please check" notice, and the snapshot is renewed so it is said once;
    * 计划中 and something changed: a notice to re-check, and the snapshot is renewed.
    """
    b = record.binding
    current = snapshot_of(record.giver, record.relative)
    if not in_force(b):
        return Reconciled(b, record.snapshot, False, None)
    died = _died(record, today)
    if died is not None:
        return died
    if record.snapshot is None:
        return Reconciled(b, current, True, None)
    if record.snapshot == current:
        return Reconciled(b, record.snapshot, False, None)
    changes, _ended = _changes(record.snapshot, record.giver, record.relative)
    if not changes:
        # e.g. 在职 → 退休: still an account, same regions; just remember the new state.
        return Reconciled(b, current, True, None)
    what = _joined(changes)
    params: dict[str, object] = {
        "giver": record.giver.name,
        "relative": record.relative.name,
        "changes": what,
        "date": today.isoformat(),
    }
    if b.status is BindingStatus.PLANNED:
        notice = Notice(NoticeKind.PLANNED_AFFECTED, b.id, _NOTICE_PLANNED, params, today, True)
        return Reconciled(b, current, True, notice)
    region = record.snapshot.giver_region or record.giver.region_code
    rule = PolicyView(book, region, today, overrides).flag("family.auto_unbind")
    basis = (rule.basis,)
    if rule.value is True:
        params |= {"policy_region": policy_region(rule), "since": since(rule)}
        dissolved = replace(
            b,
            status=BindingStatus.DISSOLVED,
            end_date=today,
            # stored with the binding: the Chinese the record keeps
            ended_reason=_ENDED_REASON.format(changes=str(what), date=today.isoformat()),
        )
        notice = Notice(
            NoticeKind.AUTO_DISSOLVED, b.id, _NOTICE_DISSOLVED, params, today, True, basis
        )
        return Reconciled(dissolved, current, True, notice)
    notice = Notice(NoticeKind.CHECK_NEEDED, b.id, _NOTICE_CHECK, params, today, True, basis)
    return Reconciled(b, current, True, notice)


_ENDED_DEATH = QT_TRANSLATE_NOOP("domain", "自动解除：{name}于{date}去世")
_NOTICE_DEATH = QT_TRANSLATE_NOOP(
    "domain", "{name}于{date}去世，{giver}给{relative}的家庭共济已自动解除"
)
_NOTICE_EARLIER = QT_TRANSLATE_NOOP("domain", "{giver}给{relative}的家庭共济已于{date}{reason}")


def earlier_notice(record: BindingRecord, today: date) -> Notice | None:
    """A still-recent automatic dissolution (within :data:`NOTICE_DAYS`), for the overview."""
    b = record.binding
    if b.status is not BindingStatus.DISSOLVED or b.end_date is None:
        return None
    if not b.ended_reason.startswith(AUTO_DISSOLVED_PREFIX):
        return None
    if (today - b.end_date).days > NOTICE_DAYS or b.end_date > today:
        return None
    reason = b.ended_reason.split("（")[0]
    return Notice(
        NoticeKind.AUTO_DISSOLVED,
        b.id,
        _NOTICE_EARLIER,
        {
            "giver": record.giver.name,
            "relative": record.relative.name,
            "date": b.end_date.isoformat(),
            "reason": reason,
        },
        b.end_date,
        False,
    )


_RULE_AUTO = QT_TRANSLATE_NOOP(
    "domain",
    "{region}自{since}起：任一方不再参保或换了参保地（统筹区）时，共济会自动解除，这里会标出来",
)
_RULE_NOT_AUTO = QT_TRANSLATE_NOOP(
    "domain",
    "按{region}的规定，任一方不再参保或换了参保地时，共济不会自动解除；这里会提醒您去核对",
)
_RULE_UNKNOWN = QT_TRANSLATE_NOOP(
    "domain",
    "任一方不再参保或换了参保地时，当地是否自动解除共济，政策库中没有记载，以当地医保部门公布为准；"
    "这里会提醒您去核对",
)


def dissolution_rule(view: PolicyView) -> Finding:
    """What happens to a binding when a side's insurance ends or moves, as the book says for
    *view*'s region and day (``family.auto_unbind``): dissolved automatically, not, or unknown."""
    rule = view.flag("family.auto_unbind")
    if rule.value is None:
        return reason(Rule.AUTO_UNBIND, Level.CHECK, _RULE_UNKNOWN, {}, rule)
    params = {"region": policy_region(rule), "since": since(rule)}
    template = _RULE_AUTO if rule.value else _RULE_NOT_AUTO
    return reason(Rule.AUTO_UNBIND, Level.INFO, template, params, rule)
