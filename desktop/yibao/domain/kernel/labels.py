"""One labelled-enum base: each member carries its stable value and its Chinese label.

::

    class Verdict(LabelledEnum):
        NOW = "now", QT_TRANSLATE_NOOP("domain", "现在可以代缴")

``Verdict.NOW == "now"``, ``Verdict("now") is Verdict.NOW`` and ``Verdict.NOW.label`` is the
template the UI translates under the ``domain`` context. A member written without a label
(``X = "x"``) has the label ``""``.
"""

from __future__ import annotations

import enum
from typing import Self


class LabelledEnum(enum.StrEnum):
    """A :class:`enum.StrEnum` whose members are ``value, label`` pairs."""

    _label: str

    def __new__(cls, value: str, label: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member._label = label
        return member

    @property
    def label(self) -> str:
        """The member's label: a Chinese template marked for translation."""
        return self._label
