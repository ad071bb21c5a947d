"""The user's profile and household members: validation and the use cases around them.

ID numbers are personal data: they are stored normalised, and never logged unmasked (log
lines name members by id and masked ID number only, never by the ``Member`` object).
"""

from __future__ import annotations

import dataclasses
import logging
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from yibao.domain.i18n import QT_TRANSLATE_NOOP
from yibao.domain.idcard import IdCardInfo, check_id_number, mask_id_number
from yibao.domain.people import Gender, Member, Relation, Scheme
from yibao.domain.regions import region_book
from yibao.services.database import Database
from yibao.services.errors import FieldError, InvalidInput, text_errors

if TYPE_CHECKING:
    from yibao.storage.repositories import MemberRepository

log = logging.getLogger(__name__)

NAME_MAX_LENGTH = 40
EARLIEST_BIRTH_DATE = date(1900, 1, 1)

_MSG_CHOOSE = QT_TRANSLATE_NOOP("services", "请从列表中选择（“{value}”不是可选项）")
_MSG_NAME_REQUIRED = QT_TRANSLATE_NOOP("services", "请填写姓名")
_MSG_NAME_TOO_LONG = QT_TRANSLATE_NOOP("services", "姓名不能超过 {max} 个字，现在是 {n} 个")
_MSG_NAME_CONTROL = QT_TRANSLATE_NOOP("services", "姓名中有不可见的控制字符，请重新输入")
_MSG_BIRTH_REQUIRED = QT_TRANSLATE_NOOP("services", "请填写出生日期，或填写身份证号")
_MSG_BIRTH_FUTURE = QT_TRANSLATE_NOOP("services", "出生日期不能晚于今天（{today}）")
_MSG_BIRTH_TOO_EARLY = QT_TRANSLATE_NOOP("services", "出生日期不能早于 1900 年")
_MSG_BIRTH_CONFLICT = QT_TRANSLATE_NOOP(
    "services",
    "出生日期与身份证号不一致：身份证号中的出生日期是 {id_birth_date}。请核对出生日期或身份证号",
)
_MSG_GENDER_CONFLICT = QT_TRANSLATE_NOOP(
    "services",
    "性别与身份证号不一致：按身份证号（第 17 位）应为“{id_gender}”。请核对性别或身份证号",
)
_MSG_REGION_UNKNOWN = QT_TRANSLATE_NOOP("services", "未知的地区代码：{code}")
_MSG_REGION_NOT_POOLING = QT_TRANSLATE_NOOP(
    "services", "请选择参保的统筹区（一般是地级市），不能只选省份：{name}"
)
_MSG_REGION_COUNTY = QT_TRANSLATE_NOOP(
    "services", "请选择参保的统筹区（一般是地级市），而不是区县：“{name}”属于“{suggestion}”"
)
_MSG_REGION_NOT_CURRENT = QT_TRANSLATE_NOOP(
    "services", "地区“{name}”（{code}）已撤销或更名，请重新选择参保地"
)
_MSG_DIED_FUTURE = QT_TRANSLATE_NOOP("services", "去世日期不能晚于今天（{today}）")
_MSG_DIED_BEFORE_BIRTH = QT_TRANSLATE_NOOP("services", "去世日期不能早于出生日期（{birth}）")
_MSG_DIED_SELF = QT_TRANSLATE_NOOP(
    "services", "“本人”不能标记为已去世；请在家庭成员中标记去世的亲属"
)
_MSG_ENROLLED_NONE = QT_TRANSLATE_NOOP(
    "services", "险种选了“未参保”，就不能同时标记为已参保。请改选险种或取消“已参保”"
)
_MSG_SELF_ONLY_PROFILE = QT_TRANSLATE_NOOP(
    "services", "“本人”只用于个人资料，请为家庭成员选择与您的关系"
)
_MSG_PROFILE_MUST_BE_SELF = QT_TRANSLATE_NOOP("services", "个人资料的关系只能是“本人”")
_MSG_DUPLICATE_ID = QT_TRANSLATE_NOOP(
    "services", "这个身份证号已经登记给“{name}”了，同一个人不能登记两次"
)
_MSG_MEMBER_GONE = QT_TRANSLATE_NOOP("services", "这位家庭成员已被删除，请刷新后再试")
_MSG_CANNOT_REMOVE_SELF = QT_TRANSLATE_NOOP(
    "services", "不能删除本人的个人资料；如需修改，请在“个人资料”中编辑"
)


def _coerce_enums(member: Member) -> tuple[Member, list[FieldError]]:
    """Accept enum *values* too (Qt item data turns ``StrEnum`` members into ``str``)."""
    changes: dict[str, object] = {}
    errors: list[FieldError] = []
    for name, enum_cls in (("relation", Relation), ("gender", Gender), ("scheme", Scheme)):
        raw = getattr(member, name)
        if isinstance(raw, enum_cls):
            continue
        try:
            changes[name] = enum_cls(raw)
        except ValueError:
            errors.append(FieldError.of(name, _MSG_CHOOSE, value=str(raw)))
    return (dataclasses.replace(member, **changes) if changes else member), errors  # type: ignore[arg-type]


def _has_control_chars(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text)


def _validate_name(name: str) -> list[FieldError]:
    trimmed = name.strip()
    if not trimmed:
        return [FieldError.of("name", _MSG_NAME_REQUIRED)]
    errors = []
    if len(trimmed) > NAME_MAX_LENGTH:
        errors.append(
            FieldError.of("name", _MSG_NAME_TOO_LONG, max=str(NAME_MAX_LENGTH), n=str(len(trimmed)))
        )
    broken = text_errors("name", trimmed)
    if broken:
        errors += broken
    elif _has_control_chars(trimmed):
        errors.append(FieldError.of("name", _MSG_NAME_CONTROL))
    return errors


def _validate_region(code: str) -> list[FieldError]:
    book = region_book()
    code = code.strip()
    region = book.lookup(code)
    if region is None:
        return [FieldError.of("region_code", _MSG_REGION_UNKNOWN, code=code)]
    pooling = book.pooling_region_of(code)
    if pooling is None:
        return [FieldError.of("region_code", _MSG_REGION_NOT_POOLING, name=book.full_name(code))]
    if pooling.code != code:
        return [
            FieldError.of(
                "region_code",
                _MSG_REGION_COUNTY,
                name=book.full_name(code),
                suggestion=book.full_name(pooling.code),
            )
        ]
    if not region.current:
        return [
            FieldError.of(
                "region_code", _MSG_REGION_NOT_CURRENT, name=book.full_name(code), code=code
            )
        ]
    return []


def _id_info(member: Member, today: date, errors: list[FieldError]) -> IdCardInfo | None:
    if member.id_number is None or not member.id_number.strip():
        return None
    check = check_id_number(member.id_number, today=today)
    for issue in check.errors:
        errors.append(
            FieldError("id_number", issue.message, issue.template, dict(issue.params), "domain")
        )
    return check.info


def validate_member(
    member: Member, *, today: date, profile: bool | None = None
) -> tuple[FieldError, ...]:
    """Every problem with *member* as typed, by field (``Member`` attribute names).

    ``profile=True`` validates the user's own profile (relation must be SELF),
    ``profile=False`` a household member (relation must not be SELF); ``None`` skips the
    relation rule. Duplicate ID numbers need the database and are checked when saving.
    """
    member, errors = _coerce_enums(member)
    if errors:
        return tuple(errors)
    errors += _validate_name(member.name)
    errors += text_errors("notes", member.notes)
    info = _id_info(member, today, errors)

    errors += _birth_date_errors(member, info, today, errors)
    if info is not None and info.gender is not member.gender:
        errors.append(FieldError.of("gender", _MSG_GENDER_CONFLICT, id_gender=info.gender.label))
    if member.region_code is not None and member.region_code.strip():
        errors += _validate_region(member.region_code)
    if member.scheme is Scheme.NONE and member.enrolled:
        errors.append(FieldError.of("enrolled", _MSG_ENROLLED_NONE))
    errors += _died_on_errors(member, today)
    errors += _relation_errors(member, profile)
    return tuple(errors)


def _birth_date_errors(
    member: Member, info: IdCardInfo | None, today: date, errors: list[FieldError]
) -> list[FieldError]:
    """The birth date: given (unless the ID number gives it, or is itself wrong), not in
    the future nor too early, and the ID number's."""
    birth = member.birth_date
    if birth is None:
        if info is None and not any(e.field == "id_number" for e in errors):
            return [FieldError.of("birth_date", _MSG_BIRTH_REQUIRED)]
        return []
    if birth > today:
        return [FieldError.of("birth_date", _MSG_BIRTH_FUTURE, today=today.isoformat())]
    if birth < EARLIEST_BIRTH_DATE:
        return [FieldError.of("birth_date", _MSG_BIRTH_TOO_EARLY)]
    if info is not None and info.birth_date != birth:
        iso = info.birth_date.isoformat()
        return [FieldError.of("birth_date", _MSG_BIRTH_CONFLICT, id_birth_date=iso)]
    return []


def _died_on_errors(member: Member, today: date) -> list[FieldError]:
    died = member.died_on
    if died is None:
        return []
    if member.relation is Relation.SELF:
        return [FieldError.of("died_on", _MSG_DIED_SELF)]
    if died > today:
        return [FieldError.of("died_on", _MSG_DIED_FUTURE, today=today.isoformat())]
    if member.birth_date is not None and died < member.birth_date:
        birth = member.birth_date.isoformat()
        return [FieldError.of("died_on", _MSG_DIED_BEFORE_BIRTH, birth=birth)]
    return []


def _relation_errors(member: Member, profile: bool | None) -> list[FieldError]:
    """``profile=True``: must be the user (SELF); ``False``: must not be."""
    if profile is True and member.relation is not Relation.SELF:
        return [FieldError.of("relation", _MSG_PROFILE_MUST_BE_SELF)]
    if profile is False and member.relation is Relation.SELF:
        return [FieldError.of("relation", _MSG_SELF_ONLY_PROFILE)]
    return []


def _cleaned(member: Member, *, today: date, profile: bool) -> Member:
    """Validate, then normalise: trimmed text, normalised ID, birth date from the ID."""
    errors = validate_member(member, today=today, profile=profile)
    if errors:
        raise InvalidInput(errors)
    member, _ = _coerce_enums(member)
    id_number: str | None = None
    birth_date = member.birth_date
    if member.id_number is not None and member.id_number.strip():
        check = check_id_number(member.id_number, today=today)
        assert check.info is not None  # validated above
        id_number = check.number
        birth_date = birth_date or check.info.birth_date
    region = member.region_code.strip() if member.region_code else None
    return dataclasses.replace(
        member,
        name=member.name.strip(),
        id_number=id_number,
        birth_date=birth_date,
        region_code=region or None,
        notes=member.notes.strip(),
    )


def _check_unique_id(repo: MemberRepository, member: Member) -> None:
    if member.id_number is None:
        return
    other = repo.find_by_id_number(member.id_number)
    if other is not None and other.id != member.id:
        raise InvalidInput(FieldError.of("id_number", _MSG_DUPLICATE_ID, name=other.name))


def _describe(member: Member) -> str:
    """For log lines: never the name or the full ID number."""
    return (
        f"member id={member.id} relation={member.relation.value} "
        f"id_number={mask_id_number(member.id_number) or '-'}"
    )


# ------------------------------------------------------------------ use cases


def get_profile(db: Database) -> Member | None:
    from yibao.storage.repositories import MemberRepository

    with db.session() as session:
        return MemberRepository(session).get_self()


def save_profile(db: Database, member: Member, *, today: date) -> Member:
    """Create or update the user's own profile (the single SELF row)."""
    from yibao.storage.repositories import MemberRepository

    clean = _cleaned(member, today=today, profile=True)
    with db.session() as session:
        repo = MemberRepository(session)
        existing = repo.get_self()
        clean = dataclasses.replace(clean, id=existing.id if existing else None)
        _check_unique_id(repo, clean)
        saved = repo.update(clean) if existing is not None else repo.add(clean)
    log.info("profile saved: %s", _describe(saved))
    return saved


def display_order(members: Iterable[Member]) -> list[Member]:
    """Self first, then by relation (the order of ``Relation``), then name, then id."""
    order = list(Relation)
    return sorted(members, key=lambda m: (order.index(m.relation), m.name, m.id or 0))


def list_members(db: Database, *, include_self: bool = True) -> list[Member]:
    """The household in :func:`display_order`."""
    from yibao.storage.repositories import MemberRepository

    with db.session() as session:
        members = MemberRepository(session).list()
    if not include_self:
        members = [m for m in members if m.relation is not Relation.SELF]
    return display_order(members)


def add_member(db: Database, member: Member, *, today: date) -> Member:
    from yibao.storage.repositories import MemberRepository

    clean = dataclasses.replace(_cleaned(member, today=today, profile=False), id=None)
    with db.session() as session:
        repo = MemberRepository(session)
        _check_unique_id(repo, clean)
        saved = repo.add(clean)
    log.info("member added: %s", _describe(saved))
    return saved


def update_member(db: Database, member: Member, *, today: date) -> Member:
    """Update a household member (not the profile: use :func:`save_profile`)."""
    from yibao.storage.repositories import MemberRepository

    clean = _cleaned(member, today=today, profile=False)
    with db.session() as session:
        repo = MemberRepository(session)
        current = repo.get(member.id) if member.id is not None else None
        if current is None:
            raise InvalidInput(FieldError.of("id", _MSG_MEMBER_GONE))
        if current.relation is Relation.SELF:
            raise InvalidInput(FieldError.of("relation", _MSG_PROFILE_MUST_BE_SELF))
        _check_unique_id(repo, clean)
        saved = repo.update(clean)
    log.info("member updated: %s", _describe(saved))
    return saved


def remove_member(db: Database, member_id: int) -> None:
    """Remove a household member; removing one that is already gone is not an error."""
    from yibao.storage.repositories import MemberRepository

    with db.session() as session:
        repo = MemberRepository(session)
        current = repo.get(member_id)
        if current is None:
            return
        if current.relation is Relation.SELF:
            raise InvalidInput(FieldError.of("relation", _MSG_CANNOT_REMOVE_SELF))
        repo.delete(member_id)
    log.info("member removed: id=%s", member_id)
