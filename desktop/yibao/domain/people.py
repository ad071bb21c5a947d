"""Household value types shared by every layer: genders, relations, schemes, members."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from yibao.domain.i18n import QT_TRANSLATE_NOOP


class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"

    @property
    def label(self) -> str:
        return _GENDER_LABELS[self]


_GENDER_LABELS = {
    Gender.MALE: QT_TRANSLATE_NOOP("domain", "男"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("domain", "女"),
}


class Relation(enum.StrEnum):
    """Relation of a household member *to the user* (the profile is ``SELF``)."""

    SELF = "self"
    SPOUSE = "spouse"
    PARENT = "parent"
    CHILD = "child"
    SIBLING = "sibling"
    PATERNAL_GRANDPARENT = "paternal_grandparent"
    MATERNAL_GRANDPARENT = "maternal_grandparent"
    GRANDCHILD = "grandchild"  # 孙子女
    DAUGHTERS_CHILD = "daughters_child"  # 外孙子女
    OTHER = "other"

    @property
    def label(self) -> str:
        return _RELATION_LABELS[self]

    @property
    def is_close_relative(self) -> bool:
        """近亲属 in the sense of 国办发〔2024〕38号 (spouse, parents, children, siblings,
        grandparents on both sides, grandchildren on both sides)."""
        return self not in (Relation.SELF, Relation.OTHER)


_RELATION_LABELS = {
    Relation.SELF: QT_TRANSLATE_NOOP("domain", "本人"),
    Relation.SPOUSE: QT_TRANSLATE_NOOP("domain", "配偶"),
    Relation.PARENT: QT_TRANSLATE_NOOP("domain", "父母"),
    Relation.CHILD: QT_TRANSLATE_NOOP("domain", "子女"),
    Relation.SIBLING: QT_TRANSLATE_NOOP("domain", "兄弟姐妹"),
    Relation.PATERNAL_GRANDPARENT: QT_TRANSLATE_NOOP("domain", "祖父母"),
    Relation.MATERNAL_GRANDPARENT: QT_TRANSLATE_NOOP("domain", "外祖父母"),
    Relation.GRANDCHILD: QT_TRANSLATE_NOOP("domain", "孙子女"),
    Relation.DAUGHTERS_CHILD: QT_TRANSLATE_NOOP("domain", "外孙子女"),
    Relation.OTHER: QT_TRANSLATE_NOOP("domain", "其他"),
}


class Scheme(enum.StrEnum):
    """The insurance scheme a person is in (DOMAIN.md §1)."""

    EMPLOYEE_ACTIVE = "employee_active"
    EMPLOYEE_RETIRED = "employee_retired"
    FLEXIBLE_ACCOUNT = "flexible_account"
    FLEXIBLE_POOLING = "flexible_pooling"
    RESIDENT = "resident"
    NONE = "none"

    @property
    def label(self) -> str:
        return _SCHEME_LABELS[self]

    @property
    def has_personal_account(self) -> bool:
        return self in (
            Scheme.EMPLOYEE_ACTIVE,
            Scheme.EMPLOYEE_RETIRED,
            Scheme.FLEXIBLE_ACCOUNT,
        )

    @property
    def is_employee_scheme(self) -> bool:
        """职工医保 in the wide sense (including flexible workers)."""
        return self in (
            Scheme.EMPLOYEE_ACTIVE,
            Scheme.EMPLOYEE_RETIRED,
            Scheme.FLEXIBLE_ACCOUNT,
            Scheme.FLEXIBLE_POOLING,
        )

    @property
    def is_insured(self) -> bool:
        return self is not Scheme.NONE


_SCHEME_LABELS = {
    Scheme.EMPLOYEE_ACTIVE: QT_TRANSLATE_NOOP("domain", "职工医保（在职）"),
    Scheme.EMPLOYEE_RETIRED: QT_TRANSLATE_NOOP("domain", "职工医保（退休）"),
    Scheme.FLEXIBLE_ACCOUNT: QT_TRANSLATE_NOOP("domain", "灵活就业（统账结合）"),
    Scheme.FLEXIBLE_POOLING: QT_TRANSLATE_NOOP("domain", "灵活就业（单建统筹）"),
    Scheme.RESIDENT: QT_TRANSLATE_NOOP("domain", "城乡居民医保"),
    Scheme.NONE: QT_TRANSLATE_NOOP("domain", "未参保"),
}


@dataclass(frozen=True, slots=True)
class Member:
    """A person in the household. The user's own profile has ``relation == Relation.SELF``.

    ``region_code`` is the 6-digit GB/T 2260 code of the insured region (统筹区, usually a
    prefecture-level city); ``id_number`` is stored normalised (upper-case X) or ``None``.
    """

    name: str
    relation: Relation
    gender: Gender
    birth_date: date | None
    scheme: Scheme
    region_code: str | None
    id_number: str | None = None
    enrolled: bool = True
    notes: str = ""
    id: int | None = None
    #: the day the person died: their bindings end, their own deadlines stop, their history
    #: stays (the heir may claim the account balance)
    died_on: date | None = None

    @property
    def deceased(self) -> bool:
        return self.died_on is not None


def age_on(birth: date | None, today: date) -> int | None:
    """Age in whole years on ``today`` (``None`` when the birth date is unknown)."""
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
