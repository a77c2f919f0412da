"""Fixtures shared by the devstack component tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.integration.devstack.test_rest import User, make_library, prepare_schema


@pytest.fixture(scope="module")
def rest_schema(stack: Any) -> Any:
    """The REST tests' tables and functions (created once, idempotently)."""
    return prepare_schema(stack)


@pytest.fixture(scope="module")
def library(rest_schema: Any) -> User:
    """A user owning one author and the four LIBRARY books."""
    return make_library(rest_schema)
