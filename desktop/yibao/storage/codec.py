"""A typed JSON encoding for policy values that round-trips exactly.

Plain JSON cannot tell a ``Decimal`` from a float, a date from a string or a tuple from a
list. Every value is therefore written as ``{"t": <tag>, "v": <payload>}``:

=========  ============================  ==========================================
tag        Python value                  payload
=========  ============================  ==========================================
``dec``    ``Decimal``                   string, e.g. ``"0.10"`` (never a float)
``int``    ``int``                       string of digits (no precision limit)
``bool``   ``bool``                      ``true`` / ``false``
``str``    ``str``                       the string
``date``   ``datetime.date``             ISO ``YYYY-MM-DD``
``tuple``  ``tuple`` / ``list``          list of encoded items
``map``    ``Mapping`` with str keys     list of ``[key, encoded]`` pairs (order kept)
``none``   ``None``                      absent
=========  ============================  ==========================================

Decoding gives tuples for sequences and plain ``dict`` for mappings.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal


class CodecError(ValueError):
    """A value that cannot be encoded, or stored text that is not a valid encoding."""


def _to_tree(value: object) -> dict[str, object]:
    # bool before int (bool is an int subclass); datetime is refused (dates only).
    if value is None:
        return {"t": "none"}
    if isinstance(value, bool):
        return {"t": "bool", "v": value}
    if isinstance(value, int):
        return {"t": "int", "v": str(value)}
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise CodecError(f"non-finite Decimal: {value}")
        return {"t": "dec", "v": str(value)}
    if isinstance(value, float):
        raise CodecError("floats are not stored; use Decimal")
    if isinstance(value, str):
        return {"t": "str", "v": value}
    if isinstance(value, datetime):
        raise CodecError("datetimes are not policy values; use date")
    if isinstance(value, date):
        return {"t": "date", "v": value.isoformat()}
    if isinstance(value, tuple | list):
        return {"t": "tuple", "v": [_to_tree(item) for item in value]}
    if isinstance(value, Mapping):
        pairs: list[list[object]] = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise CodecError(f"mapping keys must be strings, got {type(key).__name__}")
            pairs.append([key, _to_tree(item)])
        return {"t": "map", "v": pairs}
    raise CodecError(f"cannot encode {type(value).__name__}")


def _from_tree(tree: object) -> object:
    if not isinstance(tree, dict) or "t" not in tree:
        raise CodecError("malformed encoded value")
    tag = tree["t"]
    payload = tree.get("v")
    try:
        if tag == "none":
            return None
        if tag == "bool" and isinstance(payload, bool):
            return payload
        if tag == "int" and isinstance(payload, str):
            return int(payload)
        if tag == "dec" and isinstance(payload, str):
            result = Decimal(payload)
            if not result.is_finite():
                raise CodecError("non-finite Decimal")
            return result
        if tag == "str" and isinstance(payload, str):
            return payload
        if tag == "date" and isinstance(payload, str):
            return date.fromisoformat(payload)
        if tag == "tuple" and isinstance(payload, list):
            return tuple(_from_tree(item) for item in payload)
        if tag == "map" and isinstance(payload, list):
            result_map: dict[str, object] = {}
            for pair in payload:
                if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)):
                    raise CodecError("malformed mapping entry")
                result_map[pair[0]] = _from_tree(pair[1])
            return result_map
    except (ArithmeticError, ValueError) as exc:
        if isinstance(exc, CodecError):
            raise
        raise CodecError(f"bad {tag} payload: {payload!r}") from exc
    raise CodecError(f"unknown tag or payload: {tag!r}")


def encode_value(value: object) -> str:
    """Encode *value* as compact, deterministic JSON text."""
    return json.dumps(_to_tree(value), ensure_ascii=False, separators=(",", ":"))


def decode_value(text: str) -> object:
    """Decode text written by :func:`encode_value`."""
    try:
        tree = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CodecError("stored value is not JSON") from exc
    return _from_tree(tree)
