"""What one household member is to another (配偶, 父母, 子女 …), worked out from both
members' relations to the user: the scope rules ask about the relative *as the giver's*."""

from __future__ import annotations

from collections.abc import Mapping

from yibao.domain.people import Gender, Member, Relation

_INVERSE = {
    Relation.SPOUSE: Relation.SPOUSE,
    Relation.PARENT: Relation.CHILD,
    Relation.CHILD: Relation.PARENT,
    Relation.SIBLING: Relation.SIBLING,
    Relation.PATERNAL_GRANDPARENT: Relation.GRANDCHILD,
    Relation.MATERNAL_GRANDPARENT: Relation.DAUGHTERS_CHILD,
    Relation.GRANDCHILD: Relation.PATERNAL_GRANDPARENT,
    Relation.DAUGHTERS_CHILD: Relation.MATERNAL_GRANDPARENT,
    Relation.OTHER: Relation.OTHER,
}

# (giver's relation to the user, relative's relation to the user) → relative's relation to
# the giver, for pairs that do not depend on the user's gender. ``OTHER`` = not 近亲属
# (in-laws, nephews …). Pairs not listed cannot be worked out from the household alone.
_PAIRS: Mapping[tuple[Relation, Relation], Relation] = {
    (Relation.SPOUSE, Relation.CHILD): Relation.CHILD,
    (Relation.CHILD, Relation.SPOUSE): Relation.PARENT,
    (Relation.SPOUSE, Relation.GRANDCHILD): Relation.GRANDCHILD,
    (Relation.SPOUSE, Relation.DAUGHTERS_CHILD): Relation.DAUGHTERS_CHILD,
    (Relation.GRANDCHILD, Relation.SPOUSE): Relation.PATERNAL_GRANDPARENT,
    (Relation.DAUGHTERS_CHILD, Relation.SPOUSE): Relation.MATERNAL_GRANDPARENT,
    (Relation.PARENT, Relation.PARENT): Relation.SPOUSE,
    (Relation.PARENT, Relation.SIBLING): Relation.CHILD,
    (Relation.SIBLING, Relation.PARENT): Relation.PARENT,
    (Relation.SIBLING, Relation.SIBLING): Relation.SIBLING,
    (Relation.CHILD, Relation.CHILD): Relation.SIBLING,
    (Relation.SPOUSE, Relation.PARENT): Relation.OTHER,
    (Relation.PARENT, Relation.SPOUSE): Relation.OTHER,
    (Relation.SPOUSE, Relation.SIBLING): Relation.OTHER,
    (Relation.SIBLING, Relation.SPOUSE): Relation.OTHER,
    (Relation.SIBLING, Relation.CHILD): Relation.OTHER,
    (Relation.CHILD, Relation.SIBLING): Relation.OTHER,
}


def relation_between(
    giver: Member, relative: Member, user_gender: Gender | None
) -> Relation | None:
    """What *relative* is to *giver*, worked out from both relations to the user.

    ``Relation.OTHER`` means "related, but not a 近亲属" (e.g. a spouse's parent);
    ``None`` means the household data cannot tell (e.g. a parent and a grandparent). Pairs
    through the user assume the usual family (the user's parents are married to each other,
    the user's child is also the spouse's child).
    """
    if giver.relation is Relation.SELF:
        return relative.relation
    if relative.relation is Relation.SELF:
        return _INVERSE[giver.relation]
    pair = (giver.relation, relative.relation)
    if pair in _PAIRS:
        return _PAIRS[pair]
    if user_gender is not None:
        male = user_gender is Gender.MALE
        if pair == (Relation.PARENT, Relation.CHILD):
            return Relation.GRANDCHILD if male else Relation.DAUGHTERS_CHILD
        if pair == (Relation.CHILD, Relation.PARENT):
            return Relation.PATERNAL_GRANDPARENT if male else Relation.MATERNAL_GRANDPARENT
    return None
