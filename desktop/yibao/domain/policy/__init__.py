"""The policy book: rules-as-code data (``resources/policy/*.toml``) and its resolver.

Everything other layers need is re-exported here; see ``resources/policy/README.md``.
Rules read values through the kernel's :class:`~yibao.domain.kernel.PolicyView`, not
``PolicyBook.resolve`` directly.

- ``model.py`` — the value types: :class:`Confidence`, :class:`Source`,
  :class:`ParameterInfo`, dated :class:`Entry` rows, :class:`Override`, :class:`Resolved`;
- ``values.py`` — typed values: checking the TOML data, parsing what the user types,
  :func:`format_value` / :func:`format_rate` for display;
- ``regionkeys.py`` — which files apply to a region code, most specific first
  (``city-…``, ``province-…``, :data:`NATIONAL`);
- ``loader.py`` — :func:`load_policy_book`: reading and checking every file;
- ``book.py`` — :class:`PolicyBook`: each parameter's dated series per region and how one
  value is resolved for a region and a day (overrides first);
- ``staleness.py`` — 待核验: when a value should be checked again;
- ``search.py`` — finding a value by its value or name at any date (the policy page);
- ``coverage.py`` — how much of the country the book covers, per parameter.
"""

from yibao.domain.policy.book import MissingPolicyValue, PolicyBook, RegionFile
from yibao.domain.policy.loader import NONE_VALUE, PolicyFileError, load_policy_book
from yibao.domain.policy.model import (
    UNKNOWN_START,
    Confidence,
    Entry,
    EntryRow,
    FieldSpec,
    FrozenTable,
    NotFound,
    Override,
    ParameterInfo,
    PolicyValue,
    Resolved,
    Scalar,
    Source,
    TableValue,
    ValueType,
    start_known,
)
from yibao.domain.policy.regionkeys import (
    NATIONAL,
    is_region_key,
    region_code_of_key,
    region_keys_for,
)
from yibao.domain.policy.search import all_values, matches, overrides_as_rows, search_values
from yibao.domain.policy.staleness import (
    STALE_LABEL,
    Staleness,
    StaleReason,
    resolved_staleness,
    staleness,
)
from yibao.domain.policy.values import PolicyValueError, format_rate, format_value, parse_value

__all__ = [
    "NATIONAL",
    "NONE_VALUE",
    "STALE_LABEL",
    "UNKNOWN_START",
    "Confidence",
    "Entry",
    "EntryRow",
    "FieldSpec",
    "FrozenTable",
    "MissingPolicyValue",
    "NotFound",
    "Override",
    "ParameterInfo",
    "PolicyBook",
    "PolicyFileError",
    "PolicyValue",
    "PolicyValueError",
    "RegionFile",
    "Resolved",
    "Scalar",
    "Source",
    "StaleReason",
    "Staleness",
    "TableValue",
    "ValueType",
    "all_values",
    "format_rate",
    "format_value",
    "is_region_key",
    "load_policy_book",
    "matches",
    "overrides_as_rows",
    "parse_value",
    "region_code_of_key",
    "region_keys_for",
    "resolved_staleness",
    "search_values",
    "staleness",
    "start_known",
]
