"""The read cache of the REST handler stays bounded in entries and in size."""

from __future__ import annotations

from types import SimpleNamespace

from devstack.rest.routes import MAX_CACHED_SQL_CHARS, READ_CACHE_SIZE, RestHandler
from devstack.rest.schema import SchemaCache


def handler() -> RestHandler:
    gateway = SimpleNamespace(config=SimpleNamespace(max_rows=1000, schemas=("public",)))
    return RestHandler(gateway, SimpleNamespace(cache=SchemaCache(), generation=1))  # type: ignore[arg-type]


def test_small_reads_are_cached_up_to_the_entry_limit():
    rest = handler()
    for i in range(READ_CACHE_SIZE + 10):
        rest._remember(("k", i), ("select 1", {}, 0, ""))

    assert len(rest._reads) == READ_CACHE_SIZE
    assert ("k", READ_CACHE_SIZE + 9) in rest._reads and ("k", 0) not in rest._reads


def test_a_huge_statement_is_not_kept_in_the_read_cache():
    rest = handler()
    rest._remember(("huge",), ("x" * (MAX_CACHED_SQL_CHARS + 1), {}, 0, ""))
    rest._remember(("huge count",), ("select 1", {}, 0, "y" * MAX_CACHED_SQL_CHARS))

    assert rest._reads == {}
