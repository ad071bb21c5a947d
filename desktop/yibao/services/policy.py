"""The policy book and the user's own overrides of it (shown as 本地修改)."""

from __future__ import annotations

import dataclasses
import functools
import logging
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from yibao.domain.i18n import QT_TRANSLATE_NOOP, is_english
from yibao.domain.kernel import Basis, PolicyView
from yibao.domain.policy import (
    Override,
    PolicyBook,
    PolicyValueError,
    Resolved,
    format_value,
    is_region_key,
    load_policy_book,
    parse_value,
    region_keys_for,
)
from yibao.resources import resource_path
from yibao.services.database import Database
from yibao.services.errors import FieldError, InvalidInput, text_errors

if TYPE_CHECKING:
    from yibao.domain.policy import ParameterInfo, PolicyValue
    from yibao.domain.policy.english import EnglishCatalogue
    from yibao.domain.proxy_payment import CollectionPeriod

log = logging.getLogger(__name__)

NOTE_MAX_LENGTH = 500

_MSG_UNKNOWN_PARAMETER = QT_TRANSLATE_NOOP("services", "没有这个政策参数：{key}")
_MSG_BAD_REGION_KEY = QT_TRANSLATE_NOOP("services", "无效的地区：{region_key}")
_MSG_BAD_REGION_CODE = QT_TRANSLATE_NOOP("services", "无效的地区代码：{code}")
_MSG_NOTE_TOO_LONG = QT_TRANSLATE_NOOP("services", "备注不能超过 {max} 个字")


def policy_book() -> PolicyBook:
    """The policy book from ``resources/policy`` (loaded once per process), its texts in the
    language the app runs in (:func:`yibao.domain.i18n.set_language`): English from
    ``resources/policy/en``."""
    return _book(is_english())


@functools.cache
def _book(english: bool) -> PolicyBook:
    if not english:
        return load_policy_book(resource_path("policy"))
    from yibao.domain.policy.english import english_book

    return english_book(_book(False), english_catalogue())


@functools.cache
def english_catalogue() -> EnglishCatalogue:
    """The English texts of the policy book (``resources/policy/en``)."""
    from yibao.domain.policy.english import load_english_catalogue

    return load_english_catalogue(resource_path("policy"))


def value_text(info: ParameterInfo, value: PolicyValue) -> str:
    """*value* for display in the app's language (Chinese: :func:`format_value`, which the
    override editor reads back; English: Yes/No, English words and units)."""
    if is_english():
        return english_catalogue().value_text(info, value)
    return format_value(info, value)


def edit_text(info: ParameterInfo, value: PolicyValue) -> str:
    """*value* as the override editor shows it, in the app's language: text that
    :func:`set_override` reads back (English: yes/no, ``, `` and ``; ``)."""
    return format_value(info, value, english=is_english())


def unit_text(unit: str) -> str:
    """A parameter's unit for display in the app's language."""
    return english_catalogue().unit(unit) if is_english() else unit


def list_overrides(db: Database) -> list[Override]:
    from yibao.storage.repositories import OverrideRepository

    with db.session() as session:
        return OverrideRepository(session).list()


def set_override(
    db: Database,
    region_key: str,
    key: str,
    effective_from: date,
    text: str,
    note: str = "",
) -> Override:
    """Store the user's value *text* for parameter *key* in *region_key* from a date on.

    An override for the same region, parameter and date is replaced (keeping its id). Raises
    :class:`InvalidInput` (fields ``region_key``, ``key``, ``value``, ``note``).
    """
    from yibao.storage.repositories import OverrideRepository

    book = policy_book()
    errors: list[FieldError] = []
    if not is_region_key(region_key):
        errors.append(FieldError.of("region_key", _MSG_BAD_REGION_KEY, region_key=region_key))
    try:
        info = book.info(key)
    except KeyError:
        raise InvalidInput(
            [*errors, FieldError.of("key", _MSG_UNKNOWN_PARAMETER, key=key)]
        ) from None
    value = None
    try:
        value = parse_value(info, text)
    except PolicyValueError as exc:
        errors.append(FieldError("value", str(exc), str(exc), {}, "domain"))
    else:
        errors += text_errors("value", text)
    note = note.strip()
    if len(note) > NOTE_MAX_LENGTH:
        errors.append(FieldError.of("note", _MSG_NOTE_TOO_LONG, max=str(NOTE_MAX_LENGTH)))
    errors += text_errors("note", note)
    if errors or value is None:
        raise InvalidInput(errors)
    with db.session() as session:
        repo = OverrideRepository(session)
        new = Override(region_key, key, effective_from, value, note)
        existing = repo.find(region_key, key, effective_from)
        if existing is not None:
            saved = repo.update(dataclasses.replace(new, id=existing.id))
        else:
            saved = repo.add(new)
    log.info("override set: %s %s from %s", region_key, key, effective_from.isoformat())
    return saved


def revert_override(db: Database, override_id: int) -> None:
    """Remove an override (back to the book's value); a missing one is not an error."""
    from yibao.storage.repositories import OverrideRepository

    with db.session() as session:
        OverrideRepository(session).delete(override_id)
    log.info("override reverted: id=%s", override_id)


def policy_rows(db: Database, region_code: str | None, at: date) -> list[Resolved]:
    """Every parameter in force for *region_code* on *at*, the user's overrides applied."""
    try:
        region_keys_for(region_code)
    except ValueError:
        raise InvalidInput(
            FieldError.of("region_code", _MSG_BAD_REGION_CODE, code=str(region_code))
        ) from None
    overrides = list_overrides(db)
    return policy_book().effective_rows(region_code, at, overrides)


def search_policy(db: Database, region_code: str | None, text: str) -> list[Resolved]:
    """Every value for *region_code* (its city, province and national files and the user's
    overrides there) at any date whose name, value or source matches *text*."""
    from yibao.domain.policy import search_values

    try:
        region_keys_for(region_code)
    except ValueError:
        raise InvalidInput(
            FieldError.of("region_code", _MSG_BAD_REGION_CODE, code=str(region_code))
        ) from None
    return search_values(policy_book(), region_code, text, list_overrides(db))


def local_value_rows(db: Database) -> list[Resolved]:
    """Every 本地修改 the user made, any region and date, as rows of the policy page."""
    from yibao.domain.policy import overrides_as_rows

    return overrides_as_rows(policy_book(), list_overrides(db))


def policy_view(db: Database, region_code: str | None, at: date) -> PolicyView:
    """The book as *region_code* sees it on *at*, with the user's 本地修改: a page reads the
    figures it shows (with their basis) through this, never types them."""
    return PolicyView(policy_book(), region_code, at, tuple(list_overrides(db)))


def next_collection_period(
    db: Database, region_code: str | None, today: date
) -> CollectionPeriod | None:
    """The 集中征缴期 someone not insured can next pay in: this benefit year's while it is
    still open on *today*, else next year's (published dates, else the usual months, marked
    ``estimated``); ``None`` when the book knows neither."""
    from yibao.domain.proxy_payment import collection_period

    book = policy_book()
    overrides = list_overrides(db)
    current = collection_period(book, region_code, today.year, overrides)
    if current is not None and current.end >= today:
        return current
    return collection_period(book, region_code, today.year + 1, overrides)


@dataclasses.dataclass(frozen=True)
class BaseRange:
    """灵活就业: the monthly base may be chosen between these shares of the local average
    wage (fractions: ``0.60`` is 60%), and what that rests on."""

    low: Decimal
    high: Decimal
    basis: Basis


def flexible_base_range(db: Database, region_code: str | None, at: date) -> BaseRange | None:
    """``flexible.base.ratio_range`` for the region on *at* (``None`` when the book has none)."""
    fact = policy_view(db, region_code, at).table("flexible.base.ratio_range")
    if fact.value is None:
        return None
    low, high = fact.value.get("min_ratio"), fact.value.get("max_ratio")
    if not (isinstance(low, Decimal) and isinstance(high, Decimal)):
        return None
    basis = fact.basis
    if fact.from_national and region_code is not None:
        # the national range stands in for the region's own, which the book lacks
        basis = dataclasses.replace(basis, national_fallback=True)
    return BaseRange(low, high, basis)
