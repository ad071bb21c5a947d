"""The rules kernel: what every capability (offsite filing, refund, family binding, 代缴,
importers) builds on.

- :mod:`~yibao.domain.kernel.view` — :class:`PolicyView`, the book bound once to
  (region, day, overrides), returning typed :class:`Fact` values with their basis;
- :mod:`~yibao.domain.kernel.basis` — :class:`Basis`, where a figure came from (region,
  source, confidence, national fallback, estimate, override, typed, missing);
- :mod:`~yibao.domain.kernel.findings` — :class:`Finding`, the one explained statement,
  and :class:`FieldProblem`, the one bad-input-at-a-field type;
- :mod:`~yibao.domain.kernel.labels` — :class:`LabelledEnum`, enums that carry their label;
- :mod:`~yibao.domain.kernel.years` — the one definition of the valid benefit years.
"""

from yibao.domain.kernel.basis import Basis, Origin
from yibao.domain.kernel.findings import (
    FieldProblem,
    Finding,
    InputProblems,
    Level,
    finding,
    sources_of,
    worst,
)
from yibao.domain.kernel.labels import LabelledEnum
from yibao.domain.kernel.view import Fact, PolicyView
from yibao.domain.kernel.years import (
    FIRST_BENEFIT_YEAR,
    MSG_BENEFIT_YEAR_RANGE,
    benefit_year_range,
    is_valid_benefit_year,
)

__all__ = [
    "FIRST_BENEFIT_YEAR",
    "MSG_BENEFIT_YEAR_RANGE",
    "Basis",
    "Fact",
    "FieldProblem",
    "Finding",
    "InputProblems",
    "LabelledEnum",
    "Level",
    "Origin",
    "PolicyView",
    "benefit_year_range",
    "finding",
    "is_valid_benefit_year",
    "sources_of",
    "worst",
]
