"""Turn pgoutput's text column values into typed Python values and `to_jsonb`-shaped JSON.

Supabase Realtime casts each WAL value to its column type and serializes it with `to_jsonb`,
so integers arrive as JSON numbers, timestamps as ISO 8601 strings and jsonb as objects. We
do the same locally with psycopg's text loaders, without a database round trip per value.
Types we do not know keep their text form, which is what `to_jsonb` yields for most of them.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from uuid import UUID

import psycopg
from psycopg.pq import Format

# Built-in types whose text form psycopg parses faithfully (scalars and their arrays).
LOADED_OIDS = frozenset(
    {
        16, 17, 19, 20, 21, 23, 25, 26, 114, 700, 701, 1042, 1043, 1082, 1083, 1114, 1184,
        1266, 1700, 2950, 3802,
        # arrays of the above
        199, 1000, 1001, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1115, 1182, 1183,
        1185, 1231, 1270, 2951, 3807,
    }
)  # fmt: skip

_FRACTION = re.compile(r"\.(\d*?)0+(?=$|[+-])")


def load(type_oid: int, text: str | None) -> Any:
    """The Python value of a column's text representation (text itself for unknown types)."""
    if text is None:
        return None
    if type_oid not in LOADED_OIDS:
        return text
    loader_cls = psycopg.adapters.get_loader(type_oid, Format.TEXT)
    if loader_cls is None:
        return text
    try:
        return loader_cls(type_oid, None).load(text.encode("utf-8"))
    except (psycopg.DataError, ValueError, OverflowError):
        # e.g. 'infinity' timestamps: keep Postgres' own spelling.
        return text


def _iso(value: date | time | datetime) -> str:
    text = value.isoformat()
    # Postgres prints fractional seconds without trailing zeros.
    return _FRACTION.sub(lambda m: f".{m.group(1)}" if m.group(1) else "", text)


def to_json(value: Any) -> Any:
    """Serialize a loaded value the way Postgres' `to_jsonb` would."""
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else ("NaN" if math.isnan(value) else str(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            return "NaN" if value.is_nan() else str(value)
        exponent = value.as_tuple().exponent
        integral = isinstance(exponent, int) and exponent >= 0
        return int(value) if integral else float(value)
    if isinstance(value, (datetime, date, time)):
        return _iso(value)
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "\\x" + bytes(value).hex()
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return value
    return str(value)
