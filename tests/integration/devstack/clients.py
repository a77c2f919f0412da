"""Client builders shared by the devstack tests."""

from __future__ import annotations

from typing import Any

from supabase import ClientOptions, create_client


def storage_for(stack: Any, token: str | None = None) -> Any:
    """A storage client: service role by default, or the anon key carrying a user's JWT."""
    if token is None:
        return create_client(stack.url, stack.service_key).storage
    options = ClientOptions(headers={"Authorization": f"Bearer {token}"})
    return create_client(stack.url, stack.anon_key, options=options).storage
