"""Fixtures for the schema tests (see helpers.py)."""

from __future__ import annotations

import pytest

from tests.integration.schema.helpers import Consultant, create_consultant


@pytest.fixture(scope="module")
def alice(stack) -> Consultant:
    """First consultant of a module."""
    return create_consultant(stack.db_url, "alice")


@pytest.fixture(scope="module")
def bob(stack) -> Consultant:
    """Second consultant of a module."""
    return create_consultant(stack.db_url, "bob")
