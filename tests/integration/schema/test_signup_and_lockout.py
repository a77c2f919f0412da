"""The profile created at sign-up, and the account lockout hook (called as Supabase Auth does)."""

from __future__ import annotations

import random
import string
import uuid

import psycopg
import pytest
from psycopg import errors
from psycopg.types.json import Jsonb

from tests.integration.schema.helpers import create_user


def profile_of(stack, user_id: str) -> tuple[object, ...]:
    rows = stack.sql(
        "select slug, display_name, whatsapp_number, verticals from public.profiles where id = %s",
        [user_id],
    )
    assert len(rows) == 1
    return rows[0]


def unique_email(local: str) -> str:
    return f"{local}@{uuid.uuid4().hex[:10]}.example.com"


def test_profile_takes_name_slug_number_and_vertical_from_signup_data(stack):
    slug = f"maria-{uuid.uuid4().hex[:6]}"
    meta = {
        "display_name": "Maria Conceição",
        "slug": slug,
        "whatsapp_number": "+55 (11) 98765-4321",
        "vertical": "saude",
    }
    user_id = create_user(stack.db_url, unique_email("maria"), meta)
    assert profile_of(stack, user_id) == (slug, "Maria Conceição", "+5511987654321", ["saude"])


def test_profile_slug_is_derived_from_the_email_when_not_given(stack):
    suffix = "".join(random.choices(string.ascii_lowercase, k=8))
    local = f"jose.antonio.{suffix}"
    user_id = create_user(stack.db_url, unique_email(local))
    slug, name, phone, verticals = profile_of(stack, user_id)
    assert slug == local.replace(".", "-")
    assert name == local.replace(".", " ").title()
    assert (phone, verticals) == (None, [])


def test_taken_or_reserved_slug_falls_back_to_a_free_variant(stack):
    wanted = f"corretor-{uuid.uuid4().hex[:6]}"
    first = create_user(stack.db_url, unique_email("a"), {"slug": wanted})
    second = create_user(stack.db_url, unique_email("b"), {"slug": wanted})
    third = create_user(stack.db_url, unique_email("c"), {"slug": "Login"})
    assert profile_of(stack, first)[0] == wanted
    assert profile_of(stack, second)[0] == f"{wanted}-2"
    assert str(profile_of(stack, third)[0]).startswith("login-")


def test_short_or_accented_email_still_gets_a_valid_slug(stack):
    user_id = create_user(stack.db_url, unique_email("Zé"))
    slug = str(profile_of(stack, user_id)[0])
    assert slug.startswith("consultor-ze")
    assert stack.sql("select public.slug_is_valid(%s)", [slug]) == [(True,)]


# Lockout hook --------------------------------------------------------------------------------


def attempt(stack, user_id: str, valid: bool) -> dict[str, object]:
    """Call the hook as supabase_auth_admin, the way Supabase Auth does."""
    url = stack.config.db_url("supabase_auth_admin", "postgres")
    event = {
        "metadata": {"uuid": str(uuid.uuid4()), "name": "password-verification"},
        "user_id": user_id,
        "valid": valid,
    }
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "select public.password_verification_attempt(%s)", [Jsonb(event)]
        ).fetchone()
    assert row is not None
    result: dict[str, object] = row[0]
    return result


def expire_lock(stack, user_id: str) -> None:
    """Pretend the 15 minutes have passed."""
    stack.sql(
        "update public.auth_password_attempts set last_failed_at = last_failed_at - interval '15 minutes 1 second' where user_id = %s",
        [user_id],
    )


@pytest.fixture
def user(stack) -> str:
    return create_user(stack.db_url, unique_email("lockout"))


def test_four_failures_then_success_never_lock(stack, user: str):
    for _ in range(4):
        assert attempt(stack, user, valid=False) == {"decision": "continue"}
    assert attempt(stack, user, valid=True) == {"decision": "continue"}
    for _ in range(4):  # the success reset the count
        assert attempt(stack, user, valid=False) == {"decision": "continue"}


def test_fifth_consecutive_failure_locks_even_the_right_password(stack, user: str):
    for _ in range(4):
        attempt(stack, user, valid=False)
    fifth = attempt(stack, user, valid=False)
    assert fifth["decision"] == "reject"
    assert fifth["should_logout_user"] is False
    assert "bloqueada" in str(fifth["message"])
    locked = attempt(stack, user, valid=True)
    assert locked["decision"] == "reject"


def test_lock_ends_after_fifteen_minutes(stack, user: str):
    for _ in range(5):
        attempt(stack, user, valid=False)
    stack.sql(
        "update public.auth_password_attempts set last_failed_at = last_failed_at - interval '14 minutes' where user_id = %s",
        [user],
    )
    assert attempt(stack, user, valid=True)["decision"] == "reject"
    expire_lock(stack, user)
    assert attempt(stack, user, valid=True) == {"decision": "continue"}
    assert stack.sql(
        "select failed_count from public.auth_password_attempts where user_id = %s", [user]
    ) == [(0,)]


def test_after_the_lock_a_fresh_series_of_five_is_allowed(stack, user: str):
    for _ in range(5):
        attempt(stack, user, valid=False)
    expire_lock(stack, user)
    for _ in range(4):
        assert attempt(stack, user, valid=False) == {"decision": "continue"}
    assert attempt(stack, user, valid=False)["decision"] == "reject"


@pytest.mark.parametrize("role", ["anon", "authenticated", "service_role"])
def test_api_roles_cannot_call_the_hook_or_read_attempts(stack, user: str, role: str):
    with psycopg.connect(stack.db_url) as conn:
        conn.execute(f"set role {role}")
        with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
            conn.execute(
                "select public.password_verification_attempt(%s)",
                [Jsonb({"user_id": user, "valid": True})],
            )
        with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
            conn.execute("select * from public.auth_password_attempts")
