"""The policy book: rules-as-code data (``resources/policy/*.toml``) and its resolver.

Everything other layers need is re-exported here; see ``resources/policy/README.md``.
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
