"""PostgREST's HTTP status for each database error."""

from __future__ import annotations

import pytest

from devstack.rest.errors import status_for


@pytest.mark.parametrize(
    ("sqlstate", "role", "message", "status"),
    [
        ("42501", "anon", "permission denied for table t", 401),
        ("42501", "authenticated", "permission denied for table t", 403),
        ("22023", "x", 'role "x" does not exist', 401),
        ("22023", "anon", "invalid value for parameter", 400),
        ("21000", "anon", "more than one row returned by a subquery", 500),
        ("21000", "anon", "DELETE requires a WHERE clause", 400),
        ("57P01", "anon", "terminating connection due to administrator command", 503),
        ("57014", "anon", "canceling statement due to statement timeout", 500),
        ("PT402", "anon", "pay up", 402),
        ("23505", "anon", "duplicate key", 409),
    ],
)
def test_postgres_errors_map_to_postgrest_statuses(sqlstate, role, message, status):
    assert status_for(sqlstate, role, message) == status
